import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { guardKeys, spansOf } from '../../../server/language/guard';
import { PATTERNS } from '../../../server/language/intents';
import { compilePatterns } from '../../../server/language/patterns';
import { normalize } from '../../../server/language/text';
import { EN } from '../../../server/scoring/lexicon-en';
import { RU } from '../../../server/scoring/lexicon-ru';
import { ROOT } from '../../helpers/cli';

/** What `text.matchAll` finds with the whole regex, as spans (an empty match marks one character). */
function native(regex: RegExp, text: string) {
  return [...text.matchAll(regex)].map((m) => ({
    start: m.index,
    end: m.index + Math.max(1, m[0].length),
  }));
}

describe('guard keys read off a pattern', () => {
  it.each([
    // Of two words, the rarer one ("sure" is in fewer texts than "make").
    ['\\bmake sure\\b', ['sure']],
    ["\\b(?:i'll|we will) (?:call|ring) you\\b", ["i'll", 'we w']],
    // "you" is in most texts; each way the pattern can be spelled brings a rarer word.
    ['\\byou (?:really )?(?:must|should)\\b', ['must', 'shou', 'real']],
    ['\\bч[её]рт\\b', ['черт', 'чёрт']],
    ['(?<![\\p{L}\\p{N}])(?:я|мы) не могу\\b', ['я не', 'мы н']],
    // A word of two letters is its own key, "ok" and a space, when the pattern ends it.
    ['\\bok(?:ay)?\\.?$', ['ok ', 'ok.', 'okay']],
    ['\\b\\d+ ?(?:days?|weeks?)\\b', ['\u0001digit']],
    ['\\?', ['\u0001?']],
  ])('%s', (source, keys) => {
    expect([...(guardKeys(source) ?? [])].sort()).toEqual([...keys].sort());
  });

  it.each([
    // A word that may be glued to a digit, or may be missing, proves nothing.
    '\\b\\p{L}+ly\\b',
    '(?:please )?(?:\\p{L}+ )?now\\b',
    '[a-z]{2}ing',
    // A negative lookahead is not required text.
    '^(?!no\\b)\\p{L}+',
  ])('%s has none', (source) => {
    expect(guardKeys(source)).toBeNull();
  });
});

describe('split lists find what the whole regex finds', () => {
  it('keeps the leftmost match and, on a tie, the earlier pattern', () => {
    // "we will call" matches the first and the third pattern at the same place: the first wins,
    // as it does in the whole regex, and the second starts inside the first match, so it is skipped.
    const regex = compilePatterns(['\\bwe will call\\b', '\\bcall you back\\b', '\\bwe will\\b']);
    for (const text of ['we will call you back', 'call you back, we will', 'nothing here', '']) {
      expect(spansOf(regex, text)).toEqual(native(regex, text));
    }
  });

  // Every list of both lexicons and every intent, over the texts of the labelled pairs: the same
  // matches, in the same order, with guards and split chunks as with the whole regex.
  const lists: [string, readonly string[]][] = [];
  for (const [intent, sources] of Object.entries(PATTERNS))
    lists.push([`intent ${intent}`, sources]);
  for (const lexicon of [EN, RU]) {
    for (const rule of lexicon.rules) {
      if (rule.patterns.length) lists.push([rule.id, rule.patterns]);
      if (rule.unless) lists.push([`${rule.id} unless`, rule.unless]);
    }
    for (const [name, value] of Object.entries(lexicon)) {
      if (Array.isArray(value) && typeof value[0] === 'string') lists.push([name, value]);
    }
  }
  const texts = new Set<string>();
  for (const file of ['dev.jsonl', 'heldout.jsonl', 'outside.jsonl', 'outside-2.jsonl']) {
    const lines = readFileSync(join(ROOT, 'test/fixtures/scoring-pairs', file), 'utf8').split('\n');
    for (const line of lines.filter((l) => l.trim())) {
      const pair = JSON.parse(line) as {
        better: string;
        worse: string;
        history: { text: string }[];
      };
      for (const text of [pair.better, pair.worse, ...pair.history.map((t) => t.text)]) {
        texts.add(text); // as written: the case-sensitive rules read it so
        texts.add(normalize(text));
      }
    }
  }

  it('reads enough texts and lists to mean something', () => {
    expect(texts.size).toBeGreaterThan(1500);
    expect(lists.length).toBeGreaterThan(100);
  });

  it.each(lists)('%s', (_name, sources) => {
    const regex = compilePatterns(sources);
    const wrong: unknown[] = [];
    for (const text of texts) {
      const expected = native(regex, text);
      const found = spansOf(regex, text);
      if (JSON.stringify(found) !== JSON.stringify(expected)) wrong.push({ text, found, expected });
      // The first match alone, as `firstMatch` asks for it.
      const first = spansOf(regex, text, 1);
      if (JSON.stringify(first) !== JSON.stringify(expected.slice(0, 1)))
        wrong.push({ text, first });
    }
    expect(wrong.slice(0, 3)).toEqual([]);
  });
});
