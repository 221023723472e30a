/**
 * Compiles the lexicons' pattern sources into fast regular expressions over normalised text.
 *
 * Patterns are written with `\b` and `\p{L}` for readability. Normalised text is lower case, so a
 * small explicit letter class (Latin, Latin-1, Cyrillic) replaces `\p{L}`; V8 compiles those
 * regexes to native code, where full Unicode classes made them large enough to stay interpreted
 * (milliseconds per Russian reply instead of microseconds).
 */
import { split } from './guard';

export const LETTERS = 'a-zß-öø-ÿа-яё';
const WORD = `[${LETTERS}0-9]`;
const START = `(?<!${WORD})`;
const END = `(?!${WORD})`;
const EITHER = `(?:${START}(?=${WORD})|(?<=${WORD})${END})`;

/**
 * Rewrites `\b` to the start or end boundary it stands for, and `\p{L}` / `\p{N}` to the letter and
 * digit classes (their ranges alone inside a character class: `[\p{L}\p{N}]`).
 */
export function rewritePattern(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\' && (source.startsWith('\\p{L}', i) || source.startsWith('\\p{N}', i))) {
      const ranges = source[i + 3] === 'L' ? LETTERS : '0-9';
      out += inClass ? ranges : `[${ranges}]`;
      i += 4;
    } else if (c === '\\' && source[i + 1] === 'b' && !inClass) {
      const prev = source[i - 1] ?? '';
      const next = source[i + 2] ?? '';
      const prevWordish =
        /[\p{L}\p{N})\]+*?}]/u.test(prev) && !(prev === '?' && source[i - 2] === '(');
      const nextWordish = /[\p{L}\p{N}([\\]/u.test(next);
      out += !prevWordish ? START : !nextWordish ? END : EITHER;
      i += 1;
    } else if (c === '\\') {
      out += source.slice(i, i + 2);
      i += 1;
    } else {
      if (c === '[' && !inClass) inClass = true;
      else if (c === ']' && inClass) inClass = false;
      out += c;
    }
  }
  return out;
}

/**
 * One regex for a list of patterns. Consecutive patterns that start at a word start share one
 * check of it (`START(?:a|b|c)` rather than `(?:START a)|(?:START b)|…`): the same matches, in the
 * same order, with the start tested once per position instead of once per pattern.
 */
export function compilePatterns(sources: readonly string[]): RegExp {
  const regex = compileOne(sources);
  split(regex, sources, compileOne);
  return regex;
}

function compileOne(sources: readonly string[]): RegExp {
  const parts: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length) parts.push(`${START}(?:${run.map((r) => `(?:${r})`).join('|')})`);
    run = [];
  };
  for (const source of sources) {
    const rewritten = rewritePattern(source);
    if (rewritten.startsWith(START) && !hasTopLevelAlternation(rewritten))
      run.push(rewritten.slice(START.length));
    else {
      flush();
      parts.push(`(?:${rewritten})`);
    }
  }
  flush();
  return new RegExp(parts.join('|'), 'g');
}

/** Whether a pattern has a `|` outside any group (then its start check covers one branch only). */
function hasTopLevelAlternation(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

const CYRILLIC = /[а-яё]/;
const LATIN = /[a-z]/;

/** Whether a pattern can only match Russian text, only English text, or either. */
export function scriptOf(source: string): 'ru' | 'en' | 'any' {
  const letters = source.replace(/\\p\{L\}|\\[a-zA-Z]|\(\?[:!=<]+/g, '');
  if (CYRILLIC.test(letters)) return 'ru';
  if (LATIN.test(letters)) return 'en';
  return 'any';
}

export function hasCyrillic(text: string): boolean {
  return CYRILLIC.test(text);
}

export function hasLatin(text: string): boolean {
  return LATIN.test(text);
}
