/**
 * A lowdb adapter for one JSON file: atomic writes (temporary file + rename, optionally fsynced),
 * and a corrupt file kept aside with a clear error instead of a crash or silent data loss.
 */
import fs from 'node:fs';
import { mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';

export class StoreError extends Error {
  constructor(
    message: string,
    readonly path: string,
    readonly kind: 'corrupt' | 'unwritable' | 'unreadable',
  ) {
    super(message);
  }
}

let tmpCounter = 0;

export class DurableJsonFile<T> implements Adapter<T> {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly path: string,
    private readonly options: { fsync?: boolean; now?: () => number } = {},
  ) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new StoreError(
        `cannot read ${this.path}: ${(error as Error).message}`,
        this.path,
        'unreadable',
      );
    }
    try {
      return JSON.parse(text) as T;
    } catch (error) {
      const aside = `${this.path}.corrupt-${this.options.now?.() ?? Date.now()}`;
      await rename(this.path, aside).catch(() => undefined);
      throw new StoreError(
        `${this.path} is corrupt (${(error as Error).message}); it was moved aside to ${basename(aside)}`,
        this.path,
        'corrupt',
      );
    }
  }

  /** Writes are serialised per file; each replaces the file atomically. */
  write(data: T): Promise<void> {
    return this.writeText(JSON.stringify(data));
  }

  /** Writes text the caller already has, unchecked (JSON here; the scenario library stores YAML). */
  writeText(text: string): Promise<void> {
    const run = this.queue.then(() => this.writeNow(text));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private tmpPath(): string {
    return join(dirname(this.path), `.${basename(this.path)}.${process.pid}.${tmpCounter++}.tmp`);
  }

  /**
   * The same atomic replacement, done now on the calling thread: for a small file in the page
   * cache (no fsync) that is a few system calls, cheaper than four trips through the thread pool.
   * The caller makes sure no asynchronous write of the same file is under way.
   */
  writeTextSync(text: string): void {
    if (this.options.fsync) throw new Error('writeTextSync is for files written without fsync');
    const tmp = this.tmpPath();
    try {
      fs.writeFileSync(tmp, text);
      fs.renameSync(tmp, this.path);
    } catch (error) {
      try {
        fs.unlinkSync(tmp);
      } catch {
        // never made, or already gone
      }
      throw new StoreError(
        `cannot write ${this.path}: ${(error as Error).message}`,
        this.path,
        'unwritable',
      );
    }
  }

  private async writeNow(text: string): Promise<void> {
    const tmp = this.tmpPath();
    try {
      const handle = await open(tmp, 'w');
      try {
        await handle.writeFile(text);
        if (this.options.fsync) await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(tmp, this.path);
      if (this.options.fsync) await syncDir(dirname(this.path));
    } catch (error) {
      await unlink(tmp).catch(() => undefined);
      throw new StoreError(
        `cannot write ${this.path}: ${(error as Error).message}`,
        this.path,
        'unwritable',
      );
    }
  }
}

async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function ensureWritableDir(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    const probe = join(dir, `.write-probe-${process.pid}`);
    const handle = await open(probe, 'w');
    await handle.close();
    await unlink(probe);
  } catch (error) {
    throw new StoreError(
      `the data folder ${dir} is not writable: ${(error as Error).message}`,
      dir,
      'unwritable',
    );
  }
}
