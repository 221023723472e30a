/**
 * `npm run bench:score`: scores 10,000 real replies and reports median and p99 time per reply and
 * replies per second, side by side with the `sentiment` package (AFINN-165) on the same texts.
 */
import { cpus, totalmem } from 'node:os';
import Sentiment from 'sentiment';
import { scorer } from '../../server/scoring';
import { replyPool } from './reply-pool';
import { writeSection } from './report';

const N = 10_000;

function measure(
  name: string,
  texts: readonly string[],
  run: (text: string, i: number) => unknown,
) {
  for (let i = 0; i < 500; i++) run(texts[i % texts.length]!, i); // warm up the JIT and caches
  const times = new Float64Array(texts.length);
  const started = process.hrtime.bigint();
  for (let i = 0; i < texts.length; i++) {
    const t0 = process.hrtime.bigint();
    run(texts[i]!, i);
    times[i] = Number(process.hrtime.bigint() - t0) / 1e6;
  }
  const totalMs = Number(process.hrtime.bigint() - started) / 1e6;
  times.sort();
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return {
    name,
    median: at(0.5),
    p99: at(0.99),
    max: times[times.length - 1]!,
    perSecond: (texts.length / totalMs) * 1000,
  };
}

function main() {
  const { texts, source } = replyPool(N);
  const langs = texts.map((t) => (/[\u0400-\u04ff]/.test(t) ? 'ru' : 'en') as 'en' | 'ru');
  const sentiment = new Sentiment();
  const history = [
    { role: 'customer' as const, text: 'My order is late and nobody answers my emails!' },
  ];
  const ours = measure(`sparring ${scorer.version}`, texts, (text, i) =>
    scorer.scoreReply(text, { lang: langs[i]!, history }),
  );
  const afinn = measure('sentiment (AFINN-165)', texts, (text) => sentiment.analyze(text));
  const fmt = (n: number) => n.toFixed(3);
  const lines = [
    `Machine: ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
    `Texts: ${texts.length} replies (${source}), ${langs.filter((l) => l === 'ru').length} Russian`,
    '',
    '| scorer | median ms/reply | p99 ms/reply | max ms | replies/s |',
    '|---|---|---|---|---|',
    ...[ours, afinn].map(
      (r) =>
        `| ${r.name} | ${fmt(r.median)} | ${fmt(r.p99)} | ${fmt(r.max)} | ${Math.round(r.perSecond).toLocaleString('en')} |`,
    ),
    '',
    `p99 target (< 1 ms per reply): ${ours.p99 < 1 ? 'met' : 'NOT met'} (${fmt(ours.p99)} ms)`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  writeSection(
    'bench:score',
    [
      '## Scoring speed (`npm run bench:score`)',
      '',
      `Measured ${new Date().toISOString().slice(0, 10)}: each reply scored on its own (\`scoreReply\`, one customer message of history), timed one by one after a 500-reply warm-up.`,
      '',
      ...lines,
    ].join('\n'),
  );
}

main();
