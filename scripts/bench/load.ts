/**
 * `npm run bench:load`: N simulated trainees over loopback (socket.io-client, websocket), each
 * playing a bundled scenario's success test again and again with a think time between replies,
 * against our server and, in the same run, against a bare socket.io baseline.
 * Usage: tsx scripts/bench/load.ts [--trainees 100,1000] [--seconds 20] [--think 2000]
 *   [--only ours|bare] (one server alone, for profiling: prints its rows, writes no report)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { io as connect, type Socket } from 'socket.io-client';
import { parseScenario } from '../../server/scenarios/load';
import { writeSection } from './report';

const ROOT = join(__dirname, '../..');
const args = process.argv.slice(2);
const opt = (name: string, dflt: string) =>
  args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1]! : dflt;
const SIZES = opt('trainees', '100,1000').split(',').map(Number);
const SECONDS = Number(opt('seconds', '20'));
const THINK_MS = Number(opt('think', '2000'));
const WARMUP_MS = 5000;
/** `--soak S`: run one size for S seconds and sample the server's heap after GC every 30 s. */
const SOAK = Number(opt('soak', '0'));
const ONLY = opt('only', '');
if (ONLY && ONLY !== 'ours' && ONLY !== 'bare')
  throw new Error(`--only takes "ours" or "bare", not "${ONLY}"`);
const ADMIN = 'admin-pass-123';
/** A baseline ack p99 above this many times its p95 marks a slow moment of the bare server's own. */
const SLOW_BASELINE = 6;

/** Success-path replies of every bundled scenario, to play in a loop. */
const SCRIPTS = readdirSync(join(ROOT, 'scenarios'))
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => {
    const s = parseScenario(readFileSync(join(ROOT, 'scenarios', f), 'utf8'), f).scenario;
    const test = s?.tests?.find(
      (t) =>
        s.endings[t.expect.ending ?? '']?.outcome === 'success' || t.expect.outcome === 'success',
    );
    return s && test ? [{ id: s.id, replies: test.agent.filter((r) => !r.startsWith('<')) }] : [];
  });

interface Target {
  name: 'ours' | 'bare';
  child: ChildProcess;
  /** The server's data folder, removed when it stops (BENCH_KEEP_DATA=1 keeps it). */
  dir: string;
  url: string;
  cookies: string[];
  admin?: string;
}

function waitListening(child: ChildProcess): Promise<string> {
  let out = '';
  return new Promise((resolve, reject) => {
    const onData = (c: Buffer) => {
      out += c;
      const m = /listening on (http:\/\/localhost:\d+)/.exec(out);
      if (m) resolve(m[1]!.replace('localhost', '127.0.0.1'));
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => (out += c));
    child.once('exit', (code) => reject(new Error(`server exited (${code}):\n${out}`)));
  });
}

async function post(url: string, path: string, body: unknown, cookie?: string) {
  const res = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
  return res;
}

