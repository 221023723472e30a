/**
 * Rules from the fourth outside review (2026-11-30, 60 situations, 446 replies): questions left
 * unanswered behind a reply that only sounds like an answer, closing in one message, an answer
 * buried in courtesy, repeats after "I did that already", purchase recommendations, and harmless
 * wordings that lost points. The sentences here are written for these tests, not taken from the
 * review set. Each block has guard tests: the replies a rule must leave alone.
 */
import { scorer } from '../../../server/scoring';
import type { Turn } from '../../../server/scoring/types';

type Lang = 'en' | 'ru';

const c = (text: string): Turn => ({ role: 'customer', text });
const a = (text: string): Turn => ({ role: 'agent', text });
const rulesOf = (r: { findings: Array<{ rule: string }> }) => r.findings.map((f) => f.rule);
const pointsOf = (r: { findings: Array<{ rule: string; points: number }> }, rule: string) =>
  r.findings.filter((f) => f.rule === rule).reduce((n, f) => n + f.points, 0);
const reply = (lang: Lang, text: string, history: Turn[]) =>
  scorer.scoreReply(text, { lang, history });
const transcript = (lang: Lang, turns: Turn[]) => scorer.scoreTranscript({ lang, turns });

describe('1. a later question left unanswered', () => {
  const ferry = c(
    'My ferry to Bastia on 3 June was cancelled. Can I move to the next sailing? And will I lose the cabin upgrade I paid for?',
  );
  test('"you can …" about something else does not answer "will I lose …?"', () => {
    const r = reply(
      'en',
      "I'm sorry about the cancellation. You can take the 4 June sailing at 09:30 at no extra cost, and I've moved your booking FR-2231 onto it.",
      [ferry],
    );
    expect(rulesOf(r)).toContain('positive.unanswered-question');
    expect(pointsOf(r, 'positive.unanswered-question')).toBe(-15);
  });
  test('guard: a yes or a no answers a yes/no question', () => {
    const r = reply(
      'en',
      "I'm sorry about the cancellation. I've moved booking FR-2231 to the 4 June sailing at 09:30, and no, nothing is lost: it keeps the sea-view cabin.",
      [ferry],
    );
    expect(rulesOf(r)).not.toContain('positive.unanswered-question');
  });
  test('guard: a sentence that turns to the point answers it in other words', () => {
    const r = reply(
      'en',
      "I've moved booking FR-2231 to the 4 June sailing at 09:30. As for the upgrade, it travels with the booking, so the sea-view cabin is still yours.",
      [ferry],
    );
    expect(rulesOf(r)).not.toContain('positive.unanswered-question');
  });
  test('"and what about my X?" is checked although it has one content word', () => {
    const history = [
      c(
        'The dry cleaner ruined my coat, ticket 5521. When can I collect it, and what about my scarf?',
      ),
    ];
    const ignores = reply(
      'en',
      "I'm sorry about the coat. It's ready to collect from Thursday after 2 pm at the Mill Road shop, ticket 5521.",
      history,
    );
    expect(rulesOf(ignores)).toContain('positive.unanswered-question');
    const answers = reply(
      'en',
      "I'm sorry about the coat. It's ready to collect from Thursday after 2 pm, and the scarf is already cleaned and waiting with it.",
      history,
    );
    expect(rulesOf(answers)).not.toContain('positive.unanswered-question');
  });
  test('«когда …?» is answered by a date in other words', () => {
    const r = reply(
      'ru',
      'Приношу извинения за ошибку. Лишний платёж за обеды я уже отменила, 1 240 ₽ поступят на карту до 14 марта.',
      [c('С карты дважды списали за школьные обеды. Почему так вышло и когда вернёте деньги?')],
    );
    expect(rulesOf(r)).not.toContain('positive.unanswered-question');
  });
  test('a word of the later question alone (not of the first) answers it', () => {
    const r = reply(
      'ru',
      'Второе бронирование я отменила, 900 ₽ вернутся на карту за 3 дня. Автопродление я тоже отключила, больше списаний не будет.',
      [
        c(
          'За коворкинг списали дважды по 900 ₽. Можно вернуть второе списание? И как отключить автопродление, чтобы каждый месяц не снимали деньги?',
        ),
      ],
    );
    expect(rulesOf(r)).not.toContain('positive.unanswered-question');
  });
  test('guard: a cry is not a question to answer («на что мне жить?»)', () => {
    const r = reply(
      'ru',
      'Понимаю, как это тревожно. Перевод за октябрь ушёл сегодня, 14 200 ₽ поступят на карту не позднее 15 ноября.',
      [
        c(
          'Перевод так и не пришёл. Когда будут деньги? Мне платить за садик и за квартиру, на что мне жить?',
        ),
      ],
    );
    expect(rulesOf(r)).not.toContain('positive.unanswered-question');
  });
});

describe('2. closing in one message', () => {
  const boiler: Record<Lang, Turn[]> = {
    en: [
      c('The engineer never came to service my boiler, booking BS-310.'),
      a("I'm sorry. I've rebooked BS-310 for Tuesday 8-12 with a text 30 minutes before arrival."),
      c('OK, thanks. Do I need to be at home the whole time?'),
    ],
    ru: [
      c('Мастер так и не пришёл на обслуживание котла, заявка КТ-310.'),
      a(
        'Приношу извинения. Я перенесла заявку КТ-310 на вторник с 8 до 12, мастер напишет за 30 минут.',
      ),
      c('Хорошо, спасибо. Мне нужно быть дома всё это время?'),
    ],
  };
  const inOne: Record<Lang, string> = {
    en: "Only from the text on: he'll message 30 minutes before he arrives, so you can step out until then. To recap, BS-310 is on Tuesday 8-12. Is there anything else I can help with? Thanks for your patience, have a good day!",
    ru: 'Только с момента СМС: мастер напишет за 30 минут до приезда, до этого можно отлучиться. Итак, заявка КТ-310 — во вторник с 8 до 12. Могу ли я ещё чем-то помочь? Спасибо за терпение, хорошего дня!',
  };
  test.each(['en', 'ru'] as const)('%s: answer + check + goodbye is not premature', (lang) => {
    const r = transcript(lang, [...boiler[lang], a(inOne[lang])]);
    const rules = rulesOf(r);
    expect(rules).not.toContain('closure.premature');
    expect(rules).not.toContain('patience.closing-too-early');
    expect(rules).toContain('closure.did-not-wait');
    expect(r.scores.closure).toBe(90);
  });
  test.each(['en', 'ru'] as const)('%s: waiting for the answer scores higher', (lang) => {
    const waits = inOne[lang].replace(/ (?:Thanks|Спасибо)[^!]*!$/u, '');
    expect(transcript(lang, [...boiler[lang], a(waits)]).scores.closure!).toBeGreaterThan(
      transcript(lang, [...boiler[lang], a(inOne[lang])]).scores.closure!,
    );
  });
  test.each(['en', 'ru'] as const)(
    '%s: guard: a goodbye without the answer stays premature',
    (lang) => {
      const bye =
        lang === 'en'
          ? 'Is there anything else I can help with? Thanks for contacting us, have a good day!'
          : 'Могу ли я ещё чем-то помочь? Спасибо за обращение, хорошего дня!';
      expect(rulesOf(transcript(lang, [...boiler[lang], a(bye)]))).toContain('closure.premature');
    },
  );
  test('«если появятся другие вопросы — пишите» is the check', () => {
    const r = transcript('ru', [
      ...boiler.ru,
      a(
        'Только с момента СМС: мастер напишет за 30 минут. Итак, заявка КТ-310 — во вторник с 8 до 12. Если появятся другие вопросы — пишите. Спасибо, всего доброго!',
      ),
    ]);
    expect(rulesOf(r)).toContain('closure.anything-else');
    expect(r.findings.find((f) => f.rule === 'closure.anything-else')!.points).toBeGreaterThan(0);
  });
});

