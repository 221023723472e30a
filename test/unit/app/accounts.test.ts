/**
 * The account rules that need no server: the last active admin can never be removed, even by two
 * admins removing each other at the same moment; a user's other login sessions end when they
 * change their password, and the one they changed it from stays.
 */
import { createHash } from 'node:crypto';
import { Accounts, type AccountChange } from '../../../server/app/accounts';
import { AppError } from '../../../server/contracts/errors';
import { MemoryStore } from '../../../server/store/memory-store';
import type { UserRecord } from '../../../server/store/port';
import { FakeClock } from '../../helpers/fake-clock';

async function setup() {
  const store = new MemoryStore();
  const accounts = new Accounts(store, new FakeClock());
  const changes: AccountChange[] = [];
  accounts.onChange((c) => changes.push(c));
  // No built-in `admin` here: two named admins are the only ones.
  const ann = await accounts.createUser({
    username: 'ann',
    password: 'ann-password',
    role: 'admin',
  });
  const bob = await accounts.createUser({
    username: 'bob',
    password: 'bob-password',
    role: 'admin',
  });
  return { store, accounts, changes, ann, bob };
}

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => (e instanceof AppError ? { code: e.code, message: e.message } : e),
  );

describe('the last active admin', () => {
  test('two admins deactivating each other at once: one wins, one admin stays', async () => {
    const { accounts, ann, bob } = await setup();
    const results = await Promise.all([
      refusal(accounts.updateUser(ann, 'bob', { active: false })),
      refusal(accounts.updateUser(bob, 'ann', { active: false })),
    ]);
    expect(results.filter((r) => r === null)).toHaveLength(1);
    const active = (await accounts.listUsers()).filter((u) => u.role === 'admin' && !u.disabledAt);
    expect(active).toHaveLength(1);
  });

  test('two admins demoting each other at once: one admin stays', async () => {
    const { accounts, ann, bob } = await setup();
    await Promise.all([
      refusal(accounts.updateUser(ann, 'bob', { role: 'trainer' })),
      refusal(accounts.updateUser(bob, 'ann', { role: 'trainer' })),
    ]);
    const admins = (await accounts.listUsers()).filter((u) => u.role === 'admin');
    expect(admins).toHaveLength(1);
  });

  test('the only active admin cannot be removed by anyone: a 400 naming the field', async () => {
    const { accounts, ann, bob } = await setup();
    await accounts.updateUser(ann, 'bob', { active: false });
    // Bob's request arrives with his record from before he was deactivated.
    expect(await refusal(accounts.updateUser(bob, 'ann', { role: 'hr' }))).toMatchObject({
      code: 'forbidden',
    });
    expect(await refusal(accounts.updateUser(ann, 'ann', { active: false }))).toMatchObject({
      code: 'bad_request',
      message: expect.stringMatching(/^active: /),
    });
    const carl = await accounts.createUser({
      username: 'carl',
      password: 'carl-password',
      role: 'admin',
    });
    // With carl an admin, ann may go; then carl is the last one.
    await accounts.updateUser(carl, 'ann', { role: 'trainee' });
    const users = await accounts.listUsers();
    const activeAdmins = users.filter((u: UserRecord) => u.role === 'admin' && !u.disabledAt);
    expect(activeAdmins.map((u) => u.username)).toEqual(['carl']);
  });

  test('reactivating a deactivated admin counts them again', async () => {
    const { accounts, ann } = await setup();
    await accounts.updateUser(ann, 'bob', { active: false });
    const bob = await accounts.updateUser(ann, 'bob', { active: true });
    expect(bob.disabledAt).toBeUndefined();
    await accounts.updateUser(bob, 'ann', { active: false });
    expect((await accounts.listUsers()).find((u) => u.username === 'ann')?.disabledAt).toEqual(
      expect.any(String),
    );
  });
});

describe('sessions when a password changes', () => {
  test("the user's own change keeps the session it came from", async () => {
    const { accounts, changes } = await setup();
    const here = await accounts.login('ann', 'ann-password');
    const there = await accounts.login('ann', 'ann-password');
    const session = (await accounts.sessionFor(here.token))!;
    await accounts.changeOwnPassword(session.user, session.tokenHash, {
      current: 'ann-password',
      password: 'ann-new-password',
    });
    expect(await accounts.sessionFor(here.token)).not.toBeNull();
    expect(await accounts.sessionFor(there.token)).toBeNull();
    expect(changes.at(-1)).toEqual({
      kind: 'sessions-ended',
      userId: session.user.id,
      except: session.tokenHash,
      reason: 'password-changed',
    });
  });

  test('a deactivated user has no session, even one the store still held', async () => {
    const { store, accounts, ann } = await setup();
    const here = await accounts.login('bob', 'bob-password');
    const { tokenHash } = (await accounts.sessionFor(here.token))!;
    await accounts.updateUser(ann, 'bob', { active: false });
    expect(await accounts.sessionFor(here.token)).toBeNull();
    // Put back by hand, as if a store had missed the "end them all".
    const bob = (await store.getUserByName('bob'))!;
    await store.putSession({
      tokenHash,
      userId: bob.id,
      createdAt: new Date(0).toISOString(),
      expiresAt: new Date(8.64e15).toISOString(),
    });
    expect(await store.getSession(tokenHash)).not.toBeNull();
    expect(await accounts.sessionFor(here.token)).toBeNull();
  });
});

describe('a session ends with the password it was opened with', () => {
  test('even when ending it never reached the store, or a login with the old password was finishing', async () => {
    const { store, accounts, bob } = await setup();
    const { token } = await accounts.login('bob', 'bob-password');
    expect(await accounts.userForToken(token)).not.toBeNull();
    // A reset whose "end the sessions" write was lost (a crash), or that landed while this login
    // was still being written: the stored password is new, the session is still there.
    const fresh = (await store.getUser(bob.id))!;
    await store.putUser({ ...fresh, passwordHash: `${fresh.passwordHash}-changed` });
    expect(await store.getSession(createHash('sha256').update(token).digest('hex'))).not.toBeNull();
    expect(await accounts.userForToken(token)).toBeNull();
  });

  test('the session a user changes their own password from keeps working', async () => {
    const { accounts } = await setup();
    const { token } = await accounts.login('bob', 'bob-password');
    const other = await accounts.login('bob', 'bob-password');
    const session = (await accounts.sessionFor(token))!;
    await accounts.changeOwnPassword(session.user, session.tokenHash, {
      current: 'bob-password',
      password: 'bob-new-password',
    });
    expect(await accounts.userForToken(token)).not.toBeNull();
    expect(await accounts.userForToken(other.token)).toBeNull();
  });
});
