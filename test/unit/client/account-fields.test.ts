/**
 * Password fields of account management say what is wrong, in the UI language, before the server
 * is asked; the server's `current: …` and `active: …` errors name their fields.
 */
import { ApiError } from '../../../client/src/api';
import { errorText, setLang } from '../../../client/src/i18n';
import { describeError, errorField } from '../../../client/src/ui';
import { NEW_PASSWORD, passwordProblem } from '../../../client/src/validate';

beforeAll(() => {
  (globalThis as { document?: unknown }).document = { documentElement: {} };
});
afterEach(() => setLang('en'));

describe('password rules in the browser', () => {
  test('8 spaces (or any whitespace) are refused with a clear message, in English and Russian', () => {
    setLang('en');
    expect(passwordProblem('        ')).toBe(
      'Password: cannot be only spaces. Use at least 8 characters that are not all spaces.',
    );
    expect(passwordProblem('\t \u00a0     ')).toMatch(/only spaces/);
    expect(passwordProblem(' a b c d ')).toBeNull();
    setLang('ru');
    expect(passwordProblem('        ')).toBe(
      'Пароль: не может состоять только из пробелов. Нужно не меньше 8 символов, и не одни пробелы.',
    );
  });

  test('a new password (own or reset) is named as such', () => {
    setLang('en');
    expect(passwordProblem('', NEW_PASSWORD)).toBe('New password: enter a new password.');
    expect(passwordProblem('short', NEW_PASSWORD)).toBe(
      'New password: at least 8 characters (now 5).',
    );
    expect(passwordProblem('        ', NEW_PASSWORD)).toBe('New password: cannot be only spaces.');
    setLang('ru');
    expect(passwordProblem('short', NEW_PASSWORD)).toBe(
      'Новый пароль: не меньше 8 символов (сейчас 5).',
    );
    expect(passwordProblem('        ', NEW_PASSWORD)).toBe(
      'Новый пароль: не может состоять только из пробелов.',
    );
  });

  test('the length counts characters, not UTF-16 units', () => {
    setLang('en');
    expect(passwordProblem('🙂🙂🙂🙂')).toBe('Password: at least 8 characters (now 4).');
  });
});

describe('server errors of account management', () => {
  const bad = (message: string) => new ApiError('bad_request', message, 400);

  test('"current" and "active" are fields with translated labels', () => {
    expect(errorField(bad('current: the current password is wrong'))).toBe('current');
    expect(errorField(bad('active: true or false'))).toBe('active');
    setLang('ru');
    expect(describeError(bad('current: enter your current password'))).toBe(
      'Поле «Текущий пароль» не принято. Проверьте, что в нём введено.',
    );
  });

  test('a deactivated account has its own message', () => {
    setLang('en');
    expect(errorText('account_disabled')).toBe(
      'This account is deactivated. Ask an administrator to reactivate it.',
    );
    setLang('ru');
    expect(errorText('account_disabled')).toBe(
      'Эта учётная запись отключена. Попросите администратора включить её снова.',
    );
  });
});
