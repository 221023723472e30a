/**
 * Rules from the second, fresh outside review (2026-11-30): negation in commitments, missing phrase
 * families, negated negatives, commitment wording, a second question left unanswered, and closure.
 * Each block has guard tests: the legitimate replies a rule must leave alone.
 */
import { normalize } from '../../../server/language/text';
import { scorer } from '../../../server/scoring';
import { confirmsAllWell, LEXICONS } from '../../../server/scoring/score-reply';
import type { Turn } from '../../../server/scoring/types';

type Lang = 'en' | 'ru';

const ASK: Record<Lang, string> = {
  en: 'I need help with my order 5512, it still has not arrived.',
  ru: 'Помогите с заказом 5512, он до сих пор не пришёл.',
};

function reply(lang: Lang, text: string, customer: string = ASK[lang]) {
  return scorer.scoreReply(text, { lang, history: [{ role: 'customer', text: customer }] });
}

const rulesOf = (r: { findings: Array<{ rule: string }> }) => r.findings.map((f) => f.rule);
const pointsOf = (r: { findings: Array<{ rule: string; points: number }> }, rule: string) =>
  r.findings.filter((f) => f.rule === rule).reduce((n, f) => n + f.points, 0);

describe('1. a negated commitment earns no credit', () => {
  test.each([
    ['ru', 'Я не передам вашу жалобу.'],
    ['ru', 'Мы ничего не можем сделать.'],
    ['ru', 'Мы не можем отправить замену.'],
    ['ru', 'Я ничем не могу помочь.'],
    ['ru', 'Я не оформлю возврат, пока вы не пришлёте чек.'],
    ['ru', 'Мы так и не отправили заказ.'],
    ['ru', 'Курьер не заберёт посылку.'],
    ['ru', 'Возврат не оформлен.'],
    ['en', 'I will not pass this on.'],
    ['en', "We're not going to refund this order."],
    ['en', "I haven't sent the replacement."],
    ['en', 'I never processed the refund.'],
    ['en', 'We no longer ship to that address.'],
    ['en', 'The refund is not processed.'],
  ] as const)('%s: %j', (lang, text) => {
    expect(rulesOf(reply(lang, text))).not.toContain('positive.solution');
  });

  test.each([
    ['ru', 'Мы не будем возвращать деньги.'],
    ['ru', 'Я не буду переносить визит.'],
    ['ru', 'Мы не сможем заменить товар.'],
    ['en', "We won't refund the delivery fee."],
    ['en', "We're not able to move the date."],
  ] as const)('%s: a first-person negated future or ability %j is a refusal', (lang, text) => {
    expect(pointsOf(reply(lang, text), 'positive.cannot')).toBe(-15);
  });

  test.each([
    ['en', "I'll have to end this chat."],
    ['en', 'I will have to close the conversation now.'],
    ['ru', 'Мне придётся завершить чат.'],
    ['ru', 'Я буду вынуждена закрыть диалог.'],
  ] as const)('%s: %j is a threat, not a commitment', (lang, text) => {
    const r = reply(lang, text);
    expect(rulesOf(r)).toContain('patience.hurry');
    expect(rulesOf(r)).not.toContain('positive.solution');
  });

  // Guards: negation elsewhere in the reply, or good news, must not cancel a real commitment.
  test.each([
    ['ru', 'Не волнуйтесь, я оформлю возврат сегодня.'],
    ['ru', 'Если посылка не придёт до пятницы, я отправлю замену.'],
    ['ru', 'Я не буду вас задерживать: возврат уже оформила, деньги придут завтра.'],
    ['en', "Don't worry, I'll refund you today."],
    ['en', "If it doesn't arrive by Friday, I'll send a replacement."],
    ['en', 'No problem, I have processed the refund.'],
  ] as const)('%s: %j keeps its commitment credit', (lang, text) => {
    const r = reply(lang, text);
    expect(pointsOf(r, 'positive.solution')).toBe(12);
    expect(rulesOf(r)).not.toContain('positive.cannot');
  });

  test('ru: «не буду вас задерживать» and «не будем брать комиссию» are not refusals', () => {
    expect(rulesOf(reply('ru', 'Не буду вас задерживать, хорошего дня!'))).not.toContain(
      'positive.cannot',
    );
    expect(rulesOf(reply('ru', 'Мы не будем брать комиссию за перенос.'))).not.toContain(
      'positive.cannot',
    );
  });
});

