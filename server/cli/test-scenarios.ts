import { play } from '../engine/playback';
import { compile, STALLED_ENDING } from '../engine/step';
import { formatDiagnostic } from '../scenarios/diagnostics';
import type { Scenario, ScenarioTest } from '../scenarios/schema';
import { scorer } from '../scoring';
import { parseArgs, UsageError, writeLine, type CliIO, type ExitCode } from './io';
import { loadPaths } from './validate';

export const TEST_USAGE =
  "sparring test PATH...       run the scenarios' tests; report what no test reaches";

export interface TestResult {
  name: string;
  passed: boolean;
  ending: string | null;
  outcome: string | null;
  problem?: string;
}

export interface ScenarioTestReport {
  results: TestResult[];
  /** Steps, endings and rules no test reaches. */
  uncovered: { steps: string[]; endings: string[]; rules: string[] };
}

/** Runs a scenario's `tests`; pure apart from the scorer it is given. */
export function runScenarioTests(scenario: Scenario): ScenarioTestReport {
  const playable = compile(scenario, scorer);
  const steps = new Set<string>();
  const endings = new Set<string>();
  const rules = new Set<string>();
  const results = (scenario.tests ?? []).map((test: ScenarioTest): TestResult => {
    const playback = play(playable, test.agent, test.seed ?? 1);
    playback.visited.steps.forEach((s) => steps.add(s));
    playback.visited.rules.forEach((r) => rules.add(r));
    if (playback.ending) endings.add(playback.ending);
    const problems: string[] = [];
    if (test.expect.ending !== undefined && playback.ending !== test.expect.ending) {
      problems.push(`expected ending "${test.expect.ending}", got ${describeEnd(playback.ending)}`);
    }
    if (test.expect.outcome !== undefined && playback.outcome !== test.expect.outcome) {
      problems.push(
        `expected outcome "${test.expect.outcome}", got ${playback.outcome ? `"${playback.outcome}"` : 'no outcome'}`,
      );
    }
    const result: TestResult = {
      name: test.name,
      passed: !problems.length,
      ending: playback.ending,
      outcome: playback.outcome,
    };
    if (problems.length) {
      const trail = playback.transcript
        .map(
          (t) =>
            `      ${t.role === 'agent' ? 'trainee' : 'customer'} [${t.step}, mood ${t.mood}]: ${t.text}`,
        )
        .join('\n');
      result.problem = `${problems.join('; ')} (final mood ${playback.mood})\n${trail}`;
    }
    return result;
  });
  const allRules = Object.entries(scenario.steps).flatMap(([name, step]) => [
    ...(step.replies ?? []).map((_, i) => `${name}/replies[${i}]`),
    ...(step.otherwise ? [`${name}/otherwise`] : []),
  ]);
  return {
    results,
    uncovered: {
      steps: Object.keys(scenario.steps).filter((s) => !steps.has(s)),
      endings: Object.keys(scenario.endings).filter((e) => !endings.has(e)),
      rules: allRules.filter((r) => !rules.has(r)),
    },
  };
}

function describeEnd(ending: string | null): string {
  if (ending === null) return 'no ending (the replies ran out first)';
  return ending === STALLED_ENDING
    ? `"${STALLED_ENDING}" (the loop guard ended the chat)`
    : `"${ending}"`;
}

export async function testCommand(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  const { positional } = parseArgs(argv, {});
  if (!positional.length) throw new UsageError('test needs at least one file or folder');
  const { loaded, diagnostics } = await loadPaths(positional, io);
  let failed = 0;
  let passed = 0;
  for (const d of diagnostics)
    if (d.severity === 'error') writeLine(io.stdout, formatDiagnostic(d));
  for (const entry of loaded) {
    if (!entry.scenario) {
      failed++;
      writeLine(io.stdout, `FAIL ${entry.file}: the scenario does not validate (errors above)`);
      continue;
    }
    const report = runScenarioTests(entry.scenario);
    if (!report.results.length) writeLine(io.stdout, `${entry.file}: no tests`);
    for (const r of report.results) {
      if (r.passed) passed++;
      else failed++;
      writeLine(
        io.stdout,
        `${r.passed ? 'PASS' : 'FAIL'} ${entry.file}: ${r.name}${r.problem ? `\n      ${r.problem}` : ''}`,
      );
    }
    const { steps, endings, rules } = report.uncovered;
    if (steps.length)
      writeLine(io.stdout, `${entry.file}: coverage: steps no test reaches: ${steps.join(', ')}`);
    if (endings.length)
      writeLine(
        io.stdout,
        `${entry.file}: coverage: endings no test reaches: ${endings.join(', ')}`,
      );
    if (rules.length)
      writeLine(io.stdout, `${entry.file}: coverage: rules no test fires: ${rules.join(', ')}`);
  }
  if (!loaded.length && !diagnostics.length)
    writeLine(io.stdout, `no scenario files found in ${positional.join(', ')}`);
  writeLine(io.stdout, `${passed} passed, ${failed} failed`);
  return failed || !loaded.length || diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}
