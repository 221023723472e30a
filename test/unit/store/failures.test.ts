/**
 * The store when the disk refuses: a failed checkpoint, journal rotation or write must never let an
 * older state come back (in memory, or at the next start by replaying a journal over newer snapshots).
 */
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LowdbStore } from '../../../server/store/lowdb-store';
import type { AttemptRecord } from '../../../server/store/port';
import { activeAttempt, ATTEMPT_ID } from '../../helpers/records';

const ID = ATTEMPT_ID;
const OTHER = '00000000-aaaa-bbbb-cccc-000000000002';

const attempt = activeAttempt;

const closed = (messages: number, id = ID): AttemptRecord => ({
  ...attempt(messages, id),
  status: 'closed',
  closedAt: 9,
});

const refused = (code: string) => Object.assign(new Error(`${code}: refused`), { code });
const snapshotPath = (dataDir: string) => join(dataDir, 'attempts', ID.slice(0, 2), `${ID}.json`);
const journals = (dataDir: string) =>
  readdirSync(join(dataDir, 'attempts')).filter((f) => f.startsWith('journal-'));

async function reopened(dataDir: string, fsync = false) {
  const store = await LowdbStore.open({ dataDir, fsync });
  try {
    const back = await store.getAttempt(ID);
    const listed = (await store.listAttempts()).find((s) => s.id === ID);
    return { messages: back!.messages.length, status: back!.status, listed: listed!.status };
  } finally {
    await store.close();
  }
}

afterEach(() => jest.restoreAllMocks());

describe('store: a refused disk operation never brings an older state back', () => {
  test('after a failed checkpoint, the next one deletes its journal too: a restart does not replay it over newer snapshots', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sparring-failures-'));
    const store = await LowdbStore.open({ dataDir, log: () => undefined });
    const rename = fsp.rename;
    let fail = true;
    jest.spyOn(fsp, 'rename').mockImplementation(async (from, to) => {
      if (fail && to === snapshotPath(dataDir)) {
        fail = false;
        throw refused('ENOSPC');
      }
      return rename(from, to);
    });
    await store.putAttempt(attempt(2));
    await store.checkpoint(); // the snapshot is refused: this journal must stay for now
    expect(journals(dataDir)).toHaveLength(2);
    await store.putAttempt(closed(4)); // the close is written in the next journal
    await store.putAttempt(attempt(1, OTHER));
    await store.checkpoint();
    expect(journals(dataDir)).toHaveLength(1); // only the current one
    await store.close();
    expect(await reopened(dataDir)).toEqual({ messages: 4, status: 'closed', listed: 'closed' });
  });

  test('a journal that cannot be opened at rotation leaves appends in the current one, and it is deleted later, not stranded', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sparring-failures-'));
    const store = await LowdbStore.open({ dataDir });
    const open = fsp.open;
    let fail = true;
    jest.spyOn(fsp, 'open').mockImplementation((async (path: string, ...rest: []) => {
      if (fail && String(path).endsWith('journal-2.jsonl')) {
        fail = false;
        throw refused('EMFILE');
      }
      return (open as (p: string, ...r: []) => Promise<fs.promises.FileHandle>)(path, ...rest);
    }) as typeof fsp.open);
    await store.putAttempt(attempt(2));
    await expect(store.checkpoint()).rejects.toThrow(/EMFILE/);
    await store.putAttempt(attempt(4));
    await store.checkpoint();
    await store.putAttempt(attempt(6));
    await store.checkpoint();
    await store.close();
    expect(await reopened(dataDir)).toEqual({ messages: 6, status: 'active', listed: 'active' });
  });

  test('a journal that cannot be deleted is tried again at the next checkpoint', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sparring-failures-'));
    const logs: string[] = [];
    const store = await LowdbStore.open({ dataDir, log: (m) => logs.push(m) });
    const unlink = fsp.unlink;
    let fail = true;
    jest.spyOn(fsp, 'unlink').mockImplementation(async (path) => {
      if (fail && String(path).endsWith('journal-1.jsonl')) {
        fail = false;
        throw refused('EBUSY');
      }
      return unlink(path);
    });
    await store.putAttempt(attempt(2));
    await store.checkpoint();
    expect(journals(dataDir)).toEqual(['journal-1.jsonl', 'journal-2.jsonl']);
    expect(logs.join('\n')).toMatch(/cannot delete .*journal-1\.jsonl/);
    await store.putAttempt(attempt(4));
    await store.checkpoint();
    expect(journals(dataDir)).toEqual(['journal-3.jsonl']);
    await store.close();
    expect(await reopened(dataDir)).toEqual({ messages: 4, status: 'active', listed: 'active' });
  });

  test.each([false, true])(
    'a failed write does not undo a newer write of the same attempt that succeeded (fsync %s)',
    async (fsync) => {
      const dataDir = mkdtempSync(join(tmpdir(), 'sparring-failures-'));
      const store = await LowdbStore.open({ dataDir, fsync });
      await store.putAttempt(attempt(2));
      if (fsync) {
        // The first group commit's fsync fails a moment later, while the newer write waits for the next.
        const handle = await fsp.open(__filename, 'r');
        const proto = Object.getPrototypeOf(handle) as { sync: () => Promise<void> };
        await handle.close();
        const sync = proto.sync;
        let fail = true;
        jest.spyOn(proto, 'sync').mockImplementation(async function (this: unknown) {
          if (!fail) return sync.call(this);
          fail = false;
          await new Promise((r) => setTimeout(r, 30));
          throw refused('EIO');
        });
      } else {
        const writeSync = fs.writeSync;
        let fail = true;
        jest.spyOn(fs, 'writeSync').mockImplementation(((...args: Parameters<typeof writeSync>) => {
          if (!fail) return (writeSync as (...a: unknown[]) => number)(...args);
          fail = false;
          throw refused('ENOSPC');
        }) as typeof fs.writeSync);
      }
      const first = store.putAttempt(attempt(4));
      if (fsync) await new Promise((r) => setTimeout(r, 10));
      const second = store.putAttempt(closed(6));
      await expect(first).rejects.toThrow();
      await second;
      jest.restoreAllMocks();
      const now = (await store.getAttempt(ID))!;
      expect([now.messages.length, now.status]).toEqual([6, 'closed']);
      await store.checkpoint();
      await store.close();
      expect(await reopened(dataDir, fsync)).toEqual({
        messages: 6,
        status: 'closed',
        listed: 'closed',
      });
    },
  );

  test('an attempt read back after a restart is a copy: changes its reader does not store are never served', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sparring-failures-'));
    const first = await LowdbStore.open({ dataDir });
    await first.putAttempt(attempt(2));
    await first.close();
    const store = await LowdbStore.open({ dataDir });
    try {
      const record = (await store.getAttempt(ID))!;
      record.messages.push({ ...record.messages[1]!, id: 'm2', seq: 3, text: 'never stored' });
      record.status = 'closed';
      jest.spyOn(fs, 'writeSync').mockImplementationOnce(() => {
        throw refused('ENOSPC');
      });
      await expect(store.putAttempt(record)).rejects.toThrow(/ENOSPC/);
      const back = (await store.getAttempt(ID))!;
      expect([back.messages.length, back.status]).toEqual([2, 'active']);
    } finally {
      await store.close();
    }
  });
});
