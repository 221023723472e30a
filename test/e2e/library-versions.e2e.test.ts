/** A trainer undoes a scenario edit from the library: the versions dialog and its Restore. */
import type { Browser } from 'playwright-core';
import { systemClock } from '../../server/app/clock';
import { body, startTestApp, type TestApp } from '../helpers/app';
import { describeBrowser, ensureClientBuilt, launch, loginAs } from './browser';

jest.setTimeout(90_000);

const ID = 'ru-third-time';

describeBrowser('scenario versions in the library', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    ensureClientBuilt();
    t = await startTestApp({ clock: systemClock as never, delays: false });
    const cookie = await t.createUser('tara', 'trainer', 'tara-password');
    const bundled = (
      await body(await fetch(`${t.url}/api/scenarios/${ID}/source`, { headers: { cookie } }))
    ).source as string;
    const edited = bundled.replace(/^title: .*$/m, 'title: Правка тренера');
    const put = await fetch(`${t.url}/api/scenarios/${ID}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ source: edited }),
    });
    expect(put.status).toBe(200);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  test('the bundled version is restored after a confirmation, in Russian', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'ru-RU' });
    await loginAs(page, t.url, 'tara', 'tara-password');
    await page.getByTestId('lang-switch').selectOption('ru');
    await page.goto(`${t.url}/#/library`);
    const row = page.locator(`[data-testid="library-row"][data-scenario-id="${ID}"]`);
    await row.getByText('Правка тренера').waitFor();
    await row.getByTestId('versions').click();
    const dialog = page.getByTestId('versions-dialog');
    await dialog.getByText('Текущая версия').waitFor();
    const bundled = dialog.locator('[data-testid="version"][data-version="bundled"]');
    expect(await bundled.innerText()).toContain('Встроенная версия');
    await bundled.getByTestId('version-restore').click();
    await page.getByTestId('leave-dialog').getByText('Восстановить эту версию?').waitFor();
    await page.getByTestId('leave-go').click();
    await page
      .getByText(/^Восстановлено: /)
      .first()
      .waitFor();
    await row.locator('.badge', { hasText: 'Встроенный' }).waitFor();
    expect(await row.innerText()).not.toContain('Правка тренера');
    await page.close();
  });
});
