import type { Role } from '../../../server/contracts/events';
import type { View } from '../main';
import { api, ApiError } from '../api';
import { h, replace } from '../dom';
import { formatDateTime, t } from '../i18n';
import { currentUser } from '../session';
import { describeError, errorBox, loading, pageTitle, roleName, toast } from '../ui';

interface UserRow {
  username: string;
  role: Role;
  createdAt?: string;
}

const ROLE_LIST: Role[] = ['trainee', 'trainer', 'hr', 'admin'];

export function usersView(): View {
  let destroyed = false;
  const listBox = h('div', null, loading());
  const me = currentUser();

  function renderList(users: UserRow[]): void {
    if (!users.length) {
      replace(listBox, h('p', { class: 'empty' }, t('users.empty')));
      return;
    }
    replace(
      listBox,
      h(
        'div',
        { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': t('users.title') },
        h(
          'table',
          { class: 'table', 'data-testid': 'users-table' },
          h('caption', { class: 'sr-only' }, t('users.title')),
          h(
            'thead',
            null,
            h(
              'tr',
              null,
              h('th', { scope: 'col' }, t('users.username')),
              h('th', { scope: 'col' }, t('users.role')),
              h('th', { scope: 'col' }, t('users.created')),
            ),
          ),
          h(
            'tbody',
            null,
            [...users]
              .sort((a, b) => a.username.localeCompare(b.username))
              .map((u) =>
                h(
                  'tr',
                  { 'data-testid': 'user-row', 'data-username': u.username },
                  h(
                    'th',
                    { scope: 'row' },
                    h(
                      'span',
                      { class: 'avatar avatar--small', 'aria-hidden': 'true' },
                      u.username.slice(0, 1),
                    ),
                    u.username,
                  ),
                  h(
                    'td',
                    null,
                    h('span', { class: `badge badge--role badge--${u.role}` }, roleName(u.role)),
                  ),
                  h('td', { class: 'nowrap' }, formatDateTime(u.createdAt)),
                ),
              ),
          ),
        ),
      ),
    );
  }

  async function load(): Promise<void> {
    replace(listBox, loading());
    try {
      const res = await api.get<{ users: UserRow[] }>('/api/users');
      if (!destroyed) renderList(res.users ?? []);
    } catch (err) {
      if (destroyed) return;
      if (err instanceof ApiError && err.code === 'forbidden')
        replace(listBox, errorBox(t('users.forbidden')));
      else
        replace(
          listBox,
          errorBox(err, () => void load()),
        );
    }
  }

  const status = h('div', { class: 'form-status', 'aria-live': 'assertive' });
  const username = h('input', {
    id: 'new-username',
    name: 'username',
    required: true,
    maxlength: 64,
    autocomplete: 'off',
    autocapitalize: 'none',
    spellcheck: 'false',
    'data-testid': 'new-username',
    'aria-describedby': 'new-username-help',
  });
  const password = h('input', {
    id: 'new-password',
    name: 'password',
    type: 'password',
    required: true,
    maxlength: 200,
    autocomplete: 'new-password',
    'data-testid': 'new-password',
    'aria-describedby': 'new-password-help',
  });
  const role = h(
    'select',
    { id: 'new-role', name: 'role', 'data-testid': 'new-role' },
    ROLE_LIST.map((r) => h('option', { value: r, selected: r === 'trainee' }, roleName(r))),
  );
  const submit = h(
    'button',
    { type: 'submit', class: 'btn btn--primary', 'data-testid': 'create-user' },
    t('users.create'),
  );
  const form = h(
    'form',
    { class: 'card user-form', novalidate: true, 'aria-labelledby': 'new-user-h' },
    h('h2', { class: 'card__title', id: 'new-user-h' }, t('users.createTitle')),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'new-username' }, t('users.username')),
      username,
      h('small', { id: 'new-username-help', class: 'field__help' }, t('users.usernameHelp')),
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'new-password' }, t('users.password')),
      password,
      h('small', { id: 'new-password-help', class: 'field__help' }, t('users.passwordHelp')),
    ),
    h('div', { class: 'field' }, h('label', { for: 'new-role' }, t('users.role')), role),
    status,
    submit,
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    replace(status);
    const u = username.value.trim();
    const fail = (msg: string, focus?: HTMLElement) => {
      replace(
        status,
        h('p', { class: 'alert alert--error', role: 'alert', 'data-testid': 'error' }, msg),
      );
      focus?.focus();
    };
    if (!u) return fail(t('login.required'), username);
    if (!password.value) return fail(t('login.required'), password);
    if (password.value.length < 8) return fail(t('users.passwordHelp'), password);
    submit.disabled = true;
    submit.textContent = t('users.creating');
    try {
      await api.post('/api/users', { username: u, password: password.value, role: role.value });
      toast(t('users.createdOk', { name: u }));
      replace(
        status,
        h(
          'p',
          { class: 'alert alert--success', role: 'status' },
          t('users.createdOk', { name: u }),
        ),
      );
      username.value = '';
      password.value = '';
      role.value = 'trainee';
      void load();
      username.focus();
    } catch (err) {
      if (err instanceof ApiError && err.code === 'conflict') fail(t('users.exists'), username);
      else if (err instanceof ApiError && err.code === 'bad_request')
        fail(`${describeError(err)} ${t('users.usernameHelp')} ${t('users.passwordHelp')}`);
      else fail(describeError(err));
    } finally {
      submit.disabled = false;
      submit.textContent = t('users.create');
    }
  });

  const isAdmin = me?.role === 'admin';
  if (isAdmin) void load();
  return {
    el: h(
      'section',
      { class: 'page' },
      pageTitle(t('users.title'), t('users.subtitle')),
      isAdmin
        ? h('div', { class: 'users-layout' }, h('section', { class: 'card' }, listBox), form)
        : errorBox(t('users.forbidden')),
    ),
    title: t('users.title'),
    destroy: () => {
      destroyed = true;
    },
  };
}
