/** Counts read right in both languages (Russian's "one" form also serves 21, 31, 101 …). */
import { COUNTED_KEYS, LANGS, setLang, tn } from '../../../client/src/i18n';

beforeAll(() => {
  (globalThis as { document?: unknown }).document = { documentElement: {} };
});

describe('interface strings with a count', () => {
  test.each(LANGS)('%s: every count form shows the count it was given', (lang) => {
    setLang(lang);
    expect(COUNTED_KEYS.length).toBeGreaterThan(3);
    for (const key of COUNTED_KEYS)
      for (const n of [1, 2, 5, 11, 21, 22, 25, 101, 111])
        expect({ key, n, text: tn(key, n, { done: 0, skipped: 0, scorer: 's' }) }).toEqual(
          expect.objectContaining({ text: expect.stringContaining(String(n)) }),
        );
  });
});
