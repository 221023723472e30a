/**
 * Text primitives shared by the engine and the scorer: normalisation, tokens with their spans in the
 * original text, and stems (Snowball via nlp.js: Russian inflection, English word forms).
 */
import { StemmerRu } from '@nlpjs/lang-ru';
import { StemmerEn } from '@nlpjs/lang-en-min';

export type Lang = 'en' | 'ru';
export const LANGS: readonly Lang[] = ['en', 'ru'];

export interface Token {
  /** Lower-cased, `ё` folded to `е`. */
  norm: string;
  stem: string;
  /** Span in the original text, [start, end). */
  start: number;
  end: number;
}

/** Σ (final or not, by context) and İ (two characters in lower case). */
const SLOW_CASE = /[\u0130\u03a3]/;

/**
 * Lower-cases and folds `ё`→`е` and typographic apostrophes, keeping the length so spans found in
 * the normalised text are spans in the original.
 */
export function normalize(text: string): string {
  // Lower-casing the whole string gives the same characters as one at a time, except for the two
  // whose lower case depends on context or changes length (final sigma, dotted capital I): texts
  // without them take the fast path.
  if (!SLOW_CASE.test(text)) return text.toLowerCase().replace(/ё/g, 'е').replace(/[’ʼ`]/g, "'");
  return normalizeEachChar(text);
}

/** `normalize` one character at a time: what the fast path must equal (exported for its test). */
export function normalizeEachChar(text: string): string {
  let out = '';
  for (const ch of text) {
    let c = ch.toLowerCase();
    if (c === 'ё') c = 'е';
    else if (c === '’' || c === 'ʼ' || c === '`') c = "'";
    out += c.length === ch.length ? c : ch;
  }
  return out;
}

const TOKEN = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*|[%$€₽£#№+]/gu;
const CYRILLIC = /[\u0400-\u04ff]/;

const stemmerRu = new StemmerRu();
const stemmerEn = new StemmerEn();
const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 100_000;

/** The stem of one normalised word; the stemmer is picked by the word's script, not the scenario. */
export function stemWord(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  let stem = word;
  if (/^\p{L}/u.test(word) && word.length > 2) {
    const base = word.replace(/'s$/, '');
    stem = CYRILLIC.test(base) ? stemmerRu.stemWord(base) : stemmerEn.stemWord(base);
    if (!stem) stem = base;
  }
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
  stemCache.set(word, stem);
  return stem;
}

/** Splits text into word tokens (and a few meaningful symbols such as `%` and `$`). */
export function tokenize(text: string): Token[] {
  const norm = normalize(text);
  const tokens: Token[] = [];
  // `exec` in a loop, not `matchAll`: no iterator and no result object per word (the engine and the
  // scorer tokenize every reply and every earlier turn of its history).
  // Nothing in the loop tokenizes, so the one global regex can be used (its lastIndex from 0).
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(norm); m !== null; m = TOKEN.exec(norm)) {
    const word = m[0];
    tokens.push({ norm: word, stem: stemWord(word), start: m.index, end: m.index + word.length });
  }
  return tokens;
}

/** Two stems name the same word when equal, or when a long stem is the start of the other. */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  // No destructured pair: this runs for every token against every phrase word.
  return a.length <= b.length ? a.length >= 5 && b.startsWith(a) : b.length >= 5 && a.startsWith(b);
}
