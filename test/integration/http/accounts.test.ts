/**
 * Account management: a user changes their own password; an admin resets a password, changes a
 * role, deactivates and reactivates a user; usernames are unique whatever their letter case; a
 * password is at least 8 characters and not all whitespace. Every change that takes a login away
 * ends the login sessions it should, and their open connections, at once.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hash } from '@node-rs/argon2';
import {
  ADMIN_PASSWORD,
  body,
  call,
  playAttempt,
  startTestApp,
  type ClientSocket,
  type TestApp,
} from '../../helpers/app';

const closedByServer = (socket: ClientSocket) =>
  new Promise<string>((resolve) => socket.once('disconnect', (reason) => resolve(reason)));

/** Events the server sent before it closed the connection. */
const endedReason = (socket: ClientSocket) =>
  new Promise<string>((resolve) =>
    (socket as unknown as { once(e: string, f: (p: { reason: string }) => void): void }).once(
      'session:ended',
      (p) => resolve(p.reason),
    ),
  );

describe('account management over HTTP', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin', ADMIN_PASSWORD);
  });
  afterAll(() => t.close());

  const send = (method: string, path: string, data: unknown, cookie?: string) =>
    fetch(`${t.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(data),
    });
  const me = (cookie: string) => fetch(`${t.url}/api/me`, { headers: { cookie } });
  const loginStatus = async (username: string, password: string) => {
    const res = await send('POST', '/api/login', { username, password });
    return { status: res.status, body: await body(res) };
  };
  const patch = (username: string, data: unknown, cookie = admin) =>
    send('PATCH', `/api/users/${encodeURIComponent(username)}`, data, cookie);

  describe('changing your own password', () => {
    test('needs the current password: a wrong or missing one is a 400 naming "current"', async () => {
      const cookie = await t.createUser('cora');
      const wrong = await send(
        'POST',
        '/api/me/password',
        { current: 'not-my-password', password: 'brand-new-pass' },
        cookie,
      );
      expect(wrong.status).toBe(400);
      expect((await body(wrong)).error).toEqual({
        code: 'bad_request',
        message: expect.stringMatching(/^current: /),
      });
      const missing = await send(
        'POST',
        '/api/me/password',
        { password: 'brand-new-pass' },
        cookie,
      );
      expect(missing.status).toBe(400);
      expect((await body(missing)).error.message).toMatch(/^current: /);
      // Nothing changed.
      expect((await loginStatus('cora', 'cora-password')).status).toBe(200);
    });

    test('the new password follows the rules of creation: 8 spaces or 7 characters are refused', async () => {
      const cookie = await t.createUser('cleo');
      for (const password of ['        ', 'short-7', '\t \n \t \n ', 'x'.repeat(201), 42]) {
        const res = await send(
          'POST',
          '/api/me/password',
          { current: 'cleo-password', password },
          cookie,
        );
        expect(res.status).toBe(400);
        expect((await body(res)).error.message).toMatch(/^password: /);
      }
      expect((await loginStatus('cleo', 'cleo-password')).status).toBe(200);
    });

    test('anonymous is refused with 401', async () => {
      const res = await send('POST', '/api/me/password', {
        current: ADMIN_PASSWORD,
        password: 'something-else',
      });
      expect(res.status).toBe(401);
    });

    test('success keeps this login session and its connection, and ends every other one and theirs', async () => {
      const current = await t.createUser('cyril');
      const other = await t.login('cyril', 'cyril-password');
      const keptSocket = await t.socket(current);
      const otherSocket = await t.socket(other);
      const closed = closedByServer(otherSocket);
      const reason = endedReason(otherSocket);
      const res = await send(
        'POST',
        '/api/me/password',
        { current: 'cyril-password', password: 'cyril-new-password' },
        current,
      );
      expect(res.status).toBe(200);
      expect((await body(res)).user).toMatchObject({ username: 'cyril', active: true });
      expect(await closed).toBe('io server disconnect');
      expect(await reason).toBe('password-changed');
      expect((await me(other)).status).toBe(401);
      expect((await me(current)).status).toBe(200);
      const started = await call<{ ok: boolean }>(keptSocket, 'attempt:start', {
        scenarioId: 'en-double-charge',
        mode: 'coach',
      });
      expect(started.ok).toBe(true);
      await expect(t.socket(other)).rejects.toThrow(/unauthorized/);
      expect((await loginStatus('cyril', 'cyril-password')).status).toBe(401);
      expect((await loginStatus('cyril', 'cyril-new-password')).status).toBe(200);
    });

    test('wrong current passwords are rate limited like logins', async () => {
      const limited = await startTestApp({ loginLimit: 3 });
      try {
        const cookie = await limited.createUser('rita');
        const statuses: number[] = [];
        for (let i = 0; i < 5; i++) {
          const res = await fetch(`${limited.url}/api/me/password`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie },
            body: JSON.stringify({ current: `guess-${i}-guess`, password: 'brand-new-pass' }),
          });
          statuses.push(res.status);
        }
        expect(statuses).toEqual([400, 400, 400, 429, 429]);
      } finally {
        await limited.close();
      }
    });
  });

  describe('an admin manages a user', () => {
    test("resetting a user's password ends all their login sessions and connections", async () => {
      const first = await t.createUser('petra');
      const second = await t.login('petra', 'petra-password');
      const sockets = [await t.socket(first), await t.socket(second)];
      const closed = sockets.map(closedByServer);
      const res = await patch('petra', { password: 'reset-by-admin' });
      expect(res.status).toBe(200);
      expect(await Promise.all(closed)).toEqual(['io server disconnect', 'io server disconnect']);
      expect((await me(first)).status).toBe(401);
      expect((await me(second)).status).toBe(401);
      expect((await loginStatus('petra', 'petra-password')).status).toBe(401);
      expect((await loginStatus('petra', 'reset-by-admin')).status).toBe(200);
    });

    test('a reset password follows the same rules', async () => {
      await t.createUser('pavel');
      for (const password of ['        ', 'short', '']) {
        const res = await patch('pavel', { password });
        expect(res.status).toBe(400);
        expect((await body(res)).error.message).toMatch(/^password: /);
      }
      expect((await loginStatus('pavel', 'pavel-password')).status).toBe(200);
    });

    test('a role change applies at once and shows in the list', async () => {
      const cookie = await t.createUser('rosa');
      expect((await fetch(`${t.url}/api/stats`, { headers: { cookie } })).status).toBe(403);
      const res = await patch('rosa', { role: 'hr' });
      expect(res.status).toBe(200);
      expect((await body(res)).user).toMatchObject({ username: 'rosa', role: 'hr', active: true });
      expect((await fetch(`${t.url}/api/stats`, { headers: { cookie } })).status).toBe(200);
      expect((await patch('rosa', { role: 'queen' })).status).toBe(400);
    });

    test('deactivating ends the sessions and connections at once; login then says the account is disabled', async () => {
      const cookie = await t.createUser('dora');
      const attemptId = await playAttempt(t, cookie, 'Hello, let me check that for you.');
      const s = await t.socket(cookie);
      const closed = closedByServer(s);
      const reason = endedReason(s);
      const res = await patch('dora', { active: false });
      expect(res.status).toBe(200);
      expect((await body(res)).user).toMatchObject({ username: 'dora', active: false });
      expect(await closed).toBe('io server disconnect');
      expect(await reason).toBe('account-disabled');
      expect((await me(cookie)).status).toBe(401);
      await expect(t.socket(cookie)).rejects.toThrow(/unauthorized/);

      // The right password: a clear "disabled"; a wrong one: the usual answer, nothing revealed.
      const right = await loginStatus('dora', 'dora-password');
      expect(right.status).toBe(401);
      expect(right.body.error).toEqual({ code: 'account_disabled', message: expect.any(String) });
      const wrong = await loginStatus('dora', 'not-her-password');
      expect(wrong.status).toBe(401);
      expect(wrong.body.error.code).toBe('unauthorized');

      // Still listed, with their attempts, in reports and exports.
      const users = (await body(await fetch(`${t.url}/api/users`, { headers: { cookie: admin } })))
        .users as Array<{ username: string; active: boolean }>;
      expect(users.find((u) => u.username === 'dora')).toMatchObject({ active: false });
      const attempt = await fetch(`${t.url}/api/attempts/${attemptId}`, {
        headers: { cookie: admin },
      });
      expect(attempt.status).toBe(200);
      const report = await fetch(`${t.url}/api/trainees/dora/report`, {
        headers: { cookie: admin },
      });
      expect(report.status).toBe(200);
      const csv = await (
        await fetch(`${t.url}/api/export?format=csv`, { headers: { cookie: admin } })
      ).text();
      expect(csv).toContain('dora');

      // Reactivated: the same password works again.
      const back = await patch('dora', { active: true });
      expect(back.status).toBe(200);
      expect((await body(back)).user).toMatchObject({ active: true });
      expect((await loginStatus('dora', 'dora-password')).status).toBe(200);
    });

    test('"active" must be true or false', async () => {
      await t.createUser('abel');
      const res = await patch('abel', { active: 'no' });
      expect(res.status).toBe(400);
      expect((await body(res)).error.message).toMatch(/^active: /);
    });

    test('an admin cannot demote, deactivate or reset the password of themself (400)', async () => {
      await t.createUser('ada', 'admin', 'ada-password');
      const ada = await t.login('ada', 'ada-password');
      for (const [data, field] of [
        [{ role: 'trainee' }, 'role'],
        [{ active: false }, 'active'],
        [{ password: 'my-new-password' }, 'password'],
      ] as const) {
        const res = await patch('ada', data, ada);
        expect(res.status).toBe(400);
        expect((await body(res)).error).toEqual({
          code: 'bad_request',
          message: expect.stringMatching(new RegExp(`^${field}: `)),
        });
      }
      // Saying what is already so is not a change.
      expect((await patch('ada', { role: 'admin', active: true }, ada)).status).toBe(200);
      expect((await me(ada)).status).toBe(200);
      expect((await loginStatus('ada', 'ada-password')).status).toBe(200);
    });

    test('the built-in admin stays an active admin', async () => {
      await t.createUser('alex', 'admin', 'alex-password');
      const alex = await t.login('alex', 'alex-password');
      expect((await patch('admin', { role: 'hr' }, alex)).status).toBe(403);
      expect((await patch('admin', { active: false }, alex)).status).toBe(403);
      expect((await me(admin)).status).toBe(200);
      // Asked by admin itself: the rule about oneself answers first.
      const own = await patch('admin', { active: false });
      expect(own.status).toBe(400);
      expect((await body(own)).error.message).toMatch(/^active: /);
    });

    test('another admin can be demoted and deactivated', async () => {
      const cookie = await t.createUser('amir', 'admin', 'amir-password');
      expect((await patch('amir', { role: 'trainer' })).status).toBe(200);
      expect((await patch('amir', { active: false })).status).toBe(200);
      expect((await me(cookie)).status).toBe(401);
    });

    test('an unknown user is 404', async () => {
      expect((await patch('nobody-here', { active: false })).status).toBe(404);
    });
  });

  describe('usernames and passwords', () => {
    test('usernames are unique whatever the letter case: a 409 naming the field', async () => {
      await t.createUser('tim.one');
      const res = await send(
        'POST',
        '/api/users',
        { username: 'TIM.ONE', password: 'tim-password', role: 'trainee' },
        admin,
      );
      expect(res.status).toBe(409);
      expect((await body(res)).error).toEqual({
        code: 'conflict',
        message: expect.stringMatching(/^username: .*tim\.one/),
      });
      const cyrillic = await send(
        'POST',
        '/api/users',
        { username: 'Анна', password: 'anna-password', role: 'trainee' },
        admin,
      );
      expect(cyrillic.status).toBe(201);
      const again = await send(
        'POST',
        '/api/users',
        { username: 'АННА', password: 'anna-password', role: 'trainee' },
        admin,
      );
      expect(again.status).toBe(409);
    });

    test('login accepts any letter case of the username', async () => {
      await t.createUser('Mixed.Case');
      for (const name of ['Mixed.Case', 'mixed.case', 'MIXED.CASE']) {
        const res = await loginStatus(name, 'Mixed.Case-password');
        expect(res).toMatchObject({ status: 200, body: { user: { username: 'Mixed.Case' } } });
      }
      await t.createUser('Ольга', 'trainee', 'olga-password');
      expect(await loginStatus('ОЛЬГА', 'olga-password')).toMatchObject({
        status: 200,
        body: { user: { username: 'Ольга' } },
      });
    });

    test('a password of 8 spaces (or any whitespace) is refused with a clear message', async () => {
      for (const password of ['        ', ' \t  \u00a0   ', '          ']) {
        const res = await send(
          'POST',
          '/api/users',
          { username: 'spacey', password, role: 'trainee' },
          admin,
        );
        expect(res.status).toBe(400);
        expect((await body(res)).error.message).toMatch(/^password: .*(space|whitespace)/);
      }
      const ok = await send(
        'POST',
        '/api/users',
        { username: 'spacey', password: ' a b c d ', role: 'trainee' },
        admin,
      );
      expect(ok.status).toBe(201);
    });

    test('failed logins of one username in any letter case share one rate limit', async () => {
      const limited = await startTestApp({ loginLimit: 3 });
      try {
        const statuses: number[] = [];
        for (const name of ['admin', 'Admin', 'ADMIN', 'aDmin', 'admiN']) {
          const res = await fetch(`${limited.url}/api/login`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ username: name, password: 'wrong-password' }),
          });
          statuses.push(res.status);
        }
        expect(statuses).toEqual([401, 401, 401, 429, 429]);
      } finally {
        await limited.close();
      }
    });
  });
});

describe('stored data with two usernames differing only in case', () => {
  let t: TestApp;
  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sparring-case-'));
    const user = async (id: string, username: string, password: string) => ({
      id,
      username,
      role: 'trainee',
      passwordHash: await hash(password),
      createdAt: '2025-01-01T00:00:00.000Z',
    });
    writeFileSync(
      join(dataDir, 'users.json'),
      JSON.stringify({
        users: [
          await user('u-lower', 'sam', 'lower-password'),
          await user('u-upper', 'Sam', 'upper-password'),
        ],
      }),
    );
    t = await startTestApp({ dataDir });
  });
  afterAll(() => t.close());

  const login = async (username: string, password: string) => {
    const res = await fetch(`${t.url}/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    return {
      status: res.status,
      user: ((await body(res)) as { user?: { username: string } }).user,
    };
  };

  test('the server starts and lists both', async () => {
    const admin = await t.login('admin', ADMIN_PASSWORD);
    const users = (await body(await fetch(`${t.url}/api/users`, { headers: { cookie: admin } })))
      .users as Array<{ username: string }>;
    expect(users.map((u) => u.username)).toEqual(expect.arrayContaining(['sam', 'Sam']));
  });

  test('login matches the exact-case name first', async () => {
    expect(await login('sam', 'lower-password')).toMatchObject({
      status: 200,
      user: { username: 'sam' },
    });
    expect(await login('Sam', 'upper-password')).toMatchObject({
      status: 200,
      user: { username: 'Sam' },
    });
    // The exact name wins: the other account's password does not open it.
    expect((await login('sam', 'upper-password')).status).toBe(401);
    expect((await login('Sam', 'lower-password')).status).toBe(401);
  });

  test('another letter case logs in to the account whose password it is', async () => {
    expect(await login('SAM', 'upper-password')).toMatchObject({
      status: 200,
      user: { username: 'Sam' },
    });
    expect(await login('sAm', 'lower-password')).toMatchObject({
      status: 200,
      user: { username: 'sam' },
    });
    expect((await login('SAM', 'neither-password')).status).toBe(401);
  });

  test('an admin can still manage each of them by its exact name', async () => {
    const admin = await t.login('admin', ADMIN_PASSWORD);
    const res = await fetch(`${t.url}/api/users/Sam`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', cookie: admin },
      body: JSON.stringify({ active: false }),
    });
    expect(res.status).toBe(200);
    expect((await body(res)).user).toMatchObject({ username: 'Sam', active: false });
    expect((await login('sam', 'lower-password')).status).toBe(200);
  });
});
