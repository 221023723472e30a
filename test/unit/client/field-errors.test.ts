/**
 * Form errors say which field is wrong and what is wrong with it, in the UI language: the checks
 * the browser runs before asking the server (client/src/validate.ts), and the server's
 * `field: …` errors turned into the field's translated label (describeError in client/src/ui.ts).
 */
import { ApiError } from '../../../client/src/api';
import { setLang, tn } from '../../../client/src/i18n';
import { describeError, errorField } from '../../../client/src/ui';
import { passwordProblem, usernameProblem } from '../../../client/src/validate';

beforeAll(() => {
  (globalThis as { document?: unknown }).document = { documentElement: {} };
});
afterEach(() => setLang('en'));

describe('new user fields, checked in the browser', () => {
  test('a username with spaces or other characters names them, in English and Russian', () => {
    setLang('en');
    expect(usernameProblem('bad name!')).toBe(
      'Username: spaces, “!” cannot be used. Use only letters, digits, “.”, “_”, “@” or “-”.',
    );
    setLang('ru');
    expect(usernameProblem('bad name!')).toBe(
      'Имя пользователя: нельзя использовать пробелы, «!». Можно только буквы, цифры, «.», «_», «@» и «-».',
    );
  });

  test('mirrors the server: letters of any script, digits, . _ @ -; 2 to 64 characters', () => {
    setLang('en');
    for (const ok of ['ab', 'anna.k', 'Анна_К', 'a@b-c', 'x'.repeat(64)])
      expect(usernameProblem(ok)).toBeNull();
    expect(usernameProblem('')).toMatch(/^Username: enter a name/);
    expect(usernameProblem('x')).toBe('Username: at least 2 characters.');
    expect(usernameProblem('x'.repeat(65))).toBe('Username: at most 64 characters (now 65).');
    expect(usernameProblem('a/b')).toMatch(/^Username: “\/” cannot be used/);
  });

  test('a short password says so and how long it is', () => {
    setLang('en');
    expect(passwordProblem('')).toMatch(/^Password: enter a password/);
    expect(passwordProblem('short')).toBe('Password: at least 8 characters (now 5).');
    expect(passwordProblem('long-enough')).toBeNull();
    setLang('ru');
    expect(passwordProblem('short')).toBe('Пароль: не меньше 8 символов (сейчас 5).');
  });
});

describe('server errors that name a field', () => {
  const bad = (message: string, code = 'bad_request') => new ApiError(code, message, 400);

  test('the field comes from the start of the message', () => {
    expect(errorField(bad('username: 2–64 letters, digits, ".", "_", "@" or "-"'))).toBe(
      'username',
    );
    expect(errorField(bad('scores.overall: a whole number 0..100'))).toBe('scores.overall');
    expect(errorField(bad('from: "2026-13-99" is not a date (use YYYY-MM-DD)'))).toBe('from');
    expect(errorField(bad('from is after to'))).toBe('from');
    expect(errorField(bad('the message is empty'))).toBeNull();
    expect(errorField(new ApiError('conflict', 'user "x" already exists', 409))).toBeNull();
  });

  test('the error names the field in the UI language, never the English server text', () => {
    setLang('ru');
    expect(describeError(bad('password: 8–200 characters'))).toBe(
      'Поле «Пароль» не принято. Проверьте, что в нём введено.',
    );
    expect(describeError(bad('reason: say why, in 3–1000 characters'))).toBe(
      'Поле «Причина» не принято. Проверьте, что в нём введено.',
    );
    expect(describeError(bad('text: 1–2000 characters', 'too_long'))).toBe(
      'Поле «Текст» слишком длинное.',
    );
    expect(describeError(bad('from is after to'))).toBe(
      'Дата в поле «С» позже даты в поле «По». Измените одну из них.',
    );
    setLang('en');
    expect(describeError(bad('scores.closure: a whole number 0..100'))).toBe(
      '“Closure” was not accepted. Check what you entered there.',
    );
    // Without a field, the generic text for the code.
    expect(describeError(bad('something else'))).toBe(
      'The request was not accepted. Check what you entered.',
    );
  });
});

describe('counts in chart descriptions', () => {
  test('one day, one closed attempt: singular in English', () => {
    setLang('en');
    const vars = { first: '1 Dec', last: '1 Dec', overall: '70', success: 1, neutral: 0 };
    expect(tn('dash.chartScoresSummary', 1, vars)).toMatch(/on 1 day\b/);
    expect(tn('dash.chartScoresSummary', 3, vars)).toMatch(/on 3 days\b/);
    expect(tn('dash.chartOutcomesSummary', 1, { ...vars, failure: 0, rate: '100%' })).toMatch(
      /^Of 1 closed attempt,/,
    );
    expect(tn('attempts.chartDesc', 1, vars)).toMatch(/of 1 closed attempt,/);
    expect(tn('report.progressSummary', 1, vars)).toMatch(/of 1 closed attempt;/);
  });

  test('Russian counts read right for 1, 2, 5 and 21', () => {
    setLang('ru');
    const vars = { first: '1', last: '2', success: 0, neutral: 0, failure: 0, rate: '—' };
    for (const n of [1, 2, 5, 21]) {
      // "Закрытых попыток: N" — one form for every count, never "из 1 закрытых попыток".
      expect(tn('dash.chartOutcomesSummary', n, vars)).toMatch(`Закрытых попыток: ${n};`);
      expect(tn('report.progressSummary', n, vars)).toMatch(`(всего ${n})`);
    }
  });
});
