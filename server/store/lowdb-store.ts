/**
 * The default store: lowdb over JSON files in DATA_DIR.
 *
 *   users.json, meta.json          small documents, one lowdb each
 *   sessions.json + sessions-<n>.jsonl   login sessions: a snapshot and the logins since (SessionBook)
 *   attempts/<id>.json             one lowdb document per attempt: persisting a message rewrites
 *                                  only that attempt, so its cost does not grow with history
 *   attempts/index.jsonl           append-only summaries (last line per id wins), compacted at open
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Low } from 'lowdb';
import { DurableJsonFile, ensureWritableDir, StoreError } from './durable-file';
import { SnapshotWriter } from './snapshot-writer';
import { GroupAppend } from './group-append';
import { AttemptJournal, FIXED_FIELDS, fixedOf, type Fixed } from './journal';
import { SessionBook } from './session-book';

/**
 * How often snapshot files catch up with the journal, or sooner once the journal is this big. Each
 * checkpoint rewrites the file of every attempt that changed: under load, rarely is much cheaper
 * (an attempt in play changes every few seconds). Replaying a full journal at start took 1.5 s here
 * (64 MB, 2,000 attempts).
 */
const CHECKPOINT_MS = Number(process.env.SPARRING_CHECKPOINT_MS ?? 30_000);
const CHECKPOINT_BYTES = 64 * 2 ** 20;
import {
  summarize,
  type AttemptRecord,
  type AttemptSummaryRecord,
  type LoginSessionRecord,
  type Store,
  type StoredMessage,
  type UserRecord,
} from './port';

const ATTEMPT_ID = /^[A-Za-z0-9_-]{8,64}$/;

/**
 * The store's own copy of an attempt, for snapshots and reads. The record without its messages is
 * kept as JSON (flat strings: no second serialisation, and nothing for the garbage collector to
 * trace field by field), in two parts: the fields fixed when the attempt starts, made once per
 * attempt and shared by its copies, and the rest, made again with every write. Messages before
 * `from` are taken from the previous copy (they have not changed), only the rest are copied. A full
 * copy per message would be kilobytes living a few seconds each (promoted, then collected by full
 * collections whose pauses every trainee feels).
 */
interface Held {
  /** The fields fixed at the start (shared by every copy of one attempt, never changed). */
  fixed: Fixed;
  /** JSON of `fixed`. */
  fixedJson: string;
  /** JSON of the other fields but `messages`, `id` first. */
  head: string;
  status: AttemptRecord['status'];
  messages: StoredMessage[];
}

/**
 * The JSON of a record without its messages and its fixed fields (left out for the moment, not
 * copied around: only fields the record has are touched, so its shape does not change).
 */
function headJson(record: AttemptRecord): string {
  const r = record as unknown as Record<string, unknown>;
  const saved: unknown[] = [];
  const messages = record.messages;
  try {
    (record as { messages?: StoredMessage[] }).messages = undefined;
    for (const k of FIXED_FIELDS) {
      saved.push(r[k]);
      if (r[k] !== undefined) r[k] = undefined;
    }
    return JSON.stringify(record);
  } finally {
    record.messages = messages;
    FIXED_FIELDS.forEach((k, i) => {
      if (saved[i] !== undefined) r[k] = saved[i];
    });
  }
}

function sameFixed(fixed: Fixed, record: AttemptRecord): boolean {
  return FIXED_FIELDS.every((k) => fixed[k] === record[k]);
}

function hold(record: AttemptRecord, previous: Held | undefined, from: number): Held {
  const kept = previous ? previous.messages.slice(0, Math.min(from, previous.messages.length)) : [];
  for (let i = kept.length; i < record.messages.length; i++) kept.push({ ...record.messages[i]! });
  const same = previous !== undefined && sameFixed(previous.fixed, record);
  const fixed = same ? previous.fixed : fixedOf(record);
  return {
    fixed,
    fixedJson: same ? previous.fixedJson : JSON.stringify(fixed),
    head: headJson(record),
    status: record.status,
    messages: kept,
  };
}

