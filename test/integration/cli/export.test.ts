/** `sparring export` from a data folder: CSV with commas, or with semicolons for Excel in Russian. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LowdbStore } from '../../../server/store/lowdb-store';
import { reportedAttempt } from '../../helpers/records';
import { runCli } from '../../helpers/cli';

const run = (argv: string[], dataDir: string) => runCli(argv, '', { DATA_DIR: dataDir });

describe('sparring export', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sparring-export-'));
  beforeAll(async () => {
    const store = await LowdbStore.open({ dataDir });
    await store.putAttempt(reportedAttempt({ createdAt: Date.UTC(2026, 10, 2) }));
    await store.close();
  });

  test('--sep semicolon separates cells with semicolons', async () => {
    const comma = await run(['export', '--format', 'csv'], dataDir);
    expect(comma.code).toBe(0);
    expect(comma.stdout.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/^attempt_id,trainee,/);
    const semi = await run(['export', '--format', 'csv', '--sep', 'semicolon'], dataDir);
    expect(semi.code).toBe(0);
    const [head, row] = semi.stdout.replace(/^\uFEFF/, '').split('\r\n');
    expect(head).toMatch(/^attempt_id;trainee;/);
    expect(row!.split(';')).toHaveLength(head!.split(';').length);
    expect(semi.stderr).toContain('exported 1 attempt');
  });

  test('an unknown separator is a usage error naming the flag', async () => {
    const r = await run(['export', '--format', 'csv', '--sep', 'tab'], dataDir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--sep must be one of comma, semicolon');
  });
});
