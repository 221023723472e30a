/**
 * `createApp(deps)`: the whole server, wired but not listening. Only the entry point listens;
 * tests start it on port 0 with a temporary data folder and a fake clock.
 */
import { existsSync } from 'node:fs';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { Accounts } from './app/accounts';
import { AttemptService } from './app/attempts';
import { systemClock, type Clock } from './app/clock';
import { WorkerRunner } from './app/engine-runner';
import type { WorkerPriority } from './app/thread-priority';
import { Exporter } from './app/export';
import { ScenarioLibrary } from './app/library';
import { Reports, type ReadinessRule } from './app/reports';
import { RescoreJob } from './app/rescore-job';
import { AppError } from './contracts/errors';
import { apiRoutes } from './http/routes';
import { ackRecorder, metricsRoutes } from './http/metrics';
import { loadUser } from './http/session';
import { scorer } from './scoring';
import { LowdbStore } from './store/lowdb-store';
import type { Store } from './store/port';
import {
  createSocketServer,
  errorBody,
  handleSockets,
  socketNotifier,
  type AppIo,
} from './transport/socket';

export interface AppDeps {
  dataDir: string;
  scenariosDir: string;
  clock?: Clock;
  /** Simulated customer typing delays (default on). */
  delays?: boolean;
  adminPassword?: string;
  fsync?: boolean;
  secureCookies?: boolean;
  loginLimit?: number;
  store?: Store;
  /** Expose GET /api/metrics (admin) for benchmarks. */
  metrics?: boolean;
  /**
   * Engine worker threads; 0 or unset runs the engine and the scorer on the server thread. With
   * workers, the store's snapshot files are written on a thread of their own as well.
   */
  engineWorkers?: number;
  /** How far below the server thread the workers run (see WorkerPriority); `low` unless given. */
  workerPriority?: WorkerPriority;
  /** The built browser UI; default client/dist. */
  clientDir?: string;
  /** When a trainee counts as ready for live queues (see ReadinessRule). */
  readiness?: ReadinessRule;
  log?: (message: string) => void;
}

export interface App {
  http: HttpServer;
  io: AppIo;
  /** Set when the first start created `admin` with a random password. */
  generatedAdminPassword?: string;
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

export const ROOT = resolve(__dirname, '..');

export async function createApp(deps: AppDeps): Promise<App> {
  const log = deps.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const clock = deps.clock ?? systemClock;
  const store =
    deps.store ??
    (await LowdbStore.open({
      dataDir: deps.dataDir,
      fsync: deps.fsync,
      log,
      now: () => clock.now(),
      // A server whose engine runs on worker threads writes snapshots on a thread too.
      snapshotThread: !!deps.engineWorkers,
    }));
  const library = await ScenarioLibrary.load(
    {
      bundled: deps.scenariosDir,
      uploads: join(deps.dataDir, 'scenarios'),
      now: () => clock.now(),
    },
    scorer,
  );
  const accounts = new Accounts(store, clock);
  const { generated } = await accounts.ensureAdmin(deps.adminPassword);

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  // Plain-http installs (the default) must not be told to upgrade to https: that breaks the page
  // on any address but localhost. Behind HTTPS (secure cookies on), HSTS and the upgrade apply.
  const secure = deps.secureCookies ?? false;
  app.use(
    helmet({
      strictTransportSecurity: secure,
      contentSecurityPolicy: { directives: { upgradeInsecureRequests: secure ? [] : null } },
    }),
  );
  app.get('/health', (_req, res) => {
    res.json({ ok: true });
  });
  // Scenario uploads are up to 256 KB of YAML; everything else is far smaller.
  app.use(express.json({ limit: '300kb' }));
  app.use(loadUser(accounts));

  const http = createServer(app);
  const io = createSocketServer(http, { accounts, clock, log });
  const engine = deps.engineWorkers
    ? new WorkerRunner(deps.engineWorkers, log, {
        ...(deps.workerPriority ? { priority: deps.workerPriority } : {}),
      })
    : undefined;
  const attempts = new AttemptService({
    store,
    ...(engine ? { engine } : {}),
    library,
    scorer,
    clock,
    notifier: socketNotifier(io),
    delays: deps.delays ?? true,
    log,
  });
  const acks = deps.metrics ? ackRecorder() : null;
  handleSockets(io, { attempts, clock, log, ...(acks ? { onReply: acks.record } : {}) });

  const metrics = acks ? metricsRoutes(io, acks.histogram) : null;
  if (metrics) app.use('/api', metrics.router);
  app.use(
    '/api',
    apiRoutes({
      accounts,
      attempts,
      library,
      reports: new Reports(store, deps.readiness),
      exporter: new Exporter(store),
      rescore: new RescoreJob(attempts, clock, scorer.version, log),
      secureCookies: deps.secureCookies ?? false,
      loginLimit: deps.loginLimit ?? 10,
      now: () => clock.now(),
    }),
  );
  const clientDir = deps.clientDir ?? join(ROOT, 'client/dist');
  if (existsSync(join(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: 'index.html', maxAge: '1h' }));
    app.get(/^(?!\/api\/|\/socket\.io\/).*/, (_req, res) =>
      res.sendFile(join(clientDir, 'index.html')),
    );
  } else {
    app.get('/', (_req, res) => {
      res
        .type('text/plain')
        .send(
          'The browser UI is not built: run `npm run build:client` (npm start does it for you).',
        );
    });
  }
  app.use((_req, _res, next) => next(new AppError('not_found', 'not found')));
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const e = error as { type?: string; status?: number };
    if (e.type === 'entity.parse.failed')
      return res.status(400).json({
        ok: false,
        error: { code: 'bad_request', message: 'the request body is not valid JSON' },
      });
    if (e.type === 'entity.too.large')
      return res
        .status(413)
        .json({ ok: false, error: { code: 'too_long', message: 'the request body is too large' } });
    const body = errorBody(error, log, 'http');
    res.status(error instanceof AppError ? error.status : 500).json(body);
  });

  await attempts.recover();

  return {
    http,
    io,
    ...(generated ? { generatedAdminPassword: generated } : {}),
    listen(port, host) {
      return new Promise((resolvePort, reject) => {
        http.once('error', reject);
        http.listen(port, host, () => resolvePort((http.address() as AddressInfo).port));
      });
    },
    async close() {
      attempts.shutdown();
      metrics?.stop();
      await new Promise<void>((r) => io.close(() => r()));
      if (http.listening) await new Promise<void>((r) => http.close(() => r()));
      await store.close();
      await engine?.close();
    },
  };
}