describe('3. an answer buried in courtesy', () => {
  const history = [c('Where do I drop off the old museum passes when the new ones arrive?')];
  test('four formulas around three words of answer cost points', () => {
    const r = reply(
      'en',
      "Thank you so much for your question, we truly appreciate you! We're always happy to help our members. The courier collects them. Thanks again for being with us!",
      history,
    );
    expect(rulesOf(r)).toContain('gaming.stuffing');
  });
  test('guard: a real answer with thanks and an apology is not stuffing', () => {
    const r = reply(
      'en',
      'Thanks for asking. The courier who brings the new passes on Friday will collect the old ones, so just keep them by the door. Sorry for the extra step, and thank you for your patience!',
      history,
    );
    expect(rulesOf(r)).not.toContain('gaming.stuffing');
  });
});

describe('4. repeats', () => {
  test('the same instruction after "I did that already" is a repeat', () => {
    const r = transcript('en', [
      c("The bike rental app won't unlock bike 4410."),
      a('Please make sure Bluetooth is on and tap Unlock again.'),
      c('I did that already, Bluetooth IS on. Still locked.'),
      a(
        'Please double-check that Bluetooth is switched on in your settings and then tap Unlock once more.',
      ),
    ]);
    expect(rulesOf(r)).toContain('gaming.repetition');
  });
  test('guard: a new step after "I did that already" is not', () => {
    const r = transcript('en', [
      c("The bike rental app won't unlock bike 4410."),
      a('Please make sure Bluetooth is on and tap Unlock again.'),
      c('I did that already, Bluetooth IS on. Still locked.'),
      a(
        "Thanks for trying. I've unlocked bike 4410 from our side just now; if the light stays red, enter code 7731 on its keypad instead.",
      ),
    ]);
    expect(rulesOf(r)).not.toContain('gaming.repetition');
  });
  test('saying part of the earlier reply again, nothing new, is a repeat', () => {
    const r = transcript('ru', [
      c('В переводе диплома ошибка в фамилии, заказ 8812.'),
      a(
        'Приношу извинения. Я передала заказ 8812 переводчику, исправленный перевод с печатью будет готов завтра к 15:00, забрать можно в офисе на Литейном.',
      ),
      c('Спасибо. А заверять у нотариуса заново придётся за мой счёт?'),
      a('Исправленный перевод с печатью будет готов завтра к 15:00, заказ 8812.'),
    ]);
    expect(rulesOf(r)).toContain('gaming.repetition');
  });
});

describe('5. other wordings', () => {
  test('the customer\'s opening "thanks a lot" is not a confirmation', () => {
    const r = transcript('en', [
      c('Charged £212 for a print order I cancelled. Brilliant. Thanks a lot.'),
      a("I'm sorry. I've refunded the £212 to your card; it arrives within 3 working days."),
    ]);
    expect(r.scores.closure).toBeNull();
  });
  test('"you\'ll have seen" is not a commitment', () => {
    const r = reply('en', "Then you'll have seen the prices on our website.", [
      c('Why was I charged £40 for the translation?'),
    ]);
    expect(rulesOf(r)).not.toContain('positive.solution');
  });
  test.each([
    [
      'en',
      "Our Boiler Care cover at £9 a month makes this much easier, I'd recommend picking it up.",
    ],
    ['ru', 'Рекомендую приобрести наш сервисный пакет за 2 490 ₽ — с ним такого не будет.'],
  ] as const)('%s: recommending a purchase is an upsell', (lang, text) => {
    const ask =
      lang === 'en' ? 'My boiler shows error E119 again.' : 'Котёл опять показывает ошибку E119.';
    expect(rulesOf(reply(lang, text, [c(ask)]))).toContain('gaming.upsell');
  });
  test.each([
    "That's a horrible spot to be in, and I'm on it.",
    'What rotten timing, right before your exam.',
    "Losing the booking the night before is awful, and I'm sorry.",
  ])('empathy: %s', (text) => {
    const r = reply('en', text, [
      c('The coworking desk I booked for tomorrow was given to someone else!!'),
    ]);
    expect(rulesOf(r)).toContain('patience.empathy');
  });
  test('"enjoy whatever you picked" is a goodbye, not "whatever"', () => {
    const r = transcript('en', [
      c('The museum gift card worked at the till this time.'),
      a(
        "Great to hear! It just hadn't been activated; that's fixed for good now. Thank you, and enjoy whatever you picked!",
      ),
    ]);
    const rules = rulesOf(r);
    expect(rules).not.toContain('patience.dismissive');
    expect(r.findings.find((f) => f.rule === 'closure.farewell')!.points).toBeGreaterThan(0);
    expect(r.findings.find((f) => f.rule === 'closure.summary')!.points).toBeGreaterThan(0);
  });
  test.each(['Whatever.', 'Fine, whatever you say.'])('guard: "%s" is still dismissive', (text) => {
    expect(rulesOf(reply('en', text, [c('This is the second wrong size in a row!')]))).toContain(
      'patience.dismissive',
    );
  });
  test('"all the very best" is a goodbye', () => {
    const r = transcript('en', [
      c('Thanks, that is all I needed.'),
      a('Glad it is sorted: your membership ends on 30 June. Thank you, and all the very best!'),
    ]);
    expect(r.findings.find((f) => f.rule === 'closure.farewell')!.points).toBeGreaterThan(0);
  });
  test('«договор закрыт» is done, not a flat no; «склад закрыт» still is', () => {
    const history = [c('Я переезжаю, закройте, пожалуйста, договор на аренду велосипеда.')];
    expect(
      rulesOf(reply('ru', 'Готово: договор № 4471-В закрыт, залог вернётся за 5 дней.', history)),
    ).not.toContain('positive.flat-no');
    expect(
      rulesOf(reply('ru', 'Склад закрыт.', [c('Можно забрать велосипед сегодня?')])),
    ).toContain('positive.flat-no');
  });
});

