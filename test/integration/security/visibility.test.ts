/** Who sees which attempts and people: staff previews, trainers with a group, the exam mood meter. */
import { ADMIN_PASSWORD, call, startTestApp, type TestApp } from '../../helpers/app';

type Started = { ok: boolean; attempt?: { id: string } };

describe('visibility', () => {
  let t: TestApp;
  let admin: string;
  const get = async (path: string, cookie: string) => {
    const res = await fetch(`${t.url}${path}`, { headers: { cookie } });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const group = (username: string, name: string) =>
    fetch(`${t.url}/api/users/${username}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', cookie: admin },
      body: JSON.stringify({ group: name }),
    });

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin', ADMIN_PASSWORD);
  });
  afterAll(() => t.close());

  test("a staff preview is its author's alone: other staff cannot open or comment on it by id", async () => {
    const author = await t.createUser('tara', 'trainer');
    const other = await t.createUser('tomas', 'trainer');
    const hr = await t.createUser('hanna', 'hr');
    const s = await t.socket(author);
    const { attempt } = await call<Started>(s, 'attempt:start', {
      scenarioId: 'en-double-charge',
      mode: 'coach',
    });
    expect((await get(`/api/attempts/${attempt!.id}`, author)).status).toBe(200);
    for (const cookie of [other, hr])
      expect((await get(`/api/attempts/${attempt!.id}`, cookie)).status).toBe(404);
    const comment = await fetch(`${t.url}/api/attempts/${attempt!.id}/comments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: other },
      body: JSON.stringify({ turn: 0, text: 'not yours to comment on' }),
    });
    expect(comment.status).toBe(404);
  });

  test('a trainer with a group lists the trainees and the group of that group only', async () => {
    const trainer = await t.createUser('nadia', 'trainer');
    await t.createUser('nick', 'trainee');
    await t.createUser('sam', 'trainee');
    expect((await group('nadia', 'north')).status).toBe(200);
    expect((await group('nick', 'north')).status).toBe(200);
    expect((await group('sam', 'south')).status).toBe(200);
    const users = (await get('/api/users', trainer)).body.users as Array<{ username: string }>;
    expect(users.map((u) => u.username)).toEqual(['nick']);
    expect((await get('/api/groups', trainer)).body.groups).toEqual(['north']);
    // HR sees every trainee and every group.
    const hr = await t.login('hanna', 'hanna-password');
    const all = (await get('/api/users', hr)).body.users as Array<{ username: string }>;
    expect(all.map((u) => u.username)).toEqual(expect.arrayContaining(['nick', 'sam']));
    expect((await get('/api/groups', hr)).body.groups).toEqual(['north', 'south']);
  });

  test('an exam in play keeps its mood from the trainee in the list too; it shows once closed, and staff see it', async () => {
    const trainee = await t.createUser('mila');
    const s = await t.socket(trainee);
    const { attempt } = await call<Started>(s, 'attempt:start', {
      scenarioId: 'en-double-charge',
      mode: 'exam',
    });
    const row = async (cookie: string) =>
      ((await get('/api/attempts', cookie)).body.attempts as Array<Record<string, unknown>>).find(
        (a) => a.id === attempt!.id,
      )!;
    expect(await row(trainee)).not.toHaveProperty('finalMood');
    expect(typeof (await row(admin)).finalMood).toBe('number');
    await call(s, 'attempt:close', { attemptId: attempt!.id });
    expect(typeof (await row(trainee)).finalMood).toBe('number');
  });
});
