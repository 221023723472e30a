/** Lexicon patterns are rewritten into fast regexes; the rewrite must mean what the source says. */
import { compilePatterns, rewritePattern } from '../../../server/language/patterns';
import { detectIntents } from '../../../server/language/intents';
import { normalize } from '../../../server/language/text';

const hits = (source: string, text: string) =>
  [...normalize(text).matchAll(compilePatterns([source]))].map((m) => m[0]);

describe('pattern rewriting', () => {
  test('\\p{L} and \\p{N} inside a character class stay a class of letters and digits', () => {
    const source = '(?<![\\p{L}\\p{N}])(?:рад|рада) помочь\\b';
    expect(hits(source, 'Рада помочь!')).toEqual(['рада помочь']);
    // Inside a word it is not the phrase: the guard before it must hold.
    expect(hits(source, 'отрада помочь')).toEqual([]);
    expect(hits(source, '5рад помочь')).toEqual([]);
    expect(rewritePattern('[\\p{L}\\p{N}-]')).toBe('[a-zß-öø-ÿа-яё0-9-]');
  });

  test('\\p{N} outside a class is a digit', () => {
    expect(hits('№\\p{N}+', 'заказ №123')).toEqual(['№123']);
  });

  test('a first-person commitment starts at a word: «…ия ромашку» is not «я …»', () => {
    expect(detectIntents('Я уточню у склада.').has('solution')).toBe(true);
    expect(detectIntents('Компания Ромашку не обслуживает.').get('solution') ?? []).toEqual([]);
  });
});