describe('6. smileys, delight and sales pitches', () => {
  const open: Record<Lang, Turn> = {
    en: c(
      'My dental crown from your lab came back the wrong shade, order DL-551. The patient is furious.',
    ),
    ru: c('Коронка из вашей лаборатории пришла не того оттенка, заказ ЗЛ-551. Пациент в ярости.'),
  };
  test.each([
    ['en', "Shades can be tricky 🙂 I've booked a remake for Thursday."],
    ['ru', 'Ну оттенки — дело тонкое 🙂 Переделку я уже заказала на четверг.'],
    ['en', "Happens to the best of us :) I've booked a remake for Thursday."],
  ] as const)('%s: a plain smile while the problem is open is a finding', (lang, text) => {
    expect(rulesOf(reply(lang, text, [open[lang]]))).toContain('patience.smiley');
  });
  test.each([
    [
      'en',
      'Thanks, the new crown fits perfectly!',
      'So glad to hear it 🙂 Thanks for letting us know, and have a great day!',
    ],
    [
      'ru',
      'Спасибо, новая коронка подошла идеально!',
      'Очень рада 🙂 Спасибо, что написали, хорошего дня!',
    ],
  ] as const)('%s: guard: a smile after the customer is happy is fine', (lang, customer, text) => {
    expect(rulesOf(reply(lang, text, [c(customer)]))).not.toContain('patience.smiley');
  });
  test.each(['🙄', '😄'])('%s is joking, not a plain smile', (emoji) => {
    const r = reply('en', `Well, shades happen ${emoji} I've booked a remake for Thursday.`, [
      open.en,
    ]);
    expect(rulesOf(r)).toContain('patience.joking');
  });
  test.each([
    ['en', 'Thanks!! And can I pick it up on Saturday instead?'],
    ['ru', 'Спасибо!! А можно забрать в субботу?'],
  ] as const)('%s: "thanks!!" is delight, not anger', (lang, customer) => {
    const text =
      lang === 'en'
        ? 'Yes, Saturday works: the lab is open 9 to 1, ask for order DL-551 at the desk.'
        : 'Да, в субботу можно: лаборатория работает с 9 до 13, назовите на стойке заказ ЗЛ-551.';
    expect(rulesOf(reply(lang, text, [c(customer)]))).not.toContain('patience.no-acknowledgement');
  });
  test('a pitch beside an answer costs a little; on its own, a lot', () => {
    const history = [
      c('My print order of 40 posters arrived with smudged colours. Can you reprint them?'),
    ];
    const beside = reply(
      'en',
      "I'm sorry about the smudging. I've sent the 40 posters back to print, and they'll ship on Monday. I'd also recommend our Premium Matte paper at £12 per pack for your next order.",
      history,
    );
    expect(pointsOf(beside, 'gaming.upsell')).toBe(-8);
    const alone = reply(
      'en',
      "I'd recommend our Premium Matte paper at £12 per pack, the colours hold much better.",
      history,
    );
    expect(pointsOf(alone, 'gaming.upsell')).toBeLessThanOrEqual(-20);
  });
  test('guard: a recommendation with no price is advice, not a pitch', () => {
    const r = reply(
      'en',
      "I'd recommend our matte setting for photos; I've reprinted the 40 posters on it and they ship Monday.",
      [c('My print order of 40 posters arrived with smudged colours. Can you reprint them?')],
    );
    expect(rulesOf(r)).not.toContain('gaming.upsell');
  });
});

describe('7. which question comes first', () => {
  test('"Have you …?" is the first question, so "when …?" is checked', () => {
    const r = reply('en', "Yes, both forms arrived this morning and they're perfectly readable.", [
      c('Have you received my two application forms? And when will the visa letter be issued?'),
    ]);
    expect(rulesOf(r)).toContain('positive.unanswered-question');
  });
  test('a question by intonation alone is the first question («Вы получили …?»)', () => {
    const history = [c('Вы получили мою заявку на возврат? И когда деньги вернутся на карту?')];
    expect(
      rulesOf(reply('ru', 'Да, заявка пришла к нам сегодня утром, всё в порядке.', history)),
    ).toContain('positive.unanswered-question');
    expect(
      rulesOf(
        reply(
          'ru',
          'Да, заявка пришла сегодня утром. Перевод уйдёт в течение двух рабочих дней, к пятнице.',
          history,
        ),
      ),
    ).not.toContain('positive.unanswered-question');
  });
  test('an opening "yes" is the first question\'s; a second one answers the next', () => {
    const history = [
      c('Can I extend my bike rental to Friday, and will the daily rate stay the same?'),
    ];
    expect(
      rulesOf(
        reply(
          'en',
          "Yes, I've extended it to Friday at 6 pm, and I've added a free lock.",
          history,
        ),
      ),
    ).toContain('positive.unanswered-question');
    expect(
      rulesOf(
        reply(
          'en',
          "Yes, I've extended it to Friday at 6 pm. And yes, it stays at £12 a day.",
          history,
        ),
      ),
    ).not.toContain('positive.unanswered-question');
  });
});

describe('8. reassurance and harmless wordings', () => {
  const upset: Record<Lang, Turn> = {
    en: c('The ferry app charged me twice for the same crossing!! Sort it out.'),
    ru: c('Приложение парома списало с меня дважды за одну поездку!! Разберитесь.'),
  };
  test.each([
    [
      'en',
      "Let's get this sorted right now. I've refunded the second £48; it reaches your card within 3 days.",
    ],
    [
      'en',
      "You did exactly the right thing by writing in, and there's nothing to worry about: I've refunded the second £48.",
    ],
    [
      'ru',
      'Давайте решим это прямо сейчас. Второе списание 48 € я уже вернула, деньги придут за 3 дня.',
    ],
    ['ru', 'Будьте спокойны: второе списание 48 € я уже вернула, деньги придут за 3 дня.'],
  ] as const)('%s: reassurance earns a little: %s', (lang, text) => {
    const r = reply(lang, text, [upset[lang]]);
    expect(pointsOf(r, 'patience.reassurance')).toBe(5);
    expect(rulesOf(r)).not.toContain('patience.no-acknowledgement');
  });
  test('«он заберёт» is what a named party will do', () => {
    const r = reply(
      'ru',
      'Курьер всё сделает сам: в пятницу, когда привезёт новую куртку, он заберёт старую.',
      [c('А старую куртку мне куда девать?')],
    );
    expect(rulesOf(r)).toContain('positive.solution');
  });
  test('"everything … is saved" is a thing done', () => {
    const r = reply(
      'en',
      'Everything up to question 12 is saved, and the test is open again until Friday.',
      [c('The exam site crashed halfway through my test!')],
    );
    expect(rulesOf(r)).toContain('positive.solution');
  });
  test("the customer's trouble said back after empathy is not a flat no", () => {
    const r = reply(
      'ru',
      'Понимаю, как это выбивает из колеи: день потерян, а мастера нет. Я записала вас на завтра на 9:00.',
      [c('Я весь день ждала мастера, он так и не пришёл.')],
    );
    expect(rulesOf(r)).not.toContain('positive.flat-no');
    expect(rulesOf(reply('ru', 'Мастеров нет.', [c('Можно мастера на завтра?')]))).toContain(
      'positive.flat-no',
    );
  });
  test('closing in one message: thanks not said are not due, and the wait costs 10', () => {
    const r = transcript('ru', [
      c('Мастер так и не пришёл на обслуживание котла, заявка КТ-310.'),
      a(
        'Приношу извинения. Я перенесла заявку КТ-310 на вторник с 8 до 12, мастер напишет за 30 минут.',
      ),
      c('Хорошо, спасибо. Мне нужно быть дома всё это время?'),
      a(
        'Только с момента СМС: мастер напишет за 30 минут. Итак, заявка КТ-310 — во вторник с 8 до 12. Если появятся другие вопросы — пишите, всего доброго!',
      ),
    ]);
    const rules = rulesOf(r);
    expect(rules).not.toContain('closure.thanks');
    expect(pointsOf(r, 'closure.did-not-wait')).toBe(-10);
    expect(r.scores.closure).toBe(90);
  });
});

