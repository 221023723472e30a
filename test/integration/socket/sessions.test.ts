/**
 * An open connection is only as good as its login session: logging out, a new password or the
 * session running out closes it, and a changed role or group applies to its next event.
 */
import {
  ADMIN_PASSWORD,
  call,
  startTestApp,
  type ClientSocket,
  type TestApp,
} from '../../helpers/app';
import { io as connect } from 'socket.io-client';
import { SESSION_DAYS } from '../../../server/app/accounts';

type Ack = {
  ok: boolean;
  error?: { code: string; message: string };
  attempt?: { id: string; group?: string };
};

const closedByServer = (socket: ClientSocket) =>
  new Promise<string>((resolve) => socket.once('disconnect', (reason) => resolve(reason)));

describe('socket sessions', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(() => t.close());

  test('logging out closes the connections of that session, not those of another login', async () => {
    const cookie = await t.createUser('lena');
    const other = await t.login('lena', 'lena-password');
    const s = await t.socket(cookie);
    const kept = await t.socket(other);
    const closed = closedByServer(s);
    const res = await fetch(`${t.url}/api/logout`, { method: 'POST', headers: { cookie } });
    expect(res.status).toBeLessThan(300);
    expect(await closed).toBe('io server disconnect');
    const started = await call<Ack>(kept, 'attempt:start', {
      scenarioId: 'en-double-charge',
      mode: 'coach',
    });
    expect(started.ok).toBe(true);
    // And the old cookie cannot open a new one.
    await expect(t.socket(cookie)).rejects.toThrow(/unauthorized/);
  });

  test('a group given by the admin applies to the next attempt started on an open connection', async () => {
    const cookie = await t.createUser('gleb');
    const s = await t.socket(cookie);
    const admin = await t.login('admin', ADMIN_PASSWORD);
    const res = await fetch(`${t.url}/api/users/gleb`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', cookie: admin },
      body: JSON.stringify({ group: 'north' }),
    });
    expect(res.status).toBe(200);
    const started = await call<Ack>(s, 'attempt:start', {
      scenarioId: 'en-double-charge',
      mode: 'exam',
    });
    const read = (await (
      await fetch(`${t.url}/api/attempts/${started.attempt!.id}`, { headers: { cookie: admin } })
    ).json()) as { attempt: { group?: string } };
    expect(read.attempt.group).toBe('north');
  });

  test('a connection whose session has run out is refused at its next event and closed', async () => {
    const cookie = await t.createUser('olga');
    const s = await t.socket(cookie);
    await t.clock.advance(SESSION_DAYS * 86_400_000 + 1);
    const closed = closedByServer(s);
    const r = await call<Ack>(s, 'attempt:start', {
      scenarioId: 'en-double-charge',
      mode: 'coach',
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await closed).toBe('io server disconnect');
  });

  test('a handshake from a page of another origin is refused, even with the cookie', async () => {
    const cookie = await t.createUser('oleg');
    const from = (origin?: string) =>
      new Promise<string>((resolve) => {
        const s = connect(t.url, {
          transports: ['websocket'],
          extraHeaders: { cookie, ...(origin ? { origin } : {}) },
          reconnection: false,
          forceNew: true,
        });
        s.once('connect', () => {
          s.disconnect();
          resolve('connected');
        });
        s.once('connect_error', () => resolve('refused'));
      });
    expect(await from('http://evil.example')).toBe('refused');
    expect(await from(t.url.replace('127.0.0.1', 'sub.127.0.0.1.nip.io'))).toBe('refused');
    expect(await from(t.url)).toBe('connected');
    expect(await from()).toBe('connected'); // not a browser
  });

  test("a new admin password at a restart ends the old password's sessions", async () => {
    const first = await startTestApp({ adminPassword: 'old-password-1' });
    const dataDir = first.dataDir;
    const cookie = await first.login('admin', 'old-password-1');
    await first.close();
    const second = await startTestApp({ dataDir, adminPassword: 'new-password-2' });
    try {
      const me = await fetch(`${second.url}/api/me`, { headers: { cookie } });
      expect(me.status).toBe(401);
      await second.login('admin', 'new-password-2');
    } finally {
      await second.close();
    }
  });
});
