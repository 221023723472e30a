/**
 * `npm run bench:store`: the cost of persisting one message with 100 and with 100,000 attempts
 * stored, side by side, and the time and peak memory of exporting 100,000 attempts.
 * Usage: tsx scripts/bench/store.ts [--large N]   (default 100000)
 */
import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { randomUUID } from 'node:crypto';
import { Exporter } from '../../server/app/export';
import { LowdbStore } from '../../server/store/lowdb-store';
import { summarize, type AttemptRecord, type StoredMessage } from '../../server/store/port';
import { writeSection } from './report';

const args = process.argv.slice(2);
const LARGE = Number(args[args.indexOf('--large') + 1] || 100_000);
const PERSISTS = 300;

function message(seq: number, role: 'customer' | 'agent', at: number): StoredMessage {
  const text =
    role === 'agent'
      ? "I'm sorry about the double charge. I've refunded the duplicate; you'll see it by Monday."
      : 'I was charged twice for my headphones and I want one back today.';
  return { id: randomUUID(), seq, role, text, at, kind: 'text', step: 'explain', mood: 40 };
}

function attempt(i: number, closed: boolean): AttemptRecord {
  const t = Date.UTC(2026, 0, 1) + i * 60_000;
  const messages = Array.from({ length: 12 }, (_, k) =>
    message(k + 1, k % 2 ? 'agent' : 'customer', t + k * 20_000),
  );
  return {
    id: randomUUID(),
    userId: `u${i % 500}`,
    username: `trainee${i % 500}`,
    group: `group${i % 7}`,
    scenarioId: 'en-double-charge',
    scenarioTitle: 'Charged twice',
    language: 'en',
    mode: 'exam',
    seed: i,
    status: closed ? 'closed' : 'active',
    state: {
      status: closed ? 'ended' : 'active',
      step: 'explain',
      mood: 35,
      ending: closed ? 'resolved' : null,
      outcome: closed ? 'success' : null,
      rng: 1,
      turns: 6,
      stepTurns: { explain: 3 },
      silences: 0,
    },
    messages,
    ...(closed
      ? {
          result: {
            outcome: 'success' as const,
            ending: 'resolved',
            closedEarly: false,
            scores: { patience: 82, positive_phrasing: 76, closure: 60, overall: 73 },
            findings: [
              {
                turn: 1,
                span: { start: 0, end: 11 },
                text: "I'm sorry",
                dimension: 'patience' as const,
                points: 5,
                rule: 'patience.apology',
                message: 'Apologises.',
              },
            ],
            scorer: 'lexicon-2.0.0',
          },
          closedAt: t + 300_000,
        }
      : {}),
    createdAt: t,
    updatedAt: t,
  };
}

/** Writes N attempt files and their index directly (as the store would have, without the wait). */
function seed(dataDir: string, n: number): void {
  const dir = join(dataDir, 'attempts');
  mkdirSync(dir, { recursive: true });
  const index: string[] = [];
  for (let i = 0; i < n; i++) {
    const a = attempt(i, true);
    const shard = join(dir, a.id.slice(0, 2));
    mkdirSync(shard, { recursive: true });
    writeFileSync(join(shard, `${a.id}.json`), JSON.stringify(a));
    index.push(JSON.stringify(summarize(a)));
    if (n >= 10_000 && i % 10_000 === 0) process.stderr.write(`  seeding ${i}/${n}\r`);
  }
  writeFileSync(join(dir, 'index.jsonl'), `${index.join('\n')}\n`);
}

interface Side {
  n: number;
  store: LowdbStore;
  dataDir: string;
  live: AttemptRecord;
  times: number[];
  openMs: number;
}

async function prepare(n: number): Promise<Side> {
  const dataDir = mkdtempSync(join(tmpdir(), `sparring-bench-${n}-`));
  seed(dataDir, n);
  const openStart = performance.now();
  const store = await LowdbStore.open({ dataDir });
  const openMs = performance.now() - openStart;
  const live = attempt(n + 1, false);
  await store.putAttempt(live);
  return { n, store, dataDir, live, times: [], openMs };
}

async function persistOnce(side: Side, i: number): Promise<void> {
  const { live, store } = side;
  live.messages.push(message(live.messages.length + 1, i % 2 ? 'customer' : 'agent', Date.now()));
  if (live.messages.length > 40) live.messages.splice(12, 2); // keep a realistic chat length
  live.updatedAt = Date.now();
  const t0 = performance.now();
  await store.putAttempt(live);
  side.times.push(performance.now() - t0);
}