describe('2. phrase families', () => {
  const family = (
    name: string,
    rule: string,
    points: number,
    cases: ReadonlyArray<readonly [Lang, string]>,
  ) =>
    test.each(cases)(`${name}: %s %j`, (lang, text) => {
      const r = reply(lang, text);
      expect(pointsOf(r, rule)).toBe(points);
      const f = r.findings.find((x) => x.rule === rule)!;
      // The suggestion is in the reply's language.
      if (f.suggestion) expect(/[а-яё]/i.test(f.suggestion)).toBe(lang === 'ru');
    });

  family('bureaucratic refusal', 'positive.cannot', -15, [
    ['ru', 'Ускорить доставку не представляется возможным.'],
    ['ru', 'Мы не имеем возможности поменять адрес.'],
    ['ru', 'Такие товары обмену не подлежат.'],
    ['ru', 'Система не позволяет изменить заказ.'],
    ['en', "We're not able to change the address."],
    ['en', "The system doesn't allow changes after dispatch."],
    ['en', 'The system will not let me edit the order.'],
  ]);

  family('rules as the reason', 'patience.policy-shield', -15, [
    ['ru', 'Таков регламент.'],
    ['ru', 'В соответствии с регламентом вернуть деньги нельзя.'],
    ['ru', 'Согласно регламенту мы не меняем адрес.'],
    ['en', 'As per our policy, we cannot refund it.'],
    ['en', "Those are the regulations, I'm afraid."],
  ]);

  family('waiting order', 'positive.vague', -10, [
    ['ru', 'Ждите.'],
    ['ru', 'Подождите ещё.'],
    ['ru', 'Ожидайте.'],
    ['ru', 'Ждите ответа от склада.'],
    ['en', 'Just wait.'],
    ['en', 'Wait.'],
    ['en', "You'll just have to wait."],
    ['en', 'Keep waiting, it will come.'],
  ]);

  test.each([
    ['en', 'Thanks for waiting! I have found your order.'],
    ['en', 'While you wait, I have booked the courier for tomorrow.'],
    ['en', "I'll wait for your photo."],
    ['ru', 'Спасибо, что подождали! Я нашла ваш заказ.'],
    ['ru', 'Подождите, пожалуйста, пару минут, я уточню у склада.'],
    ['ru', 'Пока вы ждёте, я уже оформила замену.'],
  ] as const)('waiting, not an order: %s %j', (lang, text) => {
    const r = reply(lang, text);
    expect(rulesOf(r)).not.toContain('positive.vague');
  });

  family('blame for the past or a duty', 'patience.blame', -30, [
    ['ru', 'Вы должны были проверить адрес.'],
    ['ru', 'Вы обязаны были сообщить об этом заранее.'],
    ['ru', 'Это ваша обязанность — следить за сроками.'],
    ['ru', 'Вы не так поняли условия.'],
    ['ru', 'Это ваша ответственность.'],
    ['en', "It's your responsibility to check the address."],
    ['en', 'You were supposed to tell us in advance.'],
    ['en', 'You misunderstood the terms.'],
  ]);

  family('tone policing', 'patience.dismissive', -30, [
    ['ru', 'Не нервничайте.'],
    ['ru', 'Не кричите на меня.'],
    ['ru', 'Не истерите, пожалуйста.'],
    ['ru', 'Успокойтесь.'],
    ['en', 'Chill out.'],
    ['en', "Don't panic."],
    ['en', 'Calm down.'],
  ]);

  family('passing the buck', 'patience.dismissive', -30, [
    ['ru', 'Это не моя зона ответственности.'],
    ['ru', 'Это не в нашей зоне ответственности.'],
    ['ru', 'Обращайтесь в банк.'],
    ['en', 'Take it up with your bank.'],
    ['en', "That's not my department."],
  ]);

  test('«Обращайтесь в банк.» is not a farewell; «обращайтесь, если что» still is', () => {
    const farewell = (text: string) =>
      scorer
        .scoreTranscript({
          lang: 'ru',
          turns: [
            { role: 'customer', text: 'Всё получила, спасибо!' },
            { role: 'agent', text },
          ],
        })
        .findings.some((f) => f.rule === 'closure.farewell' && f.points > 0);
    expect(farewell('Обращайтесь в банк.')).toBe(false);
    expect(farewell('Рада помочь! Если что, обращайтесь.')).toBe(true);
    expect(farewell('Будут вопросы — обращайтесь к нам в чат.')).toBe(true);
  });

  family('condescension', 'patience.condescending', -15, [
    ['en', "As I'm sure you know, cards expire."],
    ['en', 'Anyone can do it.'],
    ['en', "It's simple: press the button."],
    ['en', "It's really quite simple."],
    ['ru', 'Странно, что вы этого не знаете.'],
    ['ru', 'С этим справится любой.'],
  ]);

  family('pointing back at earlier messages', 'patience.repeating-myself', -25, [
    ['en', 'Per my last message, the parcel is at the depot.'],
    ['en', 'As previously stated, the parcel is at the depot.'],
    ['ru', 'Как было сказано выше, посылка на складе.'],
    ['ru', 'Как уже было сказано, посылка на складе.'],
  ]);
});

