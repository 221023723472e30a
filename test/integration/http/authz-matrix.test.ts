import { call, startTestApp, type TestApp } from '../../helpers/app';

type Who = 'anonymous' | 'trainee' | 'other' | 'trainer' | 'hr' | 'admin';
const WHO: Who[] = ['anonymous', 'trainee', 'other', 'trainer', 'hr', 'admin'];

/**
 * Every HTTP route × every role. `other` is a second trainee who does not own the attempt.
 * Expected statuses per role, in WHO order.
 */
const MATRIX: Array<[method: string, path: string, body: unknown, expected: number[]]> = [
  ['GET', '/health', undefined, [200, 200, 200, 200, 200, 200]],
  ['GET', '/api/me', undefined, [401, 200, 200, 200, 200, 200]],
  ['GET', '/api/users', undefined, [401, 403, 403, 200, 200, 200]],
  [
    'POST',
    '/api/users',
    { username: 'u-$WHO', password: 'password-123', role: 'trainee' },
    [401, 403, 403, 403, 403, 201],
  ],
  ['PATCH', '/api/users/other', { group: 'g1' }, [401, 403, 403, 403, 403, 200]],
  ['PATCH', '/api/users/other', { role: 'trainee' }, [401, 403, 403, 403, 403, 200]],
  ['PATCH', '/api/users/spare', { password: 'spare-reset-1' }, [401, 403, 403, 403, 403, 200]],
  ['PATCH', '/api/users/spare', { active: true }, [401, 403, 403, 403, 403, 200]],
  // Each role changes its own password (to the same one, so the shared sessions stay usable).
  [
    'POST',
    '/api/me/password',
    { current: '$PASSWORD', password: '$PASSWORD' },
    [401, 200, 200, 200, 200, 200],
  ],
  ['GET', '/api/groups', undefined, [401, 403, 403, 200, 200, 200]],
  ['GET', '/api/scenarios', undefined, [401, 200, 200, 200, 200, 200]],
  ['GET', '/api/scenarios/en-double-charge', undefined, [401, 200, 200, 200, 200, 200]],
  ['GET', '/api/scenarios/en-double-charge/source', undefined, [401, 403, 403, 200, 403, 200]],
  ['POST', '/api/scenarios/check', { source: 'id: x' }, [401, 403, 403, 200, 403, 200]],
  ['POST', '/api/scenarios', { source: 'id: x' }, [401, 403, 403, 422, 403, 422]],
  ['PUT', '/api/scenarios/en-double-charge', { source: 'id: x' }, [401, 403, 403, 422, 403, 422]],
  [
    'POST',
    '/api/scenarios/en-double-charge/enabled',
    { enabled: true },
    [401, 403, 403, 200, 403, 200],
  ],
  ['GET', '/api/scenarios/en-double-charge/history', undefined, [401, 403, 403, 200, 403, 200]],
  [
    'GET',
    '/api/scenarios/en-double-charge/history/bundled',
    undefined,
    [401, 403, 403, 200, 403, 200],
  ],
  [
    'POST',
    '/api/scenarios/en-double-charge/restore',
    { version: 'current' },
    [401, 403, 403, 200, 403, 200],
  ],
  ['GET', '/api/attempts?limit=5', undefined, [401, 200, 200, 200, 200, 200]],
  ['GET', '/api/attempts', undefined, [401, 200, 200, 200, 200, 200]],
  ['GET', '/api/attempts/$ATTEMPT', undefined, [401, 200, 404, 200, 200, 200]],
  [
    'POST',
    '/api/attempts/$ATTEMPT/comments',
    { turn: 0, text: 'ok' },
    [401, 403, 403, 201, 403, 201],
  ],
  [
    'POST',
    '/api/attempts/$ATTEMPT/override',
    { scores: { overall: 50 }, reason: 'checked by hand' },
    [401, 403, 403, 200, 403, 200],
  ],
  ['GET', '/api/stats', undefined, [401, 403, 403, 200, 200, 200]],
  ['GET', '/api/trainees/tess/report', undefined, [401, 403, 403, 200, 200, 200]],
  ['GET', '/api/export?format=csv', undefined, [401, 403, 403, 403, 200, 200]],
  ['GET', '/api/export?format=xlsx', undefined, [401, 403, 403, 403, 200, 200]],
  ['GET', '/api/export?format=json', undefined, [401, 403, 403, 403, 200, 200]],
  ['GET', '/api/rescore', undefined, [401, 403, 403, 403, 403, 200]],
  ['POST', '/api/rescore', {}, [401, 403, 403, 403, 403, 200]],
  ['POST', '/api/logout', {}, [200, 200, 200, 200, 200, 200]],
];

const PASSWORDS: Record<Who, string> = {
  anonymous: 'no-password-1',
  trainee: 'tess-password',
  other: 'other-password',
  trainer: 'tom-password',
  hr: 'harriet-password',
  admin: 'admin-pass-123',
};

describe('authorisation: every route × every role', () => {
  let t: TestApp;
  const cookies: Partial<Record<Who, string>> = {};
  let attemptId: string;

  beforeAll(async () => {
    t = await startTestApp();
    cookies.admin = await t.login('admin', 'admin-pass-123');
    cookies.trainee = await t.createUser('tess');
    cookies.other = await t.createUser('other');
    cookies.trainer = await t.createUser('tom', 'trainer');
    cookies.hr = await t.createUser('harriet', 'hr');
    // Has its password reset by the matrix; nobody logs in as it.
    await t.createUser('spare');
    const s = await t.socket(cookies.trainee);
    attemptId = (
      await call<{ attempt: { id: string } }>(s, 'attempt:start', {
        scenarioId: 'en-double-charge',
        mode: 'exam',
        seed: 1,
      })
    ).attempt.id;
    await call(s, 'agent:message', { attemptId, text: 'Hello, let me check that for you.' });
    await call(s, 'attempt:close', { attemptId });
    s.disconnect();
  });
  afterAll(() => t.close());

  test.each(MATRIX)('%s %s', async (method, path, data, expected) => {
    const got: number[] = [];
    for (const who of WHO) {
      const url = `${t.url}${path.replace('$ATTEMPT', attemptId)}`;
      const payload =
        data === undefined
          ? undefined
          : JSON.stringify(data).replace('$WHO', who).replaceAll('$PASSWORD', PASSWORDS[who]);
      // Log-out would end the shared sessions: use a fresh one for it.
      const cookie =
        path === '/api/logout' && who !== 'anonymous'
          ? await t.login(
              who === 'trainee'
                ? 'tess'
                : who === 'other'
                  ? 'other'
                  : who === 'trainer'
                    ? 'tom'
                    : who === 'hr'
                      ? 'harriet'
                      : 'admin',
              who === 'admin'
                ? 'admin-pass-123'
                : `${who === 'trainee' ? 'tess' : who === 'other' ? 'other' : who === 'trainer' ? 'tom' : 'harriet'}-password`,
            )
          : cookies[who];
      const res = await fetch(url, {
        method,
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: payload,
      });
      got.push(res.status);
      if (res.status >= 400) {
        const body = (await res.json()) as {
          ok: boolean;
          error: { code: string; message: string };
        };
        expect(body.ok).toBe(false);
        expect(typeof body.error.code).toBe('string');
      } else await res.arrayBuffer();
    }
    expect(Object.fromEntries(WHO.map((w, i) => [w, got[i]]))).toEqual(
      Object.fromEntries(WHO.map((w, i) => [w, expected[i]])),
    );
  });
});
