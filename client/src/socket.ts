/** The one socket.io connection, authenticated by the login session cookie. */
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../server/contracts/events';
import { ApiError } from './api';

export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

type PayloadOf<E extends keyof ClientToServerEvents> = Parameters<ClientToServerEvents[E]>[0];
type AckOf<E extends keyof ClientToServerEvents> = Parameters<
  Parameters<ClientToServerEvents[E]>[1]
>[0];
export type OkOf<E extends keyof ClientToServerEvents> = Extract<AckOf<E>, { ok: true }>;

export type SessionEndedReason = Parameters<ServerToClientEvents['session:ended']>[0]['reason'];

let socket: AppSocket | null = null;
let onUnauthorized: (() => void) | null = null;
let onSessionEnded: ((reason: SessionEndedReason) => void) | null = null;

export function setSocketUnauthorizedHandler(fn: () => void): void {
  onUnauthorized = fn;
}

/** Called when the server ends this login session for a reason the user should hear. */
export function setSessionEndedHandler(fn: (reason: SessionEndedReason) => void): void {
  onSessionEnded = fn;
}

export function getSocket(): AppSocket {
  if (socket) return socket;
  const s: AppSocket = io({ withCredentials: true, transports: ['websocket', 'polling'] });
  s.on('connect_error', (err) => {
    // The server refuses a connection without a valid session cookie with "unauthorized".
    if (err.message === 'unauthorized') onUnauthorized?.();
  });
  // A new password or a deactivation: said just before the server closes the connection.
  s.on('session:ended', ({ reason }) => onSessionEnded?.(reason));
  s.on('disconnect', (reason) => {
    // A server-side disconnect is not retried by socket.io itself; try once more, and a dead
    // login session surfaces as connect_error "unauthorized".
    if (reason === 'io server disconnect') setTimeout(() => s.connect(), 1000);
  });
  socket = s;
  return s;
}

export function hasSocket(): boolean {
  return socket !== null;
}

export function closeSocket(): void {
  if (!socket) return;
  socket.removeAllListeners();
  socket.disconnect();
  socket = null;
}

/**
 * Emit with an acknowledgement; resolves with the `{ok: true, ...}` body, rejects with an ApiError
 * carrying the server's error code (or `timeout`).
 */
export function call<E extends keyof ClientToServerEvents>(
  event: E,
  payload: PayloadOf<E>,
  timeoutMs = 15000,
): Promise<OkOf<E>> {
  const s = getSocket();
  const emitter = s.timeout(timeoutMs) as unknown as {
    emit(ev: string, p: unknown, cb: (err: Error | null, res: AckOf<E>) => void): void;
  };
  return new Promise((resolve, reject) => {
    emitter.emit(event, payload, (err, res) => {
      if (err) return reject(new ApiError(s.connected ? 'timeout' : 'network', err.message));
      if (!res || typeof res !== 'object') return reject(new ApiError('unknown', 'empty ack'));
      if (res.ok) return resolve(res as OkOf<E>);
      const e = (res as { error?: { code?: string; message?: string } }).error ?? {};
      if (e.code === 'unauthorized') onUnauthorized?.();
      reject(new ApiError(e.code ?? 'unknown', e.message ?? 'error'));
    });
  });
}
