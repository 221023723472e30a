import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { play, scorePlayback } from '../engine/playback';
import { compile } from '../engine/step';
import { formatDiagnostic } from '../scenarios/diagnostics';
import { scorer } from '../scoring';
import { parseArgs, UsageError, writeLine, type CliIO, type ExitCode } from './io';
import { loadPaths } from './validate';

export const PLAY_USAGE =
  'sparring play SCENARIO.yaml --agent FILE [--seed N]   play replies (one per line) and print JSON';

export async function playCommand(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  const { positional, values } = parseArgs(argv, { values: ['agent', 'seed'] });
  if (positional.length !== 1) throw new UsageError('play needs exactly one scenario file');
  if (values.agent === undefined)
    throw new UsageError('play needs --agent FILE (one trainee reply per line; "-" reads stdin)');
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0)
    throw new UsageError(`--seed must be a whole number ≥ 0, got "${values.seed}"`);

  const { loaded, diagnostics } = await loadPaths(positional, io);
  const entry = loaded[0];
  if (!entry?.scenario) {
    for (const d of diagnostics) writeLine(io.stderr, formatDiagnostic(d));
    if (!entry) writeLine(io.stderr, `${positional[0]}: not a scenario file`);
    return 1;
  }
  let source: string;
  try {
    source =
      values.agent === '-'
        ? await readAll(io.stdin)
        : await readFile(resolve(io.cwd, values.agent), 'utf8');
  } catch (error) {
    writeLine(io.stderr, `${values.agent}: cannot read the replies: ${(error as Error).message}`);
    return 1;
  }
  const replies = source.split(/\r?\n/).filter((line) => line.trim() !== '');
  const playable = compile(entry.scenario, scorer);
  const playback = play(playable, replies, seed);
  const score = scorePlayback(playable, playback);
  writeLine(
    io.stdout,
    JSON.stringify({
      ending: playback.ending,
      outcome: playback.outcome,
      mood: playback.mood,
      transcript: playback.transcript,
      scores: score.scores,
      findings: score.findings,
      scorer: scorer.version,
      seed,
    }),
  );
  return 0;
}

export async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
