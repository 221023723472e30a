import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDiagnostic } from '../../../server/scenarios/diagnostics';
import { parseScenario, MAX_SCENARIO_BYTES } from '../../../server/scenarios/load';
import { ROOT } from '../../helpers/cli';

const INVALID = 'test/fixtures/invalid';

function lines(name: string): string[] {
  const file = `${INVALID}/${name}`;
  return parseScenario(readFileSync(join(ROOT, file), 'utf8'), file).diagnostics.map(
    formatDiagnostic,
  );
}

describe('validator: every problem, each at its line and column', () => {
  test('YAML syntax errors point at the opening quote', () => {
    expect(lines('yaml-syntax.yaml')).toEqual([
      `${INVALID}/yaml-syntax.yaml:3:8: error: YAML: Missing closing "quote`,
    ]);
  });

  test('duplicate keys are a YAML error', () => {
    const d = parseScenario('id: a\nid: b\n', 'dup.yaml').diagnostics;
    expect(d.map(formatDiagnostic)).toEqual(['dup.yaml:2:1: error: YAML: Map keys must be unique']);
  });

  test('unknown keys, with a did-you-mean, at the key', () => {
    expect(lines('unknown-key.yaml')).toEqual([
      `${INVALID}/unknown-key.yaml:7:3: error: unknown key "moood" in persona (did you mean "mood"?)`,
      `${INVALID}/unknown-key.yaml:13:14: error: unknown key "intnt" in steps.hello.replies[0].if (did you mean "intent"?)`,
    ]);
  });

  test('wrong types and out-of-range numbers, all of them', () => {
    expect(lines('wrong-types.yaml')).toEqual([
      `${INVALID}/wrong-types.yaml:1:5: error: id: an id uses lowercase letters, digits and dashes, e.g. "late-blender"; got "Wrong_Types"`,
      `${INVALID}/wrong-types.yaml:2:10: error: version: expected 1 (the only format version); got 2`,
      `${INVALID}/wrong-types.yaml:4:11: error: language: expected en or ru; got "de"`,
      `${INVALID}/wrong-types.yaml:5:13: error: difficulty: 9 is out of range: must be at most 5`,
      `${INVALID}/wrong-types.yaml:8:9: error: persona.mood: 150 is out of range: must be at most 100`,
      `${INVALID}/wrong-types.yaml:12:15: error: steps.hello.customer: expected a line of text, a list of variants, or a map of mood bands (calm, annoyed, furious, default); got 42`,
      `${INVALID}/wrong-types.yaml:15:15: error: steps.hello.replies[0].mood: expected a whole number, got 2.5`,
      `${INVALID}/wrong-types.yaml:18:3: error: no ending has outcome "success": a trainee must be able to win`,
      `${INVALID}/wrong-types.yaml:19:14: error: endings.done.outcome: expected one of success, failure, neutral; got "sucess" (did you mean "success"?)`,
    ]);
  });

  test('missing required keys are reported at their parent', () => {
    const found = lines('missing-keys.yaml');
    expect(found).toContain(
      `${INVALID}/missing-keys.yaml:1:1: error: missing required key "persona"`,
    );
    expect(found).toContain(
      `${INVALID}/missing-keys.yaml:1:1: error: missing required key "title"`,
    );
  });

  test('a swapped pair of letters still gets a suggestion; an absent enum key is "missing"', () => {
    const found = parseScenario('id: x\nversion: 1\ntitel: T\n', 'swap.yaml').diagnostics.map(
      formatDiagnostic,
    );
    expect(found).toContain('swap.yaml:3:1: error: unknown key "titel" (did you mean "title"?)');
    expect(found).toContain('swap.yaml:1:1: error: missing required key "language"');
  });

  test('dangling start, next, end and on_mood.end', () => {
    expect(lines('dangling.yaml').filter((l) => l.includes('error'))).toEqual([
      `${INVALID}/dangling.yaml:7:8: error: start names step "helo", which does not exist (did you mean "hello"?)`,
      `${INVALID}/dangling.yaml:13:15: error: steps.hello.replies[0].next names step "explian", which does not exist`,
      `${INVALID}/dangling.yaml:15:14: error: steps.hello.replies[1].end names ending "resolvd", which does not exist (did you mean "resolved"?)`,
      `${INVALID}/dangling.yaml:21:10: error: on_mood[0].end names ending "walked", which does not exist`,
    ]);
  });

  test('unknown intents and actions, invalid regular expressions', () => {
    const found = lines('intents-actions-regex.yaml');
    expect(found).toHaveLength(4);
    expect(found[0]).toMatch(
      /:16:22: error: unknown intent "empathie" \(did you mean "empathy"\?\)/,
    );
    expect(found[1]).toMatch(
      /:18:33: error: unknown intent "offer_vouchr" \(did you mean "offer_voucher"\?\)/,
    );
    expect(found[2]).toMatch(
      /:20:22: error: unknown action "escalte" \(did you mean "escalate"\?\)/,
    );
    expect(found[3]).toMatch(/:22:21: error: invalid regular expression: .*Unterminated group/);
  });

  test('unreachable steps are errors; steps with no way out are warnings', () => {
    expect(lines('graph.yaml')).toEqual([
      `${INVALID}/graph.yaml:17:3: warning: no ending can be reached from step "loop" (only the loop guard would end the chat)`,
      `${INVALID}/graph.yaml:21:3: error: step "island" cannot be reached from start "hello"`,
    ]);
  });

  test('a scenario without a success ending', () => {
    expect(lines('no-success.yaml')).toEqual([
      `${INVALID}/no-success.yaml:14:3: error: no ending has outcome "success": a trainee must be able to win`,
    ]);
  });

  test('placeholders, mood bands, rule shapes, triggers and tests', () => {
    expect(lines('extras.yaml').map((l) => l.replace(`${INVALID}/extras.yaml:`, ''))).toEqual([
      '12:15: error: placeholder {context.Oder}: context has no "Oder" (did you mean "Order"?)',
      '14:9: error: steps.hello.replies[0] has both "next" and "end": a rule does one or the other',
      '17:13: warning: this rule never fires: an earlier rule in step "hello" has the same condition',
      '19:13: warning: empty condition: it always holds',
      '23:9: error: mood-banded line has no line for annoyed, furious: add them or a "default"',
      '28:5: error: on_mood[0] needs exactly one of "at_least" or "at_most"',
      '33:13: error: "<silense>" is not a reply: write text, "<silence>" or "<action:ID>"',
      '33:26: error: unknown action "nope"; define it under "actions"',
      '34:22: error: tests[0].expect.ending names ending "gone", which does not exist (did you mean "done"?)',
      '37:13: error: tests[1].expect names neither "ending" nor "outcome": the test would check nothing',
    ]);
  });

  test('alias bombs are refused fast', () => {
    const started = performance.now();
    const found = lines('alias-bomb.yaml');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/error: .*alias/i);
  });

  test('a reference to an anchor that does not exist is a YAML error at it, not an alias bomb', () => {
    const source = 'id: a\nopening:\n  - *sighs*\n  - fine\nhint: *nope\n';
    expect(parseScenario(source, 's.yaml').diagnostics.map(formatDiagnostic)).toEqual([
      's.yaml:3:5: error: YAML: *sighs* refers to an anchor &sighs* that is not defined; text that starts with * must be quoted',
      's.yaml:5:7: error: YAML: *nope refers to an anchor &nope that is not defined; text that starts with * must be quoted',
    ]);
  });

  test('too many aliases in the source are refused before expansion', () => {
    const source = `a: &a x\nlist: [${Array.from({ length: 150 }, () => '*a').join(', ')}]\n`;
    const d = parseScenario(source, 'many.yaml').diagnostics;
    expect(d.map(formatDiagnostic)).toEqual([
      'many.yaml:2:8: error: too many YAML aliases (150; the limit is 100): refusing a possible alias bomb',
    ]);
  });

  test('oversized files are refused before parsing', () => {
    const source = `title: "${'x'.repeat(MAX_SCENARIO_BYTES)}"\n`;
    const d = parseScenario(source, 'big.yaml').diagnostics;
    expect(d.map(formatDiagnostic)).toEqual([
      'big.yaml:1:1: error: file is too large (257 KB); the limit is 256 KB',
    ]);
  });

  test('a document that is not a map', () => {
    expect(parseScenario('- a\n- b\n', 'list.yaml').diagnostics[0]?.message).toMatch(
      /a scenario is a map of keys/,
    );
  });

  test('the example of the format contract is valid, as is the minimal fixture', () => {
    for (const file of [
      'test/fixtures/valid/late-blender.yaml',
      'test/fixtures/valid/minimal.yaml',
    ]) {
      const parsed = parseScenario(readFileSync(join(ROOT, file), 'utf8'), file);
      expect(parsed.diagnostics).toEqual([]);
      expect(parsed.scenario).not.toBeNull();
    }
  });
});
