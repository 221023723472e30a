/**
 * Where the engine and the scorer run. They are pure and CPU-bound: on the server's own thread,
 * every reply's scoring holds up the acknowledgements of every other trainee. With workers, the
 * server thread only does I/O (sockets, the journal) and the worker threads do the thinking; the
 * results are the same, because the work is the same pure functions.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { step, type Playable } from '../engine/step';
import type { AttemptState, EngineInput, StepResult } from '../engine/state';
import type { Scenario } from '../scenarios/schema';
import type { Scorer, TranscriptInput, TranscriptScore } from '../scoring/types';
import { StringPool } from './string-pool';
import type { WorkerPriority } from './thread-priority';

export interface EngineRunner {
  step(playable: Playable, state: AttemptState, input: EngineInput): Promise<StepResult>;
  scoreTranscript(input: TranscriptInput): Promise<TranscriptScore>;
  close(): Promise<void>;
}

/** On the calling thread: for tests, the CLI and small installs. */
export function inlineRunner(scorer: Scorer): EngineRunner {
  return {
    step: async (playable, state, input) => step(playable, state, input),
    scoreTranscript: async (input) => scorer.scoreTranscript(input),
    close: async () => undefined,
  };
}

/** Worker threads for a server: one fewer than the cores (at least one), at most four. */
export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

/** What the server thread sends a worker; `scenario` goes with the first use of each `key`. */
export type WorkerRequest =
  | {
      id: number;
      kind: 'step';
      key: number;
      scenario?: Scenario;
      state: AttemptState;
      input: EngineInput;
    }
  | { id: number; kind: 'transcript'; input: TranscriptInput };

export type WorkerResponse =
  | { id: number; ok: true; result: StepResult | TranscriptScore }
  | { id: number; ok: false; error: string };

interface Pending {
  resolve: (value: never) => void;
  reject: (error: Error) => void;
  /** performance.now() when the request was sent. */
  sentAt: number;
  /** What was asked: the answer's strings are swapped for the pool's copies by its shape. */
  kind: WorkerRequest['kind'];
}

/** What a worker thread is started with. */
export interface WorkerSetup {
  priority: WorkerPriority;
}

export interface WorkerRunnerOptions {
  /** A request not answered in this long stops its worker (a bug looping forever), which is replaced. */
  timeoutMs?: number;
  /** See WorkerPriority; `low` unless given. */
  priority?: WorkerPriority;
  /** Another worker script (tests). */
  script?: string;
}

/**
 * Worker answers are handed on one per turn of the event loop. A worker runs below the server's
 * priority and catches up in bursts; settling a burst at once (each answer is stored and sent) held
 * up the trainees' messages waiting to be read and acknowledged behind it.
 */
const relay = {
  queue: [] as Array<() => void>,
  scheduled: false,
  push(settle: () => void): void {
    this.queue.push(settle);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(runRelay);
    }
  },
};
function runRelay(): void {
  relay.queue.shift()?.();
  // Scheduled from here, the next one runs after the next round of I/O.
  if (relay.queue.length) setImmediate(runRelay);
  else relay.scheduled = false;
}

class EngineWorker {
  readonly worker: Worker;
  readonly pending = new Map<number, Pending>();
  /** Scenario keys this worker has compiled. */
  readonly known = new Set<number>();
  dead: Error | null = null;
  /** Why this worker is being stopped (it stopped answering); it takes no new requests. */
  retired: Error | null = null;
  /** performance.now() of its last answer (0: none yet). */
  answeredAt = 0;

  constructor(
    readonly lane: 'steps' | 'scoring',
    script: string,
    setup: WorkerSetup,
    pool: StringPool,
    onExit: (w: EngineWorker) => void,
  ) {
    this.worker = new Worker(script, { workerData: setup });
    this.worker.unref();
    this.worker.on('message', (m: WorkerResponse) => {
      this.answeredAt = performance.now();
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (m.ok) {
        if (p.kind === 'step') pool.stepResult(m.result as StepResult);
        else pool.transcriptScore(m.result as TranscriptScore);
      }
      relay.push(() => (m.ok ? p.resolve(m.result as never) : p.reject(new Error(m.error))));
    });
    const fail = (error: Error) => {
      if (this.dead) return;
      this.dead = this.retired ?? error;
      for (const p of this.pending.values()) p.reject(this.dead);
      this.pending.clear();
      onExit(this);
    };
    this.worker.on('error', (e) => fail(new Error(`engine worker (${lane}) failed: ${e.message}`)));
    this.worker.on('exit', (code) =>
      fail(new Error(`engine worker (${lane}) stopped (exit code ${code})`)),
    );
  }

