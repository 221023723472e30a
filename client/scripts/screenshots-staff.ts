/**
 * Drives the staff screens (library, editor, review, dashboard, trainee report, exports, users)
 * against a running server, checks what they do, and saves screenshots.
 *
 *   BASE_URL=http://localhost:3112 SPARRING_ADMIN_PASSWORD=admin-pass-123 \
 *     npx tsx client/scripts/screenshots-staff.ts
 *
 * Creates (or reuses) a trainer of group "north", an HR user and four trainees in "north" and
 * "south" through the API, and — when the server has fewer than 8 closed attempts — plays
 * attempts as those trainees over socket.io, replaying the `tests:` of bundled scenarios (weaker
 * runs first, better ones later, so the progress charts show a trend). Then, in Chromium, as the
 * trainer: the library (a toggle), an upload with errors shown beside the source (caret jump, a
 * 422 save, then a fixed save with test results), the review of an attempt with a comment and an
 * override (with the missing-reason error first); as HR: the dashboard, exports and a trainee
 * report; as admin: group editing and re-scoring. The server must run with SPARRING_DELAYS=off.
 *
 * `--seed-only --round N` only plays one round of attempts (N = 0, 1, 2, …; later rounds play
 * better). To spread attempts over several days, run the server under `faketime` for each round
 * (see client/README.md).
 *
 * Env: BASE_URL (required), SPARRING_ADMIN_PASSWORD (default admin-pass-123), CHROMIUM (default
 * /usr/bin/chromium), OUT_DIR (default docs/screenshots).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { io, type Socket } from 'socket.io-client';
import { parse } from 'yaml';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BASE_URL = (process.env.BASE_URL ?? '').replace(/\/$/, '');
const ADMIN_PASSWORD = process.env.SPARRING_ADMIN_PASSWORD ?? 'admin-pass-123';
const OUT = resolve(ROOT, process.env.OUT_DIR ?? 'docs/screenshots');
const PASSWORD = 'staff-pass-123';

const TRAINER = { username: 'tina.trainer', role: 'trainer', group: 'north' };
const HR = { username: 'helen.hr', role: 'hr' };
/** Trainees, their group, a head start in skill and the scenarios they practise. */
const TRAINEES = [
  {
    username: 'nick.north',
    group: 'north',
    skill: 1,
    scenarios: ['en-double-charge', 'en-out-of-stock-by-date'],
  },
  {
    username: 'nora.north',
    group: 'north',
    skill: 0,
    scenarios: ['en-out-of-stock-by-date', 'en-login-after-update'],
  },
  {
    username: 'sam.south',
    group: 'south',
    skill: 0,
    scenarios: ['ru-third-time', 'ru-rude-courier'],
  },
  {
    username: 'sara.south',
    group: 'south',
    skill: 2,
    scenarios: ['ru-nps-detractor', 'en-double-charge'],
  },
];
/** For each scenario: its test indices from the weakest run to the best one. */
const QUALITY: Record<string, number[]> = {
  'en-double-charge': [3, 2, 1, 0],
  'en-out-of-stock-by-date': [3, 1, 2, 0],
  'en-login-after-update': [4, 3, 1, 0],
  'ru-third-time': [1, 2, 0],
  'ru-rude-courier': [1, 2, 0],
  'ru-nps-detractor': [1, 2, 0],
};

if (!BASE_URL) {
  console.error('Set BASE_URL, e.g. BASE_URL=http://localhost:3112');
  process.exit(2);
}

function log(message: string): void {
  console.log(`[staff] ${message}`);
}