function quantiles(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
  return { median: q(0.5), p95: q(0.95), p99: q(0.99) };
}

async function exportCost(store: LowdbStore, format: 'csv' | 'xlsx') {
  let bytes = 0;
  let peakRss = process.memoryUsage().rss;
  let peakHeap = process.memoryUsage().heapUsed;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 20);
  const sink = new Writable({
    write(chunk, _enc, cb) {
      bytes += chunk.length;
      cb();
    },
  });
  const t0 = performance.now();
  const rows = await new Exporter(store).write({ format, filter: {}, pseudonymise: false }, sink);
  const ms = performance.now() - t0;
  clearInterval(sampler);
  return { format, rows, ms, bytes, peakRss, peakHeap };
}

async function main() {
  const mb = (b: number) => `${(b / 2 ** 20).toFixed(0)} MB`;
  const fmt = (ms: number) => ms.toFixed(3);
  const baseline = process.memoryUsage();
  process.stderr.write(`seeding 100 and ${LARGE} attempts (this takes a while)…\n`);
  const smallSide = await prepare(100);
  const largeSide = await prepare(LARGE);
  // Let the kernel write the seeded files out first, so both sides are measured on a quiet disk.
  execSync('sync');
  // Side by side: persists alternate between the two stores, so both see the same machine state.
  for (let i = 0; i < 20; i++) {
    await persistOnce(smallSide, i);
    await persistOnce(largeSide, i);
  }
  smallSide.times.length = 0;
  largeSide.times.length = 0;
  for (let i = 0; i < PERSISTS; i++) {
    await persistOnce(smallSide, i);
    await persistOnce(largeSide, i);
  }
  const small = { ...smallSide, ...quantiles(smallSide.times) };
  const large = { ...largeSide, ...quantiles(largeSide.times) };
  const ratio = large.median / small.median;
  process.stderr.write('exporting…\n');
  global.gc?.();
  const before = process.memoryUsage();
  const csv = await exportCost(large.store, 'csv');
  const xlsx = await exportCost(large.store, 'xlsx');
  const lines = [
    `Machine: ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; lowdb adapter, fsync off, temporary folder on the local disk.`,
    '',
    `Persisting one message (an active attempt of ~12–40 messages: its new messages appended to the journal before the call returns; with fsync off the append is a synchronous write into the page cache), ${PERSISTS} times per store, alternating between the two stores after a 20-write warm-up:`,
    '',
    '| attempts stored | median ms | p95 ms | p99 ms | store open ms |',
    '|---|---|---|---|---|',
    `| ${small.n.toLocaleString('en')} | ${fmt(small.median)} | ${fmt(small.p95)} | ${fmt(small.p99)} | ${small.openMs.toFixed(0)} |`,
    `| ${large.n.toLocaleString('en')} | ${fmt(large.median)} | ${fmt(large.p95)} | ${fmt(large.p99)} | ${large.openMs.toFixed(0)} |`,
    '',
    `Ratio of medians (${large.n.toLocaleString('en')} / 100): **${ratio.toFixed(2)}** (target ≤ 1.2: ${ratio <= 1.2 ? 'met' : 'NOT met'}).`,
    '',
    `Export of ${large.n.toLocaleString('en')} attempts (heap before: ${mb(before.heapUsed)}, RSS before: ${mb(before.rss)}; the attempt index alone is held in memory):`,
    '',
    '| format | rows | seconds | output | peak heap | peak RSS |',
    '|---|---|---|---|---|---|',
    ...[csv, xlsx].map(
      (e) =>
        `| ${e.format} | ${e.rows.toLocaleString('en')} | ${(e.ms / 1000).toFixed(1)} | ${mb(e.bytes)} | ${mb(e.peakHeap)} | ${mb(e.peakRss)} |`,
    ),
    '',
    `(Before seeding the large store the process used ${mb(baseline.rss)} RSS.)`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  writeSection(
    'bench:store',
    [
      '## Storage (`npm run bench:store`)',
      '',
      `Measured ${new Date().toISOString().slice(0, 10)}.`,
      '',
      ...lines,
    ].join('\n'),
  );
  for (const r of [small, large]) {
    await r.store.close();
    rmSync(r.dataDir, { recursive: true, force: true });
  }
}

void main();
