/**
 * Scenario problems in the interface language: every diagnostic code has an English and a Russian
 * template, the English one words a problem exactly as `sparring validate` does (but a YAML error,
 * which it explains first, as Russian does), and the Russian one leaves no English behind when the
 * diagnostic carries its args.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorCode } from 'yaml';
import { diagnosticText } from '../../../client/src/diagnostic-text';
import { LANGS, setLang, template } from '../../../client/src/i18n';
import {
  DIAGNOSTIC_CODES,
  DIAGNOSTIC_REASONS,
  type Diagnostic,
  formatDiagnostic,
} from '../../../server/scenarios/diagnostics';
import { parseScenario } from '../../../server/scenarios/load';
import { PROBE_SCENARIO } from '../../helpers/probe-scenario';

const ROOT = join(__dirname, '../../..');
const INVALID = join(ROOT, 'test/fixtures/invalid');

beforeAll(() => {
  (globalThis as { document?: unknown }).document = { documentElement: {} };
});
afterAll(() => setLang('en'));

const VALID = PROBE_SCENARIO;

/** Broken scenarios beyond the fixtures, for the messages the fixtures do not show. */
const MORE: Record<string, string> = {
  'swap.yaml': 'id: x\nversion: 1\ntitel: T\n',
  'root.yaml': '- just\n- a list\n',
  'dup-key.yaml': 'id: a\nid: b\n',
  'tab.yaml': 'id: a\npersona:\n\tname: b\n',
  'single-quote.yaml': "id: a\ntitle: 'open\n",
  'range.yaml': VALID.replace('title: Probe', 'title: Probe\ndifficulty: 0').replace(
    'name: Uma',
    'name: Uma\n  patience: 1',
  ),
  'types.yaml': VALID.replace('title: Probe', 'title: Probe\ntags: nope\nbrief: [1]').replace(
    'name: Uma',
    'name: ""',
  ),
  'names.yaml': VALID.replace('  hello:\n', '  " bad":\n    customer: x\n  hello:\n'),
  'rubric.yaml': VALID + 'rubric: {patience: 0, closure: 0}\nintents:\n  greeting: [hiya]\n',
  'lists.yaml': VALID.replace('customer: Hi', 'customer: []') + 'on_mood: []\n',
  'null.yaml': VALID.replace('title: Probe', 'title:\ntags: {a: 1}'),
  'long.yaml': VALID.replace('language: en', `language: "${'x'.repeat(60)}"`),
};

function allDiagnostics(): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const name of readdirSync(INVALID))
    out.push(...parseScenario(readFileSync(join(INVALID, name), 'utf8'), name).diagnostics);
  for (const [name, source] of Object.entries(MORE))
    out.push(...parseScenario(source, name).diagnostics);
  return out;
}

/** Every code of the `yaml` package's ErrorCode (node_modules/yaml/dist/errors.d.ts). */
const YAML_ERROR_CODES = [
  'ALIAS_PROPS',
  'BAD_ALIAS',
  'BAD_DIRECTIVE',
  'BAD_DQ_ESCAPE',
  'BAD_INDENT',
  'BAD_PROP_ORDER',
  'BAD_SCALAR_START',
  'BLOCK_AS_IMPLICIT_KEY',
  'BLOCK_IN_FLOW',
  'DUPLICATE_KEY',
  'IMPOSSIBLE',
  'KEY_OVER_1024_CHARS',
  'MISSING_CHAR',
  'MULTILINE_IMPLICIT_KEY',
  'MULTIPLE_ANCHORS',
  'MULTIPLE_DOCS',
  'MULTIPLE_TAGS',
  'NON_STRING_KEY',
  'RESOURCE_EXHAUSTION',
  'TAB_AS_INDENT',
  'TAG_RESOLVE_FAILED',
  'UNEXPECTED_TOKEN',
  'BAD_COLLECTION_TYPE',
] as const satisfies readonly ErrorCode[];
// The list is the whole union: the typecheck fails here when the package adds a code.
type UnlistedYamlCode = Exclude<ErrorCode, (typeof YAML_ERROR_CODES)[number]>;
const EVERY_YAML_CODE_LISTED: [UnlistedYamlCode] extends [never] ? true : UnlistedYamlCode = true;

/**
 * Broken YAML a trainer can write, one or more per parser message the loader can meet (all the
 * codes but IMPOSSIBLE and NON_STRING_KEY, which the loader's options never produce), with the
 * `line:col` (a pattern) the CLI gives the first problem.
 */
