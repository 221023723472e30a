/** Filters for attempt lists, dashboards and exports, parsed once from query strings or CLI flags. */
import { AppError } from '../contracts/errors';
import type { AttemptSummaryRecord } from '../store/port';

export interface AttemptFilter {
  from?: number;
  to?: number;
  trainee?: string;
  scenario?: string;
  outcome?: string;
  group?: string;
  status?: string;
  /**
   * The viewer's time zone as minutes behind UTC (what a browser's `getTimezoneOffset()` gives:
   * -180 in Moscow, 300 in New York in winter). Whole days (`from`, `to`, the dashboard's days)
   * are that zone's days; without it, UTC days.
   */
  tz?: number;
}

const DAY = 86_400_000;

/** `2026-11-01` (a whole day: in UTC, or in the zone `tz` names) or a full ISO time. */
function parseDate(value: string, name: string, endOfDay: boolean, tz = 0): number {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const t = Date.parse(dateOnly ? `${value}T00:00:00Z` : value);
  // A day that does not exist (2026-02-30) would otherwise roll over into the next month.
  if (Number.isNaN(t) || (dateOnly && new Date(t).toISOString().slice(0, 10) !== value))
    throw new AppError('bad_request', `${name}: "${value}" is not a date (use YYYY-MM-DD)`);
  if (!dateOnly) return t;
  const start = t + tz * 60_000;
  return endOfDay ? start + DAY - 1 : start;
}

export function parseFilter(query: Record<string, unknown>): AttemptFilter {
  const str = (k: string) => {
    const v = query[k];
    if (v === undefined || v === '') return undefined;
    if (typeof v !== 'string' || v.length > 200)
      throw new AppError('bad_request', `${k}: expected text`);
    return v;
  };
  const filter: AttemptFilter = {};
  const tz = str('tz');
  if (tz !== undefined) {
    const minutes = Number(tz);
    if (!/^-?\d{1,3}$/.test(tz) || Math.abs(minutes) > 840)
      throw new AppError('bad_request', 'tz: minutes behind UTC, -840..840 (getTimezoneOffset())');
    filter.tz = minutes;
  }
  const from = str('from');
  const to = str('to');
  if (from) filter.from = parseDate(from, 'from', false, filter.tz);
  if (to) filter.to = parseDate(to, 'to', true, filter.tz);
  if (filter.from !== undefined && filter.to !== undefined && filter.from > filter.to) {
    throw new AppError('bad_request', 'from is after to');
  }
  for (const k of ['trainee', 'scenario', 'outcome', 'group', 'status'] as const) {
    const v = str(k);
    if (v) filter[k] = v;
  }
  if (filter.outcome && !['success', 'failure', 'neutral'].includes(filter.outcome)) {
    throw new AppError('bad_request', 'outcome: one of success, failure, neutral');
  }
  return filter;
}

export function matches(a: AttemptSummaryRecord, f: AttemptFilter): boolean {
  return (
    (f.from === undefined || a.createdAt >= f.from) &&
    (f.to === undefined || a.createdAt <= f.to) &&
    (!f.trainee || a.username === f.trainee) &&
    (!f.scenario || a.scenarioId === f.scenario) &&
    (!f.outcome || a.outcome === f.outcome) &&
    (!f.group || a.group === f.group) &&
    // One status, or several separated by commas ("active,ended": every chat not yet closed).
    (!f.status || f.status.split(',').includes(a.status))
  );
}

/**
 * One page of a long attempt list, newest first: `limit` rows after the `before` cursor (the
 * `next` of the previous page). A cursor is a row's place in that order, not a count, so attempts
 * started while someone pages through the list never repeat or skip a row.
 */
export interface AttemptPage {
  limit: number;
  before?: { createdAt: number; id: string };
}

export const MAX_PAGE = 1000;
const CURSOR = /^(\d{1,15}):([A-Za-z0-9_-]{8,64})$/;

/** `undefined` without `limit`: the whole list, as the API has always answered. */
export function parsePage(query: Record<string, unknown>): AttemptPage | undefined {
  const { limit, before } = query;
  if (limit === undefined || limit === '') {
    if (before !== undefined && before !== '')
      throw new AppError('bad_request', 'before: only with limit (the size of a page)');
    return undefined;
  }
  if (typeof limit !== 'string' || !/^\d{1,4}$/.test(limit) || +limit < 1 || +limit > MAX_PAGE)
    throw new AppError('bad_request', `limit: a whole number from 1 to ${MAX_PAGE}`);
  const page: AttemptPage = { limit: +limit };
  if (before === undefined || before === '') return page;
  const m = typeof before === 'string' ? CURSOR.exec(before) : null;
  if (!m)
    throw new AppError('bad_request', 'before: not a cursor (use the `next` of the previous page)');
  page.before = { createdAt: +m[1]!, id: m[2]! };
  return page;
}

/** Newest first; attempts started in the same millisecond by id, so the order is total. */
export function newestFirst(a: AttemptSummaryRecord, b: AttemptSummaryRecord): number {
  return b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

export function cursorOf(a: AttemptSummaryRecord): string {
  return `${a.createdAt}:${a.id}`;
}

/** Rows of `sorted` (newest first) that come after the cursor. */
export function afterCursor(sorted: AttemptSummaryRecord[], before: AttemptPage['before']): number {
  if (!before) return 0;
  const key = { createdAt: before.createdAt, id: before.id } as AttemptSummaryRecord;
  // The first row that sorts after the cursor's row (the row itself may be gone).
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (newestFirst(sorted[mid]!, key) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
