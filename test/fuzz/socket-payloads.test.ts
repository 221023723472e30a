import { call, startTestApp, type TestApp } from '../helpers/app';
import { Prng } from '../helpers/prng';

const EVENTS = [
  'attempt:start',
  'attempt:resume',
  'agent:message',
  'agent:action',
  'attempt:close',
] as const;
const SEED = 20261123;
const RUNS = 400;

/** Malformed, hostile and random payloads: every one gets a clean `{ok: false, error}` or a success. */
describe('fuzz: socket payloads', () => {
  let t: TestApp;
  let cookie: string;
  let attemptId: string;
  beforeAll(async () => {
    t = await startTestApp();
    cookie = await t.createUser('fuzzy');
    const s = await t.socket(cookie);
    attemptId = (
      await call<{ attempt: { id: string } }>(s, 'attempt:start', {
        scenarioId: 'en-double-charge',
        mode: 'coach',
        seed: 1,
      })
    ).attempt.id;
    s.disconnect();
  });
  afterAll(() => t.close());

  test(`${RUNS} seeded random payloads never crash the server, pollute prototypes, or break the contract`, async () => {
    const rng = new Prng(SEED);
    const value = (depth = 0): unknown => {
      switch (rng.int(depth > 2 ? 7 : 10)) {
        case 0:
          return null;
        case 1:
          return rng.int(2) ? rng.next() * 1e12 - 5e11 : -0;
        case 2:
          return rng.text(40);
        case 3:
          return rng.int(2) === 0;
        case 4:
          return 'x'.repeat(rng.pick([0, 1, 4000, 4001, 100_000]));
        case 5:
          return attemptId;
        case 6:
          return rng.pick([
            'coach',
            'exam',
            'en-double-charge',
            '../../etc/passwd',
            '__proto__',
            'constructor',
          ]);
        case 7:
          return Array.from({ length: rng.int(5) }, () => value(depth + 1));
        default: {
          const o: Record<string, unknown> = {};
          for (const k of [
            'scenarioId',
            'mode',
            'seed',
            'attemptId',
            'text',
            'clientId',
            'action',
            rng.text(6),
          ])
            if (rng.int(2)) o[k] = value(depth + 1);
          return o;
        }
      }
    };
    let s = await t.socket(cookie);
    const started = Date.now();
    for (let i = 0; i < RUNS; i++) {
      // A fresh connection now and then: each has its own rate limit, tested elsewhere.
      if (i % 15 === 14) {
        s.disconnect();
        s = await t.socket(cookie);
      }
      const event = rng.pick(EVENTS);
      // Prototype-pollution keys arrive as own properties through JSON, exactly as from a hostile client.
      const payload =
        rng.int(8) === 0
          ? JSON.parse(
              '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "attemptId": 1}',
            )
          : value();
      const ack = (await call<{ ok: unknown; error?: { code: unknown; message: unknown } }>(
        s,
        event,
        payload,
      ).catch((e: Error) => ({ ok: 'timeout', error: { code: e.message, message: '' } }))) as {
        ok: unknown;
        error?: { code: unknown; message: unknown };
      };
      if (ack.ok === false) {
        expect(typeof ack.error?.code).toBe('string');
        expect(typeof ack.error?.message).toBe('string');
        expect(ack.error?.code).not.toBe('internal');
      } else if (ack.ok !== true) {
        throw new Error(`event ${i} (${event}) got ${JSON.stringify(ack).slice(0, 200)}`);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await fetch(`${t.url}/health`)).status).toBe(200);
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 90_000);
});
