/**
 * Trainers' and HR's review of attempts: a filtered list, and one attempt with its highlighted
 * transcript, comments per message, original and overridden scores, the override form and the
 * scoring history.
 */
import type {
  AttemptDto,
  AttemptSummary,
  CommentDto,
  MessageDto,
  Outcome,
  Scores,
} from '../../../server/contracts/events';
import type { View } from '../main';
import { api, query } from '../api';
import { h, replace } from '../dom';
import { formatDateTime, t, tn, type Key } from '../i18n';
import { navigate } from '../nav';
import { currentUser } from '../session';
import {
  can,
  durationText,
  hashParams,
  SCORE_KEYS,
  setHashParams,
  type LibraryItem,
  type ScoreKey,
  type StaffUser,
  markDates,
  rangeProblem,
} from '../staff';
import { buildTranscript, commentItem, findingGroups, legend } from '../transcript';
import {
  announce,
  describeError,
  errorBox,
  errorField,
  langName,
  loading,
  modeBadge,
  outcomeBadge,
  pageTitle,
  scoreText,
  scoreTone,
  stackOnPhone,
  toast,
} from '../ui';

export const SCORE_LABEL: Record<ScoreKey, Key> = {
  patience: 'score.patience',
  positive_phrasing: 'score.positive_phrasing',
  closure: 'score.closure',
  overall: 'score.overall',
};

const OUTCOMES: Outcome[] = ['success', 'neutral', 'failure'];
/** The server's limits (server/app/attempts.ts): a comment 1–2000, a reason 3–1000 characters. */
const COMMENT_MAX = 2000;
const REASON_MAX = 1000;
const FILTER_KEYS = ['trainee', 'group', 'scenario', 'from', 'to', 'outcome'] as const;
/** Rows of the attempt list shown at first, and added by each "show more". */
const REVIEW_PAGE = 200;
type FilterKey = (typeof FILTER_KEYS)[number];

/** The list's address with its filters, so the attempt page can link back to it. */
let lastListHash = '#/review';

/** A labelled <select> with an "any" option. */
export function filterSelect(
  key: string,
  label: string,
  options: Array<[string, string]>,
  value: string,
  onChange: (v: string) => void,
  anyLabel = t('picker.any'),
): HTMLElement {
  const id = `f-${key}`;
  const sel = h(
    'select',
    { id, 'data-testid': `filter-${key}` },
    h('option', { value: '' }, anyLabel),
    options.map(([v, text]) => h('option', { value: v, selected: v === value }, text)),
  );
  sel.value = options.some(([v]) => v === value) ? value : '';
  sel.addEventListener('change', () => onChange(sel.value));
  return h('div', { class: 'field field--inline' }, h('label', { for: id }, label), sel);
}

/** A labelled date input (YYYY-MM-DD). */
export function filterDate(
  key: 'from' | 'to',
  value: string,
  onChange: (v: string) => void,
): HTMLElement {
  const id = `f-${key}`;
  const input = h('input', {
    id,
    type: 'date',
    value,
    'data-testid': `filter-${key}`,
  });
  input.addEventListener('change', () => onChange(input.value));
  return h(
    'div',
    { class: 'field field--inline field--date' },
    h('label', { for: id }, t(key === 'from' ? 'staff.from' : 'staff.to')),
    input,
  );
}

/** The overall score with the override beside it when a trainer changed it. */
export function overallWithOverride(
  scores: Scores | null,
  override: Partial<Scores> | undefined,
): HTMLElement {
  const original = scores?.overall;
  const over = override?.overall;
  return h(
    'span',
    { class: 'score-pair' },
    h('span', { class: `score-cell--${scoreTone(original)}` }, scoreText(original)),
    over !== undefined && over !== null
      ? h(
          'span',
          {
            class: `override-chip score-cell--${scoreTone(over)}`,
            title: t('review.overridden'),
          },
          h('span', { 'aria-hidden': 'true' }, '→ '),
          h('span', { class: 'sr-only' }, `${t('review.overridden')}: `),
          scoreText(over),
        )
      : override && Object.keys(override).length
        ? h('span', { class: 'override-chip override-chip--other' }, t('review.overriddenShort'))
        : null,
  );
}

