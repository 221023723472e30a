/** The in-memory twin of the store, for tests of the core. */
import { randomBytes } from 'node:crypto';
import {
  summarize,
  type AttemptRecord,
  type LoginSessionRecord,
  type Store,
  type UserRecord,
} from './port';

const copy = <T>(v: T): T => structuredClone(v);

export class MemoryStore implements Store {
  private users = new Map<string, UserRecord>();
  private sessions = new Map<string, LoginSessionRecord>();
  private attempts = new Map<string, AttemptRecord>();

  async getUserByName(username: string) {
    for (const u of this.users.values()) if (u.username === username) return copy(u);
    return null;
  }
  async getUser(id: string) {
    const u = this.users.get(id);
    return u ? copy(u) : null;
  }
  async listUsers() {
    return [...this.users.values()].map(copy);
  }
  async putUser(user: UserRecord) {
    this.users.set(user.id, copy(user));
  }
  async putSession(s: LoginSessionRecord) {
    this.sessions.set(s.tokenHash, copy(s));
  }
  async getSession(tokenHash: string) {
    const s = this.sessions.get(tokenHash);
    return s ? copy(s) : null;
  }
  async deleteSession(tokenHash: string) {
    this.sessions.delete(tokenHash);
  }
  async deleteSessionsOf(userId: string, except?: string) {
    for (const [key, s] of this.sessions)
      if (s.userId === userId && key !== except) this.sessions.delete(key);
  }
  async putAttempt(a: AttemptRecord) {
    this.attempts.set(a.id, copy(a));
  }
  async getAttempt(id: string) {
    const a = this.attempts.get(id);
    return a ? copy(a) : null;
  }
  async listAttempts(filter: { userId?: string } = {}) {
    return [...this.attempts.values()]
      .filter((a) => !filter.userId || a.userId === filter.userId)
      .map(summarize);
  }
  private secrets = new Map<string, string>();
  async secret(name: string) {
    const v = this.secrets.get(name) ?? randomBytes(16).toString('hex');
    this.secrets.set(name, v);
    return v;
  }
  async close() {}
}
