/**
 * A long attempt list is fetched and shown a page at a time, so thousands of attempts never freeze
 * the page or download at once.
 */
import type { Browser } from 'playwright-core';
import { systemClock } from '../../server/app/clock';
import { MemoryStore } from '../../server/store/memory-store';
import { ADMIN_PASSWORD, startTestApp, type TestApp } from '../helpers/app';
import { reportedAttempt } from '../helpers/records';
import { describeBrowser, ensureClientBuilt, launch, loginAs } from './browser';

jest.setTimeout(120_000);

describeBrowser('the review list with many attempts', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    ensureClientBuilt();
    const store = new MemoryStore();
    const start = Date.UTC(2026, 9, 1);
    for (let i = 0; i < 450; i++)
      await store.putAttempt(reportedAttempt({ createdAt: start + i * 60_000 }));
    t = await startTestApp({ clock: systemClock as never, delays: false, store });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  test('200 rows at first, 200 more per click, newest first, and the button goes at the end', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await loginAs(page, t.url, 'admin', ADMIN_PASSWORD);
    // The server sends a page at a time; the browser never asks for the whole list.
    const asked: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === '/api/attempts') asked.push(new URL(r.url()).search);
    });
    await page.goto(`${t.url}/#/review`);
    const rows = page.getByTestId('review-row');
    const more = page.getByTestId('review-more');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(200);
    expect(await more.innerText()).toBe('Show 200 more (250 not shown yet)');
    await more.click();
    await rows.nth(399).waitFor();
    expect(await rows.count()).toBe(400);
    expect(await more.innerText()).toBe('Show 50 more (50 not shown yet)');
    await more.click();
    await rows.nth(449).waitFor();
    expect(await rows.count()).toBe(450);
    expect(await more.isVisible()).toBe(false);
    const first = await rows.first().locator('time').getAttribute('datetime');
    const last = await rows.last().locator('time').getAttribute('datetime');
    expect(first! > last!).toBe(true);
    expect(asked).toHaveLength(3);
    for (const search of asked) expect(new URLSearchParams(search).get('limit')).toBe('200');
    expect(await page.getByText('450 attempts').count()).toBe(1);
    await page.close();
  });
});