export function reviewListView(): View {
  let destroyed = false;
  const params = hashParams();
  const filters: Record<FilterKey, string> = {
    trainee: params.get('trainee') ?? '',
    group: params.get('group') ?? '',
    scenario: params.get('scenario') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    outcome: params.get('outcome') ?? '',
  };
  let trainees: StaffUser[] = [];
  let groups: string[] = [];
  let scenarios: LibraryItem[] = [];
  let loadSeq = 0;

  const filterBar = h('form', { class: 'filters', 'aria-label': t('review.filters') });
  filterBar.addEventListener('submit', (e) => e.preventDefault());
  const count = h('p', { class: 'filters__count', role: 'status' });
  const body = h('div', null, loading());

  function set(key: FilterKey, value: string): void {
    filters[key] = value;
    setHashParams(filters);
    lastListHash = location.hash;
    void loadAttempts();
  }

  function renderFilters(): void {
    const groupOptions = groups.map((g): [string, string] => [g, g]);
    replace(
      filterBar,
      filterSelect(
        'trainee',
        t('attempts.user'),
        trainees.map((u) => [u.username, u.group ? `${u.username} (${u.group})` : u.username]),
        filters.trainee,
        (v) => set('trainee', v),
        t('staff.all'),
      ),
      filterSelect(
        'group',
        t('staff.group'),
        groupOptions,
        filters.group,
        (v) => set('group', v),
        t('staff.all'),
      ),
      filterSelect(
        'scenario',
        t('attempts.scenario'),
        scenarios.map((s) => [s.id, s.title]),
        filters.scenario,
        (v) => set('scenario', v),
        t('staff.all'),
      ),
      filterDate('from', filters.from, (v) => set('from', v)),
      filterDate('to', filters.to, (v) => set('to', v)),
      filterSelect(
        'outcome',
        t('attempts.outcome'),
        OUTCOMES.map((o) => [o, t(`outcome.${o}`)]),
        filters.outcome,
        (v) => set('outcome', v),
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'btn btn--ghost btn--small',
          onclick: () => {
            for (const k of FILTER_KEYS) filters[k] = '';
            setHashParams(filters);
            lastListHash = location.hash;
            renderFilters();
            void loadAttempts();
          },
        },
        t('picker.reset'),
      ),
      count,
    );
    markDates(filterBar, rangeProblem(filters.from, filters.to)?.fields ?? []);
  }

  /** One page of the list from the server, newest first, and where the next one starts. */
  interface Page {
    attempts: AttemptSummary[];
    total: number;
    remaining: number;
    next: string | null;
  }
  const fetchPage = (before: string | null) =>
    api.get<Page>(`/api/attempts${query({ ...filters, limit: REVIEW_PAGE, before })}`);

  function render(first: Page): void {
    count.textContent = tn('review.count', first.total);
    if (!first.attempts.length) {
      replace(body, h('div', { class: 'card empty-card' }, h('p', null, t('review.empty'))));
      return;
    }
    const row = (a: AttemptSummary) => {
      const href = `#/review/${encodeURIComponent(a.id)}`;
      const tr = h(
        'tr',
        { 'data-testid': 'review-row', 'data-attempt-id': a.id },
        h('th', { scope: 'row', class: 'table__title' }, h('a', { href }, a.username)),
        h('td', null, a.group ?? h('span', { class: 'muted' }, '—')),
        h('td', null, h('span', { lang: a.language }, a.scenarioTitle)),
        h(
          'td',
          { class: 'nowrap' },
          h('time', { datetime: a.startedAt }, formatDateTime(a.startedAt)),
        ),
        h('td', null, outcomeBadge(a.status === 'closed' ? a.outcome : null, a.status)),
        h('td', { class: 'num score-cell' }, overallWithOverride(a.scores, a.override)),
        h('td', { class: 'num' }, durationText(a.handleSeconds)),
      );
      tr.addEventListener('click', (e) => {
        if ((e.target as HTMLElement).closest('a')) return;
        navigate(href);
      });
      return tr;
    };
    // A long list comes a page at a time: thousands of rows at once would freeze the page, and
    // the server sends only the page asked for.
    const tbody = h('tbody', null);
    const table = h(
      'table',
      { class: 'table table--clickable', 'data-testid': 'review-table' },
      h('caption', { class: 'sr-only' }, t('review.title')),
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h('th', { scope: 'col' }, t('attempts.user')),
          h('th', { scope: 'col' }, t('staff.group')),
          h('th', { scope: 'col' }, t('attempts.scenario')),
          h('th', { scope: 'col' }, t('attempts.date')),
          h('th', { scope: 'col' }, t('attempts.outcome')),
          h('th', { scope: 'col', class: 'num' }, t('score.overall')),
          h('th', { scope: 'col', class: 'num' }, t('review.handleTime')),
        ),
      ),
      tbody,
    );
    const more = h('button', { type: 'button', class: 'btn', 'data-testid': 'review-more' });
    const moreProblem = h('div', null);
    const seq = loadSeq;
    let next: string | null = null;
    const add = (page: Page) => {
      tbody.append(...page.attempts.map(row));
      // Labels (and roles) for the phone's card layout, the new rows included.
      stackOnPhone(table);
      next = page.next;
      more.hidden = !next;
      more.textContent = t('review.showMore', {
        n: Math.min(REVIEW_PAGE, page.remaining),
        left: page.remaining,
      });
    };
    more.addEventListener('click', async () => {
      if (!next || more.disabled) return;
      more.disabled = true;
      replace(moreProblem);
      try {
        const page = await fetchPage(next);
        if (!destroyed && seq === loadSeq) add(page);
      } catch (err) {
        if (!destroyed && seq === loadSeq) replace(moreProblem, errorBox(err));
      } finally {
        more.disabled = false;
      }
    });
    add(first);
    replace(
      body,
      h(
        'section',
        { class: 'card table-card' },
        h(
          'div',
          { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': t('review.title') },
          table,
        ),
        h('div', { class: 'table-more' }, more, moreProblem),
      ),
    );
  }

  async function loadAttempts(): Promise<void> {
    const seq = ++loadSeq;
    const problem = rangeProblem(filters.from, filters.to);
    markDates(filterBar, problem?.fields ?? []);
    if (problem) {
      count.textContent = '';
      replace(body, errorBox(problem.message));
      return;
    }
    replace(body, loading());
    try {
      const page = await fetchPage(null);
      if (!destroyed && seq === loadSeq) render(page);
    } catch (err) {
      if (!destroyed && seq === loadSeq)
        replace(
          body,
          errorBox(err, () => void loadAttempts()),
        );
    }
  }

  async function load(): Promise<void> {
    // The filters' choices; a failure here still leaves the list usable.
    const [u, g, s] = await Promise.allSettled([
      api.get<{ users: StaffUser[] }>('/api/users'),
      api.get<{ groups: string[] }>('/api/groups'),
      api.get<{ scenarios: LibraryItem[] }>('/api/scenarios'),
    ]);
    if (destroyed) return;
    if (u.status === 'fulfilled')
      trainees = (u.value.users ?? [])
        .filter((x) => x.role === 'trainee')
        .sort((a, b) => a.username.localeCompare(b.username));
    if (g.status === 'fulfilled') groups = g.value.groups ?? [];
    if (s.status === 'fulfilled')
      scenarios = [...(s.value.scenarios ?? [])].sort((a, b) => a.title.localeCompare(b.title));
    renderFilters();
  }
  lastListHash = location.hash || '#/review';
  renderFilters();
  void load();
  void loadAttempts();

  return {
    el: h(
      'section',
      { class: 'page page--wide' },
      pageTitle(t('review.title'), t('review.subtitle')),
      filterBar,
      body,
    ),
    title: t('review.title'),
    destroy: () => {
      destroyed = true;
    },
  };
}

