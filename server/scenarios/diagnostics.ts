/** A problem found in a scenario file, pointing at the offending node. */
export interface Diagnostic {
  file: string;
  /** 1-based line and column of the offending node. */
  line: number;
  col: number;
  severity: 'error' | 'warning';
  /** A stable, machine-readable kind, e.g. `unknown-key`, `dangling-next`. */
  code: DiagnosticCode;
  /** The English text: what `sparring validate` prints, word for word. */
  message: string;
  /**
   * The message's variable parts, for a UI that words the problem in its own language (see
   * client/src/diagnostic-text.ts): e.g. `{ key: 'titel', where: 'persona', suggestion: 'title' }`.
   * `variant` names which of a code's messages this is, when a code has more than one.
   */
  args?: DiagnosticArgs;
}

export type DiagnosticArgs = Record<string, string | number | boolean | null>;

export const DIAGNOSTIC_CODES = [
  'yaml-syntax',
  'file-too-large',
  'alias-limit',
  'unreadable',
  'unknown-key',
  'missing-key',
  'wrong-type',
  'out-of-range',
  'bad-value',
  'unknown-step',
  'unknown-ending',
  'unknown-intent',
  'unknown-action',
  'unknown-dimension',
  'invalid-regex',
  'unreachable-step',
  'no-way-out',
  'unused-ending',
  'no-success-ending',
  'duplicate-id',
  'unknown-placeholder',
  'next-and-end',
  'mood-trigger',
  'shadowed-rule',
  'empty-condition',
  'intent-shadows-builtin',
  'mood-bands',
  'bad-test-reply',
] as const;
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

/**
 * Why a value was refused, as `args.reason`, for each message the schema words itself
 * (server/scenarios/schema.ts) and a few of the YAML parser's; `args.detail` keeps the English.
 */
export const DIAGNOSTIC_REASONS = [
  'empty',
  'name-format',
  'id-format',
  'no-variants',
  'no-phrases',
  'no-replies',
  'line-or-variants',
  'customer-line',
  'phrases',
  'intents',
  'rules',
  'one-of',
  'whole-number',
  'version',
  'language',
  'text',
  // YAML parser messages worded by their situation (server/scenarios/load.ts); the UI words any
  // other parser message by its code, `args.yamlCode`.
  'duplicate-key',
  'tab-indent',
  'unclosed-quote',
  'key-without-value',
  'multiline-key',
  'multiline-flow-key',
  'colon-in-value',
  'indent-mismatch',
  'seq-indent',
  'seq-on-key-line',
  'unclosed-bracket',
  'missing-comma',
  'extra-comma',
  'unexpected-in-flow',
  'unexpected-text',
  'text-after-value',
  'comment-space',
  'anchor-space',
  'empty-anchor',
  'anchor-colon',
  'bad-escape',
  'reserved-start',
  'block-header',
  'block-blank-start',
  'directive-end',
  'doc-start-line',
  'unresolved-alias',
] as const;
export type DiagnosticReason = (typeof DIAGNOSTIC_REASONS)[number];

/** `path:line:col: error|warning: message`, the format trainers and editors read. */
export function formatDiagnostic(d: Diagnostic): string {
  // One line per problem, whatever a key or a name quoted in the message holds.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is escaped
  const message = d.message.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) =>
    c === '\n'
      ? '\\n'
      : c === '\r'
        ? '\\r'
        : c === '\t'
          ? '\\t'
          : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `${d.file}:${d.line}:${d.col}: ${d.severity}: ${message}`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.col - b.col ||
      a.message.localeCompare(b.message),
  );
}
