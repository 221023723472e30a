/** The string pool swaps equal strings for one kept copy: contents never change, memory stays bounded. */
import type { StepResult } from '../../../server/engine/state';
import { StringPool } from '../../../server/app/string-pool';
import type { TranscriptScore } from '../../../server/scoring/types';

const finding = (message: string, suggestion?: string) => ({
  turn: 1,
  span: { start: 0, end: 5 },
  text: 'calm down',
  dimension: 'patience' as const,
  points: -10,
  rule: 'patience.dismissive',
  message,
  ...(suggestion ? { suggestion } : {}),
});

function stepResult(): StepResult {
  return {
    state: {
      status: 'ended',
      step: 'plan',
      mood: 40,
      ending: 'agreed',
      outcome: 'success',
      rng: 7,
      turns: 2,
      stepTurns: { plan: 1 },
      silences: 0,
    },
    effects: [
      {
        type: 'assessed',
        score: {
          patience: 60,
          positive_phrasing: 70,
          closure: null,
          findings: [finding('Dismissive phrasing.', 'I understand how this feels.')],
        },
      },
      { type: 'matched', step: 'plan', rule: 'r1' },
      { type: 'enter', step: 'plan', hint: 'Give a date.' },
      { type: 'say', text: 'So when will it come?', step: 'plan', mood: 40 },
      { type: 'mood', from: 50, to: 40, rule: -5, tone: -5 },
      { type: 'end', ending: 'agreed', outcome: 'success', reason: 'rule' },
      { type: 'wait', seconds: 60 },
    ],
  };
}

describe('string pool', () => {
  test('a step result and a transcript score come out equal to what went in', () => {
    const pool = new StringPool();
    for (let i = 0; i < 3; i++) {
      const r = stepResult();
      expect(pool.stepResult(r)).toEqual(stepResult());
    }
    const t: TranscriptScore = {
      scores: { patience: 60, positive_phrasing: 70, closure: 50, overall: 62 },
      findings: [finding('Dismissive phrasing.'), finding('Вы перебиваете клиента.', 'Понимаю.')],
      replies: [{ turn: 1, patience: 60, positive_phrasing: 70, closure: null }],
    };
    const copy = structuredClone(t);
    expect(pool.transcriptScore(t)).toEqual(copy);
    // Keeps each distinct string once, not each time it comes back.
    expect(pool.size).toBe(11);
  });

  test('the trainee’s own words (a finding’s text) are not kept', () => {
    const pool = new StringPool();
    pool.finding(finding('m'));
    expect(pool.size).toBe(3); // rule, dimension, message
  });

  test('long strings are passed through, and a full pool starts again empty', () => {
    const pool = new StringPool(10, 25);
    expect(pool.get('x'.repeat(11))).toBe('x'.repeat(11));
    expect(pool.size).toBe(0);
    pool.get('aaaaaaaaaa');
    pool.get('bbbbbbbbbb');
    expect(pool.size).toBe(2);
    pool.get('aaaaaaaaaa'); // known: nothing added
    expect(pool.size).toBe(2);
    expect(pool.get('cccccccccc')).toBe('cccccccccc'); // 30 characters > 25: starts again
    expect(pool.size).toBe(1);
  });
});
