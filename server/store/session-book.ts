/**
 * Login sessions on disk: `sessions.json` (every live session, as of its last rewrite) and
 * `sessions-<n>.jsonl` (each login, logout and "log this user out everywhere [but here]" since, one line
 * each). A login or logout appends one short line, whatever the number of sessions; lookups are a
 * map read. The snapshot is rewritten, and the logs before it dropped, when the logs have grown as
 * long as the snapshot, at open and every hour, when expired sessions are let go too.
 *
 * Crash safety: the snapshot is replaced atomically (DurableJsonFile), and a log is deleted only
 * after a snapshot that includes it is on disk. Replaying a log over a newer snapshot gives the
 * same sessions again (a put or a delete per token, applied in order), so a crash between the two
 * steps loses nothing and brings nothing back.
 */
import { readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { DurableJsonFile, StoreError } from './durable-file';
import { GroupAppend } from './group-append';
import type { LoginSessionRecord } from './port';

const LOG = /^sessions-(\d+)\.jsonl$/;
const PRUNE_MS = 60 * 60_000;
/** The logs are folded into the snapshot once they hold this many lines and as many as it has. */
const MIN_LINES_TO_COMPACT = 1000;

/** `keep`: the one session of `delUser` that stays (its token hash). */
type LogLine = { put: LoginSessionRecord } | { del: string } | { delUser: string; keep?: string };

export interface SessionBookOptions {
  dir: string;
  fsync: boolean;
  now: () => number;
  log?: (message: string) => void;
}

export class SessionBook {
  private readonly sessions = new Map<string, LoginSessionRecord>();
  private out!: GroupAppend;
  private number = 0;
  /** Logs whose every line is in the snapshot once the snapshot being written lands. */
  private older: string[] = [];
  private lines = 0;
  private compacting: Promise<void> | null = null;
  private timer?: NodeJS.Timeout;

  private readonly snapshot: DurableJsonFile<{ sessions: LoginSessionRecord[] }>;

  private constructor(private readonly options: SessionBookOptions) {
    this.snapshot = new DurableJsonFile(join(options.dir, 'sessions.json'), {
      fsync: options.fsync,
      now: options.now,
    });
  }

  static async open(options: SessionBookOptions): Promise<SessionBook> {
    const book = new SessionBook(options);
    await book.load();
    return book;
  }

  private async load(): Promise<void> {
    const { dir, log } = this.options;
    try {
      for (const s of (await this.snapshot.read())?.sessions ?? [])
        this.sessions.set(s.tokenHash, s);
    } catch (error) {
      // A damaged session file logs everyone out; it does not keep the server from starting.
      if (error instanceof StoreError && error.kind === 'corrupt') log?.(`store: ${error.message}`);
      else throw error;
    }
    const logs = (await readdir(dir))
      .filter((f) => LOG.test(f))
      .sort((a, b) => Number(LOG.exec(a)![1]) - Number(LOG.exec(b)![1]));
    for (const f of logs) {
      for (const line of (await readFile(join(dir, f), 'utf8')).split('\n')) {
        if (!line) continue;
        try {
          this.apply(JSON.parse(line) as LogLine);
        } catch {
          // a line cut short by a crash was never acknowledged
        }
      }
    }
    this.number = logs.length ? Number(LOG.exec(logs[logs.length - 1]!)![1]) : 0;
    this.older = logs.map((f) => join(dir, f));
    await this.compact();
    this.timer = setInterval(() => void this.compactSoon(), PRUNE_MS);
    this.timer.unref();
  }

  private apply(line: LogLine): void {
    if ('put' in line) this.sessions.set(line.put.tokenHash, line.put);
    else if ('del' in line) this.sessions.delete(line.del);
    else if ('delUser' in line)
      for (const [hash, s] of this.sessions)
        if (s.userId === line.delUser && hash !== line.keep) this.sessions.delete(hash);
  }

  get(tokenHash: string): LoginSessionRecord | null {
    return this.sessions.get(tokenHash) ?? null;
  }

  /** Live sessions held (expired ones are let go at the next compaction). */
  get size(): number {
    return this.sessions.size;
  }

  async put(session: LoginSessionRecord): Promise<void> {
    await this.append({ put: session });
    this.sessions.set(session.tokenHash, { ...session });
  }

  async delete(tokenHash: string): Promise<void> {
    if (!this.sessions.has(tokenHash)) return;
    await this.append({ del: tokenHash });
    this.sessions.delete(tokenHash);
  }

  async deleteUser(userId: string, keep?: string): Promise<void> {
    const line: LogLine = keep ? { delUser: userId, keep } : { delUser: userId };
    await this.append(line);
    this.apply(line);
  }

  /** Only what reached the log changes memory: a refused write leaves the sessions as they were. */
  private async append(line: LogLine): Promise<void> {
    await this.out.append(`${JSON.stringify(line)}\n`);
    this.lines++;
    if (this.lines >= Math.max(MIN_LINES_TO_COMPACT, this.sessions.size)) void this.compactSoon();
  }

  private compactSoon(): Promise<void> {
    this.compacting ??= this.compact()
      .catch((error: Error) =>
        this.options.log?.(`store: cannot rewrite sessions.json: ${error.message}`),
      )
      .finally(() => (this.compacting = null));
    return this.compacting;
  }

  /**
   * Starts a new log, writes every live session to the snapshot, then deletes the logs it covers.
   * Writes made meanwhile go to the new log, which the next snapshot covers.
   */
  private async compact(): Promise<void> {
    const now = this.options.now();
    for (const [hash, s] of this.sessions)
      if (!(Date.parse(s.expiresAt) > now)) this.sessions.delete(hash);
    const next = join(this.options.dir, `sessions-${this.number + 1}.jsonl`);
    if (this.out) {
      await this.out.reopen(next);
      this.older.push(join(this.options.dir, `sessions-${this.number}.jsonl`));
    } else this.out = await GroupAppend.open(next, this.options.fsync);
    this.number += 1;
    this.lines = 0;
    const covered = [...this.older];
    await this.snapshot.write({ sessions: [...this.sessions.values()] });
    this.older = this.older.filter((path) => !covered.includes(path));
    for (const path of covered)
      await unlink(path).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') this.older.push(path); // tried again next time
      });
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.compacting;
    await this.out.close();
  }
}
