/**
 * Snapshot files written on a thread of their own. A closed attempt's final snapshot is a new file
 * and a rename: a few system calls that, under load on a small machine, held the server's event loop
 * for a millisecond or more at every close, while trainees' messages waited to be read. On this
 * thread the server only hands over the text. Writes go to the page cache without fsync, like the
 * journal lines before them (the fsync mode writes on the calling thread's pool instead).
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

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

  constructor(private readonly script = join(__dirname, 'snapshot-thread.cjs')) {}

  /** Replaces `file` with `text` atomically; rejects with the reason if it cannot. */
  write(file: string, text: string): Promise<void> {
    if (this.closed) return Promise.reject(new Error('the snapshot writer has stopped'));
    const worker = this.worker ?? this.start();
    const n = this.next++;
    const run = new Promise<void>((resolve, reject) => {
      this.pending.set(n, { resolve, reject });
      worker.postMessage({ n, file, text });
    });
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    this.inflight.add(settled);
    void settled.then(() => this.inflight.delete(settled));
    return run;
  }

  /** Waits for the writes under way, then stops the thread. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.inflight);
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  /** Started at the first write, and again after a thread that died (its writes failed). */
  private start(): Worker {
    const worker = new Worker(this.script);
    worker.unref();
    worker.on('message', (m: { n: number; error?: string }) => {
      const p = this.pending.get(m.n);
      if (!p) return;
      this.pending.delete(m.n);
      if (m.error === undefined) p.resolve();
      else p.reject(new Error(m.error));
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