/**
 * The JSON of a record: its head, its fixed fields unless `withFixed` is false (a journal line whose
 * attempt's fixed fields are already in the journal or its snapshot), and `messages` from index
 * `from` on, last.
 */
function recordJson(held: Held, from = 0, withFixed = true): string {
  const fixed = withFixed && held.fixedJson.length > 2 ? `,${held.fixedJson.slice(1, -1)}` : '';
  return `${held.head.slice(0, -1)}${fixed},"messages":${JSON.stringify(from ? held.messages.slice(from) : held.messages)}}`;
}

/** Summaries are equal field by field (nested objects by identity): the stored one can stay. */
function sameSummary(a: AttemptSummaryRecord, b: AttemptSummaryRecord): boolean {
  const keys = Object.keys(b) as Array<keyof AttemptSummaryRecord>;
  return keys.length === Object.keys(a).length && keys.every((k) => a[k] === b[k]);
}

const summaryLine = (summary: AttemptSummaryRecord) => `${JSON.stringify(summary)}\n`;

export interface LowdbStoreOptions {
  dataDir: string;
  /** fsync every write before it returns (durable acks across power loss). */
  fsync?: boolean;
  log?: (message: string) => void;
  /** The application's clock (epoch ms), for dropping expired login sessions at open. */
  now?: () => number;
  /**
   * Write snapshot files on a thread of their own (without fsync only): the server's event loop then
   * never waits for a close's snapshot. Off for tools and tests that read a snapshot right after
   * the call that wrote it.
   */
  snapshotThread?: boolean;
}

export class LowdbStore implements Store {
  private users!: Low<{ users: UserRecord[] }>;
  private sessions!: SessionBook;
  /** Users by id, for the lookup every request and socket event makes. */
  private usersById = new Map<string, UserRecord>();
  private meta!: Low<{ secrets: Record<string, string> }>;
  private readonly index = new Map<string, AttemptSummaryRecord>();
  private readonly quarantined = new Map<string, StoreError>();
  /** The newest stored state of attempts whose snapshot file is behind the journal. */
  private readonly latest = new Map<string, Held>();
  private readonly dirty = new Set<string>();
  /** Shard folders under attempts/ known to exist. */
  private readonly shards = new Set<string>();
  /** Messages of each attempt already in the journal or its snapshot: the next entry starts there. */
  private readonly journaled = new Map<string, number>();
  private journal!: AttemptJournal;
  private checkpointing: Promise<void> | null = null;
  /** Closed attempts waiting for their final snapshot, written one at a time soon after the close. */
  private readonly toSettle = new Set<string>();
  /** Journals rotated away whose lines are not all known to be in snapshots yet, oldest first. */
  private retired: string[] = [];
  /** Snapshot writes under way, by attempt: the next one for the same attempt waits its turn. */
  private readonly writing = new Map<string, Promise<unknown>>();
  private settling: Promise<void> | null = null;
  private timer?: NodeJS.Timeout;
  /** Summary lines for the index, appended together; acknowledgements do not wait for them. */
  private indexOut!: GroupAppend;
  /** Attempts whose latest summary line failed to reach the index: the next checkpoint retries. */
  private readonly unindexed = new Set<string>();
  private readonly attemptsDir: string;
  private readonly indexPath: string;
  private readonly writer: SnapshotWriter | null;

  private constructor(private readonly options: LowdbStoreOptions) {
    this.attemptsDir = join(options.dataDir, 'attempts');
    this.indexPath = join(this.attemptsDir, 'index.jsonl');
    this.writer = options.snapshotThread && !options.fsync ? new SnapshotWriter() : null;
  }

  static async open(options: LowdbStoreOptions): Promise<LowdbStore> {
    const store = new LowdbStore(options);
    await store.init();
    return store;
  }

  private file<T>(path: string) {
    return new DurableJsonFile<T>(path, { fsync: this.options.fsync });
  }