async function startOurs(n: number): Promise<Target> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sparring-load-'));
  // BENCH_CPU_PROF=<dir> writes a V8 CPU profile of our server (for finding what stands in the way).
  const prof = process.env.BENCH_CPU_PROF
    ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_CPU_PROF]
    : [];
  // BENCH_SERVER_FLAGS adds node flags to our server (e.g. --trace-gc); BENCH_SERVER_LOG keeps its output.
  prof.push(...(process.env.BENCH_SERVER_FLAGS?.split(' ').filter(Boolean) ?? []));
  const child = spawn(
    process.execPath,
    [...prof, '--expose-gc', '--import', 'tsx', join(ROOT, 'server/cli/run-serve.ts')],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: '0',
        DATA_DIR: dataDir,
        SPARRING_DELAYS: 'off',
        SPARRING_ADMIN_PASSWORD: ADMIN,
        SPARRING_METRICS: 'on',
        SPARRING_BUILD_CLIENT: 'off',
        SPARRING_LOGIN_LIMIT: '100000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const url = await waitListening(child);
  if (process.env.BENCH_SERVER_LOG) {
    const log = createWriteStream(process.env.BENCH_SERVER_LOG);
    child.stdout!.pipe(log);
    child.stderr!.pipe(log);
  }
  const admin = (await post(url, '/api/login', { username: 'admin', password: ADMIN })).headers
    .get('set-cookie')!
    .split(';')[0]!;
  // Trainee accounts: one per trainee up to 100, then shared (argon2 makes thousands of logins slow to set up).
  const users = Math.min(n, 100);
  const cookies: string[] = [];
  for (let i = 0; i < users; i += 8) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(8, users - i) }, async (_, k) => {
        const username = `load${i + k}`;
        await post(
          url,
          '/api/users',
          { username, password: 'load-password', role: 'trainee' },
          admin,
        );
        return (await post(url, '/api/login', { username, password: 'load-password' })).headers
          .get('set-cookie')!
          .split(';')[0]!;
      }),
    );
    cookies.push(...batch);
  }
  return { name: 'ours', child, url, cookies, admin, dir: dataDir };
}

