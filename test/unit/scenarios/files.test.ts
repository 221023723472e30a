import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatDiagnostic } from '../../../server/scenarios/diagnostics';
import { loadScenarioFiles } from '../../../server/scenarios/library';
import { parseScenario } from '../../../server/scenarios/load';

const valid = (id: string, extra = '') => `id: ${id}
version: 1
title: Cafe order late
language: en
persona: {name: Dana}
start: a
steps:
  a:
    customer: "Where is my order?"
    replies:
      - if: {intent: apology}
        end: ok
endings:
  ok: {outcome: success}
${extra}`;

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sparring-files-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('scenario files as trainers save them', () => {
  test('a file in another encoding is refused at the line where it stops being UTF-8', async () => {
    const latin1 = Buffer.from(valid('cafe').replace('Cafe', 'Caf\u00e9'), 'latin1');
    const dir = folder({ 'cafe.yaml': latin1 });
    const [loaded] = await loadScenarioFiles(['cafe.yaml'], dir);
    expect(loaded!.scenario).toBeNull();
    expect(loaded!.diagnostics.map(formatDiagnostic)).toEqual([
      'cafe.yaml:3:1: error: line 3 is not valid UTF-8 (the file is in another encoding, such as Windows-1251); save it as UTF-8',
    ]);
  });

  test('a UTF-16 file is named as such', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(valid('cafe'), 'utf16le')]);
    const [loaded] = await loadScenarioFiles(['cafe.yaml'], folder({ 'cafe.yaml': utf16 }));
    expect(loaded!.diagnostics[0]!.message).toMatch(/UTF-16; save it as UTF-8/);
  });

  test('a UTF-8 file with a byte order mark is fine', async () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(valid('cafe'))]);
    const [loaded] = await loadScenarioFiles(['cafe.yaml'], folder({ 'cafe.yaml': bom }));
    expect(loaded!.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  test('a duplicate id is reported even while the first file has other errors', async () => {
    const dir = folder({
      'a.yaml': valid('late-order', 'titel: typo\n'),
      'b.yaml': valid('late-order'),
    });
    const [a, b] = await loadScenarioFiles(['a.yaml', 'b.yaml'], dir);
    expect(a!.diagnostics.map((d) => d.code)).toContain('unknown-key');
    expect(b!.diagnostics.map(formatDiagnostic)).toEqual([
      'b.yaml:1:5: error: duplicate id "late-order": a.yaml already uses it',
    ]);
  });

  test('each problem stays on one line, whatever a key holds', () => {
    const parsed = parseScenario(
      valid('cafe').replace('persona: {name: Dana}', 'persona: {name: Dana, "mo\\nod": 5}'),
      'x.yaml',
    );
    const lines = parsed.diagnostics.map(formatDiagnostic);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).not.toMatch(/[\n\r]/);
    expect(lines.join()).toContain('mo\\nod');
  });

  test.each([
    [
      'a single quote, with double-quoted lines after it',
      `title: 'The blender is late\nsteps:\n  a:\n    customer: "Fine."\n`,
      1,
    ],
    [
      'a double quote in a list',
      `tests:\n  - name: ok\n    agent:\n      - "Hello there\n      - Fine\n`,
      4,
    ],
    [
      'after apostrophes in words, comments and a block scalar',
      `brief: |\n  'tis the season, don't panic\npersona: {name: Dana} # it's fine\nhint: "Say sorry\n`,
      4,
    ],
  ])('an unclosed quote (%s) is reported where it was opened', (_, yaml, line) => {
    const parsed = parseScenario(yaml, 'q.yaml');
    const quote = parsed.diagnostics.find((d) => /Missing closing/.test(d.message));
    expect(quote?.line).toBe(line);
  });

  test.each([
    [
      'a [ on line 6',
      valid('cafe').replace('start: a', 'tags: [late, refund\nstart: a'),
      [
        'q.yaml:6:7: error: YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
      ],
    ],
    [
      'a { on line 6',
      valid('cafe').replace('start: a', 'context: {order: 4471\nstart: a'),
      [
        'q.yaml:6:10: error: YAML: Flow map in block collection must be sufficiently indented and end with a }',
      ],
    ],
    [
      'a [ at the top of the file',
      '[late, refund\n',
      ['q.yaml:1:1: error: YAML: Flow sequence must end with a ]'],
    ],
    [
      'two, each where it was opened',
      'tags: [a\ntitle: T\nbrief: [b, "c]"\nid: x\n',
      [
        'q.yaml:1:7: error: YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
        'q.yaml:3:8: error: YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
      ],
    ],
    [
      'a [ and a { inside it, closed by the wrong bracket',
      'a: {x: [1, 2}\nb: 1\n',
      [
        'q.yaml:1:4: error: YAML: Flow map in block collection must be sufficiently indented and end with a }',
        'q.yaml:1:8: error: YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
      ],
    ],
    [
      'after closed brackets, a bracket in a comment, a quote and a block scalar',
      'a: [[x], {y: 1}] # [\nb: "[x"\nc: |\n  [\nd:\n  - [e, f\nid: x\n',
      [
        'q.yaml:6:5: error: YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
      ],
    ],
  ])('an unclosed bracket (%s) is reported where it was opened', (_, yaml, expected) => {
    const parsed = parseScenario(yaml, 'q.yaml');
    expect(parsed.diagnostics.map(formatDiagnostic)).toEqual(expected);
  });

  test('a bracket closed on a line indented too little is reported where the parser saw it', () => {
    const parsed = parseScenario('tags: [a,\nb]\nid: x\n', 'q.yaml');
    expect(parsed.diagnostics.map(formatDiagnostic)[0]).toMatch(/^q\.yaml:2:1: /);
  });
});
