import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inlineRunner, WorkerRunner } from '../../../server/app/engine-runner';
import type { AttemptState, Effect, EngineInput } from '../../../server/engine/state';
import { compile, start } from '../../../server/engine/step';
import { parseScenario } from '../../../server/scenarios/load';
import { scorer } from '../../../server/scoring';
import type { Turn } from '../../../server/scoring/types';
import { call, startTestApp } from '../../helpers/app';
import { settle } from '../../helpers/fake-clock';
import { hasChrt, linux, threadsOf, type ThreadSched } from '../../helpers/threads';
import { ROOT } from '../../helpers/cli';

const bundled = readdirSync(join(ROOT, 'scenarios'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parseScenario(readFileSync(join(ROOT, 'scenarios', f), 'utf8'), f).scenario!);

/** In a stand-in worker: the answer to request `r` that leaves the attempt's state unchanged. */
const UNCHANGED = '{ id: r.id, ok: true, result: { state: r.state, effects: [] } }';

/** A stand-in worker script (CommonJS) whose message handler is `body`, with `parentPort` in scope. */
function workerScript(name: string, body: string): string {
  const script = join(mkdtempSync(join(tmpdir(), 'sparring-worker-')), `${name}.cjs`);
  writeFileSync(script, `const { parentPort } = require('node:worker_threads');\n${body}`);
  return script;
}

describe('engine workers: the same pure engine and scorer, off the server thread', () => {
  let runner: WorkerRunner;
  const logs: string[] = [];
  beforeAll(() => {
    runner = new WorkerRunner(2, (m) => logs.push(m));
  });
  afterAll(() => runner.close());

  // Starting the workers and stepping every bundled test takes a few seconds; more on a busy host.
  test('every bundled scenario test plays and scores the same in a worker as inline', async () => {
    const inline = inlineRunner(scorer);
    let steps = 0;
    for (const scenario of bundled) {
      const playable = compile(scenario, scorer);
      for (const t of scenario.tests ?? []) {
        let { state }: { state: AttemptState } = start(playable, 1);
        const turns: Turn[] = [];
        for (const reply of t.agent) {
          const input: EngineInput =
            reply === '<silence>'
              ? { type: 'silence' }
              : { type: 'reply', text: reply, history: [...turns] };
          const here = await inline.step(playable, state, input);
          const there = await runner.step(playable, state, input);
          expect(there).toEqual(here);
          steps++;
          state = here.state;
          if (input.type === 'reply') turns.push({ role: 'agent', text: reply });
          for (const e of here.effects as Effect[])
            if (e.type === 'say') turns.push({ role: 'customer', text: e.text });
        }
        const transcript = { lang: scenario.language, turns, phrases: scenario.phrases };
        expect(await runner.scoreTranscript(transcript)).toEqual(
          await inline.scoreTranscript(transcript),
        );
      }
    }
    expect(steps).toBeGreaterThan(50);
  }, 60_000);

  test('a worker that dies fails its request with a clear error and is replaced', async () => {
    const playable = compile(bundled[0]!, scorer);
    const { state } = start(playable, 1);
    const input: EngineInput = { type: 'reply', text: 'Hello, how can I help?', history: [] };
    const workers = (runner as unknown as { workers: Array<{ worker: { terminate(): unknown } }> })
      .workers;
    const pending = Promise.all([
      runner.step(playable, state, input),
      runner.step(playable, state, input),
    ]);
    await Promise.all(workers.map((w) => w.worker.terminate()));
    await expect(pending).rejects.toThrow(/engine worker \(steps\) stopped/);
    expect(logs.join('\n')).toMatch(/starting a new worker/);
    // The replacement compiles the scenario afresh and answers as before.
    const again = await runner.step(playable, state, input);
    expect(again).toEqual(await inlineRunner(scorer).step(playable, state, input));
  });

  test('a request that cannot be copied to the worker fails alone; the scenario is sent again with the next one', async () => {
    const fresh = new WorkerRunner(1, () => undefined);
    try {
      const playable = compile(bundled[1]!, scorer);
      const { state } = start(playable, 1);
      const input: EngineInput = { type: 'reply', text: 'Hello, how can I help?', history: [] };
      const uncopyable = { ...state, extra: () => undefined } as unknown as AttemptState;
      await expect(fresh.step(playable, uncopyable, input)).rejects.toThrow(/could not be cloned/);
      expect(await fresh.step(playable, state, input)).toEqual(
        await inlineRunner(scorer).step(playable, state, input),
      );
    } finally {
      await fresh.close();
    }
  });

  test('a worker that stops answering (a bug looping forever) is stopped after the timeout and replaced', async () => {
    // Loops forever on the text "hang"; answers anything else with the state unchanged.
    const script = workerScript(
      'stuck-worker',
      `parentPort.on('message', (r) => {
  if (r.kind === 'step' && r.input.text === 'hang') for (;;);
  parentPort.postMessage(${UNCHANGED});
});
`,
    );
    const seen: string[] = [];
    const stuck = new WorkerRunner(1, (m) => seen.push(m), { script, timeoutMs: 300 });
    try {
      const playable = compile(bundled[0]!, scorer);
      const { state } = start(playable, 1);
      const started = performance.now();
      await expect(
        stuck.step(playable, state, { type: 'reply', text: 'hang', history: [] }),
      ).rejects.toThrow(/did not answer within 0.3 s and was stopped/);
      expect(performance.now() - started).toBeLessThan(5000);
      await settle(100);
      expect(seen.join('\n')).toMatch(/did not answer .*; starting a new worker/);
      const answered = await stuck.step(playable, state, {
        type: 'reply',
        text: 'hi',
        history: [],
      });
      expect(answered).toEqual({ state, effects: [] });
    } finally {
      await stuck.close();
    }
  });

  test('a burst of answers is handed on one per turn of the event loop, I/O in between', async () => {
    // Holds its answers until it has four, then sends them all at once (a worker catching up).
    const script = workerScript(
      'burst-worker',
      `const held = [];
parentPort.on('message', (r) => {
  held.push(${UNCHANGED});
  if (held.length === 4) for (const m of held.splice(0)) parentPort.postMessage(m);
});
`,
    );
    const burst = new WorkerRunner(1, () => undefined, { script });
    let turn = 0;
    let ticking = true;
    const tick = () => {
      turn++;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    try {
      const playable = compile(bundled[0]!, scorer);
      const { state } = start(playable, 1);
      const turns = await Promise.all(
        [1, 2, 3, 4].map((i) =>
          burst
            .step(playable, state, { type: 'reply', text: `r${i}`, history: [] })
            .then(() => turn),
        ),
      );
      // Settled all in the same turn, they would keep waiting trainees' messages unread meanwhile.
      expect(new Set(turns).size).toBe(4);
    } finally {
      ticking = false;
      await burst.close();
    }
  });

  test('an app with engine workers plays an attempt to its scorecard like one without', async () => {
    const results: unknown[] = [];
    for (const engineWorkers of [0, 1]) {
      const t = await startTestApp({ engineWorkers });
      try {
        const s = await t.socket(await t.createUser('wendy'));
        const started = await call<{ attempt: { id: string } }>(s, 'attempt:start', {
          scenarioId: 'en-double-charge',
          mode: 'coach',
          seed: 3,
        });
        const attemptId = started.attempt.id;
        const acks: unknown[] = [];
        for (const [i, text] of [
          "I'm so sorry about the double charge, that's really frustrating.",
          'I can see both charges; I have started a refund of the duplicate, it will be back on your card within 3 business days.',
          'Is there anything else I can help you with today?',
        ].entries()) {
          const ack = await call<{ ok: boolean; scores: unknown }>(s, 'agent:message', {
            attemptId,
            text,
            clientId: `c${i}`,
          });
          expect(ack.ok).toBe(true);
          acks.push(ack.scores);
          await settle();
        }
        const closed = await call<{ ok: boolean; result: { scores: unknown; findings: unknown } }>(
          s,
          'attempt:close',
          { attemptId },
        );
        expect(closed.ok).toBe(true);
        results.push({ acks, scores: closed.result.scores, findings: closed.result.findings });
      } finally {
        await t.close();
      }
    }
    expect(results[0]).toMatchObject({
      acks: [expect.anything(), expect.anything(), expect.anything()],
    });
    expect(results[1]).toEqual(results[0]);
  });

  /**
   * Threads started since `before` that match: counted by thread id, so a worker of an earlier test
   * that ends meanwhile does not change the count.
   */
  const started = (before: ReadonlyMap<number, unknown>, match: (t: ThreadSched) => boolean) =>
    [...threadsOf()].filter(([tid, t]) => !before.has(tid) && match(t)).length;

  /** Asks one step and one transcript of a fresh runner, so its two workers have loaded. */
  async function warm(r: WorkerRunner): Promise<void> {
    const playable = compile(bundled[0]!, scorer);
    const input: EngineInput = { type: 'reply', text: 'Hello, how can I help?', history: [] };
    await r.step(playable, start(playable, 1).state, input);
    await r.scoreTranscript({ lang: 'en', turns: [{ role: 'agent', text: 'Hello' }] });
  }

  (linux ? test : test.skip)(
    'workers run at nice 10 by default, at their own priority with "normal"',
    async () => {
      for (const [priority, more] of [
        [undefined, 2],
        ['normal', 0],
      ] as const) {
        const before = threadsOf();
        const runner = new WorkerRunner(1, () => undefined, priority ? { priority } : {});
        try {
          await warm(runner);
          // One steps worker and the scoring lane.
          expect(started(before, (t) => t.policy === 0 && t.nice === 10)).toBe(more);
          expect(started(before, (t) => t.policy === 5)).toBe(0);
        } finally {
          await runner.close();
        }
      }
    },
  );

  (linux && hasChrt ? test : test.skip)(
    'with "idle" they run in the SCHED_IDLE class: any thread of the normal class takes the core from them',
    async () => {
      const before = threadsOf();
      const idle = new WorkerRunner(1, () => undefined, { priority: 'idle' });
      try {
        await warm(idle);
        expect(started(before, (t) => t.policy === 5)).toBe(2);
      } finally {
        await idle.close();
      }
    },
  );

  test('a worker that answers slowly but steadily is not stopped, though its queue waits longer than the timeout', async () => {
    // Every answer takes 100 ms of work, as on a machine whose cores are busy with something else.
    const script = workerScript(
      'slow-worker',
      `parentPort.on('message', (r) => {
  const until = Date.now() + 100;
  while (Date.now() < until);
  parentPort.postMessage(${UNCHANGED});
});
`,
    );
    const seen: string[] = [];
    const slow = new WorkerRunner(1, (m) => seen.push(m), { script, timeoutMs: 300 });
    try {
      const playable = compile(bundled[0]!, scorer);
      const { state } = start(playable, 1);
      const started = performance.now();
      // Eight at once: the last is answered ~800 ms after it was sent, answers coming every 100 ms.
      const answers = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          slow.step(playable, state, { type: 'reply', text: `reply ${i}`, history: [] }),
        ),
      );
      expect(performance.now() - started).toBeGreaterThan(600);
      expect(answers).toEqual(Array.from({ length: 8 }, () => ({ state, effects: [] })));
      expect(seen.join('\n')).not.toMatch(/did not answer/);
    } finally {
      await slow.close();
    }
  });
});
