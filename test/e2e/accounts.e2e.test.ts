/**
 * Account management in the browser: an admin (in Russian) resets a password with field errors,
 * changes a role and deactivates a user after a confirmation, and that user's open page is signed
 * out at once; a user changes their own password, and their other open page is signed out; a
 * 64-character username wraps inside the Users table, on a desktop and on a 390 px phone.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { systemClock } from '../../server/app/clock';
import { ADMIN_PASSWORD, body, startTestApp, type TestApp } from '../helpers/app';
import { describeBrowser, ensureClientBuilt, launch, loginAs } from './browser';

jest.setTimeout(120_000);

const LONG_NAME = `longname${'x'.repeat(56)}`;

describeBrowser('account management in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    ensureClientBuilt();
    t = await startTestApp({ clock: systemClock as never, delays: false });
    await t.createUser('dan', 'trainee', 'dan-password');
    await t.createUser('lev', 'trainee', 'lev-password');
    await t.createUser('vera', 'trainee', 'vera-password');
    await t.createUser('rada', 'trainee', 'rada-password');
    await t.createUser(LONG_NAME, 'trainee', 'long-password');
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });
  afterEach(async () => {
    for (const c of contexts.splice(0)) await c.close();
  });

  async function open(viewport = { width: 1280, height: 860 }): Promise<Page> {
    const context = await browser.newContext({ viewport });
    contexts.push(context);
    return context.newPage();
  }

  async function inRussian(page: Page): Promise<void> {
    await page.getByTestId('lang-switch').selectOption('ru');
    await page.locator('html[lang="ru"]').waitFor({ state: 'attached' });
  }

  const row = (page: Page, username: string) =>
    page.locator(`[data-testid="user-row"][data-username="${username}"]`);
  const focusedTestId = (page: Page) =>
    page.evaluate<string>('document.activeElement?.getAttribute("data-testid") ?? ""');
  const usersByName = async () => {
    const admin = await t.login('admin', ADMIN_PASSWORD);
    const res = await fetch(`${t.url}/api/users`, { headers: { cookie: admin } });
    const list = (await body(res)).users as Array<{
      username: string;
      role: string;
      active: boolean;
    }>;
    return Object.fromEntries(list.map((u) => [u.username, u]));
  };
  const loginStatus = async (username: string, password: string) =>
    (
      await fetch(`${t.url}/api/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      })
    ).status;

  test('an admin, in Russian, resets a password, changes a role and deactivates a user whose page is open', async () => {
    const dan = await open();
    await loginAs(dan, t.url, 'dan', 'dan-password');

    const admin = await open();
    await loginAs(admin, t.url, 'admin', ADMIN_PASSWORD);
    await inRussian(admin);
    await admin.goto(`${t.url}/#/users`);

    // Reset lev's password: a short one and one of spaces are refused at the field, in Russian.
    await row(admin, 'lev').getByTestId('user-reset-password').click();
    const dialog = admin.getByTestId('reset-dialog');
    await dialog.waitFor();
    const input = admin.getByTestId('reset-password');
    await input.fill('short');
    await admin.getByTestId('reset-save').click();
    expect(await admin.getByTestId('reset-error').innerText()).toBe(
      'Новый пароль: не меньше 8 символов (сейчас 5).',
    );
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect(await focusedTestId(admin)).toBe('reset-password');
    await input.fill('        ');
    await admin.getByTestId('reset-save').click();
    expect(await admin.getByTestId('reset-error').innerText()).toBe(
      'Новый пароль: не может состоять только из пробелов.',
    );
    await input.fill('lev-new-password');
    await admin.getByTestId('reset-save').click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await loginStatus('lev', 'lev-new-password')).toBe(200);
    expect(await loginStatus('lev', 'lev-password')).toBe(401);

    // A role, chosen in the row.
    await row(admin, 'lev').getByTestId('user-role').selectOption('trainer');
    await admin.locator('.toast', { hasText: 'Роль lev: Тренер.' }).waitFor();
    expect((await usersByName()).lev).toMatchObject({ role: 'trainer' });

    // Deactivating asks first; cancelling changes nothing.
    await row(admin, 'dan').getByTestId('user-deactivate').click();
    await admin.getByTestId('deactivate-dialog').waitFor();
    expect(await admin.getByTestId('deactivate-dialog').innerText()).toContain('dan');
    await admin.getByTestId('deactivate-cancel').click();
    expect((await usersByName()).dan).toMatchObject({ active: true });
    await row(admin, 'dan').getByTestId('user-deactivate').click();
    await admin.getByTestId('deactivate-confirm').click();
    await row(admin, 'dan').getByTestId('user-reactivate').waitFor();
    expect(await row(admin, 'dan').innerText()).toContain('Отключён');

    // Dan's open page is signed out at once, and says why.
    await dan.getByTestId('login-notice').waitFor({ timeout: 10_000 });
    expect(await dan.getByTestId('login-notice').innerText()).toBe(
      'Your account has been deactivated. Ask an administrator if you need access.',
    );
    await dan.getByTestId('login-username').fill('dan');
    await dan.getByTestId('login-password').fill('dan-password');
    await dan.getByTestId('login-submit').click();
    expect(await dan.getByTestId('login-error').innerText()).toBe(
      'This account is deactivated. Ask an administrator to reactivate it.',
    );

    // Reactivated: dan can sign in again.
    await row(admin, 'dan').getByTestId('user-reactivate').click();
    await row(admin, 'dan').getByTestId('user-deactivate').waitFor();
    expect(await loginStatus('dan', 'dan-password')).toBe(200);

    // The admin's own row offers no way to lock themself out.
    const own = row(admin, 'admin');
    expect(await own.getByTestId('user-deactivate').count()).toBe(0);
    expect(await own.getByTestId('user-role').count()).toBe(0);
  });

  test('a user changes their own password; their other open page is signed out, this one stays', async () => {
    const elsewhere = await open();
    await loginAs(elsewhere, t.url, 'vera', 'vera-password');
    const page = await open();
    await loginAs(page, t.url, 'vera', 'vera-password');
    await page.getByTestId('account-link').click();
    const current = page.getByTestId('account-current');
    const next = page.getByTestId('account-new');
    const confirm = page.getByTestId('account-confirm');
    const save = page.getByTestId('account-save');
    const error = page.getByTestId('account-error');

    await current.fill('not-my-password');
    await next.fill('vera-new-password');
    await confirm.fill('vera-new-password');
    await save.click();
    await error.waitFor();
    expect(await error.innerText()).toBe('Current password: this is not your current password.');
    expect(await focusedTestId(page)).toBe('account-current');
    expect(await current.getAttribute('aria-invalid')).toBe('true');

    await current.fill('vera-password');
    await confirm.fill('vera-new-passwort');
    await save.click();
    await page.getByTestId('account-error').filter({ hasText: 'Repeat' }).waitFor();
    expect(await error.innerText()).toBe(
      'Repeat the new password: it does not match the new password.',
    );
    expect(await focusedTestId(page)).toBe('account-confirm');

    await confirm.fill('vera-new-password');
    await save.click();
    await page.getByTestId('account-success').waitFor();
    expect(await current.inputValue()).toBe('');

    await elsewhere.getByTestId('login-notice').waitFor({ timeout: 10_000 });
    expect(await elsewhere.getByTestId('login-notice').innerText()).toBe(
      'Your password was changed. Sign in with the new one.',
    );
    // This page still works.
    await page.getByTestId('scenarios-link').click();
    await page.getByTestId('scenario-card').first().waitFor();
    expect(await loginStatus('vera', 'vera-new-password')).toBe(200);
  });

  test('the Russian account page names each field', async () => {
    const page = await open();
    await loginAs(page, t.url, 'rada', 'rada-password');
    await inRussian(page);
    await page.getByTestId('account-link').click();
    await page.getByTestId('account-save').click();
    expect(await page.getByTestId('account-error').innerText()).toBe(
      'Текущий пароль: введите пароль, с которым вы вошли.',
    );
    await page.getByTestId('account-current').fill('rada-password');
    await page.getByTestId('account-new').fill('        ');
    await page.getByTestId('account-save').click();
    expect(await page.getByTestId('account-error').innerText()).toBe(
      'Новый пароль: не может состоять только из пробелов.',
    );
  });

  test('a 64-character username wraps: the Users table keeps its columns on a desktop', async () => {
    const admin = await open({ width: 1280, height: 860 });
    await loginAs(admin, t.url, 'admin', ADMIN_PASSWORD);
    await admin.goto(`${t.url}/#/users`);
    await row(admin, LONG_NAME).waitFor();
    const box = await admin.evaluate<{ scroll: number; client: number; lines: number }>(`(() => {
      const wrap = document.querySelector('[data-testid="users-table"]').closest('.table-wrap');
      const name = document.querySelector('[data-username="${LONG_NAME}"] .user-name');
      const lineHeight = parseFloat(getComputedStyle(name).lineHeight) || 20;
      return {
        scroll: wrap.scrollWidth,
        client: wrap.clientWidth,
        lines: Math.round(name.getBoundingClientRect().height / lineHeight),
      };
    })()`);
    expect(box.scroll).toBeLessThanOrEqual(box.client);
    expect(box.lines).toBeGreaterThan(1);
  });

  test('on a 390 px phone, in Russian, the Users page does not scroll sideways', async () => {
    const admin = await open({ width: 390, height: 844 });
    await loginAs(admin, t.url, 'admin', ADMIN_PASSWORD);
    await inRussian(admin);
    await admin.goto(`${t.url}/#/users`);
    await row(admin, LONG_NAME).waitFor();
    expect(
      await admin.evaluate<number>('document.documentElement.scrollWidth'),
    ).toBeLessThanOrEqual(390);
    const outside = await admin.evaluate<string[]>(`
      [...document.querySelectorAll('[data-testid="user-row"] :is(.user-name, select, input, button)')]
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && (r.left < 0 || r.right > window.innerWidth);
        })
        .map((el) => el.closest('[data-testid="user-row"]').dataset.username + ' ' + (el.dataset.testid || el.className))
    `);
    expect(outside).toEqual([]);
  });
});