describe('3. negated negatives are good news', () => {
  test.each([
    ['ru', 'Нет, комиссии не будет.'],
    ['ru', 'Нет, никакого штрафа.'],
    ['ru', 'Нет, доплачивать ничего не нужно.'],
  ] as const)('%s: %j is not a flat no', (lang, text) => {
    expect(rulesOf(reply(lang, text, 'А комиссия или штраф будут?'))).not.toContain(
      'positive.flat-no',
    );
  });

  test('ru: a plain «Нет.» is still a flat no', () => {
    expect(
      rulesOf(reply('ru', 'Нет, мы такое не делаем.', 'Можно доставить в воскресенье?')),
    ).toContain('positive.flat-no');
  });

  test.each([
    ['en', "You won't be penalised."],
    ['en', 'You will get an email in a few minutes.'],
    ['en', "You're all set: the order is on its way."],
  ] as const)('%s: %j is not "you must"', (lang, text) => {
    expect(rulesOf(reply(lang, text))).not.toContain('patience.you-must');
  });

  test.each([
    ['en', 'You must bring the receipt.'],
    ['en', 'You need to restart the router.'],
    ['en', 'You have to fill in the form.'],
    ['en', 'You should update the app.'],
  ] as const)('%s: %j is still "you must"', (lang, text) => {
    expect(rulesOf(reply(lang, text))).toContain('patience.you-must');
  });

  test.each([
    ['en', 'Use code AUTUMN25 at checkout. AUTUMN25 takes 25% off your next box as an apology.'],
    ['ru', 'Введите код ОСЕНЬ25Б при оплате. ОСЕНЬ25Б действует до конца месяца.'],
  ] as const)('%s: a repeated code is not shouting: %j', (lang, text) => {
    expect(rulesOf(reply(lang, text))).not.toContain('patience.shouting');
  });

  test.each([
    ['en', 'I HAVE ALREADY TOLD YOU THIS.'],
    ['ru', 'Я ЖЕ ВАМ УЖЕ ОБЪЯСНИЛА.'],
  ] as const)('%s: capitals are still shouting: %j', (lang, text) => {
    expect(rulesOf(reply(lang, text))).toContain('patience.shouting');
  });
});

