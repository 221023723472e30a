/** Turns zod issues into trainer-readable diagnostics at the offending YAML node. */
import type { z } from 'zod';
import type { Diagnostic, DiagnosticArgs, DiagnosticCode } from './diagnostics';
import { SCHEMA_REASONS } from './schema';
import type { PathSegment, SourceMap } from './source-map';
import { didYouMean, suggestionArgs } from './suggest';

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
    args: DiagnosticArgs,
    atKey = false,
  ) => {
    const pos = atKey ? map.key(path) : map.value(path);
    out.push({ file, line: pos.line, col: pos.col, severity: 'error', code, message, args });
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
        missingArgs(path),
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
            { key, ...(where ? { where } : {}), ...suggestionArgs(key, known) },
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
            missingArgs(path),
          );
        } else {
          add(
            'wrong-type',
            path,
            `${where || 'value'}: expected ${article(issue.expected)}, got ${describeValue(input)}`,
            { ...fieldArgs(where), expected: issue.expected, ...valueArgs(input) },
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
            {
              ...fieldArgs(where),
              ...valueArgs(input),
              [issue.code === 'too_small' ? 'min' : 'max']: Number(bound),
            },
          );
        } else {
          add('out-of-range', path, `${where}: ${issue.message}`, {
            variant: 'detail',
            ...fieldArgs(where),
            ...reasonArgs(issue.message),
          });
        }
        break;
      }
      case 'invalid_value': {
        const input = (issue as { input?: unknown }).input;
        const options = issue.values.map(String);
        const hint = typeof input === 'string' ? didYouMean(input, options) : '';
        add('bad-value', path, `${where}: ${issue.message}; got ${describeValue(input)}${hint}`, {
          ...fieldArgs(where),
          ...reasonArgs(issue.message),
          ...valueArgs(input),
          ...(typeof input === 'string' ? suggestionArgs(input, options) : {}),
        });
        break;
      }
      case 'invalid_key': {
        const detail = issue.issues[0]?.message ?? issue.message;
        add(
          'bad-value',
          path,
          `${where}: the name "${String(path[path.length - 1])}" is not valid: ${detail}`,
          {
            variant: 'name',
            ...fieldArgs(where),
            name: String(path[path.length - 1]),
            ...reasonArgs(detail),
          },
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
          {
            variant: 'detail',
            ...fieldArgs(where),
            ...reasonArgs(issue.message),
            ...(input === undefined ? {} : valueArgs(input)),
          },
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

/** `args` of a missing key: the key, and the map it is missing from (none at the top). */
function missingArgs(path: readonly PathSegment[]): DiagnosticArgs {
  const parent = path.slice(0, -1);
  return {
    key: String(path[path.length - 1]),
    ...(parent.length ? { where: describePath(parent) } : {}),
  };
}

/** `{ field }`, the path of the offending value; nothing at the top (the message says "value"). */
function fieldArgs(where: string): DiagnosticArgs {
  return where ? { field: where } : {};
}

/** The schema's own wording in `detail`, and its `reason` (with its parts) when the schema gave one. */
function reasonArgs(message: string): DiagnosticArgs {
  const known = SCHEMA_REASONS.get(message);
  return { detail: message, ...(known ? { reason: known.reason, ...known.args } : {}) };
}

/**
 * The given value for `args`, as describeValue words it: `value` itself when it is text (cut as
 * there), a number or true/false, and `valueType` (string, number, boolean, null, list, map).
 */
export function valueArgs(value: unknown): DiagnosticArgs {
  if (value === null) return { valueType: 'null', value: null };
  if (Array.isArray(value)) return { valueType: 'list' };
  if (typeof value === 'object') return { valueType: 'map' };
  if (typeof value === 'string')
    return { valueType: 'string', value: value.length > 40 ? `${value.slice(0, 37)}...` : value };
  if (typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value)))
    return { valueType: typeof value, value };
  return { valueType: 'other', value: String(value) };
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
