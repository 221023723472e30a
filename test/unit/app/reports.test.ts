import { parseFilter } from '../../../server/app/attempt-filter';
import { Reports } from '../../../server/app/reports';
import { MemoryStore } from '../../../server/store/memory-store';
import { summarize, type Store, type UserRecord } from '../../../server/store/port';
import { reportedAttempt } from '../../helpers/records';

const T = Date.UTC(2026, 10, 5, 12, 0, 0);
const S = 1000;
const hr: UserRecord = { id: 'h1', username: 'hanna', role: 'hr', passwordHash: '', createdAt: '' };

const attempt = reportedAttempt;

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

  test("whole days are the viewer's days when the request says its time zone", async () => {
    // Moscow is 3 hours ahead of UTC: getTimezoneOffset() gives -180.
    expect(parseFilter({ from: '2026-11-05', to: '2026-11-05', tz: '-180' })).toEqual({
      tz: -180,
      from: Date.UTC(2026, 10, 5) - 3 * 3600 * S,
      to: Date.UTC(2026, 10, 6) - 3 * 3600 * S - 1,
    });
    const store = new MemoryStore();
    // 01:00 on 5 November in Moscow, 22:00 on 4 November in UTC.
    const late = Date.UTC(2026, 10, 4, 22, 0, 0);
    await store.putAttempt(
      attempt({
        createdAt: late,
        messages: [
          { role: 'customer', at: late },
          { role: 'agent', at: late + S },
        ],
      }),
    );
    const reports = new Reports(store);
    expect((await reports.stats(hr, parseFilter({ tz: '-180' }))).byDay.map((d) => d.date)).toEqual(
      ['2026-11-05'],
    );
    expect((await reports.stats(hr, {})).byDay.map((d) => d.date)).toEqual(['2026-11-04']);
    // New York (300 minutes behind): at 17:00 on 4 November there, "to 4 November" includes it.
    const ny = await reports.stats(hr, parseFilter({ to: '2026-11-04', tz: '300' }));
    expect(ny.totals.attempts).toBe(1);
  });

  test.each(['abc', '2000', '1.5', '-9999'])('a time zone like %j is refused', (tz) => {
    expect(() => parseFilter({ tz })).toThrow(/tz: minutes behind UTC/);
  });

  test("a trainee's row shows the group of their latest attempt", async () => {
    const store = new MemoryStore();
    await store.putAttempt({ ...attempt({ createdAt: T }), group: 'intake-1' });
    await store.putAttempt({ ...attempt({ createdAt: T + 2 * S }), group: 'intake-2' });
    await store.putAttempt({ ...attempt({ createdAt: T + S }), group: 'intake-1' });
    const { byTrainee } = await new Reports(store).stats(hr, {});
    expect(byTrainee).toEqual([expect.objectContaining({ username: 'ann', group: 'intake-2' })]);
  });

  test('60,000 attempts of one trainee and scenario are summed in linear time', async () => {
    const one = summarize(attempt({ createdAt: T }));
    const rows = Array.from({ length: 60_000 }, (_, i) => ({ ...one, id: `r${i}` }));
    const store = { listAttempts: async () => rows } as unknown as Store;
    const started = performance.now();
    const { totals, byTrainee } = await new Reports(store).stats(hr, {});
    expect(totals.attempts).toBe(60_000);
    expect(byTrainee[0]!.attempts).toBe(60_000);
    // Copying each group's list on every row (quadratic) took tens of seconds here.
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
