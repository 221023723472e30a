import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenario } from '../../server/scenarios/load';
import { ROOT } from '../helpers/cli';
import { Prng } from '../helpers/prng';

const MUTATIONS_PER_FILE = 60;
const files = readdirSync(join(ROOT, 'scenarios')).filter((f) => f.endsWith('.yaml'));

function mutate(source: string, rng: Prng): string {
  const lines = source.split('\n');
  const n = 1 + rng.int(3);
  for (let k = 0; k < n; k++) {
    const i = rng.int(lines.length);
    switch (rng.int(9)) {
      case 0:
        lines.splice(i, 1);
        break;
      case 1:
        lines.splice(i, 0, lines[rng.int(lines.length)] ?? '');
        break;
      case 2: {
        const j = rng.int(lines.length);
        [lines[i], lines[j]] = [lines[j]!, lines[i]!];
        break;
      }
      case 3:
        lines[i] = `${' '.repeat(rng.int(7))}${(lines[i] ?? '').trimStart()}`;
        break;
      case 4:
        lines[i] =
          (lines[i] ?? '') +
          rng.pick([':', ' [', ' {', ' "', ' &a', ' *a', ' !!binary', ' |', '\t', ' #']);
        break;
      case 5:
        lines[i] = (lines[i] ?? '').replace(
          /: .*/,
          `: ${rng.pick(['42', '-1', '~', '[]', '{}', 'true', '"x"', '1e999', '{if: {}}', '@@'])}`,
        );
        break;
      case 6:
        lines[i] = rng.text(30);
        break;
      case 7:
        return lines.slice(0, rng.int(lines.length)).join('\n');
      default:
        lines[i] = (lines[i] ?? '').replace(/[a-z_]+:/, (m) => m.slice(0, -2) + 'x:');
    }
  }
  return lines.join('\n');
}

/** Every mutation of every bundled scenario gets diagnostics, never a crash or a hang. */
describe.each(files)('fuzz: mutations of %s', (file) => {
  test(`${MUTATIONS_PER_FILE} seeded mutations validate cleanly and quickly`, () => {
    const source = readFileSync(join(ROOT, 'scenarios', file), 'utf8');
    const rng = new Prng(file.length * 7919);
    for (let i = 0; i < MUTATIONS_PER_FILE; i++) {
      const mutated = mutate(source, rng);
      const started = performance.now();
      const result = parseScenario(mutated, file);
      expect(performance.now() - started).toBeLessThan(1000);
      for (const d of result.diagnostics) {
        expect(Number.isInteger(d.line) && d.line >= 1).toBe(true);
        expect(Number.isInteger(d.col) && d.col >= 1).toBe(true);
        expect(d.message.length).toBeGreaterThan(0);
      }
      if (result.scenario === null)
        expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    }
  });
});
