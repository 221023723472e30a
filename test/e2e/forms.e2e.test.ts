/**
 * Every form error says what is wrong and which field, in the UI language; nothing the user typed
 * is cut off without a word; and the phone layout holds with long unbroken text.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { systemClock } from '../../server/app/clock';
import { ADMIN_PASSWORD, playAttempt, startTestApp, type TestApp } from '../helpers/app';
import { describeBrowser, ensureClientBuilt, launch, loginAs } from './browser';

jest.setTimeout(120_000);

describeBrowser('form errors and layout in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let attemptId: string;

  beforeAll(async () => {
    ensureClientBuilt();
    t = await startTestApp({ clock: systemClock as never, delays: false });
    await t.createUser('tom', 'trainer', 'tom-password');
    await t.createUser('hana', 'hr', 'hana-password');
    const trainee = await t.createUser('fay', 'trainee', 'fay-password');
    attemptId = await playAttempt(t, trainee, 'Hello, I will check it for you.');
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });
  afterEach(() => context?.close());

  async function open(width = 1280, height = 860): Promise<Page> {
    context = await browser.newContext({ viewport: { width, height } });
    page = await context.newPage();
    return page;
  }

  const focusedId = () => page.evaluate<string>('document.activeElement?.id ?? ""');

  test('login: the empty field is named, marked and focused, in Russian too', async () => {
    await open();
    await page.goto(t.url);
    await page.getByTestId('lang-switch').selectOption('ru');
    await page.getByTestId('login-username').fill('fay');
    await page.getByTestId('login-submit').click();
    expect(await page.getByTestId('login-error').innerText()).toBe('Введите пароль.');
    expect(await focusedId()).toBe('login-password');
    expect(await page.getByTestId('login-password').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('login-username').getAttribute('aria-invalid')).toBeNull();
  });

  test('new user: a bad username, a short password and a taken name each name their field', async () => {
    await open();
    await loginAs(page, t.url, 'admin', ADMIN_PASSWORD);
    await page.getByTestId('lang-switch').selectOption('ru');
    await page.goto(`${t.url}/#/users`);
    const name = page.getByTestId('new-username');
    const password = page.getByTestId('new-password');
    const create = page.getByTestId('create-user');

    await name.fill('bad name!');
    await password.fill('long-enough-1');
    await create.click();
    expect(await page.getByTestId('error').innerText()).toBe(
      'Имя пользователя: нельзя использовать пробелы, «!». Можно только буквы, цифры, «.», «_», «@» и «-».',
    );
    expect(await focusedId()).toBe('new-username');
    expect(await name.getAttribute('aria-invalid')).toBe('true');

    await name.fill('new.user');
    await password.fill('short');
    await create.click();
    expect(await page.getByTestId('error').innerText()).toBe(
      'Пароль: не меньше 8 символов (сейчас 5).',
    );
    expect(await focusedId()).toBe('new-password');
    expect(await name.getAttribute('aria-invalid')).toBeNull();

    await name.fill('fay');
    await password.fill('long-enough-1');
    await create.click();
    await page.getByTestId('error').filter({ hasText: 'fay' }).waitFor();
    expect(await page.getByTestId('error').innerText()).toBe(
      'Имя пользователя: «fay» уже занято. Выберите другое имя.',
    );
    expect(await focusedId()).toBe('new-username');
  });

  test('dashboard: with "from" after "to" the dates are marked and downloads are off, not an error file', async () => {
    await open();
    await loginAs(page, t.url, 'hana', 'hana-password');
    await page.goto(`${t.url}/#/dashboard?from=2026-12-10&to=2026-12-01`);
    await page.getByTestId('export-scope').filter({ hasText: 'Downloads are off' }).waitFor();
    expect(await page.getByTestId('dashboard').innerText()).toContain(
      'The “From” date is after the “To” date.',
    );
    for (const format of ['csv', 'xlsx', 'json']) {
      const link = page.getByTestId(`export-${format}`);
      expect(await link.getAttribute('href')).toBeNull();
      expect(await link.getAttribute('aria-disabled')).toBe('true');
    }
    expect(await page.getByTestId('filter-from').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('filter-to').getAttribute('aria-invalid')).toBe('true');

    // Fixing a date brings the downloads back.
    await page.getByTestId('filter-to').fill('2026-12-31');
    await page.getByTestId('filter-to').dispatchEvent('change');
    await page.locator('[data-testid="export-csv"][href]').waitFor();
    expect(await page.getByTestId('filter-from').getAttribute('aria-invalid')).toBeNull();
    // The period is written the way the rest of the page writes dates.
    expect(await page.getByTestId('export-scope').innerText()).toContain('10 December 2026');
    // In Russian, the CSV comes with semicolons, as Excel with Russian settings expects.
    await page.getByTestId('lang-switch').selectOption('ru');
    await page.locator('[data-testid="export-csv"][href*="sep=semicolon"]').waitFor();
    expect(await page.getByTestId('export-xlsx').getAttribute('href')).not.toContain('sep=');
  });

  test('review: a comment over 2000 characters is kept whole and the error says how long it is', async () => {
    await open();
    await loginAs(page, t.url, 'tom', 'tom-password');
    await page.goto(`${t.url}/#/review/${attemptId}`);
    await page.getByTestId('comment-add').first().click();
    const box = page.getByTestId('comment-text').first();
    await box.fill('x'.repeat(2100));
    expect(await box.inputValue()).toHaveLength(2100);
    await page.getByTestId('comment-submit').first().click();
    expect(await page.getByTestId('comment-error').innerText()).toBe(
      'The comment is too long (2100 of 2000 characters).',
    );
    expect(await box.getAttribute('aria-invalid')).toBe('true');
  });

  /** A coach-mode chat on a phone, as the trainee. */
  async function phoneChat() {
    await open(390, 844);
    await loginAs(page, t.url, 'fay', 'fay-password');
    await page
      .locator('[data-testid="scenario-card"][data-scenario-id="en-double-charge"]')
      .click();
    await page.getByTestId('start-coach').check();
    await page.getByTestId('start-button').click();
    const composer = page.getByTestId('composer');
    await composer.waitFor();
    await page.locator('[data-testid="message"][data-role="customer"]').first().waitFor();
    return composer;
  }

  test('chat: a message over the limit is kept whole, flagged and not sent', async () => {
    const composer = await phoneChat();
    await composer.fill('y'.repeat(4100));
    expect(await composer.inputValue()).toHaveLength(4100);
    expect(await page.getByTestId('composer-error').innerText()).toBe(
      'The message is too long (4100 of 4000 characters). Shorten it to send it.',
    );
    expect(await composer.getAttribute('aria-invalid')).toBe('true');
    await composer.press('Enter');
    expect(await page.locator('[data-testid="message"][data-role="agent"]').count()).toBe(0);
    // Back under the limit, the error goes.
    await composer.fill('y'.repeat(3999));
    expect(await page.getByTestId('composer-error').count()).toBe(0);
  });

  test('chat on a phone: a reply that is one long word wraps, the page gets no wider', async () => {
    const composer = await phoneChat();
    await composer.fill('z'.repeat(600));
    await composer.press('Enter');
    await page.getByTestId('reply-feedback').first().waitFor();
    const widths = await page.evaluate<{ page: number; view: number }>(
      '({ page: document.documentElement.scrollWidth, view: window.innerWidth })',
    );
    expect(widths.page).toBeLessThanOrEqual(widths.view);
  });
});
