import { parseFilter } from '../../../server/app/attempt-filter';
import { Reports } from '../../../server/app/reports';
import { MemoryStore } from '../../../server/store/memory-store';
import type { AttemptRecord, StoredMessage, UserRecord } from '../../../server/store/port';

const T = Date.UTC(2026, 10, 5, 12, 0, 0);
const S = 1000;
const hr: UserRecord = { id: 'h1', username: 'hanna', role: 'hr', passwordHash: '', createdAt: '' };

let n = 0;
function attempt(o: {
  createdAt: number;
  status?: 'active' | 'closed';
  messages: Array<{ role: 'customer' | 'agent'; at: number }>;
}): AttemptRecord {
  n++;
  const status = o.status ?? 'closed';
  return {
    id: `a${String(n).padStart(8, '0')}-0000-4000-8000-000000000000`,
    userId: 'u1',
    username: 'ann',
    scenarioId: 'sc',
    scenarioTitle: 'Scenario',
    language: 'en',
    mode: 'exam',
    seed: 1,
    status,
    state: {
      status: status === 'closed' ? 'ended' : 'active',
      step: 's',
      mood: 50,
      ending: status === 'closed' ? 'done' : null,
      outcome: status === 'closed' ? 'success' : null,
      rng: 1,
      turns: 1,
      stepTurns: {},
      silences: 0,
    },
    messages: o.messages.map((m, i): StoredMessage => ({
      id: `m${i}`,
      seq: i + 1,
      text: 'x',
      kind: 'text',
      step: 's',
      mood: 50,
      ...m,
    })),
    ...(status === 'closed'
      ? {
          result: {
            outcome: 'success' as const,
            ending: 'done',
            closedEarly: false,
            scores: { patience: 50, positive_phrasing: 50, closure: 50, overall: 50 },
            findings: [],
            scorer: 'lexicon-1',
            scoredAt: '',
          },
          closedAt: o.createdAt + 60 * S,
        }
      : {}),
    createdAt: o.createdAt,
    updatedAt: o.createdAt,
  } as AttemptRecord;
}

describe('dashboard figures', () => {
  test('every average covers closed attempts only, time to first reply too', async () => {
    const store = new MemoryStore();
    await store.putAttempt(
      attempt({
        createdAt: T,
        messages: [
          { role: 'customer', at: T },
          { role: 'agent', at: T + 10 * S },
        ],
      }),
    );
    await store.putAttempt(
      attempt({
        createdAt: T + S,
        status: 'active',
        messages: [
          { role: 'customer', at: T + S },
          { role: 'agent', at: T + 101 * S },
        ],
      }),
    );
    const { totals } = await new Reports(store).stats(hr, {});
    expect(totals).toMatchObject({
      attempts: 2,
      closed: 1,
      avgHandleSeconds: 60,
      avgFinalMood: 50,
    });
    expect(totals.avgFirstReplySeconds).toBe(10);
  });

  test.each(['2026-02-30', '2026-02-31', '2026-13-01', '2026-04-31'])(
    'a day that does not exist (%s) is refused, not rolled into the next month',
    (day) => {
      expect(() => parseFilter({ from: day })).toThrow(/not a date/);
      expect(() => parseFilter({ to: day })).toThrow(/not a date/);
    },
  );

  test('real days, leap days included, are taken', () => {
    expect(parseFilter({ from: '2028-02-29', to: '2028-03-01' })).toEqual({
      from: Date.UTC(2028, 1, 29),
      to: Date.UTC(2028, 2, 2) - 1,
    });
  });
});
