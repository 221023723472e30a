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
import { NEW_PASSWORD, passwordProblem, usernameProblem } from '../validate';

interface UserRow {
  username: string;
  role: Role;
  group?: string;
  createdAt?: string;
  /** False once deactivated (absent from older servers: active). */
  active?: boolean;
}

/** The one account the server keeps an active admin whatever is asked (server/app/accounts.ts). */
const BUILT_IN_ADMIN = 'admin';

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

  const patchUser = (u: UserRow, body: Record<string, unknown>) =>
    api.patch<{ user: UserRow }>(`/api/users/${encodeURIComponent(u.username)}`, body);

  /** What a refused change to a user means, in the UI language. */
  function refusal(err: unknown, u: UserRow): string {
    if (err instanceof ApiError && err.code === 'forbidden' && u.username === BUILT_IN_ADMIN)
      return t('users.builtinAdmin');
    // Role and activity are only refused, for a user shown a control, when they would leave no
    // active admin (the controls for one's own row are not shown).
    const field = errorField(err);
    if (field === 'role' || field === 'active') return t('users.lastAdmin');
    return describeError(err);
  }

  /** A user's role: a select that saves at once (a badge for one's own row and the built-in admin). */
  function roleEditor(u: UserRow): HTMLElement {
    if (u.username === me?.username || u.username === BUILT_IN_ADMIN)
      return h('span', { class: `badge badge--role badge--${u.role}` }, roleName(u.role));
    const select = h(
      'select',
      {
        class: 'role-select',
        'data-testid': 'user-role',
        'aria-label': t('users.roleOf', { name: u.username }),
      },
      ROLE_LIST.map((r) => h('option', { value: r, selected: r === u.role }, roleName(r))),
    );
    select.addEventListener('change', async () => {
      select.disabled = true;
      select.removeAttribute('aria-invalid');
      try {
        const res = await patchUser(u, { role: select.value });
        u.role = res.user.role;
        toast(t('users.roleSaved', { name: u.username, role: roleName(u.role) }));
      } catch (err) {
        select.value = u.role;
        select.setAttribute('aria-invalid', 'true');
        toast(refusal(err, u), 'error');
      } finally {
        select.disabled = false;
      }
    });
    return select;
  }

  // One dialog for setting a password and one for confirming a deactivation, filled per row.
  const resetInput = h('input', {
    id: 'reset-password',
    type: 'password',
    maxlength: 200,
    autocomplete: 'new-password',
    'data-testid': 'reset-password',
    'aria-describedby': 'reset-text reset-help',
  });
  const resetTitle = h('h2', { id: 'reset-title', class: 'dialog__title' });
  const resetText = h('p', { id: 'reset-text' });
  const resetStatus = h('div', { class: 'form-status', 'aria-live': 'assertive' });
  const resetSave = h(
    'button',
    { type: 'submit', class: 'btn btn--primary', 'data-testid': 'reset-save' },
    t('users.resetSave'),
  );
  const resetDialog = h(
    'dialog',
    {
      class: 'dialog',
      'aria-labelledby': 'reset-title',
      'data-testid': 'reset-dialog',
    },
    h(
      'form',
      { novalidate: true },
      resetTitle,
      resetText,
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'reset-password' }, t('account.new')),
        resetInput,
        h('small', { id: 'reset-help', class: 'field__help' }, t('account.newHelp')),
      ),
      resetStatus,
      h(
        'div',
        { class: 'dialog__buttons' },
        h(
          'button',
          {
            type: 'button',
            class: 'btn',
            'data-testid': 'reset-cancel',
            onclick: () => resetDialog.close(),
          },
          t('review.cancel'),
        ),
        resetSave,
      ),
    ),
  );
  let resetFor: UserRow | null = null;
  const resetFail = (message: string) => {
    replace(
      resetStatus,
      h('p', { class: 'alert alert--error', role: 'alert', 'data-testid': 'reset-error' }, message),
    );
    resetInput.setAttribute('aria-invalid', 'true');
    resetInput.focus();
  };
  resetDialog.querySelector('form')!.addEventListener('submit', async (e) => {
    e.preventDefault();
    const u = resetFor;
    if (!u) return;
    replace(resetStatus);
    resetInput.removeAttribute('aria-invalid');
    const weak = passwordProblem(resetInput.value, NEW_PASSWORD);
    if (weak) return resetFail(weak);
    resetSave.disabled = true;
    try {
      await patchUser(u, { password: resetInput.value });
      resetDialog.close();
      toast(t('users.resetDone', { name: u.username }));
    } catch (err) {
      resetFail(refusal(err, u));
    } finally {
      resetSave.disabled = false;
    }
  });
  function openReset(u: UserRow): void {
    resetFor = u;
    resetTitle.textContent = t('users.resetTitle', { name: u.username });
    resetText.textContent = t('users.resetText', { name: u.username });
    resetInput.value = '';
    resetInput.removeAttribute('aria-invalid');
    replace(resetStatus);
    resetDialog.showModal();
    resetInput.focus();
  }

  const deactivateTitle = h('h2', { id: 'deactivate-title', class: 'dialog__title' });
  const deactivateText = h('p', { id: 'deactivate-text' });
  let deactivateFor: UserRow | null = null;
  const deactivateDialog = h(
    'dialog',
    {
      class: 'dialog',
      'aria-labelledby': 'deactivate-title',
      'aria-describedby': 'deactivate-text',
      'data-testid': 'deactivate-dialog',
    },
    deactivateTitle,
    deactivateText,
    h(
      'div',
      { class: 'dialog__buttons' },
      h(
        'button',
        {
          type: 'button',
          class: 'btn',
          autofocus: true,
          'data-testid': 'deactivate-cancel',
          onclick: () => deactivateDialog.close(),
        },
        t('review.cancel'),
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'btn btn--danger',
          'data-testid': 'deactivate-confirm',
          onclick: () => {
            deactivateDialog.close();
            if (deactivateFor) void setActive(deactivateFor, false);
          },
        },
        t('users.deactivate'),
      ),
    ),
  );
  function confirmDeactivate(u: UserRow): void {
    deactivateFor = u;
    deactivateTitle.textContent = t('users.deactivateTitle', { name: u.username });
    deactivateText.textContent = t('users.deactivateText', { name: u.username });
    deactivateDialog.showModal();
  }

  async function setActive(u: UserRow, active: boolean): Promise<void> {
    try {
      await patchUser(u, { active });
      toast(t(active ? 'users.reactivated' : 'users.deactivated', { name: u.username }));
      void load();
    } catch (err) {
      toast(refusal(err, u), 'error');
    }
  }

  /** Reset password and deactivate / reactivate; none for one's own row. */
  function rowActions(u: UserRow): HTMLElement {
    const box = h('div', { class: 'user-actions' });
    if (u.username === me?.username) {
      box.append(h('span', { class: 'muted' }, t('users.you')));
      return box;
    }
    box.append(
      h(
        'button',
        {
          type: 'button',
          class: 'btn btn--small',
          'data-testid': 'user-reset-password',
          'aria-label': `${t('users.resetPassword')}: ${u.username}`,
          onclick: () => openReset(u),
        },
        t('users.resetPassword'),
      ),
    );
    if (u.username !== BUILT_IN_ADMIN)
      box.append(
        u.active === false
          ? h(
              'button',
              {
                type: 'button',
                class: 'btn btn--small',
                'data-testid': 'user-reactivate',
                'aria-label': `${t('users.reactivate')}: ${u.username}`,
                onclick: () => void setActive(u, true),
              },
              t('users.reactivate'),
            )
          : h(
              'button',
              {
                type: 'button',
                class: 'btn btn--small btn--danger-ghost',
                'data-testid': 'user-deactivate',
                'aria-label': `${t('users.deactivate')}: ${u.username}`,
                onclick: () => confirmDeactivate(u),
              },
              t('users.deactivate'),
            ),
      );
    return box;
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
            { class: 'table users-table', 'data-testid': 'users-table' },
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
                h('th', { scope: 'col' }, t('users.actions')),
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
                    {
                      class: u.active === false ? 'user-row--inactive' : null,
                      'data-testid': 'user-row',
                      'data-username': u.username,
                    },
                    h(
                      'th',
                      { scope: 'row', class: 'user-cell' },
                      h(
                        'span',
                        { class: 'user-id' },
                        h(
                          'span',
                          { class: 'avatar avatar--small', 'aria-hidden': 'true' },
                          u.username.slice(0, 1),
                        ),
                        h(
                          'span',
                          { class: 'user-id__text' },
                          h('span', { class: 'user-name' }, u.username),
                          u.active === false
                            ? h(
                                'span',
                                { class: 'badge badge--muted', 'data-testid': 'user-status' },
                                t('users.inactive'),
                              )
                            : null,
                        ),
                      ),
                    ),
                    h('td', null, roleEditor(u)),
                    h('td', null, groupEditor(u)),
                    h('td', { class: 'cell--full' }, formatDateTime(u.createdAt)),
                    h('td', { class: 'cell--full' }, rowActions(u)),
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
        ? h(
            'div',
            { class: 'users-layout' },
            form,
            h('section', { class: 'card users-list' }, listBox),
            resetDialog,
            deactivateDialog,
          )
        : errorBox(t('users.forbidden')),
    ),
    title: t('users.title'),
    destroy: () => {
      destroyed = true;
      resetDialog.close();
      deactivateDialog.close();
    },
  };
}
