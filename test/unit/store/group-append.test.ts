import fs from 'node:fs';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GroupAppend } from '../../../server/store/group-append';

const lines = (path: string) => readFileSync(path, 'utf8').split('\n').filter(Boolean);

describe('group append: many writers, one write, nothing lost or reordered', () => {
  test.each([
    ['written at once', false, 500],
    ['with fsync, in batches', true, 200],
  ])(
    'lines handed over together all land (%s), in order, and each promise settles after its line',
    async (_how, fsync, count) => {
      const dir = mkdtempSync(join(tmpdir(), 'sparring-append-'));
      const path = join(dir, 'log.jsonl');
      const out = await GroupAppend.open(path, fsync);
      const settled: number[] = [];
      await Promise.all(
        Array.from({ length: count }, (_, i) =>
          out.append(`${i}\n`).then(() => {
            expect(lines(path)).toContain(String(i)); // on disk before its promise resolves
            settled.push(i);
          }),
        ),
      );
      expect(lines(path)).toEqual(Array.from({ length: count }, (_, i) => String(i)));
      expect(settled).toEqual(Array.from({ length: count }, (_, i) => i));
      expect(out.size).toBe(readFileSync(path).length);
      await out.close();
    },
  );

  test('reopen moves on to a new file while writers keep appending: every line in exactly one file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sparring-append-'));
    const out = await GroupAppend.open(join(dir, 'a.jsonl'), false);
    const writes: Promise<void>[] = [];
    for (let i = 0; i < 100; i++) writes.push(out.append(`${i}\n`));
    const moved = out.reopen(join(dir, 'b.jsonl'));
    for (let i = 100; i < 200; i++) writes.push(out.append(`${i}\n`));
    await moved;
    for (let i = 200; i < 300; i++) writes.push(out.append(`${i}\n`));
    await Promise.all(writes);
    await out.close();
    const all = [...lines(join(dir, 'a.jsonl')), ...lines(join(dir, 'b.jsonl'))].map(Number);
    expect(all).toEqual(Array.from({ length: 300 }, (_, i) => i));
    expect(lines(join(dir, 'b.jsonl'))).toContain('299');
  });

  test('a failed write rejects the promises of its lines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sparring-append-'));
    const out = await GroupAppend.open(join(dir, 'log.jsonl'), false);
    await out.close(); // writing to a closed file fails
    await expect(out.append('x\n')).rejects.toThrow();
  });

  test.each([
    ['part of the line', (_data: Buffer) => 4],
    ['all of it but the newline', (data: Buffer) => data.length - 1],
  ])(
    'a write cut short (a full disk) after %s leaves a fragment no replay reads, and the next line whole',
    async (_, reached) => {
      const dir = mkdtempSync(join(tmpdir(), 'sparring-append-'));
      const path = join(dir, 'log.jsonl');
      const out = await GroupAppend.open(path, false);
      await out.append('{"n":1}\n');
      const real = fs.writeSync;
      let calls = 0;
      const spy = jest.spyOn(fs, 'writeSync').mockImplementation(((
        fd: number,
        data: Buffer | string,
      ) => {
        const bytes = typeof data === 'string' ? Buffer.from(data) : data;
        if (++calls === 1) return real(fd, bytes, 0, reached(bytes)); // some of the line reaches the file…
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }); // …then the disk is full
      }) as typeof fs.writeSync);
      try {
        await expect(out.append('{"n":2}\n')).rejects.toThrow(/ENOSPC/);
      } finally {
        spy.mockRestore();
      }
      await out.append('{"n":3}\n');
      await out.close();
      const parsed = lines(path).flatMap((l) => {
        try {
          return [JSON.parse(l) as { n: number }];
        } catch {
          return []; // the torn fragment, as a replay skips it
        }
      });
      expect(parsed.map((e) => e.n)).toEqual([1, 3]);
    },
  );

  test('a short write (the system took part of the line) is finished: the line is whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sparring-append-'));
    const path = join(dir, 'log.jsonl');
    const out = await GroupAppend.open(path, false);
    const real = fs.writeSync;
    let calls = 0;
    const spy = jest.spyOn(fs, 'writeSync').mockImplementation(((
      fd: number,
      data: Buffer | string,
      offset?: number,
      length?: number,
    ) => {
      const bytes = typeof data === 'string' ? Buffer.from(data) : data;
      if (++calls === 1) return real(fd, bytes, 0, 5);
      return real(fd, bytes, offset ?? 0, length ?? bytes.length);
    }) as typeof fs.writeSync);
    try {
      await out.append('{"n":"пять"}\n');
    } finally {
      spy.mockRestore();
    }
    await out.append('{"n":6}\n');
    expect(out.size).toBe(Buffer.byteLength('{"n":"пять"}\n{"n":6}\n'));
    await out.close();
    expect(lines(path).map((l) => JSON.parse(l) as { n: unknown })).toEqual([
      { n: 'пять' },
      { n: 6 },
    ]);
  });
});
