import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { systemClock } from '../../server/app/clock';
import { playAttempt, startTestApp, type TestApp } from '../helpers/app';
import { describeBrowser, ensureClientBuilt, launch, loginAs } from './browser';

jest.setTimeout(120_000);

const BROKEN = `id: e2e-upload
version: 1
title: Uploaded in the browser
language: en
persona:
  name: Uma
start: hello
steps:
  hello:
    customer: "Hi, my parcel is late."
    replies:
      - if: {intnt: solution}
        end: done
    otherwise:
      customer: "So?"
endings:
  done:
    outcome: success
    customer: "Thanks!"
tests:
  - name: a commitment resolves it
    agent: ["I'll send a new one today."]
    expect: {ending: done}
`;

describeBrowser('trainers and HR in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let attemptId: string;

  beforeAll(async () => {
    ensureClientBuilt();
    t = await startTestApp({ clock: systemClock as never, delays: false });
    await t.createUser('tara', 'trainer', 'tara-password');
    await t.createUser('hugo', 'hr', 'hugo-password');
    const trainee = await t.createUser('una', 'trainee', 'una-password');
    attemptId = await playAttempt(t, trainee, '=cmd|calc!A1 Calm down, I already told you.');
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });
  afterEach(() => page?.close());

  test('a trainer uploads a broken scenario, sees the exact line, fixes it, and a trainee plays it', async () => {
    page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await loginAs(page, t.url, 'tara', 'tara-password');
    expect(new URL(page.url()).hash).toBe('#/review');
    await page.goto(`${t.url}/#/library/new`);
    const editor = page.getByTestId('editor-source');
    await editor.fill(BROKEN);
    const diagnostic = page.locator('[data-testid="diagnostic"][data-line="12"][data-col="14"]');
    await diagnostic.waitFor();
    expect(await diagnostic.innerText()).toMatch(/unknown key "intnt".*did you mean "intent"/s);
    await page.getByTestId('editor-save').click();
    await page.getByTestId('editor-save-error').waitFor();
    await editor.fill(BROKEN.replace('intnt', 'intent'));
    await page.waitForTimeout(800); // the live check is debounced
    expect(await page.locator('[data-testid="diagnostic"]').count()).toBe(0);
    await page.getByTestId('editor-save').click();
    await page.getByTestId('editor-saved').waitFor();

    const trainee = await browser.newPage();
    try {
      await loginAs(trainee, t.url, 'una', 'una-password');
      await trainee.locator('[data-testid="scenario-card"][data-scenario-id="e2e-upload"]').click();
      await trainee.getByTestId('start-button').click();
      await trainee.getByTestId('composer').fill("I'll send a new one today.");
      await trainee.getByTestId('composer').press('Enter');
      await trainee.getByTestId('ended-banner').waitFor({ state: 'visible' });
    } finally {
      await trainee.close();
    }
  });

  test('a trainer with the Russian interface sees each problem in Russian, at its line and column', async () => {
    page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await loginAs(page, t.url, 'tara', 'tara-password');
    await page.getByTestId('lang-switch').selectOption('ru');
    await page.goto(`${t.url}/#/library/new`);
    await page
      .getByTestId('editor-source')
      .fill(BROKEN.replace('language: en', 'language: en\ndifficulty: 7'));
    await page.getByTestId('editor-save').click();
    expect(await page.getByTestId('editor-save-error').innerText()).toMatch(/^Не сохранено/);
    const at = (line: number, col: number) =>
      page.locator(`[data-testid="diagnostic"][data-line="${line}"][data-col="${col}"]`);
    // The position, the severity and the problem, as the list shows them (before text-transform).
    expect(await at(5, 13).textContent()).toBe(
      '5:13 ошибка difficulty: 7 вне диапазона, максимум 5',
    );
    expect(await at(13, 14).textContent()).toBe(
      '13:14 ошибка неизвестный ключ «intnt» в steps.hello.replies[0].if — возможно, имелся в виду «intent»',
    );
    expect(await page.getByTestId('editor-diagnostics').innerText()).not.toMatch(
      /unknown|out of range|did you mean/,
    );
  });

  test('a trainer overrides a score: the reason is required and the original stays', async () => {
    page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await loginAs(page, t.url, 'tara', 'tara-password');
    await page.goto(`${t.url}/#/review`);
    await page.locator(`[data-testid="review-row"][data-attempt-id="${attemptId}"]`).click();
    await page.getByTestId('override-overall').fill('55');
    await page.getByTestId('override-submit').click();
    await page.getByTestId('override-error').waitFor({ state: 'visible' });
    await page
      .getByTestId('override-reason')
      .fill('Tone was fine in context: the customer had insulted the agent.');
    await page.getByTestId('override-submit').click();
    await page.waitForTimeout(500);
    const res = await fetch(`${t.url}/api/attempts/${attemptId}`, {
      headers: { cookie: await t.login('tara', 'tara-password') },
    });
    const { attempt } = (await res.json()) as {
      attempt: {
        override: { scores: { overall: number } };
        result: { scores: { overall: number } };
      };
    };
    expect(attempt.override.scores.overall).toBe(55);
    expect(attempt.result.scores.overall).not.toBe(55);

    // The trainee sees the trainer's adjustment and a comment on their own scorecard, as text.
    await fetch(`${t.url}/api/attempts/${attemptId}/comments`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: await t.login('tara', 'tara-password'),
      },
      body: JSON.stringify({ turn: 1, text: '<b>Never</b> say "calm down".' }),
    });
    const trainee = await browser.newPage();
    try {
      await loginAs(trainee, t.url, 'una', 'una-password');
      await trainee.goto(`${t.url}/#/result/${attemptId}`);
      const note = trainee.getByTestId('override-note');
      await note.waitFor();
      expect(await note.innerText()).toMatch(/55[\s\S]*Tone was fine in context/);
      // One official score everywhere: the big tile and My attempts show the trainer's 55.
      expect(await trainee.getByTestId('score-overall').innerText()).toBe('55');
      await trainee.goto(`${t.url}/#/attempts`);
      const row = trainee.locator(`[data-testid="attempt-row"][data-attempt-id="${attemptId}"]`);
      await row.waitFor();
      expect(await row.locator('td.score-cell').last().innerText()).toMatch(/^55/);
      // The whole row opens the scorecard.
      await row.locator('td').first().click();
      await trainee.getByTestId('scorecard').waitFor();
      expect(await trainee.getByTestId('comment').innerText()).toContain(
        '<b>Never</b> say "calm down".',
      );
    } finally {
      await trainee.close();
    }
  });

  test('HR downloads CSV and XLSX exports that open cleanly', async () => {
    page = await browser.newPage({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    await loginAs(page, t.url, 'hugo', 'hugo-password');
    // HR starts on the dashboard (a trainer on the review list, a trainee on the scenarios).
    expect(new URL(page.url()).hash).toBe('#/dashboard');
    await page.goto(`${t.url}/#/dashboard`);
    // Who is ready for live queues, and what the others still need.
    const una = page.locator('[data-testid="readiness-row"][data-username="una"]');
    await una.waitFor();
    expect(await una.getAttribute('data-ready')).toBe('false');
    expect(await una.innerText()).toMatch(/Not yet[\s\S]*1 of 3 exams taken/);
    expect(await page.getByTestId('readiness-summary').innerText()).toBe('0 of 1 trainees ready');
    // CSV separated the way Excel of the interface language expects.
    expect(await page.getByTestId('export-csv').getAttribute('href')).toContain('sep=comma');
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-csv').click(),
    ]);
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parse(text.slice(1), { columns: true }) as Array<Record<string, string>>;
    expect(rows.length).toBeGreaterThanOrEqual(1);
    expect(rows[0]).toHaveProperty('scorer_version');
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-xlsx').click(),
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await xlsx.path())!);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Attempts', 'Scores', 'Findings']);
    const texts: string[] = [];
    book
      .getWorksheet('Findings')!
      .eachRow((row) => row.eachCell((c) => typeof c.value === 'string' && texts.push(c.value)));
    for (const v of texts) expect(v).not.toMatch(/^[=+\-@]/);
  });
});
