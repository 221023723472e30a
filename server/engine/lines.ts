/** Customer lines: variants, mood bands and placeholders; and the special replies of test scripts. */
import type { CustomerLine, MoodBand, Scenario } from '../scenarios/schema';
import { nextRandom } from './random';

/** `{persona.name}` or `{context.Some label}`. */
export const PLACEHOLDER = /\{(persona|context)\.([^{}]+)\}/g;

export function moodBand(mood: number): MoodBand {
  if (mood >= 70) return 'furious';
  if (mood >= 35) return 'annoyed';
  return 'calm';
}

/** Picks the line to say for the current mood, consuming randomness only when there is a choice. */
export function pickLine(
  line: CustomerLine,
  mood: number,
  rng: number,
  scenario: Pick<Scenario, 'persona' | 'context'>,
): { text: string; rng: number } {
  let options: string | string[];
  if (typeof line === 'string' || Array.isArray(line)) options = line;
  else options = line[moodBand(mood)] ?? line.default ?? '';
  let text: string;
  if (typeof options === 'string') text = options;
  else if (options.length === 1) text = options[0]!;
  else {
    const r = nextRandom(rng);
    rng = r.state;
    text = options[Math.floor(r.value * options.length)]!;
  }
  return { text: fillPlaceholders(text, scenario), rng };
}

export function fillPlaceholders(
  text: string,
  scenario: Pick<Scenario, 'persona' | 'context'>,
): string {
  return text.replace(PLACEHOLDER, (whole, scope: string, key: string) => {
    const source: Record<string, unknown> =
      scope === 'persona' ? scenario.persona : (scenario.context ?? {});
    const value = source[key];
    return value === undefined ? whole : String(value);
  });
}

export type SpecialReply =
  { kind: 'silence' } | { kind: 'action'; action: string } | { kind: 'invalid' };

/** `<silence>`, `<action:ID>`, or a malformed `<...>`; plain text gives null. */
export function parseSpecialReply(reply: string): SpecialReply | null {
  const t = reply.trim();
  if (!/^<[^<>]*>$/.test(t)) return null;
  if (t === '<silence>') return { kind: 'silence' };
  const m = /^<action:([A-Za-z0-9_][A-Za-z0-9_-]*)>$/.exec(t);
  return m ? { kind: 'action', action: m[1]! } : { kind: 'invalid' };
}
