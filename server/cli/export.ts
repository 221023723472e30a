import { createWriteStream } from 'node:fs';
import { PassThrough } from 'node:stream';
import { finished } from 'node:stream/promises';
import { resolve } from 'node:path';
import { parseFilter } from '../app/attempt-filter';
import {
  CSV_SEPARATORS,
  EXPORT_FORMATS,
  Exporter,
  type CsvSeparator,
  type ExportFormat,
} from '../app/export';
import { AppError } from '../contracts/errors';
import { configFromEnv } from '../main';
import { LowdbStore } from '../store/lowdb-store';
import { parseArgs, UsageError, writeLine, type CliIO, type ExitCode } from './io';

export const EXPORT_USAGE =
  'sparring export --format csv|xlsx|json [--from DATE] [--to DATE] [--out FILE] [--group G] [--trainee U] [--scenario ID] [--pseudonymise] [--sep comma|semicolon]';

export async function exportCommand(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  const { positional, values, flags } = parseArgs(argv, {
    values: ['format', 'from', 'to', 'out', 'group', 'trainee', 'scenario', 'sep'],
    flags: ['pseudonymise'],
  });
  if (positional.length) throw new UsageError(`unexpected argument "${positional[0]}"`);
  const format = (values.format ?? '') as ExportFormat;
  if (!EXPORT_FORMATS.includes(format))
    throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
  const separator = (values.sep ?? 'comma') as CsvSeparator;
  if (!CSV_SEPARATORS.includes(separator))
    throw new UsageError(`--sep must be one of ${CSV_SEPARATORS.join(', ')}`);
  let filter;
  try {
    filter = parseFilter(values);
  } catch (error) {
    if (error instanceof AppError) throw new UsageError(error.message);
    throw error;
  }
  const { dataDir } = configFromEnv(io.env, io.cwd);
  const store = await LowdbStore.open({ dataDir, log: (m) => writeLine(io.stderr, m) });
  try {
    // The exporter ends the stream it writes to; stdout is written through a pipe that is not.
    const out = values.out ? createWriteStream(resolve(io.cwd, values.out)) : new PassThrough();
    if (!values.out) out.pipe(io.stdout, { end: false });
    const rows = await new Exporter(store).write(
      { format, filter, pseudonymise: flags.has('pseudonymise'), separator },
      out,
    );
    await finished(out);
    writeLine(
      io.stderr,
      `exported ${rows} attempt${rows === 1 ? '' : 's'} from ${dataDir}${values.out ? ` to ${values.out}` : ''}`,
    );
    return 0;
  } finally {
    await store.close();
  }
}