describe('9. "when?" asked first, and replies that say they repeat', () => {
  const history: Record<Lang, Turn[]> = {
    en: [
      c('My dry cleaning order 3310 was due yesterday and it is still not ready.'),
      a("We've passed your query to the workshop; please wait for their reply."),
      c('And how long do I wait? I need the suit for a wedding on Saturday.'),
    ],
    ru: [
      c('Заказ в химчистке 3310 должен был быть готов вчера, а его всё нет.'),
      a('Мы передали ваш запрос в цех, ожидайте ответа.'),
      c('И сколько ждать? Костюм нужен на свадьбу в субботу.'),
    ],
  };
  test.each([
    [
      'en',
      "We've passed your query to the workshop, and we'll let you know as soon as they reply.",
    ],
    ['ru', 'Мы уже передали ваш запрос в цех, как только они ответят, мы вам обязательно сообщим.'],
  ] as const)('%s: no time in answer to "when?" leaves it open', (lang, text) => {
    expect(rulesOf(reply(lang, text, history[lang]))).toContain('positive.unanswered-question');
  });
  test.each([
    [
      'en',
      "I'm sorry for the wait. The workshop has the suit on the press now, and it will be ready by 5 pm tomorrow, well before Saturday.",
    ],
    [
      'ru',
      'Простите за ожидание. Костюм уже в работе, он будет готов завтра к 17:00 — до субботы успеем.',
    ],
    ['en', 'Could you tell me the name on the ticket, so I can ask the workshop directly?'],
  ] as const)('%s: guard: a time, or a question back, answers it', (lang, text) => {
    expect(rulesOf(reply(lang, text, history[lang]))).not.toContain('positive.unanswered-question');
  });
  test('"how long is the warranty?" is answered by "a 2-year warranty"', () => {
    const r = reply('en', 'Of course, the new kettle comes with a full 2-year warranty.', [
      c('Thanks! One more thing: how long is the warranty on the replacement?'),
    ]);
    expect(rulesOf(r)).not.toContain('positive.unanswered-question');
  });
  test.each([
    [
      'en',
      "I'm sorry about that! I've refunded the £9.80 for the soup to your card; it will show within 3 to 5 working days.",
      'Ok thanks. Will the delivery fee be refunded too?',
      'As mentioned, the £9.80 for the soup has been refunded to your card and will appear within 3 to 5 working days.',
    ],
    [
      'ru',
      'Очень жаль, что так вышло. Я зарегистрировала претензию № 2211, компенсация 4 500 ₽ придёт на карту в течение 10 рабочих дней после получения фото.',
      'Хорошо, спасибо. А куда присылать фото?',
      'Ещё раз: претензия № 2211 зарегистрирована, компенсация 4 500 ₽ придёт на карту в течение 10 рабочих дней после получения фото.',
    ],
  ] as const)(
    '%s: "As mentioned, …" with the earlier reply again is a repeat',
    (lang, earlier, customer, text) => {
      const r = transcript(lang, [
        c(lang === 'en' ? 'My soup was missing from order 4410.' : 'Разбили вазу при переезде.'),
        a(earlier),
        c(customer),
        a(text),
      ]);
      expect(rulesOf(r)).toContain('gaming.repetition');
    },
  );
});

