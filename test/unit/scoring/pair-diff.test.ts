/** `npm run eval:diff`: the checks a scorer change must pass, and unread sets shown as totals only. */
import { comparePairRuns, runPairs, type PairRun } from '../../../scripts/eval/pair-diff';

const before: PairRun = {
  scorer: 'v1',
  sets: {
    'dev.jsonl': {
      correct: 2,
      total: 3,
      pairs: {
        a: { better: 80, worse: 60 },
        b: { better: 70, worse: 75 },
        c: { better: 90, worse: 40 },
      },
    },
    'heldout-2.jsonl': { correct: 100, total: 120 },
  },
};

function after(change: (r: PairRun) => void): PairRun {
  const r = structuredClone(before);
  r.scorer = 'v2';
  change(r);
  return r;
}

describe('pair diff', () => {
  test('the same scores: nothing to report, nothing wrong', () => {
    const d = comparePairRuns(
      before,
      after(() => undefined),
    );
    expect(d.problems).toBe(0);
    expect(d.lines).toEqual([
      'v1 → v2',
      'nothing turned wrong, no better reply lost points, no unread total fell',
    ]);
  });

  test('a read pair that turns wrong, and a better reply that loses points, must not land', () => {
    const d = comparePairRuns(
      before,
      after((r) => {
        r.sets['dev.jsonl']!.pairs!.a = { better: 60, worse: 60 }; // a tie is wrong
        r.sets['dev.jsonl']!.pairs!.c = { better: 85, worse: 40 }; // still right, but lower
        r.sets['dev.jsonl']!.correct = 1;
      }),
    );
    expect(d.problems).toBe(2);
    expect(d.lines).toContain('dev.jsonl: 2/3 → 1/3');
    expect(d.lines).toContain('  ✗ a turned wrong (better 80 → 60, worse 60 → 60)');
    expect(d.lines).toContain(
      '  ✗ c: the better reply lost points (better 90 → 85, worse 40 → 40)',
    );
  });

  test('a pair that turns right is listed and is no problem', () => {
    const d = comparePairRuns(
      before,
      after((r) => {
        r.sets['dev.jsonl']!.pairs!.b = { better: 76, worse: 75 };
        r.sets['dev.jsonl']!.correct = 3;
      }),
    );
    expect(d.problems).toBe(0);
    expect(d.lines).toContain('  ✓ b turned right (better 70 → 76, worse 75 → 75)');
  });

  test('an unread set shows only its total, and a fall must not land', () => {
    const fell = comparePairRuns(
      before,
      after((r) => {
        r.sets['heldout-2.jsonl']!.correct = 99;
      }),
    );
    expect(fell.problems).toBe(1);
    expect(fell.lines).toContain('heldout-2.jsonl (unread): 100/120 → 99/120  ✗ fell');
    const rose = comparePairRuns(
      before,
      after((r) => {
        r.sets['heldout-2.jsonl']!.correct = 101;
      }),
    );
    expect(rose.problems).toBe(0);
    expect(rose.lines).toContain('heldout-2.jsonl (unread): 100/120 → 101/120');
  });

  test('a saved run keeps each read pair’s scores and only the totals of an unread set', () => {
    const run = runPairs(['dev.jsonl', 'heldout-2.jsonl']);
    expect(Object.keys(run.sets['dev.jsonl']!.pairs!)).toHaveLength(run.sets['dev.jsonl']!.total);
    expect(run.sets['heldout-2.jsonl']).toEqual({
      correct: expect.any(Number),
      total: 120,
    });
  });
});
