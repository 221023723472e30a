import { normalize } from '../../../server/language/text';

/** The character-by-character definition the fast path must agree with. */
function oneByOne(text: string): string {
  let out = '';
  for (const ch of text) {
    let c = ch.toLowerCase();
    if (c === 'ё') c = 'е';
    else if (c === '’' || c === 'ʼ' || c === '`') c = "'";
    out += c.length === ch.length ? c : ch;
  }
  return out;
}

describe('normalize', () => {
  test.each([
    'Здравствуйте! Ёлку ДОСТАВИМ завтра',
    'I’ll SEND it — don`t worry, it’s FREE',
    'Straße ẞ ǅ 𐐀𐐁 café',
    'ΣΟΦΙΑΣ and İstanbul',
    'ΟΔΟΣ, İ',
  ])('%s: lower case, ё as е, one apostrophe, the same length', (text) => {
    const out = normalize(text);
    expect(out).toBe(oneByOne(text));
    expect(out.length).toBe(text.length);
  });

  test('final sigma and dotted capital I keep the one-by-one result', () => {
    // Lower-casing the whole string would give ς at the end of a word, and i̇ (two characters) for İ.
    expect(normalize('ΟΔΟΣ')).toBe('οδοσ');
    expect(normalize('İ')).toBe('İ');
  });
});
