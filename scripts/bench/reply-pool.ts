/** Real texts to benchmark and probe the scorer with: corpora requests, scenario test replies. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { parseScenario } from '../../server/scenarios/load';
import { corporaAvailable, DATA_DIR } from '../eval/corpora';

const ROOT = join(__dirname, '../..');

function scenarioReplies(): string[] {
  const dir = join(ROOT, 'scenarios');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap(
      (f) =>
        parseScenario(readFileSync(join(dir, f), 'utf8'), f).scenario?.tests?.flatMap(
          (t) => t.agent,
        ) ?? [],
    )
    .filter((r) => !r.startsWith('<'));
}

function corpusTexts(): string[] {
  const files = [
    'stanford-politeness/wikipedia.annotated.csv',
    'stanford-politeness/stack-exchange.annotated.csv',
  ];
  const en = files.flatMap((f) =>
    (
      parse(readFileSync(join(DATA_DIR, f)), { columns: true }) as Array<Record<string, string>>
    ).map((r) => r.Request!),
  );
  const ru = (
    parse(readFileSync(join(DATA_DIR, 'tydip/ru_test.csv')), { columns: true }) as Array<
      Record<string, string>
    >
  ).map((r) => r.sentence!);
  return [...en, ...ru];
}

/** `n` texts, cycling through the pool in a fixed order. */
export function replyPool(n: number): { texts: string[]; source: string } {
  const scenario = scenarioReplies();
  const corpus = corporaAvailable() ? corpusTexts() : [];
  const pool = [...scenario, ...corpus];
  const source = corpus.length
    ? `${scenario.length} scenario test replies + ${corpus.length} politeness-corpus requests, in a fixed shuffle`
    : `${scenario.length} scenario test replies, in a fixed shuffle (corpora not found)`;
  // A fixed shuffle (LCG), so both languages and both sources are spread through the run.
  let seed = 12345;
  for (let i = pool.length - 1; i > 0; i--) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    const j = seed % (i + 1);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return { texts: Array.from({ length: n }, (_, i) => pool[i % pool.length]!), source };
}