describe('10. from the outside pairs (test/fixtures/scoring-pairs/outside.jsonl)', () => {
  const ask = (lang: Lang, text: string) => [c(text)];
  test('owning what we should have done is not blame; telling the customer is', () => {
    const h = ask('ru', 'Я спрашиваю, во сколько приедет мастер. Конкретно.');
    expect(
      rulesOf(
        reply('ru', 'Вы правы, нужно было сразу назвать точное время. Мастер будет в 10:30.', h),
      ),
    ).not.toContain('patience.blame');
    expect(rulesOf(reply('ru', 'Вам нужно было сразу уточнить время при заказе.', h))).toContain(
      'patience.blame',
    );
  });
  test('«я уже написала мастеру» is done; «я же вам написала:» repeats', () => {
    const h = ask('ru', 'Мастер не отвечает уже два дня!!!');
    const done = reply(
      'ru',
      'Понимаю, как это тревожно. Я уже написала мастеру в рабочий чат и вернусь к вам в течение часа.',
      h,
    );
    expect(rulesOf(done)).not.toContain('patience.repeating-myself');
    expect(rulesOf(done)).not.toContain('patience.dismissive');
    expect(rulesOf(reply('ru', 'Я же вам написала: мастер перезвонит.', h))).toContain(
      'patience.repeating-myself',
    );
  });
  test.each([
    [
      'ru',
      'Нет, это не нормально, и мне очень неловко. Предлагаю тот же массаж в 19:30.',
      'Массаж отменили, пока я ехала. Это нормально вообще?',
    ],
    [
      'ru',
      'Готово: билет переоформлен на 12 мая, доплаты нет.',
      'Поменяйте билет на 12 мая, пожалуйста.',
    ],
  ] as const)(
    '%s: agreeing "no" and "no surcharge" are not flat refusals: %s',
    (lang, text, customer) => {
      expect(rulesOf(reply(lang, text, ask(lang, customer)))).not.toContain('positive.flat-no');
    },
  );
  test('«мне очень неловко» is an apology', () => {
    expect(
      rulesOf(reply('ru', 'Мне очень неловко, что так вышло.', ask('ru', 'Запись отменили!'))),
    ).toContain('patience.apology');
  });
  test.each([
    ['en', 'Unfortunately, these things happen. We can move you to Friday.'],
    ['ru', 'К сожалению, такое случается. Можем перенести на пятницу.'],
  ] as const)('%s: shrugging off our own failure is dismissive', (lang, text) => {
    expect(
      rulesOf(
        reply(
          lang,
          text,
          ask(lang, lang === 'en' ? 'My massage was cancelled!' : 'Мой массаж отменили!'),
        ),
      ),
    ).toContain('patience.dismissive');
  });
  test('guard: «такое случается, давайте исправим» to put a customer at ease is not', () => {
    const r = reply(
      'ru',
      'Такое случается, давайте исправим: пришлите номер заказа.',
      ask('ru', 'Я, кажется, ошиблась в адресе.'),
    );
    expect(rulesOf(r)).not.toContain('patience.dismissive');
  });
  test.each([
    "I understand you're upset, but sarcasm doesn't really help us resolve this.",
    "I'm doing my best to help you here.",
  ])('en: %s', (text) => {
    const r = reply('en', text, ask('en', 'Wow, great system you have. Charged twice.'));
    expect(
      rulesOf(r).some((x) => x === 'patience.tone-policing' || x === 'patience.defensive'),
    ).toBe(true);
  });
  test('«я делаю всё, что могу» is defensive', () => {
    expect(
      rulesOf(reply('ru', 'Я и так делаю всё, что могу.', ask('ru', 'Вы бесполезные!'))),
    ).toContain('patience.defensive');
  });
  test('"I won\'t be charging you" is good news, not a refusal', () => {
    expect(
      rulesOf(
        reply(
          'en',
          "I won't be charging you for today.",
          ask('en', 'I was 10 minutes late because of a crash.'),
        ),
      ),
    ).not.toContain('positive.cannot');
  });
  test.each([
    'What a disappointing way for the day to go.',
    "You shouldn't have had to ask three times.",
  ])('empathy: %s', (text) => {
    expect(rulesOf(reply('en', text, ask('en', 'Third time I am asking!!')))).toContain(
      'patience.empathy',
    );
  });
  test('"our policy clearly states" lectures; "our policy says that …" points', () => {
    const h = ask('en', 'Why was I charged?');
    expect(
      rulesOf(reply('en', 'Our policy clearly states that late arrivals forfeit the slot.', h)),
    ).toContain('patience.blame');
    expect(
      rulesOf(
        reply(
          'en',
          'Our policy says that a late arrival keeps the slot for 15 minutes, so you were fine.',
          h,
        ),
      ),
    ).not.toContain('patience.blame');
  });
  test('"that\'s expected" answers "is that normal?", so "anything else?" is not early', () => {
    const r = reply(
      'en',
      "That's completely expected for a first backup of 1.2TB. Is there anything else I can check?",
      ask('en', "The backup says 'estimated 9 days'. Is that normal?"),
    );
    expect(rulesOf(r)).not.toContain('patience.closing-too-early');
  });
  test('"anything more I can do" is the check', () => {
    const r = transcript('en', [
      c('Great, thanks, that sorts it.'),
      a(
        'Glad to hear it! So: the credit is on your account. Is there anything more I can do for you?',
      ),
    ]);
    expect(r.findings.find((f) => f.rule === 'closure.anything-else')!.points).toBeGreaterThan(0);
  });
  test('an opening message that says "that\'s all I needed" confirms', () => {
    const r = transcript('en', [
      c('Great, so the hall is booked for 21 June. That is all I needed.'),
      a(
        'Wonderful! To recap: the hall on 21 June, deposit due by 30 April. Thank you for choosing us, goodbye!',
      ),
    ]);
    expect(rulesOf(r)).not.toContain('closure.premature');
  });
  test("a question that only restates the customer's is not an answer", () => {
    const r = reply(
      'ru',
      'Правильно ли я понимаю: вы хотите перенести съёмку и уточнить, сохранится ли предоплата 15 000 ₽? Это очень важный вопрос, я понимаю, как много это значит. Благодарю, что предупредили!',
      ask('ru', 'Хотим перенести съёмку на 23 августа, предоплату 15 000 не потеряем?'),
    );
    expect(rulesOf(r).some((x) => x.startsWith('gaming.'))).toBe(true);
  });
  test.each([
    [
      'en',
      'Great question! Our Heirloom Album package includes 40 hand-bound pages. Would you like a quote?',
      'Can we get the RAW files from our wedding?',
    ],
    [
      'ru',
      'Отличный выбор! Советуем наши подготовительные курсы к экзамену: 12 занятий всего за 9 900 ₽. Записать вас?',
      'Какой проходной балл был в прошлом году?',
    ],
    [
      'ru',
      'Очень жаль! Может быть, вам подойдёт тариф «Эконом» за 590 ₽? Многие остаются.',
      'Как отменить подписку?',
    ],
  ] as const)('%s: a product pitched instead of an answer is an upsell', (lang, text, customer) => {
    expect(rulesOf(reply(lang, text, ask(lang, customer)))).toContain('gaming.upsell');
  });
  test('a consequence is not a commitment («пока … не …, будет приостановлена»)', () => {
    const r = reply(
      'ru',
      'Пока место не освободится, синхронизация будет приостановлена.',
      ask('ru', 'Место закончилось, что делать?'),
    );
    expect(rulesOf(r)).not.toContain('positive.solution');
  });
  test('the customer asks again and gets the old answer padded with thanks: a repeat', () => {
    const r = transcript('ru', [
      c('Запчасть для стиральной машины пришла? Заказ 5512.'),
      a('Здравствуйте! Запчасть заказана, ожидаем поступления.'),
      c('Это было неделю назад. Я третий раз спрашиваю: пришла или нет?'),
      a(
        'Большое спасибо за ваше терпение! Ваш заказ №5512 на контроле: запчасть заказана, ожидаем поступления.',
      ),
    ]);
    expect(rulesOf(r)).toContain('gaming.repetition');
  });
});

