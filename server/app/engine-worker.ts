/** An engine worker thread (see engine-runner.ts): compiles each scenario once, then steps and scores. */
import { execFileSync } from 'node:child_process';
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { compile, step, type Playable } from '../engine/step';
import { scorer } from '../scoring';
import type { WorkerPriority, WorkerRequest, WorkerResponse, WorkerSetup } from './engine-runner';

const playables = new Map<number, Playable>();

/**
 * Workers run below the server thread's priority (see WorkerPriority): when the cores are busy,
 * storing and acknowledging trainees' messages goes first, and the customer's answer or a scorecard
 * waits a moment instead. On Linux a thread has its own nice value and scheduling class
 * (/proc/thread-self names it); elsewhere, or where it is not allowed, this is skipped.
 */
function lowerPriority(priority: WorkerPriority): void {
  if (priority === 'normal') return;
  let tid: number;
  try {
    tid = Number(/task\/(\d+)$/.exec(readlinkSync('/proc/thread-self'))?.[1]);
  } catch {
    return; // not Linux: the worker runs at the server's priority
  }
  if (!tid) return;
  try {
    setPriority(tid, 10);
  } catch {
    // not allowed: the worker runs at the server's priority
  }
  if (priority !== 'idle') return;
  try {
    // Lowering one's own class needs no privilege; a missing `chrt` leaves nice 10.
    execFileSync('chrt', ['--idle', '--pid', '0', String(tid)], { stdio: 'ignore', timeout: 5000 });
  } catch {
    // nice 10 it is
  }
}
lowerPriority((workerData as WorkerSetup | null)?.priority ?? 'low');

parentPort!.on('message', (request: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    if (request.kind === 'step') {
      if (request.scenario) playables.set(request.key, compile(request.scenario, scorer));
      const playable = playables.get(request.key);
      if (!playable) throw new Error(`engine worker: scenario ${request.key} was never sent`);
      response = { id: request.id, ok: true, result: step(playable, request.state, request.input) };
    } else {
      response = { id: request.id, ok: true, result: scorer.scoreTranscript(request.input) };
    }
  } catch (error) {
    response = { id: request.id, ok: false, error: (error as Error).stack ?? String(error) };
  }
  parentPort!.postMessage(response);
});
