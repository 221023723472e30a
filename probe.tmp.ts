import { readFileSync } from 'node:fs';
import { scorer } from './server/scoring';
const ids = process.argv.slice(2);
const s = scorer;
for (const line of readFileSync('test/fixtures/scoring-pairs/outside-55.jsonl', 'utf8').split('\n')) {
  if (!line) continue;
  const r = JSON.parse(line);
  if (!ids.includes(r.id)) continue;
  for (const h of r.history) console.log(' ', h.role, ':', h.text);
  for (const side of ['better', 'worse']) {
    const turns = [...r.history, { role: 'agent', text: r[side] }];
    const out = s.scoreTranscript({ lang: r.lang, turns });
    console.log(side.toUpperCase(), out.scores.closure, ':', r[side]);
    for (const f of out.findings.filter((f: any) => f.dimension === 'closure')) console.log('   ', f.turn, f.rule, f.points, f.message.slice(0, 120));
  }
  console.log('----');
}