  /** Fails what it holds with `reason` and stops it; the exit replaces it. */
  retire(reason: Error): void {
    if (this.retired || this.dead) return;
    this.retired = reason;
    for (const p of this.pending.values()) p.reject(reason);
    this.pending.clear();
    void this.worker.terminate();
  }
}

/**
 * A small pool of engine workers for the steps of conversations in play, and one more for scoring
 * whole transcripts at the close: a burst of closes (an exam ending) never makes a trainee's reply
 * wait behind them. Each request goes to the worker of its kind with the fewest in flight; the
 * attempt service already runs one attempt's operations one at a time, so order needs nothing more.
 * A worker that dies fails its requests (the trainee sees an error and can retry) and is replaced.
 */
export class WorkerRunner implements EngineRunner {
  private readonly workers: EngineWorker[] = [];
  private readonly scoring: EngineWorker[] = [];
  private readonly keys = new WeakMap<Playable, number>();
  /** One copy of each string the workers send back again and again (see string-pool.ts). */
  private readonly strings = new StringPool();
  private nextKey = 1;
  private nextId = 1;
  private closed = false;
  private readonly script: string;
  private readonly setup: WorkerSetup;
  private readonly timeoutMs: number;
  private readonly watchdog: NodeJS.Timeout;

  constructor(
    private readonly size: number,
    private readonly log: (message: string) => void,
    options: WorkerRunnerOptions = {},
  ) {
    // A CommonJS bootstrap registers the TypeScript loader in the worker, as bin/sparring.cjs does.
    this.script = options.script ?? join(__dirname, 'engine-worker.cjs');
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.setup = { priority: options.priority ?? 'low' };
    for (let i = 0; i < size; i++) this.workers.push(this.spawn('steps', this.workers));
    this.scoring.push(this.spawn('scoring', this.scoring));
    // One check for all requests (not a timer each): the oldest request of every worker.
    this.watchdog = setInterval(
      () => this.stopStuck(),
      Math.max(20, Math.min(1000, this.timeoutMs / 4)),
    );
    this.watchdog.unref();
  }

  /**
   * A worker that has answered nothing for the timeout while a request waited that long is stopped:
   * its requests fail, and it is replaced. One that answers slowly (a busy machine, a worker in the
   * idle scheduling class) but steadily is left to catch up.
   */
  private stopStuck(): void {
    const now = performance.now();
    for (const w of [...this.workers, ...this.scoring]) {
      const oldest = w.pending.values().next().value as Pending | undefined;
      if (oldest && now - Math.max(oldest.sentAt, w.answeredAt) >= this.timeoutMs)
        w.retire(
          new Error(
            `engine worker (${w.lane}) did not answer within ${this.timeoutMs / 1000} s and was stopped`,
          ),
        );
    }
  }

  private spawn(lane: 'steps' | 'scoring', pool: EngineWorker[]): EngineWorker {
    return new EngineWorker(lane, this.script, this.setup, this.strings, (dead) => {
      const i = pool.indexOf(dead);
      if (this.closed || i < 0) return;
      this.log(`engine: ${dead.dead?.message}; starting a new worker`);
      pool[i] = this.spawn(lane, pool);
    });
  }

  private pick(pool: EngineWorker[]): EngineWorker {
    let best = pool[0]!;
    for (const w of pool)
      if ((best.retired && !w.retired) || (!w.retired && w.pending.size < best.pending.size))
        best = w;
    return best;
  }

  private send<T>(w: EngineWorker, request: WorkerRequest): Promise<T> {
    if (this.closed) return Promise.reject(new Error('the engine has shut down'));
    return new Promise<T>((resolve, reject) => {
      w.pending.set(request.id, {
        resolve: resolve as (v: never) => void,
        reject,
        sentAt: performance.now(),
        kind: request.kind,
      });
      try {
        w.worker.postMessage(request);
      } catch (error) {
        // Never sent (it could not be copied): the worker must not count its scenario as known.
        w.pending.delete(request.id);
        if (request.kind === 'step' && request.scenario) w.known.delete(request.key);
        reject(error as Error);
      }
    });
  }

  step(playable: Playable, state: AttemptState, input: EngineInput): Promise<StepResult> {
    let key = this.keys.get(playable);
    if (key === undefined) this.keys.set(playable, (key = this.nextKey++));
    const w = this.pick(this.workers);
    const first = !w.known.has(key);
    w.known.add(key);
    return this.send(w, {
      id: this.nextId++,
      kind: 'step',
      key,
      ...(first ? { scenario: playable.scenario } : {}),
      state,
      input,
    });
  }

  scoreTranscript(input: TranscriptInput): Promise<TranscriptScore> {
    return this.send(this.pick(this.scoring), { id: this.nextId++, kind: 'transcript', input });
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.watchdog);
    await Promise.all([...this.workers, ...this.scoring].map((w) => w.worker.terminate()));
  }
}
