import { join } from 'node:path';
import { evaluatePairs, loadPairs, summarise } from '../../../scripts/eval/pairs';
import { auc, corporaAvailable, stanfordBinary, tydipBinary } from '../../../scripts/eval/corpora';
import { scorer } from '../../../server/scoring';
import { ROOT } from '../../helpers/cli';

/** Keeps the scorer from regressing on the labelled pairs (docs/EVAL.md has the full report). */
describe.each([
  'dev.jsonl',
  'heldout.jsonl',
  'outside.jsonl',
  'outside-2.jsonl',
  'outside-3.jsonl',
])('labelled pairs: %s', (file) => {
  const outcomes = evaluatePairs(loadPairs(join(ROOT, 'test/fixtures/scoring-pairs', file)));

  test('has pairs for both languages and all four dimensions', () => {
    expect(summarise(outcomes)).toHaveLength(8);
  });

  test.each(summarise(outcomes).map((c) => [c.lang, c.dimension, c] as const))(
    '%s %s ≥ 90%% (gaming 100%%)',
    (_l, dimension, cell) => {
      const wrong = outcomes
        .filter(
          (o) => o.pair.lang === cell.lang && o.pair.dimension === cell.dimension && !o.correct,
        )
        .map((o) => `${o.pair.id}: ${o.better} vs ${o.worse}`);
      expect({ accuracy: cell.accuracy >= (dimension === 'gaming' ? 1 : 0.9), wrong }).toEqual({
        accuracy: true,
        wrong: expect.any(Array),
      });
    },
  );
});

/**
 * The fourth outside set is not at target yet: 8 of its 15 Russian gaming pairs (and 4 closure
 * pairs) turn on whether a reply is about the question at all, which the scorer does not judge
 * (docs/EVAL.md). The floors are what it scores now, so it cannot slip back unnoticed.
 */
describe('labelled pairs: outside-4.jsonl (no regression)', () => {
  const cells = summarise(
    evaluatePairs(loadPairs(join(ROOT, 'test/fixtures/scoring-pairs', 'outside-4.jsonl'))),
  );
  const floor: Record<string, number> = { 'ru closure': 11, 'ru gaming': 7 };
  test.each(cells.map((c) => [`${c.lang} ${c.dimension}`, c] as const))('%s', (name, cell) => {
    expect(cell.correct).toBeGreaterThanOrEqual(floor[name] ?? cell.total);
  });
});

const corpora = corporaAvailable() ? describe : describe.skip;
corpora('politeness corpora (../shared/data)', () => {
  const patienceAuc = (rows: ReturnType<typeof stanfordBinary>, lang: 'en' | 'ru') =>
    auc(
      rows.map((r) => scorer.scoreReply(r.text, { lang, history: [] }).patience),
      rows.map((r) => r.polite),
    );

  test('Wikipedia AUC ≥ 0.78 and the TyDiP English held-out rows too', () => {
    expect(patienceAuc(stanfordBinary('wikipedia'), 'en')).toBeGreaterThanOrEqual(0.78);
    expect(patienceAuc(tydipBinary('en'), 'en')).toBeGreaterThanOrEqual(0.78);
  });

  test('Stack Exchange and Russian stay where docs/EVAL.md reports them (no regression)', () => {
    expect(patienceAuc(stanfordBinary('stack-exchange'), 'en')).toBeGreaterThanOrEqual(0.6);
    // 0.748 since lexicon-2.10.0 (0.753 before): the rules of the third review were decided on
    // that review and kept; nothing was chosen on this held-out number (docs/EVAL.md).
    expect(patienceAuc(tydipBinary('ru'), 'ru')).toBeGreaterThanOrEqual(0.745);
  });
});
