/** Where findings sit inside a message: pure span arithmetic, no DOM. */
import type { Dimension, FindingDto } from '../../server/contracts/events';

export type FindingKind = 'deduction' | 'credit' | 'mixed';

export interface HighlightRange {
  start: number;
  end: number;
  findings: FindingDto[];
}

export interface MessageHighlights {
  /** Non-overlapping ranges in text order; overlapping findings share one range. */
  ranges: HighlightRange[];
  /** Findings about the reply as a whole (empty or out-of-range span). */
  whole: FindingDto[];
}

/** Split one message's findings into inline ranges (overlaps merged) and whole-reply findings. */
export function highlightsFor(text: string, findings: readonly FindingDto[]): MessageHighlights {
  const whole: FindingDto[] = [];
  const spans: HighlightRange[] = [];
  for (const f of findings) {
    const start = Math.max(0, Math.min(text.length, Math.floor(f.span?.start ?? 0)));
    const end = Math.max(0, Math.min(text.length, Math.floor(f.span?.end ?? 0)));
    if (end <= start) whole.push(f);
    else spans.push({ start, end, findings: [f] });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const ranges: HighlightRange[] = [];
  for (const span of spans) {
    const last = ranges[ranges.length - 1];
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      last.findings.push(...span.findings);
    } else {
      ranges.push({ ...span, findings: [...span.findings] });
    }
  }
  return { ranges, whole };
}

export function kindOf(findings: readonly FindingDto[]): FindingKind {
  const neg = findings.some((f) => f.points < 0);
  const pos = findings.some((f) => f.points >= 0);
  return neg && pos ? 'mixed' : neg ? 'deduction' : 'credit';
}

/** The dimension that weighs most in a group of findings (for its colour). */
export function mainDimension(findings: readonly FindingDto[]): Dimension {
  let best = findings[0];
  for (const f of findings) if (best && Math.abs(f.points) > Math.abs(best.points)) best = f;
  return best?.dimension ?? 'patience';
}

export const DIMENSIONS: readonly Dimension[] = ['patience', 'positive_phrasing', 'closure'];
