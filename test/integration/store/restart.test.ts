import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  emitAck,
  loginAt as login,
  socketAt as socketFor,
  spawnServer,
  waitExit,
} from '../../helpers/process';

import { body, type ClientSocket } from '../../helpers/app';

type Ack = {
  ok: boolean;
  attempt?: { id: string; messages: Array<{ id: string; clientId?: string; role: string }> };
  message?: { id: string };
};

const call = (s: ClientSocket, event: string, payload: unknown) =>
  emitAck<Ack>(s, event, payload, 5000);

describe('a server killed with SIGKILL and restarted on the same data folder', () => {
  test('keeps every acknowledged message, once, and the attempt resumes', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sparring-kill-'));
    const env = { DATA_DIR: dataDir, SPARRING_ADMIN_PASSWORD: 'admin-pass-123' };
    const first = await spawnServer(env);
    const admin = await login(first.url, 'admin', 'admin-pass-123');
    await fetch(`${first.url}/api/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: admin },
      body: JSON.stringify({ username: 'kim', password: 'kim-password', role: 'trainee' }),
    });
    const cookie = await login(first.url, 'kim', 'kim-password');
    const s = await socketFor(first.url, cookie);
    const attemptId = (
      await call(s, 'attempt:start', { scenarioId: 'ru-third-time', mode: 'coach', seed: 3 })
    ).attempt!.id;
    const acked: string[] = [];
    const replies = [
      'Здравствуйте! Вижу ваши обращения от 12.02 и 19.02, мне очень жаль, что приходится писать снова.',
      'Давайте я возьму заявку под личный контроль.',
      'Подскажите, в какое время вам удобно принять мастера?',
    ];
    for (const [i, text] of replies.entries()) {
      const r = await call(s, 'agent:message', { attemptId, text, clientId: `k${i}` });
      expect(r.ok).toBe(true);
      acked.push(r.message!.id);
    }
    // A message in flight when the process dies may or may not be stored; acked ones must be.
    (s as unknown as { emit: (e: string, p: unknown) => void }).emit('agent:message', {
      attemptId,
      text: 'в полёте',
      clientId: 'k-flight',
    });
    first.child.kill('SIGKILL');
    await waitExit(first.child);

    const second = await spawnServer(env);
    try {
      // The login session survived too: the same cookie works.
      const me = await fetch(`${second.url}/api/me`, { headers: { cookie } });
      expect((await body(me)).user.username).toBe('kim');
      const s2 = await socketFor(second.url, cookie);
      const resumed = await call(s2, 'attempt:resume', { attemptId });
      expect(resumed.ok).toBe(true);
      const ids = resumed.attempt!.messages.map((m) => m.id);
      for (const id of acked) expect(ids.filter((x) => x === id)).toHaveLength(1);
      expect(new Set(ids).size).toBe(ids.length);
      // The client retries what was never acked; the server stores it at most once.
      const retry = await call(s2, 'agent:message', {
        attemptId,
        text: 'в полёте',
        clientId: 'k-flight',
      });
      const again = await call(s2, 'agent:message', {
        attemptId,
        text: 'в полёте',
        clientId: 'k-flight',
      });
      expect(again.message!.id).toBe(retry.message!.id);
      const final = await call(s2, 'attempt:resume', { attemptId });
      expect(final.attempt!.messages.filter((m) => m.clientId === 'k-flight')).toHaveLength(1);
      s2.disconnect();
    } finally {
      second.child.kill('SIGTERM');
      await waitExit(second.child);
    }
  }, 60_000);

  test('an unusable data folder stops the start with a clear error', async () => {
    await expect(spawnServer({ DATA_DIR: '/etc/hostname/data' })).rejects.toThrow(
      /cannot start: the data folder \/etc\/hostname\/data is not writable/,
    );
  }, 30_000);

  test('without SPARRING_ADMIN_PASSWORD the first start prints a one-time admin password', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sparring-admin-'));
    const env: Record<string, string> = { DATA_DIR: dataDir, SPARRING_ADMIN_PASSWORD: '' };
    const first = await spawnServer(env);
    await new Promise((r) => setTimeout(r, 200));
    const m = /created user "admin" with password (\S+)/.exec(first.output());
    expect(m).not.toBeNull();
    expect(await login(first.url, 'admin', m![1]!)).toMatch(/^sparring_session=/);
    first.child.kill('SIGTERM');
    await waitExit(first.child);
    const second = await spawnServer(env);
    await new Promise((r) => setTimeout(r, 200));
    expect(second.output()).not.toMatch(/with password/);
    second.child.kill('SIGTERM');
    await waitExit(second.child);
  }, 60_000);
});
