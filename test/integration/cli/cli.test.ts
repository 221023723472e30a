import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runCli } from '../../helpers/cli';

const exec = promisify(execFile);

describe('sparring validate', () => {
  test('exit 0 and no problem lines for valid files', async () => {
    const r = await runCli(['validate', 'test/fixtures/valid']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/3 scenario files checked: 0 errors/);
  });

  test('exit 1 and one `path:line:col: severity: message` line per problem', async () => {
    const r = await runCli([
      'validate',
      'test/fixtures/invalid/unknown-key.yaml',
      'test/fixtures/invalid/graph.yaml',
    ]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(4);
    for (const line of lines)
      expect(line).toMatch(/^test\/fixtures\/invalid\/[\w-]+\.yaml:\d+:\d+: (error|warning): .+/);
  });

  test('warnings alone do not fail validation', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sparring-'));
    writeFileSync(
      join(dir, 'warn.yaml'),
      'id: warn\nversion: 1\ntitle: W\nlanguage: en\npersona: {name: A}\nstart: a\nsteps:\n  a:\n    replies:\n      - if: {}\n        end: ok\nendings:\n  ok: {outcome: success}\n',
    );
    const r = await runCli(['validate', join(dir, 'warn.yaml')]);
    expect(r.stdout).toMatch(/:10:13: warning: empty condition/);
    expect(r.code).toBe(0);
  });

  test('duplicate ids across a folder', async () => {
    const r = await runCli(['validate', 'test/fixtures/library-dup']);
    expect(r.code).toBe(1);
    expect(r.stdout.trim()).toBe(
      'test/fixtures/library-dup/b.yaml:2:5: error: duplicate id "minimal": test/fixtures/library-dup/a.yaml already uses it',
    );
  });

  test('a missing path is an error, no arguments a usage error', async () => {
    expect((await runCli(['validate', 'nope.yaml'])).stdout).toMatch(
      /^nope\.yaml:1:1: error: no such file or folder/,
    );
    const usage = await runCli(['validate']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/usage: sparring validate/);
  });

  test('a folder with no scenario files is an error in the same path:line:col form', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sparring-empty-'));
    const r = await runCli(['validate', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`${dir}:1:1: error: no scenario files (.yaml, .yml) found\n`);
    expect(r.stderr).toMatch(/0 scenario files checked: 1 error, 0 warnings/);
  });
});

