/**
 * The server thread keeps the normal scheduling class; unless `normal`, the threads started with
 * the process (V8's garbage-collection helpers) go to SCHED_IDLE. Run in a child process, so the
 * test runner's own threads are left alone.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnServer, waitExit } from '../../helpers/process';
import { hasChrt, linux, threadsOf, type ThreadSched } from '../../helpers/threads';

const MODULE = join(__dirname, '../../../server/app/thread-priority.ts');
const HELPER = join(__dirname, '../../helpers/threads.ts');

/** Policies of the child's threads after it called lowerOtherThreads(priority). */
function run(priority: string): { moved: number; main: number; others: number[] } {
  const code = `
    const { lowerOtherThreads, currentThreadId } = require(${JSON.stringify(MODULE)});
    const { threadsOf } = require(${JSON.stringify(HELPER)});
    const moved = lowerOtherThreads(${JSON.stringify(priority)});
    const self = currentThreadId();
    const threads = [...threadsOf().entries()];
    const others = threads.filter(([tid]) => tid !== self).map(([, t]) => t.policy);
    const main = threads.find(([tid]) => tid === self)[1].policy;
    process.stdout.write(JSON.stringify({ moved, main, others }));
  `;
  return JSON.parse(
    execFileSync(process.execPath, ['--import', 'tsx', '-e', code], { encoding: 'utf8' }),
  ) as { moved: number; main: number; others: number[] };
}

describe('thread priorities', () => {
  (linux && hasChrt ? test : test.skip)(
    'low and idle: every other thread there is goes to SCHED_IDLE, the server thread stays normal',
    () => {
      for (const priority of ['low', 'idle']) {
        const { moved, main, others } = run(priority);
        expect(main).toBe(0);
        expect(others.length).toBeGreaterThan(0);
        expect(moved).toBe(others.length);
        expect(others.every((p) => p === 5)).toBe(true);
      }
    },
  );

  (linux ? test : test.skip)('normal leaves every thread alone', () => {
    const { moved, main, others } = run('normal');
    expect(moved).toBe(0);
    expect([main, ...others].every((p) => p === 0)).toBe(true);
  });

  (linux && hasChrt ? test : test.skip)(
    'a running server: its event loop stays in the normal class, V8 helpers go idle (engine workers too with "idle"); fsync keeps the helpers',
    async () => {
      const idleThreads = async (env: Record<string, string>) => {
        const dataDir = mkdtempSync(join(tmpdir(), 'sparring-prio-'));
        const server = await spawnServer({
          DATA_DIR: dataDir,
          SPARRING_ENGINE_WORKERS: '1',
          SPARRING_ADMIN_PASSWORD: 'admin-pass-123',
          ...env,
        });
        try {
          const pid = server.child.pid!;
          // The engine workers lower themselves (nice 10 first, then the idle class with "idle") as
          // they load, a moment after the server listens: wait until both have.
          const workers = (all: Map<number, ThreadSched>) =>
            [...all.values()].filter((t) => t.nice === 10);
          const idleWorkers = env.SPARRING_WORKER_PRIORITY === 'idle';
          const done = (all: Map<number, ThreadSched>) =>
            workers(all).length === 2 &&
            workers(all).every((t) => t.policy === (idleWorkers ? 5 : 0));
          let found = threadsOf(pid);
          for (let i = 0; i < 150 && !done(found); i++) {
            await new Promise((r) => setTimeout(r, 100));
            found = threadsOf(pid);
          }
          expect(found.get(pid)).toEqual({ policy: 0, nice: 0 });
          expect(workers(found).map((t) => t.policy)).toEqual(idleWorkers ? [5, 5] : [0, 0]);
          return [...found.values()].filter((t) => t.policy === 5).length;
        } finally {
          server.child.kill('SIGTERM');
          await waitExit(server.child);
          rmSync(dataDir, { recursive: true, force: true });
        }
      };
      // By default V8's helpers (the engine workers are at nice 10).
      const helpers = await idleThreads({});
      expect(helpers).toBeGreaterThan(0);
      // With "idle" the steps worker and the scoring lane as well.
      expect(await idleThreads({ SPARRING_WORKER_PRIORITY: 'idle' })).toBe(helpers + 2);
      // With fsync the helpers keep their priority.
      expect(await idleThreads({ SPARRING_FSYNC: 'on' })).toBe(0);
      expect(await idleThreads({ SPARRING_FSYNC: 'on', SPARRING_WORKER_PRIORITY: 'idle' })).toBe(2);
    },
    60_000,
  );
});
