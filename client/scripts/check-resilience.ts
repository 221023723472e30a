/**
 * Browser checks of the "nothing lost" and security behaviour against a running server:
 *
 *   BASE_URL=http://localhost:3111 SERVER_STOP='…' SERVER_START='…' \
 *     TRAINEE=anna.trainee TRAINEE_PASSWORD=trainee-pass-123 npx tsx client/scripts/check-resilience.ts
 *
 * SERVER_STOP / SERVER_START are shell commands that stop and start the same server (same data
 * folder); without them the restart part is skipped. Exits 1 on the first failed check.
 */
import { execSync } from 'node:child_process';
import { chromium, type Page } from 'playwright-core';

const BASE_URL = (process.env.BASE_URL ?? '').replace(/\/$/, '');
const USER = process.env.TRAINEE ?? 'anna.trainee';
const PASSWORD = process.env.TRAINEE_PASSWORD ?? 'trainee-pass-123';
if (!BASE_URL) {
  console.error('Set BASE_URL');
  process.exit(2);
}

function check(ok: boolean, what: string): void {
  if (!ok) {
    console.error(`FAIL ${what}`);
    process.exit(1);
  }
  console.log(`ok   ${what}`);
}

async function messages(page: Page) {
  return page.$$eval('[data-testid=message]', (els) =>
    els.map((e) => ({
      id: (e as HTMLElement).dataset.messageId ?? '',
      role: (e as HTMLElement).dataset.role ?? '',
      status: (e as HTMLElement).dataset.status ?? '',
      text: e.querySelector('.msg__text')?.textContent ?? '',
    })),
  );
}

