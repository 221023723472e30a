/**
 * Anti-gaming rules the adversarial review left open (scorer lexicon-2.8.0): keyword soup, a
 * reworded repeat of an earlier reply, "anything else?" or a recap before anything was answered, a
 * sales offer instead of an answer, "how can I help?" after the customer already said it; and two
 * context-free penalties: owning a mistake is not blame, and pointing at the customer's own earlier
 * message is not "I have said this before". Each rule has guards for the genuine replies it must
 * leave alone.
 */
import { scorer } from '../../../server/scoring';
import type { Turn } from '../../../server/scoring/types';

type Lang = 'en' | 'ru';
const C = (text: string): Turn => ({ role: 'customer', text });
const A = (text: string): Turn => ({ role: 'agent', text });

const score = (lang: Lang, history: Turn[], text: string) =>
  scorer.scoreReply(text, { lang, history });
const rulesOf = (lang: Lang, history: Turn[], text: string) =>
  score(lang, history, text).findings.map((f) => f.rule);
const overall = (lang: Lang, history: Turn[], text: string) => {
  const r = score(lang, history, text);
  return (r.patience + r.positive_phrasing) / 2;
};
const transcript = (lang: Lang, history: Turn[], text: string) =>
  scorer.scoreTranscript({ lang, turns: [...history, A(text)] });

describe('keyword soup: a list of fragments is not an answer', () => {
  const en = [C("My parcel #44120 was due on Tuesday and it's still not here.")];
  const ru = [C('Заказ 77310 должны были привезти во вторник, а его до сих пор нет.')];
  test.each([
    [
      'en',
      en,
      'Apologies, thanks, I get it, on it, Friday, 10am, ref PX-5512!',
      "I'm sorry it's late. I've checked #44120: it is at the Bristol depot and goes out on Friday's first van, so it will reach you by 10am. Your reference is PX-5512.",
    ],
    [
      'ru',
      ru,
      'Извините, понимаю, спасибо, решим, завтра, до 18:00, заявка 55123!',
      'Извините за задержку. Я проверила заказ 77310: он задержался на складе в Твери. Курьер привезёт его завтра до 18:00, номер заявки 55123.',
    ],
  ] as const)(
    '%s: the soup is a gaming finding and scores below the genuine reply',
    (lang, h, soup, genuine) => {
      const r = score(lang, [...h], soup);
      const soupFindings = r.findings.filter((f) => f.rule === 'gaming.keyword-soup');
      expect(soupFindings.map((f) => f.dimension).sort()).toEqual([
        'patience',
        'positive_phrasing',
      ]);
      expect(soupFindings.every((f) => f.points < 0 && f.suggestion)).toBe(true);
      const rules = r.findings.map((f) => f.rule);
      expect(rules).not.toContain('positive.concrete');
      expect(rules).not.toContain('positive.solution');
      expect(overall(lang, [...h], soup)).toBeLessThan(overall(lang, [...h], genuine) - 20);
    },
  );

  test.each([
    ['en', 'Which colours does the kettle come in?', 'You can pick red, blue, green or black.'],
    [
      'en',
      'Can I get my money back for the broken lamp?',
      'Done: refunded £59 today, to your card.',
    ],
    ['en', 'What sizes do you have?', 'Sizes: S, M, L, XL, XXL. Thanks!'],
    ['en', 'When can you come?', 'Hi, Sam. Sure. Friday, 5pm, at your flat.'],
    ['ru', 'Какие есть размеры?', 'Есть размеры S, M, L, XL и XXL.'],
    [
      'ru',
      'Когда приедет мастер?',
      'Спасибо, что подождали. Мастер приедет в пятницу, в 17:00, заявка 4410.',
    ],
  ] as const)('%s: asked %j, the short reply %j is not soup', (lang, asked, text) => {
    expect(rulesOf(lang, [C(asked)], text)).not.toContain('gaming.keyword-soup');
  });
});

