/** Exports stream: behind a client that stops reading, the export stops reading attempts too. */
import { Writable } from 'node:stream';
import { Exporter } from '../../../server/app/export';
import { MemoryStore } from '../../../server/store/memory-store';
import { reportedAttempt } from '../../helpers/records';

const T = Date.UTC(2026, 10, 5, 12, 0, 0);

const closedAttempt = (i: number) =>
  reportedAttempt({
    createdAt: T + i,
    findings: Array.from({ length: 5 }, (_, k) => ({
      turn: k,
      span: { start: 0, end: 9 },
      text: 'calm down '.repeat(20),
      dimension: 'patience' as const,
      points: -10,
      rule: 'patience.dismissive',
      message: 'Dismissive wording. '.repeat(5),
    })),
  });

async function readsBehindStalledClient(format: 'csv' | 'xlsx' | 'json') {
  const store = new MemoryStore();
  for (let i = 0; i < 2000; i++) await store.putAttempt(closedAttempt(i));
  let reads = 0;
  const get = store.getAttempt.bind(store);
  store.getAttempt = async (id) => {
    reads++;
    return get(id);
  };
  // A client that has stopped reading: no write is ever acknowledged.
  const out = new Writable({ highWaterMark: 16 * 1024, write: () => undefined });
  const exported = new Exporter(store).write({ format, filter: {}, pseudonymise: false }, out);
  await new Promise((r) => setTimeout(r, 1500));
  const buffered = out.writableLength;
  out.destroy(); // the client goes away
  await expect(exported).rejects.toThrow();
  return { reads, buffered };
}

describe('exports stream with backpressure', () => {
  test.each(['csv', 'xlsx', 'json'] as const)(
    '%s: a client that stops reading stops the export early, and a closed download ends it',
    async (format) => {
      const { reads, buffered } = await readsBehindStalledClient(format);
      // Without backpressure every attempt is read (JSON; the Findings sheet of a workbook: the
      // other sheets and the CSV come from the index), and every row waits in memory (~600 kB of CSV).
      expect(reads).toBeLessThan(1000);
      expect(buffered).toBeLessThan(160 * 1024);
    },
    20_000,
  );
});
