import { parseFilter } from '../../../server/app/attempt-filter';
import { readiness, Reports } from '../../../server/app/reports';
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

describe('who is ready for live queues', () => {
  let n = 0;
  const exam = (o: {
    scenario?: string;
    overall?: number;
    outcome?: 'success' | 'failure';
    mode?: 'exam' | 'coach';
    closedEarly?: boolean;
    override?: number;
  }) => {
    const a = reportedAttempt({ createdAt: T + ++n * 60 * S });
    a.mode = o.mode ?? 'exam';
    a.scenarioId = o.scenario ?? 'sc-a';
    a.result!.scores.overall = o.overall ?? 80;
    a.result!.outcome = o.outcome ?? 'success';
    a.state.outcome = o.outcome ?? 'success';
    if (o.closedEarly) a.result!.closedEarly = true;
    if (o.override !== undefined)
      a.override = { scores: { overall: o.override }, reason: 'checked', author: 'tara', at: '' };
    return summarize(a);
  };

  test('three satisfied exams at 75+ across two scenarios: ready', () => {
    const r = readiness('ann', [exam({}), exam({ scenario: 'sc-b' }), exam({ overall: 75 })]);
    expect(r).toMatchObject({ ready: true, gaps: [] });
    expect(r.recent).toHaveLength(3);
  });

  test('each missing condition is named, with what is missing', () => {
    expect(readiness('ann', [exam({}), exam({ mode: 'coach' })]).gaps).toEqual([
      { code: 'few-exams', have: 1, need: 3 },
      { code: 'few-scenarios', have: 1, need: 2 },
    ]);
    const r = readiness('ann', [
      exam({ scenario: 'sc-b' }),
      exam({ overall: 60 }),
      exam({ outcome: 'failure' }),
      exam({ closedEarly: true }),
    ]);
    expect(r.ready).toBe(false);
    expect(r.gaps).toEqual([
      { code: 'low-score', count: 1, score: 75 },
      { code: 'not-resolved', count: 1 },
    ]);
  });

  test('the latest exams count, and a trainer’s override is the score', () => {
    const old = [exam({ overall: 40 }), exam({ overall: 40 })];
    const recent = [exam({ scenario: 'sc-b' }), exam({}), exam({ overall: 70, override: 80 })];
    expect(readiness('ann', [...old, ...recent]).ready).toBe(true);
    expect(
      readiness('ann', [...recent, exam({ scenario: 'sc-b', overall: 90, override: 50 })], {
        exams: 3,
        score: 75,
        scenarios: 2,
      }).gaps,
    ).toEqual([{ code: 'low-score', count: 1, score: 75 }]);
  });

  test('the stats carry the rule and a verdict per trainee', async () => {
    const store = new MemoryStore();
    const a = reportedAttempt({ createdAt: T });
    await store.putAttempt(a);
    const stats = await new Reports(store, { exams: 1, score: 50, scenarios: 1 }).stats(hr, {});
    expect(stats.readinessRule).toEqual({ exams: 1, score: 50, scenarios: 1 });
    expect(stats.readiness).toEqual([
      expect.objectContaining({ username: 'ann', ready: true, gaps: [] }),
    ]);
  });
});