const BROKEN_YAML: [situation: string, source: string, at: string][] = [
  ['a key without a colon', 'id: a\ntitle\nversion: 1\n', '2:1'],
  ['a list item without a dash', 'tags:\n  - a\n  b\n', '3:1'],
  ['a colon and a space inside a text', 'id: a\nhint: Назовите срок: сегодня\n', '2:7'],
  ['a key indented deeper than its neighbours', 'persona:\n  name: b\n   mood: c\n', '2:9'],
  ['a key indented less than its neighbours', 'persona:\n    name: b\n  mood: c\n', '3:1'],
  ['list dashes out of line', 'tags:\n    - a\n  - b\n', '3:1'],
  ['a list on the line of its key', 'id: a\ntags: - a\n', '2:7'],
  ['an unclosed double quote', 'id: a\ntitle: "open\n', '2:8'],
  ['an unclosed single quote', "id: a\ntitle: 'open\n", '2:8'],
  ['an apostrophe inside single quotes', "title: 'don't'\n", '1:13'],
  ['text after a closing quote', 'id: "a" b\n', '1:9'],
  ['an unclosed [', 'tags: [a, b\nid: x\n', '1:7'],
  ['an unclosed {', 'if: {intent: a\nid: x\n', '1:5'],
  ['an unclosed [ at the top', '[a, b\n', '1:1'],
  ['a stray ]', 'id: a\n]\n', '2:1'],
  ['a stray : at the start of a line', '- a\n: c\n', '2:1'],
  ['a comma too many', 'tags: [a, , b]\n', '1:11'],
  ['a colon too many in brackets', 'tags: [a : : b]\n', '1:12'],
  ['two items in brackets without a comma', 'tags: ["a" "b"]\n', '1:12'],
  ['a list with dashes in brackets', 'tags: [a, - b]\n', '1:11'],
  ['a key without a comma in braces', 'if: {a: 1 b: 2}\n', '1:9'],
  ['a tab in the indentation', 'id: a\npersona:\n\tname: b\n', '3:1'],
  ['a duplicate key', 'id: a\nid: b\n', '2:1'],
  ['a * and a space', 'customer: * вздыхает *\n', '1:11'],
  ['a & and a space', 'id: & x\n', '1:5'],
  ['an anchor name ending in a colon', 'id: &a: x\n', '1:7'],
  ['an alias with a tag', 'a: &b x\nid: !!str *b\n', '2:11'],
  ['two anchors', 'id: &a &b x\n', '1:8'],
  ['two tags', 'id: !!str !!str x\n', '1:11'],
  ['an anchor before ?', '&a ? b\n: c\n', '1:4'],
  ['an anchor glued to a bracket', 'id: &a[ x]\n', '1:7'],
  ['two documents', 'id: a\n---\nid: b\n', '2:1'],
  ['keys on the --- line', '--- id: a\n', '1:5'],
  ['a key longer than 1024 characters', `id: a\n${'k'.repeat(1100)}: v\n`, '2:1'],
  ['a regex in double quotes', 'id: a\npattern: "\\d+"\n', '2:11'],
  ['an unknown directive', '%FOO bar\n---\nid: a\n', '1:1'],
  ['an unsupported YAML version', '%YAML 1.3\n---\nid: a\n', '1:7'],
  ['a directive without ---', '%YAML 1.2\nid: a\n', '2:1'],
  ['a text starting with @', 'customer: @Uma hi\n', '1:11'],
  ['a text starting with %', 'customer: %50 off\n', '1:11'],
  ['a # without a space before it', 'id: "a"#c\n', '1:8'],
  ['text after | on its line', 'brief: |x\n  a\n', '1:9'],
  ['a first line of spaces under |', 'brief: |\n      \n  a\n', '3:3'],
  ['a text starting with !', 'customer: !важно hi\n', '1:12'],
  ['an unknown tag', 'customer: !important hi\n', '1:11'],
  ['a tag with no name', 'customer: !! hi\n', '1:11'],
  ['a tag for the wrong kind of value', 'tags: !!set [a]\n', '1:7'],
  // The column is where the parser's stack runs out, which depends on the machine.
  ['brackets nested too deep', `tags: ${'['.repeat(20000)}${']'.repeat(20000)}\n`, '1:\\d+'],
];

