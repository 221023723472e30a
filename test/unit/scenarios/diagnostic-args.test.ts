/**
 * Every diagnostic carries its variable parts as `args`, so the browser can word it in the
 * trainer's language; the English `message` stays what the CLI prints.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Diagnostic } from '../../../server/scenarios/diagnostics';
import { parseScenario } from '../../../server/scenarios/load';
import { checkDuplicateIds, decodeUtf8 } from '../../../server/scenarios/library';
import { ROOT } from '../../helpers/cli';
import { PROBE_SCENARIO } from '../../helpers/probe-scenario';

const VALID = PROBE_SCENARIO;

function find(source: string, code: Diagnostic['code']): Diagnostic[] {
  return parseScenario(source, 'x.yaml').diagnostics.filter((d) => d.code === code);
}

describe('diagnostic args', () => {
  test('unknown-key: the key, where it is, and the suggestion', () => {
    expect(find('id: x\nversion: 1\ntitel: T\n', 'unknown-key')).toEqual([
      expect.objectContaining({
        line: 3,
        col: 1,
        message: 'unknown key "titel" (did you mean "title"?)',
        args: { key: 'titel', suggestion: 'title' },
      }),
    ]);
    expect(find(VALID.replace('intent: solution', 'intnt: solution'), 'unknown-key')).toEqual([
      expect.objectContaining({
        args: { key: 'intnt', where: 'steps.hello.replies[0].if', suggestion: 'intent' },
      }),
    ]);
  });

  test('out-of-range: the field, the value and the bound', () => {
    expect(
      find(VALID.replace('language: en', 'language: en\ndifficulty: 7'), 'out-of-range'),
    ).toEqual([
      expect.objectContaining({
        message: 'difficulty: 7 is out of range: must be at most 5',
        args: { field: 'difficulty', value: 7, valueType: 'number', max: 5 },
      }),
    ]);
  });

  test('references: the step or ending named, and where', () => {
    expect(find(VALID.replace('end: done', 'next: helo'), 'unknown-step')).toEqual([
      expect.objectContaining({
        args: { field: 'steps.hello.replies[0].next', step: 'helo', suggestion: 'hello' },
      }),
    ]);
    expect(find(VALID + '  never_reached:\n    outcome: failure\n', 'unused-ending')).toEqual([
      expect.objectContaining({ args: { ending: 'never_reached' } }),
    ]);
  });

  test('bad-value: the schema’s wording as a reason, the value given', () => {
    expect(find(VALID.replace('outcome: success', 'outcome: sucess'), 'bad-value')).toEqual([
      expect.objectContaining({
        args: {
          field: 'endings.done.outcome',
          detail: 'expected one of success, failure, neutral',
          reason: 'one-of',
          options: 'success, failure, neutral',
          value: 'sucess',
          valueType: 'string',
          suggestion: 'success',
        },
      }),
    ]);
  });

  test('yaml-syntax: the parser’s English detail, its code, and a reason when the code means several things', () => {
    expect(find('id: a\ntitle: "open\n', 'yaml-syntax')).toEqual([
      expect.objectContaining({
        message: 'YAML: Missing closing "quote',
        args: {
          detail: 'Missing closing "quote',
          yamlCode: 'MISSING_CHAR',
          reason: 'unclosed-quote',
          quote: '"',
        },
      }),
    ]);
    expect(find('id: a\npattern: "\\d+"\n', 'yaml-syntax')).toEqual([
      expect.objectContaining({
        args: {
          detail: 'Invalid escape sequence \\d',
          yamlCode: 'BAD_DQ_ESCAPE',
          reason: 'bad-escape',
          escape: '\\d',
        },
      }),
    ]);
    expect(find('id: a\n]\n', 'yaml-syntax')).toEqual([
      expect.objectContaining({
        args: {
          detail: 'Unexpected flow-seq-end token in YAML stream: "]"',
          yamlCode: 'UNEXPECTED_TOKEN',
          reason: 'unexpected-text',
          text: ']',
        },
      }),
    ]);
    // A code with one meaning needs no reason: a UI words it by its code.
    expect(find('id: a\n---\nid: b\n', 'yaml-syntax')).toEqual([
      expect.objectContaining({
        args: {
          detail: 'Source contains multiple documents; please use YAML.parseAllDocuments()',
          yamlCode: 'MULTIPLE_DOCS',
        },
      }),
    ]);
  });

  test('the library’s own checks: duplicate ids and files that are not UTF-8', () => {
    const a = parseScenario(VALID, 'a.yaml');
    const b = parseScenario(VALID, 'b.yaml');
    checkDuplicateIds([a, b]);
    expect(b.diagnostics.find((d) => d.code === 'duplicate-id')?.args).toEqual({
      id: 'probe',
      other: 'a.yaml',
    });
    expect(decodeUtf8(new Uint8Array([0x61, 0x0a, 0xff, 0x0a]))).toEqual(
      expect.objectContaining({ line: 2, args: { variant: 'not-utf8', line: 2 } }),
    );
  });

  test('every diagnostic of the invalid fixtures has args', () => {
    const dir = join(ROOT, 'test/fixtures/invalid');
    for (const name of readdirSync(dir))
      for (const d of parseScenario(readFileSync(join(dir, name), 'utf8'), name).diagnostics)
        expect({ code: d.code, args: typeof d.args }).toEqual({ code: d.code, args: 'object' });
  });
});