describe('a reworded repeat of an earlier reply', () => {
  const en: Turn[] = [
    C('My card payment failed twice at checkout.'),
    A("I'm sorry about that. I've checked your card and I'll raise it with the payments team."),
    C('And? It still fails. You told me that an hour ago!'),
  ];
  const ru: Turn[] = [
    C('Интернет пропадает каждый вечер.'),
    A('Извините за неудобства. Я проверила линию и передам заявку мастеру.'),
    C('Когда уже? Вы это вчера писали!'),
  ];

  test.each([
    [
      'en',
      en,
      'I will raise it with the payments team, and I am sorry about that. I have checked your card.',
      "You're right, an hour is too long without news. The payments team found the block: a fraud check. I cleared it at 14:10, so you can pay now; your case is PY-30917.",
    ],
    [
      'ru',
      ru,
      'Линию я уже проверила, ещё раз извините за неудобства. Заявку мастеру передам.',
      'Вы правы, срок нужно было назвать сразу. Мастер придёт в среду, 12 марта, с 13:00 до 17:00, заявка 44821. За час до визита придёт СМС.',
    ],
  ] as const)(
    '%s: reordered and with contractions expanded, it is still a repeat',
    (lang, h, again, genuine) => {
      const r = score(lang, [...h], again);
      expect(r.findings.filter((f) => f.rule === 'gaming.repetition').length).toBe(2);
      expect(overall(lang, [...h], again)).toBeLessThan(overall(lang, [...h], genuine));
    },
  );

  test.each([
    [
      'en',
      en,
      "I've checked your card and I'm sorry about that. I've raised it with the payments team: case PY-30917, they will call you by 5pm today.",
    ],
    [
      'ru',
      ru,
      'Я проверила линию, извините за неудобства. Заявку мастеру я передала: он придёт в среду с 13:00 до 17:00, номер 44821.',
    ],
  ] as const)(
    '%s: repeating it and adding the missing specifics is not a repeat',
    (lang, h, text) => {
      expect(rulesOf(lang, [...h], text)).not.toContain('gaming.repetition');
    },
  );

  test('a recap after the customer confirmed is a summary, not a repeat', () => {
    const h: Turn[] = [
      C('Can you move my delivery?'),
      A("I've moved your delivery to Friday between 9 and 12, booking DL-5530."),
      C('Great, thanks, that works.'),
    ];
    expect(
      rulesOf(
        'en',
        h,
        "To recap: I've moved your delivery to Friday between 9 and 12, booking DL-5530.",
      ),
    ).not.toContain('gaming.repetition');
  });
});

describe('"anything else?" or a recap before anything was answered is a premature close', () => {
  test.each([
    [
      'en',
      "My laptop won't turn on since this morning and I have a deadline today.",
      'I understand. To sum up, someone from the repair team will be in touch. Anything else I can help with? Thanks for your patience!',
      "That's stressful with a deadline today. Could you hold the power button for 15 seconds, then plug in the charger and tell me whether the light comes on?",
    ],
    [
      'ru',
      'С утра не включается ноутбук, а у меня сегодня сдача проекта.',
      'Понимаю вас. Итак, с вами свяжется сервисный отдел. Могу ли я ещё чем-то помочь? Спасибо за терпение!',
      'Понимаю, со сдачей проекта это очень некстати. Подскажите, пожалуйста: если удерживать кнопку питания 15 секунд и подключить зарядку, загорается ли индикатор?',
    ],
  ] as const)(
    '%s: the early close is premature and costs patience',
    (lang, asked, early, genuine) => {
      const bad = transcript(lang, [C(asked)], early);
      expect(bad.findings.map((f) => f.rule)).toEqual(
        expect.arrayContaining(['closure.premature', 'patience.closing-too-early']),
      );
      expect(bad.scores.closure).toBeLessThanOrEqual(20);
      const good = transcript(lang, [C(asked)], genuine);
      expect(good.scores.closure).toBeNull();
      expect(bad.scores.overall).toBeLessThan(good.scores.overall);
    },
  );

  test.each([
    [
      'en',
      "My laptop won't turn on since this morning.",
      "I'm sorry. I've booked a repair for tomorrow at 9am and a loan laptop arrives today; reference RP-2231. Is there anything else I can help with?",
    ],
    [
      'en',
      'Can I pay by card on delivery?',
      'Yes, the courier takes cards and contactless. Is there anything else I can help with?',
    ],
    [
      'en',
      "My laptop won't turn on since this morning.",
      'Could you tell me the serial number on the sticker underneath? And is there anything else I should know?',
    ],
    [
      'ru',
      'С утра не включается ноутбук.',
      'Извините. Я оформила ремонт на завтра на 9:00, заявка 2231. Могу ли я ещё чем-то помочь?',
    ],
  ] as const)(
    '%s: a real answer and then "anything else?" is not premature',
    (lang, asked, text) => {
      const r = transcript(lang, [C(asked)], text);
      const rules = r.findings.map((f) => f.rule);
      expect(rules).not.toContain('closure.premature');
      expect(rules).not.toContain('patience.closing-too-early');
    },
  );
});

