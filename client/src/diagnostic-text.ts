/**
 * A scenario problem in the interface language. The server words each diagnostic in English (the
 * CLI's contract) and adds its `code` and `args`; here the `diag.<code>` template of the current
 * language is filled from them. A template that needs an arg the diagnostic lacks, or a code this
 * client does not know, shows the server's English message instead.
 *
 * Templates: `{name}` is an arg; `[ … ]` is left out when an arg it names is missing;
 * `diag.<code>.<variant>` is the template of `args.variant` when a code has several messages.
 * `{detail}` is worded by `diag.reason.<reason>` when the diagnostic has a reason, and a YAML
 * parser's message with none by `diag.yaml.<yamlCode>` (or `diag.yaml.other`); `diag.yaml.parser`
 * says whether the parser's own words follow (English) or not.
 */
import { lang, template } from './i18n';
import type { Diagnostic } from './staff';

type Args = NonNullable<Diagnostic['args']>;
type Vars = Record<string, string>;

export function diagnosticText(d: Pick<Diagnostic, 'code' | 'message' | 'args'>): string {
  const args: Args = d.args ?? {};
  const variant = typeof args.variant === 'string' ? `.${args.variant}` : '';
  const text = template(`diag.${d.code}${variant}`);
  if (text === undefined) return d.message;
  return fill(text, vars(args)) ?? d.message;
}

/** The args as the templates show them: values quoted the language's way, kinds in words. */
function vars(args: Args): Vars {
  const out: Vars = {};
  for (const [name, value] of Object.entries(args))
    if (value !== null && value !== undefined) out[name] = String(value);
  const value = shownValue(args);
  if (value === undefined) delete out.value;
  else out.value = value;
  if (typeof args.expected === 'string')
    out.expected = template(`diag.type.${args.expected}`) ?? args.expected;
  const reason =
    typeof args.reason === 'string' ? template(`diag.reason.${args.reason}`) : undefined;
  let worded = reason === undefined ? undefined : fill(reason, out);
  if (typeof args.yamlCode === 'string') {
    // A YAML parser message with no reason is worded by its code: what to do, in the interface
    // language, before (in English) or instead of the parser's own English words.
    const code = template(`diag.yaml.${args.yamlCode}`) ?? template('diag.yaml.other');
    worded ??= code === undefined ? undefined : fill(code, out);
    const parser = template('diag.yaml.parser');
    if (worded !== undefined && parser !== undefined)
      worded = fill(parser, { ...out, explanation: worded }) ?? worded;
  }
  if (worded !== undefined) out.detail = worded;
  return out;
}

function shownValue(args: Args): string | undefined {
  switch (args.valueType) {
    case 'string':
      return typeof args.value === 'string' ? quote(args.value) : undefined;
    case 'null':
    case 'list':
    case 'map':
      return template(`diag.value.${args.valueType}`);
    default:
      return args.value === undefined || args.value === null ? undefined : String(args.value);
  }
}

function quote(text: string): string {
  return lang() === 'en' ? JSON.stringify(text) : `«${text}»`;
}

/** The template with its args filled in, or undefined when a required arg is missing. */
function fill(text: string, values: Vars): string | undefined {
  const names = (segment: string) => [...segment.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const kept = text.replace(/\[([^\]]*)\]/g, (_, segment: string) =>
    names(segment).every((n) => n in values) ? segment : '',
  );
  if (!names(kept).every((n) => n in values)) return undefined;
  // One pass: a value that itself holds `{…}` (a placeholder name) is shown as it is.
  return kept.replace(/\{(\w+)\}/g, (_, n: string) => values[n]!);
}
