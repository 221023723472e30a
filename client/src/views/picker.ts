import type { AttemptSummary, ScenarioSummary } from '../../../server/contracts/events';
import type { View } from '../main';
import { api, query } from '../api';
import { h, replace, storage } from '../dom';
import { formatDateTime, t } from '../i18n';
import { currentAttempt } from '../store';
import { currentUser } from '../session';
import { loader, difficultyDots, langName, loading, pageTitle } from '../ui';

interface Filters {
  language: string;
  difficulty: string;
  tag: string;
}

const FILTERS_KEY = 'sparring.pickerFilters';

/** The first line (or sentence) of a brief, for the card. */
export function firstLine(text: string | undefined): string {
  if (!text) return '';
  const line = text.trim().split(/\r?\n/)[0] ?? '';
  const sentence = line.match(/^.*?[.!?…](?=\s|$)/);
  return (sentence ? sentence[0] : line).trim();
}

export function pickerView(): View {
  let scenarios: ScenarioSummary[] = [];
  const filters: Filters = {
    language: '',
    difficulty: '',
    tag: '',
    ...storage.get<Partial<Filters>>(FILTERS_KEY, {}),
  };

  const grid = h('ul', { class: 'cards', 'aria-label': t('picker.title') });
  const count = h('p', { class: 'filters__count', role: 'status' });
  const body = h('div', { class: 'picker-body' }, loading());
  const filterBar = h('form', { class: 'filters', 'aria-label': t('picker.title') });
  filterBar.addEventListener('submit', (e) => e.preventDefault());

  // Unfinished chats: the last one started on this device at once, then the server's list (newest
  // first) names each one, so a trainee knows which chat is waiting.
  const resumeBox = h('div', { 'data-testid': 'resume-box' });
  const resumeLink = (id: string) =>
    h(
      'a',
      { class: 'btn btn--small btn--primary', href: `#/attempt/${encodeURIComponent(id)}` },
      t('score.continue'),
    );
  const resumeId = currentAttempt.get(currentUser()?.username);
  if (resumeId)
    replace(
      resumeBox,
      h(
        'div',
        { class: 'alert alert--info resume-box' },
        h('span', null, t('picker.resume')),
        resumeLink(resumeId),
      ),
    );
  void unfinishedChats().then((open) => {
    if (!open) return;
    replace(
      resumeBox,
      open.map((a) =>
        h(
          'div',
          { class: 'alert alert--info resume-box', 'data-testid': 'resume-item' },
          h(
            'span',
            null,
            t('picker.resumeOne', { title: a.scenarioTitle, date: formatDateTime(a.startedAt) }),
          ),
          resumeLink(a.id),
        ),
      ),
    );
  });

  const select = (
    id: string,
    label: string,
    key: keyof Filters,
    options: Array<[string, string]>,
  ) => {
    const sel = h(
      'select',
      { id, 'data-testid': `filter-${key}` },
      h('option', { value: '' }, t('picker.any')),
      options.map(([value, text]) =>
        h('option', { value, selected: filters[key] === value }, text),
      ),
    );
    sel.value = options.some(([v]) => v === filters[key]) ? filters[key] : '';
    filters[key] = sel.value;
    sel.addEventListener('change', () => {
      filters[key] = sel.value;
      storage.set(FILTERS_KEY, filters);
      renderCards();
    });
    return h('div', { class: 'field field--inline' }, h('label', { for: id }, label), sel);
  };

  function renderFilters(): void {
    const langs = [...new Set(scenarios.map((s) => s.language))].sort();
    const tags = [...new Set(scenarios.flatMap((s) => s.tags ?? []))].sort((a, b) =>
      a.localeCompare(b),
    );
    replace(
      filterBar,
      select(
        'f-lang',
        t('picker.filterLanguage'),
        'language',
        langs.map((l) => [l, langName(l)]),
      ),
      select(
        'f-diff',
        t('picker.filterDifficulty'),
        'difficulty',
        [1, 2, 3, 4, 5].map((n) => [String(n), `${n} / 5`]),
      ),
      select(
        'f-tag',
        t('picker.filterTag'),
        'tag',
        tags.map((tag) => [tag, tag]),
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'btn btn--ghost btn--small',
          onclick: () => {
            filters.language = filters.difficulty = filters.tag = '';
            storage.set(FILTERS_KEY, filters);
            renderFilters();
            renderCards();
          },
        },
        t('picker.reset'),
      ),
      count,
    );
  }

  function card(s: ScenarioSummary): HTMLElement {
    const usable = s.valid !== false;
    const inner = [
      h(
        'div',
        { class: 'scard__top' },
        h('span', { class: `badge badge--lang`, lang: s.language }, s.language.toUpperCase()),
        difficultyDots(s.difficulty),
      ),
      h('h2', { class: 'scard__title', lang: s.language }, s.title),
      h('p', { class: 'scard__brief', lang: s.language }, firstLine(s.brief)),
      h(
        'ul',
        { class: 'tags', 'aria-label': t('picker.filterTag') },
        (s.tags ?? []).map((tag) => h('li', { class: 'tag', lang: s.language }, tag)),
      ),
      usable ? null : h('p', { class: 'scard__invalid' }, t('picker.invalid')),
    ];
    return h(
      'li',
      { class: 'cards__item' },
      usable
        ? h(
            'a',
            {
              class: 'scard',
              href: `#/scenario/${encodeURIComponent(s.id)}`,
              'data-testid': 'scenario-card',
              'data-scenario-id': s.id,
            },
            inner,
          )
        : h(
            'div',
            {
              class: 'scard scard--disabled',
              'aria-disabled': 'true',
              'data-testid': 'scenario-card',
              'data-scenario-id': s.id,
            },
            inner,
          ),
    );
  }

  function renderCards(): void {
    const shown = scenarios.filter(
      (s) =>
        (!filters.language || s.language === filters.language) &&
        (!filters.difficulty || String(s.difficulty) === filters.difficulty) &&
        (!filters.tag || (s.tags ?? []).includes(filters.tag)),
    );
    count.textContent = t('picker.count', { n: shown.length, total: scenarios.length });
    replace(grid, shown.map(card));
    replace(
      body,
      scenarios.length === 0
        ? h('p', { class: 'empty' }, t('picker.none'))
        : shown.length === 0
          ? h('p', { class: 'empty' }, t('picker.empty'))
          : grid,
    );
  }

  const data = loader(
    body,
    () => api.get<{ scenarios: ScenarioSummary[] }>('/api/scenarios'),
    (res) => {
      scenarios = (res.scenarios ?? [])
        .filter((s) => s.enabled !== false)
        .sort(
          (a, b) =>
            a.language.localeCompare(b.language) ||
            a.difficulty - b.difficulty ||
            a.title.localeCompare(b.title),
        );
      renderFilters();
      renderCards();
    },
  );
  void data.load();

  const el = h(
    'section',
    { class: 'page' },
    pageTitle(t('picker.title'), t('picker.subtitle')),
    resumeBox,
    filterBar,
    body,
  );
  return {
    el,
    title: t('picker.title'),
    destroy: data.stop,
  };
}

/**
 * The signed-in user's own chats still in play, newest first (at most three); null when the list
 * cannot be read (the picker keeps what it already shows).
 */
export async function unfinishedChats(scenarioId?: string): Promise<AttemptSummary[] | null> {
  const me = currentUser();
  if (!me) return null;
  try {
    const res = await api.get<{ attempts: AttemptSummary[] }>(
      `/api/attempts${query({ trainee: me.username, status: 'active,ended', scenario: scenarioId, limit: 3 })}`,
    );
    return (res.attempts ?? []).filter((a) => a.username === me.username);
  } catch {
    return null;
  }
}
