/** HTTP API: thin handlers over the use cases; errors become `{ok: false, error}` with a status. */
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { Accounts } from '../app/accounts';
import { publicUser } from '../app/accounts';
import type { AttemptService } from '../app/attempts';
import { forTrainee, type ScenarioLibrary } from '../app/library';
import { AppError } from '../contracts/errors';
import { cookieOptions, requireRole, SESSION_COOKIE, sessionToken } from './session';

export interface RouteDeps {
  accounts: Accounts;
  attempts: AttemptService;
  library: ScenarioLibrary;
  secureCookies: boolean;
  /** Login attempts allowed per IP and username in 15 minutes. */
  loginLimit: number;
}

const wrap =
  (fn: (req: Request, res: Response) => Promise<unknown>) =>
  (req: Request, res: Response, next: NextFunction) =>
    fn(req, res).catch(next);

export function apiRoutes(deps: RouteDeps): Router {
  const api = express.Router();
  const loginLimiter = rateLimit({
    windowMs: 15 * 60_000,
    limit: deps.loginLimit,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    keyGenerator: (req) =>
      `${ipKeyGenerator(req.ip ?? '')}|${typeof req.body?.username === 'string' ? req.body.username.slice(0, 64) : ''}`,
    handler: (_req, res) =>
      res.status(429).json({
        ok: false,
        error: {
          code: 'rate_limited',
          message: 'too many login attempts; wait a few minutes and try again',
        },
      }),
  });

  api.post(
    '/login',
    loginLimiter,
    wrap(async (req, res) => {
      const { token, user } = await deps.accounts.login(req.body?.username, req.body?.password);
      res.cookie(SESSION_COOKIE, token, cookieOptions(deps.secureCookies));
      res.json({ ok: true, user: publicUser(user) });
    }),
  );
  api.post(
    '/logout',
    wrap(async (req, res) => {
      await deps.accounts.logout(sessionToken(req));
      res.clearCookie(SESSION_COOKIE, { ...cookieOptions(deps.secureCookies), maxAge: undefined });
      res.json({ ok: true });
    }),
  );
  api.get('/me', requireRole(), (req, res) => {
    res.json({ ok: true, user: publicUser(req.user!) });
  });

  api.get(
    '/users',
    requireRole('admin'),
    wrap(async (_req, res) => {
      const users = await deps.accounts.listUsers();
      res.json({ ok: true, users: users.map(publicUser) });
    }),
  );
  api.post(
    '/users',
    requireRole('admin'),
    wrap(async (req, res) => {
      const user = await deps.accounts.createUser(req.body ?? {});
      res.status(201).json({ ok: true, user: publicUser(user) });
    }),
  );

  api.get('/scenarios', requireRole(), (req, res) => {
    const all = deps.library.list();
    // Trainees see what they can play; staff see the whole library with its validation status.
    const scenarios =
      req.user!.role === 'trainee' ? all.filter((s) => s.valid && s.enabled !== false) : all;
    res.json({ ok: true, scenarios });
  });
  api.get('/scenarios/:id', requireRole(), (req, res, next) => {
    const entry = deps.library.get(String(req.params.id));
    if (!entry?.scenario)
      return next(new AppError('not_found', `no playable scenario "${String(req.params.id)}"`));
    res.json({ ok: true, scenario: forTrainee({ ...entry, scenario: entry.scenario }) });
  });

  api.get(
    '/attempts',
    requireRole(),
    wrap(async (req, res) => {
      res.json({ ok: true, attempts: await deps.attempts.list(req.user!) });
    }),
  );
  api.get(
    '/attempts/:id',
    requireRole(),
    wrap(async (req, res) => {
      res.json({ ok: true, attempt: await deps.attempts.get(req.user!, String(req.params.id)) });
    }),
  );

  api.use((_req, _res, next) => next(new AppError('not_found', 'no such API route')));
  return api;
}