describe('sparring test', () => {
  test('passes, reports coverage gaps, exits 0', async () => {
    const r = await runCli(['test', 'test/fixtures/valid/late-blender.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /PASS test\/fixtures\/valid\/late-blender\.yaml: empathy and a dated promise resolve it/,
    );
    expect(r.stdout).toMatch(/coverage: endings no test reaches: escalated/);
    expect(r.stdout).toMatch(/^2 passed, 0 failed$/m);
  });

  test('a failing test exits 1 and shows the transcript', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sparring-'));
    writeFileSync(
      join(dir, 'fail.yaml'),
      'id: fail\nversion: 1\ntitle: F\nlanguage: en\npersona: {name: A}\nstart: a\nsteps:\n  a:\n    customer: Hi\n    replies:\n      - if: {intent: thanks}\n        end: ok\nendings:\n  ok: {outcome: success}\ntests:\n  - name: greeting is not thanks\n    agent: [Hello]\n    expect: {ending: ok}\n',
    );
    const r = await runCli(['test', join(dir, 'fail.yaml')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /FAIL .*fail\.yaml: greeting is not thanks\n\s+expected ending "ok", got no ending/,
    );
    expect(r.stdout).toMatch(/trainee \[a, mood \d+\]: Hello/);
    expect(r.stdout).toMatch(/^0 passed, 1 failed$/m);
  });

  test('an invalid scenario fails', async () => {
    const r = await runCli(['test', 'test/fixtures/invalid/dangling.yaml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /FAIL test\/fixtures\/invalid\/dangling\.yaml: the scenario does not validate/,
    );
  });
});

describe('sparring play', () => {
  test('prints one JSON object as specified', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sparring-'));
    const agent = join(dir, 'agent.txt');
    writeFileSync(
      agent,
      "I'm so sorry, Dana, I understand.\n<silence>\nI can offer a 10% voucher.\nIt arrives Thursday at 10 am.\n",
    );
    const r = await runCli([
      'play',
      'test/fixtures/valid/late-blender.yaml',
      '--agent',
      agent,
      '--seed',
      '3',
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(
      expect.arrayContaining(['ending', 'outcome', 'mood', 'transcript', 'scores']),
    );
    expect(out).toMatchObject({ ending: 'resolved', outcome: 'success' });
    for (const t of out.transcript)
      expect(Object.keys(t).sort()).toEqual(['mood', 'role', 'step', 'text']);
    expect(out.transcript[3]).toMatchObject({ role: 'agent', text: '<silence>' });
    expect(Object.keys(out.scores).sort()).toEqual([
      'closure',
      'overall',
      'patience',
      'positive_phrasing',
    ]);
  });

  test('bad arguments are usage errors', async () => {
    expect((await runCli(['play', 'test/fixtures/valid/late-blender.yaml'])).code).toBe(2);
    expect(
      (
        await runCli([
          'play',
          'test/fixtures/valid/late-blender.yaml',
          '--agent',
          'x',
          '--seed',
          'abc',
        ])
      ).stderr,
    ).toMatch(/--seed must be a whole number/);
    const missing = await runCli([
      'play',
      'test/fixtures/valid/late-blender.yaml',
      '--agent',
      'no-such-file.txt',
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no-such-file\.txt: cannot read the replies/);
  });
});

describe('sparring score', () => {
  test('JSON Lines in, one JSON line out per input, in order', async () => {
    const input = [
      {
        id: 'a',
        lang: 'en',
        turns: [
          { role: 'customer', text: 'Where is my order?' },
          { role: 'agent', text: 'Calm down.' },
        ],
      },
      {
        id: 2,
        lang: 'ru',
        turns: [
          { role: 'customer', text: 'Где заказ?' },
          { role: 'agent', text: 'Понимаю, сейчас проверю и напишу до 15:00.' },
        ],
      },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n');
    const r = await runCli(['score'], `${input}\n`);
    expect(r.code).toBe(0);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a', 2]);
    for (const o of out) {
      expect(Object.keys(o.scores).sort()).toEqual([
        'closure',
        'overall',
        'patience',
        'positive_phrasing',
      ]);
      expect(o.scores.closure).toBeNull();
    }
    expect(out[0].scores.patience).toBeLessThan(out[1].scores.patience);
    expect(out[0].findings[0]).toMatchObject({
      turn: 1,
      span: { start: 0, end: 9 },
      dimension: 'patience',
    });
  });

  test('a bad line gets an error line in its place; the rest are scored', async () => {
    const r = await runCli(
      ['score'],
      `not json\n{"id":"x","lang":"de","turns":[]}\n{"id":"ok","lang":"en","turns":[]}\n`,
    );
    expect(r.code).toBe(1);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out[0].error.code).toBe('bad-json');
    expect(out[1]).toMatchObject({ id: 'x', error: { code: 'bad-input' } });
    expect(out[1].error.message).toMatch(/line 2: lang/);
    expect(out[2].id).toBe('ok');
  });
});

describe('the installed bin', () => {
  test('`npx sparring` runs from the project root', async () => {
    const { stdout, stderr } = await exec(
      'npx',
      ['--no-install', 'sparring', 'validate', 'test/fixtures/valid/minimal.yaml'],
      { cwd: ROOT },
    );
    expect(stdout).toBe('');
    expect(stderr).toMatch(/1 scenario file checked: 0 errors, 0 warnings/);
  }, 30_000);

  test('unknown commands exit 2 with the usage', async () => {
    const r = await runCli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command "frobnicate"/);
  });
});
