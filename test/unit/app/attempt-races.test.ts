/**
 * The attempt service when operations overlap: a silence due while a reply is on its way, a worker
 * dying while it answers, an HTTP read racing a write, a close the disk refuses. Nothing
 * acknowledged is lost, no customer line is ever taken for the trainee's reply, a closed chat
 * stays closed.
 */
import type { Notifier } from '../../../server/app/attempts';
import { inlineRunner, type EngineRunner } from '../../../server/app/engine-runner';
import { ScenarioLibrary } from '../../../server/app/library';
import { scorer } from '../../../server/scoring';
import { MemoryStore } from '../../../server/store/memory-store';
import type { AttemptRecord, UserRecord } from '../../../server/store/port';
import { FakeClock, settle } from '../../helpers/fake-clock';
import { attemptService, bundledLibrary, trainee } from '../../helpers/attempt-service';

const admin: UserRecord = { ...trainee, id: 'a1', username: 'admin', role: 'admin' };
const GOOD = "I'm sorry about the double charge; let me look at your account right away.";

let library: ScenarioLibrary;
beforeAll(async () => {
  library = await bundledLibrary();
});

/** An engine that records what it was asked and can be told to fail its next step. */
function recordingEngine() {
  const inner = inlineRunner(scorer);
  const inputs: string[] = [];
  let failNext = false;
  const engine: EngineRunner = {
    ...inner,
    step: async (playable, state, input) => {
      inputs.push(input.type === 'reply' ? `reply:${input.text}` : input.type);
      if (failNext) {
        failNext = false;
        throw new Error('engine worker (steps) stopped (exit code 1)');
      }
      return inner.step(playable, state, input);
    },
  };
  return { engine, inputs, failNextStep: () => (failNext = true) };
}

/** A store whose next read can be held up after it has taken its copy (a slow disk). */
function slowReadStore() {
  const store = new MemoryStore();
  const read = store.getAttempt.bind(store);
  let gate: Promise<void> | null = null;
  store.getAttempt = async (id: string) => {
    const copy = await read(id);
    const held = gate;
    gate = null;
    if (held) await held;
    return copy;
  };
  return {
    store,
    stored: (id: string) => read(id) as Promise<AttemptRecord>,
    holdNextRead: () => {
      let release!: () => void;
      gate = new Promise<void>((r) => (release = r));
      return release;
    },
  };
}

function build(store: MemoryStore, options: { engine?: EngineRunner; delays?: boolean } = {}) {
  const clock = new FakeClock();
  const events: Array<{ type: string; text?: string }> = [];
  const notifier: Notifier = {
    typing: () => events.push({ type: 'typing' }),
    message: (_, m) => events.push({ type: 'message', text: m.text }),
    ended: () => events.push({ type: 'ended' }),
  };
  const service = attemptService(library, store, { clock, notifier, ...options });
  return { service, clock, events };
}

