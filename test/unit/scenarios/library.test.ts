import { collectScenarioFiles, loadScenarioFiles } from '../../../server/scenarios/library';
import { runScenarioTests } from '../../../server/app/scenario-tests';
import { ROOT } from '../../helpers/cli';

describe('the bundled scenario library', () => {
  let loaded: Awaited<ReturnType<typeof loadScenarioFiles>>;
  beforeAll(async () => {
    const { files } = await collectScenarioFiles(['scenarios'], ROOT);
    loaded = await loadScenarioFiles(files, ROOT);
  });

  test('has at least 10 scenarios, at least 4 in each language', () => {
    expect(loaded.length).toBeGreaterThanOrEqual(10);
    for (const lang of ['en', 'ru']) {
      expect(loaded.filter((l) => l.scenario?.language === lang).length).toBeGreaterThanOrEqual(4);
    }
  });

  test('every scenario validates without errors or warnings', () => {
    for (const entry of loaded)
      expect({ file: entry.file, problems: entry.diagnostics.map((d) => d.message) }).toEqual({
        file: entry.file,
        problems: [],
      });
  });

  test('every scenario has a brief, a customer card, success and failure endings, and 2+ tests that all pass and reach every ending', () => {
    for (const { file, scenario } of loaded) {
      expect(scenario).not.toBeNull();
      const s = scenario!;
      expect(`${file}: ${typeof s.brief}`).toBe(`${file}: string`);
      expect(Object.keys(s.context ?? {}).length).toBeGreaterThanOrEqual(3);
      const outcomes = Object.values(s.endings).map((e) => e.outcome);
      expect(outcomes).toEqual(expect.arrayContaining(['success', 'failure']));
      expect((s.tests ?? []).length).toBeGreaterThanOrEqual(2);
      const report = runScenarioTests(s);
      expect({
        file,
        failed: report.results.filter((r) => !r.passed).map((r) => `${r.name}: ${r.problem}`),
      }).toEqual({ file, failed: [] });
      expect({
        file,
        unreachedEndings: report.uncovered.endings,
        unreachedSteps: report.uncovered.steps,
      }).toEqual({ file, unreachedEndings: [], unreachedSteps: [] });
    }
  });
});
