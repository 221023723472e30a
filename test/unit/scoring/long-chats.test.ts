/**
 * Scoring a long transcript at the close stays fast: the closing phase of a chat with no ending is
 * looked for turn by turn, and each turn is read once (it re-read every later reply for every
 * customer question, for every candidate turn: 7.4 s for 400 messages).
 */
import { scoreTranscript } from '../../../server/scoring/score-transcript';
import type { Turn } from '../../../server/scoring/types';

/** A long chat closed before any ending: the customer keeps saying it's fine, one question stays open. */
function closedEarly(messages: number): Turn[] {
  const turns: Turn[] = [
    {
      role: 'customer',
      text: 'Why was my card charged twice this month, and can you also waive the delivery fee?',
    },
  ];
  for (let i = 1; turns.length < messages; i++) {
    turns.push({
      role: 'agent',
      text: `I understand how frustrating this is; I am checking payment record number ${i} for you right now.`,
    });
    turns.push({ role: 'customer', text: `Okay, thanks, that works ${i}.` });
  }
  return turns.slice(0, messages);
}

function ended(messages: number): Turn[] {
  const turns: Turn[] = [];
  for (let i = 0; turns.length < messages; i++) {
    turns.push({
      role: 'customer',
      text: `The parcel ${i} still has not arrived, what is going on?`,
    });
    turns.push({
      role: 'agent',
      text: `Sorry for the wait, I have checked parcel ${i}: it arrives on ${(i % 28) + 1} March and I can reserve a courier slot for you.`,
    });
  }
  return turns.slice(0, messages);
}

const timed = (fn: () => unknown) => {
  const start = performance.now();
  fn();
  return performance.now() - start;
};

describe('long transcripts', () => {
  test('a 400-message chat closed early scores in well under 2 s, the open question still found', () => {
    let score!: ReturnType<typeof scoreTranscript>;
    const ms = timed(
      () => (score = scoreTranscript({ lang: 'en', turns: closedEarly(400), closedEarly: true })),
    );
    expect(ms).toBeLessThan(2000);
    expect(score.findings.some((f) => f.rule === 'closure.premature')).toBe(true);
  });

  test('a 400-message chat with an ending scores in under 1 s', () => {
    const ms = timed(() =>
      scoreTranscript({ lang: 'en', turns: ended(400), endedAt: 399, outcome: 'success' }),
    );
    expect(ms).toBeLessThan(1000);
  });
});
