/**
 * Trainers manage the scenario library: read sources, check, upload, replace, enable/disable, and
 * go back to an earlier version.
 */
import express, { type Router } from 'express';
import { AppError } from '../contracts/errors';
import { hasErrors, type Diagnostic } from '../scenarios/diagnostics';
import type { ScenarioLibrary } from '../app/library';
import { MAX_SCENARIO_BYTES } from '../scenarios/load';

function sourceOf(body: unknown): { source: string; filename: string } {
  const b = (body ?? {}) as { source?: unknown; filename?: unknown };
  if (typeof b.source !== 'string')
    throw new AppError('bad_request', 'source: the YAML text of the scenario');
  if (Buffer.byteLength(b.source) > MAX_SCENARIO_BYTES) {
    throw new AppError('too_long', `the file is larger than ${MAX_SCENARIO_BYTES / 1024} KB`);
  }
  const raw = typeof b.filename === 'string' && b.filename ? b.filename : 'upload.yaml';
  // Only a display name: files are stored as <id>.yaml, never under a name the client chose.
  const filename =
    raw
      .replace(/^.*[\\/]/, '')
      .replace(/[^\w.\- ]/g, '_')
      .slice(0, 100) || 'upload.yaml';
  return { source: b.source, filename };
}

export function libraryRoutes(library: ScenarioLibrary): Router {
  const r = express.Router();
  const wrap =
    (fn: (req: express.Request, res: express.Response) => Promise<unknown>) =>
    (req: express.Request, res: express.Response, next: express.NextFunction) =>
      fn(req, res).catch(next);

  r.post('/check', (req, res) => {
    const { source, filename } = sourceOf(req.body);
    const checked = library.check(
      source,
      filename,
      typeof req.body?.replacing === 'string' ? req.body.replacing : undefined,
    );
    res.json({
      ok: true,
      valid: !hasErrors(checked.diagnostics),
      diagnostics: checked.diagnostics,
      tests: checked.tests ?? null,
    });
  });

  const store = (replacing: (req: express.Request) => string | undefined) =>
    wrap(async (req, res) => {
      const { source, filename } = sourceOf(req.body);
      const result = await library.upload(source, filename, replacing(req));
      if (!result.entry) {
        refuseInvalid(res, result.diagnostics, (errors) => `the scenario has ${errors}`);
        return;
      }
      res.status(replacing(req) ? 200 : 201).json({
        ok: true,
        scenario: library.summaryOf(result.entry),
        diagnostics: result.diagnostics,
        tests: result.tests ?? null,
      });
    });
  r.post(
    '/',
    store(() => undefined),
  );
  r.put(
    '/:id',
    store((req) => String(req.params.id)),
  );

  r.get(
    '/:id/source',
    wrap(async (req, res) => {
      const id = String(req.params.id);
      const entry = library.get(id);
      if (!entry) throw new AppError('not_found', `no scenario "${id}"`);
      res.json({
        ok: true,
        source: await library.sourceOf(id),
        diagnostics: entry.diagnostics,
        tests: entry.tests,
        scenario: library.summaryOf(entry),
      });
    }),
  );
  // Earlier versions: every upload keeps the one it replaced; restoring one is undoable too.
  r.get(
    '/:id/history',
    wrap(async (req, res) => {
      res.json({ ok: true, versions: await library.history(String(req.params.id)) });
    }),
  );
  r.get(
    '/:id/history/:version',
    wrap(async (req, res) => {
      const source = await library.versionSource(String(req.params.id), String(req.params.version));
      res.json({ ok: true, source });
    }),
  );
  r.post(
    '/:id/restore',
    wrap(async (req, res) => {
      const version = req.body?.version;
      if (typeof version !== 'string' || !version)
        throw new AppError('bad_request', 'version: one of the versions GET …/history lists');
      const result = await library.restore(String(req.params.id), version);
      if (!result.entry) {
        refuseInvalid(
          res,
          result.diagnostics,
          (errors) => `that version no longer passes the checks (${errors})`,
        );
        return;
      }
      res.json({ ok: true, scenario: library.summaryOf(result.entry) });
    }),
  );
  r.post(
    '/:id/enabled',
    wrap(async (req, res) => {
      if (typeof req.body?.enabled !== 'boolean')
        throw new AppError('bad_request', 'enabled: true or false');
      await library.setEnabled(String(req.params.id), req.body.enabled);
      res.json({ ok: true, scenario: library.summaryOf(library.get(String(req.params.id))!) });
    }),
  );
  return r;
}

/** A scenario that did not pass the checks: 422 with its diagnostics, and nothing was changed. */
function refuseInvalid(
  res: express.Response,
  diagnostics: Diagnostic[],
  what: (errors: string) => string,
): void {
  const n = diagnostics.filter((d) => d.severity === 'error').length;
  res.status(422).json({
    ok: false,
    error: {
      code: 'scenario_invalid',
      message: `${what(`${n} error${n === 1 ? '' : 's'}`)}; nothing was changed`,
    },
    diagnostics,
  });
}
