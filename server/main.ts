/** The entry point: configuration from the environment, then listen. The only place that listens. */
import { resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { createApp } from './app';
import { defaultWorkerCount } from './app/engine-runner';
import { lowerOtherThreads, WORKER_PRIORITIES, type WorkerPriority } from './app/thread-priority';
import { DEFAULT_READINESS, type ReadinessRule } from './app/reports';
import { StoreError } from './store/durable-file';

export interface ServeConfig {
  port: number;
  dataDir: string;
  scenariosDir: string;
  delays: boolean;
  fsync: boolean;
  secureCookies: boolean;
  metrics: boolean;
  loginLimit: number;
  /** Engine worker threads (0: run the engine on the server thread). */
  engineWorkers: number;
  /** How far below the server thread they run (see WorkerPriority). */
  workerPriority: WorkerPriority;
  readiness: ReadinessRule;
  /**
   * How far the JavaScript heap may grow past what a full collection kept before the next one, in
   * per cent (0: V8 decides). See HEAP_GROWTH_PERCENT.
   */
  heapGrowthPercent: number;
  adminPassword?: string;
}

/**
 * Under an exam's load the server thread's heap holds ~75 MB that lives, and each trainee message
 * leaves ~12 KB that outlives a young collection (the attempt's new state, its stored copy, the
 * socket.io packets) and dies seconds later. V8 chose to let the heap grow only ~18% past the
 * live data, so a full collection came every ~2 s, each with ~40 ms of marking and pauses on the
 * server thread: the trainee messages that arrived then waited. Letting it grow 100% makes full
 * collections ~5× rarer for ~30–90 MB more memory (measured in docs/BENCHMARKS.md).
 */
export const HEAP_GROWTH_PERCENT = 100;

export function configFromEnv(env: NodeJS.ProcessEnv, cwd: string): ServeConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  const on = (v: string | undefined, dflt: boolean) =>
    v === undefined ? dflt : !/^(off|false|0|no)$/i.test(v);
  return {
    port,
    dataDir: resolve(cwd, env.DATA_DIR ?? 'data'),
    scenariosDir: resolve(cwd, env.SCENARIOS_DIR ?? 'scenarios'),
    delays: on(env.SPARRING_DELAYS, true),
    fsync: on(env.SPARRING_FSYNC, false),
    secureCookies: on(env.SPARRING_SECURE_COOKIES, false),
    metrics: on(env.SPARRING_METRICS, false),
    loginLimit: Number(env.SPARRING_LOGIN_LIMIT ?? 10) || 10,
    engineWorkers: engineWorkers(env.SPARRING_ENGINE_WORKERS),
    workerPriority: oneOf(env, 'SPARRING_WORKER_PRIORITY', WORKER_PRIORITIES, 'low'),
    heapGrowthPercent: whole(env, 'SPARRING_HEAP_GROWTH', HEAP_GROWTH_PERCENT, 0, 400),
    readiness: {
      exams: whole(env, 'SPARRING_READY_EXAMS', DEFAULT_READINESS.exams, 1, 50),
      score: whole(env, 'SPARRING_READY_SCORE', DEFAULT_READINESS.score, 0, 100),
      scenarios: whole(env, 'SPARRING_READY_SCENARIOS', DEFAULT_READINESS.scenarios, 1, 50),
    },
    ...(env.SPARRING_ADMIN_PASSWORD ? { adminPassword: env.SPARRING_ADMIN_PASSWORD } : {}),
  };
}

function whole(env: NodeJS.ProcessEnv, name: string, dflt: number, min: number, max: number) {
  const value = env[name];
  if (value === undefined || value === '') return dflt;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new Error(`${name} must be a whole number from ${min} to ${max}, got "${value}"`);
  return n;
}

function oneOf<T extends string>(
  env: NodeJS.ProcessEnv,
  name: string,
  values: readonly T[],
  dflt: T,
): T {
  const value = env[name];
  if (value === undefined || value === '') return dflt;
  if (!(values as readonly string[]).includes(value))
    throw new Error(`${name} must be one of ${values.join(', ')}, got "${value}"`);
  return value as T;
}

function engineWorkers(value: string | undefined): number {
  if (value === undefined || value === '') return defaultWorkerCount();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 64)
    throw new Error(`SPARRING_ENGINE_WORKERS must be a whole number from 0 to 64, got "${value}"`);
  return n;
}

export async function serve(
  config: ServeConfig,
  out: NodeJS.WritableStream,
): Promise<() => Promise<void>> {
  // Read by V8 after each full collection, so it applies from the next one on.
  if (config.heapGrowthPercent > 0)
    setFlagsFromString(`--heap-growing-percent=${config.heapGrowthPercent}`);
  // The threads started with the process (V8's garbage-collection helpers above all) run below
  // this one: the event loop every trainee waits on gets a core first. Engine workers, started
  // later, lower themselves. With fsync, acknowledgements wait on libuv's file-system pool, which
  // may be among the threads there are now, so then they keep their priority.
  if (!config.fsync) lowerOtherThreads(config.workerPriority);
  const app = await createApp({ ...config, log: (m) => out.write(`${m}\n`) });
  const port = await app.listen(config.port);
  out.write(
    `Sparring is listening on http://localhost:${port} (data in ${config.dataDir}, scenarios from ${config.scenariosDir})\n`,
  );
  if (app.generatedAdminPassword) {
    out.write(
      `First start: created user "admin" with password ${app.generatedAdminPassword} — shown only once, write it down.\n`,
    );
  }
  return () => app.close();
}

export function describeStartupError(error: unknown): string {
  if (error instanceof StoreError) return `cannot start: ${error.message}`;
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE')
    return `cannot start: the port is already in use (set PORT to another one)`;
  return `cannot start: ${(error as Error).message}`;
}
