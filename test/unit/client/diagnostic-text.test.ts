/**
 * Scenario problems in the interface language: every diagnostic code has an English and a Russian
 * template, the English one words a problem exactly as `sparring validate` does, and the Russian
 * one leaves no English behind when the diagnostic carries its args.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnosticText } from '../../../client/src/diagnostic-text';
import { LANGS, setLang, template } from '../../../client/src/i18n';
import {
  DIAGNOSTIC_CODES,
  DIAGNOSTIC_REASONS,
  type Diagnostic,
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

describe('scenario problems in the interface language', () => {
  test.each(LANGS)('%s: every diagnostic code and reason has a template', (lang) => {
    setLang(lang);
    const missing = [
      ...DIAGNOSTIC_CODES.map((code) => `diag.${code}`),
      ...DIAGNOSTIC_REASONS.map((reason) => `diag.reason.${reason}`),
    ].filter((key) => !template(key));
    expect(missing).toEqual([]);
  });

  test('English words every problem exactly as the CLI prints it', () => {
    setLang('en');
    const found = allDiagnostics();
    expect(new Set(found.map((d) => d.code)).size).toBeGreaterThan(20);
    for (const d of found) {
      expect(d.args).toBeDefined();
      expect({ code: d.code, text: diagnosticText(d) }).toEqual({
        code: d.code,
        text: d.message,
      });
    }
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
        .replace(/\b(?:Ошибка YAML|YAML|UTF-8|UTF-16|Windows-1251)\b/g, '')
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
      'Ошибка YAML: кавычка " открыта, но не закрыта',
    ]);
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
