import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { body, call, playAttempt, startTestApp, type TestApp } from '../../helpers/app';

describe('trainers and HR over HTTP', () => {
  let t: TestApp;
  let admin: string;
  let trainer: string;
  let otherTrainer: string;
  let hr: string;
  let ann: string;
  let closedId: string;

  const req = (method: string, path: string, cookie?: string, data?: unknown) =>
    fetch(`${t.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: data === undefined ? undefined : JSON.stringify(data),
    });

  const play = (cookie: string, text: string) => playAttempt(t, cookie, text);

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin', 'admin-pass-123');
    for (const [name, role, group] of [
      ['trish', 'trainer', 'north'],
      ['otto', 'trainer', 'south'],
      ['hana', 'hr', undefined],
      ['ann', 'trainee', 'north'],
      ['bob', 'trainee', 'south'],
    ] as const) {
      const res = await req('POST', '/api/users', admin, {
        username: name,
        password: `${name}-password`,
        role,
        ...(group ? { group } : {}),
      });
      expect(res.status).toBe(201);
    }
    trainer = await t.login('trish', 'trish-password');
    otherTrainer = await t.login('otto', 'otto-password');
    hr = await t.login('hana', 'hana-password');
    ann = await t.login('ann', 'ann-password');
    const bob = await t.login('bob', 'bob-password');
    closedId = await play(ann, '=HYPERLINK("http://evil.example","click") Calm down, as I said.');
    await play(bob, "I'm sorry, I can see both charges. I'll refund the duplicate today.");
  });
  afterAll(() => t.close());

  test('trainers see attempts of their group only; HR sees everyone; filters apply', async () => {
    const mine = (await body(await req('GET', '/api/attempts', trainer))).attempts;
    expect(mine.map((a: { username: string }) => a.username)).toEqual(['ann']);
    expect((await req('GET', `/api/attempts/${closedId}`, otherTrainer)).status).toBe(404);
    const all = (await body(await req('GET', '/api/attempts', hr))).attempts;
    expect(all).toHaveLength(2);
    const south = (await body(await req('GET', '/api/attempts?group=south', hr))).attempts;
    expect(south.map((a: { username: string }) => a.username)).toEqual(['bob']);
    expect(
      (await body(await req('GET', '/api/attempts?outcome=success&trainee=ann', hr))).attempts,
    ).toEqual([]);
    expect((await req('GET', '/api/attempts?from=yesterday', hr)).status).toBe(400);
    const one = await body(await req('GET', `/api/attempts/${closedId}`, trainer));
    expect(one.attempt).toMatchObject({ username: 'ann', group: 'north', status: 'closed' });
  });

  test('a comment on a message, and an override that keeps the original score', async () => {
    const c = await req('POST', `/api/attempts/${closedId}/comments`, trainer, {
      turn: 1,
      text: 'Never tell a customer to calm down.',
    });
    expect(c.status).toBe(201);
    expect(
      (await req('POST', `/api/attempts/${closedId}/comments`, trainer, { turn: 99, text: 'x' }))
        .status,
    ).toBe(400);
    expect(
      (await req('POST', `/api/attempts/${closedId}/comments`, ann, { turn: 1, text: 'x' })).status,
    ).toBe(403);
    const before = (await body(await req('GET', `/api/attempts/${closedId}`, trainer))).attempt
      .result.scores;
    const noReason = await req('POST', `/api/attempts/${closedId}/override`, trainer, {
      scores: { overall: 55 },
    });
    expect(noReason.status).toBe(400);
    expect((await body(noReason)).error.message).toMatch(/reason/);
    const o = await req('POST', `/api/attempts/${closedId}/override`, trainer, {
      scores: { overall: 55 },
      reason: 'The refund was promised correctly.',
    });
    expect(o.status).toBe(200);
    const after = (await body(await req('GET', `/api/attempts/${closedId}`, trainer))).attempt;
    expect(after.result.scores).toEqual(before);
    expect(after.override).toMatchObject({
      scores: { overall: 55 },
      reason: 'The refund was promised correctly.',
      author: 'trish',
    });
    expect(after.comments).toEqual([expect.objectContaining({ turn: 1, author: 'trish' })]);
    const row = (await body(await req('GET', '/api/attempts', hr))).attempts.find(
      (a: { id: string }) => a.id === closedId,
    );
    expect(row.override).toEqual({ overall: 55 });
  });

  test('exports: HR and admin only; CSV with BOM, formulas neutralised, original and overridden scores', async () => {
    expect((await req('GET', '/api/export?format=csv', trainer)).status).toBe(403);
    expect((await req('GET', '/api/export?format=csv', ann)).status).toBe(403);
    expect((await req('GET', '/api/export?format=pdf', hr)).status).toBe(400);
    const res = await req('GET', '/api/export?format=csv', hr);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    // Today's date on the application's clock.
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="sparring-attempts-${new Date(t.clock.now()).toISOString().slice(0, 10)}.csv"`,
    );
    // The file's name says which period, group and kind of names it holds.
    const named = await req(
      'GET',
      '/api/export?format=xlsx&from=2026-11-01&to=2026-11-30&group=south&pseudonymise=1',
      hr,
    );
    expect(named.headers.get('content-disposition')).toBe(
      'attachment; filename="sparring-attempts-2026-11-01--2026-11-30-south-pseudonymised.xlsx"',
    );
    await named.arrayBuffer();
    const russian = await req(
      'GET',
      `/api/export?format=csv&group=${encodeURIComponent('юг')}`,
      hr,
    );
    expect(russian.headers.get('content-disposition')).toMatch(
      /^attachment; filename="sparring-attempts-\d{4}-\d\d-\d\d\.csv"; filename\*=UTF-8''sparring-attempts-\d{4}-\d\d-\d\d-%D1%8E%D0%B3\.csv$/,
    );
    await russian.arrayBuffer();
    // Semicolons for Excel with Russian settings: the same rows, `;` between cells.
    const semi = await req('GET', '/api/export?format=csv&sep=semicolon', hr);
    const semiText = (await semi.text()).replace(/^\uFEFF/, '');
    expect(semiText.split('\r\n')[0]).toMatch(/^attempt_id;trainee;group;/);
    expect(parse(semiText, { columns: true, delimiter: ';' })).toHaveLength(2);
    const badSep = await req('GET', '/api/export?format=csv&sep=tab', hr);
    expect(badSep.status).toBe(400);
    expect((await body(badSep)).error.message).toBe('sep: one of comma, semicolon');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes.toString('utf8').slice(1), { columns: true }) as Array<
      Record<string, string>
    >;
    expect(rows).toHaveLength(2);
    const ann1 = rows.find((r) => r.trainee === 'ann')!;
    expect(ann1.override_overall).toBe('55');
    expect(ann1.overall).not.toBe('');
    expect(ann1.override_reason).toBe('The refund was promised correctly.');
    expect(ann1.scorer_version).toMatch(/^lexicon-/);
    const findings = await body(await req('GET', '/api/export?format=json', hr));
    const texts = JSON.stringify(findings);
    expect(texts).toContain('=HYPERLINK'); // JSON keeps the text as it was
    const xlsx = await req('GET', '/api/export?format=xlsx', hr);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Attempts', 'Scores', 'Findings']);
    // Each sheet keeps its header row in view.
    for (const w of book.worksheets)
      expect(w.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(book.getWorksheet('Attempts')!.rowCount).toBe(3);
    expect(book.getWorksheet('Scores')!.rowCount).toBe(1 + 2 * 4);
    const cells: string[] = [];
    // Text cells only: numbers such as -15 points are numbers, not formulas.
    book
      .getWorksheet('Findings')!
      .eachRow((row) => row.eachCell((c) => typeof c.value === 'string' && cells.push(c.value)));
    for (const c of cells) expect(c).not.toMatch(/^[=+\-@]/);
    expect(cells.some((c) => c.startsWith("'=HYPERLINK"))).toBe(true);
  });

  test('pseudonymised exports replace names with stable pseudonyms', async () => {
    const a = parse(
      (await (await req('GET', '/api/export?format=csv&pseudonymise=1', hr)).text()).slice(1),
      { columns: true },
    ) as Array<Record<string, string>>;
    const b = parse(
      (await (await req('GET', '/api/export?format=csv&pseudonymise=1', admin)).text()).slice(1),
      { columns: true },
    ) as Array<Record<string, string>>;
    expect(a.map((r) => r.trainee)).toEqual(b.map((r) => r.trainee));
    for (const r of a) expect(r.trainee).toMatch(/^trainee-[0-9a-f]{10}$/);
    // Nobody is named: not the trainer who overrode a score or commented either.
    const overridden = a.find((r) => r.override_by)!;
    expect(overridden.override_by).toMatch(/^staff-[0-9a-f]{10}$/);
    const json = await (await req('GET', '/api/export?format=json&pseudonymise=1', hr)).text();
    expect(json).not.toContain('trish');
    const commented = (JSON.parse(json) as Array<{ comments: Array<{ author: string }> }>).find(
      (x) => x.comments.length,
    )!;
    expect(commented.comments[0]!.author).toBe(overridden.override_by);
  });

  test('stats and a per-trainee report', async () => {
    const stats = await body(await req('GET', '/api/stats', hr));
    expect(stats.totals).toMatchObject({ attempts: 2, closed: 2 });
    expect(stats.byTrainee.map((x: { username: string }) => x.username)).toEqual(['ann', 'bob']);
    expect((await req('GET', '/api/stats', ann)).status).toBe(403);
    const report = (await body(await req('GET', '/api/trainees/ann/report', trainer))).report;
    expect(report.progress).toHaveLength(1);
    expect(report.weakPhrases.map((w: { rule: string }) => w.rule)).toContain(
      'patience.dismissive',
    );
  });

  test('rescoring keeps the previous scores in history (admin only)', async () => {
    expect((await req('POST', '/api/rescore', hr)).status).toBe(403);
    const r = await body(await req('POST', '/api/rescore', admin));
    expect(r).toMatchObject({ ok: true, rescored: 2, skipped: 0 });
    const a = (await body(await req('GET', `/api/attempts/${closedId}`, admin))).attempt;
    expect(a.result.history).toHaveLength(1);
    expect(a.override.scores).toEqual({ overall: 55 });
  });

  test("a trainer's preview is theirs only: not in HR's lists, dashboards or exports", async () => {
    const before = (await body(await req('GET', '/api/stats', hr))).totals.attempts;
    const previewId = await play(trainer, 'Previewing this scenario.');
    expect(
      (await body(await req('GET', '/api/attempts', trainer))).attempts.map(
        (a: { id: string }) => a.id,
      ),
    ).toContain(previewId);
    expect(
      (await body(await req('GET', '/api/attempts', hr))).attempts.map((a: { id: string }) => a.id),
    ).not.toContain(previewId);
    expect((await body(await req('GET', '/api/stats', hr))).totals.attempts).toBe(before);
    expect(await (await req('GET', '/api/export?format=csv', hr)).text()).not.toContain(previewId);
  });

  test('library: an upload with errors is refused with line and column; a fix is accepted and playable; disable hides it', async () => {
    const broken =
      'id: uploaded-one\nversion: 1\ntitle: Uploaded\nlanguage: en\npersona: {name: Uma}\nstart: hello\nsteps:\n  hello:\n    customer: Hi\n    replies:\n      - if: {intnt: greeting}\n        end: done\nendings:\n  done: {outcome: success}\n';
    const refused = await req('POST', '/api/scenarios', trainer, {
      source: broken,
      filename: '../../evil.yaml',
    });
    expect(refused.status).toBe(422);
    const rb = await body(refused);
    expect(rb.diagnostics).toEqual([
      expect.objectContaining({
        line: 11,
        col: 14,
        severity: 'error',
        message: expect.stringMatching(/unknown key "intnt"/),
        file: 'evil.yaml',
        // What the editor words in the trainer's language.
        code: 'unknown-key',
        args: { key: 'intnt', where: 'steps.hello.replies[0].if', suggestion: 'intent' },
      }),
    ]);
    expect(
      (await body(await req('POST', '/api/scenarios/check', trainer, { source: broken })))
        .diagnostics,
    ).toEqual([expect.objectContaining({ args: expect.objectContaining({ key: 'intnt' }) })]);
    expect((await req('POST', '/api/scenarios', ann, { source: broken })).status).toBe(403);
    const fixed =
      broken.replace('intnt', 'intent') +
      'tests:\n  - name: hello works\n    agent: [Hello there]\n    expect: {ending: done}\n';
    const check = await body(await req('POST', '/api/scenarios/check', trainer, { source: fixed }));
    expect(check).toMatchObject({ ok: true, valid: true });
    const stored = await req('POST', '/api/scenarios', trainer, { source: fixed });
    expect(stored.status).toBe(201);
    expect((await body(stored)).scenario).toMatchObject({
      id: 'uploaded-one',
      valid: true,
      source: 'uploaded',
      tests: { passed: 1, failed: 0 },
    });
    expect((await req('POST', '/api/scenarios', trainer, { source: fixed })).status).toBe(422); // duplicate id
    expect(
      (
        await req('PUT', '/api/scenarios/uploaded-one', trainer, {
          source: fixed.replace('Uploaded', 'Uploaded v2'),
        })
      ).status,
    ).toBe(200);
    expect(
      (await body(await req('GET', '/api/scenarios/uploaded-one/source', trainer))).source,
    ).toContain('Uploaded v2');
    const traineeList = async () =>
      (await body(await req('GET', '/api/scenarios', ann))).scenarios.map(
        (s: { id: string }) => s.id,
      );
    expect(await traineeList()).toContain('uploaded-one');
    await req('POST', '/api/scenarios/uploaded-one/enabled', trainer, { enabled: false });
    expect(await traineeList()).not.toContain('uploaded-one');
    const s = await t.socket(ann);
    expect(
      await call(s, 'attempt:start', { scenarioId: 'uploaded-one', mode: 'coach' }),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });
    await req('POST', '/api/scenarios/uploaded-one/enabled', trainer, { enabled: true });
    expect(
      await call(s, 'attempt:start', { scenarioId: 'uploaded-one', mode: 'coach' }),
    ).toMatchObject({ ok: true });
  });
});