test('a thank-you with a new question in it is not all-is-well: "anything else?" then is premature', () => {
  const history: Turn[] = [
    C('The app keeps logging me out.'),
    A("I've cleared your sessions, so it should stay signed in now."),
    C('Thanks. And why was I charged £3 for the app this month?'),
  ];
  const r = transcript('en', history, 'Happy to help! Is there anything else I can do for you?');
  expect(r.findings.map((f) => f.rule)).toEqual(
    expect.arrayContaining(['closure.premature', 'patience.closing-too-early']),
  );
  expect(r.scores.closure).toBeLessThanOrEqual(20);
});

describe('a sales offer instead of an answer', () => {
  test.each([
    [
      'en',
      'My headphones stopped charging after two weeks. Are they faulty?',
      'Thanks for getting in touch! Our wireless headphones are 30% off this weekend, a great time to treat yourself!',
      "That shouldn't happen after two weeks. Could you try another cable for 10 minutes and tell me whether the light comes on? If not, I'll send you a free replacement under warranty.",
    ],
    [
      'ru',
      'Мне дважды списали абонентскую плату за март. Верните деньги.',
      'Спасибо за обращение! Кстати, сейчас у нас скидка 15% на годовой тариф и промокод на первый месяц!',
      'Извините, вижу два списания по 450 ₽ за март. Второе я уже вернула, деньги придут на карту в течение 3 рабочих дней.',
    ],
  ] as const)(
    '%s: the upsell is a gaming finding and earns no concrete credit',
    (lang, asked, upsell, genuine) => {
      const r = score(lang, [C(asked)], upsell);
      const rules = r.findings.map((f) => f.rule);
      expect(rules).toContain('gaming.upsell');
      expect(
        r.findings.some(
          (f) => f.rule === 'gaming.upsell' && f.dimension === 'positive_phrasing' && f.points < 0,
        ),
      ).toBe(true);
      expect(rules).not.toContain('positive.concrete');
      expect(overall(lang, [C(asked)], upsell)).toBeLessThan(
        overall(lang, [C(asked)], genuine) - 15,
      );
    },
  );

  test.each([
    [
      'en',
      'Do you have any discount for students?',
      'Yes: students get 15% off with the code STUDENT15.',
    ],
    [
      'en',
      'My order is a week late.',
      "I'm sorry for the delay. I've added a 20% discount to this order as an apology, and it ships tomorrow.",
    ],
    [
      'ru',
      'Есть ли у вас скидки для пенсионеров?',
      'Да, для пенсионеров скидка 10% по промокоду ПЕНСИЯ10.',
    ],
    [
      'ru',
      'Заказ опаздывает на неделю.',
      'Извините за задержку. В качестве компенсации я начислила скидку 20% на этот заказ, он уедет завтра.',
    ],
    [
      'en',
      'My order arrived late.',
      "I'm sorry about the delay. I can offer you a 10% discount on your next order.",
    ],
    [
      'ru',
      'Заказ пришёл с опозданием.',
      'Извините за задержку. Могу предложить вам скидку 10% на следующий заказ.',
    ],
  ] as const)('%s: asked %j, the offer %j is an answer, not an upsell', (lang, asked, text) => {
    expect(rulesOf(lang, [C(asked)], text)).not.toContain('gaming.upsell');
  });
});

