/**
 * A long attempt list is read a page at a time: `GET /api/attempts?limit=N` answers the newest N
 * and a cursor for the next page, so a reviewer's browser never downloads 100,000 summaries at
 * once, and attempts started while someone pages never repeat or skip a row. Without `limit` the
 * answer is the whole list, as the contract says.
 */
import { MemoryStore } from '../../../server/store/memory-store';
import { reportedAttempt } from '../../helpers/records';
import { body, startTestApp, ADMIN_PASSWORD, type TestApp } from '../../helpers/app';

describe('GET /api/attempts in pages', () => {
  let t: TestApp;
  let store: MemoryStore;
  let admin: string;
  const start = Date.UTC(2026, 9, 1);

  const get = async (query: string, cookie = admin) => {
    const res = await fetch(`${t.url}/api/attempts${query}`, { headers: { cookie } });
    return { status: res.status, json: await body(res) };
  };

  beforeAll(async () => {
    store = new MemoryStore();
    // 25 attempts, three of them started in the same millisecond.
    for (let i = 0; i < 25; i++)
      await store.putAttempt(reportedAttempt({ createdAt: start + Math.max(0, i - 2) * 60_000 }));
    t = await startTestApp({ store });
    admin = await t.login('admin', ADMIN_PASSWORD);
  });
  afterAll(() => t.close());

  test('pages follow one another newest first, each row once, and say how many are left', async () => {
    const whole = (await get('')).json.attempts as Array<{ id: string; startedAt: string }>;
    expect(whole).toHaveLength(25);
    const seen: string[] = [];
    let cursor = '';
    const remaining: number[] = [];
    for (;;) {
      const { status, json } = await get(`?limit=10${cursor ? `&before=${cursor}` : ''}`);
      expect(status).toBe(200);
      expect(json.total).toBe(25);
      seen.push(...json.attempts.map((a: { id: string }) => a.id));
      remaining.push(json.remaining);
      if (!json.next) break;
      cursor = encodeURIComponent(json.next);
    }
    expect(remaining).toEqual([15, 5, 0]);
    expect(new Set(seen).size).toBe(25);
    expect([...seen].sort()).toEqual(whole.map((a) => a.id).sort());
    const started = seen.map((id) => whole.find((a) => a.id === id)!.startedAt);
    expect([...started].sort().reverse()).toEqual(started);
  });

  test('an attempt started between two pages neither repeats a row nor hides one', async () => {
    const first = (await get('?limit=10')).json;
    await store.putAttempt(reportedAttempt({ createdAt: start + 60 * 60_000 }));
    const second = (await get(`?limit=10&before=${encodeURIComponent(first.next)}`)).json;
    const ids = new Set(first.attempts.map((a: { id: string }) => a.id));
    expect(second.attempts.some((a: { id: string }) => ids.has(a.id))).toBe(false);
    // Rows 11-20 of the list as it was when the first page was read.
    expect(second.remaining).toBe(5);
    expect(second.total).toBe(26);
  });

  test('filters apply to pages; a page past the end is empty', async () => {
    const { json } = await get('?limit=5&trainee=nobody');
    expect(json).toMatchObject({ ok: true, attempts: [], total: 0, remaining: 0, next: null });
    const last = await get(`?limit=5&before=${encodeURIComponent(`${start - 1}:aaaaaaaa`)}`);
    expect(last.json).toMatchObject({ attempts: [], remaining: 0, next: null });
  });

  test('several statuses at once: every chat not yet closed', async () => {
    const active = reportedAttempt({ createdAt: start + 90 * 60_000, status: 'active' });
    const ended = reportedAttempt({ createdAt: start + 91 * 60_000, status: 'active' });
    ended.status = 'ended';
    await store.putAttempt(active);
    await store.putAttempt(ended);
    const { json } = await get('?limit=10&status=active,ended');
    expect(json.attempts.map((a: { id: string }) => a.id)).toEqual([ended.id, active.id]);
  });

  test('a trainee pages through their own attempts only', async () => {
    const cookie = await t.createUser('tina', 'trainee');
    const { status, json } = await get('?limit=10', cookie);
    expect(status).toBe(200);
    expect(json).toMatchObject({ attempts: [], total: 0 });
  });

  test.each([
    ['?limit=0', 'limit: a whole number from 1 to 1000'],
    ['?limit=1001', 'limit: a whole number from 1 to 1000'],
    ['?limit=ten', 'limit: a whole number from 1 to 1000'],
    ['?limit=2.5', 'limit: a whole number from 1 to 1000'],
    ['?limit=5&before=yesterday', 'before: not a cursor (use the `next` of the previous page)'],
    [
      '?limit=5&before=1:..%2F..%2Fetc',
      'before: not a cursor (use the `next` of the previous page)',
    ],
    ['?before=1:aaaaaaaa', 'before: only with limit (the size of a page)'],
    ['?limit=5&limit=6', 'limit: a whole number from 1 to 1000'],
  ])('%s is refused, naming the parameter', async (query, message) => {
    const { status, json } = await get(query);
    expect(status).toBe(400);
    expect(json).toEqual({ ok: false, error: { code: 'bad_request', message } });
  });
});
