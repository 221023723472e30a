import type { View } from '../main';
import { h, replace } from '../dom';
import { errorText, t } from '../i18n';
import { loggedIn, takeLoginNotice } from '../nav';
import { currentUser, login } from '../session';
import { ApiError } from '../api';
import { describeError } from '../ui';

/** Kept across re-renders (e.g. switching the language) so nothing typed is lost. */
let lastUsername = '';

export function loginView(): View {
  const notice = takeLoginNotice();
  const status = h('div', { class: 'form-status', 'aria-live': 'assertive' });
  const username = h('input', {
    id: 'login-username',
    name: 'username',
    type: 'text',
    autocomplete: 'username',
    autocapitalize: 'none',
    spellcheck: 'false',
    required: true,
    maxlength: 64,
    value: lastUsername,
    'data-testid': 'login-username',
  });
  const password = h('input', {
    id: 'login-password',
    name: 'password',
    type: 'password',
    autocomplete: 'current-password',
    required: true,
    maxlength: 200,
    'data-testid': 'login-password',
  });
  const submit = h(
    'button',
    { type: 'submit', class: 'btn btn--primary btn--block', 'data-testid': 'login-submit' },
    t('login.submit'),
  );
  username.addEventListener('input', () => (lastUsername = username.value));

  const showError = (message: string) => {
    replace(
      status,
      h('p', { class: 'alert alert--error', role: 'alert', 'data-testid': 'login-error' }, message),
    );
  };

  const form = h(
    'form',
    { class: 'card login-card', novalidate: true },
    h(
      'div',
      { class: 'login-card__head' },
      h('span', { class: 'brand__mark brand__mark--large', 'aria-hidden': 'true' }, 'S'),
      h('h1', { class: 'page-title', tabindex: '-1' }, t('login.title')),
      h('p', { class: 'page-sub' }, t('login.subtitle')),
    ),
    notice
      ? h(
          'p',
          {
            class: notice === 'login.loggedOut' ? 'alert alert--info' : 'alert alert--warn',
            role: 'status',
            'data-testid': 'login-notice',
          },
          t(notice),
        )
      : null,
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'login-username' }, t('login.username')),
      username,
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'login-password' }, t('login.password')),
      password,
    ),
    status,
    submit,
  );

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    replace(status);
    username.removeAttribute('aria-invalid');
    password.removeAttribute('aria-invalid');
    const u = username.value.trim();
    if (!u || !password.value) {
      // Name the empty field (or both), mark it and put the cursor there.
      const empty = [u ? null : username, password.value ? null : password].filter(
        (x): x is HTMLInputElement => x !== null,
      );
      showError(
        t(
          empty.length === 2
            ? 'login.required'
            : empty[0] === username
              ? 'login.usernameRequired'
              : 'login.passwordRequired',
        ),
      );
      for (const el of empty) el.setAttribute('aria-invalid', 'true');
      empty[0]!.focus();
      return;
    }
    submit.disabled = true;
    submit.textContent = t('login.submitting');
    try {
      await login(u, password.value);
      loggedIn(currentUser()?.role);
    } catch (err) {
      submit.disabled = false;
      submit.textContent = t('login.submit');
      if (err instanceof ApiError && err.code === 'account_disabled')
        showError(errorText('account_disabled'));
      else if (err instanceof ApiError && err.status === 401) showError(t('login.badCredentials'));
      else if (err instanceof ApiError && err.code === 'rate_limited')
        showError(t('login.rateLimited'));
      else showError(describeError(err));
      password.select();
      password.focus();
    }
  });

  const el = h(
    'section',
    { class: 'login-page' },
    form,
    h('p', { class: 'login-page__tagline' }, t('app.tagline')),
  );
  queueMicrotask(() => (username.value ? password : username).focus());
  return { el, title: t('login.title') };
}
