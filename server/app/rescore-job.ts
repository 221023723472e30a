/**
 * Re-scoring every closed attempt runs as one background job: at 100,000 attempts it takes minutes,
 * longer than an HTTP request should stay open. Asking again while it runs joins it (it never runs
 * twice at once); its progress can be read at any time, and the last one's result stays readable.
 */
import type { AttemptService } from './attempts';
import type { RescoreStatus } from '../contracts/events';
import type { Clock } from './clock';

export class RescoreJob {
  private status: RescoreStatus | null = null;
  private running: Promise<RescoreStatus> | null = null;

  constructor(
    private readonly attempts: Pick<AttemptService, 'rescoreAll'>,
    private readonly clock: Clock,
    private readonly scorer: string,
    private readonly log: (message: string) => void = () => undefined,
  ) {}

  /** The running job's progress, or the last one's result; null before the first. */
  current(): RescoreStatus | null {
    return this.status && { ...this.status };
  }

  /** Starts a job, or joins the one running. Settles when it ends; rejects if it fails. */
  start(): Promise<RescoreStatus> {
    if (this.running) return this.running;
    const status: RescoreStatus = {
      state: 'running',
      done: 0,
      total: 0,
      rescored: 0,
      skipped: 0,
      scorer: this.scorer,
      startedAt: new Date(this.clock.now()).toISOString(),
    };
    this.status = status;
    const run = this.attempts
      .rescoreAll((done, total) => {
        status.done = done;
        status.total = total;
      })
      .then(
        (result) => {
          Object.assign(status, result, { state: 'done', done: status.total });
          return this.finish(status);
        },
        (error: Error) => {
          Object.assign(status, { state: 'failed', error: error.message });
          this.finish(status);
          this.log(`rescore: stopped after ${status.done} of ${status.total}: ${error.message}`);
          throw error;
        },
      );
    // Nobody may be waiting for it (the request that started it has answered).
    run.catch(() => undefined);
    this.running = run;
    return run;
  }

  private finish(status: RescoreStatus): RescoreStatus {
    status.finishedAt = new Date(this.clock.now()).toISOString();
    this.running = null;
    return { ...status };
  }
}
