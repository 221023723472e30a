/**
 * The server's store writes snapshot files on a thread of its own (`snapshotThread`), so that a
 * close never holds up the event loop. The same guarantees must hold as on the calling thread: the
 * closed state lands, nothing is left half-written, a failure is reported and the journal keeps the
 * attempt, and a clean stop waits for every write.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LowdbStore } from '../../../server/store/lowdb-store';
import type { AttemptRecord } from '../../../server/store/port';
import { activeAttempt } from '../../helpers/records';

const closed = (messages: number, id?: string): AttemptRecord => {
  const record = { ...activeAttempt(messages), status: 'closed' as const, closedAt: 9 };
  return id ? { ...record, id } : record;
};
const snapshotOf = (dataDir: string, id: string) =>
  join(dataDir, 'attempts', id.slice(0, 2), `${id}.json`);

async function until(check: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('snapshot files written on their own thread', () => {
  test('a closed attempt lands in its snapshot file, readable all along, with no temporary file left', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sparring-writer-'));
    const store = await LowdbStore.open({ dataDir, snapshotThread: true });
    const record = closed(3);
    const snapshot = snapshotOf(dataDir, record.id);
    try {
      await store.putAttempt(record);
      // Readable at once, from memory or from the file, whichever is there.
      expect((await store.getAttempt(record.id))!.status).toBe('closed');
      await until(() => existsSync(snapshot));
      const onDisk = JSON.parse(readFileSync(snapshot, 'utf8')) as AttemptRecord;
      expect(onDisk.status).toBe('closed');
      expect(onDisk.messages).toHaveLength(3);
      expect(readdirSync(join(dataDir, 'attempts', record.id.slice(0, 2)))).toEqual([
        `${record.id}.json`,
      ]);
      expect((await store.getAttempt(record.id))!.messages).toHaveLength(3);
    } finally {
      await store.close();
    }
  });

  test('a clean stop waits for every write under way', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sparring-writer-'));
    const store = await LowdbStore.open({ dataDir, snapshotThread: true });
    const base = activeAttempt(0).id.slice(0, -3);
    const records = Array.from({ length: 200 }, (_, i) =>
      closed(2 + (i % 5), `${base}${String(i).padStart(3, '0')}`),
    );
    for (const r of records) await store.putAttempt(r);
    await store.close();
    for (const r of records) {
      const onDisk = JSON.parse(readFileSync(snapshotOf(dataDir, r.id), 'utf8')) as AttemptRecord;
      expect(onDisk.status).toBe('closed');
      expect(onDisk.messages).toHaveLength(r.messages.length);
    }
    const again = await LowdbStore.open({ dataDir });
    try {
      expect((await again.getAttempt(records[199]!.id))!.messages).toHaveLength(
        records[199]!.messages.length,
      );
    } finally {
      await again.close();
    }
  });

  test('a snapshot that cannot be written is reported, and the journal keeps the attempt for the next start', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sparring-writer-'));
    const logs: string[] = [];
    const record = closed(4);
    // A file where the attempt's shard folder should be: the folder cannot be made.
    const store = await LowdbStore.open({
      dataDir,
      snapshotThread: true,
      log: (m) => logs.push(m),
    });
    writeFileSync(join(dataDir, 'attempts', record.id.slice(0, 2)), 'in the way');
    await store.putAttempt(record);
    await until(() => logs.some((m) => m.includes(record.id)));
    expect(logs.join('\n')).toMatch(new RegExp(`snapshot of ${record.id} failed: cannot write`));
    expect((await store.getAttempt(record.id))!.status).toBe('closed');
    await store.close(); // its checkpoint fails too: the journal stays
    expect(logs.join('\n')).toMatch(/kept in the journal/);
    // The obstacle goes; the next start replays the journal into the snapshot.
    const { rmSync } = await import('node:fs');
    rmSync(join(dataDir, 'attempts', record.id.slice(0, 2)));
    const again = await LowdbStore.open({ dataDir, snapshotThread: true });
    try {
      const back = (await again.getAttempt(record.id))!;
      expect(back.status).toBe('closed');
      expect(back.messages).toHaveLength(4);
    } finally {
      await again.close();
    }
  });
});
