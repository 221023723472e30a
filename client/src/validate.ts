/**
 * Field checks the browser runs before asking the server, so an error names the field and what is
 * wrong with it in the UI language. They mirror the server's rules (server/app/accounts.ts).
 */
import { lang, t, type Key } from './i18n';

/** USERNAME in server/app/accounts.ts: 2–64 letters, digits, ".", "_", "@" or "-". */
const USERNAME_CHAR = /^[\p{L}\p{N}._@-]$/u;
export const USERNAME_MAX = 64;
export const PASSWORD_MIN = 8;

/** What is wrong with a new user's name, or null when the server will take it. */
export function usernameProblem(name: string): string | null {
  if (!name) return t('users.usernameRequired');
  const chars = [...name];
  const bad = [...new Set(chars.filter((c) => !USERNAME_CHAR.test(c)))];
  if (bad.length) {
    const quote = (c: string) => (lang() === 'ru' ? `«${c}»` : `“${c}”`);
    const spaces = bad.some((c) => /\s/u.test(c));
    const list = [
      ...(spaces ? [t('users.space')] : []),
      ...bad.filter((c) => !/\s/u.test(c)).map(quote),
    ];
    return t('users.usernameChars', { chars: list.join(', ') });
  }
  if (chars.length < 2) return t('users.usernameShort');
  if (chars.length > USERNAME_MAX) return t('users.usernameLong', { n: chars.length });
  return null;
}

/** The messages of one password field: each starts with the field's own label. */
export interface PasswordMessages {
  required: Key;
  short: Key;
  blank: Key;
}

/** The password of a user being created. */
export const NEW_USER_PASSWORD: PasswordMessages = {
  required: 'users.passwordRequired',
  short: 'users.passwordShort',
  blank: 'users.passwordBlank',
};

/** A new password: one's own, or one an admin sets for a user. */
export const NEW_PASSWORD: PasswordMessages = {
  required: 'account.newRequired',
  short: 'account.newShort',
  blank: 'account.newBlank',
};

/**
 * What is wrong with a new password, or null. As the server (passwordProblem in accounts.ts): at
 * least 8 characters, counted as characters, not all of them whitespace.
 */
export function passwordProblem(
  password: string,
  messages: PasswordMessages = NEW_USER_PASSWORD,
): string | null {
  if (!password) return t(messages.required);
  const length = [...password].length;
  if (length < PASSWORD_MIN) return t(messages.short, { n: length });
  if (/^\s*$/u.test(password)) return t(messages.blank);
  return null;
}
