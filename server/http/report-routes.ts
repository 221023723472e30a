/** Dashboards, per-trainee reports, exports and re-scoring. */
import express, { type Router } from 'express';
import { CAN } from '../app/access';
import { parseFilter } from '../app/attempt-filter';
import {
  CONTENT_TYPES,
  CSV_SEPARATORS,
  EXPORT_FORMATS,
  type CsvSeparator,
  type ExportFormat,
} from '../app/export';
import { AppError } from '../contracts/errors';
import type { RouteDeps } from './routes';
import { wrap } from './routes';
import { requireRole } from './session';

/** How long a request that starts a re-scoring waits for it to end before answering with progress. */
const RESCORE_WAIT_MS = 2000;

export function reportRoutes(deps: RouteDeps): Router {
  const r = express.Router();
  r.get(
    '/stats',
    requireRole(...CAN.dashboards),
    wrap(async (req, res) => {
      res.json({ ok: true, ...(await deps.reports.stats(req.user!, parseFilter(req.query))) });
    }),
  );
  r.get(
    '/trainees/:username/report',
    requireRole(...CAN.dashboards),
    wrap(async (req, res) => {
      res.json({
        ok: true,
        report: await deps.reports.trainee(
          req.user!,
          String(req.params.username),
          parseFilter(req.query),
        ),
      });
    }),
  );
  r.get(
    '/export',
    requireRole(...CAN.export),
    wrap(async (req, res) => {
      const format = String(req.query.format ?? 'csv') as ExportFormat;
      if (!EXPORT_FORMATS.includes(format))
        throw new AppError('bad_request', `format: one of ${EXPORT_FORMATS.join(', ')}`);
      const filter = parseFilter(req.query);
      const pseudonymise = ['1', 'true', 'yes', 'on'].includes(
        String(req.query.pseudonymise ?? ''),
      );
      const separator = (req.query.sep ?? 'comma') as CsvSeparator;
      if (!CSV_SEPARATORS.includes(separator))
        throw new AppError('bad_request', `sep: one of ${CSV_SEPARATORS.join(', ')}`);
      const now = deps.now();
      res.setHeader('content-type', CONTENT_TYPES[format]);
      res.setHeader(
        'content-disposition',
        contentDisposition(
          `${exportFileName(req.query, pseudonymise, now)}.${format}`,
          `${exportFileName(req.query, pseudonymise, now, true)}.${format}`,
        ),
      );
      res.setHeader('cache-control', 'no-store');
      await deps.exporter.write({ format, filter, pseudonymise, separator }, res);
    }),
  );
  // Re-scoring runs in the background (see RescoreJob). A job that ends within a couple of seconds
  // is answered with its result (200); a longer one with its progress (202), which GET then follows.
  r.post(
    '/rescore',
    requireRole(...CAN.rescore),
    wrap(async (_req, res) => {
      const finished = deps.rescore.start();
      const status = await Promise.race([
        finished,
        new Promise<null>((resolve) => setTimeout(resolve, RESCORE_WAIT_MS, null).unref()),
      ]);
      if (status) {
        const { rescored, skipped, scorer } = status;
        res.json({ ok: true, rescored, skipped, scorer, job: status });
      } else res.status(202).json({ ok: true, job: deps.rescore.current() });
    }),
  );
  r.get(
    '/rescore',
    requireRole(...CAN.rescore),
    wrap(async (_req, res) => {
      res.json({ ok: true, job: deps.rescore.current() });
    }),
  );
  return r;
}

/**
 * The download's name says what it holds: the period asked for (or today's date), the group, and
 * whether names are pseudonymised. Letters (a Cyrillic group name too), digits and dashes only.
 */
function exportFileName(
  query: Record<string, unknown>,
  pseudonymise: boolean,
  now: number,
  ascii = false,
): string {
  const drop = ascii ? /[^A-Za-z0-9-]+/g : /[^\p{L}\p{N}-]+/gu;
  const part = (k: string) =>
    typeof query[k] === 'string' ? (query[k] as string).replace(drop, '').slice(0, 40) : '';
  const from = part('from').slice(0, 10);
  const to = part('to').slice(0, 10);
  const period =
    from || to ? `${from || 'start'}--${to || 'now'}` : new Date(now).toISOString().slice(0, 10);
  const group = part('group');
  return ['sparring-attempts', period, group, pseudonymise ? 'pseudonymised' : '']
    .filter(Boolean)
    .join('-');
}

/** An ASCII name for every client, and the UTF-8 one (RFC 6266) when the name has other letters. */
function contentDisposition(name: string, ascii: string): string {
  return name === ascii
    ? `attachment; filename="${name}"`
    : `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