describe('attempt service: overlapping operations', () => {
  test('exam mode: a silence due while a reply is being stored never happens, and the reply is answered', async () => {
    const { engine, inputs } = recordingEngine();
    const store = new MemoryStore();
    const { service, clock } = build(store, { engine });
    const a = await service.start(trainee, {
      scenarioId: 'en-double-charge',
      mode: 'exam',
      seed: 2,
    });
    const due = (await store.getAttempt(a.id))!.silenceDueAt!;
    await clock.advance(due - clock.now() - 1);
    const replied = service.reply(trainee, { attemptId: a.id, text: GOOD, clientId: 'c1' });
    const passed = clock.advance(1); // the silence timer fires while the reply is in flight
    await replied;
    await passed;
    await settle();
    expect(inputs).toEqual([`reply:${GOOD}`]);
    expect((await store.getAttempt(a.id))!.messages.map((m) => m.role)).toEqual([
      'customer',
      'agent',
      'customer',
    ]);
  });

  test('exam mode: when the worker dies answering an acknowledged reply, it is answered a moment later; no customer line is ever taken for a reply', async () => {
    const { engine, inputs, failNextStep } = recordingEngine();
    const store = new MemoryStore();
    const { service, clock, events } = build(store, { engine });
    const a = await service.start(trainee, {
      scenarioId: 'en-double-charge',
      mode: 'exam',
      seed: 2,
    });
    await clock.advance(10_000);
    failNextStep();
    const ack = await service.reply(trainee, { attemptId: a.id, text: GOOD, clientId: 'c1' });
    expect(ack.message.text).toBe(GOOD);
    await settle();
    await clock.advance(1_000); // the first retry
    await settle();
    expect(inputs).toEqual([`reply:${GOOD}`, `reply:${GOOD}`]);
    expect(events.filter((e) => e.type === 'message')).toHaveLength(1); // the answer
    await clock.advance(60_000);
    await service.reply(trainee, { attemptId: a.id, text: 'Are you still there?', clientId: 'c2' });
    await settle();
    const customer = (await store.getAttempt(a.id))!.messages
      .filter((m) => m.role === 'customer')
      .map((m) => `reply:${m.text}`);
    expect(inputs.filter((i) => customer.includes(i))).toEqual([]);
  });

  test('an HTTP read racing a reply does not put its older copy back: the acknowledged message stays', async () => {
    const { engine, failNextStep } = recordingEngine();
    const { store, stored, holdNextRead } = slowReadStore();
    const { service } = build(store, { engine });
    const a = await service.start(trainee, {
      scenarioId: 'en-double-charge',
      mode: 'coach',
      seed: 2,
    });
    failNextStep(); // the reply fails, and the service lets go of its copy
    await expect(
      service.reply(trainee, { attemptId: a.id, text: GOOD, clientId: 'c1' }),
    ).rejects.toThrow();
    const release = holdNextRead();
    const read = service.get(trainee, a.id); // the page reloads, and the store is slow
    await settle(5);
    const retried = service.reply(trainee, { attemptId: a.id, text: GOOD, clientId: 'c1' });
    await settle(5);
    release();
    await read;
    expect((await retried).message.text).toBe(GOOD);
    await service.reply(trainee, {
      attemptId: a.id,
      text: 'Let me check the order number for you.',
      clientId: 'c2',
    });
    const ids = (await stored(a.id)).messages.map((m) => m.clientId).filter(Boolean);
    expect(ids).toEqual(['c1', 'c2']);
  });

  test('an HTTP read racing a close does not reopen the chat: a late message is refused and the result stays', async () => {
    const { engine, failNextStep } = recordingEngine();
    const { store, stored, holdNextRead } = slowReadStore();
    const { service } = build(store, { engine });
    const a = await service.start(trainee, {
      scenarioId: 'en-double-charge',
      mode: 'coach',
      seed: 2,
    });
    await service.reply(trainee, { attemptId: a.id, text: GOOD, clientId: 'c1' });
    failNextStep();
    await expect(
      service.reply(trainee, { attemptId: a.id, text: 'Let me check.', clientId: 'c2' }),
    ).rejects.toThrow();
    const release = holdNextRead();
    const read = service.get(admin, a.id); // a trainer's review page
    await settle(5);
    const closed = service.close(trainee, a.id);
    await settle(5);
    release();
    await read;
    expect((await closed).scores).toBeDefined();
    await expect(
      service.reply(trainee, { attemptId: a.id, text: 'one more thing', clientId: 'late' }),
    ).rejects.toMatchObject({ code: 'attempt_closed' });
    const record = await stored(a.id);
    expect(record.status).toBe('closed');
    expect(record.result).toBeDefined();
  });

  test('a close the disk refuses leaves the chat going: the line being typed still arrives', async () => {
    const store = new MemoryStore();
    const put = store.putAttempt.bind(store);
    let refuse = false;
    store.putAttempt = async (record) => {
      if (refuse) {
        refuse = false;
        throw new Error('EIO: i/o error');
      }
      return put(record);
    };
    const { service, clock, events } = build(store, { delays: true });
    const a = await service.start(trainee, {
      scenarioId: 'en-double-charge',
      mode: 'coach',
      seed: 2,
    });
    await clock.advance(10_000);
    await service.reply(trainee, { attemptId: a.id, text: GOOD, clientId: 'c1' });
    const before = events.length;
    refuse = true;
    await expect(service.close(trainee, a.id)).rejects.toMatchObject({
      code: 'storage_unavailable',
    });
    expect((await store.getAttempt(a.id))!.status).not.toBe('closed');
    await clock.advance(120_000);
    expect(events.slice(before).filter((e) => e.type === 'message').length).toBeGreaterThan(0);
  });
});
