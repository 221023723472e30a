import { body, startTestApp, type TestApp } from '../../helpers/app';

describe('security: limits, traversal and names', () => {
  let t: TestApp;
  let admin: string;
  let trainer: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin', 'admin-pass-123');
    trainer = await t.createUser('trent', 'trainer');
  });
  afterAll(() => t.close());
  const post = (path: string, cookie: string, data: unknown) =>
    fetch(`${t.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify(data),
    });

  test('scenario uploads over 256 KB are refused; bodies over 300 KB too', async () => {
    const big = await post('/api/scenarios', trainer, {
      source: `title: "${'x'.repeat(263_000)}"`,
    });
    expect(big.status).toBe(400);
    expect((await body(big)).error.code).toBe('too_long');
    const huge = await post('/api/scenarios', trainer, { source: 'x'.repeat(400_000) });
    expect(huge.status).toBe(413);
    expect((await body(huge)).error.code).toBe('too_long');
  });

  test('an alias bomb upload is refused with a clear diagnostic', async () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...'bcdefghi'
        .split('')
        .map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
    ].join('\n');
    const res = await post('/api/scenarios/check', trainer, { source: bomb });
    const b = await body(res);
    expect(b.valid).toBe(false);
    expect(b.diagnostics[0].message).toMatch(/alias/i);
  });

  test.each([
    '/api/scenarios/..%2F..%2Fpackage.json/source',
    '/api/scenarios/%2E%2E/source',
    '/api/attempts/..%2F..%2Fusers',
    '/api/attempts/..%5C..%5Cusers',
  ])('path traversal is a plain not-found: %s', async (path) => {
    const res = await fetch(`${t.url}${path}`, { headers: { cookie: admin } });
    expect([400, 404]).toContain(res.status);
    const text = await res.text();
    expect(text).not.toMatch(/"dependencies"|passwordHash/);
  });

  test('a trainee name is only a filter: a path-like one finds nothing', async () => {
    const res = await fetch(`${t.url}/api/trainees/..%2F..%2Fadmin/report`, {
      headers: { cookie: admin },
    });
    expect((await body(res)).report).toMatchObject({ progress: [], weakPhrases: [] });
  });

  test('an upload file name is only a label: the file is stored under its id', async () => {
    const source =
      'id: traversal-check\nversion: 1\ntitle: T\nlanguage: en\npersona: {name: A}\nstart: a\nsteps:\n  a:\n    customer: hi\n    replies:\n      - if: {intent: greeting}\n        end: ok\nendings:\n  ok: {outcome: success}\n';
    const res = await post('/api/scenarios', trainer, {
      source,
      filename: '../../../../tmp/owned.yaml',
    });
    expect(res.status).toBe(201);
    const { existsSync } = await import('node:fs');
    expect(existsSync('/tmp/owned.yaml')).toBe(false);
    expect(existsSync(`${t.dataDir}/scenarios/traversal-check.yaml`)).toBe(true);
  });

  test('usernames cannot carry markup', async () => {
    for (const username of [
      '<img src=x onerror=alert(1)>',
      'a"b',
      "o'neil",
      'x'.repeat(65),
      '../admin',
    ]) {
      const res = await post('/api/users', admin, {
        username,
        password: 'password-123',
        role: 'trainee',
      });
      expect(res.status).toBe(400);
    }
  });

  test('the session cookie is httpOnly and SameSite; Secure when configured', async () => {
    const secure = await startTestApp({ secureCookies: true });
    try {
      const res = await fetch(`${secure.url}/api/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: 'admin-pass-123' }),
      });
      const cookie = res.headers.get('set-cookie')!;
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Lax/);
      expect(cookie).toMatch(/Secure/);
      expect(res.headers.get('strict-transport-security')).toMatch(/max-age/);
    } finally {
      await secure.close();
    }
    const plain = await fetch(`${t.url}/health`);
    expect(plain.headers.get('strict-transport-security')).toBeNull();
    expect(plain.headers.get('content-security-policy')).not.toMatch(/upgrade-insecure-requests/);
  });
});
