import { busyRecorder, gcRecorder } from '../../../server/http/metrics';
import { call, startTestApp, type TestApp } from '../../helpers/app';

type Metrics = {
  ok: boolean;
  eventLoopDelayMs: { p50: number; p99: number; max: number };
  serverAckMs: { p50: number; p99: number; max: number };
  gc: { pauseMsPerSecond: number; pauses: number; maxMs: number };
  busy: number;
  rss: number;
  sockets: number;
};

describe('benchmark metrics (SPARRING_METRICS=on): admin only, and what they report', () => {
  let t: TestApp;
  const cookies: Record<string, string | undefined> = {};

  beforeAll(async () => {
    t = await startTestApp({ metrics: true });
    cookies.admin = await t.login('admin', 'admin-pass-123');
    cookies.trainee = await t.createUser('tess');
    cookies.trainer = await t.createUser('tom', 'trainer');
    cookies.hr = await t.createUser('harriet', 'hr');
    cookies.anonymous = undefined;
  });
  afterAll(() => t.close());

  test.each([
    ['GET', '/api/metrics'],
    ['POST', '/api/metrics/reset'],
    ['POST', '/api/metrics/gc'],
  ])('%s %s: 401 without a session, 403 for every role but admin', async (method, path) => {
    const got: Record<string, number> = {};
    for (const [who, cookie] of Object.entries(cookies)) {
      const res = await fetch(`${t.url}${path}`, {
        method,
        headers: cookie ? { cookie } : {},
      });
      got[who] = res.status;
      await res.arrayBuffer();
    }
    expect(got).toEqual({ admin: 200, trainee: 403, trainer: 403, hr: 403, anonymous: 401 });
  });

  test('acknowledgement times, event-loop delay and GC pauses of the measured window', async () => {
    const get = async () =>
      (await (
        await fetch(`${t.url}/api/metrics`, { headers: { cookie: cookies.admin! } })
      ).json()) as Metrics;
    await fetch(`${t.url}/api/metrics/reset`, {
      method: 'POST',
      headers: { cookie: cookies.admin! },
    });
    expect((await get()).serverAckMs.max).toBe(0);
    const s = await t.socket(cookies.trainee);
    const { attempt } = await call<{ attempt: { id: string } }>(s, 'attempt:start', {
      scenarioId: 'en-double-charge',
      mode: 'exam',
      seed: 1,
    });
    await call(s, 'agent:message', { attemptId: attempt.id, text: 'Let me check that for you.' });
    const m = await get();
    expect(m.ok).toBe(true);
    expect(m.serverAckMs.p50).toBeGreaterThan(0);
    expect(m.sockets).toBeGreaterThanOrEqual(1);
    expect(m.gc.pauses).toBeGreaterThanOrEqual(0);
    expect(m.gc.pauseMsPerSecond).toBeGreaterThanOrEqual(0);
    expect(m.busy).toBeGreaterThan(0);
    expect(m.busy).toBeLessThanOrEqual(1);
    s.disconnect();
  });

  test('without the setting there is no metrics route', async () => {
    const plain = await startTestApp();
    try {
      const cookie = await plain.login('admin', 'admin-pass-123');
      const res = await fetch(`${plain.url}/api/metrics`, { headers: { cookie } });
      expect(res.status).toBe(404);
    } finally {
      await plain.close();
    }
  });
});

describe('GC recorder', () => {
  test('counts the pauses of this thread, per second of the window, until reset', async () => {
    let clock = 0;
    const gc = gcRecorder(() => clock);
    try {
      // Enough short-lived garbage for several young-generation collections.
      let batch: Array<{ i: number }> = [];
      let made = 0;
      for (let i = 0; i < 2_000_000; i++) {
        batch.push({ i });
        if (batch.length === 1000) {
          made += batch.length;
          batch = [];
        }
      }
      expect(made).toBe(2_000_000);
      await new Promise((r) => setTimeout(r, 50)); // observers are told asynchronously
      clock = 2000;
      const seen = gc.snapshot();
      expect(seen.pauses).toBeGreaterThan(0);
      expect(seen.maxMs).toBeGreaterThan(0);
      expect(seen.pauseMsPerSecond).toBeGreaterThan(0);
      gc.reset();
      expect(gc.snapshot()).toEqual({ pauseMsPerSecond: 0, pauses: 0, maxMs: 0 });
    } finally {
      gc.stop();
    }
  });
});

describe('busy recorder', () => {
  test('tells the share of the time the event loop ran code since the reset', async () => {
    const busy = busyRecorder();
    const until = performance.now() + 60;
    while (performance.now() < until); // 60 ms of running code, no waiting
    const working = busy.snapshot();
    expect(working).toBeGreaterThan(0.5);
    busy.reset();
    await new Promise((r) => setTimeout(r, 120)); // mostly waiting
    const idle = busy.snapshot();
    expect(idle).toBeLessThan(working);
    expect(idle).toBeGreaterThanOrEqual(0);
  });
});
