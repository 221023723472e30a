import { call, startTestApp, type TestApp } from '../../helpers/app';

type Ack = { ok: boolean; error?: { code: string; message: string }; attempt?: { id: string } };

describe('socket: bad input, foreign attempts and floods are refused and change nothing', () => {
  let t: TestApp;
  let tina: string;
  let tom: string;
  let attemptId: string;
  beforeAll(async () => {
    t = await startTestApp();
    tina = await t.createUser('tina2');
    tom = await t.createUser('tom2');
    const s = await t.socket(tina);
    attemptId = (
      await call<Ack>(s, 'attempt:start', {
        scenarioId: 'en-double-charge',
        mode: 'coach',
        seed: 1,
      })
    ).attempt!.id;
  });
  afterAll(() => t.close());

  test.each([
    ['attempt:start', { scenarioId: 42, mode: 'coach' }, 'bad_request'],
    ['attempt:start', { scenarioId: 'en-double-charge', mode: 'party' }, 'bad_request'],
    ['attempt:start', { scenarioId: 'nope', mode: 'coach' }, 'not_found'],
    ['attempt:start', null, 'bad_request'],
    ['attempt:start', 'a string', 'bad_request'],
    [
      'attempt:start',
      { scenarioId: 'en-double-charge', mode: 'coach', __proto__: { admin: true }, extra: 1 },
      'bad_request',
    ],
    ['attempt:resume', { attemptId: 'no-such-attempt' }, 'not_found'],
    ['attempt:resume', { attemptId: '../../etc/passwd' }, 'not_found'],
    ['agent:message', { attemptId: 'x', text: 7 }, 'bad_request'],
    ['agent:message', { text: 'hello' }, 'bad_request'],
    ['agent:action', { attemptId: 'x', action: {} }, 'bad_request'],
    ['attempt:close', {}, 'bad_request'],
  ])('%s %j → %s', async (event, payload, code) => {
    const s = await t.socket(tina);
    const r = await call<Ack>(s, event as 'attempt:start', payload);
    expect(r).toMatchObject({ ok: false, error: { code } });
    expect(typeof r.error!.message).toBe('string');
    s.disconnect();
  });

  test('a 1 MB message is refused with too_long and is not stored', async () => {
    const s = await t.socket(tina);
    const r = await call<Ack>(s, 'agent:message', { attemptId, text: 'x'.repeat(1_000_000) });
    expect(r).toMatchObject({ ok: false, error: { code: 'too_long' } });
    const resumed = await call<Ack & { attempt: { messages: unknown[] } }>(s, 'attempt:resume', {
      attemptId,
    });
    expect(resumed.attempt.messages).toHaveLength(1);
    s.disconnect();
  });

  test('empty and unknown-action messages are refused', async () => {
    const s = await t.socket(tina);
    expect(await call<Ack>(s, 'agent:message', { attemptId, text: '   ' })).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
    expect(
      await call<Ack>(s, 'agent:action', { attemptId, action: 'launch-rockets' }),
    ).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    // In a scenario that has actions, names every object inherits are not among them either,
    // and nothing is stored for them.
    const withActions = (
      await call<Ack>(s, 'attempt:start', {
        scenarioId: 'en-suspected-fraud-handover',
        mode: 'coach',
        seed: 1,
      })
    ).attempt!.id;
    for (const action of ['__proto__', 'constructor', 'toString', 'hasOwnProperty'])
      expect(await call<Ack>(s, 'agent:action', { attemptId: withActions, action })).toMatchObject({
        ok: false,
        error: { code: 'bad_request' },
      });
    const { attempt } = await call<{ attempt: { messages: unknown[] } }>(s, 'attempt:resume', {
      attemptId: withActions,
    });
    expect(attempt.messages).toHaveLength(1);
    s.disconnect();
  });

  test("another trainee's attempt does not exist for them, for every event", async () => {
    const s = await t.socket(tom);
    for (const [event, payload] of [
      ['attempt:resume', { attemptId }],
      ['agent:message', { attemptId, text: 'hi' }],
      ['agent:action', { attemptId, action: 'x' }],
      ['attempt:close', { attemptId }],
    ] as const) {
      expect(await call<Ack>(s, event, payload)).toMatchObject({
        ok: false,
        error: { code: 'not_found' },
      });
    }
    const res = await fetch(`${t.url}/api/attempts/${attemptId}`, { headers: { cookie: tom } });
    expect(res.status).toBe(404);
    s.disconnect();
  });

  test('a flood from one socket is rate limited, and the server keeps serving', async () => {
    const s = await t.socket(tina);
    const results = await Promise.all(
      Array.from({ length: 60 }, () => call<Ack>(s, 'attempt:resume', { attemptId })),
    );
    expect(results.some((r) => r.error?.code === 'rate_limited')).toBe(true);
    expect(results.filter((r) => r.ok).length).toBeGreaterThan(0);
    const other = await t.socket(tina);
    expect((await call<Ack>(other, 'attempt:resume', { attemptId })).ok).toBe(true);
  });

  test('an event without an acknowledgement callback does not crash the server', async () => {
    const s = await t.socket(tina);
    const raw = s as unknown as { emit: (event: string, ...args: unknown[]) => void };
    raw.emit('agent:message', { attemptId, text: 'no ack here' });
    raw.emit('attempt:start');
    raw.emit('no:such:event', { x: 1 });
    const res = await fetch(`${t.url}/health`);
    expect(await res.json()).toEqual({ ok: true });
  });
});
