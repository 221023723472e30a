import { parse } from 'csv-parse/sync';
import { csvField, neutralise } from '../../../server/app/export';

describe('export cells: nothing a spreadsheet reads as a formula', () => {
  test.each(['=1+2', '+1', '-1+2', '@SUM(A1)', ' =3+4', '\t=1', '\r=1', '  @x', '\n-2'])(
    '%j gets a leading apostrophe',
    (value) => expect(neutralise(value)).toBe(`'${value}`),
  );

  test.each(['Refund by Tuesday', 'ann', 'a=b', '—', ''])('%j stays as it is', (value) =>
    expect(neutralise(value)).toBe(value),
  );

  test('numbers, booleans and empty cells stay typed', () => {
    expect(neutralise(-5)).toBe(-5);
    expect(neutralise(true)).toBe(true);
    expect(neutralise(null)).toBeNull();
  });

  test('a CSV row reads back the same with a comma or a semicolon as the separator (Excel in ru-RU uses ";")', () => {
    const cells = ['Refunds;=1+2;', ' =3+4', 'say "hi", then\nleave', 'plain'];
    const line = cells.map(csvField).join(',');
    const byComma = parse(line, { relax_quotes: true }) as string[][];
    expect(byComma[0]).toEqual(['Refunds;=1+2;', "' =3+4", 'say "hi", then\nleave', 'plain']);
    // Split on ";" the way a ru-RU Excel would: every cell that holds one is quoted, so no piece
    // of it starts a new cell that could hold a formula.
    const bySemicolon = parse(line, {
      delimiter: ';',
      relax_quotes: true,
      relax_column_count: true,
    }) as string[][];
    for (const cell of bySemicolon.flat()) expect(cell).not.toMatch(/^\s*[=+\-@]/);
  });
});

test('a trainer and a trainee of the same name get different pseudonyms', async () => {
  const { MemoryStore } = await import('../../../server/store/memory-store');
  const { Exporter } = await import('../../../server/app/export');
  const { reportedAttempt } = await import('../../helpers/records');
  const { PassThrough } = await import('node:stream');
  const store = new MemoryStore();
  const a = reportedAttempt({ createdAt: Date.UTC(2026, 10, 1) });
  a.override = { scores: { overall: 60 }, reason: 'checked', author: 'ann', at: '' };
  await store.putAttempt(a);
  const out = new PassThrough();
  let text = '';
  out.on('data', (c) => (text += c));
  await new Exporter(store).write({ format: 'json', filter: {}, pseudonymise: true }, out);
  const [row] = JSON.parse(text) as Array<{ trainee: string; override_by: string }>;
  expect(row!.trainee).toMatch(/^trainee-/);
  expect(row!.override_by).toMatch(/^staff-/);
  expect(row!.override_by.slice(6)).not.toBe(row!.trainee.slice(8));
});
