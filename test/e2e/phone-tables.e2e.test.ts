/**
 * On a 390 px phone, in Russian (the longer strings), the tables of My attempts, Users, the review
 * list, the library and the dashboard's trainees show each row's key facts without sideways
 * scrolling: the page is no wider than the screen and every row's name or title, outcome or status
 * and overall score (role and group for a user) lie inside the viewport, unclipped.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { systemClock } from '../../server/app/clock';
import { ADMIN_PASSWORD, playAttempt, startTestApp, type TestApp } from '../helpers/app';
import { describeBrowser, ensureClientBuilt, launch, loginAs } from './browser';

jest.setTimeout(120_000);

const PHONE = { width: 390, height: 844 };

describeBrowser('tables on a phone', () => {
  let t: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ensureClientBuilt();
    t = await startTestApp({ clock: systemClock as never, delays: false });
    await t.createUser('tom', 'trainer', 'tom-password');
    await t.createUser('hana', 'hr', 'hana-password');
    const trainee = await t.createUser('fay', 'trainee', 'fay-password');
    // Two scored attempts (one in Russian) and one still open, so both kinds of row are there.
    for (const scenarioId of ['ru-chronic-complainer', 'en-double-charge', 'ru-third-time'])
      await playAttempt(t, trainee, 'Здравствуйте, проверю.', {
        scenarioId,
        mode: scenarioId === 'en-double-charge' ? 'exam' : 'coach',
        close: scenarioId !== 'ru-third-time',
      });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });
  afterEach(() => context?.close());

  async function openInRussian(username: string, password: string, hash: string): Promise<void> {
    context = await browser.newContext({ viewport: PHONE });
    page = await context.newPage();
    await loginAs(page, t.url, username, password);
    await page.getByTestId('lang-switch').selectOption('ru');
    await page.waitForFunction("document.documentElement.lang === 'ru'");
    await page.goto(`${t.url}/${hash}`);
  }

  /**
   * For each row, where each selector's element is: inside the viewport horizontally and actually
   * on top at its centre (not clipped away by a scrolling table box). Scrolls the page only
   * vertically, so a column hidden in a sideways-scrolling box stays hidden.
   */
  function placement(rowSelector: string, cellSelectors: string[]): Promise<string[][]> {
    // A string, as the tests are typed without the DOM library (see forms.e2e.test.ts).
    return page.evaluate<string[][]>(`
      [...document.querySelectorAll(${JSON.stringify(rowSelector)})].map((row, i) =>
        ${JSON.stringify(cellSelectors)}.map((sel) => {
          const el = row.querySelector(sel);
          if (!el) return 'row ' + i + ': ' + sel + ' missing';
          const top = el.getBoundingClientRect().top + window.scrollY;
          window.scrollTo(0, Math.max(0, top - window.innerHeight / 2));
          const r = el.getBoundingClientRect();
          const inside = r.width > 0 && r.left >= 0 && r.right <= window.innerWidth;
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          const seen = !!hit && (hit === el || el.contains(hit));
          return inside && seen
            ? 'visible'
            : 'row ' + i + ': ' + sel + ' at ' + Math.round(r.left) + '-' + Math.round(r.right) +
                'px' + (seen ? '' : ', hidden');
        }),
      )
    `);
  }

  const pageWidth = () => page.evaluate<number>('document.documentElement.scrollWidth');

  test('My attempts: every row shows its outcome and overall score', async () => {
    await openInRussian('fay', 'fay-password', '#/attempts');
    await page.getByTestId('attempt-row').nth(2).waitFor();
    expect(await page.getByTestId('attempts-table').innerText()).toContain('Тренировка');
    expect(await pageWidth()).toBeLessThanOrEqual(PHONE.width);
    const rows = await placement('[data-testid="attempt-row"]', [
      'td:has(> .badge:not(.badge--mode))', // outcome
      'td.score-cell:last-child', // overall
    ]);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toEqual(['visible', 'visible']);
  });

  test('Users: every row shows its role and group', async () => {
    await openInRussian('admin', ADMIN_PASSWORD, '#/users');
    await page.getByTestId('user-row').nth(3).waitFor();
    expect(await pageWidth()).toBeLessThanOrEqual(PHONE.width);
    const rows = await placement('[data-testid="user-row"]', [
      // The role: a select, or a badge in the admin's own row.
      'td:has(> .badge--role), [data-testid="user-role"]',
      '[data-testid="user-group"]',
    ]);
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row).toEqual(['visible', 'visible']);
  });

  test('Review list: every row shows the trainee, outcome and overall score', async () => {
    await openInRussian('tom', 'tom-password', '#/review');
    await page.getByTestId('review-row').nth(2).waitFor();
    expect(await pageWidth()).toBeLessThanOrEqual(PHONE.width);
    const rows = await placement('[data-testid="review-row"]', [
      'th a', // trainee
      'td:has(> .badge)', // outcome or status
      'td.score-cell', // overall
    ]);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toEqual(['visible', 'visible', 'visible']);
  });

  test('Library: every row shows its title, validation and the switch for trainees', async () => {
    await openInRussian('tom', 'tom-password', '#/library');
    await page.getByTestId('library-row').nth(3).waitFor();
    expect(await pageWidth()).toBeLessThanOrEqual(PHONE.width);
    const rows = await placement('[data-testid="library-row"]', [
      '.lib-title',
      'td:nth-child(4) > .badge', // validation
      '.switch',
      '[data-testid="edit-scenario"]',
    ]);
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) expect(row).toEqual(['visible', 'visible', 'visible', 'visible']);
  });

  test('Dashboard: every trainee row shows the name, overall score and success rate', async () => {
    await openInRussian('hana', 'hana-password', '#/dashboard');
    await page.getByTestId('trainee-row').first().waitFor();
    expect(await pageWidth()).toBeLessThanOrEqual(PHONE.width);
    const rows = await placement('[data-testid="trainee-row"]', [
      '[data-testid="trainee-link"]',
      'td:nth-child(7)', // overall
      'td:last-child', // success rate
    ]);
    expect(rows).toHaveLength(1);
    for (const row of rows) expect(row).toEqual(['visible', 'visible', 'visible']);
  });
});