describe('11. from the second outside pairs (outside-2.jsonl): plain words, upset in plain words', () => {
  const one = (lang: Lang, text: string, customer: string) => reply(lang, text, [c(customer)]);
  test.each([
    ['en', 'Nobody came and nobody called. I took an unpaid day off.'],
    ['en', "The results are still pending and I can't sleep."],
    ['en', "That's rubbish and you know it."],
    ['ru', 'Прощание с мамой в 12:00, а венка до сих пор нет.'],
    ['ru', 'Ждала мастера с 9 до 13, никто не пришел и не позвонил.'],
  ] as const)(
    '%s: upset said plainly: a bare explanation lacks acknowledgement: %s',
    (lang, customer) => {
      const text =
        lang === 'en'
          ? 'Install windows are estimates and can move.'
          : 'Интервалы доставки ориентировочные, курьер мог задержаться на предыдущем адресе.';
      expect(rulesOf(one(lang, text, customer))).toContain('patience.no-acknowledgement');
    },
  );
  test.each([
    "That's a frightening thing to see four days before camp.",
    'You were right to chase it.',
    'Ten days of waiting with that on your mind is hard.',
    "I'm so sorry about your dad.",
    "Losing a day's pay is really poor, and I'm sorry.",
  ])('empathy in plain words: %s', (text) => {
    expect(rulesOf(one('en', text, 'Nobody came!!'))).toContain('patience.empathy');
  });
  test.each([
    ['ru', 'Примите мои соболезнования.'],
    ['ru', 'Девять дней ждать — неудивительно, что вы на пределе.'],
    ['ru', 'Обидно потерять отгул впустую.'],
    ['ru', 'Ох, перед гостями это совсем некстати.'],
  ] as const)('%s: empathy: %s', (lang, text) => {
    expect(rulesOf(one(lang, text, 'Никто не пришёл!!'))).toContain('patience.empathy');
  });
  test('guard: "it would be difficult to accommodate you" is a refusal, not empathy', () => {
    const r = one(
      'en',
      "It would be difficult to accommodate you outside those hours, and evening slots can't be guaranteed.",
      'Can you come in the evening?',
    );
    expect(rulesOf(r)).not.toContain('patience.empathy');
    expect(rulesOf(r)).toContain('positive.cannot');
  });
  test('"I understand your frustration, however …" takes it back', () => {
    expect(
      rulesOf(
        one(
          'en',
          'I understand your frustration, however the money is simply on hold.',
          'My rent is stuck!!',
        ),
      ),
    ).toContain('patience.apology-but');
  });
  test('"the wrong chapel" is a fact, not a harsh word', () => {
    expect(
      rulesOf(
        one(
          'en',
          'The driver went to the wrong chapel, which is entirely on us.',
          'The wreath never arrived.',
        ),
      ),
    ).not.toContain('patience.harsh-words');
  });
  test.each([
    ['en', "I'd ask that we keep things respectful, please.", 'This is rubbish.'],
    ['ru', 'Угрозы отзывами не ускорят процесс.', 'Пишу во все отзовики!'],
  ] as const)('%s: tone policing: %s', (lang, text, customer) => {
    expect(rulesOf(one(lang, text, customer))).toContain('patience.tone-policing');
  });
  test.each([
    [
      'en',
      "The money isn't lost: it's waiting for a manual check.",
      'My rent is floating in the void!!',
    ],
    ['ru', 'Ничего страшного, давайте по порядку: экзамен в пятницу.', 'Простите, я запуталась.'],
  ] as const)('%s: reassurance: %s', (lang, text, customer) => {
    expect(rulesOf(one(lang, text, customer))).toContain('patience.reassurance');
  });
  test('«указаны в сообщении выше» points back', () => {
    expect(
      rulesOf(one('ru', 'Дата и время указаны в сообщении выше.', 'А это какой день недели?')),
    ).toContain('patience.repeating-myself');
  });
  test('asking again for a card number the customer wrote', () => {
    const r = one(
      'ru',
      'Уточните, пожалуйста, номер транспортной карты и дату сдачи.',
      'Сдала проездной 2 июня, номер карты 0043 1187 5520, деньги не пришли.',
    );
    expect(rulesOf(r)).toContain('patience.asks-again');
  });
  test('«чтобы я могла помочь» is not a commitment', () => {
    expect(
      rulesOf(one('ru', 'Чтобы я могла помочь, напишите номер заказа.', 'Где заказ?')),
    ).not.toContain('positive.solution');
  });
  test('«я зафиксировала ваше обращение» is a formula', () => {
    const r = one('ru', 'Я зафиксировала ваше обращение.', 'В наборе не было креветок!');
    expect(rulesOf(r)).not.toContain('positive.solution');
  });
  test('"manual or automatic?" is answered by naming one', () => {
    const customer = "Is my instructor's car manual or automatic?";
    expect(
      rulesOf(
        one(
          'en',
          'Dave is one of our most experienced instructors, with a 92% pass rate!',
          customer,
        ),
      ),
    ).toContain('positive.unanswered-question');
    expect(
      rulesOf(
        one('en', 'Dave teaches in a manual Fiesta; Priya has an automatic Yaris.', customer),
      ),
    ).not.toContain('positive.unanswered-question');
  });
  test("naming one's own plan is not asking about plans: the pitch is still an upsell", () => {
    const r = one(
      'en',
      'Great news, our Family Plus plan gives unlimited downloads for just £4 more a month! Would you like me to upgrade you today?',
      "Why can't my daughter download songs? She's on our family plan.",
    );
    expect(rulesOf(r)).toContain('gaming.upsell');
  });
  test('"No, that\'s it." after "anything else?" confirms', () => {
    const r = transcript('en', [
      c('I accept the £180 offer for the laptop.'),
      a(
        "Thanks, I've accepted it; the £180 reaches your account by Wednesday. Can I help with anything else?",
      ),
      c("No, that's it."),
      a('Thanks, Ahmed. Keep an eye out for the £180 by Wednesday, and have a good evening!'),
    ]);
    expect(rulesOf(r)).not.toContain('closure.premature');
  });
  test('a definite next step before "anything else?" is an answer ("we\'ll see you the same day")', () => {
    const r = one(
      'en',
      "If the light is still on after the reset, we'll recalibrate the sensor free and see you the same day. Is there anything else I can help with?",
      "Ok, I'll try that later.",
    );
    expect(rulesOf(r)).not.toContain('patience.closing-too-early');
    expect(rulesOf(r)).not.toContain('positive.vague');
  });
});

describe('12. a pitch in the closing', () => {
  test('«Кстати, акция… Может, подобрать что-нибудь ещё?» is neither a recap nor the check', () => {
    const r = transcript('ru', [
      c('Так очки будут готовы в пятницу?'),
      a('Да, в пятницу после 14:00, салон на Лесной, 9.'),
      c('Супер, спасибо, тогда всё'),
      a(
        'Спасибо за обращение! Кстати, у нас сейчас акция: вторая пара со скидкой 30%. Может, подобрать вам что-нибудь ещё?',
      ),
    ]);
    expect(pointsOf(r, 'closure.summary')).toBeLessThan(0);
    expect(rulesOf(r)).toContain('gaming.upsell');
    expect(r.scores.closure!).toBeLessThan(50);
  });
});

