/** Parses one scenario's YAML source into a typed scenario plus every problem found. */
import { LineCounter, parseDocument, visit } from 'yaml';
import {
  type Diagnostic,
  type DiagnosticArgs,
  type DiagnosticReason,
  hasErrors,
  sortDiagnostics,
} from './diagnostics';
import { Scenario } from './schema';
import { SourceMap } from './source-map';
import { issuesToDiagnostics } from './zod-issues';
import { checkScenario } from './check-scenario';

/** Larger files are refused before parsing: no real scenario comes close. */
export const MAX_SCENARIO_BYTES = 256 * 1024;
/** Aliases allowed in one file; alias bombs are refused. */
export const MAX_ALIASES = 100;

export interface ParsedScenario {
  file: string;
  /** The typed scenario, when there are no errors (warnings allowed). */
  scenario: Scenario | null;
  diagnostics: Diagnostic[];
  /** Where the `id` sits, for library-wide checks. */
  idPosition?: { line: number; col: number };
  /** The `id` as written, even when the file has other errors (a duplicate is still reported). */
  declaredId?: string;
}

export function parseScenario(source: string, file: string): ParsedScenario {
  const fail = (
    code: Diagnostic['code'],
    message: string,
    args: DiagnosticArgs,
    line = 1,
    col = 1,
  ): ParsedScenario => ({
    file,
    scenario: null,
    diagnostics: [{ file, line, col, severity: 'error', code, message, args }],
  });
  const bytes = Buffer.byteLength(source, 'utf8');
  if (bytes > MAX_SCENARIO_BYTES) {
    return fail(
      'file-too-large',
      `file is too large (${Math.ceil(bytes / 1024)} KB); the limit is ${MAX_SCENARIO_BYTES / 1024} KB`,
      { size: Math.ceil(bytes / 1024), limit: MAX_SCENARIO_BYTES / 1024 },
    );
  }

  const lines = new LineCounter();
  const doc = parseDocument(source, {
    lineCounter: lines,
    prettyErrors: true,
    uniqueKeys: true,
    version: '1.2',
  });
  const diagnostics: Diagnostic[] = [];
  let scanned: Openings | undefined;
  const openings = () => (scanned ??= scanOpenings(source));
  for (const [severity, list] of [
    ['error', doc.errors],
    ['warning', doc.warnings],
  ] as const) {
    for (const e of list) {
      const message = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
      // The parser's own English words stay the detail; `yamlCode` says which error it is.
      const args = { detail: message, yamlCode: e.code, ...yamlReason(message) };
      const pos = lines.linePos(errorOffset(openings, e.code, args, e.pos[0]));
      diagnostics.push({
        file,
        line: pos.line,
        col: pos.col,
        severity,
        code: 'yaml-syntax',
        message: `YAML: ${message}`,
        args,
      });
    }
  }
  if (hasErrors(diagnostics))
    return { file, scenario: null, diagnostics: sortDiagnostics(diagnostics) };

  let aliases = 0;
  let firstAlias: number | undefined;
  // `*name` with no `&name` before it: most often stage directions written the chat way
  // («*вздыхает*», "*sighs*"), which YAML reads as a reference to an anchor.
  const unresolved: Array<{ source: string; at: number }> = [];
  visit(doc, {
    Alias(_key, node) {
      aliases++;
      firstAlias ??= node.range?.[0];
      // Each lookup walks the document: only while the count is within the limit.
      if (aliases <= MAX_ALIASES && unresolved.length < 20 && !node.resolve(doc))
        unresolved.push({ source: node.source, at: node.range?.[0] ?? 0 });
    },
  });
  for (const { source, at } of unresolved) {
    const pos = lines.linePos(at);
    const detail = `*${source} refers to an anchor &${source} that is not defined; text that starts with * must be quoted`;
    diagnostics.push({
      file,
      line: pos.line,
      col: pos.col,
      severity: 'error',
      code: 'yaml-syntax',
      message: `YAML: ${detail}`,
      args: { detail, reason: 'unresolved-alias', name: source },
    });
  }
  if (unresolved.length) return { file, scenario: null, diagnostics };
  if (aliases > MAX_ALIASES) {
    const pos = lines.linePos(firstAlias ?? 0);
    return fail(
      'alias-limit',
      `too many YAML aliases (${aliases}; the limit is ${MAX_ALIASES}): refusing a possible alias bomb`,
      { count: aliases, limit: MAX_ALIASES },
      pos.line,
      pos.col,
    );
  }

  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    return fail('alias-limit', `YAML aliases expand too far: ${(error as Error).message}`, {
      variant: 'expand',
      detail: (error as Error).message,
    });
  }
  const map = new SourceMap(doc, lines);
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return fail(
      'wrong-type',
      'a scenario is a map of keys (id, version, title, language, persona, start, steps, endings, ...)',
      { variant: 'root' },
    );
  }

  const parsed = Scenario.safeParse(raw, { reportInput: true });
  if (!parsed.success)
    diagnostics.push(...issuesToDiagnostics(parsed.error.issues, Scenario, map, file));
  diagnostics.push(...checkScenario(raw, map, file));
  const idPosition = 'id' in raw ? map.value(['id']) : undefined;
  const id = (raw as { id?: unknown }).id;
  return {
    file,
    scenario: parsed.success && !hasErrors(diagnostics) ? parsed.data : null,
    diagnostics: sortDiagnostics(diagnostics),
    idPosition,
    ...(typeof id === 'string' && id ? { declaredId: id } : {}),
  };
}

