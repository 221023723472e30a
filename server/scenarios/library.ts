/** Reads scenario files and folders from disk, and checks what only the whole library can show. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { sortDiagnostics, type Diagnostic, type DiagnosticArgs } from './diagnostics';
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
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      const message = missing ? 'no such file or folder' : (error as Error).message;
      diagnostics.push({
        file: p,
        line: 1,
        col: 1,
        severity: 'error',
        code: 'unreadable',
        message,
        args: missing ? { variant: 'missing' } : { variant: 'fs', detail: message },
      });
    }
  }
  return { files, diagnostics };
}

/** Reads one file, refusing oversized ones before reading them whole. */
export async function loadScenarioFile(file: string, cwd: string): Promise<ParsedScenario> {
  const fail = (
    message: string,
    args: DiagnosticArgs,
    code: Diagnostic['code'] = 'unreadable',
    line = 1,
  ): ParsedScenario => ({
    file,
    scenario: null,
    diagnostics: [{ file, line, col: 1, severity: 'error', code, message, args }],
  });
  try {
    const full = resolve(cwd, file);
    const info = await stat(full);
    if (info.size > MAX_SCENARIO_BYTES) {
      return fail(
        `file is too large (${Math.ceil(info.size / 1024)} KB); the limit is ${MAX_SCENARIO_BYTES / 1024} KB`,
        { size: Math.ceil(info.size / 1024), limit: MAX_SCENARIO_BYTES / 1024 },
        'file-too-large',
      );
    }
    const bytes = await readFile(full);
    const text = decodeUtf8(bytes);
    if (typeof text !== 'string') return fail(text.message, text.args, 'unreadable', text.line);
    return parseScenario(text, file);
  } catch (error) {
    return fail(`cannot read the file: ${(error as Error).message}`, {
      detail: (error as Error).message,
    });
  }
}

/**
 * The file's text, or where it stops being UTF-8: a file saved in another encoding would otherwise
 * be read with replacement characters in place of its letters, silently.
 */
export function decodeUtf8(
  bytes: Uint8Array,
): string | { line: number; message: string; args: DiagnosticArgs } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return {
      line: 1,
      message: 'the file is saved as UTF-16; save it as UTF-8',
      args: { variant: 'utf16' },
    };
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i < bytes.length && bytes[i] !== 0x0a) continue;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, i));
      } catch {
        break;
      }
      line++;
      start = i + 1;
    }
    return {
      line,
      message: `line ${line} is not valid UTF-8 (the file is in another encoding, such as Windows-1251); save it as UTF-8`,
      args: { variant: 'not-utf8', line },
    };
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
    // Also for a file with other errors: the trainer sees every problem at once.
    const id = entry.scenario?.id ?? entry.declaredId;
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
      args: { id, other: first.file },
    });
    entry.diagnostics = sortDiagnostics(entry.diagnostics);
    entry.scenario = null;
  }
}
