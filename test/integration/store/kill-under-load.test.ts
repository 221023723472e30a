import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ClientSocket } from '../../helpers/app';
import {
  emitAck,
  loginAt as login,
  socketAt as socketFor,
  spawnServer,
  waitExit,
} from '../../helpers/process';

type Ack = {
  ok: boolean;
  attempt?: { id: string; messages: Array<{ id: string; clientId?: string }> };
  message?: { id: string };
  error?: { code: string };
};

const call = (s: ClientSocket, event: string, payload: unknown) =>
  emitAck<Ack>(s, event, payload, 4000);

const CLIENTS = 12;

/** A new trainee account, signed in, connected, with an exam attempt started (scenario by `i`). */
async function traineeInExam(url: string, admin: string, username: string, i: number) {
  await fetch(`${url}/api/users`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: admin },
    body: JSON.stringify({ username, password: 'load-password', role: 'trainee' }),
  });
  const cookie = await login(url, username, 'load-password');
  const s = await socketFor(url, cookie);
  const attemptId = (
    await call(s, 'attempt:start', {
      scenarioId: i % 2 ? 'ru-third-time' : 'en-double-charge',
      mode: 'exam',
      seed: i,
    })
  ).attempt!.id;
  return { cookie, s, attemptId };
}

describe('crash: SIGKILL while many trainees are writing', () => {
  test('after a restart, every acknowledged message is there exactly once and every attempt resumes', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sparring-crash-'));
    const env = { DATA_DIR: dataDir, SPARRING_ADMIN_PASSWORD: 'admin-pass-123' };
    const first = await spawnServer(env);
    const admin = await login(first.url, 'admin', 'admin-pass-123');
    const trainees = await Promise.all(
      Array.from({ length: CLIENTS }, async (_, i) => {
        const { cookie, s, attemptId } = await traineeInExam(first.url, admin, `load${i}`, i);
        return { cookie, s, attemptId, acked: [] as string[], sent: 0 };
      }),
    );
    let killed = false;
    const writers = trainees.map(async (tr, i) => {
      for (let k = 0; !killed && k < 500; k++) {
        tr.sent++;
        try {
          const r = await call(tr.s, 'agent:message', {
            attemptId: tr.attemptId,
            text: `message ${k} from trainee ${i}: I understand, let me check.`,
            clientId: `c${i}-${k}`,
          });
          if (r.ok) tr.acked.push(`c${i}-${k}`);
        } catch {
          break; // the server died mid-request: this one was never acknowledged
        }
      }
    });
    // Killed under load: at least 1.5 s of writing and more than three acknowledged messages per
    // trainee, however busy the machine (a fixed wait saw only 14 on a machine kept busy by others).
    const acked = () => trainees.reduce((n, tr) => n + tr.acked.length, 0);
    const started = Date.now();
    while ((acked() <= CLIENTS * 3 || Date.now() - started < 1500) && Date.now() - started < 20_000)
      await new Promise((r) => setTimeout(r, 50));
    killed = true;
    first.child.kill('SIGKILL');
    await waitExit(first.child);
    await Promise.all(writers);
    for (const tr of trainees) tr.s.disconnect();
    const totalAcked = trainees.reduce((n, tr) => n + tr.acked.length, 0);
    expect(totalAcked).toBeGreaterThan(CLIENTS * 3);

    const second = await spawnServer(env);
    try {
      for (const tr of trainees) {
        const s = await socketFor(second.url, tr.cookie);
        const resumed = await call(s, 'attempt:resume', { attemptId: tr.attemptId });
        expect(resumed.ok).toBe(true);
        const clientIds = resumed.attempt!.messages.flatMap((m) =>
          m.clientId ? [m.clientId] : [],
        );
        for (const id of tr.acked) expect(clientIds.filter((c) => c === id)).toHaveLength(1);
        expect(new Set(clientIds).size).toBe(clientIds.length);
        expect(new Set(resumed.attempt!.messages.map((m) => m.id)).size).toBe(
          resumed.attempt!.messages.length,
        );
        s.disconnect();
      }
    } finally {
      second.child.kill('SIGTERM');
      await waitExit(second.child);
    }
  }, 60_000);

  test('attempts closed just before a SIGKILL come back closed, with every acknowledged message', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sparring-crash-'));
    const env = { DATA_DIR: dataDir, SPARRING_ADMIN_PASSWORD: 'admin-pass-123' };
    const first = await spawnServer(env);
    const admin = await login(first.url, 'admin', 'admin-pass-123');
    const closed = await Promise.all(
      Array.from({ length: CLIENTS }, async (_, i) => {
        const { cookie, s, attemptId } = await traineeInExam(first.url, admin, `close${i}`, i);
        const acked: string[] = [];
        for (let k = 0; k < 3; k++) {
          const r = await call(s, 'agent:message', {
            attemptId,
            text: `message ${k}: I understand, let me check that for you.`,
            clientId: `x${i}-${k}`,
          });
          if (r.ok) acked.push(`x${i}-${k}`);
        }
        expect((await call(s, 'attempt:close', { attemptId })).ok).toBe(true);
        s.disconnect();
        return { cookie, attemptId, acked };
      }),
    );
    // Killed as soon as the last close is acknowledged: snapshots may still be on their way.
    first.child.kill('SIGKILL');
    await waitExit(first.child);

    const second = await spawnServer(env);
    try {
      for (const tr of closed) {
        const s = await socketFor(second.url, tr.cookie);
        const resumed = (await call(s, 'attempt:resume', { attemptId: tr.attemptId })) as Ack & {
          attempt?: { status: string };
        };
        expect(resumed.ok).toBe(true);
        expect(resumed.attempt!.status).toBe('closed');
        const clientIds = resumed.attempt!.messages.flatMap((m) =>
          m.clientId ? [m.clientId] : [],
        );
        expect(clientIds).toEqual(tr.acked);
        s.disconnect();
      }
    } finally {
      second.child.kill('SIGTERM');
      await waitExit(second.child);
    }
  }, 60_000);
});