describe('4. commitment wording', () => {
  test.each([
    ['en', 'I processed the refund.'],
    ['en', 'The refund is processed.'],
    ['en', 'Done — the subscription is cancelled.'],
    ['en', "I've lifted the block on your card."],
    ['en', "I've unblocked your card."],
    ['en', 'I moved your appointment to Thursday.'],
    ['en', 'Your replacement goes out today.'],
    ['en', 'The courier will collect the parcel.'],
    ['en', 'The money will be back on your card.'],
    ['ru', 'Возврат оформлен.'],
    ['ru', 'Готово, подписка отменена.'],
    ['ru', 'Перенёс визит на четверг.'],
    ['ru', 'Отложил для вас одну пару.'],
    ['ru', 'Снял блокировку с карты.'],
    ['ru', 'Курьер заберёт посылку.'],
    ['ru', 'Деньги вернутся на карту.'],
    ['ru', 'Блокировка снята.'],
  ] as const)('%s: %j earns commitment credit', (lang, text) => {
    expect(pointsOf(reply(lang, text), 'positive.solution')).toBe(12);
  });

  test.each([
    ['en', "I'll see what I can do."],
    ['en', "You'll be contacted."],
    ['en', "We'll be in touch."],
    ['ru', 'Посмотрю, что можно сделать.'],
    ['ru', 'Передам информацию.'],
    ['ru', 'С вами свяжутся.'],
  ] as const)('%s: %j is vague, not a commitment', (lang, text) => {
    const r = reply(lang, text);
    expect(rulesOf(r)).toContain('positive.vague');
    expect(rulesOf(r)).not.toContain('positive.solution');
  });

  test.each([
    ['en', "You'll be contacted by the courier tomorrow before 12:00."],
    ['en', "We'll be in touch by Friday with the engineer's report."],
    ['ru', 'С вами свяжется курьер завтра до 12:00.'],
  ] as const)('%s: %j with a time is not vague', (lang, text) => {
    expect(rulesOf(reply(lang, text))).not.toContain('positive.vague');
  });
});

describe('5. a later question left unanswered', () => {
  const two: Record<Lang, string> = {
    en: 'Why was my water bill higher in June, and can I pay it in two instalments?',
    ru: 'Почему счёт за воду в июне больше обычного? И можно ли оплатить его в два платежа?',
  };
  test.each([
    [
      'en',
      'Your June bill is higher because the meter reading for May was added: 14 cubic metres.',
    ],
    ['ru', 'Счёт за июнь больше, потому что в него вошли показания за май: 14 кубометров.'],
  ] as const)('%s: answering only the first question is a finding', (lang, text) => {
    const r = reply(lang, text, two[lang]);
    const f = r.findings.find((x) => x.rule === 'positive.unanswered-question');
    expect(f).toBeDefined();
    expect(f!.points).toBe(-15);
    expect(f!.dimension).toBe('positive_phrasing');
    expect(f!.suggestion).toBeDefined();
    // It names the question left open.
    expect(f!.message).toMatch(lang === 'en' ? /instalments/ : /платеж/);
  });

  test.each([
    [
      'en',
      'Your June bill is higher because the May reading was added. And yes, you can pay it in two instalments: I have split it for you.',
    ],
    [
      'en',
      'The June amount includes the May reading. Splitting it is fine — two payments of $31, due 1 and 15 July.',
    ],
    [
      'ru',
      'Счёт за июнь больше из-за показаний за май. Оплатить в два платежа можно: я уже разделила сумму.',
    ],
  ] as const)('%s: answering both is not a finding: %j', (lang, text) => {
    expect(rulesOf(reply(lang, text, two[lang]))).not.toContain('positive.unanswered-question');
  });

  test('a one-word later clause or a single question is not judged', () => {
    expect(
      rulesOf(
        reply('en', 'The parcel left the depot this morning.', 'Where is my parcel? And why?'),
      ),
    ).not.toContain('positive.unanswered-question');
    expect(
      rulesOf(
        reply(
          'en',
          'It left the depot this morning.',
          'Where is my parcel and the invoice for it?',
        ),
      ),
    ).not.toContain('positive.unanswered-question');
  });
});