function check(ok: unknown, what: string): void {
  if (!ok) throw new Error(`check failed: ${what}`);
  log(`ok: ${what}`);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---- API helpers ------------------------------------------------------------------------------

async function login(username: string, password: string): Promise<string> {
  const res = await fetch(`${BASE_URL}/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

async function apiJson<T>(cookie: string, method: string, path: string, body?: unknown) {
  const res = await fetch(`${BASE_URL}${path}`, {
    method,
    headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
}

async function ensureUsers(admin: string): Promise<void> {
  const all = [
    TRAINER,
    HR,
    ...TRAINEES.map((t) => ({ username: t.username, role: 'trainee', group: t.group })),
  ];
  for (const u of all) {
    const res = await apiJson<{ ok: boolean }>(admin, 'POST', '/api/users', {
      ...u,
      password: PASSWORD,
    });
    if (res.status === 201) log(`created ${u.role} ${u.username}`);
    else if (res.status !== 409)
      throw new Error(`create ${u.username}: ${res.status} ${JSON.stringify(res.body)}`);
  }
}

function agentLines(scenarioId: string, testIndex: number): string[] {
  const doc = parse(readFileSync(join(ROOT, 'scenarios', `${scenarioId}.yaml`), 'utf8')) as {
    tests?: Array<{ agent: string[] }>;
  };
  return doc.tests?.[testIndex]?.agent ?? [];
}

type Ack = { ok: boolean; error?: { code: string; message: string } } & Record<string, unknown>;

function emit(socket: Socket, event: string, payload: unknown): Promise<Ack> {
  return socket.timeout(10_000).emitWithAck(event, payload) as Promise<Ack>;
}

/** Plays one attempt over socket.io (the trainee's "thinking" takes a moment per line). */
async function playAttempt(cookie: string, scenarioId: string, testIndex: number) {
  const socket = io(BASE_URL, {
    transports: ['websocket'],
    extraHeaders: { cookie },
    reconnection: false,
    forceNew: true,
  });
  await new Promise<void>((ok, fail) => {
    socket.once('connect', () => ok());
    socket.once('connect_error', fail);
  });
  try {
    const mode = testIndex % 2 ? 'exam' : 'coach';
    const started = await emit(socket, 'attempt:start', { scenarioId, mode, seed: 1 });
    if (!started.ok) throw new Error(`start ${scenarioId}: ${JSON.stringify(started.error)}`);
    const attemptId = (started.attempt as { id: string }).id;
    await sleep(600 + Math.random() * 900);
    // Like a trainee, the test's lines go on after the customer has finished (the closing words).
    for (const line of agentLines(scenarioId, testIndex)) {
      if (line === '<silence>') continue;
      const action = /^<action:(.+)>$/.exec(line);
      const ack = action
        ? await emit(socket, 'agent:action', { attemptId, action: action[1] })
        : await emit(socket, 'agent:message', { attemptId, text: line });
      if (!ack.ok) throw new Error(`${scenarioId}: ${JSON.stringify(ack.error)}`);
      await sleep(500 + Math.random() * 1200);
    }
    const closed = await emit(socket, 'attempt:close', { attemptId });
    if (!closed.ok) throw new Error(`close ${scenarioId}: ${JSON.stringify(closed.error)}`);
    const result = closed.result as { outcome: string; scores: { overall: number } };
    return { attemptId, outcome: result.outcome, overall: result.scores.overall };
  } finally {
    socket.disconnect();
  }
}

/** One round: every trainee plays one scenario; later rounds pick better runs. */
async function seedRound(round: number): Promise<void> {
  for (const trainee of TRAINEES) {
    const cookie = await login(trainee.username, PASSWORD);
    const scenarioId = trainee.scenarios[round % trainee.scenarios.length]!;
    const ladder = QUALITY[scenarioId]!;
    const q = Math.max(0, Math.min(ladder.length - 1, trainee.skill + round - 1));
    const r = await playAttempt(cookie, scenarioId, ladder[q]!);
    log(`round ${round}: ${trainee.username} ${scenarioId} → ${r.outcome}, overall ${r.overall}`);
  }
}

// ---- browser helpers --------------------------------------------------------------------------

async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  // Let transient notices fade out so they do not cover the page.
  await page.waitForFunction(() => !document.getElementById('toasts')?.childElementCount, null, {
    timeout: 8000,
  });
  const path = join(OUT, `${name}.png`);
  await page.screenshot({ path, fullPage });
  log(`saved ${path}`);
}

async function uiLogin(page: Page, username: string, password: string): Promise<void> {
  await page.goto(`${BASE_URL}/#/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('logout').waitFor();
}

async function uiLogout(page: Page): Promise<void> {
  await page.getByTestId('logout').click();
  await page.getByTestId('login-username').waitFor();
}

/** A copy of a bundled scenario with a new id, a typo'd key, a bad value and an unused ending. */
function brokenScenario(): { good: string; broken: string } {
  const source = readFileSync(join(ROOT, 'scenarios', 'en-out-of-stock-by-date.yaml'), 'utf8');
  const good = source
    .replace('id: en-out-of-stock-by-date', 'id: en-bike-out-of-stock-v2')
    .replace(/^title: .*$/m, 'title: "The birthday bike is out of stock (v2)"');
  const broken = good
    .replace(/^title: /m, 'titel: ')
    .replace(/^difficulty: \d+$/m, 'difficulty: 7')
    .replace(
      /^endings:\n/m,
      'endings:\n  never_reached:\n    outcome: neutral\n    customer: "ok."\n',
    );
  return { good, broken };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const admin = await login('admin', ADMIN_PASSWORD);
  await ensureUsers(admin);
  if (args.includes('--seed-only')) {
    const i = args.indexOf('--round');
    await seedRound(i >= 0 ? Number(args[i + 1] ?? 0) : 0);
    return;
  }
  const existing = await apiJson<{ attempts: Array<{ status: string }> }>(
    admin,
    'GET',
    '/api/attempts?status=closed',
  );
  if (existing.body.attempts.length < 8) for (const r of [0, 1, 2]) await seedRound(r);

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
      viewport: { width: 1440, height: 900 },
      deviceScaleFactor: 1,
      locale: 'en-GB',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      // Expected: 401 for /api/me before signing in, 422 for the deliberately invalid upload.
      if (m.type() === 'error' && !/status of (401|422)/.test(m.text()))
        errors.push(`console: ${m.text()}`);
    });
    await page.goto(`${BASE_URL}/#/login`);
    await page.getByTestId('lang-switch').selectOption('en');

    // ---- a trainee sees none of the staff screens ----------------------------------------------
    await uiLogin(page, TRAINEES[0]!.username, PASSWORD);
    check(
      (await page.getByTestId('nav-library').count()) +
        (await page.getByTestId('nav-review').count()) +
        (await page.getByTestId('nav-dashboard').count()) ===
        0,
      'a trainee has no staff links',
    );
    await page.goto(`${BASE_URL}/#/dashboard`);
    await page.getByRole('heading', { name: 'You do not have access to this.' }).waitFor();
    log('ok: a trainee opening #/dashboard is refused');
    await uiLogout(page);

    // ---- trainer: library --------------------------------------------------------------------
    await uiLogin(page, TRAINER.username, PASSWORD);
    check(
      (await page.getByTestId('nav-library').count()) === 1 &&
        (await page.getByTestId('nav-review').count()) === 1 &&
        (await page.getByTestId('nav-dashboard').count()) === 1,
      'a trainer sees Library, Review and Dashboard in the navigation',
    );
    await page.getByTestId('nav-library').click();
    await page.getByTestId('library-table').waitFor();
    const row = page.locator(
      '[data-testid=library-row][data-scenario-id="en-social-media-threat"]',
    );
    const toggle = row.getByTestId('enable-toggle');
    await toggle.uncheck();
    await page.waitForFunction(
      () =>
        !document.querySelector<HTMLInputElement>(
          '[data-scenario-id="en-social-media-threat"] [data-testid=enable-toggle]',
        )?.disabled,
    );
    const trainerCookie = await login(TRAINER.username, PASSWORD);
    const lib = await apiJson<{ scenarios: Array<{ id: string; enabled: boolean }> }>(
      trainerCookie,
      'GET',
      '/api/scenarios',
    );
    check(
      lib.body.scenarios.find((s) => s.id === 'en-social-media-threat')?.enabled === false,
      'the enable toggle disables a scenario on the server',
    );
    await page.mouse.move(0, 0);
    await shot(page, 'library');
    await toggle.check();
    await page.waitForTimeout(300);

    // ---- trainer: upload with errors ---------------------------------------------------------
    const { good, broken } = brokenScenario();
    await page.getByTestId('upload-scenario').click();
    await page.getByTestId('editor-source').waitFor();
    await page.getByTestId('editor-file').setInputFiles({
      name: 'bike-v2.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from(broken),
    });
    await page.locator('[data-testid=diagnostic][data-severity=error]').first().waitFor();
    const diags = await page.getByTestId('diagnostic').allInnerTexts();
    log(`diagnostics: ${diags.map((d) => d.replace(/\s+/g, ' ')).join(' | ')}`);
    check(
      diags.some((d) => /out of range/.test(d)) && diags.some((d) => /warning/i.test(d)),
      'live check lists errors and warnings beside the source',
    );
    // Clicking a diagnostic puts the caret at its line and column.
    const target = page.locator('[data-testid=diagnostic]', { hasText: 'out of range' });
    const line = Number(await target.getAttribute('data-line'));
    const col = Number(await target.getAttribute('data-col'));
    await target.click();
    const caret = await page.getByTestId('editor-source').evaluate((el) => {
      const ta = el as HTMLTextAreaElement;
      const before = ta.value.slice(0, ta.selectionStart);
      return {
        line: before.split('\n').length,
        col: ta.selectionStart - before.lastIndexOf('\n'),
        focused: document.activeElement === ta,
      };
    });
    check(
      caret.line === line && caret.col === col && caret.focused,
      `a diagnostic moves the caret to ${line}:${col} (got ${caret.line}:${caret.col})`,
    );
    await page.getByTestId('editor-save').click();
    await page.getByTestId('editor-save-error').waitFor();
    check(
      (await page.getByTestId('diagnostic').count()) >= 3,
      'a 422 save shows the diagnostics in the same list',
    );
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(200);
    await shot(page, 'editor-errors');

    // Fix it and save: the test results appear. (On a second run the copy exists: replace it.)
    if (lib.body.scenarios.some((s) => s.id === 'en-bike-out-of-stock-v2')) {
      await page.goto(`${BASE_URL}/#/library/edit/en-bike-out-of-stock-v2`);
      await page.waitForFunction(
        () => !!document.querySelector<HTMLTextAreaElement>('[data-testid=editor-source]')?.value,
      );
    }
    await page.getByTestId('editor-source').fill(good);
    await page.getByTestId('editor-save').click();
    await page.getByTestId('editor-saved').waitFor();
    check(
      /passed/.test(await page.getByTestId('tests-result').innerText()),
      'a successful save shows the test results',
    );
    await page.waitForURL(/#\/library\/edit\/en-bike-out-of-stock-v2/);
    await shot(page, 'editor-saved');
    // Preview starts the scenario as a trainee would.
    await page.getByTestId('preview').click();
    await page.getByTestId('preview-note').waitFor();
    await page.getByTestId('start-button').waitFor();
    log('ok: preview opens the brief with a start button');

    // ---- trainer: review ---------------------------------------------------------------------
    await page.getByTestId('nav-review').click();
    await page.getByTestId('review-table').waitFor();
    const groups = await page.locator('[data-testid=review-row] td:nth-child(2)').allInnerTexts();
    check(
      groups.length > 0 && groups.every((g) => g.trim() === 'north'),
      'a trainer of group north sees only north attempts',
    );
    await page.getByTestId('filter-trainee').selectOption('nick.north');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid=review-row] th')].every(
        (th) => th.textContent === 'nick.north',
      ),
    );
    await page.getByTestId('filter-outcome').selectOption('success');
    await page.waitForTimeout(400);
    if ((await page.getByTestId('review-row').count()) === 0)
      await page.getByTestId('filter-outcome').selectOption('');
    await page.getByTestId('review-row').first().waitFor();
    await page.getByTestId('review-row').first().click();
    await page.getByTestId('review-attempt').waitFor();
    // A comment on the trainee's first reply.
    const firstAgent = page.locator('[data-testid=message][data-role=agent]').first();
    const commentsBefore = await firstAgent.getByTestId('comment').count();
    await firstAgent.getByTestId('comment-add').click();
    await firstAgent
      .getByTestId('comment-text')
      .fill('Good opening: you named the problem and a plan before asking for details.');
    await firstAgent.getByTestId('comment-submit').click();
    await firstAgent.getByTestId('comment').nth(commentsBefore).waitFor();
    // The override needs a reason. Lower overall and closure a little below the scorer's.
    const original = async (k: string) =>
      Number(await page.getByTestId(`original-${k}`).innerText()) || 50;
    const overall = Math.max(0, (await original('overall')) - 9);
    const closure = Math.max(0, (await original('closure')) - 15);
    await page.getByTestId('override-overall').fill(String(overall));
    await page.getByTestId('override-closure').fill(String(closure));
    await page.getByTestId('override-submit').click();
    await page.getByTestId('override-error').getByRole('alert').waitFor();
    check(
      /reason/i.test(await page.getByTestId('override-error').innerText()),
      'an override without a reason shows a clear error',
    );
    await page
      .getByTestId('override-reason')
      .fill(
        'The refund date was promised before checking the bank hold; in a live chat that risks a second contact.',
      );
    await page.getByTestId('override-submit').click();
    await page.getByTestId('override-note').waitFor();
    check(
      (await page.getByTestId('overridden-overall').innerText()).trim() === String(overall),
      'the override shows beside the original score',
    );
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('[data-testid=finding-highlight]').first().click();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(200);
    await shot(page, 'review');
    await shot(page, 'review-full', true);
    await page.getByTestId('nav-review').click();
    await page.getByTestId('review-table').waitFor();
    await page.waitForTimeout(200);
    await shot(page, 'review-list');
    await uiLogout(page);

    // ---- HR: dashboard, export, trainee report -----------------------------------------------
    await uiLogin(page, HR.username, PASSWORD);
    check((await page.getByTestId('nav-library').count()) === 0, 'HR has no Library link');
    await page.getByTestId('nav-review').click();
    await page.getByTestId('review-row').first().click();
    await page.getByTestId('review-attempt').waitFor();
    check(
      (await page.getByTestId('override-submit').count()) === 0 &&
        (await page.getByTestId('comment-add').count()) === 0,
      'HR reads an attempt without comment or override forms',
    );
    await page.getByTestId('nav-dashboard').click();
    await page.getByTestId('stat-attempts').waitFor();
    await page.getByTestId('chart-scores').waitFor();
    await page.waitForTimeout(700);
    check(
      Number(await page.getByTestId('stat-attempts').innerText()) > 0,
      'the dashboard counts attempts',
    );
    const label = await page
      .locator('[data-testid=chart-scores] canvas')
      .getAttribute('aria-label');
    check(label && label.length > 20, `the scores chart has a text alternative: "${label}"`);
    await page.getByTestId('export-pseudonymise').check();
    const href = await page.getByTestId('export-csv').getAttribute('href');
    check(
      href?.includes('format=csv') && href.includes('pseudonymise=1') && href.includes('from='),
      `the CSV link carries the filters: ${href}`,
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-csv').click(),
    ]);
    check(
      /\.csv$/.test(download.suggestedFilename()),
      `CSV download ${download.suggestedFilename()}`,
    );
    await page.getByTestId('export-pseudonymise').uncheck();
    await page.mouse.move(0, 0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'dashboard');
    await shot(page, 'dashboard-full', true);
    await page.locator('[data-testid=trainee-link]', { hasText: 'nick.north' }).click();
    await page.getByTestId('trainee-report').waitFor();
    await page.getByTestId('chart-progress').waitFor();
    await page.waitForTimeout(700);
    check((await page.getByTestId('weak-phrase').count()) > 0, 'the report lists weak phrases');
    await shot(page, 'trainee-report');
    await shot(page, 'trainee-report-full', true);

    // Russian dashboard.
    await page.getByTestId('lang-switch').selectOption('ru');
    await page.getByTestId('nav-dashboard').click();
    await page.getByTestId('chart-scores').waitFor();
    await page.waitForTimeout(700);
    await shot(page, 'dashboard-ru');
    await page.getByTestId('lang-switch').selectOption('en');
    await uiLogout(page);

    // ---- admin: groups and re-scoring ----------------------------------------------------------
    await uiLogin(page, 'admin', ADMIN_PASSWORD);
    await page.getByTestId('users-link').click();
    await page.getByTestId('users-table').waitFor();
    const sara = page.locator('[data-testid=user-row][data-username="sara.south"]');
    await sara.getByTestId('user-group').fill('north');
    await sara.getByTestId('user-group-save').click();
    await sara.getByTestId('user-group-save').waitFor({ state: 'hidden' });
    const users = await apiJson<{ users: Array<{ username: string; group?: string }> }>(
      admin,
      'GET',
      '/api/users',
    );
    check(
      users.body.users.find((u) => u.username === 'sara.south')?.group === 'north',
      'the admin changes a group',
    );
    await sara.getByTestId('user-group').fill('south');
    await sara.getByTestId('user-group-save').click();
    await sara.getByTestId('user-group-save').waitFor({ state: 'hidden' });
    await shot(page, 'users-groups');
    await page.getByTestId('nav-dashboard').click();
    await page.getByTestId('rescore').click();
    await page.getByTestId('rescore-confirm').click();
    await page.getByTestId('rescore-result').waitFor({ timeout: 60_000 });
    log(`rescore: ${await page.getByTestId('rescore-result').innerText()}`);
  } finally {
    await browser.close();
  }
  if (errors.length) {
    console.error(`[staff] browser errors:\n${errors.join('\n')}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
