/**
 * Scheduling of the server's threads on Linux (elsewhere nothing here does anything). The server
 * thread runs the event loop every trainee waits on; the other threads (engine workers, V8's
 * garbage-collection and compiler helpers) can wait a moment.
 *
 * SCHED_IDLE is the class for what can wait: such a thread runs only on a core nothing else wants,
 * and a waking thread of the normal class takes the core from it at once. Node has no call to set
 * it, so util-linux's `chrt` does; lowering one's own class needs no privilege (going back does).
 * Where `chrt` is missing or refuses, threads keep nice 10 (engine workers) or their priority.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/**
 * How far below the server thread the other threads run:
 * - `low` (the default): engine workers at nice 10 (the scheduler still gives them about a tenth of
 *   a busy core), and the threads started with the process (V8's helpers, which collect garbage
 *   for every isolate of the process and would otherwise compete with the server thread at its own
 *   priority) in SCHED_IDLE. V8 copes with helpers that do not get a core: the thread that needs
 *   the work done does it itself. At 1,000 trainees on 2 cores the server thread waited for a core
 *   ~7% of the time instead of ~12%, and the acknowledgement's p99 fell by about a quarter
 *   (docs/BENCHMARKS.md).
 * - `idle`: the engine workers in SCHED_IDLE too: a little lower p50 and p95 under load, but on a
 *   machine kept busy by other programs the customer's answers then wait until those programs
 *   leave a core free (a worker that still answers is never stopped by the watchdog).
 * - `normal`: every thread at the server's priority.
 */
export type WorkerPriority = 'idle' | 'low' | 'normal';
export const WORKER_PRIORITIES: readonly WorkerPriority[] = ['idle', 'low', 'normal'];

/** The calling thread's id on Linux (/proc/thread-self names it), or null. */
export function currentThreadId(): number | null {
  try {
    const tid = Number(/task\/(\d+)$/.exec(readlinkSync('/proc/thread-self'))?.[1]);
    return tid || null;
  } catch {
    return null;
  }
}

/** Puts one thread of this process in SCHED_IDLE; false where that cannot be done. */
export function makeIdle(tid: number): boolean {
  try {
    execFileSync('chrt', ['--idle', '--pid', '0', String(tid)], { stdio: 'ignore', timeout: 5000 });
    return true;
  } catch {
    return false;
  }
}

/** An engine worker lowers itself as it starts (see WorkerPriority). */
export function lowerThisWorker(priority: WorkerPriority): void {
  if (priority === 'normal') return;
  const tid = currentThreadId();
  if (tid === null) return;
  try {
    setPriority(tid, 10);
  } catch {
    // not allowed: the worker runs at the server's priority
  }
  if (priority === 'idle') makeIdle(tid);
}

/**
 * Unless `normal`, puts every thread of the process that exists now, except the calling (server)
 * thread, in SCHED_IDLE. Run at start, before any worker: it is meant for V8's helpers. Returns
 * how many were moved.
 */
export function lowerOtherThreads(priority: WorkerPriority): number {
  if (priority === 'normal') return 0;
  const self = currentThreadId();
  if (self === null) return 0;
  let tids: number[];
  try {
    tids = readdirSync('/proc/self/task').map(Number);
  } catch {
    return 0;
  }
  return tids.filter((tid) => tid !== self && makeIdle(tid)).length;
}
