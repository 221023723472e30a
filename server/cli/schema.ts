import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { JSON_SCHEMA_PATH, scenarioJsonSchemaText } from '../scenarios/json-schema';
import { parseArgs, writeLine, type CliIO, type ExitCode } from './io';

export const SCHEMA_USAGE =
  'sparring schema [--write|--check]   print, write or check schema/scenario.schema.json';

export async function schemaCommand(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  const { flags } = parseArgs(argv, { flags: ['write', 'check'] });
  const text = scenarioJsonSchemaText();
  const file = resolve(io.cwd, JSON_SCHEMA_PATH);
  if (flags.has('write')) {
    await writeFile(file, text);
    writeLine(io.stderr, `wrote ${JSON_SCHEMA_PATH}`);
    return 0;
  }
  if (flags.has('check')) {
    const current = await readFile(file, 'utf8').catch(() => '');
    if (current === text) return 0;
    writeLine(io.stderr, `${JSON_SCHEMA_PATH} is stale: run "npm run schema" and commit it`);
    return 1;
  }
  io.stdout.write(text);
  return 0;
}