describe('"how can I help?" after the customer already said what is wrong', () => {
  test.each([
    [
      'ru',
      'Не приходит СМС с кодом для входа, уже час пытаюсь.',
      'Спасибо за обращение! Очень понимаю вас, извините. Подскажите, чем могу быть полезна?',
      'Понимаю, час ожидания — это долго. Я отправила код повторно на номер, который заканчивается на 47, он придёт в течение 2 минут.',
    ],
    [
      'en',
      'I was charged a late fee even though I paid on the 3rd.',
      "Thanks for reaching out! I'm so sorry to hear that. How can I help you today?",
      "I'm sorry about that. Your payment arrived on the 3rd, before the due date, so I've removed the £12 late fee; you'll see it on your next bill.",
    ],
  ] as const)('%s: the question shows the message was not read', (lang, asked, again, genuine) => {
    const r = score(lang, [C(asked)], again);
    const found = r.findings.filter((f) => f.rule === 'gaming.how-can-i-help');
    expect(found.map((f) => f.dimension).sort()).toEqual(['patience', 'positive_phrasing']);
    expect(found.every((f) => f.points < 0)).toBe(true);
    expect(found[0]!.suggestion).toMatch(lang === 'ru' ? /[а-я]/ : /[a-z]/);
    expect(r.findings.map((f) => f.rule)).not.toContain('patience.polite-request');
    expect(overall(lang, [C(asked)], again)).toBeLessThan(overall(lang, [C(asked)], genuine));
  });

  test.each([
    ['en', 'Hi there', 'Hello! How can I help you today?'],
    ['en', 'Hello, I have a question.', 'Hello! Of course, what can I do for you?'],
    [
      'en',
      'My order arrived late.',
      "I'm so sorry it arrived late. I've refunded the £4.99 delivery fee today. How can I help you further?",
    ],
    ['ru', 'Здравствуйте!', 'Здравствуйте! Подскажите, чем могу помочь?'],
  ] as const)('%s: after %j, asking is right', (lang, asked, text) => {
    expect(rulesOf(lang, [C(asked)], text)).not.toContain('gaming.how-can-i-help');
  });
});

describe('owning a mistake is not blaming the customer', () => {
  test.each([
    [
      'ru',
      'Это была наша невнимательность, извините. Я уже исправила адрес в заказе.',
      'patience.blame',
    ],
    [
      'ru',
      'Простите, это глупая ошибка с нашей стороны. Курьер приедет завтра до 12:00.',
      'patience.harsh-words',
    ],
    ['ru', 'Извините, мы были невнимательны. Я уже исправила адрес.', 'patience.blame'],
    [
      'en',
      "That was a silly mistake on our part, I'm sorry. I've fixed the address.",
      'patience.harsh-words',
    ],
    ['en', "Sorry, our system made a stupid error. I've refunded the £5.", 'patience.harsh-words'],
  ] as const)('%s: %j is ownership, not %s', (lang, text, rule) => {
    expect(rulesOf(lang, [], text)).not.toContain(rule);
  });

  test.each([
    ['ru', 'Это была ваша невнимательность.', 'patience.blame'],
    ['ru', 'Вы были невнимательны при заполнении формы.', 'patience.blame'],
    ['ru', 'Это глупый вопрос.', 'patience.harsh-words'],
    ['en', 'That was a silly question.', 'patience.harsh-words'],
    ['en', 'You made a stupid mistake with the address.', 'patience.harsh-words'],
  ] as const)('%s: %j still costs %s', (lang, text, rule) => {
    expect(rulesOf(lang, [], text)).toContain(rule);
  });
});

describe("the customer's earlier message is not the agent repeating themself", () => {
  test.each([
    'В предыдущем сообщении вы указали номер 4471, а заказ оформлен на 4417. Уточните, пожалуйста, какой верный?',
    'Спасибо, в прошлом сообщении вы написали адрес, я его уже добавила в заказ.',
    'Как вы писали в предыдущем сообщении, посылка пришла повреждённой: я оформила замену.',
  ])('%j costs nothing', (text) => {
    expect(rulesOf('ru', [], text)).not.toContain('patience.repeating-myself');
  });

  test.each([
    'Как я писала в предыдущем сообщении, возврат занимает 5 дней.',
    'В моём предыдущем сообщении всё написано.',
    'В предыдущем сообщении я уже объяснила, как это сделать.',
    'В предыдущем сообщении всё указано.',
  ])('%j is still "I have said this before"', (text) => {
    expect(rulesOf('ru', [], text)).toContain('patience.repeating-myself');
  });
});
