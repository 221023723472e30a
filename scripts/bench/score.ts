/**
 * `npm run bench:score`: scores 10,000 real replies and reports median and p99 time per reply and
 * replies per second, side by side with the `sentiment` package (AFINN-165) on the same texts.
 *
 * Ours is timed twice over the same texts. The first pass meets each text's new words and the
 * patterns it is the first to run: stems are worked out and regexes compiled then, once per process.
 * The second pass is a server that has been scoring for a while.
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
  const score = (text: string, i: number) => scorer.scoreReply(text, { lang: langs[i]!, history });
  const ours = measure(`sparring ${scorer.version}, first pass`, texts, score);
  const again = measure(`sparring ${scorer.version}, second pass`, texts, score);
  const afinn = measure('sentiment (AFINN-165)', texts, (text) => sentiment.analyze(text));
  const fmt = (n: number) => n.toFixed(3);
  const lines = [
    `Machine: ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
    `Texts: ${texts.length} replies (${source}), ${langs.filter((l) => l === 'ru').length} Russian`,
    '',
    '| scorer | median ms/reply | p99 ms/reply | max ms | replies/s |',
    '|---|---|---|---|---|',
    ...[ours, again, afinn].map(
      (r) =>
        `| ${r.name} | ${fmt(r.median)} | ${fmt(r.p99)} | ${fmt(r.max)} | ${Math.round(r.perSecond).toLocaleString('en')} |`,
    ),
    '',
    `p99 target (< 1 ms per reply): first pass ${ours.p99 < 1 ? 'met' : 'NOT met'} (${fmt(ours.p99)} ms), second pass ${again.p99 < 1 ? 'met' : 'NOT met'} (${fmt(again.p99)} ms)`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  writeSection(
    'bench:score',
    [
      '## Scoring speed (`npm run bench:score`)',
      '',
      `Measured ${new Date().toISOString().slice(0, 10)}: each reply scored on its own (\`scoreReply\`, one customer message of history), timed one by one after a 500-reply warm-up. Ours is timed twice over the same texts: the first pass also pays, once per process, for stemming each new word and compiling each pattern the first time a text needs it; the second is a server that has been running.`,
      '',
      ...lines,
    ].join('\n'),
  );
}

main();
