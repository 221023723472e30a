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
    (!f.status || a.status === f.status)
  );
}
