/**
 * Word-level helpers shared by the reply scorer and the question check: content words, Russian
 * roots, and pattern matching that leaves no state behind. Pure.
 */
import { spansOf } from '../language/guard';
import type { Span } from '../language/phrases';
import { stemWord, type Token } from '../language/text';

/** The first match of a pattern, as a span (never empty); the pattern keeps no state. */
export function firstMatch(regex: RegExp, text: string): Span | null {
  return spansOf(regex, text, 1)[0] ?? null;
}

/**
 * Two Russian word forms of one root whose stems differ in the ending the stemmer left
 * («вернёте» / «вернутся», «списали» / «списание»): four letters in common (five after a prefix of
 * four) and one of them at least five letters long. Cyrillic only: English stems are already bare.
 */
export function sameRoot(a: string, b: string): boolean {
  if (a.length < 4 || b.length < 4 || !/^[а-я]/.test(a)) return false;
  // «выезд» and «выехать», «заезд» and «заехать»: one root, two spellings.
  if (/ез[дж]/.test(a) || /ез[дж]/.test(b))
    [a, b] = [a.replace(/ез[дж]/, 'ех'), b.replace(/ез[дж]/, 'ех')];
  // «переезд» and «перейдёт» share a prefix, not a root: past one, a letter of the root must match too.
  const shared = LONG_PREFIX.test(a) ? 5 : 4;
  return a.slice(0, shared) === b.slice(0, shared) && Math.max(a.length, b.length) >= 5;
}

/** Russian prefixes of four letters («пере-», «пред-», «недо-», «обез-», «разо-»). */
const LONG_PREFIX = /^(?:пере|пред|недо|обез|разо)/;

/** The global twin of each (non-global) pattern `count` is given, made once. */
const GLOBAL = new Map<RegExp, RegExp>();

/** How many times a pattern occurs in a text. */
export function count(pattern: RegExp, text: string): number {
  let global = GLOBAL.get(pattern);
  if (!global) GLOBAL.set(pattern, (global = new RegExp(pattern.source, `${pattern.flags}g`)));
  return text.match(global)?.length ?? 0;
}

/** Words that carry content: letters or digits, not stopwords; contractions cut to their base. */
export function contentTokens(tokens: readonly Token[], stopwords: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    if (!/[\p{L}\p{N}]/u.test(t.norm) || t.norm.endsWith("n't") || stopwords.has(t.norm)) continue;
    const cut = t.norm.indexOf("'");
    const base = cut > 0 ? t.norm.slice(0, cut) : t.norm;
    if ((base.length < 2 && !/\p{N}/u.test(base)) || stopwords.has(base)) continue;
    out.push(cut > 0 ? stemWord(base) : t.stem);
  }
  return out;
}

export function contentWords(tokens: readonly Token[], stopwords: ReadonlySet<string>): number {
  return contentTokens(tokens, stopwords).filter((s) => /\p{L}{3}/u.test(s)).length;
}

export function contentStems(
  tokens: readonly Token[],
  stopwords: ReadonlySet<string>,
): Set<string> {
  return new Set(contentTokens(tokens, stopwords));
}

/** A sentence with its closing marks; a decimal point ("€14.99", "1.5 hours") does not end one. */
const SENTENCE = /(?:[^.!?]|(?<=\d)\.(?=\d))+[.!?]*/g;

/** The sentences of a text, each with the marks that close it. */
export function sentenceTexts(text: string): string[] {
  return text.match(SENTENCE) ?? [];
}

/** A message that asks one thing only: one question mark at most ("…? And …?" asks two). */
export function oneQuestion(text: string): boolean {
  return (text.match(/\?+/g) ?? []).length <= 1;
}

/**
 * The reply opens on the customer's one question: two content words of the question's sentence
 * (one when it has no more than two) come back in the reply's first sentence, as a form or a root.
 * «а его можно на доставку потратить?» — «На любую часть заказа, доставку тоже, …»; not “You're
 * welcome! So, to recap: …”.
 */
export function touchesQuestion(
  reply: string,
  customer: string,
  tokenize: (text: string) => Token[],
  stopwords: ReadonlySet<string>,
): boolean {
  const asked = sentenceTexts(customer).filter((s) => s.includes('?'));
  if (asked.length !== 1) return false;
  const wanted = contentTokens(tokenize(asked[0]!), stopwords).filter((w) => /\p{L}{3}/u.test(w));
  if (!wanted.length) return false;
  const said = contentTokens(tokenize(sentenceTexts(reply)[0] ?? ''), stopwords);
  const shared = wanted.filter((w) => said.some((s) => s === w || sameRoot(s, w))).length;
  return shared >= Math.min(2, wanted.length);
}
