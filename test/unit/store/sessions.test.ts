import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LowdbStore } from '../../../server/store/lowdb-store';
import { MemoryStore } from '../../../server/store/memory-store';
import type { LoginSessionRecord, Store } from '../../../server/store/port';

const NOW = Date.UTC(2026, 10, 5);
const DAY = 86_400_000;
const hash = (i: number) => createHash('sha256').update(String(i)).digest('hex');

function session(i: number, user = `u${i % 50}`, expiresIn = 7 * DAY): LoginSessionRecord {
  return {
    tokenHash: hash(i),
    userId: user,
    createdAt: new Date(NOW).toISOString(),
    expiresAt: new Date(NOW + expiresIn).toISOString(),
  };
}

let dir: string;
let clock: number;
const open = () => LowdbStore.open({ dataDir: dir, now: () => clock });
const logs = () => readdirSync(dir).filter((f) => /^sessions-\d+\.jsonl$/.test(f));
const snapshot = () =>
  (
    JSON.parse(readFileSync(join(dir, 'sessions.json'), 'utf8')) as {
      sessions: LoginSessionRecord[];
    }
  ).sessions;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sparring-sessions-'));
  clock = NOW;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('login sessions on disk', () => {
  test('logins, logouts and "everywhere" logouts survive a crash (no close) and a clean restart', async () => {
    const first = await open();
    for (let i = 0; i < 6; i++) await first.putSession(session(i, i < 3 ? 'ann' : 'bob'));
    await first.deleteSession(hash(4));
    await first.deleteSessionsOf('ann');
    await first.putSession(session(10, 'ann'));
    // A crash: the store is never closed, a second process opens the folder.
    const second = await open();
    const live = async (s: LowdbStore) =>
      (await Promise.all([0, 1, 2, 3, 4, 5, 10].map((i) => s.getSession(hash(i)))))
        .filter((x) => x !== null)
        .map((x) => x.tokenHash);
    expect(await live(second)).toEqual([hash(3), hash(5), hash(10)]);
    await second.close();
    const third = await open();
    expect(await live(third)).toEqual([hash(3), hash(5), hash(10)]);
    await third.close();
    await first.close();
  });

  test('"everywhere but here" keeps one session of the user, across a crash and a restart', async () => {
    for (const make of [open, async () => new MemoryStore()] as const) {
      rmSync(dir, { recursive: true, force: true });
      dir = mkdtempSync(join(tmpdir(), 'sparring-sessions-'));
      const first = await make();
      for (let i = 0; i < 4; i++) await first.putSession(session(i, i < 3 ? 'ann' : 'bob'));
      await first.deleteSessionsOf('ann', hash(1));
      const live = async (s: Store) =>
        (await Promise.all([0, 1, 2, 3].map((i) => s.getSession(hash(i)))))
          .filter((x) => x !== null)
          .map((x) => x.tokenHash);
      expect(await live(first)).toEqual([hash(1), hash(3)]);
      if (first instanceof LowdbStore) {
        const second = await open(); // the first was never closed: a crash
        expect(await live(second)).toEqual([hash(1), hash(3)]);
        await second.close();
        const third = await open();
        expect(await live(third)).toEqual([hash(1), hash(3)]);
        await third.close();
      }
      await first.close();
    }
  });

  test('a login appends a line: sessions.json is not rewritten', async () => {
    const first = await open();
    for (let i = 0; i < 200; i++) await first.putSession(session(i));
    await first.close();
    const store = await open();
    const before = readFileSync(join(dir, 'sessions.json'), 'utf8');
    const mtime = statSync(join(dir, 'sessions.json')).mtimeMs;
    await store.putSession(session(1000));
    await store.deleteSession(hash(5));
    expect(readFileSync(join(dir, 'sessions.json'), 'utf8')).toBe(before);
    expect(statSync(join(dir, 'sessions.json')).mtimeMs).toBe(mtime);
    expect(await store.getSession(hash(1000))).toMatchObject({ userId: 'u0' });
    expect(await store.getSession(hash(5))).toBeNull();
    await store.close();
  });

  test('a login costs the same with 20,000 sessions stored as with none', async () => {
    writeFileSync(
      join(dir, 'sessions.json'),
      JSON.stringify({ sessions: Array.from({ length: 20_000 }, (_, i) => session(i)) }),
    );
    const store = await open();
    const started = performance.now();
    for (let i = 0; i < 300; i++) await store.putSession(session(100_000 + i));
    for (let i = 0; i < 300; i++) await store.deleteSession(hash(100_000 + i));
    // Rewriting a 3 MB file per login and logout took about 10 s here.
    expect(performance.now() - started).toBeLessThan(1500);
    expect(await store.getSession(hash(19_999))).not.toBeNull();
    await store.close();
  });

  test('a line cut short by a crash is skipped; the lines before it count', async () => {
    const store = await open();
    await store.putSession(session(1));
    await store.putSession(session(2));
    const [log] = logs();
    await appendFile(join(dir, log!), '{"put":{"tokenHash":"abc","userId":"u');
    const again = await open();
    expect(await again.getSession(hash(1))).not.toBeNull();
    expect(await again.getSession(hash(2))).not.toBeNull();
    expect(await again.getSession('abc')).toBeNull();
    await again.close();
    await store.close();
  });

  test('a log left behind by a crash after its snapshot was written is replayed harmlessly', async () => {
    // sessions.json already has the result of the log (1 kept, 2 deleted, 3 added), but the log
    // was not deleted yet: replaying it over the snapshot gives the same sessions.
    writeFileSync(
      join(dir, 'sessions.json'),
      JSON.stringify({ sessions: [session(1), session(3)] }),
    );
    writeFileSync(
      join(dir, 'sessions-4.jsonl'),
      [{ put: session(2) }, { put: session(3) }, { del: hash(2) }]
        .map((l) => JSON.stringify(l))
        .join('\n') + '\n',
    );
    const store = await open();
    expect(await store.getSession(hash(1))).not.toBeNull();
    expect(await store.getSession(hash(2))).toBeNull();
    expect(await store.getSession(hash(3))).not.toBeNull();
    // Opening folded the old log into the snapshot and went on in a new one.
    expect(logs()).toEqual(['sessions-5.jsonl']);
    expect(
      snapshot()
        .map((s) => s.tokenHash)
        .sort(),
    ).toEqual([hash(1), hash(3)].sort());
    await store.close();
  });

  test('the logs are folded into sessions.json once they are long; expired sessions go then', async () => {
    const store = await open();
    await store.putSession(session(0, 'u0', DAY));
    // 999 lines, then the 1,000th (two days later) starts the fold.
    for (let i = 1; i < 999; i++) await store.putSession(session(i, 'u0', 30 * DAY));
    clock = NOW + 2 * DAY;
    await store.putSession(session(1000));
    await new Promise((r) => setTimeout(r, 200));
    expect(logs()).toHaveLength(1);
    const kept = snapshot().map((s) => s.tokenHash);
    expect(kept).toHaveLength(999);
    expect(kept).toContain(hash(1000));
    expect(kept).not.toContain(hash(0));
    expect(await store.getSession(hash(0))).toBeNull();
    await store.close();
    const again = await open();
    expect(await again.getSession(hash(998))).not.toBeNull();
    expect(await again.getSession(hash(0))).toBeNull();
    await again.close();
  });
});
