/**
 * Snapshot files written on a thread of their own. A closed attempt's final snapshot is a new file
 * and a rename: a few system calls that, under load on a small machine, held the server's event loop
 * for a millisecond or more at every close, while trainees' messages waited to be read. On this
 * thread the server only hands over the text. Writes go to the page cache without fsync, like the
 * journal lines before them (the fsync mode writes on the calling thread's pool instead).
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * Writes asked for within this long go to the thread in one message: waking a thread costs the
 * server's event loop more than handing over the text (a close is ~7 KB of JSON).
 */
const BATCH_MS = 25;

interface Request {
  n: number;
  file: string;
  text: string;
}

interface Pending {
  resolve: () => void;
  reject: (error: Error) => void;
}

export class SnapshotWriter {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private readonly inflight = new Set<Promise<void>>();
  private next = 1;
  private closed = false;
  private queue: Request[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly script = join(__dirname, 'snapshot-thread.cjs')) {}

  /** Replaces `file` with `text` atomically; rejects with the reason if it cannot. */
  write(file: string, text: string): Promise<void> {
    if (this.closed) return Promise.reject(new Error('the snapshot writer has stopped'));
    const n = this.next++;
    const run = new Promise<void>((resolve, reject) => {
      this.pending.set(n, { resolve, reject });
      this.queue.push({ n, file, text });
      this.timer ??= setTimeout(() => this.flush(), BATCH_MS);
    });
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    this.inflight.add(settled);
    void settled.then(() => this.inflight.delete(settled));
    return run;
  }

  /** Waits for the writes asked for and under way, then stops the thread. */
  async close(): Promise<void> {
    this.closed = true;
    this.flush();
    await Promise.all(this.inflight);
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.queue.length) return;
    const batch = this.queue;
    this.queue = [];
    (this.worker ?? this.start()).postMessage(batch);
  }

  /** Started at the first write, and again after a thread that died (its writes failed). */
  private start(): Worker {
    const worker = new Worker(this.script);
    worker.unref();
    worker.on('message', (results: Array<{ n: number; error?: string }>) => {
      for (const m of results) {
        const p = this.pending.get(m.n);
        if (!p) continue;
        this.pending.delete(m.n);
        if (m.error === undefined) p.resolve();
        else p.reject(new Error(m.error));
      }
    });
    const fail = (error: Error) => {
      if (this.worker !== worker) return;
      this.worker = null;
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
    };
    worker.on('error', (e) => fail(new Error(`snapshot writer failed: ${e.message}`)));
    worker.on('exit', (code) => fail(new Error(`snapshot writer stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }
}