  private async init(): Promise<void> {
    const { dataDir } = this.options;
    await ensureWritableDir(dataDir);
    await mkdir(this.attemptsDir, { recursive: true });
    this.users = new Low(this.file(join(dataDir, 'users.json')), { users: [] });
    this.meta = new Low(this.file(join(dataDir, 'meta.json')), { secrets: {} });
    await this.readOrReport(this.users);
    await this.readOrReport(this.meta);
    this.indexUsers();
    this.sessions = await SessionBook.open({
      dir: dataDir,
      fsync: !!this.options.fsync,
      now: this.options.now ?? Date.now,
      log: this.options.log,
    });
    await this.loadIndex();
    await this.recoverJournal();
    this.indexOut = await GroupAppend.open(this.indexPath, !!this.options.fsync);
    this.timer = setInterval(() => this.checkpointSoon(), CHECKPOINT_MS);
    this.timer.unref();
  }

  /** Replays journals a crash left behind into snapshot files, then starts a fresh journal. */
  private async recoverJournal(): Promise<void> {
    const { records, files, last } = await AttemptJournal.replay(
      this.attemptsDir,
      (id) => this.readSnapshot(id),
      this.options.log,
    );
    for (const record of records.values()) {
      await this.writeSnapshot(record.id, JSON.stringify(record));
      this.index.set(record.id, summarize(record));
    }
    if (records.size) {
      await this.rewriteIndex();
      this.options.log?.(`store: recovered ${records.size} attempt(s) from the journal`);
    }
    this.journal = await AttemptJournal.open(this.attemptsDir, last + 1, !!this.options.fsync);
    this.retired = await AttemptJournal.remove(files);
    this.reportRetired();
  }

  private reportRetired(): void {
    if (this.retired.length)
      this.options.log?.(
        `store: cannot delete ${this.retired.join(', ')}; every line in it is in a snapshot, and the next checkpoint tries again`,
      );
  }

  private async readSnapshot(id: string): Promise<AttemptRecord | null> {
    if (!ATTEMPT_ID.test(id)) return null;
    return new DurableJsonFile<AttemptRecord>(this.attemptPath(id)).read().catch(() => null);
  }

  /**
   * Snapshot writes of one attempt land in the order they were asked for: a checkpoint's write of
   * an older state still under way when the attempt closes must not replace the closed one after it.
   */
  private writeSnapshot(id: string, json: string): Promise<void> {
    const before = this.writing.get(id);
    const run = before
      ? before.then(() => this.writeSnapshotNow(id, json))
      : this.writeSnapshotNow(id, json);
    const done = run.catch(() => undefined);
    this.writing.set(id, done);
    void done.then(() => {
      if (this.writing.get(id) === done) this.writing.delete(id);
    });
    return run;
  }

  private async writeSnapshotNow(id: string, json: string): Promise<void> {
    if (this.writer) {
      const path = this.attemptPath(id);
      return this.writer.write(path, json).catch((error: Error) => {
        throw new StoreError(`cannot write ${path}: ${error.message}`, path, 'unwritable');
      });
    }
    const dir = dirname(this.attemptPath(id));
    // A shard folder is made once, not before every snapshot (a close writes one).
    if (!this.shards.has(dir)) {
      await mkdir(dir, { recursive: true });
      this.shards.add(dir);
    }
    try {
      await this.file<AttemptRecord>(this.attemptPath(id)).writeText(json);
    } catch (error) {
      this.shards.delete(dir); // made again next time, in case it went
      throw error;
    }
  }

