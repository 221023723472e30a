/** Attempt rows and scores are exported from the index of summaries, without opening attempt files. */
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { Exporter, summaryRow } from '../../../server/app/export';
import { MemoryStore } from '../../../server/store/memory-store';
import { summarize, type AttemptRecord, type Store } from '../../../server/store/port';
import { reportedAttempt } from '../../helpers/records';

const T = Date.UTC(2026, 10, 5, 12, 0, 0);
const S = 1000;

function variety(): AttemptRecord[] {
  const messages = [
    { role: 'customer' as const, at: T },
    { role: 'agent' as const, at: T + 12 * S },
  ];
  const closed = reportedAttempt({ createdAt: T, messages });
  const early = reportedAttempt({ createdAt: T + S, messages });
  early.result = { ...early.result!, closedEarly: true, outcome: 'failure', ending: null };
  early.state = { ...early.state, ending: null, outcome: null, status: 'active' };
  const overridden = {
    ...reportedAttempt({ createdAt: T + 2 * S, messages }),
    group: 'intake-7',
    override: {
      scores: { patience: 90, overall: 80 },
      reason: '=HYPERLINK("x") the customer was abusive',
      author: 'tina.trainer',
      at: new Date(T).toISOString(),
    },
  };
  const active = reportedAttempt({ createdAt: T + 3 * S, status: 'active', messages });
  return [closed, early, overridden, active];
}

async function csvOf(store: Store): Promise<string> {
  const chunks: string[] = [];
  const out = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  await new Exporter(store).write({ format: 'csv', filter: {}, pseudonymise: false }, out);
  return chunks.join('');
}

describe('exports from the index', () => {
  test("a summary's row carries every column the attempt itself has", () => {
    const [closed, early, overridden, active] = variety().map((a) =>
      summaryRow(summarize(a), 'ann'),
    );
    expect(closed).toMatchObject({
      trainee: 'ann',
      status: 'closed',
      outcome: 'success',
      ending: 'done',
      closed_early: false,
      started_at: new Date(T).toISOString(),
      closed_at: new Date(T + 60 * S).toISOString(),
      handle_seconds: 60,
      first_reply_seconds: 12,
      final_mood: 50,
      patience: 50,
      overall: 50,
      override_overall: null,
      override_reason: null,
    });
    expect(early).toMatchObject({ closed_early: true, outcome: 'failure', ending: null });
    expect(overridden).toMatchObject({
      group: 'intake-7',
      override_patience: 90,
      override_overall: 80,
      override_closure: null,
      override_reason: '=HYPERLINK("x") the customer was abusive',
      override_by: 'tina.trainer',
    });
    expect(active).toMatchObject({
      status: 'active',
      outcome: null,
      closed_early: null,
      closed_at: null,
      handle_seconds: null,
      overall: null,
      scorer_version: null,
    });
  });

  test('a CSV opens no attempt file; a workbook opens each once, for its findings', async () => {
    const store = new MemoryStore();
    for (const a of variety()) await store.putAttempt(a);
    let reads = 0;
    const get = store.getAttempt.bind(store);
    store.getAttempt = async (id) => {
      reads++;
      return get(id);
    };
    const csv = await csvOf(store);
    expect(csv.trim().split('\r\n')).toHaveLength(5);
    expect(csv).toContain(`'=HYPERLINK(""x"") the customer was abusive`);
    expect(reads).toBe(0);

    const buffers: Buffer[] = [];
    const out = new Writable({
      write(chunk: Buffer, _enc, done) {
        buffers.push(chunk);
        done();
      },
    });
    await new Exporter(store).write({ format: 'xlsx', filter: {}, pseudonymise: false }, out);
    expect(reads).toBe(4);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.concat(buffers) as never);
    expect(book.getWorksheet('Attempts')!.rowCount).toBe(5);
    expect(book.getWorksheet('Scores')!.rowCount).toBe(1 + 4 * 4);
  });

  test('a summary written before it carried every column is completed from the attempt', async () => {
    const store = new MemoryStore();
    const all = variety();
    for (const a of all) await store.putAttempt(a);
    const fresh = await csvOf(store);
    // An index line from an older version: no closedEarly, no override reason or author.
    const old = {
      listAttempts: async () =>
        (await store.listAttempts()).map((s) => {
          const copy = { ...s };
          delete copy.closedEarly;
          delete copy.overrideReason;
          delete copy.overrideBy;
          return copy;
        }),
      getAttempt: (id: string) => store.getAttempt(id),
      secret: (name: string) => store.secret(name),
    } as unknown as Store;
    expect(await csvOf(old)).toBe(fresh);
  });
});
