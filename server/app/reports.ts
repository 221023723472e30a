/** Dashboards for trainers and HR: aggregates over the attempt index, and a per-trainee report. */
import type { Dimension, Outcome, Readiness, ReadinessGap, Scores } from '../contracts/events';
import type { AttemptSummaryRecord, Store, UserRecord } from '../store/port';
import { canSeeAttempt } from './access';
import { matches, type AttemptFilter } from './attempt-filter';

const DIMS = ['patience', 'positive_phrasing', 'closure', 'overall'] as const;
type Dim = (typeof DIMS)[number];

/** A trainer's override wins where given; the original stays in the attempt. */
export function effectiveScores(
  a: Pick<AttemptSummaryRecord, 'scores' | 'override'>,
): Scores | null {
  return a.scores ? { ...a.scores, ...(a.override ?? {}) } : null;
}

export interface Aggregate {
  attempts: number;
  closed: number;
  outcomes: Record<Outcome, number>;
  averages: Record<Dim, number | null>;
  avgHandleSeconds: number | null;
  avgFirstReplySeconds: number | null;
  avgFinalMood: number | null;
}

function aggregate(rows: AttemptSummaryRecord[]): Aggregate {
  const closed = rows.filter((r) => r.status === 'closed');
  const mean = (xs: number[]) =>
    xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10 : null;
  const scores = closed.map(effectiveScores).filter((s): s is Scores => s !== null);
  return {
    attempts: rows.length,
    closed: closed.length,
    outcomes: {
      success: closed.filter((r) => r.outcome === 'success').length,
      neutral: closed.filter((r) => r.outcome === 'neutral').length,
      failure: closed.filter((r) => r.outcome === 'failure').length,
    },
    averages: Object.fromEntries(
      DIMS.map((d) => [d, mean(scores.map((s) => s[d]).filter((v): v is number => v !== null))]),
    ) as Record<Dim, number | null>,
    avgHandleSeconds: mean(
      closed.flatMap((r) =>
        r.handleMs === null || r.handleMs === undefined ? [] : [r.handleMs / 1000],
      ),
    ),
    // Closed attempts only, like every other average here.
    avgFirstReplySeconds: mean(
      closed.flatMap((r) =>
        r.firstReplyMs === null || r.firstReplyMs === undefined ? [] : [r.firstReplyMs / 1000],
      ),
    ),
    avgFinalMood: mean(closed.map((r) => r.finalMood)),
  };
}

/** The group a trainee is in now: that of their latest attempt. */
function currentGroup(rows: AttemptSummaryRecord[]): string | null {
  let latest: AttemptSummaryRecord | undefined;
  for (const r of rows) if (!latest || r.createdAt >= latest.createdAt) latest = r;
  return latest?.group ?? null;
}

