/**
 * Types and helpers of the staff screens (library, review, dashboards). The shapes mirror
 * server/http/library-routes.ts, report-routes.ts and server/app/reports.ts, which are not part of
 * server/contracts, so the client keeps its own copy here.
 */
import type {
  Dimension,
  Outcome,
  Readiness,
  Role,
  ScenarioSummary,
  Scores,
} from '../../server/contracts/events';
import type { User } from './api';
import { lang, t } from './i18n';

/** What each role may do in the UI (mirrors server/app/access.ts `CAN`). */
export const CAN = {
  review: ['trainer', 'admin'] as Role[],
  manageLibrary: ['trainer', 'admin'] as Role[],
  dashboards: ['trainer', 'hr', 'admin'] as Role[],
  export: ['hr', 'admin'] as Role[],
  rescore: ['admin'] as Role[],
  manageUsers: ['admin'] as Role[],
};

export function can(user: User | null, what: keyof typeof CAN): boolean {
  return !!user && CAN[what].includes(user.role);
}

export interface Diagnostic {
  file: string;
  line: number;
  col: number;
  severity: 'error' | 'warning';
  code: string;
  /** The server's English wording; the UI words it from `code` and `args` (diagnostic-text.ts). */
  message: string;
  args?: Record<string, string | number | boolean | null>;
}

/** Test results as the library lists them. */
export interface TestSummary {
  passed: number;
  failed: number;
  failures: string[];
}

/** Test results as /check and uploads return them (the full report). */
interface TestReport {
  results: Array<{ name: string; passed: boolean; problem?: string }>;
  uncovered?: { steps: string[]; endings: string[]; rules: string[] };
}

/**
 * The server answers `tests` in two shapes: `{passed, failed, failures}` from the list and
 * `/source`, the full `{results, uncovered}` report from `/check`, POST and PUT. One shape here.
 */
export function normaliseTests(raw: unknown): TestSummary | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Partial<TestSummary & TestReport>;
  if (Array.isArray(r.results)) {
    const failed = r.results.filter((x) => !x.passed);
    return {
      passed: r.results.length - failed.length,
      failed: failed.length,
      failures: failed.map((x) => `${x.name}: ${(x.problem ?? '').split('\n')[0] ?? ''}`),
    };
  }
  if (typeof r.passed === 'number' && typeof r.failed === 'number')
    return { passed: r.passed, failed: r.failed, failures: r.failures ?? [] };
  return null;
}

export interface LibraryItem extends ScenarioSummary {
  source: 'bundled' | 'uploaded';
  enabled: boolean;
  errors: number;
  warnings: number;
  tests: TestSummary | null;
}

export interface StaffUser {
  username: string;
  role: Role;
  group?: string;
  createdAt?: string;
}

export type ScoreKey = Dimension | 'overall';
export const SCORE_KEYS: readonly ScoreKey[] = [
  'patience',
  'positive_phrasing',
  'closure',
  'overall',
];

export interface Aggregate {
  attempts: number;
  closed: number;
  outcomes: Record<Outcome, number>;
  averages: Record<ScoreKey, number | null>;
  avgHandleSeconds: number | null;
  avgFirstReplySeconds: number | null;
  avgFinalMood: number | null;
}

export interface Stats {
  totals: Aggregate;
  byDay: Array<Aggregate & { date: string }>;
  byTrainee: Array<Aggregate & { username: string; group: string | null }>;
  byGroup: Array<Aggregate & { group: string | null }>;
  byScenario: Array<Aggregate & { scenarioId: string; title: string }>;
  readinessRule: { exams: number; score: number; scenarios: number };
  readiness: Readiness[];
}

export interface WeakPhrase {
  rule: string;
  dimension: Dimension;
  message: string;
  count: number;
  examples: string[];
  suggestion?: string;
}

export interface TraineeReport {
  username: string;
  totals: Aggregate;
  progress: Array<{
    attemptId: string;
    date: string;
    scenarioId: string;
    outcome: Outcome | null;
    scores: Scores | null;
  }>;
  weakPhrases: WeakPhrase[];
}

/** Share of closed attempts with this outcome, 0..100 (null when none closed). */
export function rate(a: Aggregate, outcome: Outcome): number | null {
  return a.closed ? Math.round((a.outcomes[outcome] / a.closed) * 100) : null;
}

export function percentText(v: number | null): string {
  return v === null ? '—' : `${v}%`;
}

/** 75 → "1:15", 3725 → "1:02:05"; null → "—". */
export function durationText(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return '—';
  const s = Math.max(0, Math.round(seconds));
  const hh = Math.floor(s / 3600);
  const mm = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return hh ? `${hh}:${String(mm).padStart(2, '0')}:${ss}` : `${mm}:${ss}`;
}

export function numberText(v: number | null | undefined, digits = 0): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  return new Intl.NumberFormat(lang() === 'ru' ? 'ru-RU' : 'en-GB', {
    maximumFractionDigits: digits,
    minimumFractionDigits: 0,
  }).format(v);
}

/** YYYY-MM-DD of a date in local time (what `<input type=date>` shows). */
export function isoDay(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** The default dashboard range: the last 30 days, today included. */
export function last30Days(): { from: string; to: string } {
  const to = new Date();
  const from = new Date(to);
  from.setDate(from.getDate() - 29);
  return { from: isoDay(from), to: isoDay(to) };
}

/** "2026-11-03" → "3 Nov" in the UI language (a date-only string, no time zone shift). */
export function dayLabel(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!m) return day;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(lang() === 'ru' ? 'ru-RU' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(d);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
export type DateField = 'from' | 'to';

/**
 * What is wrong with a from–to filter — a day that is not YYYY-MM-DD (typed into the address) or
 * "from" after "to" — as a translated message and the fields it is about; null when it is fine.
 */
export function rangeProblem(
  from: string,
  to: string,
): { message: string; fields: DateField[] } | null {
  for (const [key, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (value && (!DAY.test(value) || Number.isNaN(Date.parse(value))))
      return {
        message: t('staff.badDate', {
          field: t(key === 'from' ? 'staff.from' : 'staff.to'),
          value,
        }),
        fields: [key],
      };
  }
  if (from && to && from > to) return { message: t('staff.badRange'), fields: ['from', 'to'] };
  return null;
}

/** Marks the date inputs of a filter bar (`filterDate`) a problem is about; clears the others. */
export function markDates(bar: HTMLElement, fields: readonly DateField[]): void {
  for (const key of ['from', 'to'] as const) {
    const input = bar.querySelector<HTMLInputElement>(`#f-${key}`);
    if (!input) continue;
    if (fields.includes(key)) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }
}

/** Route parameters after `?` in the hash (`#/review?trainee=x`). */
export function hashParams(): URLSearchParams {
  const i = location.hash.indexOf('?');
  return new URLSearchParams(i < 0 ? '' : location.hash.slice(i + 1));
}

/** Keep filters in the address (shareable, survive reload) without re-rendering the view. */
export function setHashParams(params: Record<string, string>): void {
  const base = location.hash.split('?')[0] || '#/';
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString();
  history.replaceState(null, '', s ? `${base}?${s}` : base);
}

/** The palette of the stylesheet (styles.css :root), for canvas drawing. */
export const COLORS = {
  patience: '#7c3aed',
  positive_phrasing: '#c2410c',
  closure: '#0369a1',
  overall: '#0f766e',
  success: '#16a34a',
  neutral: '#94a3b8',
  failure: '#dc2626',
} as const;
