import type { Mode, ScenarioForTrainee } from '../../../server/contracts/events';
import type { View } from '../main';
import { api } from '../api';
import { h, replace, storage } from '../dom';
import { formatDateTime, t } from '../i18n';
import { navigate } from '../nav';
import { currentUser } from '../session';
import { hashParams } from '../staff';
import { unfinishedChats } from './picker';
import { call } from '../socket';
import { currentAttempt, handOff } from '../store';
import { loader, describeError, difficultyDots, langName, loading } from '../ui';

const MODE_KEY = 'sparring.mode';

/** The customer card: persona and context, label → text (all plain text). */
export function customerCard(s: ScenarioForTrainee, headingLevel: 'h2' | 'h3' = 'h2'): HTMLElement {
  const entries = Object.entries(s.context ?? {});
  return h(
    'div',
    { class: 'ccard', lang: s.language },
    h(
      'div',
      { class: 'ccard__who' },
      h(
        'span',
        { class: 'avatar avatar--customer', 'aria-hidden': 'true' },
        (s.persona?.name ?? '?').slice(0, 1),
      ),
      h(
        'div',
        null,
        h(headingLevel, { class: 'ccard__name' }, s.persona?.name ?? ''),
        h('span', { class: 'ccard__role' }, t('brief.customer')),
      ),
    ),
    entries.length
      ? h(
          'dl',
          { class: 'ccard__list' },
          entries.map(([label, value]) =>
            h('div', { class: 'ccard__row' }, h('dt', null, label), h('dd', null, String(value))),
          ),
        )
      : null,
  );
}

/** Start an attempt and go to the chat; errors are shown in `status`. */
export async function startAttempt(
  scenarioId: string,
  mode: Mode,
  status: HTMLElement,
  button: HTMLButtonElement,
): Promise<void> {
  const label = button.textContent ?? '';
  button.disabled = true;
  button.textContent = t('brief.starting');
  replace(status);
  try {
    const res = await call('attempt:start', { scenarioId, mode }, 20000);
    handOff(res.attempt);
    const user = currentUser();
    if (user) currentAttempt.set(user.username, res.attempt.id);
    navigate(`#/attempt/${encodeURIComponent(res.attempt.id)}`);
  } catch (err) {
    button.disabled = false;
    button.textContent = label;
    replace(
      status,
      h(
        'p',
        { class: 'alert alert--error', role: 'alert', 'data-testid': 'error' },
        describeError(err),
      ),
    );
  }
}

