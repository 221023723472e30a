/** Writes one benchmark's section of docs/BENCHMARKS.md, leaving the other sections alone. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FILE = join(__dirname, '../../docs/BENCHMARKS.md');
const HEADER =
  '# Benchmarks\n\nEach section is written by its `npm run bench:*` command with the figures it measured, on the machine it names. Rerun the command to refresh it.\n';

export function writeSection(name: string, markdown: string): void {
  const begin = `<!-- ${name} -->`;
  const end = `<!-- /${name} -->`;
  let doc = existsSync(FILE) ? readFileSync(FILE, 'utf8') : HEADER;
  const block = `${begin}\n${markdown.trim()}\n${end}`;
  const i = doc.indexOf(begin);
  const j = doc.indexOf(end);
  doc =
    i >= 0 && j > i
      ? doc.slice(0, i) + block + doc.slice(j + end.length)
      : `${doc.trimEnd()}\n\n${block}\n`;
  writeFileSync(FILE, doc);
}
