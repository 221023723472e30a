/**
 * Scenario edits can be undone: each upload keeps the version it replaces, a trainer can read and
 * restore any of them, and the bundled file can be brought back in place of an upload. Restores
 * keep the current version in the history too, and the history survives a restart.
 */
import { body, startTestApp, type TestApp } from '../../helpers/app';

const ID = 'en-double-charge';

describe('scenario versions', () => {
  let t: TestApp;
  let trainer: string;
  let bundled: string;

  const req = (method: string, path: string, cookie: string, data?: unknown) =>
    fetch(`${t.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', cookie },
      body: data === undefined ? undefined : JSON.stringify(data),
    });
  const titled = (title: string) => bundled.replace(/^title: .*$/m, `title: ${title}`);
  const history = async () =>
    (await body(await req('GET', `/api/scenarios/${ID}/history`, trainer))).versions as Array<{
      version: string;
      kind: string;
      title: string | null;
      replacedAt: string | null;
    }>;

  beforeAll(async () => {
    t = await startTestApp();
    trainer = await t.createUser('tara', 'trainer');
    bundled = (await body(await req('GET', `/api/scenarios/${ID}/source`, trainer))).source;
  });
  afterAll(() => t.close());

  test('each upload keeps what it replaced; any version can be read back', async () => {
    expect(await history()).toEqual([
      expect.objectContaining({ version: 'current', kind: 'current' }),
    ]);
    for (const title of ['Charged twice (v1)', 'Charged twice (v2)'])
      expect(
        (await req('PUT', `/api/scenarios/${ID}`, trainer, { source: titled(title) })).status,
      ).toBe(200);
    const versions = await history();
    expect(versions.map((v) => [v.kind, v.title])).toEqual([
      ['current', 'Charged twice (v2)'],
      ['upload', 'Charged twice (v1)'],
      ['bundled', expect.not.stringContaining('(v')],
    ]);
    // Named by the application's clock.
    expect(versions[1]!.replacedAt).toBe(new Date(t.clock.now()).toISOString());
    const v1 = versions[1]!.version;
    const read = await body(await req('GET', `/api/scenarios/${ID}/history/${v1}`, trainer));
    expect(read.source).toBe(titled('Charged twice (v1)'));
  });

  test('restoring an upload makes it current and keeps the one it replaced', async () => {
    const v1 = (await history())[1]!.version;
    const res = await req('POST', `/api/scenarios/${ID}/restore`, trainer, { version: v1 });
    expect(res.status).toBe(200);
    expect((await body(res)).scenario).toMatchObject({
      title: 'Charged twice (v1)',
      replacesBundled: true,
    });
    expect((await history()).map((v) => v.title)).toEqual([
      'Charged twice (v1)',
      'Charged twice (v2)',
      'Charged twice (v1)',
      expect.any(String),
    ]);
  });

  test('the bundled version comes back in place of the upload, also after a restart', async () => {
    const res = await req('POST', `/api/scenarios/${ID}/restore`, trainer, { version: 'bundled' });
    expect(res.status).toBe(200);
    const scenario = (await body(res)).scenario;
    expect(scenario).toMatchObject({ source: 'bundled', replacesBundled: false });
    expect((await body(await req('GET', `/api/scenarios/${ID}/source`, trainer))).source).toBe(
      bundled,
    );
    const restarted = await startTestApp({ dataDir: t.dataDir });
    try {
      const cookie = await restarted.createUser('tom', 'trainer');
      const src = await body(
        await fetch(`${restarted.url}/api/scenarios/${ID}/source`, { headers: { cookie } }),
      );
      expect(src.source).toBe(bundled);
      const again = await body(
        await fetch(`${restarted.url}/api/scenarios/${ID}/history`, { headers: { cookie } }),
      );
      expect(again.versions.filter((v: { kind: string }) => v.kind === 'upload')).toHaveLength(3);
    } finally {
      await restarted.close();
    }
  });

  test.each([
    [{ version: 'abc' }, 400, 'version: not a version of "en-double-charge"'],
    [{}, 400, 'version: one of the versions GET …/history lists'],
    [{ version: '1234567890123' }, 404, 'scenario "en-double-charge" has no version 1234567890123'],
  ])('restore %j is refused: %i', async (data, status, message) => {
    const res = await req('POST', `/api/scenarios/${ID}/restore`, trainer, data);
    expect(res.status).toBe(status);
    expect((await body(res)).error.message).toBe(message);
  });

  test('at most 50 earlier versions are kept, the oldest go first', async () => {
    for (let i = 0; i < 52; i++)
      expect(
        (await req('PUT', `/api/scenarios/${ID}`, trainer, { source: titled(`Take ${i}`) })).status,
      ).toBe(200);
    const versions = await history();
    expect(versions.filter((v) => v.kind === 'upload')).toHaveLength(50);
    expect(versions[0]!.title).toBe('Take 51');
    expect(versions[1]!.title).toBe('Take 50');
  }, 60_000);

  test.each([
    [`/api/scenarios/..%2F..%2Fusers/history`],
    [`/api/scenarios/${ID}/history/..%2F..%2F..%2Fusers`],
    [`/api/scenarios/${ID}/history/%2E%2E%2F%2E%2E%2Fusers`],
  ])('a path outside the library is not read: %s', async (path) => {
    const res = await req('GET', path, trainer);
    expect([400, 404]).toContain(res.status);
    expect(JSON.stringify(await body(res))).not.toContain('passwordHash');
  });

  test('trainees cannot read or restore versions', async () => {
    const trainee = await t.createUser('tina', 'trainee');
    expect((await req('GET', `/api/scenarios/${ID}/history`, trainee)).status).toBe(403);
    expect(
      (await req('POST', `/api/scenarios/${ID}/restore`, trainee, { version: 'bundled' })).status,
    ).toBe(403);
  });
});
