/** Reads scenario files and folders from disk, and checks what only the whole library can show. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Diagnostic } from './diagnostics';
import { MAX_SCENARIO_BYTES, parseScenario, type ParsedScenario } from './load';

const SCENARIO_FILE = /\.ya?ml$/i;

/** Expands folders (recursively) into their `.yaml`/`.yml` files, in a stable order. */
export async function collectScenarioFiles(
  paths: readonly string[],
  cwd: string,
): Promise<{ files: string[]; diagnostics: Diagnostic[] }> {
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const walk = async (shown: string): Promise<void> => {
    const info = await stat(resolve(cwd, shown));
    if (info.isDirectory()) {
      const entries = await readdir(resolve(cwd, shown), { withFileTypes: true });
      entries.sort((a, b) => a.name.localeCompare(b.name));
      for (const entry of entries) {
        if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
        if (entry.isDirectory() || SCENARIO_FILE.test(entry.name))
          await walk(join(shown, entry.name));
      }
    } else {
      files.push(shown);
    }
  };
  for (const p of paths) {
    try {
      await walk(p);
    } catch (error) {
      const message =
        (error as NodeJS.ErrnoException).code === 'ENOENT'
          ? 'no such file or folder'
          : (error as Error).message;
      diagnostics.push({
        file: p,
        line: 1,
        col: 1,
        severity: 'error',
        code: 'unreadable',
        message,
      });
    }
  }
  return { files, diagnostics };
}

/** Reads one file, refusing oversized ones before reading them whole. */
export async function loadScenarioFile(file: string, cwd: string): Promise<ParsedScenario> {
  const fail = (message: string, code: Diagnostic['code'] = 'unreadable'): ParsedScenario => ({
    file,
    scenario: null,
    diagnostics: [{ file, line: 1, col: 1, severity: 'error', code, message }],
  });
  try {
    const full = resolve(cwd, file);
    const info = await stat(full);
    if (info.size > MAX_SCENARIO_BYTES) {
      return fail(
        `file is too large (${Math.ceil(info.size / 1024)} KB); the limit is ${MAX_SCENARIO_BYTES / 1024} KB`,
        'file-too-large',
      );
    }
    return parseScenario(await readFile(full, 'utf8'), file);
  } catch (error) {
    return fail(`cannot read the file: ${(error as Error).message}`);
  }
}

/** Loads files and reports ids used by more than one of them. */
export async function loadScenarioFiles(
  files: readonly string[],
  cwd: string,
): Promise<ParsedScenario[]> {
  const loaded: ParsedScenario[] = [];
  for (const file of files) loaded.push(await loadScenarioFile(file, cwd));
  checkDuplicateIds(loaded);
  return loaded;
}

/** Marks every scenario whose `id` an earlier file already uses. */
export function checkDuplicateIds(loaded: ParsedScenario[]): void {
  const firstById = new Map<string, ParsedScenario>();
  for (const entry of loaded) {
    const id = entry.scenario?.id;
    if (id === undefined) continue;
    const first = firstById.get(id);
    if (!first) {
      firstById.set(id, entry);
      continue;
    }
    const pos = entry.idPosition ?? { line: 1, col: 1 };
    entry.diagnostics.push({
      file: entry.file,
      line: pos.line,
      col: pos.col,
      severity: 'error',
      code: 'duplicate-id',
      message: `duplicate id "${id}": ${first.file} already uses it`,
    });
    entry.scenario = null;
  }
}
