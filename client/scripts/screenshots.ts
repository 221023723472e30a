/**
 * Drives the browser UI end to end against a running server and saves screenshots.
 *
 *   BASE_URL=http://localhost:3111 SPARRING_ADMIN_PASSWORD=admin-pass-123 \
 *     npx tsx client/scripts/screenshots.ts
 *
 * Logs in as admin, creates a trainee through the Users screen (or reuses it), then as the
 * trainee plays bundled scenarios to the end — coach mode in English, exam mode in Russian —
 * replaying the agent lines of each scenario's first `tests:` entry, and saves PNGs under
 * docs/screenshots/. Env: BASE_URL (required), SPARRING_ADMIN_PASSWORD (default admin-pass-123),
 * CHROMIUM (default /usr/bin/chromium), OUT_DIR (default docs/screenshots).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { parse } from 'yaml';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BASE_URL = (process.env.BASE_URL ?? '').replace(/\/$/, '');
const ADMIN_PASSWORD = process.env.SPARRING_ADMIN_PASSWORD ?? 'admin-pass-123';
const OUT = resolve(ROOT, process.env.OUT_DIR ?? 'docs/screenshots');
const TRAINEE = { username: 'anna.trainee', password: 'trainee-pass-123' };

if (!BASE_URL) {
  console.error('Set BASE_URL, e.g. BASE_URL=http://localhost:3111');
  process.exit(2);
}

function log(message: string): void {
  console.log(`[screenshots] ${message}`);
}

/** The agent lines of a scenario's test (by index), from the bundled YAML. */
function agentLines(scenarioId: string, testIndex = 0): string[] {
  const doc = parse(readFileSync(join(ROOT, 'scenarios', `${scenarioId}.yaml`), 'utf8')) as {
    tests?: Array<{ agent: string[] }>;
  };
  const test = doc.tests?.[testIndex];
  if (!test) throw new Error(`${scenarioId} has no test #${testIndex}`);
  return test.agent;
}

async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  const path = join(OUT, `${name}.png`);
  await page.screenshot({ path, fullPage });
  log(`saved ${path}`);
}

