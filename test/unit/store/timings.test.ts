import { timings, type AttemptRecord, type StoredMessage } from '../../../server/store/port';

const line = (role: StoredMessage['role'], at: number, seq: number): StoredMessage => ({
  id: `m${seq}`,
  seq,
  role,
  text: `${role} ${seq}`,
  at,
  kind: 'text',
  step: 'opening',
  mood: 50,
});

const attempt = (messages: StoredMessage[], closedAt?: number): AttemptRecord =>
  ({ id: 'a1', createdAt: 1_000, messages, ...(closedAt ? { closedAt } : {}) }) as AttemptRecord;

describe('handle time and time to first reply', () => {
  test('from the customer’s first line to the first reply, and to the close', () => {
    const a = attempt([line('customer', 5_000, 1), line('agent', 12_000, 2)], 65_000);
    expect(timings(a)).toEqual({ handleMs: 60_000, firstReplyMs: 7_000 });
  });

  test('a reply sent while the opening line was still being typed counts neither negative', () => {
    // The trainee wrote at 3 s; the customer's opening line (seq 1) appeared at 5 s.
    const a = attempt(
      [line('customer', 5_000, 1), line('agent', 3_000, 2), line('agent', 9_000, 3)],
      20_000,
    );
    expect(timings(a)).toEqual({ handleMs: 17_000, firstReplyMs: 4_000 });
  });

  test('no reply after the opening line: no time to first reply; a close before it: zero handle time', () => {
    const a = attempt([line('customer', 5_000, 1), line('agent', 3_000, 2)], 4_000);
    expect(timings(a)).toEqual({ handleMs: 1_000, firstReplyMs: null });
    expect(timings(attempt([line('customer', 5_000, 1)], 2_000))).toEqual({
      handleMs: 0,
      firstReplyMs: null,
    });
    expect(timings(attempt([]))).toEqual({ handleMs: null, firstReplyMs: null });
  });
});
