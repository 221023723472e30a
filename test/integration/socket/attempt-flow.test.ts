import { call, recorder, startTestApp, type TestApp } from '../../helpers/app';
import { settle } from '../../helpers/fake-clock';

type Ack = { ok: boolean; error?: { code: string; message: string }; [k: string]: unknown };

describe('socket: an attempt from start to scorecard', () => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await startTestApp();
    cookie = await t.createUser('tina');
  });
  afterAll(() => t.close());

  test('a connection without a session cookie is refused', async () => {
    await expect(t.socket()).rejects.toThrow('unauthorized');
    await expect(t.socket('sparring_session=forged')).rejects.toThrow('unauthorized');
  });

  test('start → reply → customer answers → ending → close with scores', async () => {
    const s = await t.socket(cookie);
    const events = recorder(s);
    const started = await call<
      Ack & {
        attempt: {
          id: string;
          scenario: { id: string };
          messages: Array<{ role: string; text: string }>;
        };
      }
    >(s, 'attempt:start', { scenarioId: 'en-double-charge', mode: 'coach', seed: 1 });
    expect(started.ok).toBe(true);
    const { attempt } = started;
    expect(attempt.scenario.id).toBe('en-double-charge');
    expect(attempt.messages).toHaveLength(1);
    expect(attempt.messages[0]!.role).toBe('customer');

    const reply = await call<
      Ack & {
        message: { id: string; text: string };
        scores: { patience: number; findings: unknown[] };
      }
    >(s, 'agent:message', {
      attemptId: attempt.id,
      text: "I'm sorry, that looks like two charges. Let me check.",
      clientId: 'c1',
    });
    expect(reply.ok).toBe(true);
    expect(reply.message.text).toMatch(/two charges/);
    expect(typeof reply.scores.patience).toBe('number');
    await settle();
    expect(events.some((e) => e.event === 'customer:message')).toBe(true);
    expect(events.find((e) => e.event === 'customer:typing')).toBeDefined();

    const closed = await call<
      Ack & { result: { outcome: string; scores: Record<string, number | null> } }
    >(s, 'attempt:close', { attemptId: attempt.id });
    expect(closed.ok).toBe(true);
    expect(Object.keys(closed.result.scores).sort()).toEqual([
      'closure',
      'overall',
      'patience',
      'positive_phrasing',
    ]);
    expect(closed.result).toMatchObject({ closedEarly: true, outcome: 'failure' });

    const after = await call<Ack>(s, 'agent:message', { attemptId: attempt.id, text: 'hello?' });
    expect(after).toMatchObject({ ok: false, error: { code: 'attempt_closed' } });
  });

  test('a scripted success reaches its ending, emits attempt:ended and closes with the ending', async () => {
    const s = await t.socket(cookie);
    const events = recorder(s);
    const { attempt } = await call<Ack & { attempt: { id: string } }>(s, 'attempt:start', {
      scenarioId: 'en-double-charge',
      mode: 'exam',
      seed: 1,
    });
    const { parseScenario } = await import('../../../server/scenarios/load');
    const { readFileSync } = await import('node:fs');
    const scenario = parseScenario(
      readFileSync('scenarios/en-double-charge.yaml', 'utf8'),
      'x',
    ).scenario!;
    const test = scenario.tests!.find(
      (x) =>
        x.expect.outcome === 'success' ||
        scenario.endings[x.expect.ending ?? '']?.outcome === 'success',
    )!;
    for (const [i, text] of test.agent.entries()) {
      const r = await call<Ack>(s, 'agent:message', {
        attemptId: attempt.id,
        text,
        clientId: `m${i}`,
      });
      expect(r.ok).toBe(true);
      expect(r.scores).toBeUndefined(); // exam mode: no live feedback
    }
    await settle();
    const ended = events.find((e) => e.event === 'attempt:ended');
    expect(ended?.payload).toMatchObject({ attemptId: attempt.id, outcome: 'success' });
    const closed = await call<
      Ack & { result: { outcome: string; ending: string; closedEarly: boolean } }
    >(s, 'attempt:close', { attemptId: attempt.id });
    expect(closed.result).toMatchObject({
      outcome: 'success',
      ending: ended!.payload.ending,
      closedEarly: false,
    });
    expect(
      events.every(
        (e) =>
          e.event !== 'customer:message' ||
          (e.payload.message as { mood?: number }).mood === undefined,
      ),
    ).toBe(true);
  });

  test('a repeated clientId is stored once; resume returns every message in order', async () => {
    const s = await t.socket(cookie);
    const { attempt } = await call<Ack & { attempt: { id: string } }>(s, 'attempt:start', {
      scenarioId: 'en-login-after-update',
      mode: 'coach',
    });
    const first = await call<Ack & { message: { id: string } }>(s, 'agent:message', {
      attemptId: attempt.id,
      text: 'Hi Sam, I can help with that.',
      clientId: 'dup-1',
    });
    const again = await call<Ack & { message: { id: string } }>(s, 'agent:message', {
      attemptId: attempt.id,
      text: 'Hi Sam, I can help with that.',
      clientId: 'dup-1',
    });
    expect(again.message.id).toBe(first.message.id);
    s.disconnect();

    const s2 = await t.socket(cookie);
    const resumed = await call<
      Ack & {
        attempt: { messages: Array<{ id: string; seq: number; role: string; clientId?: string }> };
      }
    >(s2, 'attempt:resume', { attemptId: attempt.id });
    const mine = resumed.attempt.messages.filter((m) => m.clientId === 'dup-1');
    expect(mine).toHaveLength(1);
    const seqs = resumed.attempt.messages.map((m) => m.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(resumed.attempt.messages.map((m) => m.id)).size).toBe(
      resumed.attempt.messages.length,
    );
  });

  test('silence: after persona.patience seconds the customer speaks up, on the fake clock', async () => {
    const s = await t.socket(cookie);
    const events = recorder(s);
    const { attempt } = await call<Ack & { attempt: { id: string } }>(s, 'attempt:start', {
      scenarioId: 'en-double-charge',
      mode: 'coach',
      seed: 2,
    });
    await t.clock.advance(5_000);
    expect(events.filter((e) => e.event === 'customer:message')).toHaveLength(0);
    await t.clock.advance(10 * 60_000);
    const lines = events.filter((e) => e.event === 'customer:message');
    expect(lines.length).toBeGreaterThanOrEqual(1);
    expect((lines[0]!.payload as { attemptId: string }).attemptId).toBe(attempt.id);
  });

  test('customer typing delays run on the clock when enabled', async () => {
    const delayed = await startTestApp({ delays: true });
    try {
      const c = await delayed.createUser('dora');
      const s = await delayed.socket(c);
      const events = recorder(s);
      const started = await call<Ack & { attempt: { id: string; messages: unknown[] } }>(
        s,
        'attempt:start',
        { scenarioId: 'en-double-charge', mode: 'coach', seed: 1 },
      );
      expect(started.attempt.messages).toHaveLength(0); // the opening line is still being typed
      await settle();
      expect(events.map((e) => e.event)).toEqual(['customer:typing']);
      await delayed.clock.advance(10_000);
      expect(events.map((e) => e.event)).toEqual(['customer:typing', 'customer:message']);
    } finally {
      await delayed.close();
    }
  });
});
