import { normalize, normalizeEachChar } from '../../../server/language/text';

describe('normalize', () => {
  test.each([
    'Здравствуйте! Ёлку ДОСТАВИМ завтра',
    'I’ll SEND it — don`t worry, it’s FREE',
    'Straße ẞ ǅ 𐐀𐐁 café',
    'ΣΟΦΙΑΣ and İstanbul',
    'ΟΔΟΣ, İ',
  ])('%s: lower case, ё as е, one apostrophe, the same length', (text) => {
    const out = normalize(text);
    expect(out).toBe(normalizeEachChar(text));
    expect(out.length).toBe(text.length);
  });

  test('final sigma and dotted capital I keep the one-by-one result', () => {
    // Lower-casing the whole string would give ς at the end of a word, and i̇ (two characters) for İ.
    expect(normalize('ΟΔΟΣ')).toBe('οδοσ');
    expect(normalize('İ')).toBe('İ');
  });
});
