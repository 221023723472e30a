/** Shared UI pieces: announcements, error boxes, badges. All text goes in as Text nodes. */
import type { AttemptStatus, Mode, Outcome, Role } from '../../server/contracts/events';
import { ApiError } from './api';
import { h, replace, s } from './dom';
import { errorText, t, type Key } from './i18n';

/** Screen-reader announcements through the polite live region in the shell. */
export function announce(message: string): void {
  const region = document.getElementById('announcer');
  if (!region) return;
  // Clear first so the same text twice is still announced.
  region.textContent = '';
  window.setTimeout(() => {
    region.textContent = message;
  }, 50);
}

/** The labels of the fields a server error message can name (`username: …`, `scores.overall: …`). */
const FIELD_LABELS: Record<string, Key> = {
  username: 'users.username',
  password: 'users.password',
  current: 'account.current',
  active: 'users.status',
  role: 'users.role',
  group: 'users.group',
  reason: 'field.reason',
  scores: 'review.scores',
  'scores.patience': 'score.patience',
  'scores.positive_phrasing': 'score.positive_phrasing',
  'scores.closure': 'score.closure',
  'scores.overall': 'score.overall',
  text: 'field.text',
  from: 'staff.from',
  to: 'staff.to',
  source: 'editor.source',
  format: 'field.format',
};

/**
 * Which field a `bad_request` / `too_long` error is about, from the start of the server's message
 * (`username: 2–64 letters…`, `scores.overall: a whole number…`, `from: "x" is not a date`,
 * `from is after to`); null when it names none. The message itself is English, so the UI shows
 * the field's translated label instead of it.
 */
export function errorField(err: unknown): string | null {
  if (!(err instanceof ApiError) || (err.code !== 'bad_request' && err.code !== 'too_long'))
    return null;
  if (/^from is after to\b/.test(err.message)) return 'from';
  const m = /^([a-z_]+(?:\.[a-z_]+)?): /.exec(err.message);
  return m && m[1]! in FIELD_LABELS ? m[1]! : null;
}

/** Translated text of any error thrown by api.ts, socket.ts or anything else. */
export function describeError(err: unknown): string {
  if (err instanceof ApiError) {
    const field = errorField(err);
    if (field && /^from is after to\b/.test(err.message)) return t('staff.badRange');
    if (field)
      return t(err.code === 'too_long' ? 'error.longField' : 'error.badField', {
        field: t(FIELD_LABELS[field]!),
      });
    return errorText(err.code);
  }
  if (err instanceof TypeError) return errorText('network');
  return errorText('unknown');
}

export function errorCode(err: unknown): string {
  return err instanceof ApiError ? err.code : 'unknown';
}

/** An inline error with an optional retry button (role=alert, so it is read out). */
export function errorBox(err: unknown, retry?: () => void): HTMLElement {
  return h(
    'div',
    { class: 'alert alert--error', role: 'alert', 'data-testid': 'error' },
    h('span', { class: 'alert__text' }, typeof err === 'string' ? err : describeError(err)),
    retry
      ? h('button', { type: 'button', class: 'btn btn--small', onclick: retry }, t('common.reload'))
      : null,
  );
}

/**
 * A view's data, the same way everywhere: a spinner in `into` while it loads, the error with a
 * "try again" button if it fails (after `before()`, such as a back link), and nothing at all once
 * the view is gone (`stop`, from the view's `destroy`).
 */
export function loader<T>(
  into: HTMLElement,
  fetch: () => Promise<T>,
  show: (data: T) => void,
  before: () => Node[] = () => [],
): { load: () => Promise<void>; stop: () => void } {
  let stopped = false;
  const load = async (): Promise<void> => {
    replace(into, loading());
    try {
      const data = await fetch();
      if (!stopped) show(data);
    } catch (err) {
      if (!stopped)
        replace(
          into,
          ...before(),
          errorBox(err, () => void load()),
        );
    }
  };
  return {
    load,
    stop: () => {
      stopped = true;
    },
  };
}

export function loading(): HTMLElement {
  return h(
    'div',
    { class: 'loading', role: 'status' },
    h('span', { class: 'spinner', 'aria-hidden': 'true' }),
    t('common.loading'),
  );
}

/** A transient notice in the top-right corner (also announced). */
export function toast(message: string, kind: 'info' | 'error' = 'info'): void {
  const host = document.getElementById('toasts');
  if (!host) return;
  const el = h('div', { class: `toast toast--${kind}` }, message);
  host.append(el);
  announce(message);
  window.setTimeout(() => el.classList.add('toast--out'), 3600);
  window.setTimeout(() => el.remove(), 4000);
}

