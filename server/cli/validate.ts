import {
  formatDiagnostic,
  hasErrors,
  sortDiagnostics,
  type Diagnostic,
} from '../scenarios/diagnostics';
import { collectScenarioFiles, loadScenarioFiles } from '../scenarios/library';
import type { ParsedScenario } from '../scenarios/load';
import { parseArgs, UsageError, writeLine, type CliIO, type ExitCode } from './io';

export const VALIDATE_USAGE = 'sparring validate PATH...   check scenario files and folders';

/** Loads every scenario under the paths; prints nothing. */
export async function loadPaths(
  paths: readonly string[],
  io: CliIO,
): Promise<{ loaded: ParsedScenario[]; diagnostics: Diagnostic[] }> {
  const { files, diagnostics } = await collectScenarioFiles(paths, io.cwd);
  const loaded = await loadScenarioFiles(files, io.cwd);
  return {
    loaded,
    diagnostics: sortDiagnostics([...diagnostics, ...loaded.flatMap((l) => l.diagnostics)]),
  };
}

export async function validateCommand(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  const { positional } = parseArgs(argv, {});
  if (!positional.length) throw new UsageError('validate needs at least one file or folder');
  const { loaded, diagnostics } = await loadPaths(positional, io);
  if (!loaded.length && !diagnostics.length) {
    // Still one `path:line:col: error: message` line per problem, as tools parse it.
    for (const file of positional)
      diagnostics.push({
        file,
        line: 1,
        col: 1,
        severity: 'error',
        code: 'unreadable',
        message: 'no scenario files (.yaml, .yml) found',
        args: { variant: 'no-files' },
      });
  }
  for (const d of diagnostics) writeLine(io.stdout, formatDiagnostic(d));
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const summary = `${loaded.length} scenario file${loaded.length === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  writeLine(io.stderr, summary);
  return hasErrors(diagnostics) || loaded.length === 0 ? 1 : 0;
}