/**
 * The reason (see DIAGNOSTIC_REASONS) of a `yaml` parser message that a UI words by its situation,
 * with the message's variable parts as named groups: each message of a code that means several
 * things (MISSING_CHAR, BAD_INDENT, UNEXPECTED_TOKEN, ...). Any other message, e.g. one of
 * MULTIPLE_DOCS or a newer parser's, is worded by its code (`yamlCode`).
 */
const YAML_REASONS: readonly (readonly [RegExp, DiagnosticReason, DiagnosticArgs?])[] = [
  [/^Map keys must be unique$/, 'duplicate-key'],
  [/^Tabs are not allowed as indentation$/, 'tab-indent'],
  [/^Missing closing (?<quote>["'])quote$/, 'unclosed-quote'],
  [/^Implicit map keys need to be followed by map values$/, 'key-without-value'],
  [/^Implicit keys need to be on a single line$/, 'multiline-key'],
  [/^Implicit keys of flow sequence pairs need to be on a single line$/, 'multiline-flow-key'],
  [/^Nested mappings are not allowed in compact mappings$/, 'colon-in-value'],
  [/^All mapping items must start at the same column$/, 'indent-mismatch'],
  [
    /^(?:All sequence items must start at the same column|A block sequence may not be used as an implicit map key)$/,
    'seq-indent',
  ],
  [/^Unexpected block-seq-ind on same line with key$/, 'seq-on-key-line'],
  [
    /^Flow (?:sequence|map) (?:must|in block collection must be sufficiently indented and) end with a (?<close>[\]}])$/,
    'unclosed-bracket',
  ],
  [/^Missing , (?:or : )?between flow (?:sequence|map) items$/, 'missing-comma'],
  [/^Unexpected (?:,|empty item) in (?:flow sequence|flow map|collection)$/, 'extra-comma'],
  [/^Unexpected (?<char>\S+) in (?:flow sequence|flow map|collection)$/, 'unexpected-in-flow'],
  [/^Unexpected \S+ token in YAML (?:stream|document)(?:: "(?<text>.*)")?$/, 'unexpected-text'],
  [/^Unexpected \S+ at node end$/, 'text-after-value'],
  [/^Comments must be separated from other tokens by white space characters$/, 'comment-space'],
  [
    /^(?:Tags and anchors must be separated from the next token by white space|Missing newline after block sequence props)$/,
    'anchor-space',
  ],
  [/^Anchor cannot be an empty string$/, 'empty-anchor', { sign: '&' }],
  [/^Alias cannot be an empty string$/, 'empty-anchor', { sign: '*' }],
  [/^Anchor ending in : is ambiguous$/, 'anchor-colon', { sign: '&' }],
  [/^Alias ending in : is ambiguous$/, 'anchor-colon', { sign: '*' }],
  [/^Invalid escape sequence (?<escape>.+)$/, 'bad-escape'],
  [/^Plain value cannot start with .* (?<char>[,%|>@`])$/, 'reserved-start'],
  [
    /^(?:Block scalar header includes extra characters|Unexpected token in block scalar header): /,
    'block-header',
  ],
  [
    /^Block scalars with more-indented leading empty lines must use an explicit indentation indicator$/,
    'block-blank-start',
  ],
  [/^Missing directives-end(?:\/doc-start)? indicator line$/, 'directive-end'],
  [/^Block collection cannot start on same line with directives-end marker$/, 'doc-start-line'],
];

/** The reason and the variable parts of a YAML parser message that a UI words itself. */
function yamlReason(message: string): DiagnosticArgs {
  for (const [pattern, reason, args] of YAML_REASONS) {
    const match = pattern.exec(message);
    if (!match) continue;
    const parts = Object.entries(match.groups ?? {}).filter(([, part]) => part !== undefined);
    return { reason, ...args, ...Object.fromEntries(parts) };
  }
  return {};
}

/**
 * The parser reports an unclosed quote where the file ends, and an unclosed `[` or `{` where the
 * next line is not indented enough; the trainer needs the line where it was opened.
 */
function errorOffset(
  openings: () => Openings,
  code: string,
  args: DiagnosticArgs,
  offset: number,
): number {
  if (args.reason === 'unclosed-bracket') {
    // The innermost bracket of that kind still open where the parser noticed.
    const open = args.close === '}' ? '{' : '[';
    const at = openings().brackets.findLast((b) => b.char === open && b.at < offset)?.at;
    return at ?? offset;
  }
  if (code !== 'MISSING_CHAR') return offset;
  return openings().quote ?? offset;
}

interface Openings {
  /** Where the quoted scalar that never closes was opened. */
  quote?: number;
  /** The `[` and `{` still open at the end (or where the unclosed quote starts), outermost first. */
  brackets: { char: '[' | '{'; at: number }[];
}

/**
 * What is left open in the source: a small scan of the YAML that knows where a quote or a bracket
 * can open a scalar or a collection (at the start of a value, an item or a flow entry, not inside
 * a word like "don't" or "a[1]"), skips comments and block scalars (`|`, `>`), and honours `\"` and
 * `''`. A closing bracket of the other kind closes nothing, as for the parser.
 */
function scanOpenings(source: string): Openings {
  let open: { quote: string; at: number } | null = null;
  const brackets: Openings['brackets'] = [];
  const result = (): Openings => ({ ...(open ? { quote: open.at } : {}), brackets });
  let valueStart = true;
  let lineIndent = 0;
  let atLineStart = true;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (open) {
      if (open.quote === '"' && c === '\\') i++;
      else if (c === open.quote) {
        if (open.quote === "'" && source[i + 1] === "'") i++;
        else {
          open = null;
          valueStart = false;
        }
      }
      continue;
    }
    if (c === '\n') {
      valueStart = true;
      atLineStart = true;
      lineIndent = 0;
      continue;
    }
    if (c === ' ' || c === '\t') {
      if (atLineStart) lineIndent++;
      continue;
    }
    atLineStart = false;
    const next = source[i + 1];
    const gap = next === undefined || next === ' ' || next === '\n' || next === '\t';
    if (c === '#' && (i === 0 || /\s/.test(source[i - 1]!))) {
      i = source.indexOf('\n', i) - 1; // a comment runs to the end of its line
      if (i < 0) return result();
    } else if ((c === '"' || c === "'") && valueStart) open = { quote: c, at: i };
    else if ((c === '|' || c === '>') && valueStart) {
      // A block scalar: its lines are text, whatever quotes they hold.
      let j = source.indexOf('\n', i);
      while (j >= 0) {
        const line = source.slice(
          j + 1,
          source.indexOf('\n', j + 1) < 0 ? undefined : source.indexOf('\n', j + 1),
        );
        const indent = line.length - line.trimStart().length;
        if (line.trim() && indent <= lineIndent) break;
        const nl = source.indexOf('\n', j + 1);
        if (nl < 0) return result();
        j = nl;
      }
      if (j < 0) return result();
      i = j - 1;
    } else if ((c === ':' || c === '-' || c === '?') && gap) valueStart = true;
    else if ((c === '[' || c === '{') && valueStart) brackets.push({ char: c, at: i });
    else if ((c === ']' || c === '}') && brackets.at(-1)?.char === (c === ']' ? '[' : '{')) {
      brackets.pop();
      valueStart = false;
    } else if (c === ',' && brackets.length) valueStart = true;
    else valueStart = false;
  }
  return result();
}
