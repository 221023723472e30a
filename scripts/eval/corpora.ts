/** The politeness corpora in ../shared/data: top-vs-bottom quartile sets and AUC of a score. */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

export interface Labelled {
  text: string;
  polite: boolean;
}

export const DATA_DIR = join(__dirname, '../../../shared/data');

export function corporaAvailable(): boolean {
  return existsSync(join(DATA_DIR, 'stanford-politeness/wikipedia.annotated.csv'));
}

/** Comparable form of a request: the TyDiP English rows match Stanford rows up to case and punctuation. */
export function key(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function quantile(sorted: number[], q: number): number {
  // numpy.percentile's default (linear interpolation), as ConvoKit and the data README use.
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** Stanford file → top quartile (polite) and bottom quartile (impolite), as in the 2013 paper. */
export function stanfordBinary(file: 'wikipedia' | 'stack-exchange'): Labelled[] {
  const rows = parse(readFileSync(join(DATA_DIR, `stanford-politeness/${file}.annotated.csv`)), {
    columns: true,
  }) as Array<Record<string, string>>;
  const scores = rows.map((r) => Number(r['Normalized Score']));
  const sorted = [...scores].sort((a, b) => a - b);
  const p25 = quantile(sorted, 0.25);
  const p75 = quantile(sorted, 0.75);
  const out: Labelled[] = [];
  rows.forEach((r, i) => {
    const s = scores[i]!;
    if (s >= p75) out.push({ text: r.Request!, polite: true });
    else if (s <= p25) out.push({ text: r.Request!, polite: false });
  });
  return out;
}

/** TyDiP binary test set: polite = score > 0. */
export function tydipBinary(lang: 'en' | 'ru'): Labelled[] {
  const rows = parse(readFileSync(join(DATA_DIR, `tydip/${lang}_test_binary.csv`)), {
    columns: true,
  }) as Array<Record<string, string>>;
  return rows.map((r) => ({ text: r.sentence!, polite: Number(r.score) > 0 }));
}

/** Keys of every TyDiP English test row (binary or not): excluded from anything tuned on Wikipedia. */
export function tydipEnglishKeys(): Set<string> {
  const rows = parse(readFileSync(join(DATA_DIR, 'tydip/en_test.csv')), { columns: true }) as Array<
    Record<string, string>
  >;
  return new Set(rows.map((r) => key(r.sentence!)));
}

/** Area under the ROC curve (Mann–Whitney U; ties count a half). */
export function auc(scores: readonly number[], positive: readonly boolean[]): number {
  const items = scores.map((s, i) => ({ s, p: positive[i]! })).sort((a, b) => a.s - b.s);
  let rankSumPos = 0;
  let nPos = 0;
  for (let i = 0; i < items.length;) {
    let j = i;
    while (j < items.length && items[j]!.s === items[i]!.s) j++;
    const avgRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++)
      if (items[k]!.p) {
        rankSumPos += avgRank;
        nPos++;
      }
    i = j;
  }
  const nNeg = items.length - nPos;
  if (!nPos || !nNeg) return NaN;
  return (rankSumPos - (nPos * (nPos + 1)) / 2) / (nPos * nNeg);
}

/** A Wikipedia tuning request in English and in a faithful Russian translation, with its label. */
export interface Translated {
  id: string;
  polite: boolean;
  en: string;
  ru: string;
}

/**
 * The Russian tuning set: 400 Wikipedia rows of the tuning split (200 from each quartile, never a
 * TyDiP en_test row) translated into Russian with their politeness kept, for fitting the Russian
 * markers without touching the held-out TyDiP Russian set. See test/fixtures/politeness-ru/README.md.
 */
export function translatedTuning(): Translated[] {
  const file = join(__dirname, '../../test/fixtures/politeness-ru/wikipedia-tuning-ru.jsonl');
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Translated);
}

/** A request between users of a Q&A site with its three raters' politeness ratings (1–25). */
export interface RatedRequest {
  id: string;
  site: string;
  text: string;
  ratings: number[];
}

/**
 * The Q&A tuning set as a binary task: each rater's ratings standardised, averaged per request, and
 * the top and bottom quartiles kept, as the Stanford corpus does. Requests written and rated for this
 * project, never Stack Exchange rows. See test/fixtures/politeness-qa/README.md.
 */
export function qaTuning(): Labelled[] {
  const file = join(__dirname, '../../test/fixtures/politeness-qa/qa-requests.jsonl');
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as RatedRequest);
  const raters = rows[0]?.ratings.length ?? 0;
  const z = rows.map(() => 0);
  for (let k = 0; k < raters; k++) {
    const values = rows.map((r) => r.ratings[k]!);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length) || 1;
    values.forEach((v, i) => (z[i]! += (v - mean) / sd / raters));
  }
  const sorted = [...z].sort((a, b) => a - b);
  const p25 = quantile(sorted, 0.25);
  const p75 = quantile(sorted, 0.75);
  const out: Labelled[] = [];
  rows.forEach((r, i) => {
    if (z[i]! >= p75) out.push({ text: r.text, polite: true });
    else if (z[i]! <= p25) out.push({ text: r.text, polite: false });
  });
  return out;
}
