import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io as connect, type Socket } from 'socket.io-client';
import { createApp, type App, type AppDeps } from '../../server/app';
import type { ClientToServerEvents, ServerToClientEvents } from '../../server/contracts/events';
import { FakeClock } from './fake-clock';
import { ROOT } from './cli';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export const ADMIN_PASSWORD = 'admin-pass-123';

export interface TestApp {
  app: App;
  url: string;
  clock: FakeClock;
  dataDir: string;
  login(username: string, password: string): Promise<string>;
  createUser(username: string, role?: string, password?: string): Promise<string>;
  socket(cookie?: string): Promise<ClientSocket>;
  close(): Promise<void>;
}

export async function startTestApp(
  options: Partial<AppDeps> & { clock?: FakeClock } = {},
): Promise<TestApp> {
  const clock = options.clock ?? new FakeClock();
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'sparring-test-'));
  const logs: string[] = [];
  const app = await createApp({
    dataDir,
    scenariosDir: join(ROOT, 'scenarios'),
    delays: false,
    adminPassword: ADMIN_PASSWORD,
    loginLimit: 1000,
    log: (m) => logs.push(m),
    ...options,
    clock,
  });
  const port = await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;
  const sockets: ClientSocket[] = [];
  let adminCookie: string | undefined;

  const login = async (username: string, password: string) => {
    const res = await fetch(`${url}/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
    return res.headers.get('set-cookie')!.split(';')[0]!;
  };

  return {
    app,
    url,
    clock,
    dataDir,
    login,
    async createUser(username, role = 'trainee', password = `${username}-password`) {
      adminCookie ??= await login('admin', ADMIN_PASSWORD);
      const res = await fetch(`${url}/api/users`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: adminCookie },
        body: JSON.stringify({ username, password, role }),
      });
      if (res.status !== 201)
        throw new Error(`create ${username}: ${res.status} ${await res.text()}`);
      return login(username, password);
    },
    socket(cookie) {
      const socket: ClientSocket = connect(url, {
        transports: ['websocket'],
        extraHeaders: cookie ? { cookie } : {},
        reconnection: false,
        forceNew: true,
      });
      sockets.push(socket);
      return new Promise((resolve, reject) => {
        socket.once('connect', () => resolve(socket));
        socket.once('connect_error', reject);
      });
    },
    async close() {
      for (const s of sockets) s.disconnect();
      await app.close();
    },
  };
}

/** Emits with an acknowledgement, as a promise. */
export function call<T = Record<string, unknown>>(
  socket: ClientSocket,
  event: keyof ClientToServerEvents,
  payload: unknown,
): Promise<T> {
  return (
    socket.timeout(5000) as unknown as { emitWithAck: (e: string, p: unknown) => Promise<T> }
  ).emitWithAck(event, payload);
}

/**
 * A trainee plays an attempt over a socket of their own: starts it, sends one reply and closes it
 * (unless `close` is false). Returns the attempt's id.
 */
export async function playAttempt(
  t: TestApp,
  cookie: string,
  text: string,
  o: { scenarioId?: string; mode?: 'coach' | 'exam'; close?: boolean } = {},
): Promise<string> {
  const s = await t.socket(cookie);
  try {
    const { attempt } = await call<{ attempt: { id: string } }>(s, 'attempt:start', {
      scenarioId: o.scenarioId ?? 'en-double-charge',
      mode: o.mode ?? 'exam',
      seed: 1,
    });
    await call(s, 'agent:message', { attemptId: attempt.id, text });
    if (o.close !== false) await call(s, 'attempt:close', { attemptId: attempt.id });
    return attempt.id;
  } finally {
    s.disconnect();
  }
}

/** Collects the server's events for assertions. */
export function recorder(socket: ClientSocket) {
  const events: Array<{ event: string; payload: Record<string, unknown> }> = [];
  for (const event of ['customer:typing', 'customer:message', 'attempt:ended'] as const) {
    socket.on(event, ((payload: Record<string, unknown>) =>
      events.push({ event, payload })) as never);
  }
  return events;
}

/** A response body as loosely typed JSON, for assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function body(res: Response): Promise<any> {
  return res.json();
}
