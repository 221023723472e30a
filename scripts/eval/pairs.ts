/** Pairwise evaluation of the scorer on labelled better/worse reply pairs. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scorer } from '../../server/scoring';
import type { Turn } from '../../server/scoring/types';

export const PAIRS_DIR = join(__dirname, '../../test/fixtures/scoring-pairs');

/** Outside sets measured but never read (docs/EVAL.md notes): no failure of theirs is printed. */
export const UNREAD = new Set([
  'heldout-2.jsonl',
  'heldout-3.jsonl',
  'heldout-4.jsonl',
  'heldout-5.jsonl',
  'heldout-6.jsonl',
  'heldout-7.jsonl',
  'heldout-8.jsonl',
  'heldout-9.jsonl',
  'heldout-11.jsonl',
  'heldout-12.jsonl',
  'heldout-13.jsonl',
  'heldout-14.jsonl',
  'heldout-15.jsonl',
  'heldout-16.jsonl',
  'heldout-17.jsonl',
  'heldout-18.jsonl',
  'heldout-19.jsonl',
  'heldout-20.jsonl',
  'heldout-21.jsonl',
  'heldout-22.jsonl',
  'heldout-23.jsonl',
  'heldout-24.jsonl',
  'heldout-25.jsonl',
  'heldout-26.jsonl',
  'heldout-27.jsonl',
  'heldout-28.jsonl',
  'heldout-29.jsonl',
  'heldout-30.jsonl',
  'heldout-31.jsonl',
  'heldout-32.jsonl',
  'heldout-33.jsonl',
  'heldout-34.jsonl',
  'heldout-35.jsonl',
  'heldout-36.jsonl',
  'heldout-37.jsonl',
  'heldout-38.jsonl',
  'heldout-39.jsonl',
  'heldout-40.jsonl',
  'heldout-41.jsonl',
  'heldout-42.jsonl',
  'heldout-43.jsonl',
  'heldout-44.jsonl',
  'heldout-45.jsonl',
  'heldout-46.jsonl',
  'heldout-47.jsonl',
  'heldout-48.jsonl',
  'heldout-49.jsonl',
  'heldout-50.jsonl',
]);

/** The pair sets in test/fixtures/scoring-pairs, numbered ones in their order (outside-2 before outside-10). */
export function pairSets(): string[] {
  return existsSync(PAIRS_DIR)
    ? readdirSync(PAIRS_DIR)
        .filter((f) => f.endsWith('.jsonl'))
        .sort((a, b) => a.slice(0, -6).localeCompare(b.slice(0, -6), 'en', { numeric: true }))
    : [];
}

/** Where a transcript with no closing phase (closure null) ranks on the closure scale. */
export const NO_CLOSING = 50;

export const PAIR_DIMENSIONS = ['patience', 'positive_phrasing', 'closure', 'gaming'] as const;
export type PairDimension = (typeof PAIR_DIMENSIONS)[number];

export interface Pair {
  id: string;
  lang: 'en' | 'ru';
  dimension: PairDimension;
  history: Turn[];
  better: string;
  worse: string;
  why: string;
}

export function loadPairs(file: string): Pair[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const p = JSON.parse(l) as Pair;
      if (!p.id || !['en', 'ru'].includes(p.lang) || !PAIR_DIMENSIONS.includes(p.dimension)) {
        throw new Error(`${file}:${i + 1}: not a valid pair`);
      }
      return p;
    });
}

/** The number a pair compares: the named dimension, or for gaming the reply's overall. */
export function pairScore(pair: Pair, reply: string): number {
  if (pair.dimension === 'closure') {
    const r = scorer.scoreTranscript({
      lang: pair.lang,
      turns: [...pair.history, { role: 'agent', text: reply }],
    });
    // No closing phase yet (the reply keeps the conversation going) sits between a premature or
    // broken close (near 0) and a complete one (100): nothing to credit, nothing to penalise.
    return r.scores.closure ?? NO_CLOSING;
  }
  const r = scorer.scoreReply(reply, { lang: pair.lang, history: pair.history });
  if (pair.dimension === 'gaming') return (r.patience + r.positive_phrasing) / 2;
  return r[pair.dimension];
}

export interface PairOutcome {
  pair: Pair;
  better: number;
  worse: number;
  correct: boolean;
}

/** A pair counts as right only when the better reply scores strictly higher. */
export function evaluatePairs(pairs: readonly Pair[]): PairOutcome[] {
  return pairs.map((pair) => {
    const better = pairScore(pair, pair.better);
    const worse = pairScore(pair, pair.worse);
    return { pair, better, worse, correct: better > worse };
  });
}

export interface Cell {
  lang: 'en' | 'ru';
  dimension: PairDimension;
  total: number;
  correct: number;
  accuracy: number;
}

export function summarise(outcomes: readonly PairOutcome[]): Cell[] {
  const cells: Cell[] = [];
  for (const lang of ['en', 'ru'] as const) {
    for (const dimension of PAIR_DIMENSIONS) {
      const these = outcomes.filter((o) => o.pair.lang === lang && o.pair.dimension === dimension);
      if (!these.length) continue;
      const correct = these.filter((o) => o.correct).length;
      cells.push({
        lang,
        dimension,
        total: these.length,
        correct,
        accuracy: correct / these.length,
      });
    }
  }
  return cells;
}
