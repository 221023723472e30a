import type { Role } from '../../../server/contracts/events';
import type { View } from '../main';
import { api, ApiError } from '../api';
import { h, replace } from '../dom';
import { formatDateTime, t } from '../i18n';
import { currentUser } from '../session';
import {
  describeError,
  errorBox,
  errorField,
  loading,
  pageTitle,
  roleName,
  stackOnPhone,
  toast,
} from '../ui';
import { passwordProblem, usernameProblem } from '../validate';

interface UserRow {
  username: string;
  role: Role;
  group?: string;
  createdAt?: string;
}

const ROLE_LIST: Role[] = ['trainee', 'trainer', 'hr', 'admin'];

export function usersView(): View {
  let destroyed = false;
  const listBox = h('div', null, loading());
  const me = currentUser();
  /** Existing groups, offered as suggestions in every group field. */
  const groupList = h('datalist', { id: 'group-options' });

  /** A user's group: an input with a save button (PATCH /api/users/:username). */
  function groupEditor(u: UserRow): HTMLElement {
    const id = `group-${u.username}`;
    const input = h('input', {
      id,
      class: 'group-input',
      value: u.group ?? '',
      maxlength: 64,
      list: 'group-options',
      autocomplete: 'off',
      placeholder: t('users.noGroup'),
      'data-testid': 'user-group',
      'aria-label': t('users.groupOf', { name: u.username }),
    });
    const save = h(
      'button',
      { type: 'submit', class: 'btn btn--small', 'data-testid': 'user-group-save', hidden: true },
      t('users.save'),
    );
    const form = h('form', { class: 'group-edit' }, input, save);
    input.addEventListener('input', () => {
      save.hidden = input.value.trim() === (u.group ?? '');
    });
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const next = input.value.trim();
      save.disabled = true;
      try {
        const res = await api.patch<{ user: UserRow }>(
          `/api/users/${encodeURIComponent(u.username)}`,
          { group: next || null },
        );
        u.group = res.user.group;
        input.value = u.group ?? '';
        save.hidden = true;
        toast(
          u.group
            ? t('users.groupSaved', { name: u.username, group: u.group })
            : t('users.groupRemoved', { name: u.username }),
        );
        void loadGroups();
      } catch (err) {
        toast(describeError(err), 'error');
      } finally {
        save.disabled = false;
      }
    });
    return form;
  }

  async function loadGroups(): Promise<void> {
    try {
      const res = await api.get<{ groups: string[] }>('/api/groups');
      replace(
        groupList,
        (res.groups ?? []).map((g) => h('option', { value: g })),
      );
    } catch {
      /* suggestions only */
    }
  }

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
        stackOnPhone(
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
                h('th', { scope: 'col' }, t('users.group')),
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
                    h('td', null, groupEditor(u)),
                    h('td', { class: 'nowrap cell--full' }, formatDateTime(u.createdAt)),
                  ),
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
  const group = h('input', {
    id: 'new-group',
    name: 'group',
    maxlength: 64,
    list: 'group-options',
    autocomplete: 'off',
    'data-testid': 'new-group',
    'aria-describedby': 'new-group-help',
  });
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
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'new-group' }, t('users.group')),
      group,
      h('small', { id: 'new-group-help', class: 'field__help' }, t('users.groupHelp')),
    ),
    groupList,
    status,
    submit,
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    replace(status);
    const fields = { username, password, role, group } as const;
    for (const el of Object.values(fields)) el.removeAttribute('aria-invalid');
    const u = username.value.trim();
    /** The error under the form, and the field it is about marked invalid and focused. */
    const fail = (msg: string, field?: HTMLInputElement | HTMLSelectElement) => {
      replace(
        status,
        h('p', { class: 'alert alert--error', role: 'alert', 'data-testid': 'error' }, msg),
      );
      if (field) {
        field.setAttribute('aria-invalid', 'true');
        field.focus();
      }
    };
    const nameProblem = usernameProblem(u);
    if (nameProblem) return fail(nameProblem, username);
    const passProblem = passwordProblem(password.value);
    if (passProblem) return fail(passProblem, password);
    submit.disabled = true;
    submit.textContent = t('users.creating');
    try {
      const g = group.value.trim();
      await api.post('/api/users', {
        username: u,
        password: password.value,
        role: role.value,
        ...(g ? { group: g } : {}),
      });
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
      group.value = '';
      void load();
      void loadGroups();
      username.focus();
    } catch (err) {
      if (err instanceof ApiError && err.code === 'conflict')
        fail(t('users.exists', { name: u }), username);
      else {
        const field = errorField(err);
        fail(
          describeError(err),
          field && field in fields ? fields[field as keyof typeof fields] : undefined,
        );
      }
    } finally {
      submit.disabled = false;
      submit.textContent = t('users.create');
    }
  });

  const isAdmin = me?.role === 'admin';
  if (isAdmin) {
    void load();
    void loadGroups();
  }
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
