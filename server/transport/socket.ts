/**
 * socket.io transport: authenticates each connection by the login-session cookie, parses every
 * payload at the edge, calls one use case per event and acknowledges `{ok, ...}`. Thin on purpose.
 */
import type { Server as HttpServer, IncomingMessage } from 'node:http';
import { parse as parseCookie } from 'cookie';
import { Server, type Socket } from 'socket.io';
import type { Accounts } from '../app/accounts';
import type { AttemptService, Notifier } from '../app/attempts';
import type { Clock } from '../app/clock';
import { AppError, type ErrorBody } from '../contracts/errors';
import type { ClientToServerEvents, ServerToClientEvents } from '../contracts/events';
import type { UserRecord } from '../store/port';
import { SESSION_COOKIE } from '../http/session';
import { TokenBucket } from './rate-limit';
import { parsePayload, type EventName } from './validate';

/** What a connection keeps from its handshake: its user and its login session. */
interface SocketData {
  user: UserRecord;
  session: { tokenHash: string; expiresAt: number };
}
type AppSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  SocketData
>;
export type AppIo = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  SocketData
>;

export const room = (attemptId: string) => `attempt:${attemptId}`;

export function createSocketServer(
  http: HttpServer,
  deps: { accounts: Accounts; clock: Clock; log: (m: string) => void },
): AppIo {
  const io: AppIo = new Server(http, {
    // A little over the message limit, so an oversized message is refused with an error, not a cut connection.
    maxHttpBufferSize: 2_000_000,
    serveClient: false,
    cors: { origin: false },
    // Browsers send an Origin with every WebSocket handshake and CORS does not apply to them:
    // a page of another origin (even on the same site) must not ride on the session cookie.
    allowRequest: (req, done) => done(null, sameOrigin(req)),
  });
  io.use((socket, next) => {
    const cookies = parseCookie(socket.request.headers.cookie ?? '');
    deps.accounts.sessionFor(cookies[SESSION_COOKIE]).then(
      (found) => {
        if (!found) return next(new Error('unauthorized'));
        socket.data.user = found.user;
        socket.data.session = { tokenHash: found.tokenHash, expiresAt: found.expiresAt };
        next();
      },
      () => next(new Error('unauthorized')),
    );
  });
  // An open connection is only as good as its session: a logout, a new password or a deactivation
  // closes it (a user's own password change keeps the session it was made from), and a changed
  // role or group applies to its next event.
  deps.accounts.onChange((change) => {
    for (const socket of io.sockets.sockets.values()) {
      const { user, session } = socket.data;
      if (!user || !session) continue;
      if (change.kind === 'session-ended' && session.tokenHash === change.tokenHash)
        socket.disconnect(true);
      else if (
        change.kind === 'sessions-ended' &&
        user.id === change.userId &&
        session.tokenHash !== change.except
      ) {
        // Said first, so the page can tell the user why they are signed out.
        socket.emit('session:ended', { reason: change.reason });
        socket.disconnect(true);
      } else if (change.kind === 'user-changed' && user.id === change.user.id)
        socket.data.user = change.user;
    }
  });
  return io;
}

/**
 * No Origin (not a browser: the CLI, benchmarks) or the origin this server is reached at. Behind a
 * reverse proxy on the same host, the host it forwards counts too.
 */
export function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  const loopback = ['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(
    req.socket.remoteAddress ?? '',
  );
  const forwarded = loopback ? req.headers['x-forwarded-host'] : undefined;
  return host === req.headers.host || (typeof forwarded === 'string' && host === forwarded);
}

export function socketNotifier(io: AppIo): Notifier {
  return {
    typing: (attemptId) => io.to(room(attemptId)).emit('customer:typing', { attemptId }),
    message: (attemptId, message) =>
      io.to(room(attemptId)).emit('customer:message', { attemptId, message }),
    ended: (attemptId, ending, outcome) =>
      io.to(room(attemptId)).emit('attempt:ended', { attemptId, ending, outcome }),
  };
}

/** Wires one handler per event. Every refusal is `{ok: false, error}` and changes nothing. */
export function handleSockets(
  io: AppIo,
  deps: {
    attempts: AttemptService;
    clock: Clock;
    log: (m: string) => void;
    /** Told how long each trainee message took from arrival to acknowledgement (metrics). */
    onReply?: (ms: number) => void;
  },
): void {
  io.on('connection', (socket: AppSocket) => {
    const bucket = new TokenBucket(deps.clock);
    const on = <E extends EventName>(
      event: E,
      run: (payload: ReturnType<typeof parsePayload<E>>) => Promise<object>,
    ) => {
      socket.on(
        event as never,
        (async (payload: unknown, ack: unknown) => {
          const reply = typeof ack === 'function' ? (ack as (r: unknown) => void) : () => undefined;
          const arrived = performance.now();
          try {
            // A session that has run out, or a user deactivated while this connection was opening.
            if (socket.data.session.expiresAt <= deps.clock.now() || socket.data.user.disabledAt) {
              reply(
                errorBody(
                  new AppError('unauthorized', 'your session has ended; please log in again'),
                  deps.log,
                  event,
                ),
              );
              socket.disconnect(true);
              return;
            }
            if (!bucket.take())
              throw new AppError('rate_limited', 'too many requests: slow down a little');
            const data = await run(parsePayload(event, payload));
            reply({ ok: true, ...data });
            if (event === 'agent:message') deps.onReply?.(performance.now() - arrived);
          } catch (error) {
            reply(errorBody(error, deps.log, event));
          }
        }) as never,
      );
    };
    const user = () => socket.data.user;

    on('attempt:start', async (p) => {
      const attempt = await deps.attempts.start(user(), p, (id) => socket.join(room(id)));
      return { attempt };
    });
    on('attempt:resume', async (p) => {
      const attempt = await deps.attempts.resume(user(), p.attemptId);
      await socket.join(room(attempt.id));
      return { attempt };
    });
    // Joining the room only after the use case accepted the attempt as this user's.
    on('agent:message', async (p) => {
      const result = await deps.attempts.reply(user(), p);
      await socket.join(room(p.attemptId));
      return result;
    });
    on('agent:action', async (p) => {
      const result = await deps.attempts.action(user(), p);
      await socket.join(room(p.attemptId));
      return result;
    });
    on('attempt:close', async (p) => {
      const result = await deps.attempts.close(user(), p.attemptId);
      // A closed chat sends nothing more: its room goes, or every connection would keep one per
      // attempt it ever played.
      io.in(room(p.attemptId)).socketsLeave(room(p.attemptId));
      return { result };
    });
  });
}

/** Only known errors cross the wire; anything else is logged and becomes `internal`. */
export function errorBody(error: unknown, log: (m: string) => void, where: string): ErrorBody {
  if (error instanceof AppError)
    return { ok: false, error: { code: error.code, message: error.message } };
  log(`${where}: ${(error as Error)?.stack ?? String(error)}`);
  return {
    ok: false,
    error: { code: 'internal', message: 'something went wrong on the server; please try again' },
  };
}