/** How many words of at least two letters a text has. */
function words(text: string): number {
  return text.match(/[A-Za-zА-Яа-яЁё]{2,}/g)?.length ?? 0;
}

/**
 * The English UI words a YAML error by what to do about it, as Russian does, not in the parser's
 * words, which may follow the explanation but never lead.
 */
function expectEnglishExplanation(d: Parameters<typeof diagnosticText>[0]): void {
  setLang('en');
  const text = diagnosticText(d);
  const detail = String(d.args?.detail);
  const lead = text.includes(detail) ? text.slice(0, text.indexOf(detail)) : text;
  expect({ message: d.message, text }).toEqual({
    message: d.message,
    text: expect.stringMatching(/^YAML: [a-z"]/),
  });
  expect({ message: d.message, lead, words: words(lead) >= 6 }).toEqual({
    message: d.message,
    lead,
    words: true,
  });
}

/** Latin words in a Russian text, leaving out what it quotes from the file and the name YAML. */
function latinWords(text: string): string[] {
  return (
    text
      .replace(/«[^»]*»/g, '')
      .replace(/\bYAML\b/g, '')
      .match(/[A-Za-z]{2,}/g) ?? []
  );
}

describe('scenario problems in the interface language', () => {
  test.each(LANGS)('%s: every diagnostic code and reason has a template', (lang) => {
    setLang(lang);
    const missing = [
      ...DIAGNOSTIC_CODES.map((code) => `diag.${code}`),
      ...DIAGNOSTIC_REASONS.map((reason) => `diag.reason.${reason}`),
    ].filter((key) => !template(key));
    expect(missing).toEqual([]);
  });

  test('English words every problem but a YAML error exactly as the CLI prints it', () => {
    setLang('en');
    const found = allDiagnostics();
    expect(new Set(found.map((d) => d.code)).size).toBeGreaterThan(20);
    for (const d of found) {
      expect(d.args).toBeDefined();
      if (d.code === 'yaml-syntax') expectEnglishExplanation(d);
      else
        expect({ code: d.code, text: diagnosticText(d) }).toEqual({
          code: d.code,
          text: d.message,
        });
    }
  });

  test('English explains every YAML error in plain words, as Russian does', () => {
    setLang('en');
    const yamlReasons = DIAGNOSTIC_REASONS.slice(DIAGNOSTIC_REASONS.indexOf('duplicate-key'));
    const keys = [
      ...yamlReasons.map((reason) => `diag.reason.${reason}`),
      ...[...YAML_ERROR_CODES, 'other'].map((code) => `diag.yaml.${code}`),
    ];
    const bare = keys.filter((key) => words(template(key)!.replace(/\{\w+\}/g, '')) < 6);
    expect(bare).toEqual([]);
    expect(diagnosticText(parseScenario('tags: [a, b\nid: x\n', 'x.yaml').diagnostics[0]!)).toBe(
      'YAML: the closing "]" is missing: add it, and if the entry in brackets goes on over the next lines, indent them further than the key (parser: Flow sequence in block collection must be sufficiently indented and end with a ])',
    );
    expect(diagnosticText(parseScenario('id: a\ntitle: "open\n', 'x.yaml').diagnostics[0]!)).toBe(
      'YAML: the quote " is opened but never closed: add the same quote at the end of the text (parser: Missing closing "quote)',
    );
    expect(
      diagnosticText(parseScenario('id: a\nopening:\n  - *sighs*\n', 'x.yaml').diagnostics[0]!),
    ).toBe(
      'YAML: "*sighs*" is read as a reference to an anchor &sighs*, which does not exist: put text that starts with an asterisk (a stage direction such as "*sighs*") in quotes',
    );
  });

  test('Russian words every problem with no English left but names and YAML', () => {
    setLang('ru');
    for (const d of allDiagnostics()) {
      const text = diagnosticText(d);
      expect({ code: d.code, same: text === d.message }).toEqual({ code: d.code, same: false });
      // What stays in Latin letters is what the trainer wrote or must write (keys, names, values)
      // and the words of the JavaScript regex engine.
      const latin = text
        .replace(/«[^»]*»/g, '')
        .replace(/\b(?:YAML|UTF-8|UTF-16|Windows-1251)\b/g, '')
        .replace(d.code === 'invalid-regex' ? /:.*$/ : /$^/, '');
      for (const word of latin.match(/[A-Za-z_]{3,}/g) ?? [])
        expect({ code: d.code, word, allowed: ALLOWED.test(word) || inArgs(d, word) }).toEqual({
          code: d.code,
          word,
          allowed: true,
        });
    }
  });

  test('Russian, as a trainer reads it', () => {
    setLang('ru');
    const text = (source: string, code: string) =>
      parseScenario(source, 'x.yaml')
        .diagnostics.filter((d) => d.code === code)
        .map(diagnosticText);
    expect(text('id: x\nversion: 1\ntitel: T\n', 'unknown-key')).toEqual([
      'неизвестный ключ «titel» — возможно, имелся в виду «title»',
    ]);
    expect(
      text(VALID.replace('title: Probe', 'title: Probe\ndifficulty: 7'), 'out-of-range'),
    ).toEqual(['difficulty: 7 вне диапазона, максимум 5']);
    expect(text(VALID + '  never_reached:\n    outcome: failure\n', 'unused-ending')).toEqual([
      'концовка «never_reached» недостижима: ни одно правило, on_mood или loop_guard не ведёт к ней',
    ]);
    expect(text(VALID.replace('end: done', 'next: helo'), 'unknown-step')).toEqual([
      'steps.hello.replies[0].next ссылается на шаг «helo», которого нет — возможно, имелся в виду «hello»',
    ]);
    expect(text('id: a\ntitle: "open\n', 'yaml-syntax')).toEqual([
      'YAML: кавычка " открыта, но не закрыта: допишите такую же кавычку в конце текста',
    ]);
    expect(text('id: a\ntitle\nversion: 1\n', 'yaml-syntax')).toEqual([
      'YAML: в этой строке нет двоеточия после ключа, и YAML читает её вместе со следующей как один ключ: допишите двоеточие и значение',
    ]);
    expect(text('persona:\n    name: b\n  mood: c\n', 'yaml-syntax')).toEqual([
      'YAML: отступ этой строки не совпадает с соседними: ключи одного уровня должны начинаться в одном столбце',
    ]);
    // Stage directions written the chat way are a reference to a missing anchor, not an alias bomb.
    expect(text('id: a\nopening:\n  - *вздыхает*\n', 'yaml-syntax')).toEqual([
      'YAML: текст «*вздыхает*» YAML читает как ссылку на якорь &вздыхает*, которого нет: текст, который начинается со звёздочки (например, действие «*вздыхает*»), возьмите в кавычки',
    ]);
    expect(text('id: a\nopening:\n  - *вздыхает*\n', 'alias-limit')).toEqual([]);
    expect(text('id: a\nhint: Назовите срок: сегодня\n', 'yaml-syntax')).toEqual([
      'YAML: в значении есть «: » (двоеточие и пробел), и YAML принимает его за ещё один ключ: возьмите текст в двойные кавычки, а если это новый ключ — начните его с новой строки вровень с соседними',
    ]);
    expect(text('tags: [a, b\nid: x\n', 'yaml-syntax')).toEqual([
      'YAML: не хватает закрывающей скобки «]»: допишите её, а если запись в скобках продолжается на следующих строках, сдвиньте их правее ключа',
    ]);
    expect(text('id: a\npattern: "\\d+"\n', 'yaml-syntax')).toEqual([
      'YAML: неверная последовательность «\\d» в двойных кавычках: саму обратную косую черту пишут как \\\\, а регулярные выражения удобнее брать в одинарные кавычки',
    ]);
  });

  test('"did you mean" suggests the same right word for the same wrong one in both languages', () => {
    const sources = [
      VALID.replace('title: Probe', 'titel: Probe'),
      VALID.replace('name: Uma', 'nmae: Uma'),
      VALID.replace('customer: Hi', 'customer: Hi {persona.nmae}'),
      VALID.replace('end: done', 'next: helo'),
      VALID.replace('end: done', 'end: dnoe'),
      VALID.replace('outcome: success', 'outcome: sucess'),
      VALID.replace('intent: solution', 'intent: solutoin'),
      VALID.replace('intent: solution', 'action: refnd') + 'actions:\n  refund: Refund\n',
    ];
    const suggesting = sources
      .flatMap((source) => parseScenario(source, 'x.yaml').diagnostics)
      .filter((d) => d.args?.suggestion !== undefined);
    expect(suggesting.length).toBeGreaterThanOrEqual(sources.length);
    for (const d of suggesting) {
      setLang('en');
      const en = /"([^"]*)"[^"]*\(did you mean "([^"]*)"\?\)/.exec(diagnosticText(d));
      setLang('ru');
      const ru = /«([^»]*)»[^«]* — возможно, имел(?:ся|ась|ось) в виду «([^»]*)»/.exec(
        diagnosticText(d),
      );
      const pair = (m: RegExpExecArray | null) => m && { wrong: m[1], right: m[2] };
      expect({ message: d.message, ru: pair(ru) }).toEqual({ message: d.message, ru: pair(en) });
      expect(pair(en)?.right).toBe(d.args?.suggestion);
    }
  });

  test.each(BROKEN_YAML)(
    'a YAML error is explained in English, and in Russian with no parser English: %s',
    (_situation, source, at) => {
      const found = parseScenario(source, 'x.yaml').diagnostics.filter(
        (d) => d.code === 'yaml-syntax',
      );
      expect(found.length).toBeGreaterThan(0);
      // Where the CLI puts the first problem; the editor shows it next to the words.
      expect(formatDiagnostic(found[0]!)).toMatch(new RegExp(`^x\\.yaml:${at}: `));
      for (const d of found) {
        expectEnglishExplanation(d);
        setLang('ru');
        const text = diagnosticText(d);
        expect({ yamlCode: d.args?.yamlCode, text }).toEqual({
          yamlCode: d.args?.yamlCode,
          text: expect.stringMatching(/^YAML: .*[а-яё]/i),
        });
        expect(text).not.toContain(String(d.args?.detail));
        expect({ text, latin: latinWords(text) }).toEqual({ text, latin: [] });
      }
    },
  );

  test('both languages word every code of the YAML parser, and a code it adds later', () => {
    expect(EVERY_YAML_CODE_LISTED).toBe(true);
    setLang('ru');
    expect(YAML_ERROR_CODES.filter((code) => template(`diag.yaml.${code}`) === undefined)).toEqual(
      [],
    );
    for (const yamlCode of [...YAML_ERROR_CODES, 'A_FUTURE_CODE']) {
      // A message the loader gives no reason: a future parser's, or one the loader does not know.
      const detail = 'Some future parser message';
      const d = { code: 'yaml-syntax', message: `YAML: ${detail}`, args: { detail, yamlCode } };
      expectEnglishExplanation(d);
      setLang('ru');
      const text = diagnosticText(d);
      const wording = template(`diag.yaml.${yamlCode}`) ?? template('diag.yaml.other');
      expect({ yamlCode, text }).toEqual({ yamlCode, text: `YAML: ${wording}` });
      expect({ yamlCode, text }).toEqual({
        yamlCode,
        text: expect.stringMatching(/^YAML: .*[а-яё]/i),
      });
      expect({ yamlCode, latin: latinWords(text) }).toEqual({ yamlCode, latin: [] });
    }
  });

  test('an unknown code, variant or a missing arg falls back to the English message', () => {
    setLang('ru');
    const d = { message: 'the English words', args: {} };
    expect(diagnosticText({ ...d, code: 'no-such-code' })).toBe('the English words');
    expect(diagnosticText({ ...d, code: 'unknown-key' })).toBe('the English words');
    expect(diagnosticText({ ...d, code: 'unknown-key', args: { key: 'k', variant: 'new' } })).toBe(
      'the English words',
    );
    expect(diagnosticText({ message: 'm', code: 'unknown-key', args: { key: 'k' } })).toBe(
      'неизвестный ключ «k»',
    );
    // A value that looks like a placeholder is shown as it is.
    expect(diagnosticText({ message: 'm', code: 'unknown-key', args: { key: '{where}' } })).toBe(
      'неизвестный ключ «{where}»',
    );
  });
});

/** Scenario-format words a Russian message names as they are written in the YAML. */
const ALLOWED =
  /^(?:id|version|title|language|persona|start|steps|endings|ending|outcome|success|failure|neutral|intents|actions|rubric|on_mood|loop_guard|at_least|at_most|next|end|default|calm|annoyed|furious|true|false|null|alias|silence|action|replies|context|tags|brief|patience|closure|positive_phrasing|yaml|yml|en|ru|ID)$/;

function inArgs(d: Diagnostic, word: string): boolean {
  return Object.values(d.args ?? {}).some((v) => typeof v === 'string' && v.includes(word));
}
