import { normalize } from '../../../server/language/text';
import { confirmsAllWell, LEXICONS } from '../../../server/scoring/score-reply';
import { scorer } from '../../../server/scoring';

const says = (lang: 'en' | 'ru', text: string) => confirmsAllWell(LEXICONS[lang], normalize(text));

describe('when the customer says all is well', () => {
  test.each([
    ['en', 'Thanks, that works now!'],
    ['en', 'Perfect, thank you.'],
    ['en', "That's all, cheers."],
    ['ru', 'Спасибо, всё работает.'],
    ['ru', 'Заработало, спасибо!'],
    ['ru', 'Отлично, договорились.'],
  ] as const)('%s: %j confirms', (lang, text) => expect(says(lang, text)).toBe(true));

  test.each([
    ['en', 'Nothing works since your update. I can’t open the app at all.'],
    ['en', 'My router shows a red light and nothing works.'],
    ['en', 'It still doesn’t work.'],
    ['en', 'Thanks for nothing. My refund still hasn’t arrived.'],
    ['en', 'Thanks for that. I also need an invoice for March.'],
    ['en', 'Thanks, but this is ridiculous.'],
    ['ru', 'У меня третий день не работает интернет.'],
    ['ru', 'Спасибо. Ещё мне нужен акт сверки за март.'],
    ['ru', 'Так ничего и не заработало.'],
  ] as const)('%s: %j keeps the conversation open', (lang, text) =>
    expect(says(lang, text)).toBe(false),
  );

  test('a goodbye after "nothing works" is a premature close, not a closing', () => {
    const scored = scorer.scoreTranscript({
      lang: 'en',
      turns: [
        { role: 'customer', text: "Nothing works since your update. I can't open the app at all." },
        {
          role: 'agent',
          text: 'Thank you for reaching out! Is there anything else I can help with? Have a great day!',
        },
      ],
    });
    expect(scored.findings.map((f) => f.rule)).toContain('closure.premature');
  });
});

describe('the same sentence twice in one reply', () => {
  test.each([
    ['en', 'Where is my refund?', "I've refunded the £20 today."],
    ['ru', 'Где мой возврат?', 'Я оформила возврат 2 000 ₽ сегодня.'],
  ] as const)(
    '%s: saying it three times scores lower than saying it once, with a finding',
    (lang, asked, once) => {
      const score = (reply: string) =>
        scorer.scoreTranscript({
          lang,
          turns: [
            { role: 'customer', text: asked },
            { role: 'agent', text: reply },
          ],
        });
      const single = score(once);
      const thrice = score(`${once} ${once} ${once}`);
      expect(thrice.findings.map((f) => f.rule)).toContain('gaming.repeated-sentence');
      expect(thrice.scores.overall).toBeLessThan(single.scores.overall);
    },
  );
});

describe('a refusal with no one doing the refusing', () => {
  const positive = (lang: 'en' | 'ru', asked: string, reply: string) =>
    scorer.scoreTranscript({
      lang,
      turns: [
        { role: 'customer', text: asked },
        { role: 'agent', text: reply },
      ],
    });
  test.each([
    ['en', 'Can I return opened headphones?', 'Opened headphones are non-returnable.'],
    ['en', 'Can I return opened headphones?', 'Returns of opened items are not accepted.'],
    ['ru', 'Можно вернуть вскрытые наушники?', 'Возврат вскрытых наушников не производится.'],
    ['ru', 'Можно обменять?', 'Этот товар не подлежит обмену.'],
  ] as const)('%s: asked %j, the reply %j reads as "we cannot"', (lang, asked, reply) => {
    expect(positive(lang, asked, reply).findings.map((f) => f.rule)).toContain('positive.cannot');
  });
  test.each([
    ['en', 'Is delivery free?', 'Your order qualifies for free delivery, so no fee is charged.'],
    ['ru', 'Будет ли комиссия?', 'Комиссия за перевод не взимается, деньги придут сегодня.'],
  ] as const)('%s: asked %j, the good news %j does not', (lang, asked, reply) => {
    expect(positive(lang, asked, reply).findings.map((f) => f.rule)).not.toContain(
      'positive.cannot',
    );
  });
});
