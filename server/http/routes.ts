/** HTTP API: thin handlers over the use cases; errors become `{ok: false, error}` with a status. */
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { CAN, canSeeTrainee } from '../app/access';
import type { Accounts } from '../app/accounts';
import { publicUser, usernameKey } from '../app/accounts';
import { parseFilter, parsePage } from '../app/attempt-filter';
import type { AttemptService } from '../app/attempts';
import type { RescoreJob } from '../app/rescore-job';
import type { Exporter } from '../app/export';
import { forTrainee, type ScenarioLibrary } from '../app/library';
import type { Reports } from '../app/reports';
import { AppError } from '../contracts/errors';
import { libraryRoutes } from './library-routes';
import { reportRoutes } from './report-routes';
import { cookieOptions, requireRole, SESSION_COOKIE, sessionToken } from './session';

export interface RouteDeps {
  accounts: Accounts;
  attempts: AttemptService;
  library: ScenarioLibrary;
  reports: Reports;
  exporter: Exporter;
  rescore: RescoreJob;
  secureCookies: boolean;
  /** Login attempts allowed per IP and username in 15 minutes. */
  loginLimit: number;
  /** The application's clock (epoch ms): today's date in export file names. */
  now: () => number;
}

export const wrap =
  (fn: (req: Request, res: Response) => Promise<unknown>) =>
  (req: Request, res: Response, next: NextFunction) =>
    fn(req, res).catch(next);

export function apiRoutes(deps: RouteDeps): Router {
  const api = express.Router();
  const tooMany = (message: string) => (_req: Request, res: Response) =>
    res.status(429).json({ ok: false, error: { code: 'rate_limited', message } });
  const loginLimiter = rateLimit({
    windowMs: 15 * 60_000,
    limit: deps.loginLimit,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    // Any letter case of a name logs in to it, so all of them share its count.
    keyGenerator: (req) =>
      `${ipKeyGenerator(req.ip ?? '')}|${typeof req.body?.username === 'string' ? usernameKey(req.body.username.slice(0, 64)) : ''}`,
    handler: tooMany('too many login attempts; wait a few minutes and try again'),
  });
  // Guessing the current password from a session left open counts like guessing at the login.
  const passwordLimiter = rateLimit({
    windowMs: 15 * 60_000,
    limit: deps.loginLimit,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    skipSuccessfulRequests: true,
    keyGenerator: (req) => `user|${req.user!.id}`,
    handler: tooMany('too many tries; wait a few minutes and try again'),
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
  api.post(
    '/me/password',
    requireRole(),
    passwordLimiter,
    wrap(async (req, res) => {
      const session = await deps.accounts.sessionFor(sessionToken(req));
      if (!session) throw new AppError('unauthorized', 'please log in');
      const user = await deps.accounts.changeOwnPassword(
        session.user,
        session.tokenHash,
        req.body ?? {},
      );
      res.json({ ok: true, user: publicUser(user) });
    }),
  );

  // Users and groups.
  api.get(
    '/users',
    requireRole(...CAN.dashboards),
    wrap(async (req, res) => {
      const users = (await deps.accounts.listUsers()).filter(
        (u) => req.user!.role === 'admin' || canSeeTrainee(req.user!, u),
      );
      res.json({ ok: true, users: users.map(publicUser) });
    }),
  );
  api.post(
    '/users',
    requireRole(...CAN.manageUsers),
    wrap(async (req, res) => {
      const user = await deps.accounts.createUser(req.body ?? {});
      res.status(201).json({ ok: true, user: publicUser(user) });
    }),
  );
  api.patch(
    '/users/:username',
    requireRole(...CAN.manageUsers),
    wrap(async (req, res) => {
      const user = await deps.accounts.updateUser(
        req.user!,
        String(req.params.username),
        req.body ?? {},
      );
      res.json({ ok: true, user: publicUser(user) });
    }),
  );
  api.get(
    '/groups',
    requireRole(...CAN.dashboards),
    wrap(async (req, res) => {
      // A trainer with a group works with that group only.
      const mine = req.user!.role === 'trainer' ? req.user!.group : undefined;
      const groups = mine
        ? [mine]
        : [
            ...new Set(
              (await deps.accounts.listUsers()).flatMap((u) => (u.group ? [u.group] : [])),
            ),
          ].sort();
      res.json({ ok: true, groups });
    }),
  );

  // The library as trainees see it (management routes below).
  api.get('/scenarios', requireRole(), (req, res) => {
    const all = deps.library.list();
    // Trainees see what they can play; staff see the whole library with its validation status.
    const scenarios =
      req.user!.role === 'trainee'
        ? all
            .filter((s) => s.valid && s.enabled !== false)
            .map(({ id, title, language, difficulty, tags, valid, enabled, brief }) => ({
              id,
              title,
              language,
              difficulty,
              tags,
              valid,
              enabled,
              ...(brief ? { brief } : {}),
            }))
        : all.map((s) => deps.library.summaryOf(deps.library.get(s.id)!));
    res.json({ ok: true, scenarios });
  });
  api.get('/scenarios/:id', requireRole(), (req, res, next) => {
    const entry = deps.library.get(String(req.params.id));
    const hidden = req.user!.role === 'trainee' && entry && !deps.library.isEnabled(entry.id);
    if (!entry?.scenario || hidden)
      return next(new AppError('not_found', `no playable scenario "${String(req.params.id)}"`));
    res.json({
      ok: true,
      scenario: {
        ...forTrainee({ ...entry, scenario: entry.scenario }),
        enabled: deps.library.isEnabled(entry.id),
      },
    });
  });
  api.use('/scenarios', requireRole(...CAN.manageLibrary), libraryRoutes(deps.library));

  // Attempts: lists with filters, one attempt, and trainers' review.
  api.get(
    '/attempts',
    requireRole(),
    wrap(async (req, res) => {
      const filter = parseFilter(req.query);
      const page = parsePage(req.query);
      // With `limit`: one page, newest first, and where the next one starts (see AttemptPage).
      if (page) res.json({ ok: true, ...(await deps.attempts.listPage(req.user!, filter, page)) });
      else res.json({ ok: true, attempts: await deps.attempts.list(req.user!, filter) });
    }),
  );
  api.get(
    '/attempts/:id',
    requireRole(),
    wrap(async (req, res) => {
      res.json({ ok: true, attempt: await deps.attempts.get(req.user!, String(req.params.id)) });
    }),
  );
  api.post(
    '/attempts/:id/comments',
    requireRole(...CAN.review),
    wrap(async (req, res) => {
      res.status(201).json({
        ok: true,
        comment: await deps.attempts.comment(req.user!, String(req.params.id), req.body ?? {}),
      });
    }),
  );
  api.post(
    '/attempts/:id/override',
    requireRole(...CAN.review),
    wrap(async (req, res) => {
      res.json({
        ok: true,
        override: await deps.attempts.override(req.user!, String(req.params.id), req.body ?? {}),
      });
    }),
  );

  api.use(reportRoutes(deps));
  api.use((_req, _res, next) => next(new AppError('not_found', 'no such API route')));
  return api;
}