async function setLang(page: Page, lang: 'en' | 'ru'): Promise<void> {
  await page.getByTestId('lang-switch').selectOption(lang);
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

async function login(page: Page, username: string, password: string): Promise<void> {
  await page.goto(`${BASE_URL}/#/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('logout').waitFor();
}

async function logout(page: Page): Promise<void> {
  await page.getByTestId('logout').click();
  await page.getByTestId('login-username').waitFor();
}

async function ensureTrainee(page: Page): Promise<void> {
  await page.getByTestId('users-link').click();
  await page.getByTestId('users-table').waitFor();
  if (
    (await page.locator(`[data-testid=user-row][data-username="${TRAINEE.username}"]`).count()) > 0
  ) {
    log(`trainee ${TRAINEE.username} exists`);
    return;
  }
  await page.getByTestId('new-username').fill(TRAINEE.username);
  await page.getByTestId('new-password').fill(TRAINEE.password);
  await page.getByTestId('new-role').selectOption('trainee');
  await page.getByTestId('create-user').click();
  await page.locator(`[data-testid=user-row][data-username="${TRAINEE.username}"]`).waitFor();
  log(`created trainee ${TRAINEE.username}`);
}

const customerCount = (page: Page) =>
  page.locator('[data-testid=message][data-role=customer]').count();

/** Wait until the customer has answered (a new customer line) or the scenario has ended. */
async function waitForCustomer(page: Page, before: number): Promise<void> {
  await page.waitForFunction(
    (n) =>
      document.querySelectorAll('[data-testid=message][data-role=customer]').length > n ||
      !document.querySelector('[data-testid=ended-banner]')?.hasAttribute('hidden'),
    before,
    { timeout: 30_000 },
  );
  // Let the typing indicator settle.
  await page.waitForTimeout(150);
}

interface PlayOptions {
  scenarioId: string;
  mode: 'coach' | 'exam';
  testIndex?: number;
  /** Called after the agent line with this index has been answered. */
  after?: (index: number) => Promise<void>;
}

/** Picker → brief → chat → play every line → close → scorecard. Returns the attempt id. */
async function play(page: Page, opts: PlayOptions): Promise<string> {
  await page.goto(`${BASE_URL}/#/`);
  await page.locator(`[data-testid=scenario-card][data-scenario-id="${opts.scenarioId}"]`).click();
  await page.getByTestId(opts.mode === 'coach' ? 'start-coach' : 'start-exam').check();
  await page.getByTestId('start-button').click();
  await page.getByTestId('composer').waitFor();
  await page.waitForURL(/#\/attempt\//);
  const attemptId = decodeURIComponent(page.url().split('#/attempt/')[1] ?? '');
  // The customer opens the chat.
  await page.locator('[data-testid=message][data-role=customer]').first().waitFor();

  const lines = agentLines(opts.scenarioId, opts.testIndex ?? 0);
  for (const [i, line] of lines.entries()) {
    const ended = await page.getByTestId('ended-banner').isVisible();
    const before = await customerCount(page);
    const action = /^<action:(.+)>$/.exec(line);
    if (line === '<silence>') continue;
    if (action) {
      await page.locator(`[data-testid=action-button][data-action="${action[1]}"]`).click();
    } else {
      await page.getByTestId('composer').fill(line);
      await page.getByTestId('composer').press('Enter');
    }
    // Acked: no message is left "sending".
    await page.waitForFunction(
      () => !document.querySelector('[data-testid=message][data-status=sending]'),
      undefined,
      { timeout: 30_000 },
    );
    if (!ended) await waitForCustomer(page, before);
    await opts.after?.(i);
  }
  await page.getByTestId('ended-banner').waitFor({ timeout: 30_000 });
  await page.getByTestId('close-chat').click();
  await page.getByTestId('scorecard').waitFor({ timeout: 30_000 });
  log(
    `${opts.scenarioId} (${opts.mode}) closed: overall ${await page.getByTestId('score-overall').textContent()}`,
  );
  return attemptId;
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const errors: string[] = [];
  try {
    const context = await browser.newContext({
      viewport: { width: 1366, height: 860 },
      deviceScaleFactor: 1,
      locale: 'en-GB',
    });
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      // 401s are expected: /api/me before signing in, and the deliberately wrong password.
      if (m.type() === 'error' && !/status of 401/.test(m.text()))
        errors.push(`console: ${m.text()}`);
    });

    // Login screen (English), with a failed attempt first to show the error in the UI language.
    await page.goto(`${BASE_URL}/#/login`);
    await page.getByTestId('login-username').waitFor();
    await setLang(page, 'en');
    await page.getByTestId('login-username').fill('admin');
    await page.getByTestId('login-password').fill('not-the-password');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('login-error').waitFor();
    // The same error in Russian.
    await setLang(page, 'ru');
    await page.getByTestId('login-password').fill('not-the-password');
    await page.getByTestId('login-submit').click();
    await page.waitForFunction(() =>
      document.querySelector('[data-testid=login-error]')?.textContent?.includes('Неверное'),
    );
    await shot(page, 'login-error-ru');
    await setLang(page, 'en');
    await page.getByTestId('login-username').fill('');
    await page.getByTestId('login-password').fill('');
    await page.reload();
    await page.getByTestId('login-username').waitFor();
    await shot(page, 'login');

    await login(page, 'admin', ADMIN_PASSWORD);
    await ensureTrainee(page);
    await shot(page, 'users');
    await logout(page);

    await login(page, TRAINEE.username, TRAINEE.password);
    await page.getByTestId('scenario-card').first().waitFor();
    await shot(page, 'picker');

    // Brief screen.
    await page
      .locator('[data-testid=scenario-card][data-scenario-id="en-suspected-fraud-handover"]')
      .click();
    await page.getByTestId('start-button').waitFor();
    await shot(page, 'brief');

    // Coach mode, English: screenshot mid-chat with a hint, the mood meter and reply feedback.
    await play(page, {
      scenarioId: 'en-suspected-fraud-handover',
      mode: 'coach',
      after: async (i) => {
        if (i === 1) {
          await page.getByTestId('mood-meter').waitFor();
          await page.getByTestId('hint').last().waitFor();
          await shot(page, 'chat-coach');
        }
      },
    });
    await page.getByTestId('finding-highlight').first().click();
    await page.waitForTimeout(200);
    await shot(page, 'scorecard');
    await shot(page, 'scorecard-full', true);

    // A second coach run (weaker replies) so the history has more than one point.
    await play(page, { scenarioId: 'en-double-charge', mode: 'coach', testIndex: 1 });

    // Exam mode, Russian UI and a Russian scenario.
    await setLang(page, 'ru');
    const lastAttempt = await play(page, {
      scenarioId: 'ru-third-time',
      mode: 'exam',
      after: async (i) => {
        if (i === 2) await shot(page, 'chat-exam-ru');
      },
    });
    await page.waitForTimeout(300);
    await shot(page, 'scorecard-ru');
    await page.getByTestId('attempts-link').click();
    await page.getByTestId('attempts-table').waitFor();
    await shot(page, 'attempts-ru');
    await setLang(page, 'en');
    await page.getByTestId('attempts-table').waitFor();
    await shot(page, 'attempts');

    // Phone-sized picker.
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'en-GB',
      storageState: await context.storageState(),
    });
    const phonePage = await phone.newPage();
    await phonePage.goto(`${BASE_URL}/#/`);
    await phonePage.getByTestId('scenario-card').first().waitFor();
    await shot(phonePage, 'picker-phone');
    await phonePage.goto(`${BASE_URL}/#/result/${encodeURIComponent(lastAttempt)}`);
    await phonePage.getByTestId('scorecard').waitFor();
    await shot(phonePage, 'scorecard-phone');

    // Chat on a phone, then an early close through the confirm dialog (a premature close).
    await phonePage.goto(`${BASE_URL}/#/`);
    await phonePage
      .locator('[data-testid=scenario-card][data-scenario-id="en-out-of-stock-by-date"]')
      .click();
    await phonePage.getByTestId('start-coach').check();
    await phonePage.getByTestId('start-button').click();
    await phonePage.locator('[data-testid=message][data-role=customer]').first().waitFor();
    const [first] = agentLines('en-out-of-stock-by-date');
    await phonePage.getByTestId('composer').fill(first ?? 'Hello!');
    await phonePage.getByTestId('send-button').click();
    await waitForCustomer(phonePage, 1);
    await phonePage.getByTestId('reply-feedback').last().waitFor();
    await phonePage.waitForTimeout(300);
    await shot(phonePage, 'chat-phone');
    await phonePage.getByTestId('close-chat').click();
    await phonePage.getByTestId('confirm-close').waitFor();
    await shot(phonePage, 'close-confirm-phone');
    await phonePage.getByTestId('confirm-close').click();
    await phonePage.getByTestId('closed-early').waitFor();
    log('early close shows the premature-close note');
    await phone.close();
  } finally {
    await browser.close();
  }
  if (errors.length) {
    console.error(`[screenshots] browser errors:\n${errors.join('\n')}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
