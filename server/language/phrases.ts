import { sameWord, tokenize, type Token } from './text';

/** A phrase prepared for matching: its words as stems. */
export interface Phrase {
  source: string;
  stems: string[];
}

export interface Span {
  start: number;
  end: number;
}

export function compilePhrase(source: string): Phrase {
  return { source, stems: tokenize(source).map((t) => t.stem) };
}

/**
 * Finds a phrase in tokenised text: consecutive whole words, case-insensitive, word forms allowed
 * ("refund" matches "refunded"; "возврат" matches "возврата").
 */
export function findPhrase(tokens: readonly Token[], phrase: Phrase): Span | null {
  const n = phrase.stems.length;
  if (n === 0) return null;
  outer: for (let i = 0; i + n <= tokens.length; i++) {
    for (let j = 0; j < n; j++) {
      if (!sameWord(tokens[i + j]!.stem, phrase.stems[j]!)) continue outer;
    }
    return { start: tokens[i]!.start, end: tokens[i + n - 1]!.end };
  }
  return null;
}

/** Every occurrence of any of the phrases, in text order, without overlaps. */
export function findAllPhrases(
  tokens: readonly Token[],
  phrases: readonly Phrase[],
): Array<Span & { phrase: Phrase }> {
  const found: Array<Span & { phrase: Phrase }> = [];
  for (const phrase of phrases) {
    const n = phrase.stems.length;
    if (n === 0) continue;
    outer: for (let i = 0; i + n <= tokens.length; i++) {
      for (let j = 0; j < n; j++) {
        if (!sameWord(tokens[i + j]!.stem, phrase.stems[j]!)) continue outer;
      }
      found.push({ start: tokens[i]!.start, end: tokens[i + n - 1]!.end, phrase });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: typeof found = [];
  for (const f of found) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  return kept;
}