async function main(): Promise<void> {
  const browser = await chromium.launch({
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
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });

  await page.goto(`${BASE_URL}/#/login`);
  await page.getByTestId('lang-switch').selectOption('en');
  await page.getByTestId('login-username').fill(USER);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('scenario-card').first().waitFor();

  // Filters: language, difficulty, tag.
  const all = await page.getByTestId('scenario-card').count();
  await page.getByTestId('filter-language').selectOption('ru');
  const ru = await page
    .locator('[data-testid=scenario-card]')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.scenarioId ?? ''));
  check(
    ru.length > 0 && ru.length < all && ru.every((id) => id.startsWith('ru-')),
    'the language filter keeps only Russian scenarios',
  );
  await page.getByTestId('filter-language').selectOption('');
  await page.getByTestId('filter-difficulty').selectOption('3');
  const d3 = await page.getByTestId('scenario-card').count();
  check(d3 > 0 && d3 < all, 'the difficulty filter narrows the list');
  await page.getByTestId('filter-difficulty').selectOption('');
  await page.getByTestId('filter-tag').selectOption('billing');
  check(
    (await page.getByTestId('scenario-card').count()) >= 1,
    'the tag filter finds the billing scenario',
  );
  await page.getByTestId('filter-tag').selectOption('');

  await page.locator('[data-testid=scenario-card][data-scenario-id="en-double-charge"]').click();
  await page.getByTestId('start-coach').check();
  await page.getByTestId('start-button').click();
  await page.locator('[data-testid=message][data-role=customer]').first().waitFor();
  const attemptUrl = page.url();
  check(/#\/attempt\/.+/.test(attemptUrl), 'the attempt id is in the URL');

  // XSS: markup in a reply stays text.
  const evil = '<img src=x onerror="alert(1)"><b>bold</b> hello, let me check your order';
  await page.getByTestId('composer').fill(evil);
  await page.getByTestId('composer').press('Enter');
  await page.waitForFunction(
    () => !document.querySelector('[data-testid=message][data-status=sending]'),
  );
  const afterEvil = await messages(page);
  check(
    afterEvil.some((m) => m.role === 'agent' && m.text === evil),
    'markup in a message is shown as text',
  );
  check(
    (await page.locator('.msg__text img, .msg__text b').count()) === 0,
    'no element was created from message text',
  );

  // Shift+Enter makes a new line, Enter sends.
  await page.getByTestId('composer').fill('line one');
  await page.getByTestId('composer').press('Shift+Enter');
  await page.getByTestId('composer').pressSequentially('line two');
  check(
    (await page.getByTestId('composer').inputValue()) === 'line one\nline two',
    'Shift+Enter adds a newline',
  );
  await page.getByTestId('composer').fill('');

  if (process.env.SERVER_STOP && process.env.SERVER_START) {
    const before = (await messages(page)).length;
    execSync(process.env.SERVER_STOP, { stdio: 'inherit' });
    await page.waitForSelector('.offline-banner:not([hidden])', { timeout: 15000 });
    check(true, 'the offline banner shows when the server goes away');
    const text =
      'Sorry about this, Daniel. I can see the two payments in your payment log right now.';
    await page.getByTestId('composer').fill(text);
    await page.getByTestId('composer').press('Enter');
    const pending = await messages(page);
    check(
      pending.length === before + 1 && pending[pending.length - 1]?.status === 'sending',
      'an offline message shows as sending',
    );
    const outbox = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('sparring.outbox.'))
        .map((k) => localStorage.getItem(k)),
    );
    check(
      outbox.some((v) => v?.includes('two payments')),
      'the message is kept in the localStorage outbox',
    );
    // Reload while offline: the outbox survives a page load too.
    execSync(process.env.SERVER_START, { stdio: 'inherit' });
    await page.reload();
    await page.waitForFunction(
      (t) =>
        [...document.querySelectorAll('[data-testid=message][data-role=agent]')].some(
          (e) => e.textContent?.includes(t) && (e as HTMLElement).dataset.status === 'sent',
        ),
      'two payments',
      { timeout: 20000 },
    );
    check(true, 'after restart and reload the queued message is sent (acked)');
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid=message][data-role=customer]').length >= n,
      3,
      { timeout: 20000 },
    );
    const after = await messages(page);
    const ids = after.map((m) => m.id);
    check(new Set(ids).size === ids.length, 'no duplicate message ids after resume');
    check(
      after.filter((m) => m.text === text).length === 1,
      'the queued message appears exactly once',
    );

    // Kill the server without the page noticing a reload: reconnect merges, nothing doubles.
    execSync(process.env.SERVER_STOP, { stdio: 'inherit' });
    await page.waitForSelector('.offline-banner:not([hidden])', { timeout: 15000 });
    await page
      .getByTestId('composer')
      .fill(
        'The other one is only a temporary hold that we already cancelled, so you have been charged once.',
      );
    await page.getByTestId('composer').press('Enter');
    execSync(process.env.SERVER_START, { stdio: 'inherit' });
    await page.waitForSelector('.offline-banner[hidden]', { state: 'attached', timeout: 20000 });
    await page.waitForFunction(
      () => !document.querySelector('[data-testid=message][data-status=sending]'),
      undefined,
      { timeout: 20000 },
    );
    await page.waitForTimeout(1000);
    const again = await messages(page);
    const ids2 = again.map((m) => m.id);
    check(new Set(ids2).size === ids2.length, 'no duplicates after a socket reconnect');
    check(
      again.filter((m) => m.text.includes('temporary hold')).length === 1,
      'the reconnect-queued message appears once',
    );
    const server = await page.evaluate(async (url) => {
      const id = decodeURIComponent(url.split('#/attempt/')[1] ?? '');
      const r = await fetch(`/api/attempts/${id}`);
      return (await r.json()) as {
        attempt: { messages: Array<{ id: string; seq: number; text: string }> };
      };
    }, page.url());
    const seqs = server.attempt.messages.map((m) => m.seq);
    check(
      seqs.every((s, i) => i === 0 || s === (seqs[i - 1] ?? 0) + 1),
      'the server transcript has no seq gaps',
    );
    check(
      server.attempt.messages.length === again.length,
      'the page shows exactly the server transcript',
    );
  }

  // Language switch mid-chat keeps the chat and the draft.
  await page.getByTestId('composer').fill('draft text');
  await page.getByTestId('lang-switch').selectOption('ru');
  await page.getByTestId('composer').waitFor();
  check(
    (await page.getByTestId('send-button').textContent()) === 'Отправить',
    'the UI switches to Russian',
  );
  check(
    (await page.getByTestId('composer').inputValue()) === 'draft text',
    'the draft survives the language switch',
  );
  await page.getByTestId('lang-switch').selectOption('en');
  await page.getByTestId('composer').fill('');

  // Premature close: confirm dialog, then the scorecard says so.
  await page.getByTestId('close-chat').click();
  await page.getByTestId('confirm-cancel').click();
  check(
    await page.getByTestId('composer').isVisible(),
    'cancelling the confirm dialog keeps the chat open',
  );
  await page.getByTestId('close-chat').click();
  await page.getByTestId('confirm-close').click();
  await page.getByTestId('scorecard').waitFor();
  check(await page.getByTestId('closed-early').isVisible(), 'an early close is shown as premature');
  check(
    (await page.locator('.hl img, .msg__text img').count()) === 0,
    'the scorecard renders the markup reply as text',
  );
  const highlight = page.getByTestId('finding-highlight').first();
  if (await highlight.count()) {
    await highlight.focus();
    check(
      await page.locator('.hl-detail:not([hidden]) .hl-detail__item').first().isVisible(),
      'focusing a highlight shows its finding',
    );
  }

  // Session expired: the next request goes back to login with a message.
  await context.clearCookies();
  await page.getByTestId('attempts-link').click();
  await page.getByTestId('login-username').waitFor({ timeout: 10000 });
  check(
    (await page.locator('.alert').first().textContent())?.includes('expired') === true,
    'an expired session returns to login with a notice',
  );

  check(dialogs.length === 0, 'no alert() ever ran');
  await browser.close();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
