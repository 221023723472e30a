/** Runs a scenario's `tests:` through the engine: what `sparring test` and the library report. */
import { play } from '../engine/playback';
import { compile, STALLED_ENDING } from '../engine/step';
import type { Scenario, ScenarioTest } from '../scenarios/schema';
import { scorer } from '../scoring';

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
