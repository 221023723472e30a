import { ADMIN_PASSWORD, body, startTestApp, type TestApp } from '../../helpers/app';

describe('HTTP API', () => {
  let t: TestApp;
  let admin: string;
  let trainee: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin', ADMIN_PASSWORD);
    trainee = await t.createUser('tanya');
  });
  afterAll(() => t.close());
  const get = (path: string, cookie?: string) =>
    fetch(`${t.url}${path}`, { headers: cookie ? { cookie } : {} });
  const post = (path: string, body: unknown, cookie?: string) =>
    fetch(`${t.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    });

  test('GET /health', async () => {
    const res = await get('/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  test('login sets an httpOnly SameSite cookie; a wrong password is 401 in the error shape', async () => {
    const res = await post('/api/login', { username: 'admin', password: ADMIN_PASSWORD });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const bad = await post('/api/login', { username: 'admin', password: 'nope-nope' });
    expect(bad.status).toBe(401);
    expect(await bad.json()).toEqual({
      ok: false,
      error: { code: 'unauthorized', message: expect.any(String) },
    });
  });

  test('security headers are set', async () => {
    const res = await get('/health');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  test('users: admin creates (201), others are refused (403), anonymous 401', async () => {
    const created = await post(
      '/api/users',
      { username: 'newbie', password: 'newbie-pass', role: 'trainee' },
      admin,
    );
    expect(created.status).toBe(201);
    expect((await body(created)).user).toMatchObject({ username: 'newbie', role: 'trainee' });
    expect(
      (await post('/api/users', { username: 'x2', password: 'xxxxxxxx', role: 'admin' }, trainee))
        .status,
    ).toBe(403);
    expect(
      (await post('/api/users', { username: 'x3', password: 'xxxxxxxx', role: 'admin' })).status,
    ).toBe(401);
    const dup = await post(
      '/api/users',
      { username: 'newbie', password: 'newbie-pass', role: 'trainee' },
      admin,
    );
    expect(dup.status).toBe(409);
    const badRole = await post(
      '/api/users',
      { username: 'x4', password: 'xxxxxxxx', role: 'king' },
      admin,
    );
    expect(badRole.status).toBe(400);
    expect((await body(badRole)).error.message).toMatch(/role/);
  });

  test('scenarios: the library with id, title, language, difficulty, tags, valid', async () => {
    const res = await get('/api/scenarios', trainee);
    const lib = await body(res);
    expect(lib.ok).toBe(true);
    expect(lib.scenarios.length).toBeGreaterThanOrEqual(10);
    for (const s of lib.scenarios) {
      expect(s).toEqual(
        expect.objectContaining({
          id: expect.any(String),
          title: expect.any(String),
          language: expect.stringMatching(/^(en|ru)$/),
          difficulty: expect.any(Number),
          tags: expect.any(Array),
          valid: true,
        }),
      );
    }
    expect((await get('/api/scenarios')).status).toBe(401);
    const one = await body(await get('/api/scenarios/ru-third-time', trainee));
    expect(one.scenario).toMatchObject({ id: 'ru-third-time', language: 'ru' });
    expect(one.scenario.brief).not.toMatch(/\{persona\./);
  });

  test('attempts: a trainee gets their own; staff everyone; unknown ids 404', async () => {
    expect((await body(await get('/api/attempts', trainee))).attempts).toEqual([]);
    expect((await get('/api/attempts/does-not-exist', trainee)).status).toBe(404);
    expect((await get('/api/attempts', admin)).status).toBe(200);
  });

  test('bad JSON and unknown routes answer in the error shape', async () => {
    const res = await fetch(`${t.url}/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{nope',
    });
    expect(res.status).toBe(400);
    expect((await body(res)).error.code).toBe('bad_request');
    const missing = await get('/api/nothing-here', admin);
    expect(missing.status).toBe(404);
    expect((await body(missing)).ok).toBe(false);
  });

  test('logout ends the login session', async () => {
    const cookie = await t.login('tanya', 'tanya-password');
    expect((await get('/api/me', cookie)).status).toBe(200);
    await post('/api/logout', {}, cookie);
    expect((await get('/api/me', cookie)).status).toBe(401);
  });

  test('login attempts are rate limited', async () => {
    const limited = await startTestApp({ loginLimit: 3 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await fetch(`${limited.url}/api/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: 'admin', password: 'wrong-password' }),
        });
        statuses.push(res.status);
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await limited.close();
    }
  });
});
