import { readdirSync, writeFileSync, readFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { body, call, startTestApp } from '../../helpers/app';
import { FakeClock } from '../../helpers/fake-clock';

type Ack = { ok: boolean; attempt?: { id: string }; error?: { code: string; message: string } };

describe('a damaged store is detected, kept aside and reported', () => {
  test('a truncated attempt file: clear error, file kept aside, everything else works', async () => {
    const clock = new FakeClock();
    const first = await startTestApp({ clock });
    const cookie = await first.createUser('dora');
    const s = await first.socket(cookie);
    const damaged = (
      await call<Ack>(s, 'attempt:start', {
        scenarioId: 'en-double-charge',
        mode: 'coach',
        seed: 1,
      })
    ).attempt!.id;
    const healthy = (
      await call<Ack>(s, 'attempt:start', {
        scenarioId: 'en-double-charge',
        mode: 'coach',
        seed: 2,
      })
    ).attempt!.id;
    await first.close();

    const shard = join(first.dataDir, 'attempts', damaged.slice(0, 2));
    const file = join(shard, `${damaged}.json`);
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 40)); // torn in the middle
    appendFileSync(join(first.dataDir, 'attempts', 'index.jsonl'), '{"id": "half a line'); // torn index line
    const logs: string[] = [];
    const second = await startTestApp({
      clock,
      dataDir: first.dataDir,
      log: (m: string) => logs.push(m),
    });
    try {
      const s2 = await second.socket(cookie);
      const r = await call<Ack>(s2, 'attempt:resume', { attemptId: damaged });
      expect(r).toMatchObject({ ok: false, error: { code: 'storage_unavailable' } });
      expect(r.error!.message).toMatch(/set aside/);
      expect(readdirSync(shard).some((f) => f.startsWith(`${damaged}.json.corrupt-`))).toBe(true);
      expect(logs.join('\n')).toMatch(/is corrupt .*moved aside/);
      expect(logs.join('\n')).toMatch(/skipped 1 unreadable line/);
      expect((await call<Ack>(s2, 'attempt:resume', { attemptId: healthy })).ok).toBe(true);
      expect((await fetch(`${second.url}/api/attempts`, { headers: { cookie } })).status).toBe(200);
      const list = await body(await fetch(`${second.url}/api/attempts`, { headers: { cookie } }));
      expect(list.ok).toBe(true);
    } finally {
      await second.close();
    }
  });

  test('a corrupt users file is kept aside and the server still starts (admin from the environment)', async () => {
    const first = await startTestApp();
    await first.close();
    writeFileSync(join(first.dataDir, 'users.json'), '{"users": [ not json');
    const logs: string[] = [];
    const second = await startTestApp({ dataDir: first.dataDir, log: (m: string) => logs.push(m) });
    try {
      expect((await fetch(`${second.url}/health`)).status).toBe(200);
      expect(readdirSync(first.dataDir).some((f) => f.startsWith('users.json.corrupt-'))).toBe(
        true,
      );
      expect(logs.join('\n')).toMatch(/users\.json is corrupt/);
      await second.login('admin', 'admin-pass-123');
    } finally {
      await second.close();
    }
  });
});

describe('a full or read-only disk', () => {
  test('a write that fails is refused with a clear error, and nothing half-written is kept', async () => {
    const { LowdbStore } = await import('../../../server/store/lowdb-store');
    const { StoreError } = await import('../../../server/store/durable-file');
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dataDir = mkdtempSync(join(tmpdir(), 'sparring-full-'));
    const store = await LowdbStore.open({ dataDir });
    let full = false;
    const realPut = store.putAttempt.bind(store);
    store.putAttempt = async (a) => {
      if (full)
        throw new StoreError(
          `cannot write ${dataDir}/attempts/x.json: ENOSPC: no space left on device`,
          dataDir,
          'unwritable',
        );
      return realPut(a);
    };
    const t = await startTestApp({ dataDir, store });
    try {
      const cookie = await t.createUser('fay');
      const s = await t.socket(cookie);
      const id = (
        await call<Ack>(s, 'attempt:start', {
          scenarioId: 'en-double-charge',
          mode: 'coach',
          seed: 1,
        })
      ).attempt!.id;
      expect(
        (
          await call<Ack>(s, 'agent:message', {
            attemptId: id,
            text: 'First reply, stored.',
            clientId: 'a',
          })
        ).ok,
      ).toBe(true);
      full = true;
      const refused = await call<Ack>(s, 'agent:message', {
        attemptId: id,
        text: 'Second reply, disk full.',
        clientId: 'b',
      });
      expect(refused).toMatchObject({ ok: false, error: { code: 'storage_unavailable' } });
      expect(refused.error!.message).toMatch(/could not be saved/);
      full = false;
      const resumed = (
        await call<Ack & { attempt: { messages: Array<{ clientId?: string }> } }>(
          s,
          'attempt:resume',
          { attemptId: id },
        )
      ).attempt;
      expect(resumed.messages.filter((m) => m.clientId === 'b')).toHaveLength(0); // nothing half-stored
      // The client retries the unacknowledged message once the disk has room again.
      expect(
        (
          await call<Ack>(s, 'agent:message', {
            attemptId: id,
            text: 'Second reply, disk full.',
            clientId: 'b',
          })
        ).ok,
      ).toBe(true);
    } finally {
      await t.close();
    }
  });
});