async function startBare(): Promise<Target> {
  const dir = mkdtempSync(join(tmpdir(), 'sparring-bare-'));
  const child = spawn(
    process.execPath,
    [
      '--expose-gc',
      '--import',
      'tsx',
      join(ROOT, 'scripts/bench/bare-server.ts'),
      join(dir, 'messages.log'),
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return { name: 'bare', child, url: await waitListening(child), cookies: [''], dir };
}

/** Stops a server and removes its data folder, so runs do not pile up in the temporary folder. */
async function stop(target: Target): Promise<void> {
  if (target.child.exitCode === null && target.child.signalCode === null) {
    const exited = new Promise((r) => target.child.once('exit', r));
    target.child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  }
  if (process.env.BENCH_KEEP_DATA !== '1') rmSync(target.dir, { recursive: true, force: true });
}

interface Sample {
  ackMs: number[];
  replyMs: number[];
  errors: number;
  messages: number;
}

async function runLoad(target: Target, n: number) {
  const sample: Sample = { ackMs: [], replyMs: [], errors: 0, messages: 0 };
  let measuring = false;
  let stop = false;
  const metrics = async (path: string, method = 'GET') => {
    const res = await fetch(`${target.url}/api/${path}`, {
      method,
      headers: target.admin ? { cookie: target.admin } : {},
    });
    return res.json() as Promise<{
      eventLoopDelayMs: { p50: number; p99: number; max: number };
      serverAckMs?: { p50: number; p99: number; max: number };
      gc?: { pauseMsPerSecond: number; pauses: number; maxMs: number };
      busy?: number;
      rss: number;
      sockets: number;
    }>;
  };
  // Memory is read after a collection on both servers, so RSS per connection compares what the
  // connections hold, not how much garbage happened to be waiting (it read below zero without).
  const collect = () => metrics('metrics/gc', 'POST');
  await collect();
  const before = await metrics('metrics');
  const sockets: Socket[] = [];
  for (let i = 0; i < n; i += 50) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(50, n - i) }, (_, k) => {
        const s = connect(target.url, {
          transports: ['websocket'],
          extraHeaders: target.cookies[(i + k) % target.cookies.length]
            ? { cookie: target.cookies[(i + k) % target.cookies.length]! }
            : {},
          reconnection: false,
          forceNew: true,
        });
        return new Promise<Socket>((resolve, reject) => {
          s.once('connect', () => resolve(s));
          s.once('connect_error', reject);
        });
      }),
    );
    sockets.push(...batch);
  }
  await new Promise((r) => setTimeout(r, 1000));
  await collect();
  const connected = await metrics('metrics');
  const emit = (s: Socket, event: string, payload: unknown) =>
    (
      s.timeout(30_000) as unknown as {
        emitWithAck: (e: string, p: unknown) => Promise<{ ok: boolean; attempt?: { id: string } }>;
      }
    ).emitWithAck(event, payload);
  const trainee = async (s: Socket, i: number) => {
    await new Promise((r) => setTimeout(r, Math.floor((i / n) * THINK_MS))); // spread the start
    let round = 0;
    while (!stop) {
      const script = SCRIPTS[(i + round++) % SCRIPTS.length]!;
      const started = await emit(s, 'attempt:start', {
        scenarioId: script.id,
        mode: 'exam',
        seed: i,
      }).catch(() => null);
      if (!started?.ok) {
        if (measuring) sample.errors++;
        await new Promise((r) => setTimeout(r, THINK_MS));
        continue;
      }
      const attemptId = started.attempt!.id;
      for (const [k, text] of script.replies.entries()) {
        if (stop) break;
        const t0 = performance.now();
        // The customer's answer (when the script has one) is timed as it arrives, without blocking.
        const counted = measuring;
        const onLine = (p: { attemptId: string }) => {
          if (p.attemptId !== attemptId) return;
          s.off('customer:message', onLine);
          if (counted) sample.replyMs.push(performance.now() - t0);
        };
        s.on('customer:message', onLine);
        setTimeout(() => s.off('customer:message', onLine), THINK_MS / 2);
        const ack = await emit(s, 'agent:message', {
          attemptId,
          text,
          clientId: `${i}-${round}-${k}`,
        }).catch(() => null);
        const ackMs = performance.now() - t0;
        if (measuring) {
          if (!ack?.ok) sample.errors++;
          else {
            sample.messages++;
            sample.ackMs.push(ackMs);
          }
        }
        await new Promise((r) => setTimeout(r, THINK_MS * (0.75 + ((i * 7 + k) % 10) / 20)));
      }
      await emit(s, 'attempt:close', { attemptId }).catch(() => null);
    }
  };
  const running = sockets.map((s, i) => trainee(s, i));
  await new Promise((r) => setTimeout(r, WARMUP_MS));
  await metrics('metrics/reset', 'POST');
  measuring = true;
  const t0 = performance.now();
  const heap: Array<{ s: number; mb: number }> = [];
  if (SOAK) {
    for (let at = 0; at <= SOAK; at += 30) {
      const r = (await (
        await fetch(`${target.url}/api/metrics/gc`, {
          method: 'POST',
          headers: target.admin ? { cookie: target.admin } : {},
        })
      ).json()) as { heapUsed: number };
      heap.push({ s: at, mb: r.heapUsed / 2 ** 20 });
      process.stderr.write(
        `  soak ${at}s: heap after GC ${(r.heapUsed / 2 ** 20).toFixed(1)} MB\n`,
      );
      if (at < SOAK) await new Promise((r) => setTimeout(r, 30_000));
    }
  } else await new Promise((r) => setTimeout(r, SECONDS * 1000));
  measuring = false;
  const elapsed = (performance.now() - t0) / 1000;
  const after = await metrics('metrics');
  stop = true;
  await Promise.race([Promise.all(running), new Promise((r) => setTimeout(r, 15_000))]);
  for (const s of sockets) s.disconnect();
  const q = (xs: number[], p: number) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))]! : NaN;
  };
  return {
    n,
    target: target.name,
    ack: {
      p50: q(sample.ackMs, 0.5),
      p95: q(sample.ackMs, 0.95),
      p99: q(sample.ackMs, 0.99),
      max: Math.max(...sample.ackMs),
    },
    reply: { p50: q(sample.replyMs, 0.5), p99: q(sample.replyMs, 0.99) },
    perSecond: sample.messages / elapsed,
    errors: sample.errors,
    loopP99: after.eventLoopDelayMs.p99,
    serverAck: after.serverAckMs ?? { p50: NaN, p99: NaN, max: NaN },
    gc: after.gc ?? { pauseMsPerSecond: NaN, pauses: NaN, maxMs: NaN },
    busy: after.busy ?? NaN,
    rssPerConnectionKb: (connected.rss - before.rss) / n / 1024,
    rssMb: after.rss / 2 ** 20,
    heap,
  };
}