export function outcomeBadge(outcome: Outcome | null, status?: AttemptStatus): HTMLElement {
  if (!outcome) {
    const key: Key = status === 'ended' ? 'attempts.status.ended' : 'attempts.status.active';
    return h('span', { class: 'badge badge--muted' }, t(key));
  }
  return h('span', { class: `badge badge--${outcome}` }, t(`outcome.${outcome}`));
}

export function modeBadge(mode: Mode): HTMLElement {
  return h('span', { class: `badge badge--mode badge--${mode}` }, t(`mode.${mode}`));
}

export function roleName(role: Role | string): string {
  switch (role) {
    case 'trainee':
    case 'trainer':
    case 'hr':
    case 'admin':
      return t(`role.${role}`);
    default:
      return role;
  }
}

export function langName(l: string): string {
  return l === 'ru' ? t('lang.ru') : l === 'en' ? t('lang.en') : l.toUpperCase();
}

/** Difficulty as five dots, with a text alternative. */
export function difficultyDots(n: number): HTMLElement {
  const level = Math.max(0, Math.min(5, Math.round(n)));
  const dots = h('span', { class: 'dots', 'aria-hidden': 'true' });
  for (let i = 1; i <= 5; i++)
    dots.append(h('span', { class: i <= level ? 'dot dot--on' : 'dot' }));
  return h(
    'span',
    { class: 'difficulty', title: t('picker.difficulty', { n: level }) },
    dots,
    h('span', { class: 'sr-only' }, t('picker.difficulty', { n: level })),
  );
}

/** A score 0..100 (or null) as a tone class for colouring. */
export function scoreTone(value: number | null | undefined): string {
  if (value === null || value === undefined) return 'none';
  if (value >= 75) return 'good';
  if (value >= 50) return 'ok';
  return 'low';
}

/** The scores that count: a trainer's override, dimension by dimension, over the scorer's. */
export function officialScores<S extends object>(
  scores: S | null | undefined,
  override: Partial<S> | undefined,
): S | null {
  if (!scores) return null;
  if (!override) return scores;
  const out: S = { ...scores };
  for (const k of Object.keys(override) as Array<keyof S>)
    if (override[k] !== undefined) out[k] = override[k] as S[keyof S];
  return out;
}

export function scoreText(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : String(Math.round(value));
}

/**
 * Lets a table turn into a stack of cards on a phone (`.table--stack` in styles.css): each body
 * cell gets its column's name as `data-label` (a header's own `data-label` wins over its text),
 * shown above the value there. The explicit ARIA roles keep the table a table for screen readers
 * even where the narrow layout gives its parts `display: grid` / `block`.
 */
export function stackOnPhone(table: HTMLTableElement): HTMLTableElement {
  table.classList.add('table--stack');
  table.setAttribute('role', 'table');
  const labels = [...(table.tHead?.rows[0]?.cells ?? [])].map(
    (c) => c.dataset.label ?? c.textContent?.trim() ?? '',
  );
  for (const group of [table.tHead, ...table.tBodies]) group?.setAttribute('role', 'rowgroup');
  for (const row of table.rows) {
    row.setAttribute('role', 'row');
    [...row.cells].forEach((cell, i) => {
      const header = cell.tagName === 'TH';
      const inHead = row.parentElement === table.tHead;
      cell.setAttribute(
        'role',
        inHead ? 'columnheader' : header && cell.scope === 'row' ? 'rowheader' : 'cell',
      );
      if (!inHead && labels[i] && !cell.hasAttribute('data-label'))
        cell.setAttribute('data-label', labels[i]);
    });
  }
  return table;
}

/** Page heading that receives focus after navigation (for keyboard and screen-reader users). */
export function pageTitle(text: string, sub?: string): HTMLElement {
  return h(
    'div',
    { class: 'page-head' },
    h('h1', { class: 'page-title', tabindex: '-1' }, text),
    sub ? h('p', { class: 'page-sub' }, sub) : null,
  );
}

export function setContent(el: HTMLElement, ...children: Array<Node | string | null>): void {
  replace(el, ...children);
}

/** Small inline icons (stroke paths, currentColor), built as SVG DOM nodes. */
const ICONS: Record<'bulb', string[]> = {
  bulb: [
    'M9 18h6',
    'M10 22h4',
    'M15.09 14c.18-.98.65-1.74 1.41-2.5A4.65 4.65 0 0 0 18 8 6 6 0 0 0 6 8c0 1 .23 2.23 1.5 3.5A4.61 4.61 0 0 1 8.91 14',
  ],
};

export function icon(name: keyof typeof ICONS, cls = ''): SVGSVGElement {
  return s(
    'svg',
    {
      viewBox: '0 0 24 24',
      fill: 'none',
      stroke: 'currentColor',
      'stroke-width': 2,
      'stroke-linecap': 'round',
      'stroke-linejoin': 'round',
      'aria-hidden': 'true',
      focusable: 'false',
      class: cls,
    },
    ICONS[name].map((d) => s('path', { d })),
  );
}
