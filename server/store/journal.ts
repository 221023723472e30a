/**
 * The attempts' write-ahead journal: every stored attempt is one JSON line appended to
 * `journal-<n>.jsonl` — the attempt without the messages the journal or its snapshot already has
 * (`from`: how many came before), so a message costs its own bytes, not the whole chat's — with the lines of one moment written together in a single append (group
 * commit). An acknowledgement waits for that append, nothing more; the per-attempt snapshot files
 * are written later, off the hot path, and the journal is then dropped. After a crash, replaying the
 * journals (last line per attempt wins, a torn last line skipped) restores every stored message.
 */
import { open, readdir, readFile, unlink, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { AttemptRecord } from './port';

const JOURNAL = /^journal-(\d+)\.jsonl$/;

/** One journal line: an attempt whose messages start at index `from`. */
interface JournalEntry {
  from: number;
  rec: AttemptRecord;
}

interface Waiter {
  resolve: () => void;
  reject: (error: Error) => void;
}

export class AttemptJournal {
  private pending: string[] = [];
  private waiters: Waiter[] = [];
  private flushing: Promise<void> | null = null;
  private bytes = 0;

  private constructor(
    private readonly dir: string,
    private handle: FileHandle,
    private number: number,
    private readonly fsync: boolean,
  ) {}

  /**
   * Reads every journal left in `dir` (oldest first) and rebuilds each attempt: `base` supplies the
   * snapshot an entry continues from when it does not start at message 0.
   */
  static async replay(
    dir: string,
    base: (id: string) => Promise<AttemptRecord | null>,
    log?: (m: string) => void,
  ): Promise<{ records: Map<string, AttemptRecord>; files: string[]; last: number }> {
    const files = (await readdir(dir))
      .filter((f) => JOURNAL.test(f))
      .sort((a, b) => Number(JOURNAL.exec(a)![1]) - Number(JOURNAL.exec(b)![1]));
    const records = new Map<string, AttemptRecord>();
    let torn = 0;
    for (const f of files) {
      for (const line of (await readFile(join(dir, f), 'utf8')).split('\n')) {
        if (!line) continue;
        let entry: JournalEntry;
        try {
          entry = JSON.parse(line) as JournalEntry;
        } catch {
          torn++; // a line cut short by a crash was never acknowledged
          continue;
        }
        const before =
          entry.from === 0 ? null : (records.get(entry.rec.id) ?? (await base(entry.rec.id)));
        if (entry.from > 0 && (!before || before.messages.length < entry.from)) {
          log?.(
            `store: journal entry for ${entry.rec.id} continues past what is on disk; kept what there is`,
          );
        }
        records.set(entry.rec.id, {
          ...entry.rec,
          messages: [...(before?.messages.slice(0, entry.from) ?? []), ...entry.rec.messages],
        });
      }
    }
    if (torn) log?.(`store: skipped ${torn} incomplete journal line(s)`);
    const last = files.length ? Number(JOURNAL.exec(files[files.length - 1]!)![1]) : 0;
    return { records, files: files.map((f) => join(dir, f)), last };
  }

  static async open(dir: string, number: number, fsync: boolean): Promise<AttemptJournal> {
    return new AttemptJournal(
      dir,
      await open(join(dir, `journal-${number}.jsonl`), 'a'),
      number,
      fsync,
    );
  }

  get size(): number {
    return this.bytes;
  }

  /**
   * Resolves once the record is in the journal (and fsynced, with the fsync option). Only messages
   * from index `from` on are written: the ones before are already in the journal or the snapshot.
   */
  append(record: AttemptRecord, from = 0): Promise<void> {
    const entry: JournalEntry = { from, rec: { ...record, messages: record.messages.slice(from) } };
    const line = `${JSON.stringify(entry)}\n`;
    return new Promise((resolve, reject) => {
      this.pending.push(line);
      this.waiters.push({ resolve, reject });
      if (!this.flushing) this.flushing = this.flush();
    });
  }

  private async flush(): Promise<void> {
    // Let the other writes of this moment join the batch.
    await new Promise((r) => setImmediate(r));
    while (this.pending.length) {
      const lines = this.pending.join('');
      const waiters = this.waiters;
      this.pending = [];
      this.waiters = [];
      try {
        await this.handle.write(lines);
        if (this.fsync) await this.handle.sync();
        this.bytes += lines.length;
        for (const w of waiters) w.resolve();
      } catch (error) {
        for (const w of waiters) w.reject(error as Error);
      }
    }
    this.flushing = null;
  }

  /** Starts a new journal file for what comes next; returns the path of the one it replaces. */
  async rotate(): Promise<string> {
    await this.flushing;
    const old = join(this.dir, `journal-${this.number}.jsonl`);
    const next = await open(join(this.dir, `journal-${this.number + 1}.jsonl`), 'a');
    const previous = this.handle;
    this.handle = next;
    this.number += 1;
    this.bytes = 0;
    await previous.close();
    return old;
  }

  async close(): Promise<void> {
    await this.flushing;
    await this.handle.close();
  }

  static async remove(paths: readonly string[]): Promise<void> {
    for (const p of paths) await unlink(p).catch(() => undefined);
  }
}
