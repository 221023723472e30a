import { formatDiagnostic } from '../scenarios/diagnostics';
import { runScenarioTests } from '../app/scenario-tests';
import { parseArgs, UsageError, writeLine, type CliIO, type ExitCode } from './io';
import { loadPaths } from './validate';

export const TEST_USAGE =
  "sparring test PATH...       run the scenarios' tests; report what no test reaches";

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
