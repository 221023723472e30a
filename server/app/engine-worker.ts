/** An engine worker thread (see engine-runner.ts): compiles each scenario once, then steps and scores. */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { compile, step, type Playable } from '../engine/step';
import { scorer } from '../scoring';
import type { WorkerRequest, WorkerResponse } from './engine-runner';

const playables = new Map<number, Playable>();

/**
 * Workers run below the server thread's priority: when the cores are busy, storing and
 * acknowledging trainees' messages goes first, and the customer's answer or a scorecard waits a
 * moment instead. On Linux a thread has its own nice value (/proc/thread-self names it); elsewhere
 * this is skipped.
 */
function lowerPriority(): void {
  try {
    const tid = Number(/task\/(\d+)$/.exec(readlinkSync('/proc/thread-self'))?.[1]);
    if (tid) setPriority(tid, 10);
  } catch {
    // not Linux, or not allowed: the worker runs at the server's priority
  }
}
lowerPriority();

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
