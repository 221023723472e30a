/** Users, roles, passwords (argon2) and login sessions. */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../contracts/errors';
import { LIMITS, ROLES, type Role } from '../contracts/events';
import type { Store, UserRecord } from '../store/port';
import type { Clock } from './clock';

export const SESSION_DAYS = 7;
const USERNAME = /^[\p{L}\p{N}._@-]{2,64}$/u;
const MIN_PASSWORD = 8;

export interface PublicUser {
  username: string;
  role: Role;
  createdAt: string;
  group?: string;
}

export function publicUser(u: UserRecord): PublicUser {
  return {
    username: u.username,
    role: u.role,
    createdAt: u.createdAt,
    ...(u.group ? { group: u.group } : {}),
  };
}

/** What an open connection must hear about: its session ended, or its user changed. */
export type AccountChange =
  | { kind: 'session-ended'; tokenHash: string }
  | { kind: 'sessions-ended'; userId: string }
  | { kind: 'user-changed'; user: UserRecord };

/** A login session as a connection holds it. */
export interface SessionInfo {
  user: UserRecord;
  tokenHash: string;
  /** Epoch ms. */
  expiresAt: number;
}

function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export class Accounts {
  /** Verified against when the username is unknown, so timing does not reveal which users exist. */
  private dummyHash: Promise<string>;
  private readonly listeners: Array<(change: AccountChange) => void> = [];

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
          this.changed({ kind: 'sessions-ended', userId: existing.id });
        }
      } else await this.createUser({ username: 'admin', password, role: 'admin' });
      return {};
    }
    if (existing) return {};
    const generated = randomBytes(12).toString('base64url');
    await this.createUser({ username: 'admin', password: generated, role: 'admin' });
    return { generated };
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
    if (
      typeof password !== 'string' ||
      password.length < MIN_PASSWORD ||
      password.length > LIMITS.passwordChars
    ) {
      throw new AppError(
        'bad_request',
        `password: ${MIN_PASSWORD}–${LIMITS.passwordChars} characters`,
      );
    }
    if (typeof role !== 'string' || !ROLES.includes(role as Role)) {
      throw new AppError('bad_request', `role: one of ${ROLES.join(', ')}`);
    }
    if (group !== undefined && (typeof group !== 'string' || group.length > 64)) {
      throw new AppError('bad_request', 'group: up to 64 characters');
    }
    if (await this.store.getUserByName(username))
      throw new AppError('conflict', `user "${username}" already exists`);
    const user: UserRecord = {
      id: randomUUID(),
      username,
      role: role as Role,
      passwordHash: await hash(password),
      createdAt: new Date(this.clock.now()).toISOString(),
      ...(typeof group === 'string' && group ? { group } : {}),
    };
    await this.store.putUser(user);
    return user;
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
    const user = await this.store.getUserByName(username);
    const ok = user
      ? await verify(user.passwordHash, password)
      : (await verify(await this.dummyHash, password), false);
    if (!user || !ok) throw new AppError('unauthorized', 'wrong username or password');
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    await this.store.putSession({
      tokenHash: tokenHash(token),
      userId: user.id,
      createdAt: new Date(now).toISOString(),
      expiresAt: new Date(now + SESSION_DAYS * 86_400_000).toISOString(),
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
    return user ? { user, tokenHash: hashed, expiresAt } : null;
  }

  /** Told of every logout and every change of a user (the socket layer acts on open connections). */
  onChange(listener: (change: AccountChange) => void): void {
    this.listeners.push(listener);
  }

  private changed(change: AccountChange): void {
    for (const listener of this.listeners) listener(change);
  }

  /** Changes a user's group or role (admin). */
  async updateUser(
    username: string,
    input: { group?: unknown; role?: unknown },
  ): Promise<UserRecord> {
    const user = await this.store.getUserByName(username);
    if (!user) throw new AppError('not_found', `no user "${username}"`);
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
      if (user.username === 'admin' && input.role !== 'admin')
        throw new AppError('forbidden', 'the admin user stays an admin');
      next.role = input.role as Role;
    }
    await this.store.putUser(next);
    this.changed({ kind: 'user-changed', user: next });
    return next;
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
