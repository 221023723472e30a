import { createInterface } from 'node:readline';
import { z } from 'zod';
import { scorer } from '../scoring';
import { parseArgs, writeLine, type CliIO, type ExitCode } from './io';

export const SCORE_USAGE =
  'sparring score              score JSON Lines transcripts from stdin, one JSON line out per line in';

const MAX_TEXT = 20_000;

export const ScoreRequest = z.object({
  id: z.union([z.string(), z.number()]),
  lang: z.enum(['en', 'ru'], { error: 'lang must be "en" or "ru"' }),
  turns: z
    .array(
      z.object({
        role: z.enum(['customer', 'agent'], { error: 'role must be "customer" or "agent"' }),
        text: z.string().max(MAX_TEXT, { error: `text is longer than ${MAX_TEXT} characters` }),
      }),
    )
    .max(2_000),
  phrases: z
    .object({ avoid: z.array(z.string()).optional(), prefer: z.array(z.string()).optional() })
    .optional(),
  rubric: z
    .partialRecord(z.enum(['patience', 'positive_phrasing', 'closure']), z.number().min(0))
    .optional(),
});

/** Scores one JSON line; never throws. */
export function scoreLine(line: string, lineNumber: number): { output: object; ok: boolean } {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (error) {
    return {
      ok: false,
      output: {
        id: null,
        error: {
          code: 'bad-json',
          message: `line ${lineNumber}: not JSON: ${(error as Error).message}`,
        },
      },
    };
  }
  const parsed = ScoreRequest.safeParse(data);
  if (!parsed.success) {
    const id =
      typeof data === 'object' && data && 'id' in data ? (data as { id: unknown }).id : null;
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
    return {
      ok: false,
      output: {
        id,
        error: { code: 'bad-input', message: `line ${lineNumber}: ${where}${issue.message}` },
      },
    };
  }
  const { id, lang, turns, phrases, rubric } = parsed.data;
  const result = scorer.scoreTranscript({ lang, turns, phrases, rubric });
  return {
    ok: true,
    output: { id, scores: result.scores, findings: result.findings, scorer: scorer.version },
  };
}

export async function scoreCommand(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  parseArgs(argv, {});
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  let n = 0;
  let failures = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    const { output, ok } = scoreLine(line, n);
    if (!ok) failures++;
    writeLine(io.stdout, JSON.stringify(output));
  }
  return failures ? 1 : 0;
}
