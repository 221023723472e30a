/** Users, roles, passwords (argon2) and login sessions. */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../contracts/errors';
import { LIMITS, ROLES, type Role, type SessionsEndedReason } from '../contracts/events';
import type { Store, UserRecord } from '../store/port';
import { CAN } from './access';
import type { Clock } from './clock';

export const SESSION_DAYS = 7;
const USERNAME = /^[\p{L}\p{N}._@-]{2,64}$/u;
const MIN_PASSWORD = 8;

export interface PublicUser {
  username: string;
  role: Role;
  createdAt: string;
  group?: string;
  /** False once an admin has deactivated the user: they cannot log in, their attempts stay. */
  active: boolean;
}

export function publicUser(u: UserRecord): PublicUser {
  return {
    username: u.username,
    role: u.role,
    createdAt: u.createdAt,
    ...(u.group ? { group: u.group } : {}),
    active: !u.disabledAt,
  };
}

export type { SessionsEndedReason };

/** What an open connection must hear about: its session ended, or its user changed. */
export type AccountChange =
  | { kind: 'session-ended'; tokenHash: string }
  | {
      kind: 'sessions-ended';
      userId: string;
      /** The session that stays (the one a user changed their own password from). */
      except?: string;
      reason: SessionsEndedReason;
    }
  | { kind: 'user-changed'; user: UserRecord };

/** Usernames are unique whatever their letter case: "TIM.ONE" is taken when "tim.one" exists. */
export function usernameKey(username: string): string {
  return username.normalize('NFKC').toLowerCase();
}

/**
 * What is wrong with a new password, as a `field: …` message, or null: 8 to 200 characters, not
 * all of them whitespace.
 */
function passwordProblem(password: unknown): string | null {
  if (
    typeof password !== 'string' ||
    [...password].length < MIN_PASSWORD ||
    password.length > LIMITS.passwordChars
  )
    return `password: ${MIN_PASSWORD}–${LIMITS.passwordChars} characters`;
  if (/^\s*$/u.test(password))
    return `password: cannot be only spaces or other whitespace; use at least ${MIN_PASSWORD} characters that are not all whitespace`;
  return null;
}

/** A login session as a connection holds it. */
export interface SessionInfo {
  user: UserRecord;
  tokenHash: string;
  /** Epoch ms. */
  expiresAt: number;
}

/** What a session remembers of the password it was opened with (not the hash itself). */
function credentialOf(user: UserRecord): string {
  return createHash('sha256')
    .update(`credential:${user.passwordHash}`)
    .digest('base64url')
    .slice(0, 22);
}