describe('13. from the third outside pairs (outside-3.jsonl)', () => {
  const one = (lang: Lang, text: string, customer: string) => reply(lang, text, [c(customer)]);
  test('"please try to stay calm" is tone policing; "On it." reassures', () => {
    const customer = "Charger won't start, I'm at 4% and have to pick up my kid. HELP";
    expect(rulesOf(one('en', "I'll help you, but please try to stay calm.", customer))).toContain(
      'patience.tone-policing',
    );
    expect(rulesOf(one('en', "On it. I'm restarting bay 3 remotely now.", customer))).toContain(
      'patience.reassurance',
    );
  });
  test.each([
    ['en', "I'd really appreciate five stars if you were happy with my help."],
    ['ru', 'Оцените, пожалуйста, наш разговор на 5!'],
  ] as const)('%s: asking for a rating: %s', (lang, text) => {
    expect(
      rulesOf(one(lang, text, lang === 'en' ? 'It synced, thanks!' : 'Всё заработало, спасибо!')),
    ).toContain('patience.asks-for-rating');
  });
  test('"It synced!" confirms, and "for the record, the fix was …" is a recap', () => {
    const r = transcript('en', [
      c("My tracker hasn't synced since the update."),
      a("Let's remove it from Bluetooth and pair it again from the app."),
      c('It synced! All my steps are showing now.'),
      a(
        'Brilliant. For the record, the fix was re-pairing it through the app. Anything else I can help with? If not, enjoy your week.',
      ),
    ]);
    expect(rulesOf(r)).not.toContain('closure.premature');
    expect(pointsOf(r, 'closure.summary')).toBeGreaterThan(0);
  });
  test('"the old code is cancelled" recaps; "I think that\'s it" is all done', () => {
    const r = transcript('en', [
      c("Locker 7 won't open with my code."),
      a("I've sent a new code, 482913."),
      c("Got it, thanks. I think that's it."),
      a(
        'Great, glad you have it. The old code is cancelled. Thanks for your patience, have a good evening!',
      ),
    ]);
    expect(pointsOf(r, 'closure.summary')).toBeGreaterThan(0);
    expect(pointsOf(r, 'closure.anything-else')).toBeGreaterThan(0);
  });
  test('"let us know" is not a commitment', () => {
    expect(
      rulesOf(
        one(
          'en',
          'Let us know if you have any other questions!',
          'Does the extra payment go to principal?',
        ),
      ),
    ).not.toContain('positive.solution');
  });
  test('"principal or … interest?" needs one of them named', () => {
    const customer =
      "If I pay an extra $100, does it go to the principal or just next month's interest?";
    expect(
      rulesOf(
        one(
          'en',
          'Extra payments are a great way to pay off your loan faster. You can pay online any time.',
          customer,
        ),
      ),
    ).toContain('positive.unanswered-question');
    expect(
      rulesOf(
        one(
          'en',
          'It first covers unpaid interest, $11.40, and the rest goes to principal.',
          customer,
        ),
      ),
    ).not.toContain('positive.unanswered-question');
  });
  test('guard: "sign anything or send anything for it to go through?" is not an either-or to name', () => {
    const r = one(
      'en',
      "No, there's nothing you need to do: the release is approved and the £1,200 reaches you by Thursday.",
      'Do I need to sign anything or send anything for it to go through?',
    );
    expect(rulesOf(r)).not.toContain('positive.unanswered-question');
  });
  test('«сколько по времени?» needs a time', () => {
    const customer = 'Сколько стоит замена экрана и сколько по времени?';
    expect(
      rulesOf(one('ru', 'Замена экрана стоит от 7 400 ₽ в зависимости от запчасти.', customer)),
    ).toContain('positive.unanswered-question');
    expect(
      rulesOf(one('ru', 'Замена стоит 7 400 ₽, работа занимает около полутора часов.', customer)),
    ).not.toContain('positive.unanswered-question');
  });
  test.each([
    ['ru', 'Комиссии за досрочное погашение нет.', 'Будет ли комиссия за досрочное погашение?'],
    ['ru', 'Нет, сразу весь долг не потребуют.', 'Мне сразу весь кредит надо будет вернуть?'],
  ] as const)('%s: good news is not a flat no: %s', (lang, text, customer) => {
    expect(rulesOf(one(lang, text, customer))).not.toContain('positive.flat-no');
  });
  test.each([
    ['ru', 'По всем вопросам рекомендуем ознакомиться с условиями кредитного договора.'],
    ['ru', 'Информация о комиссиях содержится в тарифах банка.'],
  ] as const)('%s: pointing to the paperwork instead of answering: %s', (lang, text) => {
    expect(rulesOf(one(lang, text, 'Как закрыть кредит досрочно?'))).toContain(
      'positive.deflection',
    );
  });
  test('«сделаем всё возможное» is vague', () => {
    expect(
      rulesOf(
        one('ru', 'Мы обязательно сделаем всё возможное, чтобы найти планшет.', 'Нашли планшет?'),
      ),
    ).toContain('positive.vague');
  });
  test('«я уже написала старшей горничной» is done', () => {
    const r = one(
      'ru',
      'Понимаю, как вам тяжело. Я уже написала старшей горничной, номер проверят за 30 минут.',
      'Забыла кольцо мамы в номере 412!',
    );
    expect(rulesOf(r)).not.toContain('patience.repeating-myself');
  });
  test('"I know the tracking number" and the same number again: a repeat', () => {
    const r = transcript('ru', [
      c('где мой заказ M-4021?'),
      a('Заказ отправлен, трек-номер 1049935571, отслеживать можно на сайте СДЭК.'),
      c('я знаю трек. он 10 дней висит и не двигается'),
      a(
        'Ваш заказ M-4021 передан в службу доставки, трек-номер 1049935571. Статус можно отследить на сайте СДЭК. Спасибо за терпение!',
      ),
    ]);
    expect(rulesOf(r)).toContain('gaming.repetition');
  });
});

