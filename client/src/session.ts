/** Who is signed in, and what happens when the login session goes away. */
import { api, setUnauthorizedHandler, type User } from './api';
import {
  closeSocket,
  getSocket,
  setSessionEndedHandler,
  setSocketUnauthorizedHandler,
  type SessionEndedReason,
} from './socket';

let user: User | null = null;
const listeners = new Set<(u: User | null) => void>();
let expiredHandler: ((reason?: SessionEndedReason) => void) | null = null;

export function currentUser(): User | null {
  return user;
}

export function onUserChange(fn: (u: User | null) => void): void {
  listeners.add(fn);
}

function setUser(next: User | null): void {
  user = next;
  for (const fn of listeners) fn(next);
}

/**
 * Called by the router: where to go when the login session is gone, with the reason when the
 * server gave one (a new password, a deactivation); without one, it ran out.
 */
export function setExpiredHandler(fn: (reason?: SessionEndedReason) => void): void {
  expiredHandler = fn;
}

function expired(reason?: SessionEndedReason): void {
  if (!user) return;
  closeSocket();
  setUser(null);
  expiredHandler?.(reason);
}

setUnauthorizedHandler(() => expired());
setSocketUnauthorizedHandler(() => expired());
setSessionEndedHandler(expired);

/** Ask the server who we are (on page load). Resolves null when not signed in. */
export async function loadMe(): Promise<User | null> {
  try {
    const res = await api.get<{ user: User }>('/api/me');
    setUser(res.user);
    getSocket();
    return res.user;
  } catch (err) {
    if ((err as { code?: string }).code === 'unauthorized') {
      setUser(null);
      return null;
    }
    throw err;
  }
}

export async function login(username: string, password: string): Promise<User> {
  const res = await api.post<{ user: User }>('/api/login', { username, password }, { auth: false });
  closeSocket();
  setUser(res.user);
  getSocket();
  return res.user;
}

export async function logout(): Promise<void> {
  try {
    await api.post('/api/logout', {}, { auth: false });
  } finally {
    closeSocket();
    setUser(null);
  }
}