  /**
   * A closed attempt changes no more (but for a trainer's review): its final snapshot is written
   * now rather than at the next checkpoint, and the store's copy is let go. Otherwise the copies of
   * every chat closed in the last 30 seconds sit in memory, and a bigger heap means longer pauses.
   * Without fsync the snapshot goes to the page cache at once, like the journal line before it;
   * with fsync, or behind another write of the same file, it is written in the background.
   */
  private settle(id: string, held: Held): void {
    if (this.writer) {
      // In order behind any write of the same file; a failure is retried and logged by settleSoon.
      this.writeSnapshot(id, recordJson(held)).then(
        () => this.snapshotted(id, held),
        () => this.settleSoon(id),
      );
      return;
    }
    if (this.options.fsync || this.writing.has(id)) return this.settleSoon(id);
    const dir = dirname(this.attemptPath(id));
    try {
      if (!this.shards.has(dir)) {
        mkdirSync(dir, { recursive: true });
        this.shards.add(dir);
      }
      this.file<AttemptRecord>(this.attemptPath(id)).writeTextSync(recordJson(held));
    } catch {
      this.shards.delete(dir);
      return this.settleSoon(id); // tried again in the background, which logs a failure
    }
    this.snapshotted(id, held);
  }

  private settleSoon(id: string): void {
    this.toSettle.add(id);
    this.settling ??= (async () => {
      for (const next of this.toSettle) {
        this.toSettle.delete(next);
        const held = this.latest.get(next);
        if (!held || held.status !== 'closed') continue;
        try {
          await this.writeSnapshot(next, recordJson(held));
        } catch (error) {
          // The journal still has it, and the next checkpoint tries again.
          this.options.log?.(`store: snapshot of ${next} failed: ${(error as Error).message}`);
          continue;
        }
        this.snapshotted(next, held);
      }
    })().finally(() => {
      this.settling = null;
    });
  }

  /**
   * `held` is now in its snapshot file. Only if nothing newer arrived meanwhile is the attempt
   * clean; a closed one is then let go from memory.
   */
  private snapshotted(id: string, held: Held): void {
    if (this.latest.get(id) !== held) return;
    this.dirty.delete(id);
    if (held.status === 'closed') {
      this.latest.delete(id);
      this.journaled.delete(id);
    }
  }

  /** A background checkpoint: a failure is logged (the journal keeps everything), never thrown. */
  private checkpointSoon(): void {
    this.checkpoint().catch((error: Error) =>
      this.options.log?.(`store: checkpoint failed, the journal is kept: ${error.message}`),
    );
  }

  /**
   * Writes the snapshot files of everything the journal holds, then drops that journal. Runs in the
   * background every few seconds; acknowledgements never wait for it.
   */
  async checkpoint(): Promise<void> {
    if (this.checkpointing) return this.checkpointing;
    if (!this.dirty.size && !this.retired.length) return;
    this.checkpointing = (async () => {
      if (this.dirty.size) {
        // Every journal rotated away stays until a checkpoint has put all it holds in snapshots:
        // one that failed keeps its journal, and the next one that succeeds deletes them all.
        this.retired.push(await this.journal.rotate());
        for (const id of [...this.dirty]) {
          const held = this.latest.get(id);
          if (!held) {
            this.dirty.delete(id); // settled in the meantime: its snapshot is written
            continue;
          }
          try {
            await this.writeSnapshot(id, recordJson(held));
          } catch (error) {
            this.options.log?.(
              `store: checkpoint of ${id} failed, kept in the journal: ${(error as Error).message}`,
            );
            return; // the journals stay; the next checkpoint (or start) tries again
          }
          this.snapshotted(id, held);
        }
      }
      // The index must be as new as the snapshots before the journal that could rebuild it goes.
      await this.indexOut.drain();
      if (this.unindexed.size) {
        const ids = [...this.unindexed];
        this.unindexed.clear();
        try {
          await this.indexOut.append(ids.map((id) => summaryLine(this.index.get(id)!)).join(''));
        } catch (error) {
          for (const id of ids) this.unindexed.add(id);
          this.options.log?.(
            `store: cannot append to ${this.indexPath}, the journal is kept: ${(error as Error).message}`,
          );
          return;
        }
      }
      // Everything the old journals held is now in a snapshot or in the current journal.
      this.retired = await AttemptJournal.remove(this.retired);
      this.reportRetired();
    })().finally(() => {
      this.checkpointing = null;
    });
    return this.checkpointing;
  }

