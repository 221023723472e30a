/**
 * Appends lines to one open file, in order, each caller's promise settling once its line is written.
 *
 * - Without fsync a line is written at once, synchronously: that only copies it into the page cache
 *   (about 10 µs). A round trip through libuv's thread pool costs a cross-thread wake-up each way
 *   and, with every core busy, a wait for a core: at 1,000 trainees it took the acknowledgement's
 *   p99 inside the server from 1.0 ms to 5 ms (docs/BENCHMARKS.md).
 * - With fsync the disk itself is waited for, asynchronously, with group commit: every line handed
 *   over in the same moment goes out in a single write and a single fsync.
 */
import { writeSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

interface Waiter {
  resolve: () => void;
  reject: (error: Error) => void;
}

export class GroupAppend {
  private pending: string[] = [];
  private waiters: Waiter[] = [];
  private flushing: Promise<void> | null = null;
  private bytes = 0;
  /**
   * A failed write may have left part of a line, even all of it but the newline: the next write
   * first ends that line with `#`, which no JSON reader accepts, so the refused line is never read.
   */
  private torn = false;

  private constructor(
    private handle: FileHandle,
    private readonly fsync: boolean,
  ) {}

  static async open(path: string, fsync: boolean): Promise<GroupAppend> {
    return new GroupAppend(await open(path, 'a'), fsync);
  }

  /** Bytes written to the current file. */
  get size(): number {
    return this.bytes;
  }

  /** Resolves once `text` is in the file (and fsynced, with that option). */
  append(text: string): Promise<void> {
    if (!this.fsync) {
      try {
        this.write(text);
        return Promise.resolve();
      } catch (error) {
        return Promise.reject(error as Error);
      }
    }
    return new Promise((resolve, reject) => {
      this.pending.push(text);
      this.waiters.push({ resolve, reject });
      if (!this.flushing) this.flushing = this.flush();
    });
  }

  /**
   * Writes `text` now (no fsync). The string goes to the file as it is, encoded by the write itself
   * rather than into a Buffer first (one allocation less per stored message); the rare short write
   * is finished from a Buffer.
   */
  private write(text: string): void {
    const line = this.torn ? `#\n${text}` : text;
    const bytes = Buffer.byteLength(line);
    try {
      const done = writeSync(this.handle.fd, line);
      if (done < bytes) {
        const data = Buffer.from(line);
        for (let at = done; at < data.length;)
          at += writeSync(this.handle.fd, data, at, data.length - at);
      }
    } catch (error) {
      this.torn = true;
      throw error;
    }
    this.torn = false;
    this.bytes += bytes;
  }

  /** The bytes of `text`, after spoiling what a write cut short may have left. */
  private encode(text: string): Buffer {
    return Buffer.from((this.torn ? '#\n' : '') + text);
  }

  private written(data: Buffer): void {
    this.torn = false;
    this.bytes += data.length;
  }

  /** Resolves when everything appended so far has been written (or has failed). */
  async drain(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  /** With fsync: writes and syncs what is pending, in batches. */
  private async flush(): Promise<void> {
    // Let the other writes of this moment join the batch.
    await new Promise((r) => setImmediate(r));
    while (this.pending.length) {
      const data = this.encode(this.pending.join(''));
      const waiters = this.waiters;
      this.pending = [];
      this.waiters = [];
      try {
        for (let done = 0; done < data.length;)
          done += (await this.handle.write(data, done, data.length - done)).bytesWritten;
        await this.handle.sync();
        this.written(data);
        for (const w of waiters) w.resolve();
      } catch (error) {
        this.torn = true;
        for (const w of waiters) w.reject(error as Error);
      }
    }
    this.flushing = null;
  }

  /** Goes on in the file at `path`, once what is pending is written; the previous file is closed. */
  async reopen(path: string): Promise<void> {
    const next = await open(path, 'a');
    // The last check and the swap run without a pause: no write of the old file is in flight.
    while (this.flushing) await this.flushing;
    const previous = this.handle;
    this.handle = next;
    this.bytes = 0;
    await previous.close();
  }

  async close(): Promise<void> {
    await this.drain();
    await this.handle.close();
  }
}
