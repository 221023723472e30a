/** Changes to the scenario library that overlap, or that the disk refuses. */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ScenarioLibrary } from '../../../server/app/library';
import { scorer } from '../../../server/scoring';
import { ROOT } from '../../helpers/cli';

const source = (title: string, pad = '') => `id: review-x
version: 1
title: ${title}
language: en
persona: {name: Dana}
start: a
steps:
  a:
    customer: "Hi${pad}"
    replies:
      - if: {intent: apology}
        end: ok
endings:
  ok: {outcome: success}
`;

async function library() {
  const dir = mkdtempSync(join(tmpdir(), 'sparring-library-'));
  const bundled = join(dir, 'bundled');
  cpSync(join(ROOT, 'scenarios/en-double-charge.yaml'), join(bundled, 'en-double-charge.yaml'));
  const uploads = join(dir, 'uploads');
  return { uploads, lib: await ScenarioLibrary.load({ bundled, uploads }, scorer) };
}

describe('scenario library: overlapping changes', () => {
  test('two uploads of one new id at once: one is stored, the other is a duplicate, and the disk holds the stored one', async () => {
    const { lib, uploads } = await library();
    const results = await Promise.all([
      lib.upload(source('First'), 'a.yaml'),
      lib.upload(source('Second'), 'b.yaml'),
    ]);
    expect(
      results.map((r) => (r.entry ? 'stored' : r.diagnostics.map((d) => d.code).join())),
    ).toEqual(['stored', 'duplicate-id']);
    expect(readFileSync(join(uploads, 'review-x.yaml'), 'utf8')).toBe(source('First'));
    expect(lib.get('review-x')!.scenario!.title).toBe('First');
  });

  test('two replacements of one scenario at once both succeed; the disk holds what is served, and no temporary file is left', async () => {
    const { lib, uploads } = await library();
    await lib.upload(source('Start'), 'x.yaml');
    await Promise.all([
      lib.upload(source('Long', 'x'.repeat(50_000)), 'x.yaml', 'review-x'),
      lib.upload(source('Short'), 'x.yaml', 'review-x'),
    ]);
    expect(readFileSync(join(uploads, 'review-x.yaml'), 'utf8')).toBe(source('Short'));
    expect(lib.get('review-x')!.scenario!.title).toBe('Short');
    expect(readdirSync(uploads).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('two scenarios disabled at once are both saved', async () => {
    const { lib, uploads } = await library();
    await lib.upload(source('T'), 'x.yaml');
    await Promise.all([
      lib.setEnabled('en-double-charge', false),
      lib.setEnabled('review-x', false),
    ]);
    expect(JSON.parse(readFileSync(join(uploads, 'disabled.json'), 'utf8'))).toEqual([
      'en-double-charge',
      'review-x',
    ]);
  });

  test('a switch the disk refuses changes nothing: the scenario stays as it was', async () => {
    const { lib, uploads } = await library();
    mkdirSync(join(uploads, 'disabled.json', 'in-the-way'), { recursive: true }); // rename fails
    await expect(lib.setEnabled('en-double-charge', false)).rejects.toThrow();
    expect(lib.isEnabled('en-double-charge')).toBe(true);
    expect(readdirSync(uploads).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
