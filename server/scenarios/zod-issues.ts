/** Turns zod issues into trainer-readable diagnostics at the offending YAML node. */
import type { z } from 'zod';
import type { Diagnostic, DiagnosticCode } from './diagnostics';
import type { PathSegment, SourceMap } from './source-map';
import { didYouMean } from './suggest';

type Issue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;

export function issuesToDiagnostics(
  issues: readonly Issue[],
  root: AnySchema,
  map: SourceMap,
  file: string,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const add = (
    code: DiagnosticCode,
    path: readonly PathSegment[],
    message: string,
    atKey = false,
  ) => {
    const pos = atKey ? map.key(path) : map.value(path);
    out.push({ file, line: pos.line, col: pos.col, severity: 'error', code, message });
  };
  for (const issue of flatten(issues)) {
    const path = issue.path as PathSegment[];
    const where = describePath(path);
    const given = (issue as { input?: unknown }).input;
    // A required key that is simply absent reads better as "missing" than as a wrong value.
    if (
      given === undefined &&
      path.length &&
      ['invalid_type', 'invalid_value', 'invalid_union', 'invalid_format'].includes(issue.code)
    ) {
      const parent = path.slice(0, -1);
      add(
        'missing-key',
        parent,
        `missing required key "${String(path[path.length - 1])}"${describeIn(parent)}`,
      );
      continue;
    }
    switch (issue.code) {
      case 'unrecognized_keys': {
        const known = objectKeys(schemaAt(root, path));
        for (const key of issue.keys) {
          add(
            'unknown-key',
            [...path, key],
            `unknown key "${key}"${where ? ` in ${where}` : ''}${didYouMean(key, known)}`,
            true,
          );
        }
        break;
      }
      case 'invalid_type': {
        const input = (issue as { input?: unknown }).input;
        if (input === undefined) {
          const parent = path.slice(0, -1);
          add(
            'missing-key',
            parent,
            `missing required key "${String(path[path.length - 1])}"${describeIn(parent)}`,
          );
        } else {
          add(
            'wrong-type',
            path,
            `${where || 'value'}: expected ${article(issue.expected)}, got ${describeValue(input)}`,
          );
        }
        break;
      }
      case 'too_small':
      case 'too_big': {
        const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
        const input = (issue as { input?: unknown }).input;
        if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') {
          const word = issue.code === 'too_small' ? 'at least' : 'at most';
          add(
            'out-of-range',
            path,
            `${where}: ${describeValue(input)} is out of range: must be ${word} ${String(bound)}`,
          );
        } else {
          add('out-of-range', path, `${where}: ${issue.message}`);
        }
        break;
      }
      case 'invalid_value': {
        const input = (issue as { input?: unknown }).input;
        const options = issue.values.map(String);
        const hint = typeof input === 'string' ? didYouMean(input, options) : '';
        add('bad-value', path, `${where}: ${issue.message}; got ${describeValue(input)}${hint}`);
        break;
      }
      case 'invalid_key': {
        add(
          'bad-value',
          path,
          `${where}: the name "${String(path[path.length - 1])}" is not valid: ${issue.issues[0]?.message ?? issue.message}`,
          true,
        );
        break;
      }
      default: {
        const input = (issue as { input?: unknown }).input;
        const got = input === undefined ? '' : `; got ${describeValue(input)}`;
        add(
          issue.code === 'invalid_format' ? 'bad-value' : 'wrong-type',
          path,
          `${where || 'value'}: ${issue.message}${got}`,
        );
      }
    }
  }
  return out;
}

/**
 * A union issue hides the real problem when the value clearly meant one branch (an object with a
 * misspelt key, say). Surface that branch's issues; keep the union's own message otherwise.
 */
function flatten(issues: readonly Issue[]): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    if (issue.code !== 'invalid_union' || !issue.errors.length) {
      out.push(issue);
      continue;
    }
    const deeper = issue.errors.filter(
      (branch) =>
        !branch.some(
          (e) => e.path.length === 0 && (e.code === 'invalid_type' || e.code === 'invalid_value'),
        ),
    );
    if (deeper.length === 1) {
      out.push(
        ...flatten(deeper[0]!.map((e) => ({ ...e, path: [...issue.path, ...e.path] }) as Issue)),
      );
    } else {
      out.push(issue);
    }
  }
  return out;
}

interface Def {
  type: string;
  shape?: Record<string, AnySchema>;
  innerType?: AnySchema;
  valueType?: AnySchema;
  element?: AnySchema;
  options?: AnySchema[];
  in?: AnySchema;
  getter?: () => AnySchema;
}

function def(schema: AnySchema): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

function unwrap(schema: AnySchema): AnySchema {
  let s = schema;
  for (let guard = 0; guard < 20; guard++) {
    const d = def(s);
    if (d.innerType) s = d.innerType;
    else if (d.type === 'pipe' && d.in) s = d.in;
    else if (d.type === 'lazy' && d.getter) s = d.getter();
    else break;
  }
  return s;
}

function schemaAt(root: AnySchema, path: readonly PathSegment[]): AnySchema | undefined {
  let current: AnySchema | undefined = root;
  for (const segment of path) {
    if (!current) return undefined;
    current = child(unwrap(current), segment);
  }
  return current;
}

function child(schema: AnySchema, segment: PathSegment): AnySchema | undefined {
  const d = def(schema);
  if (d.type === 'object' && d.shape) return d.shape[String(segment)];
  if (d.type === 'record') return d.valueType;
  if (d.type === 'array') return d.element;
  if (d.type === 'union' && d.options) {
    for (const option of d.options) {
      const found = child(unwrap(option), segment);
      if (found) return found;
    }
  }
  return undefined;
}

function objectKeys(schema: AnySchema | undefined): string[] {
  if (!schema) return [];
  const s = unwrap(schema);
  const d = def(s);
  if (d.type === 'object' && d.shape) return Object.keys(d.shape);
  if (d.type === 'union' && d.options) return d.options.flatMap((o) => objectKeys(o));
  return [];
}

/** `steps.opening.replies[0].if`, the way a trainer would point at it. */
export function describePath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${segment}` : segment;
  }
  return out;
}

function describeIn(path: readonly PathSegment[]): string {
  return path.length ? ` in ${describePath(path)}` : '';
}

function article(expected: string): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a map of keys',
    record: 'a map of keys',
  };
  return names[expected] ?? expected;
}

export function describeValue(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map of keys';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  return String(value);
}
