import { scorer } from './server/scoring';
const [lang, cust, ...texts] = process.argv.slice(2);
for (const t of texts) { const r = scorer.scoreReply(t, { lang: lang as 'en', history: [{ role: 'customer', text: cust! }] }); console.log(r.patience, r.positive_phrasing, r.findings.map((f) => `${f.rule}${f.points}[${f.text}]`).join(' ')); }
