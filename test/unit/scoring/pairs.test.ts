import { join } from 'node:path';
import { evaluatePairs, loadPairs, summarise } from '../../../scripts/eval/pairs';
import {
  auc,
  corporaAvailable,
  stanfordBinary,
  qaTuning,
  translatedTuning,
  tydipBinary,
} from '../../../scripts/eval/corpora';
import { scorer } from '../../../server/scoring';
import { ROOT } from '../../helpers/cli';

/** Keeps the scorer from regressing on the labelled pairs (docs/EVAL.md has the full report). */
describe.each([
  'dev.jsonl',
  'heldout.jsonl',
  'outside.jsonl',
  'outside-2.jsonl',
  'outside-3.jsonl',
  'outside-10.jsonl',
  // The thirty-fifth and thirty-sixth outside sets: 111 and 115 of 120 at their first looks
  // (lexicon-2.50.0 and 2.51.0), 120 and 119 after the rules their failures showed.
  'outside-30.jsonl',
  'outside-31.jsonl',
  // The thirty-seventh: 112 of 120 at its first look (lexicon-2.52.0), 119 after.
  'outside-32.jsonl',
  // The forty-eighth: 108 of 120 at its first look (lexicon-2.59.0), 120 after.
  'outside-39.jsonl',
  // The hundred-and-twenty-third: 105 of 120 at its first look (lexicon-2.103.0), 120 after.
  'outside-78.jsonl',
])('labelled pairs: %s', (file) => {
  const outcomes = evaluatePairs(loadPairs(join(ROOT, 'test/fixtures/scoring-pairs', file)));

  test('has pairs for both languages and all four dimensions', () => {
    expect(summarise(outcomes)).toHaveLength(8);
  });

  test.each(summarise(outcomes).map((c) => [c.lang, c.dimension, c] as const))(
    '%s %s ≥ 90%% (gaming 100%%)',
    (_l, dimension, cell) => {
      const wrong = outcomes
        .filter(
          (o) => o.pair.lang === cell.lang && o.pair.dimension === cell.dimension && !o.correct,
        )
        .map((o) => `${o.pair.id}: ${o.better} vs ${o.worse}`);
      expect({ accuracy: cell.accuracy >= (dimension === 'gaming' ? 1 : 0.9), wrong }).toEqual({
        accuracy: true,
        wrong: expect.any(Array),
      });
    },
  );
});

/**
 * The outside sets below are not at target yet: most of their Russian gaming pairs left
 * (and a few closure pairs) turn on whether a reply is about the question at all, which the scorer
 * does not judge (docs/EVAL.md). The floors are what they score now, so they cannot slip back.
 */
