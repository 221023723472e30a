import fsp from 'node:fs/promises';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LowdbStore } from '../../../server/store/lowdb-store';
import type { AttemptRecord } from '../../../server/store/port';
import { activeAttempt } from '../../helpers/records';

const attempt = (messages: number) => activeAttempt(messages);

describe('store journal: each entry carries only the new messages, and a crash loses no acknowledged one', () => {
  test('deltas after a checkpoint replay on top of the snapshot file', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sparring-journal-'));
    const crashed = await LowdbStore.open({ dataDir });
    await crashed.putAttempt(attempt(3));
    await crashed.checkpoint(); // snapshot with 3 messages, first journal dropped
    await crashed.putAttempt(attempt(5)); // journal entry with messages 3..4 only
    await crashed.putAttempt(attempt(6));
    // No close(): the process "dies" here. A new store on the same folder replays the journal.
    const reopened = await LowdbStore.open({ dataDir });
    try {
      const back = await reopened.getAttempt(attempt(0).id);
      expect(back!.messages.map((m) => m.text)).toEqual([
        'line 0',
        'line 1',
        'line 2',
        'line 3',
        'line 4',
        'line 5',
      ]);
      expect((await reopened.listAttempts())[0]).toMatchObject({
        id: attempt(0).id,
        status: 'active',
      });
      expect(
        readdirSync(join(dataDir, 'attempts')).filter((f) => f.startsWith('journal-')),
      ).toHaveLength(1);
    } finally {
      await reopened.close();
    }
  });

  test("lines after an attempt's first leave out the fields fixed at its start, and replaying puts them back", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sparring-journal-'));
    const crashed = await LowdbStore.open({ dataDir });
    const first = attempt(1);
    await crashed.putAttempt(first);
    await crashed.putAttempt({ ...attempt(2), state: { ...first.state, mood: 61 } });
    await crashed.putAttempt({ ...attempt(3), updatedAt: first.updatedAt + 5 });
    const journal = readdirSync(join(dataDir, 'attempts')).find((f) => f.startsWith('journal-'))!;
    const lines = readFileSync(join(dataDir, 'attempts', journal), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { from: number; rec: Record<string, unknown> });
    expect(lines.map((l) => [l.from, 'username' in l.rec, 'scenarioTitle' in l.rec])).toEqual([
      [0, true, true],
      // A line that starts from the first message is whole: replaying it needs nothing before it.
      [0, true, true],
      [1, false, false],
    ]);
    expect(lines.every((l) => l.rec.id === first.id && 'state' in l.rec)).toBe(true);
    // The process "dies" here; a new store rebuilds the whole record from the journal.
    const reopened = await LowdbStore.open({ dataDir });
    try {
      const back = await reopened.getAttempt(first.id);
      expect(back).toEqual({ ...attempt(3), updatedAt: first.updatedAt + 5 });
    } finally {
      await reopened.close();
    }
  });

  test('a later line whose first lines and snapshot are both gone is reported, not rebuilt without an owner', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sparring-journal-'));
    const { messages, userId, username, scenarioId, scenarioTitle, ...rest } = attempt(3);
    void [userId, username, scenarioId, scenarioTitle];
    await fsp.mkdir(join(dataDir, 'attempts'), { recursive: true });
    writeFileSync(
      join(dataDir, 'attempts', 'journal-1.jsonl'),
      `${JSON.stringify({ from: 2, rec: { ...rest, messages: messages.slice(2) } })}\n`,
    );
    const log: string[] = [];
    const store = await LowdbStore.open({ dataDir, log: (m) => log.push(m) });
    try {
      expect(log.join('\n')).toMatch(/has nothing before it on disk; not rebuilt/);
      expect(await store.getAttempt(attempt(0).id)).toBeNull();
      expect(await store.listAttempts()).toEqual([]);
    } finally {
      await store.close();
    }
  });

  test("the store's copy is its own: what the caller changes after a write is not read back, and a checkpoint writes what was stored", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sparring-journal-'));
    const store = await LowdbStore.open({ dataDir });
    try {
      const record = attempt(3);
      await store.putAttempt(record);
      // The caller goes on changing its live record, as the attempt service does.
      record.state.mood = 99;
      record.messages[2]!.mood = 99;
      record.messages.push({ ...record.messages[2]!, id: 'm3', seq: 4 });
      const read = await store.getAttempt(record.id);
      expect(read!.state.mood).toBe(50);
      expect(read!.messages.map((m) => m.mood)).toEqual([50, 50, 50]);
      read!.messages[0]!.text = 'changed by a reader';
      expect((await store.getAttempt(record.id))!.messages[0]!.text).toBe('line 0');
      // The next write starts from the last stored message (its mood may have changed) and adds the new one.
      await store.putAttempt(record);
      await store.checkpoint();
      const onDisk = JSON.parse(
        readFileSync(join(dataDir, 'attempts', record.id.slice(0, 2), `${record.id}.json`), 'utf8'),
      ) as AttemptRecord;
      expect(onDisk.state.mood).toBe(99);
      expect(onDisk.messages.map((m) => [m.id, m.mood])).toEqual([
        ['m0', 50],
        ['m1', 50],
        ['m2', 99],
        ['m3', 99],
      ]);
      expect(Object.keys(onDisk).sort()).toEqual(Object.keys(record).sort());
    } finally {
      await store.close();
    }
  });

  test('a shard folder removed while the store runs is made again for the next snapshot', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sparring-journal-'));
    const logs: string[] = [];
    const store = await LowdbStore.open({ dataDir, log: (m) => logs.push(m) });
    try {
      const first = { ...attempt(2), status: 'closed' as const };
      await store.putAttempt(first);
      await store.checkpoint();
      const shard = join(dataDir, 'attempts', first.id.slice(0, 2));
      expect(readdirSync(shard)).toEqual([`${first.id}.json`]);
      rmSync(shard, { recursive: true });
      const second = { ...attempt(3), id: `${first.id.slice(0, -1)}2`, status: 'closed' as const };
      await store.putAttempt(second);
      await store.checkpoint();
      await store.checkpoint();
      expect(readdirSync(shard)).toEqual([`${second.id}.json`]);
    } finally {
      await store.close();
    }
  });

  test("a close while a checkpoint is still writing the same attempt's snapshot is never overwritten by the older state", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sparring-journal-'));
    const store = await LowdbStore.open({ dataDir });
    const record = attempt(2);
    const snapshot = join(dataDir, 'attempts', record.id.slice(0, 2), `${record.id}.json`);
    // The checkpoint's write of the active attempt is held up just before its rename lands.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let holding = true;
    const realRename = fsp.rename;
    const rename = jest.spyOn(fsp, 'rename').mockImplementation(async (from, to) => {
      if (holding && to === snapshot) {
        holding = false;
        await held;
      }
      return realRename(from, to);
    });
    try {
      await store.putAttempt(record);
      const checkpoint = store.checkpoint();
      await new Promise((r) => setTimeout(r, 20)); // the active state's snapshot is on its way
      await store.putAttempt({ ...record, status: 'closed', closedAt: 9 });
      await new Promise((r) => setTimeout(r, 20));
      release();
      await checkpoint;
      // Another attempt's write and checkpoint drop the journal that held the close.
      await store.putAttempt({ ...attempt(1), id: `${record.id.slice(0, -1)}2` });
      await store.checkpoint();
      expect((await store.getAttempt(record.id))!.status).toBe('closed');
      expect((JSON.parse(readFileSync(snapshot, 'utf8')) as AttemptRecord).status).toBe('closed');
    } finally {
      rename.mockRestore();
      await store.close();
    }
  });

  test('a closed attempt is in its snapshot file when the write returns; with fsync it follows in the background', async () => {
    for (const fsync of [false, true]) {
      const dataDir = mkdtempSync(join(tmpdir(), 'sparring-journal-'));
      const store = await LowdbStore.open({ dataDir, fsync });
      const record = { ...attempt(3), status: 'closed' as const, closedAt: 9 };
      const snapshot = join(dataDir, 'attempts', record.id.slice(0, 2), `${record.id}.json`);
      try {
        await store.putAttempt(record);
        if (fsync) await new Promise((r) => setTimeout(r, 100));
        const onDisk = JSON.parse(readFileSync(snapshot, 'utf8')) as AttemptRecord;
        expect(onDisk.status).toBe('closed');
        expect(onDisk.messages).toHaveLength(3);
        expect(readdirSync(join(dataDir, 'attempts', record.id.slice(0, 2)))).toEqual([
          `${record.id}.json`,
        ]); // no temporary file left behind
      } finally {
        await store.close();
      }
    }
  });

  test('a clean close leaves snapshots and no journal entries behind', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sparring-journal-'));
    const store = await LowdbStore.open({ dataDir });
    await store.putAttempt(attempt(2));
    await store.putAttempt(attempt(4));
    await store.close();
    const again = await LowdbStore.open({ dataDir });
    try {
      expect((await again.getAttempt(attempt(0).id))!.messages).toHaveLength(4);
    } finally {
      await again.close();
    }
  });

  test('a summary line lost from the index is rebuilt from the journal at the next start', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sparring-journal-'));
    const index = join(dataDir, 'attempts', 'index.jsonl');
    const crashed = await LowdbStore.open({ dataDir });
    await crashed.putAttempt(attempt(2));
    await new Promise((r) => setTimeout(r, 50)); // the "active" line is written in the background
    const before = readFileSync(index, 'utf8');
    expect(before).toContain('"status":"active"');
    await crashed.putAttempt({ ...attempt(3), status: 'closed' });
    await new Promise((r) => setTimeout(r, 50));
    writeFileSync(index, before); // the "closed" line never made it to the disk
    const reopened = await LowdbStore.open({ dataDir });
    try {
      expect((await reopened.listAttempts())[0]).toMatchObject({ status: 'closed' });
      expect(readFileSync(index, 'utf8')).toContain('"status":"closed"');
    } finally {
      await reopened.close();
    }
  });

  test('expired login sessions are dropped by the application clock, not the wall clock', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sparring-journal-'));
    const t0 = Date.UTC(2020, 0, 1);
    const session = {
      tokenHash: 'h1',
      userId: 'u1',
      createdAt: new Date(t0).toISOString(),
      expiresAt: new Date(t0 + 60_000).toISOString(),
    };
    const first = await LowdbStore.open({ dataDir, now: () => t0 });
    await first.putSession(session);
    await first.close();
    const sameDay = await LowdbStore.open({ dataDir, now: () => t0 + 1000 });
    expect(await sameDay.getSession('h1')).toMatchObject({ userId: 'u1' });
    await sameDay.close();
    const later = await LowdbStore.open({ dataDir, now: () => t0 + 120_000 });
    expect(await later.getSession('h1')).toBeNull();
    await later.close();
  });

  test('after a clean restart, a chat in progress is listed as it was last stored, not as it started', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sparring-journal-'));
    const first = await LowdbStore.open({ dataDir });
    await first.putAttempt(attempt(1));
    const later = attempt(4);
    later.state = { ...later.state, mood: 85 };
    await first.putAttempt(later);
    await first.close();
    const again = await LowdbStore.open({ dataDir });
    try {
      expect((await again.listAttempts())[0]).toMatchObject({ status: 'active', finalMood: 85 });
    } finally {
      await again.close();
    }
  });
});
