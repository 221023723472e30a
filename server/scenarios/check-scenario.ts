/**
 * Checks that the schema cannot express: references between steps, endings, intents and actions,
 * regular expressions, reachability, placeholders, tests. Runs on the raw parsed YAML, defensively,
 * so that every problem is reported even when some parts have the wrong shape.
 */
import { isBuiltinIntent, BUILTIN_INTENTS } from '../language/intents';
import type { Diagnostic, DiagnosticArgs, DiagnosticCode } from './diagnostics';
import { MOOD_BANDS } from './schema';
import type { PathSegment, SourceMap } from './source-map';
import { didYouMean, suggestionArgs } from './suggest';
import { describePath } from './zod-issues';
import { PLACEHOLDER, parseSpecialReply } from '../engine/lines';

type Dict = Record<string, unknown>;
const isDict = (v: unknown): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v);
const dict = (v: unknown): Dict => (isDict(v) ? v : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

interface RuleRef {
  rule: Dict;
  path: PathSegment[];
  conditional: boolean;
}

export function checkScenario(raw: unknown, map: SourceMap, file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (
    severity: Diagnostic['severity'],
    code: DiagnosticCode,
    path: PathSegment[],
    message: string,
    args: DiagnosticArgs = {},
    atKey = false,
  ) => {
    const pos = atKey ? map.key(path) : map.value(path);
    out.push({ file, line: pos.line, col: pos.col, severity, code, message, args });
  };
  if (!isDict(raw)) return out;

  const steps = dict(raw.steps);
  const endings = dict(raw.endings);
  const stepNames = Object.keys(steps);
  const endingNames = Object.keys(endings);
  const customIntents = Object.keys(dict(raw.intents));
  const intentNames = new Set<string>([...BUILTIN_INTENTS, ...customIntents]);
  const actionNames = Object.keys(dict(raw.actions));
  const persona = dict(raw.persona);
  const context = dict(raw.context);
  const usedEndings = new Set<string>();

  const checkStepRef = (target: unknown, path: PathSegment[], what: string) => {
    const name = str(target);
    if (name === undefined || name in steps) return;
    report(
      'error',
      'unknown-step',
      path,
      `${what} names step "${name}", which does not exist${didYouMean(name, stepNames)}`,
      { field: what, step: name, ...suggestionArgs(name, stepNames) },
    );
  };
  const checkEndingRef = (target: unknown, path: PathSegment[], what: string) => {
    const name = str(target);
    if (name === undefined) return;
    usedEndings.add(name);
    if (name in endings) return;
    report(
      'error',
      'unknown-ending',
      path,
      `${what} names ending "${name}", which does not exist${didYouMean(name, endingNames)}`,
      { field: what, ending: name, ...suggestionArgs(name, endingNames) },
    );
  };

  checkStepRef(raw.start, ['start'], 'start');

  // Customer lines and the brief: mood bands and placeholders.
  const checkText = (text: string, path: PathSegment[]) => {
    for (const m of text.matchAll(PLACEHOLDER)) {
      const [whole, scope, key] = m as unknown as [string, string, string];
      const known = scope === 'persona' ? Object.keys(persona) : Object.keys(context);
      if (!known.includes(key)) {
        report(
          'error',
          'unknown-placeholder',
          path,
          `placeholder ${whole}: ${scope} has no "${key}"${didYouMean(key, known)}`,
          { placeholder: whole, scope, key, ...suggestionArgs(key, known) },
        );
      }
    }
  };
  const checkLine = (line: unknown, path: PathSegment[]) => {
    if (typeof line === 'string') checkText(line, path);
    else if (Array.isArray(line))
      line.forEach((l, i) => typeof l === 'string' && checkText(l, [...path, i]));
    else if (isDict(line)) {
      const missing = MOOD_BANDS.filter((band) => line[band] === undefined);
      if (missing.length && line.default === undefined) {
        report(
          'error',
          'mood-bands',
          path,
          `mood-banded line has no line for ${missing.join(', ')}: add them or a "default"`,
          { bands: missing.join(', ') },
        );
      }
      for (const [band, value] of Object.entries(line)) checkLine(value, [...path, band]);
    }
  };
  if (typeof raw.brief === 'string') checkText(raw.brief, ['brief']);

  // Conditions.
  const checkCondition = (cond: unknown, path: PathSegment[]) => {
    if (!isDict(cond)) return;
    if (Object.keys(cond).length === 0) {
      report('warning', 'empty-condition', path, 'empty condition: it always holds');
    }
    const intents = typeof cond.intent === 'string' ? [cond.intent] : list(cond.intent);
    intents.forEach((intent, i) => {
      if (typeof intent !== 'string' || intentNames.has(intent)) return;
      const at = Array.isArray(cond.intent) ? [...path, 'intent', i] : [...path, 'intent'];
      report(
        'error',
        'unknown-intent',
        at,
        `unknown intent "${intent}"${didYouMean(intent, intentNames)}; define it under "intents" or use a built-in one (${BUILTIN_INTENTS.join(', ')})`,
        { intent, ...suggestionArgs(intent, intentNames), builtins: BUILTIN_INTENTS.join(', ') },
      );
    });
    if (typeof cond.action === 'string' && !actionNames.includes(cond.action)) {
      report(
        'error',
        'unknown-action',
        [...path, 'action'],
        `unknown action "${cond.action}"${didYouMean(cond.action, actionNames)}; define it under "actions"`,
        { action: cond.action, ...suggestionArgs(cond.action, actionNames) },
      );
    }
    if (typeof cond.regex === 'string') {
      try {
        new RegExp(cond.regex, 'i');
      } catch (error) {
        report(
          'error',
          'invalid-regex',
          [...path, 'regex'],
          `invalid regular expression: ${(error as Error).message}`,
          { pattern: cond.regex, detail: (error as Error).message },
        );
      }
    }
    if (cond.not !== undefined) checkCondition(cond.not, [...path, 'not']);
  };

  // Rules, and the graph of steps.
  const edges = new Map<string, Set<string>>();
  const exits = new Set<string>();
  const rulesOf = (stepName: string, step: Dict): RuleRef[] => {
    const base: PathSegment[] = ['steps', stepName];
    const refs: RuleRef[] = list(step.replies).map((rule, i) => ({
      rule: dict(rule),
      path: [...base, 'replies', i],
      conditional: true,
    }));
    if (isDict(step.otherwise))
      refs.push({ rule: step.otherwise, path: [...base, 'otherwise'], conditional: false });
    if (Array.isArray(step.silence))
      step.silence.forEach((r, i) =>
        refs.push({ rule: dict(r), path: [...base, 'silence', i], conditional: false }),
      );
    else if (isDict(step.silence))
      refs.push({ rule: step.silence, path: [...base, 'silence'], conditional: false });
    return refs;
  };

  let moodMoves = Number(persona.sensitivity ?? 1) > 0;
  for (const [stepName, stepValue] of Object.entries(steps)) {
    const step = dict(stepValue);
    const targets = new Set<string>();
    edges.set(stepName, targets);
    checkLine(step.customer, ['steps', stepName, 'customer']);
    const seenConditions: string[] = [];
    for (const { rule, path, conditional } of rulesOf(stepName, step)) {
      if (rule.next !== undefined && rule.end !== undefined) {
        report(
          'error',
          'next-and-end',
          path,
          `${describePath(path)} has both "next" and "end": a rule does one or the other`,
          { field: describePath(path) },
        );
      }
      checkStepRef(rule.next, [...path, 'next'], describePath([...path, 'next']));
      checkEndingRef(rule.end, [...path, 'end'], describePath([...path, 'end']));
      checkLine(rule.customer, [...path, 'customer']);
      if (typeof rule.next === 'string') targets.add(rule.next);
      if (typeof rule.end === 'string') exits.add(stepName);
      if (typeof rule.mood === 'number' && rule.mood !== 0) moodMoves = true;
      if (conditional) {
        checkCondition(rule.if, [...path, 'if']);
        const key = JSON.stringify(rule.if);
        if (seenConditions.includes(key)) {
          report(
            'warning',
            'shadowed-rule',
            [...path, 'if'],
            `this rule never fires: an earlier rule in step "${stepName}" has the same condition`,
            { step: stepName },
          );
        }
        seenConditions.push(key);
      }
    }
  }

  // Endings, on_mood, loop guard.
  let hasSuccess = false;
  for (const [name, ending] of Object.entries(endings)) {
    if (dict(ending).outcome === 'success') hasSuccess = true;
    checkLine(dict(ending).customer, ['endings', name, 'customer']);
  }
  if (isDict(raw.endings) && !hasSuccess) {
    report(
      'error',
      'no-success-ending',
      ['endings'],
      'no ending has outcome "success": a trainee must be able to win',
    );
  }
  const moodTriggers = list(raw.on_mood);
  moodTriggers.forEach((trigger, i) => {
    const t = dict(trigger);
    const path: PathSegment[] = ['on_mood', i];
    const bounds = ['at_least', 'at_most'].filter((k) => t[k] !== undefined);
    if (isDict(trigger) && bounds.length !== 1) {
      report(
        'error',
        'mood-trigger',
        path,
        `on_mood[${i}] needs exactly one of "at_least" or "at_most"`,
        { field: `on_mood[${i}]` },
      );
    }
    checkEndingRef(t.end, [...path, 'end'], `on_mood[${i}].end`);
  });
  const guard = dict(raw.loop_guard);
  if (guard.end !== undefined) checkEndingRef(guard.end, ['loop_guard', 'end'], 'loop_guard.end');
  const moodCanEnd = moodMoves && moodTriggers.some((t) => typeof dict(t).end === 'string');

  for (const name of endingNames) {
    if (!usedEndings.has(name)) {
      report(
        'warning',
        'unused-ending',
        ['endings', name],
        `ending "${name}" is never reached: no rule, on_mood or loop_guard ends with it`,
        { ending: name },
        true,
      );
    }
  }

  // Reachability from start, and a way out from every reachable step.
  const start = str(raw.start);
  if (start !== undefined && start in steps) {
    const reached = new Set<string>([start]);
    const queue = [start];
    while (queue.length) {
      for (const next of edges.get(queue.shift()!) ?? []) {
        if (next in steps && !reached.has(next)) {
          reached.add(next);
          queue.push(next);
        }
      }
    }
    for (const name of stepNames) {
      if (!reached.has(name)) {
        report(
          'error',
          'unreachable-step',
          ['steps', name],
          `step "${name}" cannot be reached from start "${start}"`,
          { step: name, start },
          true,
        );
      }
    }
    if (!moodCanEnd) {
      const canExit = new Set(exits);
      for (let changed = true; changed;) {
        changed = false;
        for (const [from, targets] of edges) {
          if (!canExit.has(from) && [...targets].some((t) => canExit.has(t))) {
            canExit.add(from);
            changed = true;
          }
        }
      }
      for (const name of reached) {
        if (!canExit.has(name)) {
          report(
            'warning',
            'no-way-out',
            ['steps', name],
            `no ending can be reached from step "${name}" (only the loop guard would end the chat)`,
            { step: name },
            true,
          );
        }
      }
    }
  }

  // Intents, rubric, tests.
  for (const name of customIntents) {
    if (isBuiltinIntent(name)) {
      report(
        'warning',
        'intent-shadows-builtin',
        ['intents', name],
        `intent "${name}" is built in: these phrases are added to it`,
        { intent: name },
        true,
      );
    }
  }
  const rubric = dict(raw.rubric);
  if (
    isDict(raw.rubric) &&
    Object.keys(rubric).length &&
    Object.values(rubric).every((w) => w === 0)
  ) {
    report('error', 'out-of-range', ['rubric'], 'rubric: at least one weight must be above 0', {
      variant: 'rubric',
    });
  }
  list(raw.tests).forEach((test, i) => {
    const t = dict(test);
    const path: PathSegment[] = ['tests', i];
    const expect = dict(t.expect);
    if (isDict(t.expect) && expect.ending === undefined && expect.outcome === undefined) {
      report(
        'error',
        'missing-key',
        [...path, 'expect'],
        `tests[${i}].expect names neither "ending" nor "outcome": the test would check nothing`,
        { variant: 'test-expect', field: `tests[${i}].expect` },
      );
    }
    if (expect.ending !== undefined) {
      const name = str(expect.ending);
      if (name !== undefined && !(name in endings) && !(name === 'stalled')) {
        report(
          'error',
          'unknown-ending',
          [...path, 'expect', 'ending'],
          `tests[${i}].expect.ending names ending "${name}", which does not exist${didYouMean(name, endingNames)}`,
          {
            field: `tests[${i}].expect.ending`,
            ending: name,
            ...suggestionArgs(name, endingNames),
          },
        );
      }
    }
    list(t.agent).forEach((reply, j) => {
      if (typeof reply !== 'string') return;
      const special = parseSpecialReply(reply);
      if (special?.kind === 'invalid') {
        report(
          'error',
          'bad-test-reply',
          [...path, 'agent', j],
          `"${reply}" is not a reply: write text, "<silence>" or "<action:ID>"`,
          { reply },
        );
      } else if (special?.kind === 'action' && !actionNames.includes(special.action)) {
        report(
          'error',
          'unknown-action',
          [...path, 'agent', j],
          `unknown action "${special.action}"${didYouMean(special.action, actionNames)}; define it under "actions"`,
          { action: special.action, ...suggestionArgs(special.action, actionNames) },
        );
      }
    });
  });

  return out;
}