describe.each([
  // The thirty-ninth: 115/120 at its first look (lexicon-2.53.0), 118 after; two Russian closings
  // whose recap names what was not agreed (a date offered and not taken, a refund for a delivery).
  ['outside-33.jsonl', { 'ru closure': 13 }],
  // The forty-first: 101/120 at its first look (lexicon-2.54.0), 119 after; one Russian recap gives
  // the old house number of an address the chat corrected.
  ['outside-34.jsonl', { 'ru closure': 14 }],
  // The forty-third, English only: 50/60 at its first look (lexicon-2.54.0), 57 after.
  ['outside-35.jsonl', { 'en patience': 14 }],
  // The forty-fourth: 106/120 at its first look (lexicon-2.56.0), 118 after; an English recap with
  // a wrong refund total, and a Russian «Повторю:» to a confused customer.
  ['outside-36.jsonl', { 'en closure': 14, 'ru patience': 14 }],
  // The forty-sixth: 103/120 at its first look (lexicon-2.57.0), 117 after; two closings where a bare
  // goodbye follows a recap given one message earlier, and a Russian answer to an either-or question
  // with a goodbye that names only one side of it.
  ['outside-37.jsonl', { 'en closure': 14, 'ru closure': 13 }],
  // The forty-fifth, written as heldout-10 and kept unread for two rounds (93/120 at its first look on
  // lexicon-2.56.0, 96 on 2.58.0), then read: 116 after lexicon-2.59.0.
  ['outside-38.jsonl', { 'en closure': 14, 'en gaming': 14, 'ru closure': 14, 'ru gaming': 14 }],
  // The fiftieth: 103/120 at its first look (lexicon-2.60.0), 114 after; recaps with a wrong amount,
  // timescale or day, an either-or question, and closings whose history starts at the customer's
  // "yes, go ahead".
  ['outside-40.jsonl', { 'en closure': 13, 'en gaming': 14, 'ru closure': 13 }],
  // The hundred-and-twenty-fifth: 109/120 at its first look (lexicon-2.104.0), 119 after.
  ['outside-79.jsonl', { 'ru closure': 14 }],
  // The hundred-and-twenty-first: 110/120 at its first look (lexicon-2.102.0), 117 after.
  ['outside-77.jsonl', { 'en gaming': 14, 'ru closure': 13 }],
  // The hundred-and-nineteenth: 103/120 at its first look (lexicon-2.101.0), 116 after.
  ['outside-76.jsonl', { 'en closure': 12, 'ru closure': 14 }],
  // The hundred-and-seventeenth: 99/120 at its first look (lexicon-2.100.0), 118 after.
  ['outside-75.jsonl', { 'en closure': 13 }],
  // The hundred-and-fifteenth: 103/120 at its first look (lexicon-2.99.0), 116 after.
  ['outside-74.jsonl', { 'ru patience': 14, 'ru closure': 12 }],
  // The hundred-and-thirteenth: 105/120 at its first look (lexicon-2.98.0), 119 after.
  ['outside-73.jsonl', { 'ru closure': 14 }],
  // The hundred-and-eleventh: 103/120 at its first look (lexicon-2.97.0), 118 after, 119 on 2.99.0.
  ['outside-72.jsonl', { 'ru patience': 14 }],
  // The hundred-and-ninth: 105/120 at its first look (lexicon-2.96.0), 112 after.
  [
    'outside-71.jsonl',
    {
      'en closure': 13,
      'en gaming': 14,
      'ru positive_phrasing': 14,
      'ru closure': 12,
      'ru gaming': 14,
    },
  ],
  // The hundred-and-seventh: 103/120 at its first look (lexicon-2.95.0), 113 after.
  ['outside-70.jsonl', { 'en closure': 13, 'en gaming': 14, 'ru closure': 12, 'ru gaming': 14 }],
  // The hundred-and-fifth: 102/120 at its first look (lexicon-2.94.0), 116 after.
  ['outside-69.jsonl', { 'en patience': 14, 'en closure': 13, 'ru gaming': 14 }],
  // The hundred-and-third: 104/120 at its first look (lexicon-2.93.0), 116 after.
  ['outside-68.jsonl', { 'en closure': 14, 'ru closure': 12 }],
  // The hundred-and-first: 103/120 at its first look (lexicon-2.92.0), 119 after.
  ['outside-67.jsonl', { 'en patience': 14 }],
  // The ninety-ninth: 104/120 at its first look (lexicon-2.91.0), 116 after.
  ['outside-66.jsonl', { 'en patience': 14, 'en closure': 13, 'ru closure': 14 }],
  // The ninety-seventh: 105/120 at its first look (lexicon-2.90.0), 117 after.
  ['outside-65.jsonl', { 'en closure': 14, 'ru patience': 14, 'ru closure': 14 }],
  // The ninety-fifth: 102/120 at its first look (lexicon-2.89.0), 108 after.
  [
    'outside-64.jsonl',
    {
      'en patience': 14,
      'en positive_phrasing': 14,
      'ru patience': 13,
      'ru closure': 10,
      'ru gaming': 12,
    },
  ],
  // The ninety-third: 103/120 at its first look (lexicon-2.88.0), 108 after.
  [
    'outside-63.jsonl',
    {
      'en patience': 13,
      'en closure': 14,
      'en gaming': 12,
      'ru patience': 13,
      'ru positive_phrasing': 14,
      'ru closure': 13,
      'ru gaming': 14,
    },
  ],
  // The ninety-first: 109/120 at its first look (lexicon-2.87.0), 118 after.
  ['outside-62.jsonl', { 'en positive_phrasing': 14, 'en closure': 14 }],
  // The eighty-ninth: 102/120 at its first look (lexicon-2.86.0), 114 after, 115 with lexicon-2.88.0.
  [
    'outside-61.jsonl',
    {
      'en closure': 14,
      'ru patience': 14,
      'ru positive_phrasing': 14,
      'ru closure': 14,
      'ru gaming': 14,
    },
  ],
  // The eighty-seventh: 105/120 at its first look (lexicon-2.85.0), 118 after.
  ['outside-60.jsonl', { 'ru patience': 14, 'ru gaming': 14 }],
  // The eighty-fifth: 105/120 at its first look (lexicon-2.84.0), 115 after.
  [
    'outside-59.jsonl',
    { 'en patience': 13, 'en closure': 14, 'ru positive_phrasing': 14, 'ru gaming': 14 },
  ],
  // The eighty-third: 102/120 at its first look (lexicon-2.83.0), 116 after.
  ['outside-58.jsonl', { 'en closure': 14, 'ru patience': 14, 'ru closure': 13 }],
  // The eighty-first: 106/120 at its first look (lexicon-2.82.0), 109 after.
  [
    'outside-57.jsonl',
    { 'en patience': 11, 'en gaming': 13, 'ru patience': 14, 'ru closure': 14, 'ru gaming': 12 },
  ],
  // The seventy-ninth: 107/120 at its first look (lexicon-2.80.0), 113 after, 114 with lexicon-2.82.0.
  ['outside-56.jsonl', { 'en patience': 13, 'en closure': 13, 'en gaming': 14, 'ru patience': 14 }],
  // The seventy-eighth: 99/120 at its first look (lexicon-2.76.0), 103 after, 105 with lexicon-2.78.0
  // (a recap that misquotes how long the refund takes), 106 with lexicon-2.79.0 ("anything else?"
  // after "all good now"), 108 with lexicon-2.80.0 (a cover or a rush to buy at the goodbye).
  [
    'outside-55.jsonl',
    {
      'en patience': 13,
      'en closure': 12,
      'en gaming': 12,
      'ru positive_phrasing': 14,
      'ru closure': 12,
    },
  ],
  // The seventy-sixth: 104/120 at its first look (lexicon-2.75.0), 107 after.
  [
    'outside-54.jsonl',
    {
      'en positive_phrasing': 14,
      'en closure': 10,
      'en gaming': 14,
      'ru closure': 12,
      'ru gaming': 12,
    },
  ],
  // The seventy-fourth: 107/120 at its first look (lexicon-2.74.0), 110 after.
  [
    'outside-53.jsonl',
    {
      'en closure': 12,
      'en gaming': 13,
      'ru closure': 12,
      'ru gaming': 13,
    },
  ],
  // The seventy-second: 102/120 at its first look (lexicon-2.73.0), 107 after.
  [
    'outside-52.jsonl',
    {
      'en patience': 14,
      'en closure': 14,
      'en gaming': 10,
      'ru patience': 14,
      'ru closure': 11,
      'ru gaming': 14,
    },
  ],
  // The seventieth: 97/120 at its first look (lexicon-2.72.0), 104 after.
  [
    'outside-51.jsonl',
    {
      'en patience': 13,
      'en positive_phrasing': 14,
      'en closure': 10,
      'en gaming': 13,
      'ru closure': 10,
      'ru gaming': 14,
    },
  ],
  // The sixty-eighth: 100/120 at its first look (lexicon-2.70.0), 112 after.
  [
    'outside-50.jsonl',
    {
      'en patience': 14,
      'en positive_phrasing': 14,
      'en closure': 12,
      'ru closure': 12,
    },
  ],
  // The sixty-sixth: 105/120 at its first look (lexicon-2.69.0), 107 after.
  [
    'outside-49.jsonl',
    {
      'en patience': 14,
      'en closure': 14,
      'ru patience': 13,
      'ru positive_phrasing': 13,
      'ru closure': 12,
      'ru gaming': 11,
    },
  ],
  // The sixty-fifth (no unread companion): 102/120 at its first look (lexicon-2.68.0), 107 after.
  [
    'outside-48.jsonl',
    {
      'en patience': 14,
      'en positive_phrasing': 13,
      'en closure': 13,
      'en gaming': 14,
      'ru closure': 9,
      'ru gaming': 14,
    },
  ],
  // The sixty-third: 102/120 at its first look (lexicon-2.67.0), 109 after.
  [
    'outside-47.jsonl',
    { 'en closure': 10, 'ru positive_phrasing': 14, 'ru closure': 12, 'ru gaming': 13 },
  ],
  // The sixty-first: 102/120 at its first look (lexicon-2.66.0), 111 after.
  [
    'outside-46.jsonl',
    { 'en closure': 12, 'en gaming': 13, 'ru positive_phrasing': 14, 'ru closure': 12 },
  ],
  // The fifty-ninth: 99/120 at its first look (lexicon-2.65.0), 110 after.
  [
    'outside-45.jsonl',
    {
      'en positive_phrasing': 14,
      'en closure': 13,
      'en gaming': 11,
      'ru patience': 14,
      'ru gaming': 13,
    },
  ],
  // The fifty-seventh: 92/120 at its first look (lexicon-2.64.0), 115 after, 116 with lexicon-2.80.0.
  ['outside-44.jsonl', { 'en positive_phrasing': 14, 'en closure': 14, 'ru closure': 13 }],
  // The fifty-sixth (no unread companion): 101/120 at its first look (lexicon-2.63.0), 110 after.
  ['outside-43.jsonl', { 'en closure': 12, 'ru closure': 12, 'ru gaming': 13 }],
  // The fifty-fourth: 103/120 at its first look (lexicon-2.62.0), 113 after.
  ['outside-42.jsonl', { 'en closure': 14, 'en gaming': 14, 'ru closure': 13, 'ru gaming': 14 }],
  // The fifty-second: 103/120 at its first look (lexicon-2.61.0), 114 after.
  [
    'outside-41.jsonl',
    {
      'en gaming': 13,
      'ru patience': 14,
      'ru closure': 14,
      'ru gaming': 14,
    },
  ],
  ['outside-4.jsonl', { 'ru closure': 12, 'ru gaming': 10 }],
  ['outside-5.jsonl', { 'ru closure': 13, 'ru gaming': 12 }],
  ['outside-6.jsonl', { 'ru gaming': 14 }],
  ['outside-7.jsonl', { 'en closure': 14, 'en gaming': 14, 'ru gaming': 14 }],
  ['outside-8.jsonl', { 'ru gaming': 14 }],
  ['outside-9.jsonl', { 'en gaming': 14, 'ru gaming': 14 }],
  ['outside-11.jsonl', { 'en gaming': 13 }],
  ['outside-12.jsonl', { 'en gaming': 14, 'ru gaming': 13 }],
  ['outside-13.jsonl', { 'en closure': 13, 'en gaming': 13, 'ru gaming': 12 }],
  ['outside-14.jsonl', { 'ru gaming': 15 }],
  ['outside-15.jsonl', { 'en closure': 14 }],
  ['outside-16.jsonl', { 'ru gaming': 14 }],
  ['outside-17.jsonl', { 'en closure': 14, 'en gaming': 14, 'ru closure': 14 }],
  ['outside-18.jsonl', { 'en gaming': 14, 'ru gaming': 13 }],
  ['outside-19.jsonl', { 'en closure': 13, 'ru closure': 13 }],
  ['outside-20.jsonl', { 'ru closure': 14, 'ru gaming': 12 }],
  ['outside-21.jsonl', { 'ru closure': 11 }],
  ['outside-22.jsonl', { 'ru closure': 14, 'ru gaming': 14 }],
  ['outside-23.jsonl', { 'en gaming': 14 }],
  ['outside-24.jsonl', { 'en gaming': 14, 'ru closure': 14, 'ru gaming': 13 }],
  ['outside-25.jsonl', { 'en closure': 14, 'ru closure': 14, 'ru gaming': 14 }],
  ['outside-26.jsonl', { 'en gaming': 14, 'ru closure': 14, 'ru gaming': 13 }],
  [
    'outside-27.jsonl',
    { 'en patience': 14, 'en closure': 14, 'en gaming': 14, 'ru closure': 14, 'ru gaming': 12 },
  ],
  ['outside-28.jsonl', { 'ru closure': 12, 'ru gaming': 14 }],
  ['outside-29.jsonl', { 'ru closure': 12 }],
  // Measured on lexicon-2.39.0 (107/120) and never read: floors at that first look.
  [
    'heldout-4.jsonl',
    {
      'en closure': 12,
      'ru patience': 14,
      'ru positive_phrasing': 14,
      'ru closure': 10,
      'ru gaming': 12,
    },
  ],
  // Measured on lexicon-2.44.0 (99/120) and never read: floors at that first look.
  [
    'heldout-5.jsonl',
    {
      'en patience': 13,
      'en closure': 10,
      'en gaming': 10,
      'ru patience': 14,
      'ru closure': 9,
      'ru gaming': 13,
    },
  ],
  // Measured on lexicon-2.104.0 (104/120) and never read: floors at that first look.
  [
    'heldout-50.jsonl',
    {
      'en patience': 12,
      'en positive_phrasing': 13,
      'en closure': 13,
      'en gaming': 14,
      'ru patience': 9,
      'ru gaming': 13,
    },
  ],
  // Measured on lexicon-2.103.0 (100/120) and never read: floors at that first look.
  [
    'heldout-49.jsonl',
    {
      'en patience': 13,
      'en closure': 12,
      'en gaming': 13,
      'ru patience': 10,
      'ru positive_phrasing': 14,
      'ru closure': 12,
      'ru gaming': 11,
    },
  ],
  // Measured on lexicon-2.102.0 (110/120) and never read: floors at that first look.
  [
    'heldout-48.jsonl',
    {
      'en patience': 13,
      'en closure': 12,
      'ru positive_phrasing': 14,
      'ru closure': 14,
      'ru gaming': 12,
    },
  ],
  // Measured on lexicon-2.101.0 (102/120) and never read: floors at that first look.
  [
    'heldout-47.jsonl',
    {
      'en patience': 11,
      'en closure': 11,
      'ru patience': 11,
      'ru positive_phrasing': 14,
      'ru closure': 13,
      'ru gaming': 12,
    },
  ],
  // Measured on lexicon-2.100.0 (107/120) and never read: floors at that first look.
  [
    'heldout-46.jsonl',
    {
      'en patience': 13,
      'en closure': 11,
      'en gaming': 14,
      'ru patience': 14,
      'ru closure': 13,
      'ru gaming': 12,
    },
  ],
  // Measured on lexicon-2.99.0 (110/120) and never read: floors at that first look.
  [
    'heldout-45.jsonl',
    {
      'en patience': 12,
      'en closure': 14,
      'en gaming': 14,
      'ru patience': 14,
      'ru positive_phrasing': 14,
      'ru closure': 14,
      'ru gaming': 13,
    },
  ],
  // Measured on lexicon-2.98.0 (103/120) and never read: floors at that first look.
  [
    'heldout-44.jsonl',
    {
      'en patience': 11,
      'en closure': 10,
      'en gaming': 14,
      'ru patience': 12,
      'ru closure': 12,
      'ru gaming': 14,
    },
  ],
  // Measured on lexicon-2.97.0 (106/120) and never read: floors at that first look.
  [
    'heldout-43.jsonl',
    {
      'en patience': 13,
      'en closure': 11,
      'en gaming': 14,
      'ru patience': 14,
      'ru closure': 12,
      'ru gaming': 12,
    },
  ],
  // Measured on lexicon-2.96.0 (106/120) and never read: floors at that first look.
  [
    'heldout-42.jsonl',
    { 'en patience': 10, 'en closure': 12, 'en gaming': 14, 'ru patience': 12, 'ru closure': 13 },
  ],
  // Measured on lexicon-2.95.0 (108/120) and never read: floors at that first look.
  [
    'heldout-41.jsonl',
    {
      'en patience': 13,
      'en positive_phrasing': 14,
      'en closure': 11,
      'en gaming': 14,
      'ru patience': 12,
      'ru closure': 14,
    },
  ],
  // Measured on lexicon-2.94.0 (104/120) and never read: floors at that first look.
  [
    'heldout-40.jsonl',
    {
      'en patience': 11,
      'en closure': 13,
      'ru patience': 12,
      'ru positive_phrasing': 14,
      'ru closure': 10,
      'ru gaming': 14,
    },
  ],
  // Measured on lexicon-2.93.0 (99/120) and never read: floors at that first look.
  [
    'heldout-39.jsonl',
    {
      'en patience': 13,
      'en closure': 11,
      'en gaming': 13,
      'ru patience': 11,
      'ru positive_phrasing': 14,
      'ru closure': 10,
      'ru gaming': 12,
    },
  ],
  // Measured on lexicon-2.92.0 (105/120) and never read: floors at that first look.
  [
    'heldout-38.jsonl',
    {
      'en patience': 12,
      'en closure': 14,
      'en gaming': 13,
      'ru patience': 10,
      'ru closure': 13,
      'ru gaming': 13,
    },
  ],
  // Measured on lexicon-2.91.0 (101/120) and never read: floors at that first look.
  [
    'heldout-37.jsonl',
    {
      'en patience': 10,
      'en closure': 14,
      'en gaming': 9,
      'ru patience': 13,
      'ru positive_phrasing': 13,
      'ru closure': 13,
      'ru gaming': 14,
    },
  ],
  // Measured on lexicon-2.90.0 (103/120) and never read: floors at that first look.
  [
    'heldout-36.jsonl',
    {
      'en patience': 12,
      'en closure': 14,
      'en gaming': 14,
      'ru patience': 10,
      'ru closure': 12,
      'ru gaming': 11,
    },
  ],
  // Measured on lexicon-2.89.0 (101/120) and never read: floors at that first look.
  [
    'heldout-35.jsonl',
    {
      'en patience': 12,
      'en closure': 12,
      'en gaming': 11,
      'ru patience': 9,
      'ru closure': 13,
      'ru gaming': 14,
    },
  ],
  // Measured on lexicon-2.88.0 (106/120) and never read: floors at that first look.
  [
    'heldout-34.jsonl',
    {
      'en positive_phrasing': 14,
      'en closure': 13,
      'en gaming': 13,
      'ru patience': 11,
      'ru positive_phrasing': 14,
      'ru closure': 13,
      'ru gaming': 13,
    },
  ],
  // Measured on lexicon-2.87.0 (99/120) and never read: floors at that first look.
  [
    'heldout-33.jsonl',
    {
      'en patience': 10,
      'en closure': 13,
      'ru patience': 12,
      'ru positive_phrasing': 14,
      'ru closure': 9,
      'ru gaming': 11,
    },
  ],
  // Measured on lexicon-2.86.0 (109/120) and never read: floors at that first look.
  [
    'heldout-32.jsonl',
    {
      'en patience': 14,
      'en positive_phrasing': 14,
      'en closure': 13,
      'en gaming': 14,
      'ru patience': 13,
      'ru positive_phrasing': 14,
      'ru closure': 14,
      'ru gaming': 13,
    },
  ],
  // Measured on lexicon-2.85.0 (103/120) and never read: floors at that first look.
  [
    'heldout-31.jsonl',
    {
      'en patience': 12,
      'en closure': 14,
      'en gaming': 13,
      'ru patience': 13,
      'ru closure': 9,
      'ru gaming': 12,
    },
  ],
  // Measured on lexicon-2.84.0 (100/120) and never read: floors at that first look.
  [
    'heldout-30.jsonl',
    {
      'en patience': 12,
      'en closure': 13,
      'en gaming': 13,
      'ru patience': 8,
      'ru positive_phrasing': 12,
      'ru closure': 12,
    },
  ],
  // Measured on lexicon-2.83.0 (101/120) and never read: floors at that first look.
  [
    'heldout-29.jsonl',
    {
      'en patience': 11,
      'en closure': 12,
      'en gaming': 13,
      'ru patience': 11,
      'ru closure': 11,
      'ru gaming': 13,
    },
  ],
  // Measured on lexicon-2.82.0 (105/120) and never read: floors at that first look.
  [
    'heldout-28.jsonl',
    {
      'en patience': 14,
      'en closure': 14,
      'en gaming': 13,
      'ru patience': 11,
      'ru closure': 10,
      'ru gaming': 13,
    },
  ],
  // Measured on lexicon-2.80.0 (112/120) and never read: floors at that first look.
  [
    'heldout-27.jsonl',
    { 'en patience': 10, 'en closure': 14, 'ru patience': 14, 'ru closure': 14 },
  ],
  // Measured on lexicon-2.76.0 (107/120) and never read: floors at that first look.
  [
    'heldout-26.jsonl',
    {
      'en closure': 12,
      'en gaming': 13,
      'ru patience': 13,
      'ru positive_phrasing': 14,
      'ru closure': 11,
      'ru gaming': 14,
    },
  ],
  // Measured on lexicon-2.75.0 (111/120) and never read: floors at that first look.
  [
    'heldout-25.jsonl',
    {
      'en patience': 14,
      'en positive_phrasing': 14,
      'en closure': 14,
      'en gaming': 14,
      'ru patience': 14,
      'ru closure': 12,
      'ru gaming': 14,
    },
  ],
  // Measured on lexicon-2.74.0 (99/120) and never read: floors at that first look.
  [
    'heldout-24.jsonl',
    {
      'en patience': 13,
      'en positive_phrasing': 13,
      'en closure': 11,
      'en gaming': 14,
      'ru patience': 13,
      'ru positive_phrasing': 14,
      'ru closure': 10,
      'ru gaming': 11,
    },
  ],
  // Measured on lexicon-2.73.0 (101/120) and never read: floors at that first look.
  [
    'heldout-23.jsonl',
    {
      'en patience': 14,
      'en positive_phrasing': 14,
      'en closure': 13,
      'en gaming': 10,
      'ru patience': 14,
      'ru positive_phrasing': 13,
      'ru closure': 9,
      'ru gaming': 14,
    },
  ],
  // Measured on lexicon-2.72.0 (103/120) and never read: floors at that first look.
  [
    'heldout-22.jsonl',
    {
      'en patience': 13,
      'en positive_phrasing': 13,
      'en closure': 13,
      'en gaming': 14,
      'ru patience': 14,
      'ru closure': 8,
      'ru gaming': 13,
    },
  ],
  // Measured on lexicon-2.70.0 (99/120) and never read: floors at that first look.
  [
    'heldout-21.jsonl',
    {
      'en patience': 12,
      'en positive_phrasing': 14,
      'en closure': 10,
      'en gaming': 13,
      'ru patience': 14,
      'ru positive_phrasing': 13,
      'ru closure': 10,
      'ru gaming': 13,
    },
  ],
  // Measured on lexicon-2.69.0 (103/120) and never read: floors at that first look.
  [
    'heldout-20.jsonl',
    {
      'en closure': 11,
      'en gaming': 14,
      'ru patience': 11,
      'ru positive_phrasing': 14,
      'ru closure': 8,
    },
  ],
  // Measured on lexicon-2.67.0 (98/120) and never read: floors at that first look.
  [
    'heldout-19.jsonl',
    {
      'en patience': 11,
      'en positive_phrasing': 14,
      'en closure': 13,
      'en gaming': 12,
      'ru patience': 13,
      'ru positive_phrasing': 14,
      'ru closure': 7,
      'ru gaming': 14,
    },
  ],
  // Measured on lexicon-2.66.0 (102/120) and never read: floors at that first look.
  [
    'heldout-18.jsonl',
    {
      'en closure': 9,
      'en gaming': 14,
      'ru patience': 12,
      'ru positive_phrasing': 13,
      'ru closure': 11,
      'ru gaming': 13,
    },
  ],
  // Measured on lexicon-2.65.0 (106/120) and never read: floors at that first look.
  [
    'heldout-17.jsonl',
    {
      'en patience': 13,
      'en positive_phrasing': 14,
      'en closure': 13,
      'en gaming': 14,
      'ru positive_phrasing': 14,
      'ru closure': 9,
      'ru gaming': 14,
    },
  ],
  // Measured on lexicon-2.64.0 (99/120) and never read: floors at that first look.
  [
    'heldout-16.jsonl',
    {
      'en patience': 14,
      'en positive_phrasing': 14,
      'en closure': 13,
      'en gaming': 12,
      'ru patience': 14,
      'ru positive_phrasing': 14,
      'ru closure': 6,
      'ru gaming': 12,
    },
  ],
  // Measured on lexicon-2.62.0 (105/120) and never read: floors at that first look.
  [
    'heldout-15.jsonl',
    {
      'en patience': 14,
      'en closure': 10,
      'en gaming': 12,
      'ru patience': 14,
      'ru closure': 12,
      'ru gaming': 13,
    },
  ],
  // Measured on lexicon-2.61.0 (101/120) and never read: floors at that first look.
  [
    'heldout-14.jsonl',
    {
      'en patience': 12,
      'en closure': 10,
      'en gaming': 12,
      'ru patience': 13,
      'ru positive_phrasing': 13,
      'ru closure': 12,
      'ru gaming': 14,
    },
  ],
  // Measured on lexicon-2.60.0 (112/120) and never read: floors at that first look.
  [
    'heldout-13.jsonl',
    {
      'en patience': 14,
      'en closure': 11,
      'ru positive_phrasing': 14,
      'ru closure': 14,
      'ru gaming': 14,
    },
  ],
  // Measured on lexicon-2.59.0 (105/120) and never read: floors at that first look.
  [
    'heldout-12.jsonl',
    {
      'en patience': 13,
      'en closure': 12,
      'en gaming': 12,
      'ru patience': 14,
      'ru closure': 11,
      'ru gaming': 13,
    },
  ],
  // Measured on lexicon-2.57.0 (101/120) and never read: floors at that first look, except English
  // gaming, which lost a pair to lexicon-2.58.0 (10, not 11; its English closure gained one).
  [
    'heldout-11.jsonl',
    {
      'en patience': 13,
      'en closure': 11,
      'en gaming': 10,
      'ru patience': 13,
      'ru positive_phrasing': 14,
      'ru closure': 10,
      'ru gaming': 14,
    },
  ],
  // Measured on lexicon-2.54.0 (106/120) and never read: floors at that first look.
  [
    'heldout-9.jsonl',
    {
      'en patience': 13,
      'en closure': 10,
      'en gaming': 13,
      'ru patience': 14,
      'ru closure': 13,
      'ru gaming': 13,
    },
  ],
  // Measured on lexicon-2.53.0 (109/120) and never read: floors at that first look.
  [
    'heldout-8.jsonl',
    {
      'en closure': 12,
      'en gaming': 13,
      'ru patience': 14,
      'ru positive_phrasing': 14,
      'ru closure': 13,
      'ru gaming': 13,
    },
  ],
  // Measured on lexicon-2.52.0 (117/120) and never read: floors at that first look.
  ['heldout-7.jsonl', { 'en gaming': 14, 'ru closure': 13 }],
  // Measured on lexicon-2.49.0 (108/120) and never read: floors at that first look.
  ['heldout-6.jsonl', { 'en closure': 10, 'en gaming': 14, 'ru closure': 11, 'ru gaming': 13 }],
  // Measured once and never read (docs/EVAL.md): floors at its first look, 106/120.
  // Measured once on lexicon-2.27.0 and never read: floors at that first look, 115/120.
  ['heldout-3.jsonl', { 'en patience': 14, 'en gaming': 13, 'ru closure': 13 }],
  [
    'heldout-2.jsonl',
    {
      'en patience': 13,
      'en closure': 13,
      'en gaming': 13,
      'ru positive_phrasing': 14,
      'ru closure': 12,
      'ru gaming': 11,
    },
  ],
] as const)('labelled pairs: %s (no regression)', (file, floor: Record<string, number>) => {
  const cells = summarise(
    evaluatePairs(loadPairs(join(ROOT, 'test/fixtures/scoring-pairs', file))),
  );
  test.each(cells.map((c) => [`${c.lang} ${c.dimension}`, c] as const))('%s', (name, cell) => {
    expect(cell.correct).toBeGreaterThanOrEqual(floor[name] ?? cell.total);
  });
});