describe('14. from the fourth outside pairs (outside-4.jsonl)', () => {
  const one = (lang: Lang, text: string, customer: string) => reply(lang, text, [c(customer)]);
  test.each([
    ['en', "Fair enough, being charged after you've cancelled would annoy anyone."],
    ['ru', 'Вижу, как вы переживаете, когда смесь на исходе.'],
  ] as const)('%s: empathy: %s', (lang, text) => {
    expect(
      rulesOf(
        one(
          lang,
          text,
          lang === 'en' ? 'Charged again after I cancelled!!' : 'Смесь не привезли!!',
        ),
      ),
    ).toContain('patience.empathy');
  });
  test.each([
    [
      'en',
      "I'd appreciate it if we could keep things constructive.",
      'Great business model you have there.',
    ],
    ['ru', 'Не стоит так паниковать, одна задержка — это не катастрофа.', 'Смесь не привезли!!'],
  ] as const)('%s: policing or minimising the customer: %s', (lang, text, customer) => {
    const rules = rulesOf(one(lang, text, customer));
    expect(rules.some((r) => r === 'patience.tone-policing' || r === 'patience.dismissive')).toBe(
      true,
    );
  });
  test('"let\'s be quick then" keeps pace; "for next time, it\'s worth booking ahead" lectures', () => {
    const customer = "I've got 5 minutes of lunch left. What's free before Saturday?";
    expect(
      rulesOf(one('en', "Let's be quick then: Thursday at 8:00 or 12:30?", customer)),
    ).not.toContain('patience.hurry');
    expect(
      rulesOf(one('en', "For next time, it's worth booking two weeks ahead.", customer)),
    ).toContain('patience.condescending');
  });
  test('"it\'s not broken" reassures; "explained in the user guide" deflects', () => {
    const customer = "The app says 'grid import active'. Is my battery broken??";
    expect(
      rulesOf(
        one(
          'en',
          "It's not broken. Grid import just means the house is using grid power for now.",
          customer,
        ),
      ),
    ).toContain('patience.reassurance');
    expect(
      rulesOf(
        one(
          'en',
          "They're all explained in the Terminology section of the app's user guide.",
          customer,
        ),
      ),
    ).toContain('positive.deflection');
  });
  test.each([
    ['en', "I'm sorry to hear you're unhappy with the groom. It'll grow back in a few weeks."],
    ['ru', 'Жаль, что вы остались недовольны. Шерсть отрастёт за пару недель.'],
  ] as const)(
    '%s: sorry for the feeling, not for what happened, is a non-apology',
    (lang, text) => {
      expect(
        rulesOf(
          one(lang, text, lang === 'en' ? 'You shaved my poodle bald!!' : 'Вы обрили мою собаку!!'),
        ),
      ).toContain('patience.non-apology');
    },
  );
  test('"Yes, I do read your messages" and "standard procedure" push back', () => {
    const r = one(
      'en',
      'Yes, I do read your messages. I need to confirm this for security, which is standard procedure.',
      'I JUST said. Card. Do you even read what I write?',
    );
    expect(rulesOf(r)).toContain('patience.defensive');
    expect(rulesOf(r)).toContain('patience.policy-shield');
  });
  test('"restrictions may apply, please check your terms" is vague and deflects', () => {
    const rules = rulesOf(
      one(
        'en',
        'Guest entry depends on your membership level, and some restrictions may apply. Please check your membership terms for details.',
        'Can I bring my grandson on my membership?',
      ),
    );
    expect(rules).toContain('positive.vague');
    expect(rules).toContain('positive.deflection');
  });
  test('"hang on a moment" is not all-is-well: a goodbye then is premature', () => {
    const r = transcript('en', [
      c('Can you do anything about the £36 fine?'),
      a("I've waived £24, so you owe £12; here's the payment link."),
      c('Thank you so much. Paying now, hang on a moment.'),
      a("You're welcome! That's everything sorted. Thanks for getting in touch and happy reading!"),
    ]);
    expect(rulesOf(r)).toContain('closure.premature');
  });
  test('«пока крутится» is not a goodbye; «обращение закрыто» is a sign-off', () => {
    const r = transcript('ru', [
      c('приложение не видит новую панель'),
      a('Нажмите «Обновить список» и подождите минуту.'),
      c('нажал, жду... пока крутится'),
      a('Отлично, панель должна появиться! Если будут вопросы — пишите, хорошего дня'),
    ]);
    expect(rulesOf(r)).toContain('closure.premature');
    const closed = transcript('ru', [
      c('Штраф сняли?'),
      a('Штраф 450 ₽ сняла, долг теперь 0.'),
      c('ну хорошо'),
      a('Задолженность отсутствует. Обращение закрыто.'),
    ]);
    expect(closed.scores.closure).not.toBeNull();
  });
  test('marketing filler is not an answer', () => {
    const r = one(
      'en',
      'Pension contributions and amendments are all fully supported in our software. Our flexible submission options help you edit your return with confidence and accuracy.',
      'Can I still change my return after submitting it?',
    );
    expect(rulesOf(r).some((x) => x.startsWith('gaming.'))).toBe(true);
  });
});

describe('15. from the fifth outside pairs (outside-5.jsonl)', () => {
  const one = (lang: Lang, text: string, customer: string) => reply(lang, text, [c(customer)]);
  test('"not a dumb question at all" is kind, not harsh', () => {
    expect(
      rulesOf(
        one(
          'en',
          'Not a dumb question at all, lots of people ask.',
          'Sorry if this is a dumb question…',
        ),
      ),
    ).not.toContain('patience.harsh-words');
  });
  test.each([
    ['en', 'As stated in the rental agreement, all items must be returned.'],
    ['ru', 'Как указано в договоре, все предметы нужно вернуть.'],
  ] as const)('%s: pointing at the agreement blames', (lang, text) => {
    expect(
      rulesOf(
        one(lang, text, lang === 'en' ? 'Do I send the caps back too?' : 'Крышки тоже отправлять?'),
      ),
    ).toContain('patience.blame');
  });
  test.each([
    'They should be there. Have another careful look near the top.',
    'Please make sure everyone arrives on time in future.',
  ])('condescending: %s', (text) => {
    expect(rulesOf(one('en', text, "I can't find those letters anywhere."))).toContain(
      'patience.condescending',
    );
  });
  test('"No need to apologise, those cards can be confusing" reassures and empathises', () => {
    const rules = rulesOf(
      one(
        'en',
        'No need to apologise, those cards can be confusing.',
        "Sorry, I'm not good with computers.",
      ),
    );
    expect(rules).toContain('patience.reassurance');
    expect(rules).toContain('patience.empathy');
  });
  test('"we won\'t cancel you" is good news', () => {
    const rules = rulesOf(
      one(
        'en',
        "Don't worry, we won't cancel you: start at 7 and your friend joins later.",
        'Please don’t cancel us!!',
      ),
    );
    expect(rules).not.toContain('positive.cannot');
  });
  test('«Понимаю. Но … скорее всего, основания были» takes it back and blames', () => {
    const rules = rulesOf(
      one(
        'ru',
        'Понимаю. Но наша система очень точная, так что, скорее всего, основания были.',
        'Я НЕ ЧИТЕРИЛ!!!',
      ),
    );
    expect(rules).toContain('patience.apology-but');
    expect(rules).toContain('patience.blame');
  });
  test('«как писала выше» points back', () => {
    expect(
      rulesOf(one('ru', 'Замену я уже оформила, как писала выше.', 'То есть их нельзя носить?')),
    ).toContain('patience.repeating-myself');
  });
  test('"can you have them by Friday?" is answered by a day; "you can order on the quote page" does not answer "can you …?"', () => {
    const customer = 'How much for 40 brackets, and can you have them to me by Friday?';
    expect(
      rulesOf(
        one('en', "40 brackets come to £86. They'll ship tomorrow and arrive Thursday.", customer),
      ),
    ).not.toContain('positive.unanswered-question');
    expect(
      rulesOf(
        one(
          'en',
          'The price for 40 would be £86. You can place the order through the quote page.',
          customer,
        ),
      ),
    ).toContain('positive.unanswered-question');
  });
  test('"Is there anything else I can help with?" answers no "will you …?"', () => {
    const r = one(
      'en',
      "I'm sorry. I've rebooked you on tomorrow's 6:45 flight. Is there anything else I can help with?",
      'Can I get on the first flight tomorrow, and will you cover a hotel?',
    );
    expect(rulesOf(r)).toContain('positive.unanswered-question');
  });
  test('"it looks amazing … we\'re all square?" takes the fix, so answer + check + goodbye is not premature', () => {
    const r = transcript('en', [
      c('When will the fitters finish the kitchen?'),
      a('They finish on Friday.'),
      c(
        "Kitchen's finished and it looks amazing. I paid the final invoice this morning, so I think we're all square?",
      ),
      a(
        "Thank you! Yes, the £1,450 came through, so you're fully paid. Is there anything else you need from us? If not, enjoy the new kitchen!",
      ),
    ]);
    expect(rulesOf(r)).not.toContain('closure.premature');
  });
  test.each([
    'You can find full details of our classes and prices on our website.',
    'With Diamond membership you get priority support. You can try it free for 7 days!',
  ])('deflection or pitch: %s', (text) => {
    const rules = rulesOf(one('en', text, 'Is the pool heated for the baby classes?'));
    expect(rules.some((r) => r === 'positive.deflection' || r === 'gaming.upsell')).toBe(true);
  });
});
