import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LowdbStore } from '../../../server/store/lowdb-store';
import type { AttemptRecord } from '../../../server/store/port';

function attempt(messages: number): AttemptRecord {
  return {
    id: '00000000-aaaa-bbbb-cccc-000000000001',
    userId: 'u1',
    username: 'una',
    scenarioId: 'en-double-charge',
    scenarioTitle: 'Charged twice',
    language: 'en',
    mode: 'exam',
    seed: 1,
    status: 'active',
    state: {
      status: 'active',
      step: 'opening',
      mood: 50,
      ending: null,
      outcome: null,
      rng: 1,
      turns: messages,
      stepTurns: {},
      silences: 0,
    },
    messages: Array.from({ length: messages }, (_, i) => ({
      id: `m${i}`,
      seq: i + 1,
      role: i % 2 ? 'agent' : 'customer',
      text: `line ${i}`,
      at: i,
      kind: 'text',
      step: 'opening',
      mood: 50,
    })),
    createdAt: 1,
    updatedAt: 1,
  };
}

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
});