export function briefView(id: string): View {
  const el = h('section', { class: 'page' }, loading());
  let title = t('brief.title');

  /** A trainer previewing from the library: back to the library, and a note. */
  const preview = hashParams().has('preview') && currentUser()?.role !== 'trainee';
  const backHref = preview ? '#/library' : '#/';
  const backText = () => (preview ? t('library.title') : t('brief.back'));

  function render(s: ScenarioForTrainee): void {
    title = s.title;
    document.title = `${s.title} · Sparring`;
    let mode: Mode = storage.get<Mode>(MODE_KEY, 'coach') === 'exam' ? 'exam' : 'coach';
    const status = h('div', { class: 'form-status' });
    const start = h(
      'button',
      {
        type: 'submit',
        class: 'btn btn--primary btn--large',
        'data-testid': 'start-button',
        disabled: s.valid === false,
      },
      t('brief.start'),
    );
    const option = (
      value: Mode,
      key: 'brief.coach' | 'brief.exam',
      desc: 'brief.coachDesc' | 'brief.examDesc',
    ) => {
      const input = h('input', {
        type: 'radio',
        name: 'mode',
        value,
        id: `mode-${value}`,
        checked: mode === value,
        'data-testid': value === 'coach' ? 'start-coach' : 'start-exam',
        'aria-describedby': `mode-${value}-desc`,
      });
      input.addEventListener('change', () => {
        if (input.checked) {
          mode = value;
          storage.set(MODE_KEY, value);
        }
      });
      return h(
        'label',
        { class: `mode-option mode-option--${value}`, for: `mode-${value}` },
        input,
        h(
          'span',
          { class: 'mode-option__body' },
          h('span', { class: 'mode-option__title' }, t(key)),
          h('span', { class: 'mode-option__desc', id: `mode-${value}-desc` }, t(desc)),
        ),
      );
    };
    const form = h(
      'form',
      { class: 'card start-card' },
      h(
        'fieldset',
        { class: 'mode-choice' },
        h('legend', null, t('brief.mode')),
        option('coach', 'brief.coach', 'brief.coachDesc'),
        option('exam', 'brief.exam', 'brief.examDesc'),
      ),
      s.valid === false ? h('p', { class: 'alert alert--error' }, t('brief.invalid')) : null,
      status,
      start,
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void startAttempt(s.id, mode, status, start);
    });
    // A chat of this scenario still in play: continue it rather than start a second by mistake.
    const unfinished = h('div', { 'data-testid': 'brief-unfinished' });
    void unfinishedChats(s.id).then((open) => {
      const a = open?.[0];
      if (!a) return;
      replace(
        unfinished,
        h(
          'div',
          { class: 'alert alert--info resume-box' },
          h('span', null, t('brief.unfinished', { date: formatDateTime(a.startedAt) })),
          h(
            'a',
            { class: 'btn btn--small btn--primary', href: `#/attempt/${encodeURIComponent(a.id)}` },
            t('score.continue'),
          ),
        ),
      );
    });

    replace(
      el,
      h('a', { class: 'back-link', href: backHref }, '← ', backText()),
      preview
        ? h(
            'p',
            { class: 'alert alert--info preview-note', 'data-testid': 'preview-note' },
            t('library.previewNote'),
          )
        : null,
      h(
        'div',
        { class: 'page-head' },
        h(
          'div',
          { class: 'meta-row' },
          h('span', { class: 'badge badge--lang' }, langName(s.language)),
          difficultyDots(s.difficulty),
          h(
            'ul',
            { class: 'tags' },
            (s.tags ?? []).map((tag) => h('li', { class: 'tag', lang: s.language }, tag)),
          ),
        ),
        h('h1', { class: 'page-title', tabindex: '-1', lang: s.language }, s.title),
      ),
      h(
        'div',
        { class: 'brief-layout' },
        h(
          'div',
          { class: 'brief-main' },
          h(
            'section',
            { class: 'card', 'aria-labelledby': 'brief-h' },
            h('h2', { class: 'card__title', id: 'brief-h' }, t('brief.title')),
            h('p', { class: 'brief-text', lang: s.language, 'data-testid': 'brief' }, s.brief),
            s.actions?.length
              ? h(
                  'div',
                  { class: 'brief-actions' },
                  h('h3', { class: 'card__subtitle' }, t('brief.actions')),
                  h(
                    'ul',
                    { class: 'chips' },
                    s.actions.map((a) => h('li', { class: 'chip', lang: s.language }, a.label)),
                  ),
                )
              : null,
          ),
          h(
            'section',
            { class: 'card', 'aria-labelledby': 'ccard-h' },
            h('h2', { class: 'card__title', id: 'ccard-h' }, t('brief.customerCard')),
            customerCard(s, 'h3'),
          ),
        ),
        h('aside', { class: 'brief-side' }, unfinished, form),
      ),
    );
    el.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
  }

  const data = loader(
    el,
    () => api.get<{ scenario: ScenarioForTrainee }>(`/api/scenarios/${encodeURIComponent(id)}`),
    (res) => render(res.scenario),
    () => [h('a', { class: 'back-link', href: backHref }, '← ', backText())],
  );
  void data.load();

  return {
    el,
    get title() {
      return title;
    },
    destroy: data.stop,
  };
}