function groupBy(rows: AttemptSummaryRecord[], key: (r: AttemptSummaryRecord) => string) {
  const map = new Map<string, AttemptSummaryRecord[]>();
  for (const r of rows) {
    const k = key(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return [...map.entries()].sort(([a], [b]) => a.localeCompare(b));
}

/**
 * When a trainee is ready for live queues: their latest `exams` exams (exam mode, closed at the
 * ending, not closed early) each ended with the customer satisfied and an official overall score
 * of at least `score`, across at least `scenarios` different scenarios. Coach-mode practice does not
 * count. Every "not yet" says which condition is missing, so HR can tell the trainee.
 */
export interface ReadinessRule {
  exams: number;
  score: number;
  scenarios: number;
}

export const DEFAULT_READINESS: ReadinessRule = { exams: 3, score: 75, scenarios: 2 };

export type { Readiness, ReadinessGap };

export function readiness(
  username: string,
  rows: AttemptSummaryRecord[],
  rule: ReadinessRule = DEFAULT_READINESS,
): Readiness {
  const exams = rows
    .filter((r) => r.mode === 'exam' && r.status === 'closed' && !r.closedEarly)
    .sort((a, b) => b.createdAt - a.createdAt)
    .slice(0, rule.exams);
  const overall = (r: AttemptSummaryRecord) => effectiveScores(r)?.overall ?? null;
  const gaps: ReadinessGap[] = [];
  if (exams.length < rule.exams)
    gaps.push({ code: 'few-exams', have: exams.length, need: rule.exams });
  const low = exams.filter((r) => (overall(r) ?? 0) < rule.score).length;
  if (low) gaps.push({ code: 'low-score', count: low, score: rule.score });
  const unresolved = exams.filter((r) => r.outcome !== 'success').length;
  if (unresolved) gaps.push({ code: 'not-resolved', count: unresolved });
  const distinct = new Set(exams.map((r) => r.scenarioId)).size;
  if (distinct < rule.scenarios)
    gaps.push({ code: 'few-scenarios', have: distinct, need: rule.scenarios });
  return {
    username,
    group: currentGroup(rows),
    ready: gaps.length === 0,
    gaps,
    recent: exams.map((r) => ({
      attemptId: r.id,
      scenarioId: r.scenarioId,
      scenarioTitle: r.scenarioTitle,
      date: new Date(r.createdAt).toISOString(),
      outcome: r.outcome,
      overall: overall(r),
    })),
  };
}

export class Reports {
  constructor(
    private readonly store: Store,
    private readonly readinessRule: ReadinessRule = DEFAULT_READINESS,
  ) {}

  private async visible(user: UserRecord, filter: AttemptFilter): Promise<AttemptSummaryRecord[]> {
    return (await this.store.listAttempts()).filter(
      (r) => !r.preview && canSeeAttempt(user, r) && matches(r, filter),
    );
  }

  /** Totals, and series by day, trainee, group and scenario. */
  async stats(user: UserRecord, filter: AttemptFilter) {
    const rows = await this.visible(user, filter);
    // The viewer's days when the filter says which time zone that is (see AttemptFilter.tz).
    const shift = (filter.tz ?? 0) * 60_000;
    const day = (r: AttemptSummaryRecord) =>
      new Date(r.createdAt - shift).toISOString().slice(0, 10);
    const byUsername = groupBy(rows, (r) => r.username);
    return {
      totals: aggregate(rows),
      byDay: groupBy(rows, day).map(([date, rs]) => ({ date, ...aggregate(rs) })),
      byTrainee: byUsername.map(([username, rs]) => ({
        username,
        group: currentGroup(rs),
        ...aggregate(rs),
      })),
      byGroup: groupBy(rows, (r) => r.group ?? '').map(([group, rs]) => ({
        group: group || null,
        ...aggregate(rs),
      })),
      byScenario: groupBy(rows, (r) => r.scenarioId).map(([scenarioId, rs]) => ({
        scenarioId,
        title: rs[0]!.scenarioTitle,
        ...aggregate(rs),
      })),
      // Who is ready for live queues, judged on the exams in the selected period.
      readinessRule: this.readinessRule,
      readiness: byUsername.map(([username, rs]) => readiness(username, rs, this.readinessRule)),
    };
  }

  /** One trainee's progress over time and the weak phrases that keep coming back. */
  async trainee(user: UserRecord, username: string, filter: AttemptFilter) {
    const rows = (await this.visible(user, { ...filter, trainee: username })).sort(
      (a, b) => a.createdAt - b.createdAt,
    );
    const weak = new Map<
      string,
      {
        rule: string;
        dimension: Dimension;
        message: string;
        count: number;
        examples: string[];
        suggestion?: string;
      }
    >();
    for (const r of rows) {
      if (r.status !== 'closed') continue;
      const a = await this.store.getAttempt(r.id);
      for (const f of a?.result?.findings ?? []) {
        if (f.points >= 0) continue;
        const w = weak.get(f.rule) ?? {
          rule: f.rule,
          dimension: f.dimension,
          message: f.message,
          count: 0,
          examples: [],
          ...(f.suggestion ? { suggestion: f.suggestion } : {}),
        };
        w.count++;
        const example = f.text.trim();
        if (example && !w.examples.includes(example) && w.examples.length < 5)
          w.examples.push(example);
        weak.set(f.rule, w);
      }
    }
    return {
      username,
      totals: aggregate(rows),
      progress: rows
        .filter((r) => r.status === 'closed')
        .map((r) => ({
          attemptId: r.id,
          date: new Date(r.createdAt).toISOString(),
          scenarioId: r.scenarioId,
          outcome: r.outcome,
          scores: effectiveScores(r),
        })),
      weakPhrases: [...weak.values()].sort((a, b) => b.count - a.count).slice(0, 12),
    };
  }
}