  /** A corrupt document is kept aside and started afresh, loudly; anything else stops the start. */
  private async readOrReport<T>(db: Low<T>): Promise<void> {
    try {
      await db.read();
    } catch (error) {
      if (error instanceof StoreError && error.kind === 'corrupt')
        this.options.log?.(`store: ${error.message}`);
      else throw error;
    }
  }

  private async loadIndex(): Promise<void> {
    let text = '';
    try {
      text = await readFile(this.indexPath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    let bad = 0;
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        const summary = JSON.parse(line) as AttemptSummaryRecord;
        this.index.set(summary.id, summary);
      } catch {
        bad++; // a torn last line after a crash; the attempt file itself is intact
      }
    }
    if (bad) this.options.log?.(`store: skipped ${bad} unreadable line(s) in ${this.indexPath}`);
    await this.rewriteIndex();
  }

  /** Compacts the index: one line per attempt, written atomically. */
  private async rewriteIndex(): Promise<void> {
    const tmp = `${this.indexPath}.tmp`;
    const handle = await open(tmp, 'w');
    await handle.writeFile([...this.index.values()].map(summaryLine).join(''));
    if (this.options.fsync) await handle.sync();
    await handle.close();
    await rename(tmp, this.indexPath);
  }

  async getUserByName(username: string) {
    return this.users.data.users.find((u) => u.username === username) ?? null;
  }
  async getUser(id: string) {
    return this.usersById.get(id) ?? null;
  }
  private indexUsers(): void {
    this.usersById = new Map(this.users.data.users.map((u) => [u.id, u]));
  }
  async listUsers() {
    return [...this.users.data.users];
  }
  async putUser(user: UserRecord) {
    const list = this.users.data.users;
    const i = list.findIndex((u) => u.id === user.id);
    if (i >= 0) list[i] = user;
    else list.push(user);
    this.indexUsers();
    await this.users.write();
  }

  putSession(session: LoginSessionRecord) {
    return this.sessions.put(session);
  }
  async getSession(tokenHash: string) {
    return this.sessions.get(tokenHash);
  }
  deleteSession(tokenHash: string) {
    return this.sessions.delete(tokenHash);
  }
  deleteSessionsOf(userId: string, except?: string) {
    return this.sessions.deleteUser(userId, except);
  }

  /**
   * attempts/<first two characters of the id>/<id>.json: small folders keep creating and renaming a
   * file as cheap with 100,000 attempts as with 100.
   */
  private attemptPath(id: string): string {
    return join(this.attemptsDir, id.slice(0, 2).toLowerCase(), `${id}.json`);
  }

  /** An attempt's snapshot file, read afresh: nothing read is kept (the attempt service keeps chats in play). */
  private attemptDb(id: string): Low<AttemptRecord> {
    if (!ATTEMPT_ID.test(id))
      throw new StoreError(`not an attempt id: ${JSON.stringify(id)}`, id, 'unreadable');
    return new Low<AttemptRecord>(
      this.file(this.attemptPath(id)),
      null as unknown as AttemptRecord,
    );
  }

