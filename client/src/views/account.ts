/**
 * The signed-in user's own account: who they are, and a form to change their password
 * (POST /api/me/password), which signs out their other login sessions and keeps this one.
 */
import type { View } from '../main';
import { api, ApiError } from '../api';
import { h, replace } from '../dom';
import { t } from '../i18n';
import { currentUser } from '../session';
import { describeError, errorField, pageTitle, roleName, toast } from '../ui';
import { NEW_PASSWORD, passwordProblem } from '../validate';

export function accountView(): View {
  const me = currentUser();
  const status = h('div', { class: 'form-status', 'aria-live': 'assertive' });
  const field = (id: string, testid: string, autocomplete: string) =>
    h('input', {
      id,
      type: 'password',
      required: true,
      maxlength: 200,
      autocomplete,
      'data-testid': testid,
    });
  const current = field('account-current', 'account-current', 'current-password');
  const next = field('account-new', 'account-new', 'new-password');
  const confirm = field('account-confirm', 'account-confirm', 'new-password');
  next.setAttribute('aria-describedby', 'account-new-help');
  const submit = h(
    'button',
    { type: 'submit', class: 'btn btn--primary', 'data-testid': 'account-save' },
    t('account.save'),
  );
  const form = h(
    'form',
    { class: 'card account-form', novalidate: true, 'aria-labelledby': 'account-password-h' },
    h('h2', { class: 'card__title', id: 'account-password-h' }, t('account.passwordTitle')),
    h('p', { class: 'muted account-form__intro' }, t('account.passwordIntro')),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'account-current' }, t('account.current')),
      current,
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'account-new' }, t('account.new')),
      next,
      h('small', { id: 'account-new-help', class: 'field__help' }, t('account.newHelp')),
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'account-confirm' }, t('account.confirm')),
      confirm,
    ),
    status,
    submit,
  );

  /** The error under the form, and the field it is about marked invalid and focused. */
  const fail = (message: string, input?: HTMLInputElement) => {
    replace(
      status,
      h(
        'p',
        { class: 'alert alert--error', role: 'alert', 'data-testid': 'account-error' },
        message,
      ),
    );
    if (input) {
      input.setAttribute('aria-invalid', 'true');
      input.focus();
    }
  };

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    replace(status);
    for (const input of [current, next, confirm]) input.removeAttribute('aria-invalid');
    if (!current.value) return fail(t('account.currentRequired'), current);
    const weak = passwordProblem(next.value, NEW_PASSWORD);
    if (weak) return fail(weak, next);
    if (!confirm.value) return fail(t('account.confirmRequired'), confirm);
    if (confirm.value !== next.value) return fail(t('account.mismatch'), confirm);
    submit.disabled = true;
    submit.textContent = t('account.saving');
    try {
      await api.post('/api/me/password', { current: current.value, password: next.value });
      for (const input of [current, next, confirm]) input.value = '';
      toast(t('account.saved'));
      replace(
        status,
        h(
          'p',
          { class: 'alert alert--success', role: 'status', 'data-testid': 'account-success' },
          t('account.saved'),
        ),
      );
    } catch (err) {
      const named = errorField(err);
      // The current password was given (checked above), so the server found it wrong.
      if (named === 'current') fail(t('account.currentWrong'), current);
      else if (named === 'password') fail(describeError(err), next);
      else if (err instanceof ApiError && err.code === 'rate_limited')
        fail(describeError(err), current);
      else fail(describeError(err));
    } finally {
      submit.disabled = false;
      submit.textContent = t('account.save');
    }
  });

  return {
    el: h(
      'section',
      { class: 'page narrow' },
      pageTitle(
        t('account.title'),
        me ? t('account.subtitle', { name: me.username, role: roleName(me.role) }) : undefined,
      ),
      form,
    ),
    title: t('account.title'),
  };
}
