/** An engine worker thread (see engine-runner.ts): compiles each scenario once, then steps and scores. */
import { parentPort, workerData } from 'node:worker_threads';
import { compile, step, type Playable } from '../engine/step';
import { scorer } from '../scoring';
import type { WorkerRequest, WorkerResponse, WorkerSetup } from './engine-runner';
import { lowerThisWorker } from './thread-priority';

const playables = new Map<number, Playable>();

// Below the server thread (see WorkerPriority): when the cores are busy, storing and acknowledging
// trainees' messages goes first, and the customer's answer or a scorecard waits a moment instead.
lowerThisWorker((workerData as WorkerSetup | null)?.priority ?? 'low');

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
