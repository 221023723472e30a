import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../app';
import { configFromEnv, describeStartupError, serve } from '../main';
import { parseArgs, writeLine, type CliIO, type ExitCode } from './io';

export const SERVE_USAGE =
  'sparring serve              serve the app (PORT, DATA_DIR, SCENARIOS_DIR; builds the UI if needed)';

/** The newest modification time under a folder. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(path).map((f) => newest(join(path, f))));
}

/** Builds the browser UI when client/dist is missing or older than its sources. */
export function buildClientIfNeeded(io: CliIO): boolean {
  const client = join(ROOT, 'client');
  if (!existsSync(join(client, 'index.html'))) return true;
  const built = join(client, 'dist/index.html');
  const sources = Math.max(
    newest(join(client, 'src')),
    newest(join(client, 'index.html')),
    newest(join(client, 'vite.config.ts')),
  );
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return true;
  writeLine(io.stderr, 'Building the browser UI (client/dist)…');
  const result = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      join(client, 'vite.config.ts'),
      '--logLevel',
      'warn',
    ],
    {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  if (result.status !== 0) {
    writeLine(io.stderr, 'sparring serve: building the browser UI failed (see above)');
    return false;
  }
  return true;
}

export async function serveCommand(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  parseArgs(argv, {});
  let config;
  try {
    config = configFromEnv(io.env, io.cwd);
  } catch (error) {
    writeLine(io.stderr, `sparring serve: ${(error as Error).message}`);
    return 2;
  }
  // SPARRING_BUILD_CLIENT=off skips the UI build (API-only tests). A failed build is reported
  // and the server still starts, with the last good build if there is one.
  if (!/^(off|false|0|no)$/i.test(io.env.SPARRING_BUILD_CLIENT ?? '') && !buildClientIfNeeded(io)) {
    writeLine(io.stderr, 'sparring serve: starting without a fresh browser UI build');
  }
  let stop: () => Promise<void>;
  try {
    stop = await serve(config, io.stdout);
  } catch (error) {
    writeLine(io.stderr, `sparring serve: ${describeStartupError(error)}`);
    return 1;
  }
  return new Promise<ExitCode>((resolve) => {
    const shutdown = () => {
      writeLine(io.stdout, 'Shutting down…');
      void stop().then(() => resolve(0));
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  });
}
