import { RescoreJob } from '../../../server/app/rescore-job';
import { FakeClock } from '../../helpers/fake-clock';

/** A stand-in for the attempt service whose re-scoring the test moves along by hand. */
function slowAttempts() {
  let progress!: (done: number, total: number) => void;
  let finish!: (r: { rescored: number; skipped: number; scorer: string }) => void;
  let fail!: (e: Error) => void;
  let runs = 0;
  const attempts = {
    rescoreAll: (onProgress?: (done: number, total: number) => void) => {
      runs++;
      progress = onProgress!;
      return new Promise<{ rescored: number; skipped: number; scorer: string }>((res, rej) => {
        finish = res;
        fail = rej;
      });
    },
  };
  return {
    attempts,
    runs: () => runs,
    progress: (d: number, t: number) => progress(d, t),
    finish: (r: { rescored: number; skipped: number; scorer: string }) => finish(r),
    fail: (e: Error) => fail(e),
  };
}

describe('re-scoring as a background job', () => {
  test('shows its progress, is joined rather than started twice, and keeps its result', async () => {
    const slow = slowAttempts();
    const job = new RescoreJob(slow.attempts, new FakeClock(), 'lexicon-9.9.9');
    expect(job.current()).toBeNull();
    const first = job.start();
    slow.progress(0, 3);
    slow.progress(2, 3);
    expect(job.current()).toMatchObject({
      state: 'running',
      done: 2,
      total: 3,
      scorer: 'lexicon-9.9.9',
    });
    const second = job.start();
    expect(slow.runs()).toBe(1);
    slow.finish({ rescored: 2, skipped: 1, scorer: 'lexicon-9.9.9' });
    const result = await first;
    expect(await second).toEqual(result);
    expect(result).toMatchObject({ state: 'done', done: 3, total: 3, rescored: 2, skipped: 1 });
    expect(result.finishedAt).toBeDefined();
    expect(job.current()).toEqual(result);
    // A new request after the end starts a new job.
    void job.start();
    expect(slow.runs()).toBe(2);
  });

  test('a job that fails says why and after how many, and can be started again', async () => {
    const slow = slowAttempts();
    const logged: string[] = [];
    const job = new RescoreJob(slow.attempts, new FakeClock(), 'x', (m) => logged.push(m));
    const run = job.start();
    slow.progress(5, 10);
    slow.fail(new Error('your message could not be saved'));
    await expect(run).rejects.toThrow('could not be saved');
    expect(job.current()).toMatchObject({
      state: 'failed',
      done: 5,
      total: 10,
      error: 'your message could not be saved',
    });
    expect(logged[0]).toMatch(/stopped after 5 of 10/);
    void job.start();
    expect(slow.runs()).toBe(2);
  });
});