test('Russian tuning translations: the Russian markers rank them as well as English ranks the originals', () => {
  const rows = translatedTuning();
  const ranked = (lang: 'en' | 'ru') =>
    auc(
      rows.map((r) => scorer.scoreReply(r[lang], { lang, history: [] }).patience),
      rows.map((r) => r.polite),
    );
  // 0.809 against 0.869 in English before the Russian markers were filled in (lexicon-2.29.0).
  expect(ranked('ru')).toBeGreaterThanOrEqual(0.85);
  expect(ranked('ru')).toBeGreaterThanOrEqual(ranked('en') - 0.02);
});

test('Q&A-site requests: the courtesy of how a request is put stays ranked', () => {
  const rows = qaTuning();
  expect(rows).toHaveLength(305);
  const ranked = auc(
    rows.map((r) => scorer.scoreReply(r.text, { lang: 'en', history: [] }).patience),
    rows.map((r) => r.polite),
  );
  // 0.906 before the set was used, 0.986 with the markers it showed missing (lexicon-2.33.0).
  expect(ranked).toBeGreaterThanOrEqual(0.97);
});

const corpora = corporaAvailable() ? describe : describe.skip;
corpora('politeness corpora (../shared/data)', () => {
  const patienceAuc = (rows: ReturnType<typeof stanfordBinary>, lang: 'en' | 'ru') =>
    auc(
      rows.map((r) => scorer.scoreReply(r.text, { lang, history: [] }).patience),
      rows.map((r) => r.polite),
    );

  test('Wikipedia AUC ≥ 0.78 and the TyDiP English held-out rows too', () => {
    expect(patienceAuc(stanfordBinary('wikipedia'), 'en')).toBeGreaterThanOrEqual(0.78);
    expect(patienceAuc(tydipBinary('en'), 'en')).toBeGreaterThanOrEqual(0.78);
  });

  test('Stack Exchange stays where docs/EVAL.md reports it, and Russian at its target (no regression)', () => {
    expect(patienceAuc(stanfordBinary('stack-exchange'), 'en')).toBeGreaterThanOrEqual(0.6);
    // 0.768 since lexicon-2.29.0 (0.748 before), measured once after the Russian markers were
    // filled in from the Russian tuning translations; nothing was chosen on this held-out number
    // (docs/EVAL.md).
    expect(patienceAuc(tydipBinary('ru'), 'ru')).toBeGreaterThanOrEqual(0.76);
  });
});
