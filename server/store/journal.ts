/**
 * The attempts' write-ahead journal: every stored attempt is one JSON line appended to
 * `journal-<n>.jsonl`: the attempt without the messages the journal or its snapshot already has
 * (`from`: how many came before), and after its first line without the fields fixed at its start
 * (FIXED_FIELDS), so a message costs its own bytes, not the whole chat's. The line
 * is written at once (with fsync: group-committed with the lines of the same moment, see
 * GroupAppend). An acknowledgement waits for that append, nothing more; the per-attempt snapshot
 * files are written later, off the hot path, and the journal is then dropped. After a crash,
 * replaying the journals (last line per attempt wins, a torn line skipped) restores every stored
 * message.
 */
import { readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { GroupAppend } from './group-append';
import type { AttemptRecord } from './port';

const JOURNAL = /^journal-(\d+)\.jsonl$/;

/**
 * The fields an attempt gets when it starts and keeps. A journal line after the attempt's first may
 * leave them out: replaying takes them from the line or snapshot before it.
 */
export const FIXED_FIELDS = [
  'userId',
  'username',
  'scenarioId',
  'scenarioTitle',
  'language',
  'mode',
  'seed',
  'group',
  'preview',
  'createdAt',
] as const satisfies ReadonlyArray<keyof AttemptRecord>;

export type Fixed = Pick<AttemptRecord, (typeof FIXED_FIELDS)[number]>;

/** The fixed fields a record has (absent ones stay absent). */
export function fixedOf(record: AttemptRecord): Fixed {
  const out: Record<string, unknown> = {};
  for (const k of FIXED_FIELDS) if (record[k] !== undefined) out[k] = record[k];
  return out as unknown as Fixed;
}

/** One journal line: an attempt whose messages start at index `from`. */
interface JournalEntry {
  from: number;
  rec: AttemptRecord;
}

export class AttemptJournal {
  private constructor(
    private readonly dir: string,
    private readonly out: GroupAppend,
    private number: number,
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
        if (entry.from > 0 && !before && entry.rec.userId === undefined) {
          // Its first lines and its snapshot are both gone (a damaged file): who it belongs to is
          // not known, so it is not rebuilt; the damaged snapshot is reported when it is read.
          log?.(
            `store: journal entry for ${entry.rec.id} has nothing before it on disk; not rebuilt`,
          );
          continue;
        }
        if (entry.from > 0 && (!before || before.messages.length < entry.from)) {
          log?.(
            `store: journal entry for ${entry.rec.id} continues past what is on disk; kept what there is`,
          );
        }
        records.set(entry.rec.id, {
          // A line after the first may leave out the fixed fields: they are the ones before it.
          ...(before ? fixedOf(before) : {}),
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
    const out = await GroupAppend.open(join(dir, `journal-${number}.jsonl`), fsync);
    return new AttemptJournal(dir, out, number);
  }

  get size(): number {
    return this.out.size;
  }

  /**
   * Resolves once the record is in the journal (and fsynced, with the fsync option). `json` is the
   * record as JSON holding only its messages from index `from` on: the ones before are already in
   * the journal or the snapshot.
   */
  append(json: string, from = 0): Promise<void> {
    return this.out.append(`{"from":${from},"rec":${json}}\n`);
  }

  /** Starts a new journal file for what comes next; returns the path of the one it replaces. */
  async rotate(): Promise<string> {
    const old = join(this.dir, `journal-${this.number}.jsonl`);
    // Numbered only once the new file is open: if it cannot be, appends stay on the old one and
    // the next rotation tries the same number again.
    await this.out.reopen(join(this.dir, `journal-${this.number + 1}.jsonl`));
    this.number += 1;
    return old;
  }

  close(): Promise<void> {
    return this.out.close();
  }

  /**
   * Deletes journals whose every line is in a snapshot. Returns the ones still there (a journal
   * left behind would be replayed over newer snapshots at the next start): the caller tries again.
   */
  static async remove(paths: readonly string[]): Promise<string[]> {
    const left: string[] = [];
    for (const p of paths)
      await unlink(p).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') left.push(p);
      });
    return left;
  }
}