  async putAttempt(attempt: AttemptRecord) {
    if (!ATTEMPT_ID.test(attempt.id))
      throw new StoreError(
        `not an attempt id: ${JSON.stringify(attempt.id)}`,
        attempt.id,
        'unwritable',
      );
    // Everything taken from `attempt` is taken now, before the first pause: callers go on changing
    // their record. The last message already stored may have changed since (its mood), so the
    // journal entry and the store's copy start from that one.
    const messages = attempt.messages.length;
    const from = Math.max(0, Math.min(this.journaled.get(attempt.id) ?? 0, messages) - 1);
    const previous = this.latest.get(attempt.id);
    const latest = hold(attempt, previous, from);
    const before = this.index.get(attempt.id);
    const computed = summarize(attempt);
    // Most writes change no listed field: the stored summary stays, the new one is garbage at once.
    const summary = before && sameSummary(before, computed) ? before : computed;
    this.latest.set(attempt.id, latest);
    try {
      // The fixed fields go into the journal with an attempt's first line (or when they change);
      // later lines carry only what changes, and replaying takes the fixed fields from before.
      const withFixed = from === 0 || !previous || latest.fixed !== previous.fixed;
      await this.journal.append(recordJson(latest, from, withFixed), from);
    } catch (error) {
      // What failed to reach the disk must not be served from memory either, unless a newer
      // write of the same attempt (a whole record, this one's changes included) has taken its place.
      if (this.latest.get(attempt.id) === latest) {
        if (previous) this.latest.set(attempt.id, previous);
        else this.latest.delete(attempt.id);
      }
      throw new StoreError(
        `cannot write the journal: ${(error as Error).message}`,
        this.attemptsDir,
        'unwritable',
      );
    }
    this.dirty.add(attempt.id);
    this.journaled.set(attempt.id, messages);
    if (this.journal.size > CHECKPOINT_BYTES && !this.checkpointing) this.checkpointSoon();
    if (summary.status === 'closed') this.settle(attempt.id, latest);
    this.index.set(attempt.id, summary);
    // The index on disk changes when an attempt starts, ends, closes or is reviewed; the mood and
    // timings of a chat in progress would add a line per message and are read from its file anyway.
    const moved = !before || before.status !== summary.status || summary.status !== 'active';
    // A lost line is harmless: the journal that holds this write is kept until the index has it,
    // and replaying a journal rebuilds the summaries of what it holds.
    if (moved && (!before || JSON.stringify(before) !== JSON.stringify(summary))) {
      this.unindexed.delete(attempt.id);
      this.indexOut.append(summaryLine(summary)).catch((error: Error) => {
        this.unindexed.add(attempt.id);
        this.options.log?.(`store: cannot append to ${this.indexPath}: ${error.message}`);
      });
    }
  }

  async getAttempt(id: string) {
    if (!ATTEMPT_ID.test(id)) return null;
    const damaged = this.quarantined.get(id);
    if (damaged) throw damaged;
    const newest = this.latest.get(id);
    if (newest)
      return {
        ...(JSON.parse(newest.head) as Omit<AttemptRecord, 'messages'>),
        ...newest.fixed,
        messages: newest.messages.map((m) => ({ ...m })),
      };
    const db = this.attemptDb(id);
    try {
      await db.read();
    } catch (error) {
      // Keep answering "damaged" (not "missing") for an attempt whose file was set aside.
      if (error instanceof StoreError && error.kind === 'corrupt') this.quarantined.set(id, error);
      throw error;
    }
    // Not kept: reading history (reviews, exports, a restart's recovery) must not fill the heap.
    return db.data as AttemptRecord | null;
  }

  async listAttempts(filter: { userId?: string } = {}) {
    const out: AttemptSummaryRecord[] = [];
    for (const s of this.index.values())
      if (!filter.userId || s.userId === filter.userId) out.push(s);
    return out.sort((a, b) => b.createdAt - a.createdAt);
  }

  async secret(name: string) {
    const data = this.meta.data.secrets;
    if (!data[name]) {
      data[name] = randomBytes(16).toString('hex');
      await this.meta.write();
    }
    return data[name]!;
  }

  async close() {
    clearInterval(this.timer);
    await this.settling;
    await this.checkpointing;
    // The index gets a line for a chat in progress only when it starts (one per message would be
    // too many): at a clean stop each one's latest summary goes in, so the next start lists it as
    // it was last stored. (After a crash, replaying the journal refreshes what changed since the
    // last checkpoint.)
    const active = [...this.index.values()].filter((s) => s.status === 'active');
    if (active.length)
      await this.indexOut
        .append(active.map(summaryLine).join(''))
        .catch((error: Error) =>
          this.options.log?.(`store: cannot append to ${this.indexPath}: ${error.message}`),
        );
    await this.checkpoint();
    await Promise.all(this.writing.values());
    await this.settling;
    await this.writer?.close();
    await this.journal.close();
    await this.indexOut.close();
    await this.sessions.close();
  }
}