async function soak() {
  const n = SIZES[0]!;
  const target = await startOurs(n);
  try {
    const r = await runLoad(target, n);
    const first = r.heap[0]!.mb;
    const last = r.heap[r.heap.length - 1]!.mb;
    const lines = [
      `${n} trainees, think time ${THINK_MS} ms, ${SOAK} s; heap after a forced GC every 30 s (MB): ${r.heap.map((h) => h.mb.toFixed(1)).join(', ')}.`,
      `First ${first.toFixed(1)} MB, last ${last.toFixed(1)} MB (${(((last - first) / first) * 100).toFixed(1)}%); ${Math.round(r.perSecond * SOAK)} messages, ${r.errors} errors, ack p99 ${r.ack.p99.toFixed(1)} ms.`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    writeSection(
      'bench:soak',
      [
        '## Soak (`npm run bench:load -- --soak 300 --trainees 100`)',
        '',
        `Measured ${new Date().toISOString().slice(0, 10)} (a report, not a CI gate). Each attempt that closes is dropped from memory; open ones stay cached until they close.`,
        '',
        ...lines,
      ].join('\n'),
    );
  } finally {
    await stop(target);
  }
}

async function main() {
  if (SOAK) return soak();
  const rows: Array<Awaited<ReturnType<typeof runLoad>>> = [];
  for (const n of SIZES) {
    for (const which of ['ours', 'bare'] as const) {
      if (ONLY && which !== ONLY) continue;
      process.stderr.write(`${which} with ${n} trainees…\n`);
      const target = which === 'ours' ? await startOurs(n) : await startBare();
      try {
        rows.push(await runLoad(target, n));
      } finally {
        await stop(target);
      }
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  const f = (x: number, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '—');
  const row = (r: (typeof rows)[number]) =>
    `| ${r.n} | ${r.target} | ${f(r.ack.p50, 2)} | ${f(r.ack.p95, 2)} | ${f(r.ack.p99, 2)} | ${f(r.ack.max, 1)} | ${f(r.serverAck.p50, 2)} / ${f(r.serverAck.p99, 2)} | ${f(r.reply.p50, 2)} / ${f(r.reply.p99, 2)} | ${f(r.perSecond)} | ${r.errors} | ${f(r.loopP99, 2)} | ${f(r.busy * 100, 0)}% | ${f(r.gc.pauseMsPerSecond)} (${f(r.gc.maxMs)}) | ${f(r.rssPerConnectionKb)} | ${f(r.rssMb, 0)} |`;
  if (ONLY) {
    process.stdout.write(`${rows.map(row).join('\n')}\n`);
    return;
  }
  const lines = [
    `Machine: ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}. Load generator, our server and the baseline all on this machine over loopback (the generator competes for the same 2 cores).`,
    `Each simulated trainee plays the success test of a bundled scenario (${SCRIPTS.length} scenarios in turn) with a think time of ${THINK_MS} ms ±25% between replies, exam mode, SPARRING_DELAYS=off; ${WARMUP_MS / 1000} s warm-up, then ${SECONDS} s measured. Ours: the full server as \`npm start\` runs it (login sessions, rate limits, validation; each reply appended to the attempt journal before its ack; engine and scoring in worker threads at nice 10, V8's garbage-collection helpers in the idle scheduling class (\`SPARRING_WORKER_PRIORITY=low\`, the default); the customer's answer stored before it is sent; snapshots every 30 s, a closed attempt's final snapshot written on a thread of its own); trainee accounts are one per trainee up to 100, shared beyond. The replies are the scenario tests' own, so the same texts come back from trainee to trainee: the scorer's per-text caches (intents read, stems) hit more often than with real trainees' own words, which makes the engine workers' share of the cores smaller than in an exam (the server thread's work per message is the same). Baseline: bare socket.io ${'4.8'} appending each message to a file before acking. *In the server* is the time from a message's arrival to its ack as each server measures it; the other ack figures are round trips seen by the load generator, which shares the 2 cores. *Main thread busy* is the share of the measured window the server's event loop spent running code rather than waiting (the busier it is, the longer a message that arrives waits behind others). *GC pauses* is the time the server's main thread spent in garbage-collection pauses per second of the measured window (a message arriving during one waits for it), with the longest pause.`,
    "RSS per connection is the growth of the process's resident memory from before the trainees connect to after, each read after a forced collection, divided by the trainees. At 100 trainees the connections hold about a megabyte in all, less than resident memory moves on its own, so that figure is noise there and can read below zero; at 1,000 it means something.",
    '',
    '| trainees | server | ack p50 ms | ack p95 ms | ack p99 ms | ack max ms | in the server p50 / p99 ms | reply→customer p50 / p99 ms | messages/s | errors | event-loop p99 ms | main thread busy | GC pauses ms/s (longest ms) | RSS per connection KB | RSS MB |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map(row),
    '',
    'Ours / bare:',
    '',
    '| trainees | ack p50 | ack p99 | reply p99 | messages/s | event-loop p99 | RSS per connection |',
    '|---|---|---|---|---|---|---|',
    ...SIZES.map((n) => {
      const o = rows.find((r) => r.n === n && r.target === 'ours')!;
      const b = rows.find((r) => r.n === n && r.target === 'bare')!;
      return `| ${n} | ${f(o.ack.p50 / b.ack.p50, 2)} | ${f(o.ack.p99 / b.ack.p99, 2)} | ${f(o.reply.p99 / b.reply.p99, 2)} | ${f(o.perSecond / b.perSecond, 2)} | ${f(o.loopP99 / b.loopP99, 2)} | ${f(o.rssPerConnectionKb / b.rssPerConnectionKb, 2)} |`;
    }),
  ];
  const at1000 = rows.find((r) => r.n === Math.max(...SIZES) && r.target === 'ours');
  const base1000 = rows.find((r) => r.n === Math.max(...SIZES) && r.target === 'bare');
  if (at1000 && base1000)
    lines.push(
      '',
      `Target (ack p99 ≤ 2× bare at ${at1000.n} trainees, no errors): ${at1000.ack.p99 <= 2 * base1000.ack.p99 && at1000.errors === 0 ? 'met' : 'NOT met'} (${f(at1000.ack.p99, 2)} ms vs ${f(base1000.ack.p99, 2)} ms, ${at1000.errors} errors).`,
    );
  // On this machine the bare server's ack p99 is about 3-4× its p95 on an ordinary run; far more
  // means a slow moment of its own (a long collection pause, the host), and the ratio flatters ours.
  if (base1000 && base1000.ack.p99 > SLOW_BASELINE * base1000.ack.p95)
    lines.push(
      '',
      `Caution: in this run the bare server's ack p99 was ${f(base1000.ack.p99 / base1000.ack.p95, 1)}× its p95 (${f(base1000.ack.p99, 2)} against ${f(base1000.ack.p95, 2)} ms; about 3-4× on an ordinary run): it had a slow moment of its own, so the ratio at ${base1000.n} trainees flatters our server. Compare runs side by side.`,
    );
  process.stdout.write(`${lines.join('\n')}\n`);
  writeSection(
    'bench:load',
    [
      '## Load (`npm run bench:load`)',
      '',
      `Measured ${new Date().toISOString().slice(0, 10)}.`,
      '',
      ...lines,
    ].join('\n'),
  );
}

void main().then(() => process.exit(0));
