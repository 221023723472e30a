import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parseScenario } from '../../server/scenarios/load';
import { startTestApp, type TestApp } from '../helpers/app';
import { ROOT } from '../helpers/cli';
import { systemClock } from '../../server/app/clock';
import { describeBrowser, ensureClientBuilt, launch, loginAs } from './browser';

jest.setTimeout(90_000);

const SCENARIO = 'en-double-charge';
const scenario = parseScenario(
  readFileSync(join(ROOT, `scenarios/${SCENARIO}.yaml`), 'utf8'),
  SCENARIO,
).scenario!;
const success = scenario.tests!.find(
  (t) =>
    scenario.endings[t.expect.ending ?? '']?.outcome === 'success' ||
    t.expect.outcome === 'success',
)!;

describeBrowser('trainee in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ensureClientBuilt();
    t = await startTestApp({ clock: systemClock as never, delays: false });
    await t.createUser('bea', 'trainee', 'bea-password');
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await loginAs(page, t.url, 'bea', 'bea-password');
  });
  afterEach(() => page.close());

  async function openChat(mode: 'coach' | 'exam') {
    await page.locator(`[data-testid="scenario-card"][data-scenario-id="${SCENARIO}"]`).click();
    await page.getByTestId(mode === 'coach' ? 'start-coach' : 'start-exam').check();
    await page.getByTestId('start-button').click();
    await page.getByTestId('composer').waitFor();
    await page.locator('[data-testid="message"][data-role="customer"]').first().waitFor();
  }

  /** Sends a reply and waits until the server acknowledged it (stored). */
  async function send(text: string) {
    await page.getByTestId('composer').fill(text);
    await page.getByTestId('composer').press('Enter');
    await page
      .locator('[data-testid="message"][data-role="agent"][data-status="sent"]', {
        hasText: text.slice(0, 30),
      })
      .first()
      .waitFor();
  }

  async function until(check: () => Promise<boolean>, what: string, ms = 10_000) {
    const end = Date.now() + ms;
    while (!(await check())) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await page.waitForTimeout(100);
    }
  }

  test('plays a bundled scenario to its success ending and reads the scorecard', async () => {
    await openChat('coach');
    for (const reply of success.agent) await send(reply);
    await page.getByTestId('ended-banner').waitFor({ state: 'visible' });
    // Coach mode shows how it ended: a green tick only for a satisfied customer.
    expect(await page.getByTestId('ended-banner').getAttribute('class')).toContain(
      'ended-banner--success',
    );
    // The side panel's coach tip was about the conversation; it goes when the customer is done.
    expect(await page.getByTestId('coach-hint-panel').innerText()).toBe('');
    await page
      .getByTestId('composer')
      .fill(
        'To recap, the duplicate hold is released by Monday. Is there anything else I can help with? Thank you, have a good day!',
      );
    await page.getByTestId('composer').press('Enter');
    await page
      .locator('[data-testid="message"][data-role="agent"][data-status="sent"]', {
        hasText: 'To recap',
      })
      .waitFor();
    await page.getByTestId('close-chat').click();
    const confirm = page.getByTestId('confirm-close');
    if (await confirm.isVisible().catch(() => false)) await confirm.click();
    await page.getByTestId('scorecard').waitFor();
    for (const id of ['score-patience', 'score-positive', 'score-closure', 'score-overall']) {
      await expect(page.getByTestId(id)).toBeTruthy();
      expect((await page.getByTestId(id).innerText()).trim()).toMatch(/\d+|—/);
    }
    expect(await page.getByTestId('outcome').innerText()).toMatch(
      /resolved|success|решён|решен|успех/i,
    );
    expect(await page.getByTestId('finding-highlight').count()).toBeGreaterThan(0);
  });

  test('an XSS payload is shown as text and never runs', async () => {
    await openChat('exam');
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    await send(payload);
    const bubble = page.locator('[data-testid="message"][data-role="agent"]', {
      hasText: '<img src=x',
    });
    expect(await bubble.innerText()).toContain(payload);
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(await page.locator('[data-testid="messages"] img').count()).toBe(0);
  });

  test('reloading mid-chat resumes the attempt with no gap and no duplicates', async () => {
    await openChat('coach');
    await send(success.agent[0]!);
    await until(
      async () =>
        (await page.locator('[data-testid="message"][data-role="customer"]').count()) >= 2,
      'the customer to answer',
    );
    const before = await page.locator('[data-testid="message"]').allInnerTexts();
    await page.reload();
    await page.getByTestId('composer').waitFor();
    await until(
      async () => (await page.locator('[data-testid="message"]').count()) >= before.length,
      'the resumed messages',
    );
    const after = await page.locator('[data-testid="message"]').allInnerTexts();
    expect(after.length).toBe(before.length);
    const ids = await page
      .locator('[data-testid="message"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-message-id')));
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('an unfinished chat is named on the picker and offered on its brief, not silently doubled', async () => {
    await openChat('exam');
    const attemptId = decodeURIComponent(page.url().split('#/attempt/')[1]!);
    await page.goto(`${t.url}/#/`);
    const item = page.getByTestId('resume-item').filter({ hasText: scenario.title });
    await item.first().waitFor();
    await page.locator(`[data-testid="scenario-card"][data-scenario-id="${SCENARIO}"]`).click();
    const notice = page.getByTestId('brief-unfinished').locator('a');
    await notice.waitFor();
    await notice.click();
    await page.getByTestId('composer').waitFor();
    expect(decodeURIComponent(page.url().split('#/attempt/')[1]!)).toBe(attemptId);
  });
});
