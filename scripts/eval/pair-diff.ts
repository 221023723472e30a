/**
 * `npm run eval:diff`: what a scorer change does to every labelled pair, before it lands.
 *
 *   npm run eval:diff -- save before.json        (on the build before the change)
 *   npm run eval:diff -- save after.json         (on the changed build)
 *   npm run eval:diff -- compare before.json after.json
 *
 * For the sets that may be read it lists each pair that turned wrong or right, and each `better`
 * reply that lost points. A set kept unread (UNREAD in pairs.ts) is saved as its total only, and
 * compared as totals only: no one learns which of its pairs moved. The exit code is 1 when a read
 * pair turned wrong, a `better` reply lost points or an unread total fell, the checks every scorer
 * change must pass (docs/EVAL.md, method notes).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scorer } from '../../server/scoring';
import { evaluatePairs, loadPairs, pairSets, PAIRS_DIR, UNREAD } from './pairs';

export interface SetRun {
  correct: number;
  total: number;
  /** Read sets only: each pair's two scores, by pair id. */
  pairs?: Record<string, { better: number; worse: number }>;
}

export interface PairRun {
  scorer: string;
  sets: Record<string, SetRun>;
}

/** Scores every pair set with the scorer as it is now. */
export function runPairs(sets: readonly string[] = pairSets()): PairRun {
  const out: PairRun = { scorer: scorer.version, sets: {} };
  for (const file of sets) {
    const outcomes = evaluatePairs(loadPairs(join(PAIRS_DIR, file)));
    const run: SetRun = {
      correct: outcomes.filter((o) => o.correct).length,
      total: outcomes.length,
    };
    if (!UNREAD.has(file))
      run.pairs = Object.fromEntries(
        outcomes.map((o) => [o.pair.id, { better: o.better, worse: o.worse }]),
      );
    out.sets[file] = run;
  }
  return out;
}

export interface PairDiff {
  /** One line per change worth reading, in set order. */
  lines: string[];
  /** The changes that must not land: read pairs turned wrong, better replies down, unread totals down. */
  problems: number;
}

const fmt = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));

/** What changed from one run to the next (pure: see runPairs for the runs). */
export function comparePairRuns(before: PairRun, after: PairRun): PairDiff {
  const lines: string[] = [`${before.scorer} → ${after.scorer}`];
  let problems = 0;
  for (const [file, now] of Object.entries(after.sets)) {
    const was = before.sets[file];
    if (!was) {
      lines.push(`${file}: new set, ${now.correct}/${now.total}`);
      continue;
    }
    const total = `${was.correct}/${was.total} → ${now.correct}/${now.total}`;
    if (!now.pairs || !was.pairs) {
      // Unread: the total is all there is to see.
      const fell = now.correct < was.correct;
      if (fell) problems++;
      if (fell || now.correct !== was.correct)
        lines.push(`${file} (unread): ${total}${fell ? '  ✗ fell' : ''}`);
      continue;
    }
    const changes: string[] = [];
    for (const [id, p] of Object.entries(now.pairs)) {
      const q = was.pairs[id];
      if (!q) continue;
      const right = p.better > p.worse;
      const wasRight = q.better > q.worse;
      const scores = `better ${fmt(q.better)} → ${fmt(p.better)}, worse ${fmt(q.worse)} → ${fmt(p.worse)}`;
      if (wasRight && !right) {
        problems++;
        changes.push(`  ✗ ${id} turned wrong (${scores})`);
      } else if (!wasRight && right) changes.push(`  ✓ ${id} turned right (${scores})`);
      else if (p.better < q.better) {
        problems++;
        changes.push(`  ✗ ${id}: the better reply lost points (${scores})`);
      }
    }
    if (changes.length || now.correct !== was.correct) lines.push(`${file}: ${total}`, ...changes);
  }
  lines.push(
    problems
      ? `${problems} change(s) that must not land`
      : 'nothing turned wrong, no better reply lost points, no unread total fell',
  );
  return { lines, problems };
}

function main(argv: string[]): number {
  const [verb, a, b] = argv;
  if (verb === 'save' && a) {
    writeFileSync(a, `${JSON.stringify(runPairs())}\n`);
    process.stdout.write(`saved the pair scores of ${scorer.version} to ${a}\n`);
    return 0;
  }
  if (verb === 'compare' && a && b) {
    const read = (f: string) => JSON.parse(readFileSync(f, 'utf8')) as PairRun;
    const diff = comparePairRuns(read(a), read(b));
    process.stdout.write(`${diff.lines.join('\n')}\n`);
    return diff.problems ? 1 : 0;
  }
  process.stderr.write(
    'usage: npm run eval:diff -- save <file.json>\n       npm run eval:diff -- compare <before.json> <after.json>\n',
  );
  return 2;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
