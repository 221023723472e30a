/** The login-session cookie shared by HTTP and socket.io, and the middleware that reads it. */
import type { NextFunction, Request, Response } from 'express';
import { parse as parseCookie } from 'cookie';
import type { Accounts } from '../app/accounts';
import { SESSION_DAYS } from '../app/accounts';
import { AppError } from '../contracts/errors';
import type { Role } from '../contracts/events';
import type { UserRecord } from '../store/port';

export const SESSION_COOKIE = 'sparring_session';

export function cookieOptions(secure: boolean) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure,
    path: '/',
    maxAge: SESSION_DAYS * 86_400_000,
  };
}

export function sessionToken(req: Request): string | undefined {
  return parseCookie(req.headers.cookie ?? '')[SESSION_COOKIE];
}

declare module 'express-serve-static-core' {
  interface Request {
    user?: UserRecord;
  }
}

/** Loads the user of the session cookie, if any. */
export function loadUser(accounts: Accounts) {
  return (req: Request, _res: Response, next: NextFunction) => {
    accounts.userForToken(sessionToken(req)).then((user) => {
      if (user) req.user = user;
      next();
    }, next);
  };
}

/** Requires a logged-in user with one of the roles (any role when none is given). */
export function requireRole(...roles: Role[]) {
  return (req: Request, _res: Response, next: NextFunction) => {
    if (!req.user) return next(new AppError('unauthorized', 'please log in'));
    if (roles.length && !roles.includes(req.user.role)) {
      return next(new AppError('forbidden', `this needs the role ${roles.join(' or ')}`));
    }
    next();
  };
}
