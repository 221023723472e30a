import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDiagnostic } from '../../../server/scenarios/diagnostics';
import { parseScenario } from '../../../server/scenarios/load';
import { runScenarioTests } from '../../../server/app/scenario-tests';
import { ROOT } from '../../helpers/cli';

/** Complete scenarios shown in the authoring guides must be valid and their tests must pass. */
describe.each(['docs/authoring-guide.md', 'docs/authoring-guide.ru.md'])('%s', (guide) => {
  const text = readFileSync(join(ROOT, guide), 'utf8');
  const blocks = [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const complete = blocks.filter(
    (b) => /^id:/m.test(b) && /^steps:/m.test(b) && /^endings:/m.test(b),
  );

  test('shows complete scenarios', () => {
    expect(complete.length).toBeGreaterThanOrEqual(2);
  });

  test.each(complete.map((b, i) => [i, b] as const))(
    'complete example #%i validates and passes its tests',
    (_i, block) => {
      const parsed = parseScenario(block, 'example.yaml');
      expect(
        parsed.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic),
      ).toEqual([]);
      const failed = runScenarioTests(parsed.scenario!).results.filter((r) => !r.passed);
      expect(failed.map((r) => `${r.name}: ${r.problem}`)).toEqual([]);
    },
  );
});