function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export class Accounts {
  /** Verified against when the username is unknown, so timing does not reveal which users exist. */
  private dummyHash: Promise<string>;
  private readonly listeners: Array<(change: AccountChange) => void> = [];
  /**
   * Changes to users run one at a time, so the rules that look at other users hold: two names
   * equal but for case are never both created, and two admins removing each other at once never
   * leave none.
   */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {
    this.dummyHash = hash(randomBytes(16).toString('hex'));
  }

  /**
   * Makes sure `admin` exists. With a password from the environment, admin has exactly that
   * password; without one, a first start creates admin with a random password and returns it once.
   */
  async ensureAdmin(password?: string): Promise<{ generated?: string }> {
    const existing = await this.store.getUserByName('admin');
    if (password) {
      if (existing) {
        if (!(await verify(existing.passwordHash, password))) {
          await this.store.putUser({
            ...existing,
            role: 'admin',
            passwordHash: await hash(password),
          });
          // A new password ends the sessions the old one opened.
          await this.store.deleteSessionsOf(existing.id);
          this.changed({
            kind: 'sessions-ended',
            userId: existing.id,
            reason: 'password-changed',
          });
        }
        // The password from the environment is the way back in: admin is an active admin.
        if (existing.role !== 'admin' || existing.disabledAt) {
          const fixed = { ...(await this.store.getUser(existing.id))!, role: 'admin' as const };
          delete fixed.disabledAt;
          await this.store.putUser(fixed);
        }
      } else await this.createUser({ username: 'admin', password, role: 'admin' });
      return {};
    }
    if (existing) return {};
    const generated = randomBytes(12).toString('base64url');
    await this.createUser({ username: 'admin', password: generated, role: 'admin' });
    return { generated };
  }

  /** Runs a change to users after the ones before it have finished. */
  private serial<T>(change: () => Promise<T>): Promise<T> {
    const run = this.queue.then(change, change);
    this.queue = run.catch(() => undefined);
    return run;
  }

  async createUser(input: {
    username: unknown;
    password: unknown;
    role: unknown;
    group?: unknown;
  }): Promise<UserRecord> {
    const { username, password, role, group } = input;
    if (typeof username !== 'string' || !USERNAME.test(username)) {
      throw new AppError('bad_request', 'username: 2–64 letters, digits, ".", "_", "@" or "-"');
    }
    const weak = passwordProblem(password);
    if (weak) throw new AppError('bad_request', weak);
    if (typeof role !== 'string' || !ROLES.includes(role as Role)) {
      throw new AppError('bad_request', `role: one of ${ROLES.join(', ')}`);
    }
    if (group !== undefined && (typeof group !== 'string' || group.length > 64)) {
      throw new AppError('bad_request', 'group: up to 64 characters');
    }
    const passwordHash = await hash(password as string);
    return this.serial(async () => {
      const key = usernameKey(username);
      const taken = (await this.store.listUsers()).find((u) => usernameKey(u.username) === key);
      if (taken)
        throw new AppError(
          'conflict',
          `username: "${taken.username}" already exists (letter case does not make a new name)`,
        );
      const user: UserRecord = {
        id: randomUUID(),
        username,
        role: role as Role,
        passwordHash,
        createdAt: new Date(this.clock.now()).toISOString(),
        ...(typeof group === 'string' && group ? { group } : {}),
      };
      await this.store.putUser(user);
      return user;
    });
  }

  /**
   * The users a typed name may mean: the one with exactly that name when there is one, otherwise
   * every user whose name differs only in letter case (older data can hold two of them).
   */
  private async usersNamed(username: string): Promise<UserRecord[]> {
    const exact = await this.store.getUserByName(username);
    if (exact) return [exact];
    const key = usernameKey(username);
    return (await this.store.listUsers()).filter((u) => usernameKey(u.username) === key);
  }

  async login(username: unknown, password: unknown): Promise<{ token: string; user: UserRecord }> {
    if (
      typeof username !== 'string' ||
      typeof password !== 'string' ||
      username.length > LIMITS.usernameChars ||
      password.length > LIMITS.passwordChars
    ) {
      throw new AppError('bad_request', 'username and password are required');
    }
    // Any letter case of the name logs in; with older data holding two names equal but for case,
    // the exact name comes first, and otherwise the account whose password this is.
    const named = await this.usersNamed(username);
    let user: UserRecord | undefined;
    for (const candidate of named)
      if (await verify(candidate.passwordHash, password)) {
        user = candidate;
        break;
      }
    if (!named.length) await verify(await this.dummyHash, password);
    if (!user) throw new AppError('unauthorized', 'wrong username or password');
    // Said only to someone who knows the password: it tells nobody else the account exists.
    if (user.disabledAt)
      throw new AppError(
        'account_disabled',
        'this account is deactivated; ask an administrator to reactivate it',
      );
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    await this.store.putSession({
      tokenHash: tokenHash(token),
      userId: user.id,
      createdAt: new Date(now).toISOString(),
      expiresAt: new Date(now + SESSION_DAYS * 86_400_000).toISOString(),
      // The password just checked: a reset that lands while this login finishes voids it.
      credential: credentialOf(user),
    });
    return { token, user };
  }

  async userForToken(token: string | undefined): Promise<UserRecord | null> {
    return (await this.sessionFor(token))?.user ?? null;
  }

  /** The live session a cookie's token names, with its user; null when there is none. */
  async sessionFor(token: string | undefined): Promise<SessionInfo | null> {
    if (!token || token.length > 200) return null;
    const hashed = tokenHash(token);
    const session = await this.store.getSession(hashed);
    const expiresAt = session ? Date.parse(session.expiresAt) : 0;
    if (!session || expiresAt <= this.clock.now()) return null;
    const user = await this.store.getUser(session.userId);
    if (!user || user.disabledAt) return null;
    // Opened with a password the user no longer has: it ended with that password.
    if (session.credential !== undefined && session.credential !== credentialOf(user)) return null;
    return { user, tokenHash: hashed, expiresAt };
  }

  /** Told of every logout and every change of a user (the socket layer acts on open connections). */
  onChange(listener: (change: AccountChange) => void): void {
    this.listeners.push(listener);
  }

  private changed(change: AccountChange): void {
    for (const listener of this.listeners) listener(change);
  }

  /**
   * An admin changes a user's group, role, password or whether they may log in. A new password
   * or a deactivation ends the user's login sessions and closes their connections at once. An
   * admin cannot change their own role, activity or password here, the built-in `admin` stays an
   * active admin, and there is always at least one active admin.
   */
  updateUser(
    actor: UserRecord,
    username: string,
    input: { group?: unknown; role?: unknown; password?: unknown; active?: unknown },
  ): Promise<UserRecord> {
    return this.serial(async () => {
      // The admin as they are now: another admin may have removed them since their request came.
      const me = await this.store.getUser(actor.id);
      if (!me || me.disabledAt || !CAN.manageUsers.includes(me.role))
        throw new AppError('forbidden', `this needs the role ${CAN.manageUsers.join(' or ')}`);
      const user = await this.userForAdmin(username);
      const self = user.id === me.id;
      const next = { ...user };
      if (input.group !== undefined) {
        if (input.group !== null && (typeof input.group !== 'string' || input.group.length > 64)) {
          throw new AppError('bad_request', 'group: up to 64 characters, or null to remove');
        }
        if (input.group) next.group = input.group as string;
        else delete next.group;
      }
      if (input.role !== undefined) {
        if (typeof input.role !== 'string' || !ROLES.includes(input.role as Role))
          throw new AppError('bad_request', `role: one of ${ROLES.join(', ')}`);
        if (self && input.role !== user.role)
          throw new AppError('bad_request', 'role: you cannot change your own role');
        if (user.username === 'admin' && input.role !== 'admin')
          throw new AppError('forbidden', 'the admin user stays an admin');
        next.role = input.role as Role;
      }
      if (input.active !== undefined) {
        if (typeof input.active !== 'boolean')
          throw new AppError('bad_request', 'active: true or false');
        if (!input.active && self)
          throw new AppError('bad_request', 'active: you cannot deactivate yourself');
        if (!input.active && user.username === 'admin')
          throw new AppError('forbidden', 'the admin user stays active');
        if (input.active) delete next.disabledAt;
        else next.disabledAt ??= new Date(this.clock.now()).toISOString();
      }
      if (input.password !== undefined) {
        if (self)
          throw new AppError(
            'bad_request',
            'password: change your own password from your account, with the current one',
          );
        const weak = passwordProblem(input.password);
        if (weak) throw new AppError('bad_request', weak);
        next.passwordHash = await hash(input.password as string);
      }
      const isActiveAdmin = (u: UserRecord) => u.role === 'admin' && !u.disabledAt;
      if (isActiveAdmin(user) && !isActiveAdmin(next)) {
        const others = (await this.store.listUsers()).filter(
          (u) => u.id !== user.id && isActiveAdmin(u),
        );
        if (!others.length)
          throw new AppError(
            'bad_request',
            `${next.disabledAt ? 'active' : 'role'}: the last active administrator cannot be removed`,
          );
      }
      await this.store.putUser(next);
      this.changed({ kind: 'user-changed', user: next });
      const disabled = !!next.disabledAt && !user.disabledAt;
      if (disabled || next.passwordHash !== user.passwordHash) {
        await this.store.deleteSessionsOf(user.id);
        this.changed({
          kind: 'sessions-ended',
          userId: user.id,
          reason: disabled ? 'account-disabled' : 'password-changed',
        });
      }
      return next;
    });
  }

  /** The user an admin names: the exact name, or the only one equal to it but for letter case. */
  private async userForAdmin(username: string): Promise<UserRecord> {
    const named = await this.usersNamed(username);
    if (named.length !== 1) throw new AppError('not_found', `no user "${username}"`);
    return named[0]!;
  }

  /**
   * A user changes their own password with the current one. Their other login sessions end (and
   * their connections close); `tokenHash`'s, the one they are changing it from, stays.
   */
  changeOwnPassword(
    user: UserRecord,
    tokenHash: string,
    input: { current?: unknown; password?: unknown },
  ): Promise<UserRecord> {
    return this.serial(async () => {
      const fresh = await this.store.getUser(user.id);
      if (!fresh || fresh.disabledAt) throw new AppError('unauthorized', 'please log in');
      const { current, password } = input;
      if (typeof current !== 'string' || !current)
        throw new AppError('bad_request', 'current: enter your current password');
      const weak = passwordProblem(password);
      if (weak) throw new AppError('bad_request', weak);
      if (current.length > LIMITS.passwordChars || !(await verify(fresh.passwordHash, current)))
        throw new AppError('bad_request', 'current: the current password is wrong');
      const next = { ...fresh, passwordHash: await hash(password as string) };
      // The session this is done from follows the new password; every other one ends with the old.
      const mine = await this.store.getSession(tokenHash);
      if (mine) await this.store.putSession({ ...mine, credential: credentialOf(next) });
      await this.store.putUser(next);
      await this.store.deleteSessionsOf(user.id, tokenHash);
      this.changed({
        kind: 'sessions-ended',
        userId: user.id,
        except: tokenHash,
        reason: 'password-changed',
      });
      return next;
    });
  }

  listUsers(): Promise<UserRecord[]> {
    return this.store.listUsers();
  }

  async logout(token: string | undefined): Promise<void> {
    if (!token) return;
    await this.store.deleteSession(tokenHash(token));
    this.changed({ kind: 'session-ended', tokenHash: tokenHash(token) });
  }
}