describe('6. closure', () => {
  const ctx = (lang: Lang, done: string): Turn[] =>
    lang === 'en'
      ? [
          { role: 'customer', text: 'My gym membership was charged twice this month.' },
          {
            role: 'agent',
            text: "I'm sorry about that. I've refunded the second $30 charge; it reaches your card in 3 days.",
          },
          { role: 'customer', text: done },
        ]
      : [
          { role: 'customer', text: 'С меня дважды списали абонемент в спортзал.' },
          {
            role: 'agent',
            text: 'Простите за это. Я вернула второе списание 1500 ₽, деньги придут на карту за 3 дня.',
          },
          { role: 'customer', text: done },
        ];

  test.each([
    [
      'en',
      "Great, thanks. That's all I needed.",
      'To recap: the second $30 charge is refunded and reaches your card in 3 days. Thank you for your patience, and take care!',
    ],
    [
      'ru',
      'Отлично, спасибо, больше ничего не нужно.',
      'Итак: второе списание 1500 ₽ возвращено, деньги придут за 3 дня. Спасибо за терпение, хорошей недели!',
    ],
    [
      'ru',
      'Спасибо, это всё.',
      'Итак: второе списание 1500 ₽ возвращено, деньги придут за 3 дня. Спасибо вам, берегите себя!',
    ],
  ] as const)(
    '%s: after "that\'s all" a closing without "anything else?" is complete',
    (lang, done, close) => {
      const t = scorer.scoreTranscript({
        lang,
        turns: [...ctx(lang, done), { role: 'agent', text: close }],
      });
      expect(t.scores.closure).toBe(100);
      expect(rulesOf(t)).not.toContain('gaming.stuffing');
    },
  );

  test('"anything else?" after "that\'s all" still earns nothing', () => {
    const t = scorer.scoreTranscript({
      lang: 'en',
      turns: [
        ...ctx('en', "Thanks, that's all I needed, bye."),
        { role: 'agent', text: 'Is there anything else I can help you with?' },
      ],
    });
    expect(t.findings.filter((f) => f.rule === 'closure.anything-else')[0]!.points).toBeLessThan(0);
  });

  test.each([
    ['en', 'Thank you! Have a lovely weekend, and take care!'],
    ['ru', 'Спасибо вам! Хороших выходных, берегите себя!'],
  ] as const)('%s: farewell formulas in the closing phase are not stuffing', (lang, close) => {
    const done = lang === 'en' ? 'Perfect, thanks a lot!' : 'Отлично, большое спасибо!';
    const t = scorer.scoreTranscript({
      lang,
      turns: [...ctx(lang, done), { role: 'agent', text: close }],
    });
    expect(rulesOf(t)).not.toContain('gaming.stuffing');
    expect(t.findings.some((f) => f.rule === 'closure.farewell' && f.points > 0)).toBe(true);
  });

  test.each([
    ['ru', 'Хорошей недели!'],
    ['ru', 'Хороших выходных!'],
    ['ru', 'Берегите себя.'],
    ['en', 'Take care.'],
  ] as const)('%s: %j is a farewell', (lang, text) => {
    const t = scorer.scoreTranscript({
      lang,
      turns: [
        ...ctx(lang, lang === 'en' ? 'Great, thanks!' : 'Отлично, спасибо!'),
        { role: 'agent', text },
      ],
    });
    expect(t.findings.some((f) => f.rule === 'closure.farewell' && f.points > 0)).toBe(true);
  });

  test.each([
    ['ru', 'Спасибо, очень помогли. Бесполезные.'],
    ['ru', 'Спасибо, толку ноль.'],
    ['en', 'Thanks for nothing.'],
  ] as const)('%s: sarcastic thanks %j is not all-is-well', (lang, text) => {
    expect(confirmsAllWell(LEXICONS[lang], normalize(text))).toBe(false);
  });
});