// ---- one attempt -------------------------------------------------------------------------------

export function reviewAttemptView(attemptId: string): View {
  let destroyed = false;
  let title = t('review.attemptTitle');
  /** After a re-render (an override saved): where focus goes. */
  let focusAfter: string | null = null;
  const me = currentUser();
  const mayReview = can(me, 'review');
  const el = h('section', { class: 'page page--wide review-page' }, loading());
  const back = () => h('a', { class: 'back-link', href: lastListHash }, '← ', t('review.title'));

  /** A message's comments and (for trainers) the box to add one. */
  function commentsFor(a: AttemptDto, m: MessageDto, index: number): HTMLElement {
    const list = h(
      'ul',
      { class: 'comments', 'aria-label': t('review.commentsOn', { n: index + 1 }) },
      (a.comments ?? []).filter((c) => c.turn === index).map(commentItem),
    );
    const box = h('div', { class: `msg-comments msg-comments--${m.role}` }, list);
    if (!mayReview) {
      if (!list.childElementCount) box.hidden = true;
      return box;
    }
    const formId = `comment-form-${index}`;
    const toggle = h(
      'button',
      {
        type: 'button',
        class: 'link-btn comment-toggle',
        'aria-expanded': 'false',
        'aria-controls': formId,
        'data-testid': 'comment-add',
      },
      t('review.addComment'),
    );
    const textarea = h('textarea', {
      class: 'comment-input',
      rows: 2,
      'data-testid': 'comment-text',
      'aria-label': t('review.commentLabel', { n: index + 1 }),
      placeholder: t('review.commentPlaceholder'),
    });
    const status = h('div', { class: 'form-status', 'aria-live': 'assertive' });
    const submit = h(
      'button',
      { type: 'submit', class: 'btn btn--primary btn--small', 'data-testid': 'comment-submit' },
      t('review.commentSubmit'),
    );
    const form = h(
      'form',
      { class: 'comment-form', id: formId, hidden: true },
      textarea,
      status,
      h(
        'div',
        { class: 'comment-form__buttons' },
        h(
          'button',
          {
            type: 'button',
            class: 'btn btn--ghost btn--small',
            onclick: () => {
              form.hidden = true;
              toggle.setAttribute('aria-expanded', 'false');
              toggle.focus();
            },
          },
          t('review.cancel'),
        ),
        submit,
      ),
    );
    toggle.addEventListener('click', () => {
      form.hidden = !form.hidden;
      toggle.setAttribute('aria-expanded', String(!form.hidden));
      if (!form.hidden) textarea.focus();
    });
    textarea.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        form.requestSubmit();
      }
    });
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const text = textarea.value.trim();
      textarea.removeAttribute('aria-invalid');
      // No maxlength on the box (a paste would be cut without a word): too long is said here.
      const problem = !text
        ? t('review.commentEmpty')
        : text.length > COMMENT_MAX
          ? t('review.commentTooLong', { n: text.length, max: COMMENT_MAX })
          : null;
      if (problem) {
        replace(
          status,
          h(
            'p',
            { class: 'alert alert--error', role: 'alert', 'data-testid': 'comment-error' },
            problem,
          ),
        );
        textarea.setAttribute('aria-invalid', 'true');
        textarea.focus();
        return;
      }
      submit.disabled = true;
      try {
        const res = await api.post<{ comment: CommentDto }>(
          `/api/attempts/${encodeURIComponent(a.id)}/comments`,
          { turn: index, text },
        );
        a.comments = [...(a.comments ?? []), res.comment];
        list.append(commentItem(res.comment));
        textarea.value = '';
        replace(status);
        form.hidden = true;
        toggle.setAttribute('aria-expanded', 'false');
        announce(t('review.commentAdded'));
        toggle.focus();
      } catch (err) {
        replace(
          status,
          h(
            'p',
            { class: 'alert alert--error', role: 'alert', 'data-testid': 'comment-error' },
            describeError(err),
          ),
        );
      } finally {
        submit.disabled = false;
      }
    });
    box.append(toggle, form);
    return box;
  }

  function scoresCard(a: AttemptDto): HTMLElement {
    const r = a.result;
    const o = a.override;
    return h(
      'section',
      { class: 'card', 'aria-labelledby': 'scores-h', 'data-testid': 'review-scores' },
      h('h2', { class: 'card__title', id: 'scores-h' }, t('review.scores')),
      h(
        'table',
        { class: 'table table--compact' },
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            h('th', { scope: 'col' }, t('review.dimension')),
            h('th', { scope: 'col', class: 'num' }, t('review.original')),
            h('th', { scope: 'col', class: 'num' }, t('review.override')),
          ),
        ),
        h(
          'tbody',
          null,
          SCORE_KEYS.map((k) => {
            const orig = r?.scores[k] ?? null;
            const over = o?.scores[k];
            return h(
              'tr',
              { class: k === 'overall' ? 'row--strong' : null },
              h('th', { scope: 'row' }, t(SCORE_LABEL[k])),
              h(
                'td',
                {
                  class: `num score-cell score-cell--${scoreTone(orig)}`,
                  'data-testid': `original-${k}`,
                },
                scoreText(orig),
              ),
              h(
                'td',
                {
                  class: `num score-cell score-cell--${over === undefined ? 'none' : scoreTone(over)}`,
                  'data-testid': `overridden-${k}`,
                },
                over === undefined || over === null ? '—' : scoreText(over),
              ),
            );
          }),
        ),
      ),
      o
        ? h(
            'div',
            { class: 'override-note', 'data-testid': 'override-note' },
            h('p', null, h('strong', null, t('review.reason')), ' ', o.reason),
            h(
              'p',
              { class: 'muted' },
              t('review.overrideBy', { author: o.author, date: formatDateTime(o.at) }),
            ),
          )
        : null,
      r?.scorer ? h('p', { class: 'muted small' }, t('score.scorer', { name: r.scorer })) : null,
    );
  }

  function overrideForm(a: AttemptDto, reload: () => void): HTMLElement {
    const inputs = new Map<ScoreKey, HTMLInputElement>();
    const error = h('div', {
      class: 'override-error',
      'data-testid': 'override-error',
      'aria-live': 'assertive',
    });
    const reason = h('textarea', {
      id: 'override-reason',
      rows: 3,
      'data-testid': 'override-reason',
      'aria-describedby': 'override-reason-help',
      'aria-required': 'true',
    });
    const submit = h(
      'button',
      { type: 'submit', class: 'btn btn--primary', 'data-testid': 'override-submit' },
      t('review.overrideSubmit'),
    );
    const fields = SCORE_KEYS.map((k) => {
      const id = `override-${k}`;
      const input = h('input', {
        id,
        type: 'number',
        min: 0,
        max: 100,
        step: 1,
        inputmode: 'numeric',
        placeholder: scoreText(a.result?.scores[k] ?? null),
        value: a.override?.scores[k] ?? '',
        'data-testid': id,
      });
      inputs.set(k, input);
      return h(
        'div',
        { class: 'field field--score' },
        h('label', { for: id }, t(SCORE_LABEL[k])),
        input,
      );
    });
    const fail = (msg: string, focus?: HTMLElement) => {
      replace(error, h('p', { class: 'alert alert--error', role: 'alert' }, msg));
      if (focus) {
        focus.setAttribute('aria-invalid', 'true');
        focus.focus();
      }
    };
    const form = h(
      'form',
      { class: 'card override-form', novalidate: true, 'aria-labelledby': 'override-h' },
      h('h2', { class: 'card__title', id: 'override-h' }, t('review.overrideTitle')),
      h('p', { class: 'card__help' }, t('review.overrideHelp')),
      h('div', { class: 'score-fields' }, fields),
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'override-reason' }, t('review.reasonLabel')),
        reason,
        h('small', { id: 'override-reason-help', class: 'field__help' }, t('review.reasonHelp')),
      ),
      error,
      submit,
    );
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      replace(error);
      for (const el of [reason, ...inputs.values()]) el.removeAttribute('aria-invalid');
      const scores: Partial<Record<ScoreKey, number>> = {};
      for (const [k, input] of inputs) {
        const raw = input.value.trim();
        // A number field holding something that is not a number reads as '' (badInput).
        if (input.validity.badInput)
          return fail(t('review.scoreInvalid', { name: t(SCORE_LABEL[k]) }), input);
        if (!raw) continue;
        const n = Number(raw);
        if (!Number.isInteger(n) || n < 0 || n > 100)
          return fail(t('review.scoreInvalid', { name: t(SCORE_LABEL[k]) }), input);
        scores[k] = n;
      }
      if (!Object.keys(scores).length)
        return fail(t('review.scoresMissing'), inputs.get('overall'));
      if (reason.value.trim().length < 3) return fail(t('review.reasonMissing'), reason);
      if (reason.value.trim().length > REASON_MAX)
        return fail(
          t('review.reasonTooLong', { n: reason.value.trim().length, max: REASON_MAX }),
          reason,
        );
      submit.disabled = true;
      submit.textContent = t('review.saving');
      try {
        await api.post(`/api/attempts/${encodeURIComponent(a.id)}/override`, {
          scores,
          reason: reason.value.trim(),
        });
        toast(t('review.overrideSaved'));
        focusAfter = 'scores-h';
        reload();
      } catch (err) {
        const field = errorField(err);
        fail(
          describeError(err),
          field === 'reason'
            ? reason
            : field?.startsWith('scores.')
              ? inputs.get(field.slice(7) as ScoreKey)
              : undefined,
        );
        submit.disabled = false;
        submit.textContent = t('review.overrideSubmit');
      }
    });
    return form;
  }

  function historyCard(a: AttemptDto): HTMLElement | null {
    const r = a.result;
    if (!r?.history?.length) return null;
    const row = (
      label: HTMLElement | string,
      scores: Scores,
      scorer: string,
      at: string | undefined,
      current = false,
    ) =>
      h(
        'tr',
        { class: current ? 'row--strong' : null },
        h('th', { scope: 'row' }, label, h('span', { class: 'muted small block' }, scorer)),
        h('td', { class: 'nowrap small cell--full' }, formatDateTime(at)),
        SCORE_KEYS.map((k) =>
          h(
            'td',
            { class: `num score-cell score-cell--${scoreTone(scores[k])}` },
            scoreText(scores[k]),
          ),
        ),
      );
    return h(
      'section',
      { class: 'card', 'aria-labelledby': 'history-h', 'data-testid': 'score-history' },
      h('h2', { class: 'card__title', id: 'history-h' }, t('review.history')),
      h('p', { class: 'card__help' }, t('review.historyHelp')),
      h(
        'div',
        { class: 'table-wrap' },
        stackOnPhone(
          h(
            'table',
            { class: 'table table--compact' },
            h(
              'thead',
              null,
              h(
                'tr',
                null,
                h('th', { scope: 'col' }, t('review.version')),
                h('th', { scope: 'col' }, t('review.scoredAt')),
                SCORE_KEYS.map((k) =>
                  h(
                    'th',
                    {
                      scope: 'col',
                      class: 'num',
                      title: t(SCORE_LABEL[k]),
                      // The card layout on a phone has room for a word, not the whole name.
                      'data-label': t(
                        k === 'positive_phrasing' ? 'attempts.colPositive' : SCORE_LABEL[k],
                      ),
                    },
                    t(`review.short.${k}` as Key),
                  ),
                ),
              ),
            ),
            h(
              'tbody',
              null,
              row(t('review.current'), r.scores, r.scorer, r.scoredAt, true),
              [...r.history]
                .reverse()
                .map((x, i) =>
                  row(
                    t('review.earlier', { n: r.history!.length - i }),
                    x.scores,
                    x.scorer,
                    x.scoredAt,
                  ),
                ),
            ),
          ),
        ),
      ),
    );
  }

  function render(a: AttemptDto): void {
    const s = a.scenario;
    title = `${t('review.attemptTitle')}: ${a.username ?? ''} · ${s.title}`;
    document.title = `${title} · Sparring`;
    const closed = a.status === 'closed' && !!a.result;
    const { list, markOf } = buildTranscript(a, {
      agentName: a.username ?? t('attempts.user'),
      annotate: (m, i) => commentsFor(a, m, i),
    });
    const reload = () => void load();
    replace(
      el,
      back(),
      h(
        'div',
        { class: 'page-head', 'data-testid': 'review-attempt' },
        h(
          'div',
          { class: 'meta-row' },
          h('span', { class: 'badge badge--lang' }, langName(s.language)),
          modeBadge(a.mode),
          outcomeBadge(closed ? (a.result?.outcome ?? null) : null, a.status),
          h('span', { class: 'muted' }, t('score.date', { date: formatDateTime(a.startedAt) })),
        ),
        h('h1', { class: 'page-title', tabindex: '-1' }, h('span', { lang: s.language }, s.title)),
        h(
          'p',
          { class: 'page-sub review-who' },
          t('attempts.user'),
          ': ',
          a.username
            ? h(
                'a',
                {
                  href: `#/trainee/${encodeURIComponent(a.username)}`,
                  'data-testid': 'trainee-link',
                },
                a.username,
              )
            : '—',
          a.group ? ` · ${t('staff.group')}: ${a.group}` : '',
        ),
        a.result?.closedEarly
          ? h(
              'p',
              { class: 'alert alert--warn', style: { marginTop: '10px' } },
              t('score.closedEarly'),
            )
          : null,
      ),
      h(
        'div',
        { class: 'review-layout' },
        h(
          'section',
          { class: 'card transcript-card', 'aria-labelledby': 'transcript-h' },
          h('h2', { class: 'card__title', id: 'transcript-h' }, t('score.transcript')),
          h(
            'p',
            { class: 'card__help' },
            t(mayReview ? 'review.transcriptHelp' : 'score.transcriptHelp'),
          ),
          legend(),
          list,
        ),
        h(
          'aside',
          { class: 'review-side' },
          closed ? scoresCard(a) : h('p', { class: 'alert alert--info' }, t('review.notClosed')),
          closed && mayReview ? overrideForm(a, reload) : null,
          closed ? historyCard(a) : null,
          closed && a.result
            ? h(
                'section',
                { class: 'card findings-card--static', 'aria-labelledby': 'findings-h' },
                h('h2', { class: 'card__title', id: 'findings-h' }, t('score.findings')),
                findingGroups(a.result, markOf, s.language),
              )
            : null,
        ),
      ),
    );
  }

  async function load(): Promise<void> {
    const first = !el.querySelector('.review-layout');
    if (first) replace(el, loading());
    try {
      const res = await api.get<{ attempt: AttemptDto }>(
        `/api/attempts/${encodeURIComponent(attemptId)}`,
      );
      if (destroyed) return;
      const y = window.scrollY;
      render(res.attempt);
      if (first) el.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
      else window.scrollTo(0, y);
      if (focusAfter) {
        const target = document.getElementById(focusAfter);
        target?.setAttribute('tabindex', '-1');
        target?.focus({ preventScroll: true });
        focusAfter = null;
      }
    } catch (err) {
      if (!destroyed)
        replace(
          el,
          back(),
          errorBox(err, () => void load()),
        );
    }
  }
  void load();

  return {
    el,
    get title() {
      return title;
    },
    destroy: () => {
      destroyed = true;
    },
  };
}
