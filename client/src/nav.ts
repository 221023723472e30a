/** Navigation helpers shared by the views (the router in main.ts registers itself here). */
import type { Key } from './i18n';

let renderFn: () => void = () => {};

export function setRenderer(fn: () => void): void {
  renderFn = fn;
}

export function navigate(hash: string, opts: { replace?: boolean } = {}): void {
  if (location.hash === hash) {
    renderFn();
    return;
  }
  if (opts.replace) {
    history.replaceState(null, '', hash);
    renderFn();
  } else {
    location.hash = hash;
  }
}

/** Message to show once on the login screen (session expired, signed out). */
let loginNotice: Key | null = null;
let afterLogin = '#/';

export function setLoginNotice(key: Key): void {
  loginNotice = key;
}

export function takeLoginNotice(): Key | null {
  const n = loginNotice;
  loginNotice = null;
  return n;
}

export function rememberTarget(hash: string): void {
  afterLogin = hash && !hash.startsWith('#/login') ? hash : '#/';
}

/**
 * After signing in: the page the user was sent away from, or else their role's own start page (a
 * trainer's review list, HR's and an admin's dashboard, a trainee's scenarios).
 */
export function loggedIn(role?: string): void {
  const target = afterLogin === '#/' ? (HOME[role ?? ''] ?? '#/') : afterLogin;
  afterLogin = '#/';
  navigate(target, { replace: true });
}

const HOME: Record<string, string> = {
  trainer: '#/review',
  hr: '#/dashboard',
  admin: '#/dashboard',
};
