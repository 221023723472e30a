/**
 * Rules from the rounds after the fourth review (session of 2026-11-30, evening): a later question
 * asked by intonation, and what the seventh set of outside pairs showed. The sentences here are
 * written for these tests, not taken from any set. Each block has guard tests: the replies a rule
 * must leave alone.
 */
import { scorer } from '../../../server/scoring';
import type { Turn } from '../../../server/scoring/types';

type Lang = 'en' | 'ru';

const c = (text: string): Turn => ({ role: 'customer', text });
const rulesOf = (r: { findings: Array<{ rule: string }> }) => r.findings.map((f) => f.rule);
const reply = (lang: Lang, text: string, history: Turn[]) =>
  scorer.scoreReply(text, { lang, history });
const unanswered = (lang: Lang, text: string, customer: string) =>
  rulesOf(reply(lang, text, [c(customer)])).includes('positive.unanswered-question');

describe('1. a later question asked by intonation, opening with "and"', () => {
  const refund =
    'Получила письмо, что спектакль 14 марта отменили. Что мне нужно сделать для возврата? И комиссия за бронь 300 ₽ тоже вернётся?';
  test('«И комиссия … тоже вернётся?» is a question of its own: a reply about the tickets only leaves it open', () => {
    expect(
      unanswered(
        'ru',
        'Ничего делать не нужно: возврат по заказу № 55120 оформится автоматически, 4 000 ₽ за билеты придут на карту в течение 10 рабочих дней.',
        refund,
      ),
    ).toBe(true);
  });
  test('guard: a reply that names the fee answers it', () => {
    expect(
      unanswered(
        'ru',
        'Ничего делать не нужно: возврат по заказу № 55120 оформится автоматически. Вернём 4 300 ₽ — билеты и комиссию за бронь, деньги придут на карту в течение 10 рабочих дней.',
        refund,
      ),
    ).toBe(false);
  });
  test('"And the deposit comes back too?" is checked in English as well', () => {
    const customer =
      'The festival was called off. Do I need to apply for the refund? And the camping deposit comes back too?';
    expect(
      unanswered(
        'en',
        'No need to apply: the refund for order 88102 goes out automatically, and the £120 for the tickets reaches your card within 10 working days.',
        customer,
      ),
    ).toBe(true);
    expect(
      unanswered(
        'en',
        'No need to apply: the refund for order 88102 goes out automatically, and yes, the £40 camping deposit is included, so £160 reaches your card within 10 working days.',
        customer,
      ),
    ).toBe(false);
  });
  test('guard: a later question without "and" restates the one before, and is not checked on its own', () => {
    expect(
      unanswered(
        'ru',
        'Пишите в этот же чат и укажите номер заявки ВЗ-5512: вся история закреплена за ней, повторять ничего не придётся.',
        'Спасибо. А если деньги к 22-му не придут, куда мне писать? Опять сюда в общий чат и всё заново объяснять?',
      ),
    ).toBe(false);
  });
});

describe('2. answers to a later question that share no word with it', () => {
  test('"will it cost …?" is answered by an amount or by "free"', () => {
    const customer = 'Can I bring my bike on the coach to Leeds? Will it cost extra?';
    expect(
      unanswered(
        'en',
        'Yes, bikes go in the hold if they are boxed or bagged. It is £8 each way, payable when you book the seat.',
        customer,
      ),
    ).toBe(false);
    expect(
      unanswered(
        'en',
        'Yes, bikes travel in the hold if they are boxed or bagged, and there is no charge.',
        customer,
      ),
    ).toBe(false);
    expect(
      unanswered(
        'en',
        'Yes, bikes travel in the hold if they are boxed or bagged at the station.',
        customer,
      ),
    ).toBe(true);
  });
  test('«это платно?» after a question about money needs an amount of its own', () => {
    const customer = 'Сколько стоит замена экрана на iPhone 13? И диагностика платная?';
    expect(
      unanswered(
        'ru',
        'Замена экрана на iPhone 13 стоит 14 900 ₽, мастер сделает её за час.',
        customer,
      ),
    ).toBe(true);
    expect(
      unanswered(
        'ru',
        'Замена экрана на iPhone 13 стоит 14 900 ₽, а диагностика у нас бесплатная, мастер сделает всё за час.',
        customer,
      ),
    ).toBe(false);
  });
  test('«… надо менять?», "do I need to …?" are answered by «нужно», "no need"', () => {
    expect(
      unanswered(
        'ru',
        'Перейти можно с 1 ноября: днём 7,15 ₽ за кВт·ч, ночью 3,42 ₽. Ваш прибор однотарифный, его нужно заменить — мастер поставит новый за 4 200 ₽.',
        'Хочу перейти на двухтарифный, сколько будет стоить ночь и день? И счётчик надо менять?',
      ),
    ).toBe(false);
    expect(
      unanswered(
        'en',
        'Your appointment is moved to Tuesday 14 May at 10:40 with Dr Shah. No need to bring anything new, your records are already here.',
        'Can you move my check-up to next week? And do I need to bring my old X-rays?',
      ),
    ).toBe(false);
    expect(
      unanswered(
        'en',
        'Your appointment is moved to Tuesday 14 May at 10:40 with Dr Shah at the Mill Road practice.',
        'Can you move my check-up to next week? And do I need to bring my old X-rays?',
      ),
    ).toBe(true);
  });
  test('either side of "or" is a phrase: "carry on building or wait?" is answered by "carry on"', () => {
    const customer =
      'The wardrobe door arrived cracked. Can you replace it, and should I carry on building or wait?';
    expect(
      unanswered(
        'en',
        "Yes, I've ordered a new door for delivery on Wednesday. You can carry on with everything else, the door goes on last.",
        customer,
      ),
    ).toBe(false);
    expect(
      unanswered(
        'en',
        "Yes, I've ordered a new door for delivery on Wednesday between 7am and 1pm.",
        customer,
      ),
    ).toBe(true);
  });
});

const a = (text: string): Turn => ({ role: 'agent', text });
const transcript = (lang: Lang, turns: Turn[]) => scorer.scoreTranscript({ lang, turns });
const closure = (lang: Lang, turns: Turn[]) => transcript(lang, turns).scores.closure;
/** The closure findings of a transcript, as `rule+` or `rule-`. */
const closureRules = (lang: Lang, turns: Turn[]) =>
  transcript(lang, turns)
    .findings.filter((f) => f.dimension === 'closure')
    .map((f) => `${f.rule}${f.points < 0 ? '-' : '+'}`);
/** The closure score, and the closure findings of the last reply with the sign of their points. */
const closingOf = (lang: Lang, turns: Turn[]) => {
  const out = transcript(lang, turns);
  return {
    score: out.scores.closure,
    rules: out.findings
      .filter((f) => f.turn === turns.length - 1 && f.dimension === 'closure')
      .map((f) => `${f.rule}${f.points > 0 ? '+' : f.points < 0 ? '-' : ''}`),
  };
};

describe('3. from the seventh outside pairs (outside-6.jsonl)', () => {
  test('a pass of ours pitched to "how much is …?" is an upsell; the thing they asked about is not', () => {
    const price = 'How much is it to keep the van for an extra day?';
    expect(
      rulesOf(
        reply(
          'en',
          'Great question! Our Flex Pass at €9.99 a month gives discounted rates on every rental. You can sign up in the app and start saving today!',
          [c(price)],
        ),
      ),
    ).toContain('gaming.upsell');
    expect(
      rulesOf(
        reply(
          'en',
          'No extra charge for the swap. The snowboard package is €8 a day cheaper, so we refund the difference when you return it.',
          [c('Will it cost extra to swap to a snowboard? Snowboards are cheaper on your website.')],
        ),
      ),
    ).not.toContain('gaming.upsell');
  });
  test('«рекомендуем тариф …» after «кто оплачивает?» is a pitch', () => {
    const r = reply(
      'ru',
      'Вы будете размещены в отеле «Волга» без доплаты. Кстати, при следующем бронировании рекомендуем тариф «Гарантия» — всего 15% к стоимости!',
      [c('А трансфер туда кто оплачивает? И завтрак там будет?')],
    );
    expect(rulesOf(r)).toContain('gaming.upsell');
  });
  test('"you should be done before 3" is what to expect, not an order', () => {
    const history = [c('The movers were due at 8. I have to hand the keys back at 3.')];
    expect(
      rulesOf(
        reply('en', "They'll be with you at 11:15, so you should be done before 3.", history),
      ),
    ).not.toContain('patience.you-must');
    expect(
      rulesOf(reply('en', 'You should call the landlord and ask for more time.', history)),
    ).toContain('patience.you-must');
  });
  test('"I understand, but …" takes the understanding back', () => {
    expect(
      rulesOf(
        reply('en', 'I understand, but I can only pass it on once the crew calls back.', [
          c('I need an answer now.'),
        ]),
      ),
    ).toContain('patience.apology-but');
  });
  test.each([
    ['en', 'Delays can happen in this industry, the crew is on its way.'],
    ['ru', 'Задержки случаются, курьер уже едет.'],
  ] as const)('our own failure shrugged off: %s %s', (lang, text) => {
    expect(
      rulesOf(reply(lang, text, [c(lang === 'en' ? 'Where is the crew?' : 'Где курьер?')])),
    ).toContain('patience.dismissive');
  });
  test.each([
    ['en', 'Please note that buyers are responsible for checking the entry rules before purchase.'],
    ['ru', 'Обратите внимание: покупатель несёт ответственность за проверку правил входа.'],
  ] as const)('the duty put on the customer is blame: %s', (lang, text) => {
    expect(
      rulesOf(
        reply(lang, text, [c(lang === 'en' ? 'They would not let me in.' : 'Меня не пустили.')]),
      ),
    ).toContain('patience.blame');
  });
  test('guard: "this is the responsibility of our courier" blames no customer', () => {
    expect(
      rulesOf(
        reply('en', "This is the responsibility of our courier, and I've chased them for you.", [
          c('Where is it?'),
        ]),
      ),
    ).not.toContain('patience.blame');
  });
  test('the door left open after "that was all" still counts as the check', () => {
    const r = transcript('ru', [
      c('Хочу оформить компенсацию за детский сад.'),
      a('Документы получили, компенсация будет приходить до 25-го числа.'),
      c('Отлично, спасибо, это всё, что хотела узнать.'),
      a(
        'Рада помочь! Итак: документы приняты, первая выплата придёт до 25 мая. Если что-то понадобится, пишите в этот чат. Хорошего дня!',
      ),
    ]);
    expect(r.findings.find((f) => f.rule === 'closure.anything-else')?.points).toBeGreaterThan(0);
  });
  test('"send over any questions" is the check', () => {
    const r = transcript('en', [
      c('What is the price for Saturday 20 September for 80 guests?'),
      a('The venue hire is €6,500, including tables and chairs.'),
      c("OK, that's within budget. I'll talk to my fiancé tonight and get back to you."),
      a(
        "Of course. I've put a free hold on 20 September until Friday at 6 pm. Send over any questions you both have, and congratulations!",
      ),
    ]);
    expect(r.findings.find((f) => f.rule === 'closure.anything-else')?.points).toBeGreaterThan(0);
  });
  test('"yes, you said that" and the old answer again is a repeat', () => {
    const r = reply(
      'en',
      'Thank you for your patience! Just to confirm, your installation is booked for 14 March between 8 am and 12 pm. Our engineer will make sure everything goes smoothly.',
      [
        c('When will my smart meter be installed?'),
        a('Your installation is booked for 14 March between 8 am and 12 pm.'),
        c("Yes, you said that. I'm asking whether the power will be off during the installation."),
      ],
    );
    expect(rulesOf(r)).toContain('gaming.repetition');
  });
  test('"As mentioned" in the second sentence, with the old answer, is a repeat', () => {
    const r = reply(
      'en',
      "I completely understand your concern. As mentioned, we've rebooked you at Casa Azul for 12 to 15 October at no extra cost, so you're fully covered.",
      [
        c('My booking was cancelled because of overbooking. What happens now?'),
        a(
          "We've rebooked you at our partner hotel, Casa Azul, for 12 to 15 October, at no extra cost.",
        ),
        c(
          'Casa Azul is 40 minutes from the conference centre. Can you help with transport or find somewhere closer?',
        ),
      ],
    );
    expect(rulesOf(r)).toContain('gaming.repetition');
  });
  test.each([
    [
      'en',
      'Our fees are very competitive and offer great value, with healthy meals prepared with love.',
    ],
    [
      'ru',
      'Качество услуг — наш главный приоритет, мы обязательно учтём ваш отзыв и надеемся на дальнейшее сотрудничество.',
    ],
  ] as const)('filler instead of an answer: %s', (lang, text) => {
    const rules = rulesOf(
      reply(lang, text, [
        c(
          lang === 'en'
            ? 'What is the monthly fee, and is lunch included?'
            : 'Как получить компенсацию за разбитое зеркало?',
        ),
      ]),
    );
    expect(rules.some((r) => r.startsWith('gaming.'))).toBe(true);
  });
  test('"I\'m asking whether …" is a question without a question mark', () => {
    const customer =
      'What time does the plumber arrive on Monday? And I want to know whether the water will be off during the work.';
    expect(
      unanswered(
        'en',
        'The plumber arrives at 9 and the work takes about two hours in all.',
        customer,
      ),
    ).toBe(true);
    expect(
      unanswered(
        'en',
        'He comes at 9, and yes, the water will be off for about an hour; the work takes two hours in all.',
        customer,
      ),
    ).toBe(false);
  });
  test('«И завтрак там будет?» is a question of its own', () => {
    expect(
      unanswered(
        'ru',
        'Такси до отеля оплачиваем мы, администратор вызовет его от ресепшена.',
        'А трансфер кто оплачивает? И завтрак там будет?',
      ),
    ).toBe(true);
    expect(
      unanswered(
        'ru',
        'Такси до отеля оплачиваем мы, а завтрак там включён, с 7:00 до 10:30.',
        'А трансфер кто оплачивает? И завтрак там будет?',
      ),
    ).toBe(false);
  });
  test('"I\'ve found a room" answers "find somewhere closer?"; "do you also do …?" is one question', () => {
    expect(
      unanswered(
        'en',
        "I've found a room at Hotel Marquês, a 10-minute walk from the venue, and we'll cover the difference.",
        'Casa Azul is 40 minutes away. Can you help with transport or find somewhere closer?',
      ),
    ).toBe(false);
    expect(
      unanswered(
        'en',
        'Yes, we do. Trouser hems are €15 and take 3 working days. Anything else I can help with?',
        'Great, thanks. Oh, and do you also do alterations? The trousers need taking up.',
      ),
    ).toBe(false);
  });
});

describe('4. from the earlier outside sets, read again', () => {
  test('«Ну хорошо, а то я уже расстроился» after the fix is all-is-well: a closing then is not premature', () => {
    const r = transcript('ru', [
      c('Книгу нашли? Штраф сняли?'),
      a('Нашли, она стояла на полке возвратов. Штраф 450 ₽ сняла, долг теперь 0.'),
      c('ну хорошо, а то я уже расстроился'),
      a(
        'Понимаю. Итак: книга числится сданной, долг нулевой. Нужна ещё какая-то помощь? Спасибо, что написали, всего доброго!',
      ),
    ]);
    expect(rulesOf(r)).not.toContain('closure.premature');
  });
  test('guard: «хорошо бы …» and «хорошо, а когда …?» are not all-is-well', () => {
    for (const customer of ['Хорошо бы уже получить деньги.', 'Хорошо, а когда придут деньги?'])
      expect(
        rulesOf(
          transcript('ru', [
            c('Когда вернёте деньги за заказ 5512?'),
            a('Возврат оформлен сегодня.'),
            c(customer),
            a('Спасибо за обращение, всего доброго!'),
          ]),
        ),
      ).toContain('closure.premature');
  });
  test('«не оставили это просто так» is thanks, not "it\'s simple"', () => {
    expect(
      rulesOf(reply('ru', 'Спасибо, что не оставили это просто так!', [c('Спасибо.')])),
    ).not.toContain('patience.condescending');
    expect(rulesOf(reply('ru', 'Это просто, нажмите кнопку.', [c('Как подключить?')]))).toContain(
      'patience.condescending',
    );
  });
});

describe('5. from the eighth outside pairs (outside-7.jsonl)', () => {
  test('"engineers occasionally run late" shrugs off a no-show', () => {
    expect(
      rulesOf(
        reply('en', 'I understand. Engineers occasionally run late because of earlier jobs.', [
          c('I waited from 8 to 12 and NOBODY came.'),
        ]),
      ),
    ).toContain('patience.dismissive');
  });
  test('«письмо так и не пришло, прошла неделя» is upset: a cold reply lacks acknowledgement', () => {
    const customer = c(
      'Я оплатил экзамен 18 500, а письмо с подтверждением так и не пришло. Прошла неделя, я не знаю, записан я или нет.',
    );
    expect(
      rulesOf(
        reply('ru', 'Проверьте папку «Спам». Если письма там нет, ожидайте рассылку.', [customer]),
      ),
    ).toContain('patience.no-acknowledgement');
  });
  test('"that covers it" is all done; "stay warm tonight" is a goodbye', () => {
    const r = transcript('en', [
      c('My heater is broken, room B-214.'),
      a('Maintenance will come tomorrow between 9am and 12pm, ticket MNT-3381.'),
      c('Okay thanks, that covers it.'),
      a(
        'Great. So maintenance fixes the heater tomorrow between 9 and 12. Thanks for getting in touch, and stay warm tonight!',
      ),
    ]);
    expect(r.scores.closure).toBe(100);
  });
  test('«Отлично, подождите, уточню у начальника. Минут пять.» is pending: a goodbye then is premature', () => {
    const r = transcript('ru', [
      c('Хочу записаться на экзамен B2, июньская сессия.'),
      a('Есть даты 8 и 22 июня, стоимость 16 000 ₽.'),
      c('Отлично, подождите, уточню у начальника, в какой день отпустят. Минут пять.'),
      a('Итак, вы записаны на экзамен в июне. Спасибо за обращение, всего доброго!'),
    ]);
    expect(rulesOf(r)).toContain('closure.premature');
  });
  test('«Хорошего отпуска!» is a goodbye, premature while a question is open', () => {
    const r = transcript('ru', [
      c('Хочу заморозить абонемент на две недели.'),
      a('Заморозил с 1 по 14 июля.'),
      c('Супер. И ещё: можно перенести тренировки с Андреем на вечер?'),
      a('Рад, что смог помочь! Заморозка оформлена. Хорошего отпуска!'),
    ]);
    expect(rulesOf(r)).toContain('closure.premature');
  });
  test('"I hope this fully answers your question", «надеюсь, я полностью ответил» claim what is not done', () => {
    expect(
      rulesOf(
        reply('ru', 'Нужен новый рецепт от врача. Надеюсь, я полностью ответил на ваш вопрос!', [
          c('Нужно заново идти к врачу? И могу ли я пока купить одну упаковку?'),
        ]),
      ),
    ).toContain('gaming.fake-resolution');
  });
  test.each([
    [
      'en',
      'Is my olive tree covered by the guarantee against frost?',
      'Our frost fleece is just £7.99. Would you like me to add it to your order?',
    ],
    [
      'ru',
      'Сколько осталось тренировок в моём пакете?',
      'Кстати, сейчас пакет из 20 тренировок стоит всего 42 000 ₽ вместо 50 000 — идеальный момент продлить!',
    ],
  ] as const)('a pitch instead of the answer (%s)', (lang, customer, text) => {
    expect(rulesOf(reply(lang, text, [c(customer)]))).toContain('gaming.upsell');
  });
  test('the old answer again to a new question is a repeat', () => {
    const r = reply(
      'ru',
      'Мастер придёт в четверг, 16 мая, с 12 до 16 и всё сделает на месте. Спасибо, что выбрали нас!',
      [
        c('Когда придёт мастер на установку интернета?'),
        a('Мастер придёт в четверг, 16 мая, с 12 до 16.'),
        c('А что-то нужно подготовить? Роутер свой или ваш? И стену сверлить будут?'),
      ],
    );
    expect(rulesOf(r)).toContain('gaming.repetition');
  });
  test('guard: the old detail with the new question taken up is not a repeat', () => {
    const r = reply(
      'ru',
      'Мастер придёт в четверг, 16 мая, с 12 до 16, роутер привезёт наш, стену сверлить не придётся.',
      [
        c('Когда придёт мастер на установку интернета?'),
        a('Мастер придёт в четверг, 16 мая, с 12 до 16.'),
        c('А что-то нужно подготовить? Роутер свой или ваш? И стену сверлить будут?'),
      ],
    );
    expect(rulesOf(r)).not.toContain('gaming.repetition');
  });
  test('"As mentioned" and half the old answer, to a new question, is a repeat', () => {
    const r = reply(
      'en',
      'As mentioned, refunds are returned to your original payment method within 5 to 7 working days. Thank you for your patience!',
      [
        c('How long does a refund take?'),
        a('Refunds go back to the card you paid with within 5 to 7 working days.'),
        c('I paid with a gift card though, not a bank card. Where does the money go then?'),
      ],
    );
    expect(rulesOf(r)).toContain('gaming.repetition');
  });
  test('"the difference between matte and soft-touch?" needs one of them named', () => {
    const customer =
      "What's the difference between your matte and soft-touch finish? And can you have 500 cards ready by Friday?";
    expect(
      unanswered(
        'en',
        'Absolutely! If you approve your proof by 2pm tomorrow, your 500 cards will be ready on Friday after 11am.',
        customer,
      ),
    ).toBe(true);
    expect(
      unanswered(
        'en',
        'Matte is smooth and non-shiny; soft-touch has a velvety coating. If you approve the proof by 2pm tomorrow, the 500 cards are ready on Friday.',
        customer,
      ),
    ).toBe(false);
  });
  test('"Can you refill it, and also send it to my office?" asks both; "yes to both" answers both', () => {
    const customer =
      'Can you refill my salbutamol inhaler, and also send it to my office this time? 22 Canal Street, 3rd floor.';
    expect(
      unanswered(
        'en',
        'Great news! Your salbutamol refill has been approved and will be delivered tomorrow between 9am and 1pm.',
        customer,
      ),
    ).toBe(true);
    expect(
      unanswered(
        'en',
        'Yes to both. Your refill is approved and goes to 22 Canal Street, 3rd floor, tomorrow between 9am and 1pm.',
        customer,
      ),
    ).toBe(false);
  });
  test('guard: "a card that\'s easy to write on" is not condescending', () => {
    expect(
      rulesOf(
        reply('en', "Matte is a smooth card that's easy to write on.", [c('What is matte like?')]),
      ),
    ).not.toContain('patience.condescending');
  });
});

describe('6. wrapping up while the customer has just raised something', () => {
  const moved = [
    c('My bag was supposed to arrive yesterday. File LHR-88213.'),
    a('Your bag is at our hub and will be delivered today between 4pm and 8pm to the Hilton.'),
    c(
      "That's the problem though, I checked out of the Hilton this morning. I'm at my sister's now.",
    ),
  ];
  test('"Glad I could help! … Anything else?" before the customer said it helped closes too early', () => {
    const text =
      'Glad I could help! Your bag will be delivered today between 4pm and 8pm. Is there anything else I can help you with?';
    expect(rulesOf(reply('en', text, moved))).toContain('patience.closing-too-early');
    expect(rulesOf(transcript('en', [...moved, a(text)]))).toContain('closure.premature');
  });
  test('guard: after the customer confirmed, "glad I could help" is a proper wrap-up', () => {
    const r = reply('en', 'Glad I could help! Is there anything else I can do for you today?', [
      c('My bag was supposed to arrive yesterday.'),
      a("It's out for delivery and arrives by 8pm tonight."),
      c('Great, that works, thanks.'),
    ]);
    expect(rulesOf(r)).not.toContain('patience.closing-too-early');
  });
});

describe('7. from the ninth outside pairs (outside-8.jsonl)', () => {
  test('«Понимаю, но деньги никуда не пропадут» reassures: the "but" takes nothing back', () => {
    const customer = [
      c('Подала декларацию в марте, а денег всё нет. Я боюсь, что деньги пропадут.'),
    ];
    expect(
      rulesOf(
        reply(
          'ru',
          'Понимаю ваше беспокойство, но деньги никуда не пропадут: проверка идёт до трёх месяцев.',
          customer,
        ),
      ),
    ).not.toContain('patience.apology-but');
    expect(
      rulesOf(reply('ru', 'Понимаю ваше беспокойство, но сроки установлены законом.', customer)),
    ).toContain('patience.apology-but');
    expect(
      rulesOf(
        reply(
          'en',
          "I understand your worry, but the money isn't lost: the check takes up to three months.",
          [c("I'm scared my refund is lost.")],
        ),
      ),
    ).not.toContain('patience.apology-but');
  });
  test('«я боюсь», "I\'m really worried" call for acknowledgement; a lecture is condescending', () => {
    const r = reply(
      'ru',
      'Все сроки прописаны в Налоговом кодексе, с ними стоит знакомиться заранее. Ждите.',
      [c('Подала декларацию в марте, а денег всё нет. Я боюсь, что деньги пропадут.')],
    );
    expect(rulesOf(r)).toEqual(
      expect.arrayContaining(['patience.no-acknowledgement', 'patience.condescending']),
    );
  });
  test('«высокий сезон, у фотографа много свадеб», "we\'re very busy tonight" excuse; «как только будут готовы» is vague', () => {
    const ru = rulesOf(
      reply(
        'ru',
        'Понимаю. Сейчас высокий сезон, много свадеб у фотографа. Фото будут, как только будут готовы.',
        [c('Обещали фото через 6 недель, прошло десять!')],
      ),
    );
    expect(ru).toEqual(expect.arrayContaining(['patience.defensive', 'positive.vague']));
    expect(
      rulesOf(
        reply('en', "We're very busy tonight so a remake might take a while.", [
          c('I got a pepperoni, I am vegetarian.'),
        ]),
      ),
    ).toContain('patience.defensive');
  });
  test('«имеете полное право злиться», "you have every right to be upset" are empathy', () => {
    expect(
      rulesOf(
        reply('ru', 'Вы имеете полное право злиться: срок прошёл месяц назад. Фото будут завтра.', [
          c('Где фото?!'),
        ]),
      ),
    ).toContain('patience.empathy');
  });
  test('«Оплатила, всё прошло.» confirms: the closing that follows is not premature', () => {
    const r = transcript('ru', [
      c('Куда платить предоплату?'),
      a('Отправила ссылку на оплату 19 200 ₽.'),
      c('Оплатила, всё прошло.'),
      a(
        'Получили, спасибо! Итак: съёмка 14 июня, остаток 44 800 ₽ в день съёмки. Остались вопросы? Если нет — до связи!',
      ),
    ]);
    expect(rulesOf(r)).not.toContain('closure.premature');
  });
  test('a request put as an order («уберите, пожалуйста, лук») is a question of its own', () => {
    const customer =
      'Можно поменять адрес доставки в заказе №66012? И ещё — уберите, пожалуйста, лук из «Мясной».';
    expect(
      unanswered(
        'ru',
        'Конечно! Адрес можно изменить, пока заказ не передан курьеру, просто напишите новый адрес.',
        customer,
      ),
    ).toBe(true);
    expect(
      unanswered(
        'ru',
        'Адрес поменяю — напишите новый. Лук из «Мясной» убрала, кухня в курсе.',
        customer,
      ),
    ).toBe(false);
  });
  test.each([
    [
      'ru',
      'Меня пригласили в семейную подписку, но ссылка недействительна.',
      'Семейная подписка — выгодный способ слушать музыку всей семьёй. Оформить её можно в настройках.',
    ],
    [
      'en',
      'My son shows as paused on our family plan. How do I reactivate him?',
      "Good news! You can upgrade to Family Premium for just £3 more a month. It's our most popular plan and families love it. Let me know if you'd like me to switch you over today!",
    ],
  ] as const)(
    'a pitch with its praise and call to sign up is not an answer (%s)',
    (lang, customer, text) => {
      const r = reply(lang, text, [c(customer)]);
      expect(
        r.findings.filter((f) => f.rule === 'gaming.upsell').reduce((n, f) => n + f.points, 0),
      ).toBeLessThanOrEqual(-20);
    },
  );
  test('«стремимся быть доступными … следите за новостями» is filler, not an answer', () => {
    const rules = rulesOf(
      reply(
        'ru',
        'Наша площадка стремится быть доступной для всех гостей. Мы заботимся о комфорте гостей и постоянно улучшаем инфраструктуру. Следите за новостями на нашем сайте!',
        [c('Есть ли места для колясочников на концерт 22 ноября?')],
      ),
    );
    expect(rules.some((r) => r.startsWith('gaming.'))).toBe(true);
  });
  test('"about two weeks", «примерно две недели» are concrete; "within a few days" is not', () => {
    const history = [c('Is there any way to read it soon?')];
    expect(
      rulesOf(
        reply('en', "You'd be 3rd in the queue, which usually means about two weeks.", history),
      ),
    ).toContain('positive.concrete');
    expect(
      rulesOf(reply('en', 'Bags are usually returned within a few days.', history)),
    ).not.toContain('positive.concrete');
    expect(
      rulesOf(
        reply('ru', 'Вы третья в очереди, это примерно две недели.', [
          c('Можно прочитать поскорее?'),
        ]),
      ),
    ).toContain('positive.concrete');
  });
  test('"your no-claims discount stays" is no sales offer', () => {
    expect(
      rulesOf(
        reply(
          'en',
          "The claim is recorded as non-fault, so your no-claims discount stays and your premium won't go up.",
          [c('Will my premium go up because of this claim?')],
        ),
      ),
    ).not.toContain('gaming.upsell');
  });
  test('"your satisfaction means the world to us … passed on to the right team" promises nothing', () => {
    const r = reply(
      'en',
      "Thank you so much for choosing Mario's! I'm truly sorry for any inconvenience. Your satisfaction means the world to us, and I'll make sure this is passed on to the right team.",
      [c("My order says delivered but nothing came. Where's my food?")],
    );
    expect(rulesOf(r)).not.toContain('positive.solution');
  });
});

describe('8. "See you then!"', () => {
  const booked = [
    c('I need passport photos for me and my two kids. Can I book?'),
    a(
      "I've booked you in at Hill Street on Saturday 18 May at 10:30 for three people, £36 in total.",
    ),
  ];
  test('after "that\'s everything" it is the goodbye', () => {
    const r = transcript('en', [
      ...booked,
      c("Great, that's everything, thank you!"),
      a(
        "You're welcome! So that's Saturday 18 May at 10:30 at Hill Street, £36 on the day. See you then!",
      ),
    ]);
    expect(r.findings.find((f) => f.rule === 'closure.farewell')?.points).toBeGreaterThan(0);
  });
  test('guard: after a last question it only points to the appointment, and is no premature goodbye', () => {
    const r = transcript('en', [
      ...booked,
      c('Is there parking nearby?'),
      a("Yes, there's a car park right behind the studio on Mill Lane. See you then!"),
    ]);
    expect(rulesOf(r)).not.toContain('closure.premature');
  });
});

describe('9. from the tenth outside pairs (outside-9.jsonl)', () => {
  test('"clearly printed at the top of the letter" points back at the customer', () => {
    expect(
      rulesOf(
        reply(
          'en',
          'The address is clearly printed at the top of the letter. Suite 4, first floor.',
          [c('i cant find suite 4 anywhere')],
        ),
      ),
    ).toContain('patience.blame');
  });
  test('"I understand you\'re upset, but typing in capitals won\'t help" polices the tone', () => {
    const rules = rulesOf(
      reply(
        'en',
        "I understand you're upset, but typing in capitals won't help resolve this any faster.",
        [c('WHERE IS MY MONEY. This is ridiculous.')],
      ),
    );
    expect(rules).toEqual(
      expect.arrayContaining(['patience.tone-policing', 'patience.apology-but']),
    );
    expect(
      rulesOf(
        reply('ru', 'Писать капсом не поможет, выплата придёт завтра.', [c('ГДЕ МОИ ДЕНЬГИ')]),
      ),
    ).toContain('patience.tone-policing');
  });
  test('"you\'re short on time" acknowledges a rushed customer; "Check the website." to a need is curt', () => {
    const rushed = [c("need to know today if you have the blazer in size 12, I'm at work till 5")];
    expect(
      rulesOf(
        reply(
          'en',
          "Got it, you're short on time. King St has two in stock and one is on hold for you.",
          rushed,
        ),
      ),
    ).toContain('patience.empathy');
    expect(rulesOf(reply('en', 'Check the website.', rushed))).toContain('patience.curt');
  });
  test('"sorry for asking again, I missed it in your first message" owns the slip', () => {
    expect(
      rulesOf(
        reply(
          'en',
          "Thanks, and sorry for asking again, I missed it in your first message. I've pushed the renewal now.",
          [c('It is 6014 2299. I also put it in my first message.')],
        ),
      ),
    ).not.toContain('patience.repeating-myself');
  });
  test('"industry-leading encryption … thank you for trusting us" is filler, not an answer', () => {
    const rules = rulesOf(
      reply(
        'en',
        'We understand how important your memories are. Our cloud keeps your photos safe with industry-leading encryption. Thank you for trusting us with your photos!',
        [c('I deleted an album by mistake. Is it gone from the cloud too?')],
      ),
    );
    expect(rules.some((r) => r.startsWith('gaming.'))).toBe(true);
  });
  test('"up to $100 off a new PS5 with our trade-in offer" to "how much to fix it?" is a pitch', () => {
    expect(
      rulesOf(
        reply(
          'en',
          'Great question! Instead of repairing an older console, why not trade it in? You can get up to $100 off a new PS5 with our trade-in offer this month!',
          [c('My PS4 fan is loud. How much would it cost to fix?')],
        ),
      ),
    ).toContain('gaming.upsell');
  });
  test('«у нас появилась услуга … вы экономите 15%! Подключить?» is a pitch', () => {
    expect(
      rulesOf(
        reply(
          'ru',
          'Конечно! Кстати, у нас появилась услуга «Прогулка + мытьё лап» — 450 ₽ дополнительно. А при оплате пакета из 20 прогулок вы экономите 15%! Подключить?',
          [c('Можно перенести завтрашнюю прогулку с 12:00 на 15:00?')],
        ),
      ),
    ).toContain('gaming.upsell');
  });
  test('«Хорошего учебного года!» is a goodbye, premature while a question is open', () => {
    const r = transcript('ru', [
      c('Хочу обменять школьные брюки, размер 140 мал.'),
      a('Оформила обмен на 146, курьер привезёт 3 сентября.'),
      c('Спасибо. А если и 146 не подойдёт, можно будет ещё раз поменять?'),
      a('Обмен оформлен, курьер будет 3 сентября. Хорошего учебного года!'),
    ]);
    expect(rulesOf(r)).toContain('closure.premature');
  });
  test.each([
    [
      'ru',
      'Матрас — это идеальный баланс комфорта и поддержки! Он изготовлен из высококачественных материалов и подходит большинству людей. Уверены, вы останетесь довольны!',
      'У матраса стороны разной жёсткости?',
    ],
    [
      'ru',
      'Спасибо за ваш вопрос! Наше облако обеспечивает надёжное хранение ваших фото и видео.',
      'Почему длинные видео не загружаются в облако?',
    ],
  ] as const)('marketing instead of the answer (%s): %s', (lang, text, customer) => {
    const rules = rulesOf(reply(lang, text, [c(customer)]));
    expect(rules.some((r) => r.startsWith('gaming.'))).toBe(true);
  });
});

describe('10. a discount instead of what is not covered is a remedy, not an upsell', () => {
  test('"the guarantee finished, but I can give you 30% off a replacement maple"', () => {
    const r = reply(
      'en',
      'Our plant guarantee runs for 12 months, so it finished this March, but I can give you 30% off a replacement maple.',
      [
        c(
          'The Japanese maple I bought last March has died. Can I get a replacement under the guarantee?',
        ),
      ],
    );
    expect(rulesOf(r)).not.toContain('gaming.upsell');
  });
  test('«в гарантию не входит, но … скидка 20% на ремонт кондиционера»', () => {
    const r = reply(
      'ru',
      'Кондиционер в базовую гарантию не входит, но владельцам гарантийных машин мы даём скидку 20% на ремонт кондиционера.',
      [c('Купил машину с гарантией, сломался кондиционер. Это гарантийный случай?')],
    );
    expect(rulesOf(r)).not.toContain('gaming.upsell');
  });
  test('guard: a discount on something else after a refusal is still a pitch', () => {
    const r = reply(
      'en',
      'The guarantee has expired, so we cannot replace it. You can get 20% off our ColourLock shampoo set this week!',
      [
        c(
          'The Japanese maple I bought last March has died. Can I get a replacement under the guarantee?',
        ),
      ],
    );
    expect(rulesOf(r)).toContain('gaming.upsell');
  });
});

describe('11. a decimal point does not end the customer’s question', () => {
  const message = (lang: Lang, text: string, customer: string) =>
    reply(lang, text, [c(customer)]).findings.find((f) => f.rule === 'positive.unanswered-question')
      ?.message ?? '';
  test('the open question is named whole: “will the 2.50 storage fee still be charged”', () => {
    expect(
      message(
        'en',
        'Yes, you can pause it any time from the Plan page in the app.',
        'Can I pause the plan? And will the 2.50 storage fee still be charged?',
      ),
    ).toContain('will the 2.50 storage fee still be charged');
  });
  test('«а доплата 1.5 тысячи тоже останется?» is named whole', () => {
    expect(
      message(
        'ru',
        'Да, перенести можно: в приложении откройте «Мои записи» и выберите новую дату.',
        'Можно перенести запись на субботу? А доплата 1.5 тысячи тоже останется?',
      ),
    ).toContain('доплата 1.5 тысячи');
  });
  test('guard: a reply that answers the fee is not reported', () => {
    expect(
      message(
        'en',
        'Yes, you can pause it from the Plan page, and while it is paused the 2.50 storage fee is not charged.',
        'Can I pause the plan? And will the 2.50 storage fee still be charged?',
      ),
    ).toBe('');
  });
});

describe('12. what the twelfth outside set showed (outside-10)', () => {
  describe('"So X? Then I think we\'re done." settles the chat once the check is answered', () => {
    const chat = [
      c('My yoga mat arrived torn.'),
      a('Sorry about that. I have refunded the €45 and a new mat goes out tomorrow.'),
      c('So the refund is on its way and the new mat ships tomorrow? Then I think we are done.'),
    ];
    test('"Yes, that\'s right. …, thanks, enjoy your practice!" is a full close', () => {
      const turns = [
        ...chat,
        a(
          'Yes, that’s right: the €45 is back on your card within 3 days and the new mat ships tomorrow. Thanks for your patience, and enjoy your practice!',
        ),
      ];
      expect(closureRules('en', turns)).not.toContain('closure.premature-');
      expect(closureRules('en', turns)).toContain('closure.anything-else+');
    });
    test('guard: a goodbye that does not answer the check is still premature', () => {
      expect(closureRules('en', [...chat, a('Thanks for shopping with us, bye!')])).toContain(
        'closure.premature-',
      );
    });
  });

  test('"anything else?" asked again after answering the added question keeps the closing in progress', () => {
    const turns = [
      c('The fridge you delivered is leaking.'),
      a('I have booked an engineer for Thursday between 8 and 12.'),
      c('Ok.'),
      a('Is there anything else I can help you with?'),
      c('Yes, actually: will I need to empty the fridge before he comes?'),
      a(
        'Yes, please empty the bottom shelf and the door so he can reach the drain pipe. Anything else before Thursday?',
      ),
    ];
    expect(closureRules('en', turns)).not.toContain('closure.premature-');
    expect(closureRules('en', turns)).not.toContain('closure.farewell-');
    expect(closureRules('en', turns)).toContain('closure.in-progress+');
  });

  test('a bare "Ok." / «Ок.» takes the fix: "anything else?" after it is not too early', () => {
    expect(
      rulesOf(
        reply('en', 'Is there anything else I can help you with?', [
          c('My card was charged twice.'),
          a('I have refunded the second charge of £20; it will be back in 3 days.'),
          c('Ok.'),
        ]),
      ),
    ).not.toContain('patience.closing-too-early');
    expect(
      rulesOf(
        reply('ru', 'Могу ещё чем-нибудь помочь?', [
          c('С меня дважды списали оплату.'),
          a('Вернула второе списание 900 ₽, деньги придут за 3 дня.'),
          c('Ок.'),
        ]),
      ),
    ).not.toContain('patience.closing-too-early');
  });

  describe('pointing out that one has asked before', () => {
    test.each([
      ['en', 'I can help once you give me the order number, which I have now asked for.'],
      ['en', "I've asked for it twice already."],
      ['ru', 'Пришлите номер заказа, о котором я уже просила.'],
      ['ru', 'Я уже дважды просила прислать фото.'],
    ] as const)('%s: %s', (lang, text) => {
      expect(rulesOf(reply(lang, text, []))).toContain('patience.repeating-myself');
    });
    test('guard: the thing asked for, mentioned plainly, is not', () => {
      expect(rulesOf(reply('en', 'Could you send the form which I asked for?', []))).not.toContain(
        'patience.repeating-myself',
      );
      expect(rulesOf(reply('ru', 'Фото, которое я просила, пришло, спасибо.', []))).not.toContain(
        'patience.repeating-myself',
      );
    });
  });

  test('opening hours and a span said the other way round are concrete', () => {
    expect(rulesOf(reply('ru', 'Приносите в сервисный центр с 10 до 20.', []))).toContain(
      'positive.concrete',
    );
    expect(rulesOf(reply('ru', 'Приёмка займёт минут 15, не больше.', []))).toContain(
      'positive.concrete',
    );
    expect(rulesOf(reply('en', 'Bring it to any branch between 9 and 5.', []))).toContain(
      'positive.concrete',
    );
  });

  test('«Мы выдаём только …» is a limit, not a commitment; a disclaimer is a refusal', () => {
    expect(
      rulesOf(reply('ru', 'Мы выдаём только электронные чеки, бумажный не входит в услугу.', [])),
    ).not.toContain('positive.solution');
    expect(
      rulesOf(reply('ru', 'Мы не несём ответственности за повреждения в пути.', [])),
    ).toContain('positive.cannot');
    expect(rulesOf(reply('en', "We're not responsible for damage in transit.", []))).toContain(
      'positive.cannot',
    );
  });

  test('correcting the customer’s language is tone policing', () => {
    for (const [lang, text] of [
      ['ru', 'Прошу вас воздержаться от подобных выражений.'],
      ['ru', 'Все вопросы можно решить в спокойном тоне.'],
      ['ru', 'Мы никого не грабим, удержание по акту.'],
      ['en', 'Please refrain from such language.'],
      ['en', "We aren't robbing anyone, the fee is in the contract."],
    ] as const)
      expect(rulesOf(reply(lang, text, []))).toContain('patience.tone-policing');
  });

  test('«Вы правы, … не нужно было» owns it; «Нужно было сразу прислать фото» blames', () => {
    expect(
      rulesOf(reply('ru', 'Вы правы, повторять номер вам не нужно было, простите.', [])),
    ).not.toContain('patience.blame');
    expect(rulesOf(reply('ru', 'Нужно было сразу прислать фото.', []))).toContain('patience.blame');
  });

  test('«удачных поездок» says goodbye, premature while the customer objects', () => {
    const turns = [
      c('Мне начислили штраф 500 ₽ за парковку самоката вне зоны.'),
      a('Проверила: по GPS самокат стоял в 40 метрах от границы зоны.'),
      c('Ну ладно... Хотя я точно ставил у стойки.'),
      a('Спасибо за обращение, удачных поездок!'),
    ];
    expect(closureRules('ru', turns)).toContain('closure.farewell+');
    expect(closureRules('ru', turns)).toContain('closure.premature-');
  });

  test('«у меня два вопроса: …, и ещё не понимаю, как …»: the second stays open after the first is fixed', () => {
    const turns = [
      c(
        'У меня два вопроса по дипломе курса: в нём ошибка в имени, и ещё не понимаю, как прикрепить его к профилю на сайте вакансий.',
      ),
      a('Имя исправила, новый диплом отправлен вам на почту.'),
      c('Да, пришёл, спасибо.'),
      a('Рада помочь! Всего доброго!'),
    ];
    expect(closureRules('ru', turns)).toContain('closure.premature-');
  });

  describe('"how much …?" asked first is answered by an amount', () => {
    const ask = 'Сколько стоит чистка зубов и есть ли у вас рассрочка?';
    test('a reply about the instalments only, ending in an offer, leaves the price open', () => {
      expect(
        unanswered(
          'ru',
          'Рассрочка есть: до 6 месяцев без переплаты, оформляется прямо в клинике. Записать вас?',
          ask,
        ),
      ).toBe(true);
    });
    test('guard: a price, or a question back that is needed first, answers it', () => {
      expect(
        unanswered(
          'ru',
          'Чистка — 4 500 ₽. Рассрочка есть: до 6 месяцев без переплаты, оформляется в клинике.',
          ask,
        ),
      ).toBe(false);
      expect(
        unanswered(
          'ru',
          'Подскажите, чистка нужна ультразвуком или с Air Flow? Рассрочка есть, до 6 месяцев.',
          ask,
        ),
      ).toBe(false);
    });
  });

  describe('either-or questions with a modal in them', () => {
    test('«… перейдёт или нужно вносить новый?» is not answered by «нужно сдать ключи»', () => {
      expect(
        unanswered(
          'ru',
          'Переезд оформляется заявкой в личном кабинете, при переезде нужно сдать ключи и подписать акт.',
          'Если я перееду в другую квартиру, мой депозит перейдёт или нужно вносить новый?',
        ),
      ).toBe(true);
    });
    test('guard: «Депозит переходит вместе с вами» answers it', () => {
      expect(
        unanswered(
          'ru',
          'Депозит переходит вместе с вами, новый вносить не нужно.',
          'Если я перееду в другую квартиру, мой депозит перейдёт или нужно вносить новый?',
        ),
      ).toBe(false);
    });
    test('«можно … или …?» is answered by «можно»', () => {
      expect(
        unanswered(
          'ru',
          'Стул забрать можно — администратор отметит это в описи при выдаче ключей.',
          'И ещё одно: можно забрать стул из старой комнаты или мебель закреплена за комнатой?',
        ),
      ).toBe(false);
    });
  });

  test('general words in place of the sum are filler, in both languages', () => {
    for (const [lang, text] of [
      ['ru', 'Выгода зависит от индивидуального профиля потребления.'],
      ['ru', 'Многие наши клиенты довольны двухтарифным учётом.'],
      ['ru', 'Рекомендуем принять взвешенное решение!'],
      ['ru', 'Наши курьеры всегда стараются приехать вовремя. Спасибо, что выбираете нас!'],
      ['en', 'The saving depends on your individual usage profile.'],
      ['en', 'Many of our customers love the night tariff.'],
      ['en', 'We recommend making an informed decision.'],
    ] as const)
      expect(rulesOf(reply(lang, text, [c('Is the night tariff cheaper for me?')]))).toEqual(
        expect.arrayContaining([expect.stringMatching(/^gaming\./)]),
      );
  });
});

describe('13. what the thirteenth outside set showed (outside-11)', () => {
  test('"You don\'t need to pay anything yourself; …" answers "Do I need to pay first?", so "anything else?" is due', () => {
    const r = reply(
      'en',
      "You don't need to pay anything yourself; we pay the garage directly once we have their invoice. Is there anything else you'd like to ask?",
      [
        c('My car was hit in the car park. I have sent the photos.'),
        a('Thank you. I have opened claim CL-2231 and booked the assessor for Monday.'),
        c('Thanks. Do I need to pay the garage first and claim it back?'),
      ],
    );
    expect(rulesOf(r)).not.toContain('patience.closing-too-early');
  });

  test('"we hope to welcome you on board again soon" says goodbye; "welcoming you on board" does not', () => {
    const turns = (text: string) => [
      c('My seat fee was charged twice.'),
      a('I have refunded the second £30 charge; it shows in 5 days.'),
      c('Great, thanks, that is all.'),
      a(text),
    ];
    expect(
      closureRules(
        'en',
        turns('The £30 is on its way back. Thank you, we hope to welcome you on board again soon.'),
      ),
    ).toContain('closure.farewell+');
    expect(
      closureRules(
        'en',
        turns('The £30 is on its way back. We look forward to welcoming you on board.'),
      ),
    ).toContain('closure.farewell-');
  });

  test('"we can do a safety check on Thursday" commits; "nothing we can do" does not', () => {
    expect(
      rulesOf(reply('en', 'We can do a safety check on Thursday at 9am instead.', [])),
    ).toContain('positive.solution');
    expect(
      rulesOf(
        reply('en', "If all copies are on loan, there's nothing we can do until one is back.", []),
      ),
    ).not.toContain('positive.solution');
    expect(
      rulesOf(reply('en', "Let us know if there's anything at all we can do to help.", [])),
    ).not.toContain('positive.solution');
  });

  test('the help centre offered in place of an answer is filler (stuffing)', () => {
    const ask = [c('Why was a fee taken from my payout?')];
    expect(
      rulesOf(
        reply('en', 'If you have any other questions, our help centre is available 24/7!', ask),
      ),
    ).toContain('gaming.stuffing');
    expect(
      rulesOf(reply('ru', 'В нашем справочном центре много полезных статей о выплатах!', ask)),
    ).toContain('gaming.stuffing');
  });

  test('a wish for recovery acknowledges a customer in hospital', () => {
    for (const [lang, text, customer] of [
      [
        'ru',
        'Скорейшего вам выздоровления! Пришлите фото справки, и я оформлю заморозку.',
        'Я в больнице после операции, месяц не смогу ходить в зал. Что делать?',
      ],
      [
        'en',
        'Get well soon! Send a photo of the note and I will freeze the membership.',
        "I'm in hospital after an operation and can't use the gym for a month. What do I do?",
      ],
    ] as const)
      expect(rulesOf(reply(lang, text, [c(customer)]))).not.toContain(
        'patience.no-acknowledgement',
      );
  });

  test('«машину доставят …» recaps and «если в дороге что-то понадобится, пишите» checks', () => {
    const rules = closureRules('ru', [
      c('Эвакуатор приехал. Куда везут машину?'),
      a('В сервис на Садовой, 12. Эвакуация по вашей карте бесплатная.'),
      c('Всё, поехали. Спасибо огромное!'),
      a(
        'Машину доставят в сервис на Садовой, 12, платить за эвакуацию не нужно. Если в дороге что-то понадобится, пишите сюда. Хорошего вечера!',
      ),
    ]);
    expect(rules).toContain('closure.summary+');
    expect(rules).toContain('closure.anything-else+');
  });

  test('«вы можете ознакомиться в разделе …» and «производятся в соответствии с правилами» deflect', () => {
    expect(
      rulesOf(
        reply('ru', 'Подробнее с порядком расчётов вы можете ознакомиться в разделе «Помощь».', []),
      ),
    ).toContain('positive.deflection');
    expect(
      rulesOf(reply('ru', 'Выплаты производятся в соответствии с правилами платформы.', [])),
    ).toContain('positive.deflection');
  });

  describe('"is there a fee?" asked first is answered by an amount or "free"', () => {
    test('«А комиссия за вывод есть?» answered with the old timings is open', () => {
      expect(
        unanswered(
          'ru',
          'Заявки до 16:00 обрабатываются в тот же день, после 16:00 — на следующий рабочий день.',
          'Понятно. А комиссия за вывод есть?',
        ),
      ).toBe(true);
    });
    test('guard: «без комиссии» answers it', () => {
      expect(
        unanswered(
          'ru',
          'Вывод на карту от 1 000 ₽ — без комиссии, деньги придут полностью.',
          'Понятно. А комиссия за вывод есть?',
        ),
      ).toBe(false);
    });
  });

  describe('two questions, the first a yes/no one, and a reply to the second only', () => {
    const ask =
      'Перехожу к вам от другого оператора. Сохранится ли мой баланс — там около 400 рублей — и сколько дней займёт перенос номера?';
    test('«Перенос займёт 8 дней …» leaves the balance open', () => {
      expect(
        unanswered(
          'ru',
          'Перенос номера займёт 8 дней с момента заявки, всё это время связь работает как обычно.',
          ask,
        ),
      ).toBe(true);
    });
    test('guard: a reply that speaks of the balance answers it', () => {
      expect(
        unanswered(
          'ru',
          'Перенос займёт 8 дней. Баланс сам не переходит: 400 ₽ можно вернуть у прежнего оператора по заявлению.',
          ask,
        ),
      ).toBe(false);
    });
    test('guard: "Do I have to …?" answered by what happens instead is not reported', () => {
      expect(
        unanswered(
          'en',
          'The crash was our outage, so it will not count against you. Everything up to question 12 is saved and the exam is open again for you to pick up where you left off.',
          'The platform crashed during my exam. Do I have to retake the whole thing? And will it count as a failed attempt?',
        ),
      ).toBe(false);
    });
  });

  test('the frame of an indirect question ("I just want to know how …") is not what it asks', () => {
    expect(
      unanswered(
        'en',
        "No need to apologise. I'll post paper tickets to your home, and they'll arrive well before the 12th.",
        'Where is my account? I just want to know how to get into the theatre on the 12th.',
      ),
    ).toBe(false);
  });

  test('«Напомню: …» with the old answer again is a repeat, whatever is added around it', () => {
    const history = [
      c('Когда придут деньги, если я выведу 20 000 ₽?'),
      a(
        'Если заявка подана до 16:00, деньги придут на карту сегодня, если позже — на следующий рабочий день.',
      ),
      c('Понял. А комиссия за вывод есть?'),
    ];
    expect(
      rulesOf(
        reply(
          'ru',
          'Отличный вопрос! Напомню: заявки, поданные до 16:00, обрабатываются в тот же день, и деньги поступают на карту сегодня, а заявки после 16:00 — на следующий рабочий день. Будем рады помочь, если появятся вопросы!',
          history,
        ),
      ),
    ).toContain('gaming.repetition');
  });

  test('«Добрый день! Конечно, …» answers the first request, not also the second question', () => {
    expect(
      unanswered(
        'ru',
        'Добрый день! Конечно, счёт на ООО «Ромашка» с НДС выставим сегодня и пришлём на почту из карточки компании.',
        'Выставите счёт на ООО «Ромашка» с НДС? И можем ли мы оплатить с отсрочкой 30 дней, как раньше?',
      ),
    ).toBe(true);
  });
});

describe('14. what the fourteenth outside set showed (outside-12)', () => {
  const patienceRules = (
    lang: Lang,
    text: string,
    customer = 'I put £20 on the account and it still says £0.00.',
  ) => rulesOf(reply(lang, text, [c(customer)]));

  test('"it\'s quite straightforward really", "most parents don\'t have any trouble" talk down', () => {
    expect(patienceRules('en', "It's quite straightforward really.")).toContain(
      'patience.condescending',
    );
    expect(
      patienceRules(
        'en',
        "Most parents don't have any trouble with the app, so check again later.",
      ),
    ).toContain('patience.condescending');
    expect(
      patienceRules('ru', 'У большинства родителей с этим не возникает проблем, проверьте позже.'),
    ).toContain('patience.condescending');
    expect(
      patienceRules('ru', 'Это стандартный параметр, любой офтальмолог его указывает.'),
    ).toContain('patience.condescending');
  });

  test('guard: "it\'s easy to fix", «это легко поправить» promise a fix', () => {
    expect(patienceRules('en', "It's easy to fix: I'll add the £20 by hand now.")).not.toContain(
      'patience.condescending',
    );
    expect(
      patienceRules('ru', 'Не волнуйтесь, это легко поправить: пришлю ссылку для замера.'),
    ).not.toContain('patience.condescending');
  });

  test('"you haven\'t done anything wrong", «вы ничего не сделали неправильно» reassure', () => {
    expect(
      patienceRules('en', "You haven't done anything wrong; it shows by lunchtime."),
    ).toContain('patience.reassurance');
    expect(
      patienceRules('ru', 'Вы ничего не сделали неправильно, деньги появятся к обеду.'),
    ).toContain('patience.reassurance');
  });

  test('a lecture on how busy we are or what the customer should have ready', () => {
    for (const [lang, text] of [
      ['en', 'Please be aware we handle a lot of orders, so it helps to have the number ready.'],
      ['ru', 'У нас очень много заказов, номер лучше сразу указывать.'],
    ] as const)
      expect(patienceRules(lang, text, 'I literally just gave you the number.')).toContain(
        'patience.condescending',
      );
  });

  test('stock phrases in place of an explanation are filler', () => {
    const why = 'Why am I being asked for £18.60 in customs on a £40 jumper?';
    expect(
      patienceRules(
        'en',
        'Customs charges apply to goods coming into the UK. We appreciate your patience and understanding, and we are here to make your delivery as smooth as possible!',
        why,
      ),
    ).toContain('gaming.stuffing');
    expect(
      patienceRules(
        'ru',
        'Линзы «Стандарт» — отличное соотношение цены и качества. Рекомендуем также обратить внимание на линзы с фильтром синего света!',
        'Подойдут ли ваши линзы «Стандарт» к моему рецепту?',
      ),
    ).toContain('gaming.stuffing');
  });

  test('guard: «рекомендуем обратить внимание на срок действия карты» is advice, not filler', () => {
    expect(
      patienceRules(
        'ru',
        'Рекомендуем обратить внимание на срок действия карты: он заканчивается в мае.',
        'Почему не проходит оплата?',
      ),
    ).not.toContain('gaming.stuffing');
  });
});

describe('15. what the fifteenth outside set showed (outside-13)', () => {
  test('"I tried that but …" followed by the same instructions again is a repeat', () => {
    const history = [
      c('How do I renew my parking permit?'),
      a('You can renew in the app under Permits > Renew, up to 14 days before it expires.'),
      c('I tried that but the Renew button is greyed out. It runs out on Monday.'),
    ];
    expect(
      rulesOf(
        reply(
          'en',
          'Great question! You can renew your monthly residents parking permit in the app under Permits > Renew, up to 14 days before it expires. Happy parking and have a lovely week!',
          history,
        ),
      ),
    ).toContain('gaming.repetition');
  });

  test('«Вы всё сделали правильно», «самое страшное уже позади» reassure; «тут правда легко запутаться» empathises', () => {
    expect(
      rulesOf(
        reply('ru', 'Вы всё сделали правильно, самое страшное уже позади. Регистрирую убыток.', [
          c('Прорвало трубу, я перекрыла воду. Что дальше?? Я в панике'),
        ]),
      ),
    ).toContain('patience.reassurance');
    expect(
      rulesOf(
        reply('ru', 'Тут правда легко запутаться. Сдавать нужно в пункт на Ленина, 5.', [
          c('Не понимаю, куда сдавать роутер: в договоре одно, курьер говорил другое.'),
        ]),
      ),
    ).toContain('patience.empathy');
    expect(
      rulesOf(
        reply('en', "It's really easy to get confused by those two forms. Use the blue one.", []),
      ),
    ).toContain('patience.empathy');
  });

  test('«Всё это подробно написано в пункте 6.2», «рекомендую внимательно читать документы» talk down', () => {
    for (const text of [
      'Всё это подробно написано в пункте 6.2 договора.',
      'Рекомендую внимательно читать документы перед подписанием.',
    ])
      expect(rulesOf(reply('ru', text, [c('Куда сдавать ноутбук?')]))).toContain(
        'patience.condescending',
      );
  });

  test('praise of the topic or of ourselves in place of an answer is filler', () => {
    expect(
      rulesOf(
        reply(
          'en',
          'Solar panels and EV charging are a brilliant combination, and more and more of our customers love it!',
          [c('Will the charger only use surplus solar power?')],
        ),
      ),
    ).toContain('gaming.stuffing');
    expect(
      rulesOf(
        reply(
          'en',
          'Gluten-free brewing has come a long way, and you can trust every can is top quality!',
          [c('Is anything in this box gluten-free?')],
        ),
      ),
    ).toContain('gaming.stuffing');
  });

  test('a bigger plan for a customer whose storage is full is a way out, not an upsell', () => {
    const full = [c('Телефон пишет, что облако заполнено и фото не загружаются. Что делать?')];
    expect(
      rulesOf(
        reply(
          'ru',
          'Можно освободить место: удалите 11 ГБ видео из раздела «Большие файлы». Или перейти на тариф 200 ГБ за 149 ₽ в месяц.',
          full,
        ),
      ),
    ).not.toContain('gaming.upsell');
    expect(
      rulesOf(
        reply(
          'en',
          'You can free up space by deleting old videos, or move to the 200 GB plan for £2.49 a month.',
          [c('My cloud storage is full and photos have stopped uploading. What can I do?')],
        ),
      ),
    ).not.toContain('gaming.upsell');
  });

  test('a date like «17-го» or "the 17th" answers «когда будет готов?»', () => {
    expect(
      unanswered(
        'ru',
        'Деталь приедет к нам 15-го, ремонт займёт день, так что 17-го всё будет готово.',
        'Когда будет готов дрон? Мне на съёмку 20-го.',
      ),
    ).toBe(false);
    expect(
      unanswered(
        'en',
        'The part arrives on the 15th and the repair takes a day, so it will be ready on the 17th.',
        'When will my drone be ready? I need it for a shoot on the 20th.',
      ),
    ).toBe(false);
  });

  test('"can someone come out?" is answered by "I can book an engineer"', () => {
    expect(
      unanswered(
        'en',
        'Yes, that is covered under your plan. I can book an engineer for Wednesday 8am–1pm.',
        'My boiler keeps losing pressure. Is that covered by my plan, and can someone come out?',
      ),
    ).toBe(false);
  });

  test('"What exactly am I paying £17.99 a month for then?" is a complaint, not a question to answer word for word', () => {
    expect(
      unanswered(
        'en',
        'I get why that is frustrating. IMAX showings carry a £3.50 upgrade, but every standard 2D showing is included, and there is one tonight at 7:40pm.',
        "So my 'unlimited' membership doesn't cover this film at all? What exactly am I paying £17.99 a month for then?",
      ),
    ).toBe(false);
  });

  test('guard: the same plan pitched to a customer with another problem is still an upsell', () => {
    expect(
      rulesOf(
        reply('ru', 'Перейдите на тариф 200 ГБ за 149 ₽ в месяц — это выгодно!', [
          c('Фото загружаются очень медленно, что делать?'),
        ]),
      ),
    ).toContain('gaming.upsell');
  });
});

describe('16. what the sixteenth outside set showed', () => {
  test('after a tentative "I think that covers everything", asking "anything else?" is the check, not ignoring them', () => {
    const turns = [
      c('Can we move the delivery of the sofa to Friday?'),
      a('Yes: it now comes on Friday 14 March between 8 and 12.'),
      c('Great, I think that covers everything. Thanks!'),
      a(
        "You're welcome! To recap, the sofa now arrives on Friday 14 March between 8 and 12. Anything else before I go? If not, have a lovely weekend!",
      ),
    ];
    const tentative = transcript('en', turns);
    expect(
      tentative.findings.find((f) => f.rule === 'closure.anything-else')!.points,
    ).toBeGreaterThan(0);
    // Said firmly, a question left for them to answer still ignores them (asked and answered for
    // them with "If not, …" it does not: see section 30).
    const firm = [...turns];
    firm[2] = c("Great, that's everything. Thanks!");
    firm[3] = a(
      "You're welcome! To recap, the sofa now arrives on Friday 14 March between 8 and 12. Anything else before I go? Have a lovely weekend!",
    );
    expect(
      transcript('en', firm).findings.find((f) => f.rule === 'closure.anything-else')!.points,
    ).toBeLessThan(0);
  });

  test('"see you in Clifton!" ends a closing the customer has agreed to', () => {
    const turns = [
      c('Can we do the shoot at 4pm instead?'),
      a('Yes, 4pm on Saturday 3 May works.'),
      c("Perfect, that's all. Thanks!"),
    ];
    expect(
      closure('en', [
        ...turns,
        a('Thanks for booking! To recap: Saturday 3 May at 4pm. See you in Clifton!'),
      ]),
    ).toBeGreaterThan(
      closure('en', [...turns, a('Thanks for booking! To recap: Saturday 3 May at 4pm.')])!,
    );
  });

  test('"you\'re all set, thanks for banking with us" while the customer still waits for a code closes too early', () => {
    const turns = [
      c('My card has snapped, I need a new one.'),
      a(
        "I've ordered a new card. I've sent a code to your phone ending 482 to confirm: can you type it here?",
      ),
      c("I haven't had the text yet."),
    ];
    expect(
      closure('en', [
        ...turns,
        a("Great, you're all set then! Your new card is on its way. Thanks for banking with us."),
      ]),
    ).toBeLessThanOrEqual(20);
  });

  test('«не принимают», «выдана не будет» refuse, and a refusal in the passive is no commitment', () => {
    const r = reply('ru', 'Наличные курьеры не принимают. Без оплаты посылка выдана не будет.', [
      c('Можно заплатить курьеру наличными?'),
    ]);
    expect(rulesOf(r)).toContain('positive.cannot');
    expect(rulesOf(r)).not.toContain('positive.solution');
    // «пока … не будет оформлен» is a time, not a refusal.
    expect(
      rulesOf(
        reply('ru', 'Не закрываю чат, пока билет не будет оформлен.', [c('Промокод не работает')]),
      ),
    ).not.toContain('positive.cannot');
  });

  test('a discount on what the customer wants to buy or book is not an upsell; "25% cheaper" pitched unasked is', () => {
    expect(
      rulesOf(
        reply('ru', 'Место рядом для сопровождающего есть, билет для него — со скидкой 50%.', [
          c('Можно ли купить место рядом для сопровождающего?'),
        ]),
      ),
    ).not.toContain('gaming.upsell');
    expect(
      rulesOf(
        reply('en', 'Saturday is taken, but Friday 22 August is free and 15% cheaper.', [
          c("We'd like to book the hall for Saturday 23 August."),
        ]),
      ),
    ).not.toContain('gaming.upsell');
    expect(
      rulesOf(
        reply(
          'ru',
          'Управлять участниками можно в настройках. Кстати, годовой тариф на 25% выгоднее помесячного — перевести вас?',
          [c('Как удалить бывшего мужа из семейной подписки?')],
        ),
      ),
    ).toContain('gaming.upsell');
  });

  test('praise of ourselves in place of the answer is filler', () => {
    const r = reply(
      'en',
      'Absolutely! We love helping fans share amazing live experiences. Ticket transfers are a great way to bring friends along, and our app makes managing your tickets quick and easy!',
      [c('Can I transfer just one of my two tickets?')],
    );
    expect(r.findings.some((f) => f.rule.startsWith('gaming.'))).toBe(true);
    const ru = reply(
      'ru',
      'Мы очень любим дарить зрителям незабываемые впечатления, и наша дружная команда будет рада помочь!',
      [c('Есть ли пандус от парковки до зала?')],
    );
    expect(ru.findings.some((f) => f.rule.startsWith('gaming.'))).toBe(true);
  });

  test('steps in answer to "how do I …?" are an answer, not generic text', () => {
    expect(
      rulesOf(
        reply(
          'ru',
          'Откройте приложение → «Профиль» → «Семья», нажмите на его имя и выберите «Исключить».',
          [c('Как удалить бывшего мужа из семейной подписки? Он до сих пор ей пользуется.')],
        ),
      ),
    ).not.toContain('gaming.generic');
  });

  test('all of an earlier answer again, padded with courtesy, to a customer for whom it did not work, is a repeat', () => {
    const history = [
      c('Когда придёт сертификат? Я закончила курс.'),
      a('Сертификат выдаётся в течение 5 рабочих дней после завершения курса.'),
      c('Так я закончила 9 рабочих дней назад. Сертификата нет ни на почте, ни в кабинете.'),
    ];
    expect(
      rulesOf(
        reply(
          'ru',
          'Благодарим за обращение! Напоминаем, что сертификат выдаётся в течение 5 рабочих дней после завершения курса. Пожалуйста, следите за почтой. Спасибо за терпение!',
          history,
        ),
      ),
    ).toContain('gaming.repetition');
    // Guard: the old details again beside an answer to a new question confirm, they do not repeat.
    const booking = [
      c('Can Anna tune our piano on Friday?'),
      a('Yes, Anna can come on Friday 12th at 11am; the tuning is £85.'),
      c('Great. Does she also tune old uprights?'),
    ];
    expect(
      rulesOf(
        reply(
          'en',
          "Yes, Anna tunes old uprights all the time. So it's Anna on Friday 12th at 11am, £85 — shall I book it?",
          booking,
        ),
      ),
    ).not.toContain('gaming.repetition');
  });

  test('"is X included?" is answered only by saying something of X, not of the package around it', () => {
    const customer = 'Входит ли фотокнига в пакет «Стандарт»? И сколько фото будет в обработке?';
    expect(
      unanswered(
        'ru',
        'В пакете «Стандарт» вы получите 250 фотографий с ретушью. Все фото будут готовы через 6 недель.',
        customer,
      ),
    ).toBe(true);
    expect(
      unanswered(
        'ru',
        'Фотокниги в «Стандарте» нет, её можно добавить. В обработке — 250 фото.',
        customer,
      ),
    ).toBe(false);
    expect(
      unanswered(
        'en',
        'Our rooms are spacious and every one has a sea view and free wifi.',
        'Is breakfast included in the rate?',
      ),
    ).toBe(true);
    expect(
      unanswered(
        'en',
        'Yes, breakfast is included, served from 7 to 10 in the restaurant.',
        'Is breakfast included in the rate?',
      ),
    ).toBe(false);
  });

  test('«мы можем добавить» offers what can be done, like "we can add"', () => {
    expect(
      rulesOf(
        reply('ru', 'Фотокниги в пакете нет, мы можем добавить её за 9 000 ₽.', [
          c('Входит ли фотокнига?'),
        ]),
      ),
    ).toContain('positive.solution');
  });
});

describe('17. what the seventeenth outside set showed', () => {
  test('"as most podcasters know", "explained in our guide", «странно, что вы не сделали», «знают все» talk down', () => {
    expect(
      rulesOf(
        reply(
          'en',
          "As most podcasters know, we don't control Spotify. It's all explained in our getting-started guide.",
          [c('My episode still is not on Spotify. Is something broken?')],
        ),
      ),
    ).toContain('patience.condescending');
    expect(
      rulesOf(
        reply('ru', 'Это базовая вещь, которую знают все. Странно, что вы этого не сделали.', [
          c('Почему эпизоды не появляются в Яндекс Музыке?'),
        ]),
      ),
    ).toContain('patience.condescending');
  });

  test('the customer saying goodbye is all done: no "anything else?" is due after «до свидания» or "bye"', () => {
    const turns = [
      c('Нужно настроить пианино.'),
      a('Мастер приедет в субботу, 9 декабря, в 10:00. Подходит?'),
      c('Да, подходит.'),
      a('Записала. Накануне мастер позвонит вам.'),
      c('Всё понятно, спасибо большое, до свидания!'),
    ];
    const recap = a(
      'Спасибо вам! Ждём: суббота, 9 декабря, 10:00, мастер позвонит накануне. Хорошего дня!',
    );
    expect(
      transcript('ru', [...turns, recap]).findings.find((f) => f.rule === 'closure.anything-else')!
        .points,
    ).toBeGreaterThan(0);
    expect(closure('ru', [...turns, recap])).toBeGreaterThanOrEqual(90);
  });

  test('"for any other questions, please start a new chat" is not the check: it sends the customer away', () => {
    const turns = [
      c('My food caddy was cracked by the crew. Can I get a new one?'),
      a("Yes, I've ordered a replacement; it comes with your next collection on Tuesday."),
      c("Thanks. Hang on, I've got another question about the garden waste bin."),
    ];
    expect(
      closure('en', [
        ...turns,
        a(
          "You're welcome! Your new caddy arrives on Tuesday. For any other questions, please start a new chat. Thanks for contacting us, goodbye!",
        ),
      ]),
    ).toBeLessThanOrEqual(20);
  });

  test('plans sold for what they add and product pitches without a price are upsells; the price of what they asked for is not', () => {
    expect(
      rulesOf(
        reply(
          'en',
          'Our bikes have GPS trackers, so theft is rare. And with our Premium plan at £9.99 a month you also get extended cover.',
          [c('What happens if the bike is stolen?')],
        ),
      ),
    ).toContain('gaming.upsell');
    expect(
      rulesOf(
        reply(
          'ru',
          'Велосипеды с GPS-трекером. А с тарифом «Премиум» за 990 рублей в месяц вы получаете ещё и расширенную защиту.',
          [c('Что будет, если велосипед украдут?')],
        ),
      ),
    ).toContain('gaming.upsell');
    expect(
      rulesOf(
        reply(
          'en',
          'Yes, we can take it today. We also offer printed photo gifts, perfect for baby’s first year!',
          [c('Can I get a passport photo for my baby?')],
        ),
      ),
    ).toContain('gaming.upsell');
    expect(
      rulesOf(
        reply(
          'en',
          'The guest add-on is £20 for the year; send me their name and I can add it today.',
          [c("I'd like to add my partner as a guest on my pass.")],
        ),
      ),
    ).not.toContain('gaming.upsell');
  });

  test('after an apology, a discount on the visit we owe them is amends, not an upsell', () => {
    expect(
      rulesOf(
        reply(
          'ru',
          'Простите, пожалуйста, это наша вина. Могу предложить субботу, 9 декабря, в 10:00, а настройку сделаем со скидкой 50%.',
          [c('Настройщик вчера не пришёл, я ждала его с 10 до 14.')],
        ),
      ),
    ).not.toContain('gaming.upsell');
  });

  test('praise of ourselves is filler in both languages', () => {
    expect(
      reply(
        'en',
        "Absolutely, we'd love to help! Our service is fast, friendly and guaranteed to meet official requirements, and we serve customers of all ages. Why not pop into your nearest store today?",
        [c('Can I get a passport photo for my 8-month-old?')],
      ).findings.some((f) => f.rule === 'gaming.stuffing'),
    ).toBe(true);
    expect(
      reply(
        'ru',
        'Уважаемый клиент! Благодарим за обращение. Мы гарантируем высокое качество работ и используем только проверенные материалы. Ваше спокойствие — наш приоритет!',
        [c('Какая гарантия на ремонт кровли и что она покрывает?')],
      ).findings.some((f) => f.rule === 'gaming.stuffing'),
    ).toBe(true);
  });

  test('"we can take the photo" offers what can be done', () => {
    expect(
      rulesOf(
        reply('en', 'Yes. We can lay her on a white sheet and take the photo from above.', [
          c('Can I get a passport photo for my baby? She cannot sit up yet.'),
        ]),
      ),
    ).toContain('positive.solution');
  });
});

describe('18. what the eighteenth outside set showed', () => {
  test('"Not silly at all, it\'s a good thing to check" reassures and is not a harsh word', () => {
    const found = rulesOf(
      reply('en', "Not silly at all, it's a good thing to check. Please put her cone back on.", [
        c(
          "One stitch looks red and she keeps licking it. I'm really worried, sorry if this is a silly question.",
        ),
      ]),
    );
    expect(found).toContain('patience.reassurance');
    expect(found).not.toContain('patience.harsh-words');
  });

  test('"I\'ve noted it on your booking" is something done, not a bare "noted"', () => {
    expect(
      rulesOf(
        reply('en', "Yes, 1pm is fine for room 412, no charge. I've noted it on your booking.", [
          c('Can I check out at 1pm instead of 11 tomorrow?'),
        ]),
      ),
    ).not.toContain('patience.weak-acknowledgement');
  });

  test('"before I answer, I\'d like to remind you …" lectures', () => {
    expect(
      rulesOf(
        reply(
          'en',
          "Before I answer, I'd just like to remind you that late checkout requests should be made 48 hours in advance. We can offer 1pm.",
          [c("Quick one, I'm in a meeting. Can I check out at 1pm tomorrow?")],
        ),
      ),
    ).toContain('patience.condescending');
  });

  test('a "no" said of the first question does not answer the second, and "need" touches nothing', () => {
    expect(
      unanswered(
        'en',
        'If your statement is already in English, no translation is needed. Best of luck with your application!',
        'Does my bank statement need to be translated, and does it need a bank stamp?',
      ),
    ).toBe(true);
    expect(
      unanswered(
        'en',
        'No translation is needed if it is in English, and yes, it needs a bank stamp on every page.',
        'Does my bank statement need to be translated, and does it need a bank stamp?',
      ),
    ).toBe(false);
  });

  test('«нужен ли апостиль …?» asked first is left open by a reply about the translation only', () => {
    const customer = 'Нужен ли апостиль на аттестат? И сколько дней вы делаете перевод?';
    expect(
      unanswered(
        'ru',
        'Перевод с нотариальным заверением делаем за 3 рабочих дня. Рады помочь!',
        customer,
      ),
    ).toBe(true);
    expect(
      unanswered(
        'ru',
        'Да, апостиль на аттестат нужен, его ставят в министерстве. Перевод делаем за 3 рабочих дня.',
        customer,
      ),
    ).toBe(false);
    // «Нужно ли платить …?» asks whether to do something, not about a thing the reply must name.
    expect(
      unanswered(
        'ru',
        'Парковка бесплатная, находится за домом, въезд со двора.',
        'Нужно ли платить за парковку? И где она находится?',
      ),
    ).toBe(false);
  });

  test('"have you thought about adding our …?" and «если оформить … от 500 ₽» pitch instead of answering', () => {
    expect(
      rulesOf(
        reply(
          'en',
          'Great choice to order ahead of winter! Have you thought about adding our PremiumGuard additive? It is very popular with our regular customers.',
          [c("What's your price per litre today for 1,000 litres of kerosene?")],
        ),
      ),
    ).toContain('gaming.upsell');
    expect(
      rulesOf(
        reply(
          'ru',
          'Спасибо за вашу щедрость! Кстати, если оформить ежемесячное пожертвование от 500 ₽, вы будете получать годовую справку. Подключить?',
          [c('Я не получил квитанцию за пожертвование, пришлите, пожалуйста.')],
        ),
      ),
    ).toContain('gaming.upsell');
  });

  test('a phone number to call is a concrete detail, so "anything else?" after it is not a close with nothing given', () => {
    const found = rulesOf(
      reply(
        'ru',
        'Понимаю, первые дни всегда тревожно. Ночью звоните в круглосуточную клинику по номеру +7 495 123-45-67. Могу ещё чем-то помочь?',
        [c('Хорошо, спасибо… Хотя я всё равно волнуюсь, вдруг ночью что-то случится.')],
      ),
    );
    expect(found).toContain('positive.concrete');
    expect(found).not.toContain('patience.closing-too-early');
  });
});

describe('19. what the nineteenth outside set showed', () => {
  test('«Я уже ответил на этот вопрос выше, посмотрите, пожалуйста, предыдущее сообщение» points back', () => {
    expect(
      rulesOf(
        reply(
          'ru',
          'Я уже ответил на этот вопрос выше, посмотрите, пожалуйста, предыдущее сообщение. Там всё расписано.',
          [c('Я не нашла, где это. Так мне вернут деньги или нет?')],
        ),
      ),
    ).toContain('patience.repeating-myself');
  });

  test('«Введите код ещё раз внимательно», «ничего сложного тут нет» talk down; «Вопрос совсем не глупый» is kind', () => {
    expect(
      rulesOf(
        reply('ru', 'Пожалуйста, введите код ещё раз внимательно.', [
          c('Ячейка не открывается, код не принимает!'),
        ]),
      ),
    ).toContain('patience.condescending');
    expect(
      rulesOf(
        reply('ru', 'Нажимаете кнопку «Получить». Всё. Ничего сложного тут нет.', [
          c('Не понимаю, как слушать книгу.'),
        ]),
      ),
    ).toContain('patience.condescending');
    expect(
      rulesOf(
        reply('ru', 'Вопрос совсем не глупый, об этом спрашивают многие.', [
          c('Извините, если глупый вопрос: что такое кредит?'),
        ]),
      ),
    ).not.toContain('patience.harsh-words');
  });

  test('«если не получится» is a condition, and «Да, просто ждите» answers "do I just wait?"', () => {
    const found = rulesOf(
      reply(
        'ru',
        'Да, просто ждите: SMS придёт 17 мая. Если не получится, пришлите номер заказа.',
        [c('Мне просто ждать SMS? Или что-то самой делать?')],
      ),
    );
    expect(found).not.toContain('positive.cannot');
    expect(found).not.toContain('positive.vague');
    expect(found).not.toContain('positive.unanswered-question');
  });

  test('"will I lose my texts?" is answered only by saying something of the texts', () => {
    expect(
      unanswered(
        'en',
        'Switching to us is simple! Request your PAC code and your number moves within one working day.',
        'If I move my number to you, will I lose my texts and WhatsApp chats?',
      ),
    ).toBe(true);
    expect(
      unanswered(
        'en',
        'No, your texts and chats are stored on your phone, so moving your number does not affect them.',
        'If I move my number to you, will I lose my texts and WhatsApp chats?',
      ),
    ).toBe(false);
  });

  test('the customer\'s own amount does not answer "would the price change?"', () => {
    expect(
      unanswered(
        'en',
        'Good news: your £2,000 deposit transfers in full to your new date. We would love to host you next year!',
        'If we move our wedding to next year, do we lose the £2,000 deposit? And would the price change?',
      ),
    ).toBe(true);
  });

  test('"that\'s all. Oh, one more: …?" answered with "yes" and a goodbye is no premature close', () => {
    const turns = [
      c('Хочу добавить пиджак к заказу 4410.'),
      a('Добавила пиджак к заказу 4410, доплата 2 900 ₽. Ссылку на оплату отправила в SMS.'),
      c('Оплатила. Спасибо, всё. Ой, подождите, а чек придёт на почту?'),
      a(
        'Да, электронный чек на 2 900 ₽ придёт на почту в течение часа. Итак, пиджак добавлен к заказу 4410 и оплачен. Спасибо за покупку, хорошего дня!',
      ),
    ];
    const r = transcript('ru', turns);
    expect(r.findings.map((f) => f.rule)).not.toContain('closure.premature');
    // Without the answer, the same goodbye is still premature.
    const bare = [
      ...turns.slice(0, 3),
      a('Отлично, оплата прошла! Спасибо за покупку, хорошего дня!'),
    ];
    expect(transcript('ru', bare).findings.map((f) => f.rule)).toContain('closure.premature');
  });

  test('"up to 6 returns in any 12 months" is a concrete detail, so the recap after it is not a repeat', () => {
    const history = [
      c('I bought the wrong audiobook. Can I swap it?'),
      a("Yes, I've returned 'The Glass Hotel' and your credit is back in your account."),
      c('Brilliant. Will this count against me though?'),
    ];
    expect(
      rulesOf(
        reply(
          'en',
          "It won't cause any problems: you can make up to 6 returns in any 12 months. So, 'The Glass Hotel' is returned and your credit is back in your account.",
          history,
        ),
      ),
    ).not.toContain('gaming.repetition');
  });
});

describe('20. what the twentieth outside set showed', () => {
  test('«сколько это займёт?», «во сколько?» ask when: a reply with an amount only leaves them open', () => {
    const customer = 'Сколько будет стоить замена аккумулятора на Kia Rio и сколько это займёт?';
    expect(
      unanswered('ru', 'Замена аккумулятора на Kia Rio — 7 900 ₽ вместе с работой.', customer),
    ).toBe(true);
    expect(
      unanswered(
        'ru',
        'Замена аккумулятора на Kia Rio — 7 900 ₽ вместе с работой, займёт около 40 минут.',
        customer,
      ),
    ).toBe(false);
  });

  test('"… or not?", «… или нет?» needs a yes or a no, the thing asked, or a time; the condition before it is not what is asked', () => {
    const ru = 'Если я сдам матрас на 20-й день, вернут ли полную стоимость или нет?';
    expect(
      unanswered(
        'ru',
        'Сдать матрас можно в любой день пробного периода: курьер заберёт его бесплатно, упаковка не нужна.',
        ru,
      ),
    ).toBe(true);
    expect(
      unanswered(
        'ru',
        'Да, на 20-й день вернём полную стоимость, 34 900 ₽: курьер заберёт матрас бесплатно.',
        ru,
      ),
    ).toBe(false);
    const en = 'If I cancel the dish installation now, do I get the £50 deposit back or not?';
    expect(
      unanswered(
        'en',
        'You can cancel the installation any time from your account, and there are no cancellation fees for standard packages.',
        en,
      ),
    ).toBe(true);
    // A time answers "will it … or not?".
    expect(
      unanswered(
        'en',
        'The installation is cancelled, and the £50 deposit goes back to your card within 3 working days.',
        en,
      ),
    ).toBe(false);
  });

  test('"per person or per cabin?" is not answered by "cabin bookings …": the words before the options are the subject', () => {
    const customer = 'Are cabin bookings per person or per cabin?';
    expect(
      unanswered(
        'en',
        'Cabin bookings open 14 days ahead, and evenings fill up fast, so book early!',
        customer,
      ),
    ).toBe(true);
    expect(
      unanswered(
        'en',
        "It's per cabin: £30 for up to four people, so share it if you like.",
        customer,
      ),
    ).toBe(false);
  });

  test('"After 3, what time exactly?": the time already given, said again, does not answer', () => {
    const history = [
      c('The engineer was meant to come this morning and never did.'),
      a("I'm sorry. He's been rescheduled for today after 3pm."),
      c('After 3 — what time exactly? I have to collect my son at 5.'),
    ];
    expect(
      rulesOf(
        reply('en', 'Apologies again! He will be with you today after 3pm for sure.', history),
      ),
    ).toContain('positive.unanswered-question');
    expect(
      rulesOf(
        reply(
          'en',
          "He'll arrive between 3:15pm and 4pm; I've put you first on his list.",
          history,
        ),
      ),
    ).not.toContain('positive.unanswered-question');
  });

  test('"There\'s a car park behind the hall" answers "is there parking?", so "anything else?" after it is no early close', () => {
    const turns = [
      c('Please book the sauna for six on Friday at 7.'),
      a('Booked: Friday 7pm, sauna for six, £90 paid at the door.'),
      c('Thanks! Is there parking there, or should we come by taxi?'),
      a(
        "There's a free car park behind the building, so driving is fine. So you're all set for Friday. Anything else before then?",
      ),
    ];
    expect(closureRules('en', turns)).not.toContain('closure.premature-');
    const ru = [
      c('Запишите, пожалуйста, на пробный урок верховой езды в субботу в 11.'),
      a('Записала: суббота, 11:00, пробный урок, 2 000 ₽ на месте.'),
      c('Спасибо! А парковка у вас есть или лучше на такси?'),
      a(
        'Парковка есть, бесплатная, у ворот конюшни. Итак, ждём вас в субботу. Могу ещё чем-то помочь?',
      ),
    ];
    expect(closureRules('ru', ru)).not.toContain('closure.premature-');
  });

  test('"we apologise for any inconvenience", «приносим извинения за доставленные неудобства» are stock apologies, not apologies', () => {
    const en = rulesOf(
      reply('en', 'We apologise for any inconvenience caused. A new cartridge ships on Monday.', [
        c('The ink you sent is the wrong model. Again.'),
      ]),
    );
    expect(en).toContain('patience.stock-apology');
    expect(en).not.toContain('patience.apology');
    const ru = rulesOf(
      reply(
        'ru',
        'Приносим извинения за доставленные неудобства. Новый картридж отправим в понедельник.',
        [c('Прислали не тот картридж. Опять.')],
      ),
    );
    expect(ru).toContain('patience.stock-apology');
    expect(ru).not.toContain('patience.apology');
    // Guard: an apology that names what went wrong is one.
    expect(
      rulesOf(
        reply('en', "I'm sorry we sent the wrong cartridge again. The right one ships today.", [
          c('The ink you sent is the wrong model. Again.'),
        ]),
      ),
    ).toContain('patience.apology');
  });

  test('«обязательно передадим его ответственным специалистам» with no time is vague', () => {
    const found = rulesOf(
      reply('ru', 'Мы обязательно передадим его ответственным специалистам.', [
        c('Кулер опять течёт после замены бутыли. Это гарантия?'),
      ]),
    );
    expect(found).toContain('positive.vague');
    expect(found).not.toContain('positive.solution');
    // Guard: with a time, it is a commitment.
    expect(
      rulesOf(
        reply('ru', 'Передам в сервисный отдел сегодня, мастер позвонит до 18:00.', [
          c('Кулер опять течёт после замены бутыли. Это гарантия?'),
        ]),
      ),
    ).not.toContain('positive.vague');
  });

  test('a dispute handed back ("best sorted out between yourselves", «решайте с соседом») brushes the customer off', () => {
    expect(
      rulesOf(
        reply('en', 'Boundary disagreements are best sorted out between yourselves.', [
          c("My allotment neighbour's shed is on my plot. I pay you rent!"),
        ]),
      ),
    ).toContain('patience.dismissive');
    expect(
      rulesOf(
        reply('ru', 'Такие вопросы лучше решайте с соседом, по-хорошему.', [
          c('Сосед по даче поставил теплицу на мою землю!'),
        ]),
      ),
    ).toContain('patience.dismissive');
    // Guard: letting the customer choose is not handing the problem back.
    expect(
      rulesOf(
        reply('ru', 'Можете решить сами, какой вариант удобнее: оба без доплаты.', [
          c('Какой тариф выбрать?'),
        ]),
      ),
    ).not.toContain('patience.dismissive');
  });

  test("«всё ли в порядке с заказом?» in the agent's first words asks after the order, it does not start a closing", () => {
    const turns = [
      c('Забрала торт, заказ 5120.'),
      a('Здравствуйте! Всё ли в порядке с тортом?'),
      c('В целом да, но надпись с ошибкой: должно быть «Марине», а не «Марина».'),
      a(
        'Простите, это наша ошибка. Переделаем надпись сегодня до 17:00 бесплатно. Напишите, пожалуйста, удобно ли забрать после 17?',
      ),
    ];
    expect(closureRules('ru', turns)).not.toContain('closure.premature-');
    expect(closure('ru', turns)).toBeNull();
  });

  test('«чат будет закрыт» closes the chat, so said while the customer is still looking it is premature', () => {
    const turns = [
      c('Не вижу бронь в приложении.'),
      a('Подскажите номер брони, он в письме-подтверждении.'),
      c('Сейчас, ищу письмо.'),
      a('Хорошо. Когда найдёте, напишите в новый чат. Спасибо за обращение, чат будет закрыт.'),
    ];
    expect(closureRules('ru', turns)).toContain('closure.premature-');
  });

  test('defending the carrier ("so the driver acted correctly", «перевозчик действовал правильно») is defensive', () => {
    expect(
      rulesOf(
        reply('en', 'Boarding closes 5 minutes before departure, so the driver acted correctly.', [
          c('The coach left without me and I was at the stop on time!'),
        ]),
      ),
    ).toContain('patience.defensive');
    expect(
      rulesOf(
        reply(
          'ru',
          'Посадка заканчивается за 5 минут до отправления, так что водитель действовал правильно.',
          [c('Автобус уехал без меня, а я был вовремя!')],
        ),
      ),
    ).toContain('patience.defensive');
  });

  test('«успеваете», «конечно, тревожно», "you\'re doing just fine" reassure or acknowledge; «не успеваете» does not', () => {
    expect(
      rulesOf(
        reply('ru', 'Успеваете: следующий рейс в 9:10, прибывает в 12:40.', [
          c('Я опоздал на автобус, у меня встреча в 14:00!'),
        ]),
      ),
    ).toContain('patience.reassurance');
    expect(
      rulesOf(
        reply('ru', 'Вы не успеваете на этот рейс, следующий в 15:00.', [
          c('Я опаздываю на автобус!'),
        ]),
      ),
    ).not.toContain('patience.reassurance');
    expect(
      rulesOf(
        reply(
          'ru',
          'Остаться без горячей воды с ребёнком, конечно, тревожно. Мастер будет сегодня с 14 до 16.',
          [c('Бойлер не греет, у меня маленький ребёнок, что делать?')],
        ),
      ),
    ).toContain('patience.empathy');
    expect(
      rulesOf(
        reply('en', "You're doing just fine, Mr Patel. Your test kit arrives on Thursday.", [
          c("Sorry, I'm hopeless with websites. Did my blood test kit order go through?"),
        ]),
      ),
    ).toContain('patience.reassurance');
  });

  test('"isn\'t included, it\'s £X extra" answers what a package holds; a bare "isn\'t included" still refuses', () => {
    const customer = 'Does the cooking class voucher include the wine?';
    expect(
      rulesOf(
        reply(
          'en',
          "Wine isn't included; it's £12 extra per person and you can add it when you book.",
          [c(customer)],
        ),
      ),
    ).not.toContain('positive.cannot');
    expect(rulesOf(reply('en', "Wine isn't included.", [c(customer)]))).toContain(
      'positive.cannot',
    );
  });
});

describe('21. what the twenty-second outside set showed', () => {
  const upset = [
    c('The fitter cancelled my carpet appointment again, an hour before. That is twice now.'),
  ];

  test('"traffic does happen and is outside our control" shrugs off our failure and defends us', () => {
    const found = rulesOf(
      reply(
        'en',
        'I understand. Traffic does happen and is outside our control. Would you like to rebook?',
        upset,
      ),
    );
    expect(found).toContain('patience.dismissive');
    expect(
      rulesOf(
        reply('ru', 'Это вне нашего контроля, мастер заболел.', [c('Мастер опять не пришёл!')]),
      ),
    ).toContain('patience.defensive');
  });

  test('"of course you\'re upset", «понятно, что вы расстроены», «Поняла, срочно» acknowledge the customer', () => {
    expect(
      rulesOf(
        reply('en', "Of course you're upset. Dana will fit it herself on Thursday at 9am.", upset),
      ),
    ).toContain('patience.empathy');
    expect(
      rulesOf(
        reply('ru', 'Понятно, что вы расстроены. Мастер придёт в четверг в 9:00.', [
          c('Мастер опять отменил визит за час!'),
        ]),
      ),
    ).toContain('patience.empathy');
    const urgent = [c('ДВЕРЬ В ПОДЪЕЗД НЕ ОТКРЫВАЕТСЯ, У МЕНЯ РЕБЁНОК НА УЛИЦЕ')];
    expect(rulesOf(reply('ru', 'Поняла, срочно. Мастер будет через 10 минут.', urgent))).toContain(
      'patience.empathy',
    );
    expect(
      rulesOf(
        reply(
          'en',
          'Understood, this is urgent. An engineer is on the way and will be there by 4pm.',
          [c('THE GATE WONT OPEN AND MY CAR IS INSIDE')],
        ),
      ),
    ).toContain('patience.empathy');
  });

  test('"please don\'t type in caps", «не пишите капслоком, мы и так вас слышим» police the tone', () => {
    expect(
      rulesOf(
        reply(
          'en',
          "Please don't type in caps, we can read you just fine. What code did you enter?",
          [c('MY LOCKER WONT OPEN')],
        ),
      ),
    ).toContain('patience.tone-policing');
    expect(
      rulesOf(
        reply('ru', 'Не пишите капслоком, мы и так вас прекрасно слышим. Какой код вводили?', [
          c('ШКАФЧИК НЕ ОТКРЫВАЕТСЯ'),
        ]),
      ),
    ).toContain('patience.tone-policing');
  });

  test('a lecture before the answer ("it\'s worth knowing that …", «тут всё довольно просто») talks down', () => {
    const hurry = [c('Parking permit expired yesterday, can I renew it now? quick pls')];
    expect(
      rulesOf(
        reply(
          'en',
          "It's worth knowing that permits should be renewed before they expire, to avoid situations like this. Renew it under Permits in the app.",
          hurry,
        ),
      ),
    ).toContain('patience.condescending');
    expect(
      rulesOf(
        reply(
          'ru',
          'Тут всё довольно просто: ламинат кладётся поверх подложки. Обычно в этом сложно запутаться.',
          [c('Объясните, пожалуйста, в каком порядке кладут подложку и ламинат? Я не понимаю.')],
        ),
      ),
    ).toContain('patience.condescending');
  });

  test('«Все ответы есть в разделе «Частые вопросы»» brushes the customer off; «пишите сколько нужно» reassures', () => {
    const anxious = [c('Простите, что опять пишу, я волнуюсь. Линзы точно придут до отпуска?')];
    expect(
      rulesOf(reply('ru', 'Все ответы есть в разделе «Частые вопросы» на сайте.', anxious)),
    ).toContain('patience.dismissive');
    expect(
      rulesOf(
        reply(
          'ru',
          'Пишите сколько нужно. Линзы придут в пятницу, 12 июля, за два дня до отпуска.',
          anxious,
        ),
      ),
    ).toContain('patience.reassurance');
    expect(
      rulesOf(
        reply('en', 'Ask as many questions as you need. Your lenses arrive on Friday 12 July.', [
          c("Sorry to message again, I'm nervous. Will my lenses arrive before my holiday?"),
        ]),
      ),
    ).toContain('patience.reassurance');
  });

  test('affection for the customer in place of the answer, and a price "calculated individually", answer nothing', () => {
    const en = rulesOf(
      reply('en', 'Your comfort means the world to us, and we are always here for you!', [
        c('Is the trampoline park open on bank holiday Monday?'),
      ]),
    );
    expect(en).not.toContain('positive.solution');
    expect(en.some((r) => r.startsWith('gaming.'))).toBe(true);
    const ru = rulesOf(
      reply(
        'ru',
        'Стоимость подъёма рассчитывается индивидуально. Наши грузчики — профессионалы.',
        [c('Холодильник нужно поднять на 7-й этаж без лифта. Сколько это будет стоить?')],
      ),
    );
    expect(ru).toContain('positive.vague');
    expect(ru).toContain('positive.unanswered-question');
  });

  test('"have a productive day!", "have a good crossing!" are goodbyes, so said past an open question they close too early', () => {
    const turns = [
      c('Please renew my storage unit for three months.'),
      a('Done: unit 14 is renewed to 30 June, £120 charged.'),
      c('Thanks! Oh, can my brother use the unit too?'),
      a("You're welcome! Unit 14 is all set until 30 June. Have a productive day!"),
    ];
    expect(closureRules('en', turns)).toContain('closure.premature-');
    expect(
      closureRules('en', [
        c('Please move my ferry to the 14:00 on Saturday.'),
        a('Done: you are on the 14:00 Dover to Calais on Saturday.'),
        c("Great, that's all I needed."),
        a('So the 14:00 on Saturday it is. Thanks, and have a good crossing!'),
      ]),
    ).toContain('closure.farewell+');
  });

  test('"this chat will now close" closes the chat', () => {
    const turns = [
      c('Where do I find my invoice?'),
      a('It is under Account > Invoices.'),
      c("Found it, that's all."),
      a('Thank you for contacting us. This chat will now close.'),
    ];
    expect(closureRules('en', turns)).toContain('closure.farewell+');
  });

  test('"Thanks. It hasn\'t come through yet though", «Спасибо, но письмо пока не пришло» are no confirmation', () => {
    const en = [
      c('Please send me the class timetable.'),
      a("I've emailed the timetable to you."),
      c("Brilliant, thank you. It hasn't come through yet though."),
      a('It should arrive shortly! Bye!'),
    ];
    expect(closureRules('en', en)).toContain('closure.premature-');
    const ru = [
      c('Пришлите, пожалуйста, расписание занятий.'),
      a('Отправила расписание вам на почту.'),
      c('Спасибо, письмо пока не пришло.'),
      a('Скоро придёт! Всего доброго!'),
    ];
    expect(closureRules('ru', ru)).toContain('closure.premature-');
  });

  test('after a bare "thanks", asking the customer to report back keeps the closing in progress; after "that\'s all", a question does not', () => {
    const chat = [
      c('Book me a gel manicure for Saturday at 2, please.'),
      a(
        "Saturday at 2pm with Mia is yours. I've texted you a £10 deposit link; the slot is held for 30 minutes.",
      ),
      c('Thanks so much!'),
    ];
    const waiting = closureRules('en', [
      ...chat,
      a(
        "Once you've paid the £10 through the link you're set for Saturday at 2pm. Let me know here when it's through, or if the link doesn't work.",
      ),
    ]);
    expect(waiting).toContain('closure.in-progress+');
    expect(waiting).not.toContain('closure.farewell-');
    // After the customer said that was all, a question is not a check of the fix.
    const done = closureRules('en', [
      c('Can you confirm my booking for Saturday at 2?'),
      a('Confirmed: Saturday at 2pm with Mia, £35.'),
      c("That's all I needed, thanks!"),
      a('Before you go, how did you hear about us?'),
    ]);
    expect(done).not.toContain('closure.in-progress+');
  });

  test('«Могу помочь с чем-то ещё?» is the check, and «Входит: …» answers «входит ли … в …?»', () => {
    const turns = [
      c('Продлите аренду пианино на полгода, договор 2231.'),
      a('Продлила до 31 августа, платёж прежний — 3 200 ₽.'),
      c('Спасибо!'),
      a('Итак, договор 2231 продлён до 31 августа. Могу помочь с чем-то ещё?'),
    ];
    expect(closureRules('ru', turns)).toContain('closure.anything-else+');
    expect(
      unanswered(
        'ru',
        'Входит: одна настройка раз в полгода бесплатно, запишу мастера на вторник.',
        'Входит ли настройка пианино в продление аренды?',
      ),
    ).toBe(false);
  });
});

describe('22. what the twenty-third outside set showed', () => {
  test('an answer in plain words, then "anything else?", is no early close; "anything else?" with no answer still is', () => {
    const history = [
      c('How do I pause my wine subscription for August?'),
      a('Go to Deliveries, pick the August box and tap Skip.'),
      c('Done, thanks. Oh, and can I switch the September box from red to white wine?'),
    ];
    expect(
      rulesOf(
        reply(
          'en',
          'Good, glad that worked. And yes, your plan lets you switch the September box to white wine; just change the style under Deliveries. Anything else I can help with?',
          history,
        ),
      ),
    ).not.toContain('patience.closing-too-early');
    expect(
      rulesOf(reply('en', 'Glad that helped! Anything else I can help with?', history)),
    ).toContain('patience.closing-too-early');
  });

  test('«может быть вызвано разными причинами» names a cause, it does nothing', () => {
    expect(
      rulesOf(
        reply('ru', 'Скрип может быть вызван разными причинами: влажностью или износом.', [
          c('Кресло после вашего ремонта опять скрипит. Это гарантия?'),
        ]),
      ),
    ).not.toContain('positive.solution');
  });

  test('praise of ourselves (« дорожим доверием наших клиентов», «работают на современном оборудовании») is filler', () => {
    expect(
      rulesOf(
        reply(
          'ru',
          'Наши мастера работают на современном оборудовании, и мы дорожим доверием наших клиентов!',
          [c('Сколько стоит заменить молнию на куртке?')],
        ),
      ).some((r) => r.startsWith('gaming.')),
    ).toBe(true);
  });

  test('«Мастер сможет …? И сколько …?» answered only on the price leaves the first question open', () => {
    const customer =
      'Курьер сможет поднять стиральную машину на 4-й этаж? И сколько стоит доставка?';
    expect(
      unanswered('ru', 'Доставка по городу стоит 900 ₽, привезём в удобный вам день.', customer),
    ).toBe(true);
    expect(
      unanswered(
        'ru',
        'Да, курьер поднимет машину на 4-й этаж за 600 ₽, доставка по городу — 900 ₽.',
        customer,
      ),
    ).toBe(false);
  });

  test('"see you around 2!" says goodbye, and "your ticket has been closed" recaps nothing', () => {
    const chat = [
      c('Is my violin ready? Ticket 4471.'),
      a('Yes, it is ready: new strings, £40.'),
      c("Great, I'll pick it up around 2. Thanks!"),
    ];
    expect(closureRules('en', [...chat, a('Perfect, thanks, see you around 2!')])).toContain(
      'closure.farewell+',
    );
    const cold = closureRules('en', [
      c('Where do I download my invoice?'),
      a('Under Account > Invoices.'),
      c('Got it, thanks.'),
      a('Thank you for your message. Your ticket has been closed.'),
    ]);
    expect(cold).toContain('closure.summary-');
  });
});

describe('23. what the twenty-fourth outside set showed', () => {
  test('"must be really hard to hear" acknowledges; "the app doesn\'t currently support …" refuses; "we\'ll look into adding it" is vague', () => {
    expect(
      rulesOf(
        reply(
          'en',
          "That must be really hard to hear while you're away. The kennel says she is eating again.",
          [c('The kennel called, our cat stopped eating and we are abroad. I feel terrible.')],
        ),
      ),
    ).toContain('patience.empathy');
    const found = rulesOf(
      reply('en', "The app doesn't currently support that. We'll look into adding it.", [
        c('Can the app show my savings in pounds?'),
      ]),
    );
    expect(found).toContain('positive.cannot');
    expect(found).toContain('positive.vague');
  });

  test('"for more information please visit our website" sends the customer away', () => {
    expect(
      rulesOf(
        reply('en', 'For more information, please visit our website.', [
          c('Are stored tyres insured against fire?'),
        ]),
      ),
    ).toContain('positive.deflection');
  });

  test('«Сколько я сэкономлю?» needs an amount', () => {
    expect(
      unanswered(
        'ru',
        'Ночной тариф значительно выгоднее дневного, многие выбирают именно его.',
        'Сколько я сэкономлю, если буду стирать ночью?',
      ),
    ).toBe(true);
    expect(
      unanswered(
        'ru',
        'Около 300 ₽ в месяц: ночью кВт·ч стоит 2,91 ₽ вместо 6,43 ₽.',
        'Сколько я сэкономлю, если буду стирать ночью?',
      ),
    ).toBe(false);
  });

  test('«До субботы!» as a sentence says goodbye; «привезём до субботы» does not', () => {
    const chat = [
      c('Запишите на примерку в субботу в 12.'),
      a('Записала: суббота, 12:00, ателье на Садовой.'),
      c('Спасибо, тогда до субботы!'),
    ];
    expect(closureRules('ru', [...chat, a('Спасибо, что выбрали нас! До субботы!')])).toContain(
      'closure.farewell+',
    );
    expect(
      rulesOf(reply('ru', 'Курьер привезёт платье до субботы.', [c('Когда привезут платье?')])),
    ).not.toContain('patience.closing-too-early');
  });

  test('«Оплатил. И ещё вопрос …» takes the fix, and «если ещё что-то понадобится» is the check, so an answer, the check and a goodbye close in one', () => {
    const turns = [
      c('Забронируйте картинг на субботу в 13:00, 6 человек.'),
      a('Готово: бронь К-4410 на субботу, 13:00, 6 человек. Ссылку на оплату отправила в SMS.'),
      c('Оплатил. И ещё вопрос: можно приехать минут на 15 раньше, чтобы дети переоделись?'),
      a(
        'Конечно, приезжайте к 12:45, раздевалка будет свободна. Оплату вижу: бронь К-4410 на субботу, 13:00. Если ещё что-то понадобится — пишите. Хорошего праздника!',
      ),
    ];
    expect(closureRules('ru', turns)).not.toContain('closure.premature-');
  });

  test('«Если после звонка будут вопросы, пишите» is the check; "that\'s me sorted" is all done; "the link was reset" recaps', () => {
    expect(
      closureRules('ru', [
        c('Нужна смета на ремонт ванной.'),
        a('Записала на видеозвонок с прорабом сегодня в 17:00.'),
        c('Хорошо, спасибо.'),
        a(
          'Итак, сегодня в 17:00 видеозвонок. Если после звонка будут вопросы, пишите сюда. До связи!',
        ),
      ]),
    ).toContain('closure.anything-else+');
    const en = closureRules('en', [
      c('The app is not showing today’s data.'),
      a("I've reset the link to your inverter. Can you refresh?"),
      c("Yes, it's all there now."),
      a('Great to hear.'),
      c("Thanks, that's me sorted."),
      a(
        'Glad it is back. The inverter link was reset, so data will keep updating. Thanks, and enjoy the sunshine!',
      ),
    ]);
    expect(en).toContain('closure.summary+');
    expect(en).toContain('closure.anything-else+');
  });

  test('«…, или за это доплата?» is an either-or question even with its comma; "both" answers one', () => {
    const customer = 'Стрижка за 1 500 ₽ уже с мытьём головы, или за это доплата?';
    expect(unanswered('ru', 'Стрижка стоит 1 500 ₽, мастер работает с 10 до 20.', customer)).toBe(
      true,
    );
    expect(unanswered('ru', 'Мытьё уже входит в 1 500 ₽, доплаты нет.', customer)).toBe(false);
    expect(
      unanswered(
        'en',
        'It covers both: the drying and the new floor go through the same claim, with one £250 excess.',
        'Does my policy cover drying out the walls, or only replacing the floor?',
      ),
    ).toBe(false);
  });

  test('"Thanks! Oh, and …", «Спасибо! А, и …» after thanks is one more thing, not all done', () => {
    const turns = [
      c('Повторите заказ прошлой недели на пятницу.'),
      a('Оформила заказ № 7731 на пятницу к 7:00.'),
      c('Спасибо! А, и с понедельника мы переезжаем на Караванную, 12, следующие заказы туда.'),
      a('Заказ на пятницу оформлен, спасибо! Хорошего дня!'),
    ];
    expect(closureRules('ru', turns)).toContain('closure.premature-');
  });
});

describe('24. what the twenty-fifth outside set showed', () => {
  test('"good luck with the recordings!" says goodbye', () => {
    const turns = [
      c('Book the studio for Thursday 2–4pm, please.'),
      a('Booked: Studio A, Thursday 2–4pm, £90.'),
      c("Perfect, that's all sorted then. Cheers!"),
      a(
        'To recap: Studio A on Thursday, 2–4pm, £90. Thanks for booking, and good luck with the recordings!',
      ),
    ];
    expect(closureRules('en', turns)).toContain('closure.farewell+');
  });

  test('"we\'d be thrilled to support you on your journey", «учитывают все особенности» are filler', () => {
    expect(
      rulesOf(
        reply(
          'en',
          'What a fantastic goal! Our learners love it, and we would be thrilled to support you on your journey!',
          [c('Is the Level 2 certificate enough to teach evening classes?')],
        ),
      ).includes('gaming.stuffing'),
    ).toBe(true);
    expect(
      rulesOf(
        reply(
          'ru',
          'Это действительно важный вопрос! Наши мастера учитывают все особенности вашей квартиры.',
          [c('Шкаф высотой 2,4 м пройдёт в лифт?')],
        ),
      ).includes('gaming.stuffing'),
    ).toBe(true);
  });

  test('«Сколько сохнет краска?» asks when: the price again answers nothing', () => {
    expect(
      unanswered(
        'ru',
        'Покраска стоит 2 500 ₽, подбор оттенка входит в стоимость.',
        'А сколько сохнет краска? Свадьба послезавтра.',
      ),
    ).toBe(true);
    expect(
      unanswered(
        'ru',
        'Краска сохнет сутки: принесёте сегодня до 14:00 — заберёте завтра после 16:00.',
        'А сколько сохнет краска? Свадьба послезавтра.',
      ),
    ).toBe(false);
  });

  test('"there\'s time to put this right before Saturday" reassures a panicking customer', () => {
    expect(
      rulesOf(
        reply(
          'en',
          "There's time to put this right before Saturday: drop the shoes in by 10am tomorrow and they'll be ready on Thursday.",
          [
            c(
              "The shoes came back the wrong colour and the wedding is THIS Saturday. I'm panicking!",
            ),
          ],
        ),
      ),
    ).toContain('patience.reassurance');
  });
});

describe('25. what the twenty-sixth outside set showed', () => {
  const closure = (lang: Lang, turns: Turn[]) => transcript(lang, turns).scores.closure;

  test('"That\'s all. Actually, can I …?" takes back the "that\'s all": asking "anything else?" after the answer is the check', () => {
    const turns = [
      c('Can you move my kayak tour to Sunday?'),
      a("Done: you're now on Sunday 3 August at 10am, same meeting point at the boathouse."),
      c("Great, that's all. Actually, can I bring my own paddle?"),
    ];
    const checked = closureRules('en', [
      ...turns,
      a(
        "Yes, bring your own paddle if you like; the guide will check it fits the kayak. So that's Sunday at 10am. Is there anything else I can help with?",
      ),
    ]);
    expect(checked).toContain('closure.anything-else+');
    // guard: after a plain "that's all", the same question still ignores the customer
    expect(
      closureRules('en', [
        c('Can you move my kayak tour to Sunday?'),
        a("Done: you're now on Sunday 3 August at 10am, same meeting point at the boathouse."),
        c("Great, that's all I needed, thanks."),
        a("You're welcome! So that's Sunday at 10am. Is there anything else I can help with?"),
      ]),
    ).toContain('closure.anything-else-');
  });

  test('a customer who gives up ("never mind, I\'ll manage", «ладно, видимо, никак») has not confirmed: a bare goodbye then is premature', () => {
    const en = [
      c('My bus pass top-up went through but the card still shows zero.'),
      a('Please tap the card on a reader at any station to refresh it.'),
      c("Did that, still zero. Forget it, I'll just buy paper tickets. Bye."),
    ];
    expect(closureRules('en', [...en, a('Okay, have a nice day!')])).toContain(
      'closure.premature-',
    );
    expect(
      closure('en', [
        ...en,
        a(
          'Please wait a moment: give me the card number and I will push the top-up to it from here, it takes two minutes.',
        ),
      ]) ?? 50,
    ).toBeGreaterThan(closure('en', [...en, a('Okay, have a nice day!')])!);
    const ru = [
      c('Оплатил абонемент на каток, а на почту ничего не пришло.'),
      a('Проверьте, пожалуйста, папку «Спам».'),
      c('Там тоже нет. Ладно, видимо, никак, сам разберусь. До свидания.'),
    ];
    expect(closureRules('ru', [...ru, a('Хорошо, всего доброго!')])).toContain(
      'closure.premature-',
    );
    // guard: "never mind, it's there now" is all well, and so is «ладно, нашёл, спасибо»
    expect(
      closureRules('en', [
        c('My bus pass top-up went through but the card still shows zero.'),
        a('Please tap the card on a reader at any station to refresh it.'),
        c('Never mind, it shows £20 now. Thanks, bye!'),
        a("Great, glad it's there. Thanks for contacting us, have a nice day!"),
      ]),
    ).not.toContain('closure.premature-');
    expect(
      closureRules('ru', [
        c('Оплатил абонемент на каток, а на почту ничего не пришло.'),
        a('Проверьте, пожалуйста, папку «Спам».'),
        c('Ладно, нашёл, было в спаме. Спасибо, до свидания.'),
        a('Отлично, что нашлось! Спасибо за обращение, хорошего катания!'),
      ]),
    ).not.toContain('closure.premature-');
  });

  test('"How many …?", «Сколько человек …?» needs a number', () => {
    const en = 'How many people can play in one paintball session?';
    expect(
      unanswered(
        'en',
        'Our paintball sessions include full protective kit, a safety briefing and 200 balls each, and the arena has three themed zones.',
        en,
      ),
    ).toBe(false); // "200", "three": numbers, though not of players, are not told apart
    expect(
      unanswered(
        'en',
        'Great choice! Our paintball sessions come with full protective kit and a safety briefing from our marshals.',
        en,
      ),
    ).toBe(true);
    expect(
      unanswered(
        'en',
        'A session takes up to sixteen players, split into two teams by our marshals.',
        en,
      ),
    ).toBe(false);
    expect(
      unanswered(
        'en',
        "There's no upper limit: bigger groups get a second arena and an extra marshal.",
        en,
      ),
    ).toBe(false);
    const ru = 'Сколько человек можно привести на день рождения в лазертаг?';
    expect(
      unanswered(
        'ru',
        'У нас отличная программа для дней рождения: аниматор, торт и призы для именинника!',
        ru,
      ),
    ).toBe(true);
    expect(
      unanswered('ru', 'В пакет входит до двенадцати гостей, каждый следующий — 900 ₽.', ru),
    ).toBe(false);
  });

  test('"Have you considered our … Package?", "many of our customers choose our …", "shall I add it to your booking?" pitch a product', () => {
    const pitched = (lang: Lang, text: string, customer: string) =>
      rulesOf(reply(lang, text, [c(customer)])).includes('gaming.upsell');
    expect(
      pitched(
        'en',
        'Have you considered our Deluxe Skate Package? It includes skate hire, a hot chocolate and a locker for every guest!',
        'Can we pay at the door on the day?',
      ),
    ).toBe(true);
    expect(
      pitched(
        'en',
        'Many of our customers choose our Gear Protection plan for extra peace of mind. Shall I add it to your booking?',
        'Is the tent waterproof?',
      ),
    ).toBe(true);
    // guard: the thing they asked about is not a pitch
    expect(
      pitched(
        'en',
        'Yes, the tent is fully waterproof, and I can add the groundsheet you asked about to your booking.',
        'Is the tent waterproof? And can you add a groundsheet?',
      ),
    ).toBe(false);
  });

  test('«… И медсправка нужна?» is a question of its own, one word and all: answered by «нужна», «не нужна» or by naming it', () => {
    const customer = 'Какие документы нужны для записи на курс дайвинга? И медсправка нужна?';
    expect(
      unanswered(
        'ru',
        'Курс дайвинга — это незабываемые впечатления! За четыре дня вы освоите базовые навыки и получите международный сертификат.',
        customer,
      ),
    ).toBe(true);
    expect(
      unanswered(
        'ru',
        'Нужен паспорт и анкета о здоровье. Медсправка не нужна, если в анкете все ответы «нет».',
        customer,
      ),
    ).toBe(false);
    expect(
      unanswered(
        'ru',
        'Нужен только паспорт, остальное заполним на месте. Справку от врача попросим, если в анкете будет отмечена астма.',
        customer,
      ),
    ).toBe(false);
  });

  test('«работаем с 2008 года», «ремонты выполняют опытные мастера», "in business since 2008" praise the firm instead of answering', () => {
    const stuffed = (lang: Lang, text: string, customer: string) =>
      rulesOf(reply(lang, text, [c(customer)])).includes('gaming.stuffing');
    expect(
      stuffed(
        'ru',
        'Наша мастерская работает с 2008 года, все ремонты выполняют опытные мастера с использованием оригинальных запчастей. Мы уверены в качестве ремонта!',
        'Часы снова отстают после замены батарейки. Это брак?',
      ),
    ).toBe(true);
    expect(
      stuffed(
        'en',
        "We've been in business since 2008 and all repairs are carried out by experienced technicians.",
        'The watch is running slow again after the battery change. Is that a fault?',
      ),
    ).toBe(true);
    // guard: a plain answer with the guarantee's terms is not praise
    expect(
      stuffed(
        'ru',
        'Похоже, батарейка бракованная: заменим бесплатно по гарантии, она действует 6 месяцев. Приносите в любой день с 10 до 20.',
        'Часы снова отстают после замены батарейки. Это брак?',
      ),
    ).toBe(false);
  });
});

describe('26. what the twenty-seventh outside set showed', () => {
  test('"everything\'s sorted" recaps nothing; "that\'s sorted" after a fix still names it', () => {
    const turns = [
      c('Can you book the padel court for Thursday at 7pm?'),
      a('Done: court 3, Thursday 7–8pm, £24, reference PD-118.'),
      c("Perfect, thanks, that's everything."),
    ];
    expect(
      closureRules('en', [
        ...turns,
        a("Great, everything's sorted! Thanks and have a lovely day."),
      ]),
    ).toContain('closure.summary-');
    expect(
      closureRules('en', [
        ...turns,
        a('Great: court 3, Thursday 7–8pm. Thanks for booking, have a lovely evening!'),
      ]),
    ).toContain('closure.summary+');
  });

  test('the old answer again to a follow-up that adds new facts ("only two of us, a big tank") is a repeat', () => {
    const history: Turn[] = [
      c('How often should the septic tank be emptied?'),
      a('For a family home we recommend emptying it once every 12 months.'),
      c("There are only two of us and it's a large 4,000-litre tank. Does that change things?"),
    ];
    expect(
      rulesOf(
        reply(
          'en',
          'As mentioned, we recommend having your septic tank emptied once every 12 months so it keeps working properly and you avoid expensive repairs later on. Regular emptying is simply the best way to care for the system.',
          history,
        ),
      ),
    ).toContain('gaming.repetition');
    // guard: the advice adjusted to the new facts is an answer
    expect(
      rulesOf(
        reply(
          'en',
          'Yes: with two people and a 4,000-litre tank, every 2 years is usually enough. We can check the level at 12 months the first time.',
          history,
        ),
      ),
    ).not.toContain('gaming.repetition');
  });

  test('«Странно, что вы не сказали водителю», "funny that you didn\'t mention it" reproach the customer', () => {
    const blamed = (lang: Lang, text: string, customer: string) =>
      rulesOf(reply(lang, text, [c(customer)])).includes('patience.blame');
    expect(
      blamed(
        'ru',
        'Странно, что вы не вышли и не сказали водителю. Переставим, когда освободится машина.',
        'Контейнер поставили прямо перед воротами, я не могу выехать!',
      ),
    ).toBe(true);
    expect(
      blamed(
        'en',
        "Funny that you didn't mention it to the driver. We'll move it when a truck is free.",
        "The skip is blocking my gate and I can't get the car out!",
      ),
    ).toBe(true);
    // guard: «странно» about our own mistake is not a reproach
    expect(
      blamed(
        'ru',
        'Странно, что водитель не посмотрел заявку, — это наша ошибка. Машина будет у вас через 40 минут и переставит контейнер.',
        'Контейнер поставили прямо перед воротами, я не могу выехать!',
      ),
    ).toBe(false);
  });

  test('«Нельзя только шины и краску» narrows what is allowed: it is not a refusal', () => {
    const rules = rulesOf(
      reply('ru', 'Да, мебель и матрасы можно. Нельзя только шины, краску и бытовую технику.', [
        c('Можно выкинуть в ваш контейнер старые матрасы и диван?'),
      ]),
    );
    expect(rules).not.toContain('positive.cannot');
    expect(
      rulesOf(
        reply('ru', 'Нельзя, контейнер только для строительного мусора.', [
          c('Можно выкинуть в ваш контейнер старые матрасы и диван?'),
        ]),
      ),
    ).toContain('positive.cannot');
  });

  test('«многие клиенты выбирают наш контейнер на 20 кубов» pitches a product', () => {
    expect(
      rulesOf(
        reply(
          'ru',
          'Многие клиенты выбирают наш контейнер на 20 кубов — туда помещается гораздо больше.',
          [c('Во сколько завтра привезут контейнер?')],
        ),
      ),
    ).toContain('gaming.upsell');
  });
});

describe('27. what the twenty-ninth outside set showed', () => {
  test('"Two things: …, and …", "I\'ve also got a question about …": each matter stays open until a reply speaks of it', () => {
    const en = [
      c(
        'Two things: my parcel locker code has expired, and I want to change the delivery address for next week.',
      ),
      a("I've sent a new locker code, 448120, valid until Friday 8pm."),
      c('Got it, thanks!'),
    ];
    expect(
      closureRules('en', [...en, a('Great! Thanks for contacting us, have a lovely day!')]),
    ).toContain('closure.premature-');
    expect(
      closureRules('en', [
        ...en,
        a("Good. Now the delivery address for next week: what's the new one?"),
      ]),
    ).not.toContain('closure.premature-');
    const ru = [
      c('Хочу оспорить списание за подписку, и ещё вопрос по выписке, но сначала списание.'),
      a('Открыла спор № 5521 по списанию 399 ₽, ответ будет до 10 декабря.'),
      c('Спасибо!'),
    ];
    expect(closureRules('ru', [...ru, a('Рада помочь! Всего доброго!')])).toContain(
      'closure.premature-',
    );
    // guard: a matter the replies took up is not open
    expect(
      closureRules('en', [
        c(
          'Two things: my locker code has expired, and the parcel says delivered but I have nothing.',
        ),
        a(
          "I've sent a new locker code, 448120. The parcel is in that locker: it was delivered there at 2pm.",
        ),
        c("Perfect, that's all, thanks!"),
        a(
          'Great: new code 448120, parcel in the locker. Thanks for contacting us, have a lovely day!',
        ),
      ]),
    ).not.toContain('closure.premature-');
  });

  test('"I\'m sorry you feel that way", «жаль, что вы так считаете» are no apology', () => {
    const en = reply('en', "I'm sorry you feel that way. Our staff always check the order first.", [
      c('You gave me the wrong glasses and I have a headache from them!'),
    ]);
    expect(rulesOf(en)).toContain('patience.non-apology');
    expect(rulesOf(en)).not.toContain('patience.apology');
    const ru = reply('ru', 'Жаль, что вы так считаете. Наши мастера всегда проверяют заказ.', [
      c('Мне выдали не те очки, у меня от них болит голова!'),
    ]);
    expect(rulesOf(ru)).toContain('patience.non-apology');
    // guard: sorry for what happened is an apology
    expect(
      rulesOf(
        reply('en', "I'm sorry you were given the wrong glasses; we'll remake them today.", [
          c('You gave me the wrong glasses and I have a headache from them!'),
        ]),
      ),
    ).toContain('patience.apology');
  });

  test('«перевод невозможен», «операция невозможна» refuse, like «невозможно»', () => {
    expect(
      rulesOf(
        reply('ru', 'Перевод невозможен: сумма больше суточного лимита.', [
          c('Не могу отправить 200 000 ₽ маме, пишет про лимит. Что делать?'),
        ]),
      ),
    ).toContain('positive.cannot');
  });

  test('"we take every dispute seriously", "thousands of customers switch to us", "here to support you throughout your journey", «серьёзно относимся к каждому обращению» are filler', () => {
    const stuffed = (lang: Lang, text: string, customer: string) =>
      rulesOf(reply(lang, text, [c(customer)])).includes('gaming.stuffing');
    expect(
      stuffed(
        'en',
        'We take every dispute seriously, and keeping an eye on your statements is always good practice.',
        'Will disputing this charge hurt my credit score?',
      ),
    ).toBe(true);
    expect(
      stuffed(
        'en',
        'Thousands of customers switch to us every month, and our friendly team is here to support you throughout your switching journey.',
        'Will my power be cut off during the switch?',
      ),
    ).toBe(true);
    expect(
      stuffed(
        'ru',
        'Мы серьёзно относимся к каждому обращению и обязательно во всём разберёмся.',
        'Что с моим спором по списанию?',
      ),
    ).toBe(true);
  });

  test('"Have you thought about upgrading instead?", "the new model is on offer this month" pitch', () => {
    expect(
      rulesOf(
        reply(
          'en',
          'Screen repairs are available! Have you thought about upgrading instead? The new model is on offer this month.',
          [c('How much is a new screen for my tablet?')],
        ),
      ),
    ).toContain('gaming.upsell');
  });
});

describe('28. what the thirtieth outside set showed', () => {
  test('"Brilliant, thanks." after a fix is thanks, not sarcasm: the recap and goodbye that follow are not premature', () => {
    const turns = [
      c('Can you move my pilates class from Tuesday to Thursday?'),
      a("Done: you're now in the Thursday 6pm reformer class with Anna."),
      c('Brilliant, thanks.'),
      a(
        "You're welcome. So that's Thursday at 6pm with Anna. Anything else I can do? If not, enjoy the class!",
      ),
    ];
    const rules = closureRules('en', turns);
    expect(rules).not.toContain('closure.premature-');
    expect(rulesOf(reply('en', turns[3]!.text, turns.slice(0, 3)))).not.toContain(
      'patience.no-acknowledgement',
    );
    // guard: "brilliant, thanks for nothing" is still upset
    expect(
      rulesOf(
        reply('en', 'Is there anything else I can help with today?', [
          c("The engineer didn't come again. Brilliant, thanks for nothing."),
        ]),
      ),
    ).toContain('patience.no-acknowledgement');
  });

  test('"I\'d appreciate it if you could keep the language respectful", "once you\'ve calmed down", «когда успокоитесь» police the tone', () => {
    const policed = (lang: Lang, text: string, customer: string) =>
      rulesOf(reply(lang, text, [c(customer)])).includes('patience.tone-policing');
    expect(
      policed(
        'en',
        "I'd appreciate it if you could keep the language respectful. Once you've calmed down I'll look into the heater.",
        'Your glamping pod heater is broken and my kids are FREEZING. Useless!',
      ),
    ).toBe(true);
    expect(
      policed(
        'ru',
        'Давайте без эмоций. Когда успокоитесь, разберёмся с кондиционером.',
        'Кондиционер после вашего сервиса опять течёт! Сколько можно!',
      ),
    ).toBe(true);
  });

  test('"let me go through it again, slowly this time", «ладно, в этот раз перенесу», «нужно внимательно проверять» talk down', () => {
    const down = (lang: Lang, text: string, customer: string) =>
      rulesOf(reply(lang, text, [c(customer)])).includes('patience.condescending');
    expect(
      down(
        'en',
        "Sure, let me go through it again, slowly this time. £20 is the plan, £5 is extra. Hopefully that's clearer now.",
        "I still don't get why my SIM bill is £25.",
      ),
    ).toBe(true);
    expect(
      down(
        'ru',
        'Даты нужно внимательно проверять при оформлении. Ладно, в этот раз перенесу на август.',
        'Я перепутал месяц в брони, можно перенести на август?',
      ),
    ).toBe(true);
  });

  test('"not a silly question at all", «многие волнуются перед первым сеансом» acknowledge a worry', () => {
    const heard = (lang: Lang, text: string, customer: string) =>
      rulesOf(reply(lang, text, [c(customer)]));
    const ru = heard(
      'ru',
      'Совсем не глупый вопрос, многие волнуются перед первым визитом. Иглы одноразовые, врач вскроет упаковку при вас.',
      'Простите, наверное, глупый вопрос, но я очень боюсь. Иглы одноразовые?',
    );
    expect(ru).toContain('patience.empathy');
    expect(ru).not.toContain('patience.no-acknowledgement');
    expect(
      heard(
        'en',
        'Not a silly question at all; lots of people feel nervous before their first session. The needles are single-use and opened in front of you.',
        "Sorry, probably a silly question, but I'm really scared. Are the needles single-use?",
      ),
    ).toContain('patience.empathy');
  });
});

describe('29. what the thirty-first outside set showed', () => {
  test('"you shouldn\'t have to repeat yourself" owns the failure: it is no blame', () => {
    expect(
      rulesOf(
        reply(
          'en',
          "Sorry, you shouldn't have to repeat yourself. I've found yesterday's note and rebooked the walker for 1pm tomorrow.",
          [c('I GAVE my account number yesterday. Why do I have to keep repeating everything?')],
        ),
      ),
    ).not.toContain('patience.blame');
    // guard: "you should have checked" still blames
    expect(
      rulesOf(
        reply('en', 'You should have checked the gate code before booking.', [
          c('Nobody came for my dog again today.'),
        ]),
      ),
    ).toContain('patience.blame');
  });

  test('"after 3 clear working days" answers "how soon?"', () => {
    expect(
      unanswered(
        'en',
        'You can sit it again after 3 clear working days, and you can rebook through us once you have your result.',
        'If I fail my theory test, how soon can I rebook? And can I rebook through you?',
      ),
    ).toBe(false);
  });

  test('"I hope that fully answers your question!" beside a question left open passes the reply off as complete', () => {
    const rules = rulesOf(
      reply(
        'en',
        'Our call-out after 10pm is £95, and our locksmiths are available 24/7. I hope that fully answers your question!',
        [c('How much is a call-out after 10pm, and is VAT included or added on top?')],
      ),
    );
    expect(rules).toContain('positive.unanswered-question');
    expect(rules).toContain('gaming.claims-complete');
    const ru = rulesOf(
      reply(
        'ru',
        'Выезд мастера после 22:00 стоит 3 500 ₽. Надеюсь, я ответила на все ваши вопросы!',
        [c('Сколько стоит выезд мастера после 22:00? И замок вы привезёте свой или нужно купить?')],
      ),
    );
    expect(ru).toContain('gaming.claims-complete');
    // guard: after a full answer the same words take nothing
    expect(
      rulesOf(
        reply(
          'en',
          'After 10pm the call-out is £95 including VAT. I hope that answers your question!',
          [c('How much is a call-out after 10pm, and is VAT included or added on top?')],
        ),
      ),
    ).not.toContain('gaming.claims-complete');
  });

  test('«Благодарим за интерес к нашим услугам!», «это отличное вложение в ваш дом!» are filler', () => {
    expect(
      rulesOf(
        reply(
          'ru',
          'Благодарим за интерес к нашим услугам! Наши сетки — это отличное вложение в ваш дом!',
          [c('Сетки на водостоках нужно чистить? Если да, то как часто?')],
        ),
      ),
    ).toContain('gaming.stuffing');
  });
});

describe('30. what the thirty-second outside set showed', () => {
  const booked = [
    c('Can you book the bed-bug heat treatment for the bedroom?'),
    a('Yes: Tuesday 6 May from 8am, about six hours, $450.'),
  ];
  const check = (lang: Lang, turns: Turn[]) =>
    transcript(lang, turns).findings.find((f) => f.rule === 'closure.anything-else')!.points;

  test('"Anything else I can help with? If not, …" after "that\'s all" asks and answers for them: the check is met', () => {
    expect(
      check('en', [
        ...booked,
        c("Great, that's all I needed, thanks."),
        a(
          "You're welcome. So: Tuesday 6 May from 8am, $450. Is there anything else I can help with? If not, thanks for calling, and see you on the 6th.",
        ),
      ]),
    ).toBeGreaterThan(0);
    expect(
      check('ru', [
        c('Запишите, пожалуйста, на обработку от клопов, однокомнатная квартира.'),
        a('Записала: среда, 12 июня, с 9 до 11, 3 900 ₽.'),
        c('Спасибо, больше ничего не нужно.'),
        a(
          'Итак: среда, 12 июня, с 9 до 11, 3 900 ₽. Могу ли я ещё чем-то помочь? Если нет — спасибо за обращение, хорошего дня!',
        ),
      ]),
    ).toBeGreaterThan(0);
  });

  test('guard: a question left for them to answer after "that\'s all" still ignores them', () => {
    expect(
      check('en', [
        ...booked,
        c("Great, that's all I needed, thanks."),
        a(
          'So: Tuesday 6 May from 8am, $450. Is there anything else I can help with? Thanks, take care!',
        ),
      ]),
    ).toBeLessThan(0);
  });

  test('"see you in the morning", "see you on the 6th" say goodbye once the customer is done', () => {
    const bye = (last: string) =>
      transcript('en', [...booked, c("Perfect, that's all, thanks!"), a(last)]).findings.find(
        (f) => f.rule === 'closure.farewell',
      )!.points;
    expect(bye('Tuesday 6 May from 8am, $450. Thanks for booking, see you in the morning.')).toBe(
      20,
    );
    expect(bye('Tuesday 6 May from 8am, $450. Thanks for booking, see you on the 6th!')).toBe(20);
  });

  test('«Я вам уже ответил: …» is the agent repeating themself, «бессмысленно» is harsh', () => {
    const rules = rulesOf(
      reply(
        'ru',
        'Я вам уже ответил: мотор страдает реже. Пока мастер не посмотрит, говорить о стоимости бессмысленно.',
        [c('Так мотор может сгореть или нет? Мне надо понять, во сколько это обойдётся.')],
      ),
    );
    expect(rules).toContain('patience.repeating-myself');
    expect(rules).toContain('patience.harsh-words');
    // guard: what the agent already told someone else is an action, not a reproach
    expect(
      rulesOf(
        reply('ru', 'Я уже сказала мастеру, он привезёт новый пульт завтра к 10:00.', [
          c('Пульт от ворот так и не работает.'),
        ]),
      ),
    ).not.toContain('patience.repeating-myself');
  });

  test('«Когда вернётесь, проветрите …», "When it arrives, …" ask nothing: no bare question', () => {
    const direct = (lang: Lang, text: string) =>
      rulesOf(reply(lang, text, [c('?')])).includes('patience.direct-question');
    expect(direct('ru', 'Когда вернётесь, проветрите квартиру 2–3 часа.')).toBe(false);
    expect(direct('en', 'When it arrives, plug it in and hold the button for 5 seconds.')).toBe(
      false,
    );
    // guard: a bare question still reads as one
    expect(direct('ru', 'Спасибо. Когда вам удобно принять мастера?')).toBe(true);
    expect(direct('en', 'Thanks. When can the engineer come in?')).toBe(true);
  });

  test('"that\'s far too long", «16 дней — это правда долго» own the wait', () => {
    const empathy = (lang: Lang, text: string, customer: string) =>
      rulesOf(reply(lang, text, [c(customer)])).includes('patience.empathy');
    expect(
      empathy(
        'ru',
        '16 дней — это правда долго. Матрица приехала вчера, завтра после 12:00 можно забирать.',
        'Ноутбук у вас уже 16 дней. Когда будет?',
      ),
    ).toBe(true);
    expect(
      empathy(
        'en',
        "Three weeks is far too long, that's a long wait. The part came yesterday, so it's ready tomorrow after 12.",
        'You have had my laptop for three weeks. When will it be ready?',
      ),
    ).toBe(true);
  });

  test('«Какой срок …?», «Через сколько …?», "How often …?" are answered by a time, and nothing else', () => {
    expect(
      unanswered(
        'ru',
        'Своевременная перезарядка огнетушителей очень важна для безопасности. Наши специалисты проведут перезарядку быстро и качественно.',
        'Какой срок перезарядки у порошковых огнетушителей?',
      ),
    ).toBe(true);
    expect(
      unanswered(
        'ru',
        'Наша компания использует только сертифицированные препараты, безопасные для людей и животных, а мастера имеют большой опыт.',
        'Через сколько можно возвращаться домой после обработки?',
      ),
    ).toBe(true);
    expect(
      unanswered(
        'en',
        'Hygiene matters to us, and our technicians are fully trained in cleaning every part of the cooler.',
        'How often should the water cooler be cleaned?',
      ),
    ).toBe(true);
    // guards: a time or a frequency answers them
    expect(
      unanswered(
        'ru',
        'Порошковые огнетушители перезаряжают не реже одного раза в 5 лет, а осматривают ежегодно.',
        'Какой срок перезарядки у порошковых огнетушителей?',
      ),
    ).toBe(false);
    expect(
      unanswered(
        'ru',
        'Вернуться можно не раньше чем через сутки, кошку тоже увезите.',
        'Через сколько можно возвращаться домой после обработки?',
      ),
    ).toBe(false);
    expect(
      unanswered(
        'ru',
        'Нужно, но редко: листья с сетки достаточно смахнуть щёткой раз в год, обычно поздней осенью.',
        'Сетки на водостоках нужно чистить? Если да, то как часто?',
      ),
    ).toBe(false);
    expect(
      unanswered(
        'en',
        'It should be sanitised every 3 months, and on your plan our technician does it.',
        'How often should the water cooler be cleaned?',
      ),
    ).toBe(false);
  });

  test('«мы очень ценим вас и ваше время, ваш комфорт для нас превыше всего» is filler', () => {
    expect(
      rulesOf(
        reply(
          'ru',
          'Приносим извинения за ожидание. Мы очень ценим вас и ваше время, ваш комфорт для нас превыше всего. Спасибо за понимание!',
          [c('Водитель должен был быть в 18:00, сейчас 18:20. Ну что там?')],
        ),
      ),
    ).toContain('gaming.stuffing');
  });

  test('"the problem is probably on her phone" diagnoses; only "your problem" distances', () => {
    const framing = (text: string) =>
      rulesOf(reply('en', text, [c('The cameras show as offline on her phone.')])).includes(
        'positive.problem-framing',
      );
    expect(
      framing(
        'Thanks, so the sharing worked and the problem is probably on her phone: turn on Local network in its settings.',
      ),
    ).toBe(false);
    expect(framing("I've passed your complaint to the installer who fitted them.")).toBe(true);
  });

  test('"Done that. But it says \'device offline\'": a wrap-up now closes on a fault', () => {
    const history = [
      c('I want to give my wife access to the cameras on her phone.'),
      a('In the app, go to Settings > Sharing > Add user and enter her email address.'),
    ];
    const wrapUp =
      "I'm glad we've got your wife set up today. Is there anything else I can help you with? Have a great day!";
    expect(
      rulesOf(
        reply('en', wrapUp, [
          ...history,
          c("Done that. She got the email but it says 'device offline' for all four cameras."),
        ]),
      ),
    ).toContain('patience.closing-too-early');
    // guard: done as told, with no fault, and one more thing answered: closing in one
    expect(
      rulesOf(
        reply(
          'en',
          "Yes, you can add up to 4 users, so there's room for your son too. Is there anything else I can help you with? Have a great day!",
          [...history, c('Done that, she can see them now. Can I add my son as well?')],
        ),
      ),
    ).not.toContain('patience.closing-too-early');
  });
});

describe('31. what the thirty-third outside set showed', () => {
  test('"the error was in your file, not in our printing" hands the fault to the customer', () => {
    const blame = (text: string) =>
      rulesOf(
        reply('en', text, [c('The phone number on my 500 cards is WRONG. This is a disaster.')]),
      ).includes('patience.blame');
    expect(
      blame('The error was in your file, not in our printing. We print what you approve.'),
    ).toBe(true);
    // guard: owning the error is no blame
    expect(
      blame('The error was on our side, and I am reprinting the cards today at no cost.'),
    ).toBe(false);
  });

  test('"that\'s the last thing you need before a show" acknowledges the customer', () => {
    expect(
      rulesOf(
        reply(
          'en',
          "I'm sorry, that's the last thing you need before a show. I'll reprint the 500 cards today.",
          [c('The phone number on my 500 cards is wrong and the show is on Saturday!')],
        ),
      ),
    ).toContain('patience.empathy');
  });

  test('«Я же ответила: …» is the agent repeating themself; «Вы совсем не тупите» is no order', () => {
    const history = [
      c('Сыну 4 года, он не выговаривает «р». Это нормально?'),
      a('До 5 лет звук «р» часто ещё не сформирован, это вариант нормы.'),
      c('Извините, я, наверное, туплю. Так нормально или нет?'),
    ];
    expect(rulesOf(reply('ru', 'Я же ответила: до 5 лет это вариант нормы.', history))).toContain(
      'patience.repeating-myself',
    );
    expect(
      rulesOf(
        reply(
          'ru',
          'Вы совсем не тупите: в 4 года отсутствие «р» — часто норма. Диагностика у логопеда — 40 минут, 2 500 ₽.',
          history,
        ),
      ),
    ).not.toContain('patience.prohibition');
    // guard: an order is still one
    expect(rulesOf(reply('ru', 'Не присылайте больше голосовые сообщения.', history))).toContain(
      'patience.prohibition',
    );
  });

  test('«приятного новоселья!» says goodbye: said while the customer asks where to get the keys, it closes too early', () => {
    const r = transcript('ru', [
      c('Договор подписали, деньги перевела. Когда можно въезжать?'),
      a('Оплату получили. Въезд возможен с 1 августа.'),
      c('А ключи где получать и во сколько? Мне грузчиков заказывать надо.'),
      a(
        'Всё оформлено, въезд с 1 августа! Спасибо, что выбрали наше агентство, приятного новоселья!',
      ),
    ]);
    expect(rulesOf(r)).toContain('closure.premature');
  });

  test('«До среды!» is the goodbye, not a recap of the booking', () => {
    const summary = (last: string) =>
      transcript('ru', [
        c('Хочу записаться на ТО-2, Киа Рио.'),
        a('Можем принять в среду, 12 марта, в 9:00. ТО-2 — 11 800 ₽, около трёх часов.'),
        c('Хорошо, тогда до среды, спасибо.'),
        a(last),
      ]).findings.find((f) => f.rule === 'closure.summary')!.points;
    expect(summary('До среды! Спасибо за обращение.')).toBeLessThan(0);
    // guard: the booking said again is a recap
    expect(summary('Записал: среда, 12 марта, 9:00, 11 800 ₽. Спасибо, до среды!')).toBeGreaterThan(
      0,
    );
  });
});

describe('32. what the thirty-fifth outside set showed', () => {
  const closureRules = (lang: Lang, turns: Turn[]) =>
    transcript(lang, turns)
      .findings.filter((f) => f.turn === turns.length - 1 && f.dimension === 'closure')
      .map((f) => f.rule);

  test('"Best wishes!" and «Желаем удачной аренды!» say goodbye: said while a question is open, they close too early', () => {
    expect(
      closureRules('en', [
        c('My daughter starts the riding course on 3 June.'),
        a('Yes, I can see her booking for the four Saturday sessions.'),
        c('Does she need her own hat, or do you lend them? And can I watch from the gallery?'),
        a('Thanks for your message! Everything is in order with the booking. Best wishes!'),
      ]),
    ).toContain('closure.premature');
    expect(
      closureRules('ru', [
        c('Хотим снять гараж на полгода, сколько залог?'),
        a('Залог — 8 000 ₽, договор пришлю на почту.'),
        c('А если съедем раньше, залог вернёте?'),
        a('Договор у вас на почте. Спасибо за обращение, желаем удачной аренды!'),
      ]),
    ).toContain('closure.premature');
    // guard: a card called "best wishes" is no goodbye
    expect(
      reply('en', 'The Best Wishes card is £3 and ships tomorrow.', [
        c('How much is that card?'),
      ]).findings.map((f) => f.rule),
    ).not.toContain('patience.closing-too-early');
  });

  test('"it has gone to the agent", "you\'ve both got a copy" recap what was done', () => {
    const rules = closureRules('en', [
      c('Can you send the signed lease to my letting agent?'),
      a('Yes, as soon as both of you sign it.'),
      c('We both signed just now. Thanks for the help!'),
      a(
        'Thanks! The signed lease has gone to Brook Lettings and you have both got a copy by email. Have a good evening!',
      ),
    ]);
    expect(rules).toContain('closure.summary');
    expect(
      transcript('en', [
        c('Can you send the signed lease to my letting agent?'),
        a('Yes, as soon as both of you sign it.'),
        c('We both signed just now. Thanks for the help!'),
        a(
          'Thanks! The signed lease has gone to Brook Lettings and you have both got a copy by email. Have a good evening!',
        ),
      ]).findings.find((f) => f.rule === 'closure.summary')!.points,
    ).toBeGreaterThan(0);
  });

  test('a reply that hands the customer the next step ("Once you\'ve both signed, …") does not start the closing', () => {
    const turns = (last: string) => [
      c('I need to add my new flatmate to the guarantee.'),
      a('Sure: the check is online and the change costs £45.'),
      c('She did the check this morning and I have paid.'),
      a(
        'Thanks, she is approved and the new agreement is sent to you both. Once you have both signed, we will send it to your agent.',
      ),
      c('Both signed now. Thanks for the help!'),
      a(last),
    ];
    const summary = (last: string) =>
      transcript('en', turns(last)).findings.find((f) => f.rule === 'closure.summary')!;
    // the recap of the earlier reply no longer counts for a bare goodbye at the end
    expect(summary('Great thanks, all done, bye').points).toBeLessThan(0);
    // guard: the last reply's own recap counts
    expect(
      summary(
        'Thanks, both signatures came through and the agreement has gone to your agent. Have a good weekend!',
      ).points,
    ).toBeGreaterThan(0);
  });

  test('a goodbye that ignores what the customer said was still to come closes as if it were settled', () => {
    const en = (last: string) =>
      closureRules('en', [
        c('Do you have a van free on Saturday for a house move?'),
        a('Yes, a Luton van is free on Saturday 9 March, 8am to 6pm, for £95.'),
        c(
          "Sounds good, but I need to check with my brother if he can drive. I'll get back to you.",
        ),
        a(last),
      ]);
    expect(en("Perfect, you're booked in for Saturday. Thanks, have a great day!")).toContain(
      'closure.left-pending',
    );
    // guard: holding it for them keeps it open
    expect(
      en(
        "Of course. I'll hold the van for Saturday until 5pm tomorrow; just reply here once you've checked. Speak soon!",
      ),
    ).not.toContain('closure.left-pending');
    const ru = (last: string) =>
      closureRules('ru', [
        c('Нужен пропуск на машину на завтра, заезд в 10:00.'),
        a('Оформила заявку № 3318 на завтра, 10:00.'),
        c('Хорошо. Только номер машины пришлю вечером, муж на работе.'),
        a(last),
      ]);
    expect(ru('Заявка № 3318 оформлена. Спасибо за обращение, всего доброго!')).toContain(
      'closure.left-pending',
    );
    // guard: waiting for the number keeps it open
    expect(
      ru(
        'Хорошо, жду номер машины здесь, в чате. Как только пришлёте, заявка № 3318 уйдёт на охрану. Спасибо, всего доброго!',
      ),
    ).not.toContain('closure.left-pending');
    // guard: "I'll let you know if …" leaves nothing pending
    expect(
      closureRules('en', [
        c('The gate opens now, thanks.'),
        a('Great, the new remote is paired.'),
        c("Thanks, I'll let you know if it plays up again."),
        a('Thanks, the remote is paired and working. Have a good evening!'),
      ]),
    ).not.toContain('closure.left-pending');
  });

  test('"I\'ve checked and we\'ll do our very best" commits to nothing', () => {
    const history = [c('Can the driver wait 20 minutes? Yes or no, and does it cost extra?')];
    const r = reply(
      'en',
      "I've checked and I'm happy to say we'll do our very best to accommodate your request.",
      history,
    );
    expect(rulesOf(r)).toContain('positive.vague');
    expect(rulesOf(r)).not.toContain('positive.solution');
    // guard: a check that found something keeps its credit
    expect(
      rulesOf(
        reply('en', "I've checked: the driver can wait 20 minutes, which costs £5.", history),
      ),
    ).toContain('positive.solution');
  });

  test('«Надеюсь, я полностью ответил на ваш вопрос!» in a reply that answers nothing passes itself off as an answer', () => {
    const history = [
      c('Какая внутренняя высота у 40-футового контейнера? Влезет ли трактор 2,5 м?'),
    ];
    const r = reply(
      'ru',
      'Спасибо за интерес к нашим контейнерам! Мы предлагаем только качественные контейнеры. Уверены, он вам подойдёт. Надеюсь, я полностью ответил на ваш вопрос!',
      history,
    );
    expect(rulesOf(r).some((x) => x.startsWith('gaming.'))).toBe(true);
    expect(rulesOf(r)).not.toContain('positive.solution');
    expect(
      rulesOf(
        reply(
          'en',
          'Thanks for your interest! We only sell top-quality containers. I hope this fully answers your question!',
          [c('What is the inside height of a 40ft container? Will a 2.5 m tractor fit?')],
        ),
      ).some((x) => x.startsWith('gaming.')),
    ).toBe(true);
    // guard: the figures with the same closing line are an answer
    expect(
      rulesOf(
        reply(
          'ru',
          'Внутренняя высота — 2,39 м, дверной проём — 2,28 м, так что трактор 2,5 м не войдёт. Надеюсь, я ответил на ваш вопрос.',
          history,
        ),
      ).some((x) => x.startsWith('gaming.')),
    ).toBe(false);
  });

  test('«Повторюсь: …», «Я это уже написал выше», "I repeat: …" repeat; «я написал мастеру» is done', () => {
    const history = [
      c('Можно ставить бытовку прямо на траву?'),
      a('Лучше на блоки, чтобы не гнило дно.'),
      c('А если всё-таки на траву, что будет?'),
    ];
    const said = (lang: Lang, text: string, h: Turn[] = history) => rulesOf(reply(lang, text, h));
    expect(said('ru', 'Повторюсь: ставить нужно на блоки.')).toContain('patience.repeating-myself');
    expect(said('ru', 'Я это уже написал выше, нужны блоки.')).toContain(
      'patience.repeating-myself',
    );
    expect(
      said('en', 'I repeat: it needs blocks under it.', [
        c('Can the shed go straight on the grass?'),
        a('Better on blocks, so the floor does not rot.'),
        c('But what if I just put it on the grass?'),
      ]),
    ).toContain('patience.repeating-myself');
    // guard: «повторится» is not the agent repeating, and writing to a colleague is something done
    const guard = said(
      'ru',
      'Я написал мастеру, он приедет завтра в 10:00. Если ошибка повторится, снимем видео.',
    );
    expect(guard).not.toContain('patience.repeating-myself');
    expect(guard).toContain('positive.solution');
  });

  test('«техник … это нужно было скорректировать сразу» owns the miss; «вам нужно было» still blames', () => {
    const history = [c('Вчера чистили бассейн, а вода опять мутная. За что я платил?')];
    const blame = (text: string) => rulesOf(reply('ru', text, history)).includes('patience.blame');
    expect(
      blame(
        'Понимаю вас. Техник вчера почистил фильтр, но жёсткость воды была высокой — это нужно было скорректировать сразу. Завтра он приедет бесплатно.',
      ),
    ).toBe(false);
    expect(blame('Вам нужно было сразу включить фильтр на 8 часов.')).toBe(true);
  });
});

describe('32b. a measurement is a concrete detail', () => {
  test('"2.39 m", «15 кг», «40 м²» are concrete; "2 in stock" is not a measurement', () => {
    const concrete = (lang: Lang, text: string, q: string) =>
      rulesOf(reply(lang, text, [c(q)])).includes('positive.concrete');
    expect(concrete('en', 'The inside height is 2.39 m.', 'How tall is it inside?')).toBe(true);
    expect(concrete('ru', 'Максимальный вес посылки — 15 кг.', 'Какой максимальный вес?')).toBe(
      true,
    );
    expect(concrete('ru', 'Площадь бокса — 40 м².', 'Какая площадь?')).toBe(true);
    expect(concrete('en', 'We have 2 in stock.', 'Do you have any?')).toBe(false);
  });
});

describe('33. what the thirty-sixth outside set showed', () => {
  const closureRules = (lang: Lang, turns: Turn[]) =>
    transcript(lang, turns)
      .findings.filter((f) => f.turn === turns.length - 1 && f.dimension === 'closure')
      .map((f) => f.rule);

  test('"Have a great round!" says goodbye: said while a question is open, it closes too early', () => {
    expect(
      closureRules('en', [
        c('Can I book a tee time for four on Saturday morning?'),
        a('Yes, 8:40 on Saturday is free for a four-ball, £32 each.'),
        c('Great. Do we need to pay now, and can we hire a buggy?'),
        a('Your four-ball is booked for 8:40 on Saturday. Have a great round!'),
      ]),
    ).toContain('closure.premature');
    // guard: after the customer is settled it is the farewell the closing needs
    expect(
      closureRules('en', [
        c('Can I book a tee time for four on Saturday morning?'),
        a('Yes, 8:40 on Saturday is free for a four-ball, £32 each, payable at the pro shop.'),
        c('Great, book it please. That is everything.'),
        a('Thanks, your four-ball is booked for 8:40 on Saturday. Have a great round!'),
      ]),
    ).toContain('closure.farewell');
  });

  test('"today" in a courtesy ("a pleasure helping you today") is no recap', () => {
    const summary = (last: string) =>
      transcript('en', [
        c('Can I move my archery lesson?'),
        a('Of course: Thursday 6pm is free with the same coach.'),
        c('Perfect, that works. Thanks!'),
        a(last),
      ]).findings.find((f) => f.rule === 'closure.summary')!.points;
    expect(summary('It was a pleasure helping you today. Have a good evening!')).toBeLessThan(0);
    // guard: "today" in what was done still recaps
    expect(
      summary(
        'Your lesson is moved today to Thursday at 6pm with the same coach. Have a good evening!',
      ),
    ).toBeGreaterThan(0);
  });

  test('our own deadline quoted back ("the response window hasn\'t passed", «срок выезда ещё не истёк») shields behind policy', () => {
    const shield = (lang: Lang, text: string, q: string) =>
      rulesOf(reply(lang, text, [c(q)])).includes('patience.policy-shield');
    expect(
      shield(
        'en',
        "The 24-hour response window hasn't passed yet, so the engineer will call you.",
        'Nobody has called about my boiler since yesterday morning!',
      ),
    ).toBe(true);
    expect(
      shield('en', "We're still within the SLA, so please wait.", 'Where is my engineer?'),
    ).toBe(true);
    expect(
      shield(
        'ru',
        'Срок выезда мастера — 24 часа, он ещё не истёк.',
        'Почему до сих пор никто не приехал чистить септик?',
      ),
    ).toBe(true);
    // guard: the customer's own window still open is good news
    expect(
      shield(
        'ru',
        'Срок возврата ещё не прошёл: оформлю возврат сегодня, деньги придут за 5 дней.',
        'Можно вернуть жалюзи, если не подошли по цвету?',
      ),
    ).toBe(false);
    expect(
      shield(
        'en',
        "Your return window hasn't passed, so I can refund the blinds today.",
        'Can I still return the blinds?',
      ),
    ).toBe(false);
  });

  test('a recap that gives a figure the chat later changed sums up the wrong thing', () => {
    const turns = (
      recap: string,
      change = 'Done: I have extended it to 12 August, £180 in total now.',
    ) => [
      c('I have a van booked from 3 to 10 August. Can I keep it two more days?'),
      a(change),
      c('Brilliant, thanks, that is all.'),
      a(recap),
    ];
    const stale = (recap: string, change?: string) =>
      closureRules('en', turns(recap, change)).includes('closure.stale-recap');
    expect(stale('So your van is booked from 3 to 10 August. Thanks, have a good trip!')).toBe(
      true,
    );
    const f = transcript(
      'en',
      turns('So your van is booked from 3 to 10 August. Thanks, have a good trip!'),
    ).findings.find((x) => x.rule === 'closure.stale-recap')!;
    expect(f.message).toContain('10 August');
    expect(f.message).toContain('12 August');
    // guard: a recap with the new figure is right
    expect(
      stale('So your van is now booked from 3 to 12 August, £180 in total. Have a good trip!'),
    ).toBe(false);
    // guard: an offer ("… to 12 August?") changes nothing until it is taken
    expect(
      stale(
        'So your van is booked from 3 to 10 August. Thanks, have a good trip!',
        'I can extend it to 12 August for £40 more, shall I?',
      ),
    ).toBe(false);
    // guard: the figure after "instead of" is the old one
    expect(
      stale(
        'So the van is yours until 12 August. Thanks, have a good trip!',
        'Done: the van is yours until 12 August now, instead of 10 August.',
      ),
    ).toBe(false);
    // Russian: «итого» gives the new sum
    expect(
      closureRules('ru', [
        c('Сколько стоит неделя парковки у терминала 2?'),
        a('Неделя парковки — 3 500 ₽, место за вами.'),
        c('Хочу добавить к парковке мойку.'),
        a('Добавила мойку, итого 3 800 ₽ за неделю парковки.'),
        c('Отлично, спасибо, больше ничего.'),
        a('Итак, парковка на неделю за 3 500 ₽ оформлена. Спасибо, хорошего полёта!'),
      ]),
    ).toContain('closure.stale-recap');
  });
});

describe('34. what the thirty-seventh outside set showed', () => {
  const closureRules = (lang: Lang, turns: Turn[]) =>
    transcript(lang, turns)
      .findings.filter((f) => f.turn === turns.length - 1 && f.dimension === 'closure')
      .map((f) => f.rule);
  const patienceRules = (lang: Lang, text: string, history: Turn[]) =>
    reply(lang, text, history)
      .findings.filter((f) => f.dimension === 'patience')
      .map((f) => f.rule);

  test('«Хорошей игры!», «Спасибо, удачной защиты!»: any wish said as a sentence of its own is a goodbye', () => {
    const open = (last: string) =>
      closureRules('ru', [
        c('Хочу забронировать корт на четверг, 19:00.'),
        a('Корт № 2 на четверг, 19:00, свободен, 1 800 ₽ за час.'),
        c('Отлично. А ракетки у вас можно взять напрокат? И душ есть?'),
        a(last),
      ]);
    expect(open('Бронь на четверг, 19:00, оформлена. Хорошей игры!')).toContain(
      'closure.premature',
    );
    expect(open('Корт за вами, ждём в четверг. Спасибо, удачной тренировки!')).toContain(
      'closure.premature',
    );
    // guard: a wish inside a sentence that goes on is no goodbye
    expect(
      open(
        'Да, ракетки даём бесплатно, душ есть. Для хорошей игры в паре лучше взять корт на полтора часа?',
      ),
    ).not.toContain('closure.premature');
    // after the customer is settled it is the farewell the closing needs
    expect(
      closureRules('ru', [
        c('Хочу забронировать корт на четверг, 19:00.'),
        a('Корт № 2 на четверг, 19:00, свободен, 1 800 ₽ за час. Бронирую?'),
        c('Да, бронируйте. Больше ничего, спасибо.'),
        a('Готово: корт № 2, четверг, 19:00, 1 800 ₽. Спасибо, хорошей игры!'),
      ]),
    ).toContain('closure.farewell');
  });

  test('«Нам нужно посоветоваться с женой»: a goodbye that ignores it, even «ждём вас в субботу», closes as if settled', () => {
    const ru = (last: string) =>
      closureRules('ru', [
        c('Сколько стоит выезд аниматора на детский праздник?'),
        a('Два часа программы с аниматором — 6 500 ₽, ближайшая свободная дата — суббота, 15:00.'),
        c('Ясно, спасибо. Нам нужно посоветоваться с женой.'),
        a(last),
      ]);
    expect(
      ru('Отлично, записала вас на субботу, ждём вас в субботу в 15:00! Хорошего праздника!'),
    ).toContain('closure.left-pending');
    // guard: holding the date keeps it open
    expect(
      ru(
        'Конечно, советуйтесь. Субботу, 15:00, держу за вами до пятницы; напишите, на сколько часов берёте. Хорошего дня!',
      ),
    ).not.toContain('closure.left-pending');
    // English: "I need to run it by my husband", "sleep on it"
    const en = (said: string, last: string) =>
      closureRules('en', [
        c('How much is a skip for a kitchen refit?'),
        a('A 6-yard skip is £240 for two weeks, and we can drop it off on Monday.'),
        c(said),
        a(last),
      ]);
    expect(
      en(
        "Thanks. I'll need to run it past my husband first.",
        'Great, the skip is booked for Monday. Thanks for choosing us, see you Monday!',
      ),
    ).toContain('closure.left-pending');
    expect(
      en(
        "Thanks, that's clear. I'd like to sleep on it.",
        "Perfect, you're booked in for Monday. Have a good evening!",
      ),
    ).toContain('closure.left-pending');
    // guard: "message us here" keeps the door open
    expect(
      en(
        "Thanks, that's clear. I'd like to sleep on it.",
        "No problem. Monday is free for now; just message us here when you've decided. Have a good evening!",
      ),
    ).not.toContain('closure.left-pending');
  });

  test('"If anything goes wrong, do I message you again?" asks only how to come back: answered, a goodbye is not premature', () => {
    const ru = (last: string) =>
      closureRules('ru', [
        c('Оплатил курс по пчеловодству, а доступа к урокам нет.'),
        a('Открыла доступ к курсу «Пасека с нуля», письмо со ссылкой уже у вас на почте.'),
        c('Вижу, спасибо. Если вдруг ссылка не откроется — снова вам писать?'),
        a(last),
      ]);
    expect(
      ru(
        'Да, пишите сюда же, в этот чат, — откроем доступ заново за пару минут. Спасибо, что обратились, удачной учёбы!',
      ),
    ).not.toContain('closure.premature');
    const en = (last: string) =>
      closureRules('en', [
        c("My tyre fitter didn't turn up this morning."),
        a("I'm sorry about that. I've rebooked him for 2pm today at the same address."),
        c('OK thanks. And if he doesn’t show up again, do I just message you here?'),
        a(last),
      ]);
    expect(
      en(
        "Yes, message us right here and we'll send the next van straight away. Thanks for your patience, have a good afternoon!",
      ),
    ).not.toContain('closure.premature');
    // guard: a real question left open still makes a goodbye premature
    expect(
      closureRules('en', [
        c("My tyre fitter didn't turn up this morning."),
        a("I'm sorry about that. I've rebooked him for 2pm today at the same address."),
        c('OK thanks. Will I get a refund for the call-out fee?'),
        a('Thanks for your patience, have a good afternoon!'),
      ]),
    ).toContain('closure.premature');
  });

  test('"£195 in total" changes the price: a recap with the old one is stale, but a rate is not replaced by a total', () => {
    const recap = (last: string) =>
      closureRules('en', [
        c('Can you clean the solar panels on my roof? There are 12 of them.'),
        a('Yes, 12 panels is £90, and we can come on Friday 6 June.'),
        c('Could you also clear the gutters while you are up there?'),
        a('Yes, with the gutters it would be £125 in total, still on Friday 6 June.'),
        c("Great, go ahead. That's all, thanks."),
        a(last),
      ]);
    expect(recap('Thanks, booked for Friday 6 June at £90. Have a good week!')).toContain(
      'closure.stale-recap',
    );
    expect(
      recap('Thanks, booked: panels and gutters on Friday 6 June, £125 in all. Have a good week!'),
    ).not.toContain('closure.stale-recap');
    // guard: "£15 a week" is a rate; "£180 in total" does not replace it
    expect(
      closureRules('en', [
        c('How much is your lawn care plan?'),
        a('It is £15 a week, for 12 weeks, so £180 in total.'),
        c('OK, sign me up. That is all.'),
        a('Thanks, you are signed up: £15 a week, starting Monday. Have a lovely day!'),
      ]),
    ).not.toContain('closure.stale-recap');
  });

  test('"see you Friday!" says goodbye to a settled customer', () => {
    const bye = transcript('en', [
      c('Can I book the glamping pod for Friday night?'),
      a('Yes, the Oak pod is free on Friday, £85 for the night.'),
      c("Lovely, book it please. That's everything."),
      a('Thanks, the Oak pod is booked for Friday night, £85. See you Friday!'),
    ]).findings.find((f) => f.turn === 3 && f.rule === 'closure.farewell');
    expect(bye?.points).toBeGreaterThan(0);
    expect(bye?.text).toBe('See you Friday');
  });

  test('"you\'ll be looking at it for years" is no vague promise; "we\'re looking into it" still is', () => {
    const vague = (text: string) =>
      rulesOf(reply('en', text, [c('Which headstone finish lasts best?')])).includes(
        'positive.vague',
      );
    expect(
      vague(
        "Polished granite: you'll be looking at it for years, and it keeps its shine without sealing.",
      ),
    ).toBe(false);
    expect(vague("We're looking into it and will be in touch.")).toBe(true);
  });

  test('«Примите, пожалуйста, мои соболезнования» acknowledges a loss', () => {
    expect(
      patienceRules(
        'ru',
        'Примите, пожалуйста, наши соболезнования. Расскажу, как заказать прощание: это можно сделать по телефону или здесь, в чате.',
        [c('У нас умерла собака, хотим кремацию. Не знаю, как это всё делается.')],
      ),
    ).toContain('patience.empathy');
  });

  test('to an undecided customer, "it\'s a big decision" reassures and "just pick one" pushes', () => {
    const undecided = [
      c('Sorry, I keep going back and forth between the two lawn plans. Which would you pick?'),
    ];
    expect(
      patienceRules(
        'en',
        "It's a big decision, so no rush: for a small garden the Basic plan does everything you need.",
        undecided,
      ),
    ).toContain('patience.reassurance');
    expect(
      patienceRules(
        'en',
        'They are both fine. Please just pick one so we can book the first visit.',
        undecided,
      ),
    ).toContain('patience.hurry');
    const ru = [c('Простите, никак не могу выбрать между двумя тарифами уборки. Что бы вы взяли?')];
    expect(
      patienceRules(
        'ru',
        'Это важное решение, не торопитесь: для квартиры до 50 м² хватит тарифа «Базовый».',
        ru,
      ),
    ).toContain('patience.reassurance');
    expect(
      patienceRules('ru', 'Да они одинаковые. Просто выберите любой, и оформим.', ru),
    ).toContain('patience.hurry');
  });

  test('«Ждём вас в любое время!» commits to nothing; «1 января закрыты. 2-го работаем с 10:00» is no flat no', () => {
    const rules = (text: string) =>
      rulesOf(reply('ru', text, [c('Вы работаете в праздники? Хотим приехать 7 января.')]));
    expect(rules('Мы с радостью ждём вас в любое время!')).not.toContain('positive.solution');
    expect(
      rules('7 января манеж закрыт. 8 января работаем с 10:00 до 18:00, можно записаться здесь.'),
    ).not.toContain('positive.flat-no');
    // guard: a closed door with nothing after it is still a no
    expect(rules('7 января манеж закрыт.')).toContain('positive.flat-no');
  });

  test('«Надеюсь, ответ был исчерпывающим», «оформим быстро и удобно» are formulas around a bare answer', () => {
    const out = reply(
      'ru',
      'Отличный вопрос! Нужен паспорт. Мы всё оформим быстро и удобно! Спасибо, что выбрали нас, мы ценим каждого клиента. Желаем хорошего дня! Надеюсь, ответ был исчерпывающим.',
      [
        c(
          'Какие документы нужны, чтобы сдать в утиль машину, оформленную на отца? Он сейчас за границей.',
        ),
      ],
    );
    expect(rulesOf(out)).toContain('gaming.stuffing');
    // guard: a plain answer with one courtesy line is not stuffing
    expect(
      rulesOf(
        reply(
          'ru',
          'Понадобится нотариальная доверенность от отца на вас: её можно оформить в консульстве. С ней, вашим паспортом, СТС и ПТС заберём машину и оформим утилизацию сами. Спасибо за вопрос!',
          [
            c(
              'Какие документы нужны, чтобы сдать в утиль машину, оформленную на отца? Он сейчас за границей.',
            ),
          ],
        ),
      ),
    ).not.toContain('gaming.stuffing');
  });
});

describe('35. what the thirty-ninth outside set showed', () => {
  test('a reply that holds open what the customer left to decide is the check, and the closing waits for them', () => {
    const chat = (last: string) =>
      closingOf('ru', [
        c('Чем отличается абонемент на 8 занятий от безлимита?'),
        a('8 занятий — 4 800 ₽ на месяц, безлимит — 6 900 ₽, и в него входит сауна.'),
        c('Понятно, спасибо. Я посоветуюсь с мужем и потом решу.'),
        a(last),
      ]);
    const held = chat(
      'Конечно, советуйтесь. Когда решите, просто напишите в этот чат — оформлю абонемент за пару минут.',
    );
    expect(held.rules).toContain('closure.anything-else+');
    expect(held.rules).toContain('closure.in-progress+');
    expect(held.rules).not.toContain('closure.farewell-');
    // it scores above a goodbye that takes the decision as made
    const closed = chat('Отлично, оформила безлимит! Спасибо, что выбрали нас, хорошего дня!');
    expect(closed.rules).toContain('closure.left-pending-');
    expect(held.score!).toBeGreaterThan(closed.score!);
    // English: "let me know once you've talked it over"
    const en = closingOf('en', [
      c('What is the difference between the weekly and fortnightly milk round?'),
      a('Weekly is £9.20 for four pints every Monday; fortnightly is £4.60 every other Monday.'),
      c("Thanks. I'll talk it over with my partner and get back to you."),
      a("Of course. Let me know once you've decided and I'll set up the first delivery."),
    ]);
    expect(en.rules).toContain('closure.in-progress+');
  });

  test('"OK, but only if it comes before 3": a goodbye that says nothing of the condition closes too early', () => {
    const ru = (last: string) =>
      closingOf('ru', [
        c('Хочу заказать торт на субботу, 2 кг.'),
        a('Торт 2 кг — 3 600 ₽, доставка в субботу.'),
        c('Хорошо, но только если привезёте до 12:00. Потом мы уезжаем.'),
        a(last),
      ]).rules;
    expect(ru('Заказ оформлен, доставка в субботу! Спасибо, хорошего праздника!')).toContain(
      'closure.premature-',
    );
    // guard: a reply that meets the condition is a closing
    expect(
      ru(
        'Заказ оформлен: привезём в субботу с 9:00 до 12:00, 3 600 ₽. Спасибо, хорошего праздника!',
      ),
    ).not.toContain('closure.premature-');
    const en = (last: string) =>
      closingOf('en', [
        c('Can I book a skip for next week?'),
        a('Yes, a 4-yard skip is £210 and we can drop it on Tuesday.'),
        c('Great, book it, but only if you can drop it before 10am.'),
        a(last),
      ]).rules;
    expect(en("Great, that's booked for Tuesday. Thanks, have a good day!")).toContain(
      'closure.premature-',
    );
    expect(
      en("Great, we'll drop it on Tuesday between 8 and 10am. Thanks, have a good day!"),
    ).not.toContain('closure.premature-');
  });

  test('«Давайте разберёмся вместе», "let\'s go through it together" reassure a customer who is lost', () => {
    const patience = (lang: Lang, text: string, customer: string) =>
      rulesOf(reply(lang, text, [c(customer)]));
    expect(
      patience(
        'ru',
        'Давайте разберёмся вместе. Откройте схему вагона: нижние места там с нечётными номерами.',
        'Мне 80 лет, не понимаю, где на сайте выбрать нижнее место.',
      ),
    ).toContain('patience.reassurance');
    expect(
      patience(
        'en',
        "Let's go through it together. Open the seat map: the lower berths have odd numbers.",
        "I'm 80 and I can't work out where to pick a lower berth on your website.",
      ),
    ).toContain('patience.reassurance');
  });
});

describe('36. what the forty-first and forty-third outside sets showed', () => {
  test('a recap that names the option the customer turned down is a wrong recap', () => {
    const ru = (last: string) =>
      closingOf('ru', [
        c('Можно перенести стрижку со среды?'),
        a('Конечно. Есть четверг 11:00 или суббота 15:30 у Марины.'),
        c('суббота 15:30 подойдёт'),
        a('Перенесла на субботу, 15:30, к Марине. Что-нибудь ещё?'),
        c('нет, спасибо'),
        a(last),
      ]);
    expect(ru('Пожалуйста! Ждём вас в четверг в 11:00. Хорошего дня!').rules).toContain(
      'closure.wrong-recap-',
    );
    expect(ru('Пожалуйста! Ждём вас в субботу в 15:30. Хорошего дня!').rules).not.toContain(
      'closure.wrong-recap-',
    );
    // named in words: "a new lid, or a whole new kettle" answered "just the lid"
    const en = (last: string) =>
      closingOf('en', [
        c('The lid of my kettle snapped off. Order KT-55102.'),
        a(
          'Sorry about that. I can post you a new lid, which takes 2 days, or send a whole new kettle by courier on Monday.',
        ),
        c('just the lid please'),
        a("Done, it's on its way to 3 Elm Road."),
        c("great, that's all, thanks"),
        a(last),
      ]);
    const wrong = en(
      'Thanks, Sue. So your whole new kettle comes by courier on Monday. Have a good day!',
    );
    expect(wrong.rules).toContain('closure.wrong-recap-');
    const right = en(
      'Thanks, Sue. So the new lid is in the post to 3 Elm Road, there in 2 days. Have a good day!',
    );
    expect(right.rules).not.toContain('closure.wrong-recap-');
    expect(right.score!).toBeGreaterThan(wrong.score!);
  });

  test('a reference a digit off, or the agreed day in another month, is a wrong recap; a new date counted on is not', () => {
    const en = (last: string) =>
      closingOf('en', [
        c('There is a broken streetlight outside 14 Mill Lane.'),
        a("Thanks, I've logged it as SL-40718. It'll be repaired within 10 working days."),
        c("great, that's all"),
        a(last),
      ]).rules;
    expect(
      en('So that is logged as SL-40178, fixed within 10 working days. Thanks, bye!'),
    ).toContain('closure.wrong-recap-');
    expect(
      en('So that is logged as SL-40718, fixed within 10 working days. Thanks, bye!'),
    ).not.toContain('closure.wrong-recap-');
    const ru = (last: string) =>
      closingOf('ru', [
        c('Запишите на замену счётчика, ул. Мира 5, кв 12'),
        a('Записала на 20 марта с 10 до 14, стоимость 900 ₽.'),
        c('Да, спасибо, больше ничего'),
        a(last),
      ]).rules;
    expect(
      ru('Итак: замена счётчика 20 апреля с 10 до 14, 900 ₽. Спасибо, всего доброго!'),
    ).toContain('closure.wrong-recap-');
    // "by 20 March … the receipt by 20 April": counting on from a date of the chat
    expect(
      ru(
        'Итак: замена счётчика 20 марта с 10 до 14, 900 ₽, чек придёт до 20 апреля. Спасибо, всего доброго!',
      ),
    ).not.toContain('closure.wrong-recap-');
  });

  test('a customer who goes away to check, and a goodbye that keeps it open, end the chat where they should', () => {
    const en = (last: string) =>
      closingOf('en', [
        c(
          'Can you fit the loft ladder on the 12th? I need to check with my landlord first, I will ring him tonight.',
        ),
        a(last),
      ]);
    const open = en(
      "Of course. I'll keep the 12th held for you until Friday. When you're ready, reply to this email or call me on 0161 496 0011. Have a good evening!",
    );
    expect(open.rules).not.toContain('closure.premature-');
    const settled = en(
      "Great, you're booked for the 12th. Thanks for choosing us, have a good evening!",
    );
    expect(settled.score!).toBeLessThan(open.score!);
    // without a goodbye the closing waits for them
    const ru = closingOf('ru', [
      c('Хочу заказать шкаф-купе, но спрошу у мужа, какой цвет.'),
      a('Конечно. Когда решите, просто напишите в этот чат — оформлю за пару минут.'),
    ]);
    expect(ru.rules).toContain('closure.in-progress+');
    // beside a closing formula, a hold alone keeps nothing open
    const held = closingOf('en', [
      c('Is the blue Corsa still for sale? I need to talk it over with my wife tonight.'),
      a("I'll mark it as reserved for you. Thanks for choosing Harper Motors!"),
    ]);
    expect(held.rules).toContain('closure.left-pending-');
  });

  test('"Thanks for choosing us, see you Saturday!" over an open question closes too early', () => {
    const rules = closingOf('en', [
      c('Can I book a viewing of the flat on Saturday? And is the deposit refundable?'),
      a("Yes, you're booked for 11am on Saturday. Thanks for choosing us, see you Saturday!"),
    ]).rules;
    expect(rules).toContain('closure.premature-');
  });

  test('«Обращение закрыто» ends the chat but is no goodbye; «не закрываю чат» closes nothing', () => {
    const ru = (last: string) =>
      closingOf('ru', [
        c('Не пришёл кешбэк за март'),
        a('Проверила: 340 ₽ кешбэка зачислила сегодня. Могу ещё чем-то помочь?'),
        c('нет, спасибо'),
        a(last),
      ]);
    const bare = ru('Обращение закрыто.');
    expect(bare.rules).toContain('closure.farewell-');
    expect(ru('Спасибо, что написали! Всего доброго.').score!).toBeGreaterThan(bare.score!);
    const intents = transcript('ru', [
      c('Промокод не работает'),
      a('Пришлите номер заказа — не закрываю чат, пока скидка не применится.'),
    ]);
    expect(intents.findings.map((f) => f.rule)).not.toContain('closure.farewell+');
  });

  test('"please don\'t apologise", «извиняться не нужно» acknowledge a customer who apologises for themself', () => {
    const patience = (lang: Lang, text: string, customer: string) =>
      reply(lang, text, [c(customer)]);
    const en = patience(
      'en',
      "Please don't apologise, that form catches lots of people out. Type the 8 digits after the letters.",
      "Sorry, I'm 79 and these websites confuse me. Which number do I put in?",
    );
    expect(rulesOf(en)).toContain('patience.empathy');
    const ru = patience(
      'ru',
      'Извиняться не нужно, вы нас не отвлекаете. Введите 8 цифр после букв.',
      'Извините, мне 79 лет, я в этих сайтах путаюсь. Какой номер вводить?',
    );
    expect(rulesOf(ru)).toContain('patience.empathy');
    // «извиняться не нужно» is no apology of ours
    expect(rulesOf(ru)).not.toContain('patience.apology');
    // "it doesn't sound silly" judges no one
    expect(
      rulesOf(
        patience(
          'en',
          "It doesn't sound silly at all. We can book a longer slot.",
          'this probably sounds silly but I faint at injections',
        ),
      ),
    ).not.toContain('patience.harsh-words');
  });

  test('a bigger plan for a customer who asks what their own plan allows is an answer, not an upsell', () => {
    const rules = (customer: string) =>
      rulesOf(
        reply(
          'en',
          'Your Basic plan covers weekdays 8–8. You can upgrade to Plus for £15 a month to get weekends too.',
          [c(customer)],
        ),
      );
    expect(rules('Can I use the gym on Sundays on my Basic plan?')).not.toContain('gaming.upsell');
    // asked for a figure of their plan, not what it allows, the pitch is still a pitch
    expect(rules('How many visits are left on my Basic plan?')).toContain('gaming.upsell');
  });

  test('a vague promise and words about learners in general do not answer; "for contacting us today" gives no date', () => {
    const history = [c("Can I use my dad's car for the driving test?")];
    const stuffed = reply(
      'en',
      "Thanks so much for contacting us today! Loads of our learners ask about this, and every learner is unique. We'll support you every step of the way and do everything we can to help you pass!",
      history,
    );
    expect(rulesOf(stuffed)).toContain('gaming.stuffing');
    const genuine = reply(
      'en',
      'Yes, if it has an extra interior mirror for the examiner, L plates, valid MOT and tax, and insurance that covers the test.',
      history,
    );
    expect(genuine.patience + genuine.positive_phrasing).toBeGreaterThan(
      stuffed.patience + stuffed.positive_phrasing,
    );
  });
});

describe('36b. "what time …?" asks for the hour', () => {
  const open = (lang: Lang, text: string, history: Turn[]) =>
    rulesOf(reply(lang, text, history)).includes('positive.unanswered-question');
  test('the day alone, or the hour said before, leaves "what time …?" open; an hour or a window answers it', () => {
    const en = [
      c('What time will the washing machine come on Friday? I have to plan my day around it.'),
    ];
    expect(
      open('en', 'Thank you! It is booked for delivery on Friday, and we hope you love it.', en),
    ).toBe(true);
    expect(
      open(
        'en',
        'On Friday the crew comes between 8 and 12, and they text you 30 minutes before.',
        en,
      ),
    ).toBe(false);
    const ru = [
      a('Мастер приедет сегодня после 15:00.'),
      c('После 15 — это во сколько? В 17 я ухожу.'),
    ];
    expect(open('ru', 'Мастер приедет сегодня после 15:00, ожидайте.', ru)).toBe(true);
    expect(open('ru', 'Мастер будет у вас с 15:00 до 16:00, он позвонит за полчаса.', ru)).toBe(
      false,
    );
  });
});

describe('37. from the forty-fourth outside pairs (outside-36.jsonl)', () => {
  test('our delay defended as normal, and our workload as the reason, are defensive', () => {
    const chasing = [c('Fourth time asking about my boiler claim. Two weeks with no hot water!!')];
    expect(
      rulesOf(reply('en', 'Your claim is still within our standard timescales.', chasing)),
    ).toContain('patience.policy-shield');
    expect(
      rulesOf(
        reply(
          'en',
          "We're currently experiencing a high volume of claims, so an engineer can come on Monday.",
          chasing,
        ),
      ),
    ).toContain('patience.defensive');
    const ru = [c('Третий раз пишу про возврат!! Две недели тишина.')];
    expect(rulesOf(reply('ru', 'Заявка ещё в пределах нормативного срока.', ru))).toContain(
      'patience.policy-shield',
    );
    expect(
      rulesOf(reply('ru', 'В связи с большим количеством обращений ответ задерживается.', ru)),
    ).toContain('patience.defensive');
    // guard: a return window that is still open is good news, not a shield
    expect(
      rulesOf(
        reply('en', 'Good news: your order is still within the 30-day return window.', [
          c('Can I still send the jacket back?'),
        ]),
      ),
    ).not.toContain('patience.policy-shield');
  });

  test('"I\'ve raised this with the relevant team" with no time is vague; with a time it is a step', () => {
    const history = [c('I was charged twice for the same order. What now?')];
    expect(
      rulesOf(reply('en', "I've flagged this with the appropriate department.", history)),
    ).toContain('positive.vague');
    expect(
      rulesOf(
        reply(
          'en',
          "I've flagged this with the appropriate department and they'll refund the second charge by Thursday.",
          history,
        ),
      ),
    ).not.toContain('positive.vague');
    const ru = [c('Списали два раза за один заказ. Что делать?')];
    expect(rulesOf(reply('ru', 'Мы направили вашу жалобу в соответствующий отдел.', ru))).toContain(
      'positive.vague',
    );
    expect(
      rulesOf(
        reply(
          'ru',
          'Направила вашу жалобу в соответствующий отдел, второе списание вернут до пятницы.',
          ru,
        ),
      ),
    ).not.toContain('positive.vague');
  });

  test('"I can add it to your booking" after a pitch is the pitch, not an answer', () => {
    const history = [c('Does the carpet cleaner come with the shampoo or do I buy it separately?')];
    const pitch = reply(
      'en',
      "Great question! We'd recommend adding our Deep Clean Bundle for just £9 per hire, with a spare brush head. I can add it to your booking now if you'd like?",
      history,
    );
    expect(rulesOf(pitch)).toContain('gaming.upsell');
    expect(rulesOf(pitch)).not.toContain('positive.solution');
    const answer = reply(
      'en',
      'One bottle of shampoo comes with the hire, enough for two rooms; extra bottles are £6 at the counter.',
      history,
    );
    expect(answer.patience + answer.positive_phrasing).toBeGreaterThan(
      pitch.patience + pitch.positive_phrasing,
    );
  });

  test('"good luck with the exam" after an answer wishes the customer well and does not close early', () => {
    const history = [c('Is the 8:10 bus to Hexham running tomorrow? My driving test is at 10.')];
    const answered = reply(
      'en',
      'Yes, the 8:10 runs as normal tomorrow and gets into Hexham at 9:05. Good luck with the test!',
      history,
    );
    expect(rulesOf(answered)).not.toContain('patience.closing-too-early');
    // guard: a wish for something the customer never mentioned still closes the chat
    expect(
      rulesOf(
        reply(
          'en',
          'Yes, the 8:10 runs as normal tomorrow and gets into Hexham at 9:05. Enjoy your weekend!',
          history,
        ),
      ),
    ).toContain('patience.closing-too-early');
  });

  test('a recap that moves the agreed slot to a day the chat never named is a wrong recap', () => {
    const en: Turn[] = [
      c('Can I move my spin class from Tuesday?'),
      a('Yes, there is a place on Wednesday at 6.15pm in Studio B from 4 April.'),
      c('Great, book it please'),
      a('Done, you are booked in.'),
      c('thanks, that is everything'),
    ];
    expect(
      closingOf('en', [
        ...en,
        a('You are welcome! So that is Fridays at 6.15pm in Studio B from 4 April. Bye for now!'),
      ]).rules,
    ).toContain('closure.wrong-recap-');
    expect(
      closingOf('en', [
        ...en,
        a(
          'You are welcome! So that is Wednesdays at 6.15pm in Studio B from 4 April. Bye for now!',
        ),
      ]).rules,
    ).not.toContain('closure.wrong-recap-');
    // guard: a deadline on another day is not the slot
    expect(
      closingOf('en', [
        ...en,
        a(
          'You are welcome! Wednesdays at 6.15pm in Studio B from 4 April; if you need to cancel, tell us by Monday. Bye!',
        ),
      ]).rules,
    ).not.toContain('closure.wrong-recap-');
    const ru: Turn[] = [
      c('Запишите на замену масла, пожалуйста'),
      a('Записала на вторник, 11 марта, в 9:30, сервис на Заводской, 4.'),
      c('спасибо, всё'),
    ];
    expect(
      closingOf('ru', [
        ...ru,
        a('Спасибо! Ждём вас в четверг в 9:30 на Заводской, 4. Всего доброго!'),
      ]).rules,
    ).toContain('closure.wrong-recap-');
    expect(
      closingOf('ru', [
        ...ru,
        a('Спасибо! Ждём вас во вторник в 9:30 на Заводской, 4. Всего доброго!'),
      ]).rules,
    ).not.toContain('closure.wrong-recap-');
  });

  test('after "OK, thanks" and one yes/no question, a reply that opens with the answer may say goodbye', () => {
    const history: Turn[] = [
      c('Когда будут готовы ботинки? Квитанция 3310.'),
      a('Ботинки по квитанции 3310 будут готовы в среду после 14:00, к оплате 1 200 ₽.'),
      c('ок, спасибо. а сын может их забрать по квитанции?'),
    ];
    const answered = closingOf('ru', [
      ...history,
      a('Да, сын может забрать по квитанции, паспорт не нужен. Хорошего дня!'),
    ]);
    expect(answered.rules).not.toContain('closure.premature-');
    expect(answered.rules).toContain('closure.did-not-wait-');
    expect(
      closingOf('ru', [...history, a('Пожалуйста! Ботинки будут готовы в среду. Хорошего дня!')])
        .rules,
    ).toContain('closure.premature-');
    // guard: with two questions asked, "Yes" and a goodbye leave one of them open
    expect(
      closingOf('en', [
        c('When is my watch repair ready?'),
        a('It will be ready on Friday after 2pm.'),
        c('Thanks. Can my wife pick it up? And do I pay on collection?'),
        a('Yes, she can collect it with the receipt. Bye!'),
      ]).rules,
    ).toContain('closure.premature-');
  });

  test('an injured or shaken customer is upset; asking how they are acknowledges it', () => {
    const en = [
      c('The scooter brake failed, I fell off and hurt my wrist. And you charged me £4.'),
    ];
    expect(
      rulesOf(reply('en', 'Scooter 2210 is blocked. The £4 will be refunded today.', en)),
    ).toContain('patience.no-acknowledgement');
    expect(
      rulesOf(
        reply(
          'en',
          'Are you OK? Please get the wrist checked. I have blocked scooter 2210 and refunded the £4 today.',
          en,
        ),
      ),
    ).not.toContain('patience.no-acknowledgement');
    const ru = [c('Самокат затормозил сам, я упал, до сих пор трясёт. И ещё списали 90 рублей.')];
    expect(rulesOf(reply('ru', 'Самокат заблокирован. 90 ₽ вернём сегодня.', ru))).toContain(
      'patience.no-acknowledgement',
    );
    expect(
      rulesOf(reply('ru', 'Вы не пострадали? Самокат я заблокировала, 90 ₽ верну сегодня.', ru)),
    ).not.toContain('patience.no-acknowledgement');
  });

  test('a lecture about the customer\'s duty, "Повторяю:" and a denial of the accusation cost patience', () => {
    const ru = [c('Списали 299 за подписку, которую я отменил!! Вы там воруете?')];
    expect(
      rulesOf(reply('ru', 'Мы ничего не воруем. Подписка списалась до отмены.', ru)),
    ).toContain('patience.defensive');
    expect(
      rulesOf(
        reply(
          'ru',
          'Напоминаем, что перед отменой необходимо проверять дату списания. Возврат 299 ₽ оформлен.',
          ru,
        ),
      ),
    ).toContain('patience.condescending');
    expect(
      rulesOf(reply('ru', 'Повторяю: подписку отменяют в профиле, раздел «Оплата».', ru)),
    ).toContain('patience.repeating-myself');
    const en = [c('You charged me for a ride I ended!! Are you stealing from people now?')];
    expect(
      rulesOf(reply('en', "We're not stealing anything. The ride ended at 23:40.", en)),
    ).toContain('patience.defensive');
    expect(
      rulesOf(
        reply(
          'en',
          'Next time, keep an eye on the app when you end a ride. I have refunded the £3.20.',
          en,
        ),
      ),
    ).toContain('patience.condescending');
    // guard: a recap opened with «Повторю:» is a recap
    expect(
      rulesOf(reply('ru', 'Спасибо! Повторю: доставка в четверг с 10 до 14.', [c('всё, спасибо')])),
    ).not.toContain('patience.repeating-myself');
  });
});

describe('38. from the forty-sixth outside pairs (outside-37.jsonl)', () => {
  test('"I\'ll take care of it" is no goodbye; "take care of yourself" still is', () => {
    const history = [
      c('My dad died last month and I need to cancel his broadband. Account 55120.'),
    ];
    expect(
      rulesOf(
        reply(
          'en',
          "I'm so sorry about your dad. I'll take care of it: account 55120 is closed today and no more bills will go out.",
          history,
        ),
      ),
    ).not.toContain('patience.closing-too-early');
    expect(
      closingOf('en', [
        c("Please close my late father's account 55120."),
        a("I'm so sorry. Account 55120 is closed today and the final bill is cancelled."),
        c("That's everything, thank you for being kind."),
        a(
          'So account 55120 is closed and nothing more is owed. Thank you, and please take care of yourself.',
        ),
      ]).rules,
    ).toContain('closure.farewell+');
  });

  test("a shrug at the customer's setback is a shield; disappointment said plainly calls for acknowledgement", () => {
    const history = [c("Just heard I didn't get the job. Third rejection this month, I'm gutted.")];
    expect(
      rulesOf(
        reply('en', "That's just how it goes sometimes. Two new roles came in today.", history),
      ),
    ).toContain('patience.policy-shield');
    expect(
      rulesOf(reply('en', 'Two new roles came in today; shall I send them over?', history)),
    ).toContain('patience.no-acknowledgement');
    expect(
      rulesOf(
        reply(
          'en',
          'Three in a month is hard going, and a no at the end hurts. Two new roles came in today; shall I send them over?',
          history,
        ),
      ),
    ).not.toContain('patience.no-acknowledgement');
  });

  test('"No appointment needed" is good news; "can\'t be paid back" refuses', () => {
    const history = [c('Do I need to book for a flu jab?')];
    expect(
      rulesOf(
        reply(
          'en',
          'No appointment needed: walk in any weekday 9–5, it takes 10 minutes.',
          history,
        ),
      ),
    ).not.toContain('positive.cannot');
    expect(
      rulesOf(
        reply('en', "The credit can't be paid back as cash; it goes on your next bill.", [
          c('Can I have the credit as cash?'),
        ]),
      ),
    ).toContain('positive.cannot');
  });

  test('praise of ourselves in place of a yes or no is filler; "most of our patients choose our …" to a price question is a pitch', () => {
    const history = [
      c('Does the full valet include cleaning the seats? Another place charges extra.'),
    ];
    const filler = reply(
      'en',
      "Great question! Our full valet is a comprehensive service by fully qualified technicians, and we're proud of our transparent pricing. Your satisfaction is our number one priority!",
      history,
    );
    const answer = reply('en', 'Yes, seat shampoo is included in the full valet (£85).', history);
    expect(answer.patience + answer.positive_phrasing).toBeGreaterThan(
      filler.patience + filler.positive_phrasing,
    );
    const price = [c('How much is an eye test on its own? I only need that.')];
    expect(
      rulesOf(
        reply(
          'en',
          'Most of our patients choose our Complete Eye Health Check for £65 instead, much better value. Shall I book you in?',
          price,
        ),
      ),
    ).toContain('gaming.upsell');
  });

  test('a recap with the figure the agent marked as the old one is stale', () => {
    const turns: Turn[] = [
      c('Can you redo the quote without the shed base?'),
      a('Done: revised quote Q-5120 is £4,200 (was £5,050), valid until 30 June.'),
      c('great, thanks, that is all for now'),
    ];
    expect(
      closingOf('en', [
        ...turns,
        a('Thanks! So that is quote Q-5120 at £5,050. Have a good weekend!'),
      ]).rules,
    ).toContain('closure.stale-recap-');
    expect(
      closingOf('en', [
        ...turns,
        a('Thanks! So that is quote Q-5120 at £4,200. Have a good weekend!'),
      ]).rules,
    ).not.toContain('closure.stale-recap-');
  });

  test('a recap amount with the digits of the agreed one in another order is a wrong recap', () => {
    const turns: Turn[] = [
      c('Сколько доплатить при установке?'),
      a('Итого 96 300 ₽, предоплата 50% внесена, при установке — 48 150 ₽.'),
      c('спасибо, всё понятно'),
    ];
    expect(
      closingOf('ru', [...turns, a('Спасибо! Итак, при установке доплата 84 150 ₽. Хорошего дня!')])
        .rules,
    ).toContain('closure.wrong-recap-');
    expect(
      closingOf('ru', [...turns, a('Спасибо! Итак, при установке доплата 48 150 ₽. Хорошего дня!')])
        .rules,
    ).not.toContain('closure.wrong-recap-');
  });

  test('after "yes" and one more question, a reply that opens on that question may say goodbye', () => {
    const history: Turn[] = [
      c('Запишите на чистку зубов'),
      a('Есть 12 мая в 10:00 у гигиениста Ольги, 5 500 ₽.'),
      c('да, подходит. а после чистки можно пить кофе?'),
    ];
    const answered = closingOf('ru', [
      ...history,
      a(
        'Кофе после чистки лучше отложить на 2 часа. Записала вас на 12 мая в 10:00. Хорошего дня!',
      ),
    ]);
    expect(answered.rules).not.toContain('closure.premature-');
    expect(
      closingOf('ru', [...history, a('Записала вас на 12 мая в 10:00. Хорошего дня!')]).rules,
    ).toContain('closure.premature-');
  });

  test('asking again for the number the customer just sent is not reading them', () => {
    const history: Turn[] = [
      c('Третий день не работает лифт в подъезде'),
      a('Подскажите, пожалуйста, номер заявки, если вы её подавали.'),
      c('2291, подавала в среду'),
    ];
    expect(
      rulesOf(
        reply('ru', 'Спасибо! Подскажите, пожалуйста, номер заявки, и я всё проверю.', history),
      ),
    ).toContain('gaming.asked-again');
    expect(
      rulesOf(reply('ru', 'Нашла заявку 2291: мастер приедет сегодня до 18:00.', history)),
    ).not.toContain('gaming.asked-again');
  });

  test('an accident or a crying child is upset; «Не торопитесь, я на связи» reassures; Russian acronyms are not shouting', () => {
    const history = [c('в меня въехали на парковке, ребёнок плачет. что делать с ОСАГО?')];
    expect(
      rulesOf(reply('ru', 'Оформите европротокол и подайте заявление по ОСАГО.', history)),
    ).toContain('patience.no-acknowledgement');
    const kind = rulesOf(
      reply(
        'ru',
        'Не торопитесь, я на связи. Если никто не пострадал, оформите европротокол и подайте заявление по ОСАГО, а если есть пострадавшие — звоните в ГИБДД.',
        history,
      ),
    );
    expect(kind).not.toContain('patience.no-acknowledgement');
    expect(kind).not.toContain('patience.shouting');
  });

  test('«это просто бланк» reassures; «это же стандартный термин» talks down', () => {
    const history = [c('я не понимаю что такое европротокол, я никогда не оформляла')];
    expect(
      rulesOf(reply('ru', 'Европротокол — это просто бланк, он лежит в бардачке.', history)),
    ).not.toContain('patience.condescending');
    expect(
      rulesOf(
        reply('ru', 'Это же стандартный термин, он есть в любом договоре страхования.', history),
      ),
    ).toContain('patience.condescending');
  });

  test('«рекомендуем КАСКО» instead of an answer is a pitch; «мы обязательно вас поддержим» is vague', () => {
    const history = [c('виновник без полиса. кто мне заплатит за ремонт?')];
    expect(
      rulesOf(
        reply(
          'ru',
          'Для таких случаев мы рекомендуем КАСКО — скидка 15% для клиентов по ОСАГО.',
          history,
        ),
      ),
    ).toContain('gaming.upsell');
    expect(
      rulesOf(reply('ru', 'Понимаем вас, и мы обязательно вас поддержим.', history)),
    ).toContain('positive.vague');
  });
});

describe('39. from the forty-fifth outside pairs, read after two rounds unread (outside-38.jsonl)', () => {
  const upset = [c('This is the third time my order has been wrong!! Nobody called me back.')];
  test('noted with no outcome, "we\'ll keep you updated" and "they\'ll be in touch" with no time are vague', () => {
    for (const text of [
      "I've made a note on your account regarding your concern.",
      "We'll keep you updated every step of the way.",
      "It's been referred to the supplier and they'll be in touch.",
    ])
      expect(rulesOf(reply('en', text, upset))).toContain('positive.vague');
    expect(
      rulesOf(reply('en', "They'll be in touch by 5pm today with a new date.", upset)),
    ).not.toContain('positive.vague');
    expect(
      rulesOf(
        reply('ru', 'Ваше обращение зарегистрировано, мы примем меры.', [c('Курьер нагрубил!!')]),
      ),
    ).toContain('positive.vague');
  });

  test('a condition on the customer or a guarantee is no refusal; a third party "won\'t be able" is', () => {
    const history = [c('Can I take ibuprofen after the procedure?')];
    expect(
      rulesOf(
        reply(
          'en',
          "Paracetamol only for 48 hours. If you feel faint or you can't keep fluids down, call us on 0161 555 2040.",
          history,
        ),
      ),
    ).not.toContain('positive.cannot');
    expect(
      rulesOf(
        reply('en', "Don't worry, we won't let it go to your old address: I've updated it today.", [
          c('I moved! Will my parcel go to the old flat??'),
        ]),
      ),
    ).not.toContain('positive.cannot');
    expect(
      rulesOf(
        reply('ru', 'Раньше пятницы мастер приехать не сможет.', [c('Когда приедет мастер?')]),
      ),
    ).toContain('positive.cannot');
  });

  test('owning the customer\'s reading, "Not at all" to an apology and "he\'s not wrong" are kind, not harsh', () => {
    expect(
      rulesOf(
        reply(
          'en',
          'I completely see why it looks like that, and we should have posted an update. The units ship on 3 March.',
          [c('No updates for two months!! Is this a scam??')],
        ),
      ),
    ).not.toContain('patience.no-acknowledgement');
    const sorry = [c('sorry!! me again, can we change it back? you must hate us by now')];
    const kind = rulesOf(
      reply('en', "Not at all, and he's not wrong: I've switched it back to oak, £640.", sorry),
    );
    expect(kind).not.toContain('patience.harsh-words');
    expect(kind).not.toContain('patience.no-acknowledgement');
  });

  test('the small print of a campaign page and advice to watch announcements next time talk down', () => {
    const history = [c('Delivery was due in June, it is October!! Where is my pledge?')];
    expect(
      rulesOf(
        reply(
          'en',
          'As stated on the campaign page, dates are estimates. Your unit ships on 3 November.',
          history,
        ),
      ),
    ).toContain('patience.blame');
    expect(
      rulesOf(
        reply(
          'en',
          "The date was in two updates, so it's worth keeping an eye on those. Your unit ships on 3 November.",
          history,
        ),
      ),
    ).toContain('patience.condescending');
  });

  test('praise of ourselves in English and Russian is filler, and «мы стремимся» is no commitment', () => {
    const history = [c('Is my quote including VAT, yes or no?')];
    const filler = reply(
      'en',
      'Thanks so much! Your quote is fully itemised for transparency, with no hidden extras. Your satisfaction is our priority and our team works around the clock for customers like you.',
      history,
    );
    const answer = reply('en', 'No, £4,200 is before VAT, so £5,040 in total.', history);
    expect(answer.patience + answer.positive_phrasing).toBeGreaterThan(
      filler.patience + filler.positive_phrasing,
    );
    expect(
      rulesOf(
        reply('ru', 'Мы стремимся сделать ремонт доступным для каждого.', [
          c('Сколько стоит ремонт крыши?'),
        ]),
      ),
    ).not.toContain('positive.solution');
  });

  test('«на сколько месяцев?» and «какая переплата?» need a term and a rate', () => {
    const history = [c('Рассрочка есть? На сколько месяцев и какая переплата?')];
    expect(
      rulesOf(
        reply('ru', 'Да, рассрочка есть, менеджеры в салоне с радостью подберут вариант.', history),
      ),
    ).toContain('positive.unanswered-question');
    expect(
      rulesOf(reply('ru', 'Да: на 6 или 12 месяцев, без переплаты, через банк-партнёр.', history)),
    ).not.toContain('positive.unanswered-question');
  });

  test('a code with its digits swapped, or the card named by another brand, is a wrong recap', () => {
    const ru: Turn[] = [
      c('Хочу вернуть платье'),
      a('Оформила возврат, код для пункта выдачи — 7352. Сдайте платье до 20 мая.'),
      c('спасибо, всё понятно'),
    ];
    expect(
      closingOf('ru', [...ru, a('Пожалуйста! Код 7325, сдать до 20 мая. Хорошего дня!')]).rules,
    ).toContain('closure.wrong-recap-');
    expect(
      closingOf('ru', [...ru, a('Пожалуйста! Код 7352, сдать до 20 мая. Хорошего дня!')]).rules,
    ).not.toContain('closure.wrong-recap-');
    const en: Turn[] = [
      c('Has my refund gone through?'),
      a('Yes, £86 was refunded to your Visa ending 4410 on 3 May.'),
      c("great, that's all, thanks"),
    ];
    expect(
      closingOf('en', [...en, a('Glad to help! £86 went back to your Mastercard on 3 May. Bye!')])
        .rules,
    ).toContain('closure.wrong-recap-');
    expect(
      closingOf('en', [...en, a('Glad to help! £86 went back to your Visa on 3 May. Bye!')]).rules,
    ).not.toContain('closure.wrong-recap-');
  });

  test('"Good luck on Thursday, let me know how it goes!" over an open request closes the chat', () => {
    expect(
      rulesOf(
        reply(
          'en',
          "I'd keep the 10:30 slot if you can. Good luck on Thursday, let me know how it goes!",
          [c('Thursday at 10:30 is tricky, I work till 11. Any chance of the afternoon?')],
        ),
      ),
    ).toContain('patience.closing-too-early');
  });

  test("Russian: arguing about an old agreement, the seller's right as the answer and «обращаю внимание» are cold; «это правда злит» and «больше повторять не придётся» are kind", () => {
    const history = [c('верните деньги нормально, а не баллами как в прошлый раз!!')];
    expect(
      rulesOf(
        reply(
          'ru',
          'Возврат оформлен. В прошлый раз баллы были начислены с вашего согласия.',
          history,
        ),
      ),
    ).toContain('patience.blame');
    expect(
      rulesOf(reply('ru', 'Обращаю внимание, что баллы действуют год. Возврат оформлен.', history)),
    ).toContain('patience.condescending');
    expect(
      rulesOf(
        reply('ru', 'Продавец вправе отказать в возврате. Откройте спор в разделе «Возвраты».', [
          c('Мне отказали в возврате!! Это обман!'),
        ]),
      ),
    ).toContain('patience.policy-shield');
    const kind = rulesOf(
      reply(
        'ru',
        'Олег, рассказывать одно и то же в третий раз — это правда злит, и больше повторять не придётся: записал вас на завтра на 8:00.',
        [c('Я уже третий раз одно и то же рассказываю!!')],
      ),
    );
    expect(kind).not.toContain('patience.no-acknowledgement');
  });

  test("the customer's own discount is no pitch; a crash alone does not make a calm customer upset", () => {
    const history = [
      c('в меня въехали, виноват второй водитель. у меня подорожает полис при продлении?'),
    ];
    const rules = rulesOf(
      reply(
        'ru',
        'Из-за этого ДТП — нет: коэффициент ухудшается только у виновника, ваша скидка за безаварийность сохранится.',
        history,
      ),
    );
    expect(rules).not.toContain('gaming.upsell');
    expect(rules).not.toContain('patience.no-acknowledgement');
  });
});

describe('40. from the forty-eighth outside pairs (outside-39.jsonl)', () => {
  test('"I\'ll be quick" is no hurry; "this mix-up is ours" owns the fault', () => {
    const history = [
      c('We are at the venue with 12 kids and you say our booking is next week?? What now'),
    ];
    const rules = rulesOf(
      reply(
        'en',
        "I'll be quick, with the kids waiting: this mix-up is ours. Room 2 is free now and the manager is coming out to you.",
        history,
      ),
    );
    expect(rules).not.toContain('patience.hurry');
    expect(rules).not.toContain('patience.no-acknowledgement');
  });

  test('"the holder\'s responsibility" blames; "so the guard is right" sides against the customer', () => {
    const history = [
      c('I lost my railcard and the guard says I must pay full fare!! I cannot afford it'),
    ];
    expect(
      rulesOf(
        reply(
          'en',
          "Railcards are the holder's responsibility. I've ordered a new one for £10.",
          history,
        ),
      ),
    ).toContain('patience.blame');
    expect(
      rulesOf(
        reply(
          'en',
          'Every journey needs a valid ticket, so the guard is right. Keep the receipt.',
          history,
        ),
      ),
    ).toContain('patience.defensive');
  });

  test('"I\'ll need to check with him" leaves the choice to come: a goodbye that books anyway leaves it pending', () => {
    const turns: Turn[] = [
      c('I need to book the boiler service'),
      a('I have Tuesday 3 June, 9–12, or Friday 6 June, 1–4. Which suits?'),
      c("not sure, I'll need to check with him which day works"),
    ];
    expect(
      closingOf('en', [
        ...turns,
        a("No problem! I've booked you in for Tuesday as it's the earliest. Goodbye!"),
      ]).rules,
    ).toContain('closure.left-pending-');
  });

  test("a template's hope or reply-time promise recaps nothing", () => {
    const turns: Turn[] = [
      c('Can I swap my Tuesday class to Thursday?'),
      a('Done: you are on Thursday 7pm from next week.'),
      c('great, that is all'),
    ];
    expect(
      closingOf('en', [
        ...turns,
        a(
          'Thank you for contacting us. We hope we have resolved your query today. We aim to respond to all enquiries within 2 working days. Have a great day!',
        ),
      ]).rules,
    ).not.toContain('closure.summary+');
    expect(
      closingOf('en', [
        ...turns,
        a('So that is Thursdays at 7pm from next week. Best of luck until then!'),
      ]).rules,
    ).toContain('closure.farewell+');
  });

  test('a recap time a digit off the agreed one, or the date the agent had skipped, is wrong or stale', () => {
    const turns: Turn[] = [
      c('Can I book a check-up?'),
      a('I have Monday 9 June at 14:30 with Dr Hale. Shall I book it?'),
      c('yes please'),
      a('Booked.'),
      c("thanks, that's everything"),
    ];
    expect(
      closingOf('en', [...turns, a("You're set: Monday 9 June at 14:00 with Dr Hale. Bye!")]).rules,
    ).toContain('closure.wrong-recap-');
    expect(
      closingOf('en', [
        ...turns,
        a(
          "You're set: Monday 9 June at 14:30 with Dr Hale; we text a reminder by 9:30 that morning. Bye!",
        ),
      ]).rules,
    ).not.toContain('closure.wrong-recap-');
    const skipped: Turn[] = [
      c('Can I skip my next delivery?'),
      a("I've skipped the box due on 12 May, so your next one arrives on 26 May."),
      c('thanks, that is it'),
    ];
    expect(
      closingOf('en', [...skipped, a('All done! Your next box arrives on 12 May. Bye!')]).rules,
    ).toContain('closure.stale-recap-');
    expect(
      closingOf('en', [...skipped, a('All done! Your next box arrives on 26 May. Bye!')]).rules,
    ).not.toContain('closure.stale-recap-');
  });

  test('Russian: crying makes a customer upset; «указано в согласии, которое вы подписывали» blames; «Повторю ещё раз» repeats', () => {
    const history = [c('после окрашивания волосы зелёные, я реву уже час')];
    expect(rulesOf(reply('ru', 'Коррекцию сделаем бесплатно завтра в 11:00.', history))).toContain(
      'patience.no-acknowledgement',
    );
    expect(
      rulesOf(
        reply(
          'ru',
          'Такой оттенок возможен, это указано в согласии, которое вы подписывали. Коррекция бесплатно.',
          history,
        ),
      ),
    ).toContain('patience.blame');
    expect(
      rulesOf(
        reply('ru', 'Повторю ещё раз: льготный период — только при полном погашении.', [
          c('я не понимаю, объясните по-человечески'),
        ]),
      ),
    ).toContain('patience.repeating-myself');
  });

  test('Russian: «мы не перевозим» refuses, «рекомендуем рассмотреть наши …» pitches, «Можно:» answers', () => {
    expect(
      rulesOf(
        reply('ru', 'Сейфы мы не перевозим, нужна специальная бригада за 3 000 ₽.', [
          c('А сейф перевезёте?'),
        ]),
      ),
    ).toContain('positive.cannot');
    expect(
      rulesOf(
        reply('ru', 'Рекомендуем рассмотреть наши приточные клапаны — сейчас на них скидка 15%!', [
          c('на окнах конденсат, это брак?'),
        ]),
      ),
    ).toContain('gaming.upsell');
    const history: Turn[] = [
      c('какие документы нужны?'),
      a('Паспорт, СНИЛС и медицинская справка.'),
      c('ок спасибо. а справку можно принести позже?'),
    ];
    expect(
      closingOf('ru', [
        ...history,
        a(
          'Можно: договор заключим без справки, принесите её до начала вождения. Подсказать что-то ещё?',
        ),
      ]).rules,
    ).not.toContain('closure.premature-');
  });

  test('a no to a question about something bad is good news, not a flat no', () => {
    expect(
      rulesOf(
        reply(
          'ru',
          'Скорее всего нет. Конденсат бывает от влажности: проветривайте утром 10 минут.',
          [c('на новых окнах конденсат. это брак?')],
        ),
      ),
    ).not.toContain('positive.flat-no');
    expect(
      rulesOf(reply('ru', 'Скорее всего нет.', [c('Можно перенести доставку на завтра?')])),
    ).toContain('positive.flat-no');
  });
});

describe('41. from the fiftieth outside pairs (outside-40.jsonl)', () => {
  test("blaming the customer's own input, and tears, in English", () => {
    const history = [
      c("I sent £900 to the wrong account, one digit wrong. It was my rent, I'm honestly in tears"),
    ];
    expect(
      rulesOf(
        reply(
          'en',
          "I've raised a recall, ref TR-5521; banks usually answer within 5 days.",
          history,
        ),
      ),
    ).toContain('patience.no-acknowledgement');
    expect(
      rulesOf(
        reply(
          'en',
          "Payments go out based on the details you enter, and we did show you a warning. I've raised a recall.",
          history,
        ),
      ),
    ).toContain('patience.blame');
    expect(
      rulesOf(
        reply(
          'en',
          "You've done the right thing telling us straight away: I've raised a recall, ref TR-5521.",
          history,
        ),
      ),
    ).not.toContain('patience.no-acknowledgement');
    expect(
      rulesOf(
        reply(
          'en',
          'The photo sat outside the safe zone, so it was printed as designed. We can reprint.',
          [c('The photo of my late grandad is cut off in the book!!')],
        ),
      ),
    ).toContain('patience.blame');
  });

  test('"thats all" without the apostrophe says that was all; "Hope the clean-up goes okay." says goodbye', () => {
    const turns: Turn[] = [
      c('can I move my booking to next week? ref HC-2210'),
      a('Done: you are booked for 14 to 21 September, ref HC-2210.'),
      c('perfect thats all, thanks'),
    ];
    expect(
      closingOf('en', [...turns, a("You're welcome: 14 to 21 September, ref HC-2210. Bye!")]).rules,
    ).toContain('closure.anything-else+');
    expect(
      closingOf('en', [
        c('water is coming through my ceiling'),
        a("I've logged claim CL-4410 and a plumber will call within 2 hours."),
        c("ok thanks, that's all for now"),
        a(
          'So claim CL-4410 is logged and a plumber calls within 2 hours. Hope the clean-up goes okay.',
        ),
      ]).rules,
    ).toContain('closure.farewell+');
  });

  test('Russian: «бесплатно не возим» refuses; «совсем скоро», «мы свяжемся» and «передали информацию в отдел» are vague', () => {
    expect(
      rulesOf(
        reply('ru', 'Дальше 50 км бесплатно не возим, доплата 60 ₽ за км.', [
          c('эвакуатор до дилера за 120 км бесплатно?'),
        ]),
      ),
    ).toContain('positive.cannot');
    const waiting = [c('сколько ещё ждать эвакуатор? уже час стою!!')];
    expect(
      rulesOf(reply('ru', 'Эвакуатор уже в пути и совсем скоро будет у вас.', waiting)),
    ).toContain('positive.vague');
    expect(
      rulesOf(
        reply('ru', 'Оставьте заявку, и мы свяжемся с вами!', [
          c('какой будет платёж по ипотеке?'),
        ]),
      ),
    ).toContain('positive.vague');
    expect(
      rulesOf(
        reply(
          'ru',
          'Фото будут готовы через 2–3 недели, мы напишем в WhatsApp, когда можно забирать.',
          [c('когда забрать фото?')],
        ),
      ),
    ).not.toContain('positive.vague');
    expect(
      rulesOf(
        reply('ru', 'Мы передали информацию о заказе 55120 в отдел контроля качества.', [
          c('фото вышли темнее, почему?'),
        ]),
      ),
    ).toContain('positive.vague');
  });

  test('Russian: «какой будет платёж?» and «сколько переплачу?» need an amount', () => {
    const history = [
      c('какой будет платёж, если взять 6 млн на 20 лет под 16%? и сколько переплачу всего'),
    ];
    expect(
      rulesOf(
        reply(
          'ru',
          'Размер платежа зависит от многих факторов. Наши специалисты с радостью подберут решение.',
          history,
        ),
      ),
    ).toContain('positive.unanswered-question');
  });

  test('a first message about help already given («вы нас выручили», «всё понятно, записала») is a confirmation', () => {
    expect(
      closingOf('ru', [
        c('да, всё понятно, записала — 15 октября в 11:00, кабинет 3. спасибо!'),
        a('Всё верно: 15 октября, 11:00, кабинет 3. До встречи!'),
      ]).rules,
    ).not.toContain('closure.premature-');
    expect(
      closingOf('ru', [
        c('Здравствуйте, хочу записаться на настройку аппарата, спасибо!'),
        a('Записала на 15 октября в 11:00. До встречи!'),
      ]).rules,
    ).toContain('closure.premature-');
  });

  test('«Удачи на линейке!» says goodbye at the close; «удачи на экзамене» after an answer only wishes well', () => {
    expect(
      closingOf('ru', [
        c('Форма приедет к 1 сентября?'),
        a('Да, заказ 7710 передан в СДЭК, доставка 29 августа с 10 до 18.'),
        c('всё, спасибо, ждём посылку'),
        a('Пожалуйста! Заказ 7710 приедет 29 августа с 10 до 18. Удачи на линейке!'),
      ]).rules,
    ).toContain('closure.farewell+');
    expect(
      rulesOf(
        reply(
          'ru',
          'Воду дадут сегодня к 20:00, а душевая на втором этаже открыта до 23:00. Удачи на экзамене!',
          [c('когда дадут воду? завтра экзамен, мне бы помыться')],
        ),
      ),
    ).not.toContain('patience.closing-too-early');
  });
});

describe('42. from the fifty-second outside pairs (outside-41.jsonl)', () => {
  test('advice on what the customer should have done, "You asked this earlier" and "since you insist" talk down', () => {
    const history = [
      c('I have sent my meter reading THREE times and the bill is still estimated!!'),
    ];
    expect(
      rulesOf(
        reply(
          'en',
          "It's worth double-checking you're reading the right dials before you submit. I've put the reading on manually.",
          history,
        ),
      ),
    ).toContain('patience.condescending');
    expect(
      rulesOf(
        reply(
          'en',
          'For future purchases, it’s worth checking the photos carefully. I’ve opened a dispute.',
          [c('The phone arrived cracked and the seller ignores me!!')],
        ),
      ),
    ).toContain('patience.condescending');
    expect(
      rulesOf(
        reply('en', 'You asked this earlier. Yes, you would have to retake the theory test.', [
          c("sorry to ask again, I'm panicking: do I have to retake the theory??"),
        ]),
      ),
    ).toContain('patience.repeating-myself');
    expect(
      rulesOf(
        reply('ru', 'Хорошо, раз вы настаиваете. Подписка отключена.', [
          c('Я в третий раз прошу: отмените подписку!!'),
        ]),
      ),
    ).toContain('patience.condescending');
  });

  test('kind words the customer needs: "not anything you did", "You\'re not bothering me at all"', () => {
    expect(
      rulesOf(
        reply(
          'en',
          "The estimate is down to us, not anything you did: I've put 08342 on manually and the new bill comes within 48 hours.",
          [c('THREE readings sent and still estimated!! What is the point of the app??')],
        ),
      ),
    ).not.toContain('patience.no-acknowledgement');
    expect(
      rulesOf(
        reply(
          'en',
          "You're not bothering me at all. Only if you can't take the practical by 1 August.",
          [c("sorry to bother you again, I'm panicking: do I have to retake the theory??")],
        ),
      ),
    ).not.toContain('patience.no-acknowledgement');
  });

  test('"… is awful, especially …" acknowledges the loss', () => {
    expect(
      rulesOf(
        reply(
          'en',
          "Finding it in the bin with no word from anyone is awful, especially when it was your grandmother's. Our insurance covers it.",
          [c("your cleaner broke my grandmother's vase and said nothing!! i'm so upset")],
        ),
      ),
    ).not.toContain('patience.no-acknowledgement');
  });

  test('"I\'ll take it up with her manager" acts; "take it up with your bank" passes the buck', () => {
    const history = [c('Your cleaner broke my vase and said nothing!!')];
    expect(
      rulesOf(
        reply(
          'en',
          "I'm so sorry. I'll take it up with her manager today and our insurance covers it.",
          history,
        ),
      ),
    ).not.toContain('patience.dismissive');
    expect(rulesOf(reply('en', 'You could take it up with your home insurer.', history))).toContain(
      'patience.dismissive',
    );
  });

  test('farewells: "Good luck on the day, Ellie!", "Happy crafting", «Выздоравливайте и удачи на экзамене!»', () => {
    expect(
      closingOf('en', [
        c('need to move my test'),
        a('Booked: Tuesday 3 March at 10:14 at Garretts Green, no change fee.'),
        c("amazing, thank you, that's everything"),
        a('So: Tuesday 3 March at 10:14 at Garretts Green, no fee. Good luck on the day, Ellie!'),
      ]).rules,
    ).toContain('closure.farewell+');
    expect(
      closingOf('ru', [
        c('хочу перенести экзамен, заболел'),
        a('Перенесла на 4 декабря, 10:40, сбор не взяли.'),
        c('понял, спасибо, всё ясно'),
        a('Итог: 4 декабря в 10:40, перенос бесплатный. Выздоравливайте и удачи на экзамене!'),
      ]).rules,
    ).toContain('closure.farewell+');
    expect(
      rulesOf(
        reply('en', 'Your order ships tomorrow. Happy crafting 🧶', [
          c('thanks! oh wait, can I add a pack of needles before it ships?'),
        ]),
      ),
    ).toContain('patience.closing-too-early');
  });

  test("a pitch is no answer for the customer's words inside it; “ask your granddaughter to help” deflects", () => {
    expect(
      rulesOf(
        reply(
          'en',
          'Did you know you can save 15% with our Family Season Pass? It includes the full kit bundle for just £119.',
          [c('Is the kit included in the £60 or extra? And what size top for a 9 year old?')],
        ),
      ),
    ).toContain('gaming.upsell');
    expect(
      rulesOf(
        reply('ru', 'Выберите время в приложении. Если не получится, попросите внучку помочь.', [
          c('я не понимаю, что такое окно доставки, я не умею в приложениях'),
        ]),
      ),
    ).toContain('positive.deflection');
  });

  test('Russian: a guess at what happened, “we are looking into it” and “we will fix it” with no time are vague; a chat closed in two minutes hurries', () => {
    expect(
      rulesOf(
        reply('ru', 'Перерасчёт мог быть выполнен по ряду причин.', [
          c('почему перерасчёт +2 340?'),
        ]),
      ),
    ).toContain('positive.vague');
    expect(
      rulesOf(
        reply('ru', 'Мы уже разбираемся в ситуации и обязательно исправим ошибку.', [
          c('привезли не то лекарство!! у ребёнка температура'),
        ]),
      ),
    ).toContain('positive.vague');
    expect(
      rulesOf(
        reply('ru', 'Разбираюсь прямо сейчас: курьер привезёт сироп до 20:30.', [
          c('привезли не то лекарство!! у ребёнка температура'),
        ]),
      ),
    ).not.toContain('positive.vague');
    expect(
      closingOf('ru', [
        c('можно приостановить уборки на декабрь?'),
        a('Да, пауза с 1 по 31 декабря, списаний не будет.'),
        c('отлично, спасибо!'),
        a('Рада помочь! Если больше нет вопросов, я закрою этот чат через 2 минуты.'),
      ]).rules,
    ).not.toContain('closure.summary+');
    expect(
      rulesOf(
        reply('ru', 'Рада помочь! Если больше нет вопросов, я закрою этот чат через 2 минуты.', [
          c('отлично, спасибо!'),
        ]),
      ),
    ).toContain('patience.hurry');
  });
});

describe('43. from the fifty-fourth outside pairs (outside-42.jsonl)', () => {
  test('a cheaper plan for a customer who wants to pause is a way to save; for one who wants to cancel it is a pitch', () => {
    const pause = [
      c("I'm away for 2 months, can I pause my Platinum plan so I'm not paying for nothing?"),
    ];
    expect(
      rulesOf(
        reply(
          'en',
          "The cheapest way is to switch to our Basic plan at £4.99 a month while you're away, then back when you return.",
          pause,
        ),
      ),
    ).not.toContain('gaming.upsell');
    expect(
      rulesOf(
        reply(
          'ru',
          'Может быть, вам подойдёт тариф «Эконом» за 590 ₽ — те же картриджи, просто реже?',
          [c('как отменить подписку? и вернут ли деньги за последний месяц?')],
        ),
      ),
    ).toContain('gaming.upsell');
    expect(
      rulesOf(
        reply(
          'en',
          'Great news — our Pro plan includes Document Mode and offline packs for just £4.99 a month!',
          [c('how do I translate a photo of a letter?')],
        ),
      ),
    ).toContain('gaming.upsell');
  });

  test('the small print as the answer and "read it carefully" talk down, in both languages', () => {
    expect(
      rulesOf(
        reply(
          'ru',
          'Время сборки ориентировочное — об этом написано при оформлении заказа. Заказ вынесут через 10 минут.',
          [c('40 минут жду у пункта выдачи!! вы издеваетесь?')],
        ),
      ),
    ).toContain('patience.blame');
    expect(
      rulesOf(
        reply(
          'ru',
          'Если внимательно прочитать пункт 4.2, там прямо указано, что компрессор входит.',
          [c('я спрашиваю простой вопрос: компрессор меняете бесплатно или нет?')],
        ),
      ),
    ).toContain('patience.condescending');
    expect(
      rulesOf(
        reply(
          'en',
          'If you read clause 4.2 carefully, it clearly says the compressor is covered.',
          [c('I am asking a simple question: is the compressor covered or not?')],
        ),
      ),
    ).toContain('patience.condescending');
  });

  test('kind words and refusals in Russian: «сорок минут — это правда очень долго», «вопросы совсем не глупые», «показы не проводятся»', () => {
    expect(
      rulesOf(
        reply('ru', 'Сорок минут — это правда очень долго. Заказ вынесут через 10 минут.', [
          c('40 минут жду у пункта выдачи!! вы издеваетесь?'),
        ]),
      ),
    ).not.toContain('patience.no-acknowledgement');
    expect(
      rulesOf(
        reply('ru', 'В воскресенье показы не проводятся. Есть суббота с 10 до 18.', [
          c('можно посмотреть квартиру в воскресенье?'),
        ]),
      ),
    ).toContain('positive.cannot');
  });

  test('«всё заработало!!» is joy, not anger; «уведомим вас» and «делают всё возможное» without a time are vague', () => {
    expect(
      closingOf('ru', [
        c('поменял телефон и премиум пропал'),
        a('Восстановила покупку. Перезапустите приложение.'),
        c('всё заработало!! ура, спасибо огромное'),
        a('Отлично! Премиум активен до 14 февраля. Хорошего дня!'),
      ]).rules,
    ).not.toContain('closure.premature-');
    expect(
      rulesOf(
        reply(
          'ru',
          'Специалисты делают всё возможное, мы обязательно уведомим вас об изменении статуса.',
          [c('ноутбук в ремонте с 3 числа, где он?')],
        ),
      ),
    ).toContain('positive.vague');
  });

  test('«здесь в чате» keeps the door open for a customer who will think it over; "Enjoy!" says goodbye', () => {
    expect(
      closingOf('ru', [
        c('сколько стоит тв+интернет?'),
        a('Тариф «Семейный»: 650 ₽ в месяц, цена до 31 мая.'),
        c('подумаю ещё, посоветуюсь с женой'),
        a('Конечно, посоветуйтесь. Перейти можно здесь в чате до 31 мая. Хорошего вечера!'),
      ]).rules,
    ).not.toContain('closure.premature-');
    expect(
      closingOf('en', [
        c('Netflix will not let me sign in'),
        a("I've sent a new activation link to your email."),
        c("that worked, it's showing now, that's all, cheers"),
        a('Great to hear! Netflix is now part of your bundle at no extra cost. Enjoy!'),
      ]).rules,
    ).toContain('closure.farewell+');
  });
});

describe('44. from the fifty-sixth outside pairs (outside-43.jsonl)', () => {
  test('"on your side" and "make sure … so it doesn\'t happen again" put it on the customer; "it\'s fixable" reassures', () => {
    const history = [c('my exam cut out!!! it says session terminated, is my exam gone???')];
    expect(
      rulesOf(
        reply(
          'en',
          'That usually means the connection dropped on your side. I have reopened it.',
          history,
        ),
      ),
    ).toContain('patience.blame');
    expect(
      rulesOf(
        reply(
          'en',
          "I've reopened it with 38 minutes left. Please make sure you're on a stable connection this time so it doesn't happen again.",
          history,
        ),
      ),
    ).toContain('patience.condescending');
    expect(
      rulesOf(
        reply(
          'en',
          "Take a breath, it's fixable: your answers are saved and I've reopened the session.",
          history,
        ),
      ),
    ).not.toContain('patience.no-acknowledgement');
  });

  test('"no charge if we can\'t …" is a promise; "I\'d recommend reviewing the permits page" deflects', () => {
    expect(
      rulesOf(
        reply('en', "We assess it free, and there's no charge if we can't get your photos back.", [
          c('can you get my photos off the old drive? it clicks'),
        ]),
      ),
    ).not.toContain('positive.cannot');
    expect(
      rulesOf(
        reply(
          'en',
          "I'd recommend reviewing the permits page on our website to find the best option.",
          [c('is there a carer parking permit or do I keep buying vouchers??')],
        ),
      ),
    ).toContain('positive.deflection');
  });

  test('Russian: third-party refusals, lectures and “one question at a time” are marked; «если не получится — …» is not a refusal', () => {
    expect(
      rulesOf(
        reply('ru', 'В субботу мастера не выезжают, есть среда в 19:30.', [
          c('можно настройщика в субботу?'),
        ]),
      ),
    ).toContain('positive.cannot');
    expect(
      rulesOf(
        reply(
          'ru',
          'Рекомендуем всегда указывать в заказе код двери. Другой выгульщик будет через 40 минут.',
          [c('выгульщик не пришёл!! собака весь день дома')],
        ),
      ),
    ).toContain('patience.condescending');
    expect(
      rulesOf(
        reply('ru', 'Пожалуйста, задавайте вопросы по одному. Камера ноутбука подойдёт.', [
          c('нужна ли веб-камера, можно ли черновик и что будет, если отключат свет?'),
        ]),
      ),
    ).toContain('patience.hurry');
    expect(
      rulesOf(
        reply(
          'ru',
          'Закройте Zoom и обновите страницу. Если не получится — напишите, подключу техподдержку.',
          [c('камера не обнаружена, экзамен через 10 минут!!')],
        ),
      ),
    ).not.toContain('positive.cannot');
  });

  test('Russian wishes that end a chat: «Хорошей встречи с родителями!», «Пусть у ветеринара всё пройдёт хорошо!»', () => {
    expect(
      closingOf('ru', [
        c('оформите гостевое разрешение на 20–22 марта'),
        a('Оформила разрешение Г-30417 с 20 по 22 марта, 600 ₽ списано.'),
        c('спасибо, всё понятно'),
        a('Разрешение Г-30417 действует с 20 по 22 марта. Хорошей встречи с родителями!'),
      ]).rules,
    ).toContain('closure.farewell+');
    expect(
      closingOf('ru', [
        c('отмените прогулку на завтра, мы к ветеринару'),
        a('Отменила без списания, в субботу в 10:00 придёт Кирилл.'),
        c('спасибо огромное, всё!'),
        a(
          'Итак: завтра прогулки нет, в субботу в 10:00 Кирилл. Пусть у ветеринара всё пройдёт хорошо!',
        ),
      ]).rules,
    ).toContain('closure.farewell+');
  });
});

describe('45. from the fifty-seventh outside pairs (outside-44.jsonl)', () => {
  test('a recap with an amount a digit off, a date moved within the month or a house number swapped is a wrong recap', () => {
    const credit = [
      c('the heater in my van keeps cutting out, policy VN-3310'),
      a(
        'Sorry about that. An engineer will call on Tuesday 4th between 8 and 10am, and I have put a £30 credit on your account that comes off your bill on the 15th.',
      ),
      c('brilliant, thanks, that is all'),
    ];
    expect(
      closingOf('en', [
        ...credit,
        a(
          'So: the engineer calls Tuesday 4th, 8 to 10am, and £80 comes off your bill on the 15th. Thanks for getting in touch, bye for now!',
        ),
      ]).rules,
    ).toContain('closure.wrong-recap-');
    expect(
      closingOf('en', [
        ...credit,
        a(
          'So: the engineer calls Tuesday 4th, 8 to 10am, and £30 comes off your bill on the 15th. Thanks for getting in touch, bye for now!',
        ),
      ]).rules,
    ).not.toContain('closure.wrong-recap-');
    const ruling = [
      c('с меня сняли 2 500 за повреждение самоката, а я его сдал целым'),
      a('Передала фото в отдел претензий. Ответ по претензии будет до 18 июня, на вашу почту.'),
      c('ок, спасибо, жду'),
    ];
    expect(
      closingOf('ru', [
        ...ruling,
        a(
          'Итак: претензия по 2 500 ₽ в работе, ответ по претензии придёт до 16 июня на почту. Спасибо, что написали, всего доброго!',
        ),
      ]).rules,
    ).toContain('closure.wrong-recap-');
    expect(
      closingOf('ru', [
        ...ruling,
        a(
          'Итак: претензия по 2 500 ₽ в работе, ответ по претензии придёт до 18 июня на почту. Спасибо, что написали, всего доброго!',
        ),
      ]).rules,
    ).not.toContain('closure.wrong-recap-');
    expect(
      closingOf('ru', [
        c('нужна установка посудомойки, ул. Лесная 46, кв 3'),
        a('Записал: среда, 12 марта, с 14:00 до 18:00, ул. Лесная, 46, кв. 3. Установка 2 000 ₽.'),
        c('всё, спасибо'),
        a('Ждём мастера в среду, 12 марта, с 14 до 18 на Лесной, 64, кв. 3. Спасибо, до свидания!'),
      ]).rules,
    ).toContain('closure.wrong-recap-');
  });

  test('guard: a total worked out from the chat, an extra charge and a deadline counted on are not wrong recaps', () => {
    expect(
      closingOf('en', [
        c('can you fit the new blinds on Friday 9 May?'),
        a('Yes, Friday 9 May at 10am. Fitting is £140.'),
        c('great. can they take the old ones away as well?'),
        a('Yes, removal is another £20, so £160 in all.'),
        c('perfect, thanks, that is everything'),
        a(
          'Lovely: fitting and removal on Friday 9 May at 10am, £160 in all. Thanks for booking with us, have a good weekend!',
        ),
      ]).rules,
    ).not.toContain('closure.wrong-recap-');
    expect(
      closingOf('ru', [
        c('верните деньги за подписку, списали 3 апреля, я не продлевала'),
        a('Оформила возврат 399 ₽, деньги придут в течение 5 рабочих дней.'),
        c('поняла, спасибо'),
        a('Итого: 399 ₽ вернутся на карту до 10 апреля. Всего доброго!'),
      ]).rules,
    ).not.toContain('closure.wrong-recap-');
  });

  test('a goodbye with a sales pitch or a rating request costs the closing; a discount given as amends does not', () => {
    const paused = [
      c('please pause my coffee box for two months, money is tight'),
      a('Done: no boxes or charges in March and April; the next box is £24 on 1 May.'),
      c('thank you, that was easy'),
    ];
    const plain = closingOf('en', [
      ...paused,
      a('My pleasure. No boxes or charges in March or April, and £24 on 1 May. Take care!'),
    ]);
    const pitch = closingOf('en', [
      ...paused,
      a(
        'My pleasure. No boxes or charges in March or April, and £24 on 1 May. Before you go, our single-origin bundle is 25% off this week if you fancy treating yourself. Take care!',
      ),
    ]);
    expect(pitch.rules).toContain('closure.sour-note-');
    expect(pitch.score!).toBeLessThan(plain.score!);
    expect(
      closingOf('ru', [
        c('скорость после переезда была 20 мбит, теперь вроде норм'),
        a('Обновила профиль порта под ваш тариф «Дом 500». Проверьте скорость, пожалуйста.'),
        c('да, 480 по кабелю, всё работает, спасибо!'),
        a(
          'Рада, что всё заработало! После чата будет опрос — поставьте, пожалуйста, пятёрку. Хорошего вечера!',
        ),
      ]).rules,
    ).toContain('closure.sour-note-');
    expect(
      closingOf('ru', [
        c('привезли разбитую банку, пришлите замену'),
        a('Замену привезут завтра с 10 до 12, бесплатно.'),
        c('спасибо, всё'),
        a(
          'Итак, замена завтра с 10 до 12, а промокод на 300 ₽ в извинение уже на почте. Хорошего дня!',
        ),
      ]).rules,
    ).not.toContain('closure.sour-note-');
  });

  test('a customer who will try it later or go and check has a step left: a goodbye that calls it sorted does not close it', () => {
    const pending = (lang: Lang, last: string) => [
      c(
        lang === 'en'
          ? 'the upload link for my claim has expired'
          : 'ссылка для загрузки документов не открывается',
      ),
      a(
        lang === 'en'
          ? 'I have sent a fresh link, valid for 7 days.'
          : 'Отправила новую ссылку, она действует 7 дней.',
      ),
      c(last),
    ];
    expect(
      closingOf('en', [
        ...pending('en', "ok got it. i'll do the photos tonight when i'm home and see if it works"),
        a('Great, glad that is all sorted! Thanks for contacting us, have a good evening.'),
      ]).rules,
    ).toContain('closure.left-pending-');
    expect(
      closingOf('ru', [
        ...pending('ru', 'поняла, спасибо. сейчас гляну, открывается ли'),
        a('Отлично! Спасибо за обращение, всего доброго!'),
      ]).rules,
    ).toContain('closure.left-pending-');
    expect(
      closingOf('ru', [
        ...pending('ru', 'поняла, спасибо. сейчас гляну, открывается ли'),
        a(
          'Конечно, проверьте: ссылка действует 7 дней. Если не откроется — напишите сюда, я подожду.',
        ),
      ]).rules,
    ).not.toContain('closure.left-pending-');
  });

  test('tone policing, waving the alarm away and reciting the customer\'s omission are marked; "I\'d be fed up too" acknowledges', () => {
    const angry = [c('three hours on hold and still no refund, this is a bloody joke')];
    expect(
      rulesOf(
        reply(
          'en',
          'Please note that abusive language is not tolerated and may lead to this chat being closed. The refund went out today.',
          angry,
        ),
      ),
    ).toContain('patience.tone-policing');
    expect(
      rulesOf(
        reply('en', 'Honestly, nothing to get worked up about. The refund went out today.', angry),
      ),
    ).toContain('patience.dismissive');
    expect(
      rulesOf(
        reply('en', "Three hours on hold, I'd be fed up too. The refund went out today.", angry),
      ),
    ).not.toContain('patience.no-acknowledgement');
    expect(
      rulesOf(
        reply('en', "You haven't given the required notice, so the last month is charged.", [
          c('why am I charged for June, I cancelled??'),
        ]),
      ),
    ).toContain('patience.blame');
  });

  test('Russian: «прошу общаться без крика», «вы её не отключили, поэтому», «стоило учесть при выборе»; «а не ваша проблема» and «понимаю, почему вы …» are not accusations', () => {
    const angry = [c('ВЫ ИЗДЕВАЕТЕСЬ?? второй раз мастер не пришёл!!!')];
    expect(
      rulesOf(reply('ru', 'Прошу общаться без крика. Мастер будет через 30 минут.', angry)),
    ).toContain('patience.tone-policing');
    const kind = rulesOf(
      reply(
        'ru',
        'Злиться вы имеете полное право: это наш провал, а не ваша проблема. Мастер будет через 30 минут, я держу заявку на контроле.',
        angry,
      ),
    );
    expect(kind).not.toContain('patience.blame');
    expect(kind).not.toContain('patience.no-acknowledgement');
    expect(
      rulesOf(
        reply('ru', 'Понимаю, почему вы в бешенстве, я бы тоже была. Курьер будет к 20:15.', [
          c('заказ должен был быть в 16, сейчас 19. я просто в бешенстве'),
        ]),
      ),
    ).not.toContain('patience.why-you');
    expect(
      rulesOf(
        reply(
          'ru',
          'В заказе была галочка «Заменять на аналог». Вы её не отключили, поэтому сборщик заменил товар.',
          [c('почему мне привезли другой сыр?')],
        ),
      ),
    ).toContain('patience.blame');
    expect(
      rulesOf(
        reply(
          'ru',
          'Окна на дорогу указаны в описании — это стоило учесть при выборе. Переселим сегодня.',
          [c('номер окнами на трассу, я не сплю третью ночь')],
        ),
      ),
    ).toContain('patience.blame');
  });

  test('formulas with nothing behind them: "our team will be happy to help", "I\'ve noted your questions", an FAQ pointer, a hand-off with no time, a letter template', () => {
    const two = [c('can I move to the morning group? and does the price change?')];
    const noted = rulesOf(
      reply(
        'en',
        "Thank you for your message! I've noted both of your questions. Our team will be happy to help you with this.",
        two,
      ),
    );
    expect(noted.some((r) => r === 'gaming.fake-resolution' || r === 'gaming.stuffing')).toBe(true);
    expect(
      rulesOf(
        reply('en', 'Re-entry details can be found in our FAQs.', [
          c('can I leave the arena and come back in?'),
        ]),
      ),
    ).toContain('positive.deflection');
    expect(
      rulesOf(
        reply('en', "I'm going to pass this to our payments team, who'll look into it.", [
          c('money left my account but no confirmation, did the order go through?'),
        ]),
      ),
    ).toContain('positive.vague');
    expect(
      rulesOf(
        reply(
          'ru',
          'Уважаемый клиент! Перенос услуги оформляется в личном кабинете. С уважением, служба поддержки.',
          [c('переезжаю, сохранится ли мой тариф?')],
        ),
      ),
    ).toContain('patience.form-letter');
    expect(
      rulesOf(
        reply(
          'ru',
          'Понимаю, как это важно! Я уже занимаюсь вашим вопросом и обязательно вам помогу. Спасибо, что обратились!',
          [c('забыла в такси пакет с лекарствами, ехала в 14:00 с вокзала')],
        ),
      ),
    ).toContain('gaming.stuffing');
    expect(
      rulesOf(
        reply('ru', 'Все цены у нас прозрачные, мастера работают строго по регламенту.', [
          c('4 500 за заправку фреоном — это нормально?'),
        ]),
      ),
    ).toContain('gaming.stuffing');
  });

  test('«спасибо огромное!!» and "thanks so much!!" are delight: a recap and goodbye after them is not premature', () => {
    expect(
      closingOf('ru', [
        c('забыл в такси сумку, ехал сегодня в 9:10 от Сокола'),
        a('Нашёл поездку, сумка у водителя. Привезёт сегодня с 18:00 до 20:00, доставка 350 ₽.'),
        c('супер, спасибо огромное!!'),
        a(
          'Рад, что сумка нашлась! Итак: сегодня с 18:00 до 20:00 водитель привезёт её, 350 ₽ спишутся с карты. Если что-то понадобится — пишите. Хорошего дня!',
        ),
      ]).rules,
    ).not.toContain('closure.premature-');
    expect(
      rulesOf(
        reply('en', 'Glad we found it! The courier brings it tonight between 6 and 8pm.', [
          c('thanks so much!!'),
        ]),
      ),
    ).not.toContain('patience.no-acknowledgement');
  });

  test('refusals put first: "not something we can send", «не обещает», «раньше 7:00 не открывается»', () => {
    expect(
      rulesOf(
        reply(
          'en',
          "That's not something we can send them on your behalf, but I've emailed it to you.",
          [c('why has the energy company not paid me yet?')],
        ),
      ),
    ).toContain('positive.cannot');
    expect(
      rulesOf(
        reply(
          'ru',
          'Водитель в конкретное время приехать не обещает. Офис раньше 7:00 не открывается.',
          [c('когда можно забрать зонт?')],
        ),
      ),
    ).toContain('positive.cannot');
  });
});

describe('46. from the fifty-ninth outside pairs (outside-45.jsonl)', () => {
  test('rules quoted at a worried parent, a grudging concession and «всё есть в тарифах» are marked', () => {
    expect(
      rulesOf(
        reply(
          'en',
          'I understand. The club handbook asks parents to call if they are running late, but the coach should have waited. I have reported it.',
          [c('nobody was with my daughter at the gate when I arrived!!')],
        ),
      ),
    ).toContain('patience.blame');
    expect(
      rulesOf(
        reply('en', "Well, that's what the 60 days are for, but fine, I'll waive it this time.", [
          c('two weeks in and the sofa is hurting my back, I want to return it'),
        ]),
      ),
    ).toContain('patience.condescending');
    expect(
      rulesOf(
        reply('ru', 'Всё есть в тарифах: льготный период прерывается при просрочке платежа.', [
          c('почему начислили проценты? объясните по-человечески'),
        ]),
      ),
    ).toContain('patience.blame');
  });

  test('guards: "It was wrong." owns the fault, «внести его нужно было до 25-го» explains a date, "connected again, I can …" is not repeating oneself', () => {
    const upset = [c('I just want someone to admit the seat description was wrong')];
    expect(
      rulesOf(reply('en', 'It was wrong. I am sorry, and I have refunded both tickets.', upset)),
    ).not.toContain('patience.harsh-words');
    expect(
      rulesOf(
        reply(
          'ru',
          'Минимальный платёж был 1 200 ₽, внести его нужно было до 25-го. Могу оформить запрос на пересмотр.',
          [c('почему начислили проценты, я же всё вернула')],
        ),
      ),
    ).not.toContain('patience.blame');
    expect(
      rulesOf(
        reply(
          'en',
          'Switch the router off for 30 seconds. Once you are connected again, I can look at a new deal for you.',
          [c('my internet keeps dropping')],
        ),
      ),
    ).not.toContain('patience.repeating-myself');
  });

  test('closing: "I\'ll go ahead and close the chat" closes; a customer who will see tonight has a step left; a wrong name is a wrong recap; the day of «Ждём вас в субботу» is no recap', () => {
    expect(
      closingOf('en', [
        c('when does my refund arrive?'),
        a('Within 5 working days of the collection tomorrow: £420 back to your card.'),
        c('ok thats all. oh wait, do I need to be home for it?'),
        a("Someone needs to be home. I'll go ahead and close the chat now, thanks!"),
      ]).rules,
    ).toContain('closure.premature-');
    expect(
      closingOf('en', [
        c('my wifi drops every evening'),
        a('I have moved your router to a quieter channel. If it drops again tonight, reply here.'),
        c('ok will see tonight, thanks'),
        a("Great, that should be fixed. I'll mark this as resolved. Have a good evening!"),
      ]).rules,
    ).toContain('closure.left-pending-');
    const named = [
      c('Hi, this is Hannah Reid. Can I swap my duvet for a lighter one?'),
      a('Hi Hannah! Yes, the Light Tog is the same price, so nothing to pay. Delivery is Friday.'),
      c('perfect, thanks so much'),
    ];
    expect(
      closingOf('en', [
        ...named,
        a('Anytime, Helen. So the Light Tog arrives on Friday with nothing to pay. Sleep well!'),
      ]).rules,
    ).toContain('closure.wrong-recap-');
    expect(
      closingOf('en', [
        ...named,
        a('Anytime, Hannah. So the Light Tog arrives on Friday with nothing to pay. Sleep well!'),
      ]).rules,
    ).not.toContain('closure.wrong-recap-');
    expect(
      closingOf('ru', [
        c('запишите сына к окулисту, лучше в субботу'),
        a('Записала: суббота, 12 апреля, 10:20, кабинет 204, приём 2 400 ₽.'),
        c('спасибо, всё'),
        a('Пожалуйста! Ждём вас в субботу.'),
      ]).rules,
    ).not.toContain('closure.summary+');
  });

  test('«слила!! ошибки нет. спасибо» is relief, not anger: a recap and goodbye after it is not premature', () => {
    expect(
      closingOf('ru', [
        c('посудомойка не сливает, ошибка E24'),
        a('Почистите фильтр внизу и запустите «Слив».'),
        c('слила!! ошибки нет. спасибо, мастер не нужен'),
        a(
          'Ура! Значит, дело было в фильтре, ошибка ушла. Что-нибудь ещё подсказать? Если нет — хорошего дня!',
        ),
      ]).rules,
    ).not.toContain('closure.premature-');
  });

  test('a reply that only says the question back is generic', () => {
    expect(
      rulesOf(
        reply(
          'en',
          "Thanks for getting in touch! Just to make sure I've got this right, you'd like to know whether returning the sofa means a full refund. That's a really important question!",
          [c('if I return the sofa on day 85 of the trial do I get the full £1,099 back?')],
        ),
      ),
    ).toContain('gaming.generic');
  });
});

describe('47. from the sixty-first outside pairs (outside-46.jsonl)', () => {
  test('a slot restated on another day than the one confirmed at that time is a wrong recap', () => {
    const booked = [
      c('can I move my eye test from Monday?'),
      a('I have Wednesday 14 May at 10:30 or Thursday 15 May at 16:00.'),
      c('wednesday please'),
      a('All booked: Wednesday 14 May at 10:30.'),
      c('great, thanks, that is all'),
    ];
    expect(
      closingOf('en', [
        ...booked,
        a('You are now booked for Thursday 15 May at 10:30. Thanks for letting us know, goodbye!'),
      ]).rules,
    ).toContain('closure.wrong-recap-');
    expect(
      closingOf('en', [
        ...booked,
        a('You are now booked for Wednesday 14 May at 10:30. Thanks for letting us know, goodbye!'),
      ]).rules,
    ).not.toContain('closure.wrong-recap-');
    expect(
      closingOf('ru', [
        c('перенесите стрижку на пятницу или субботу'),
        a('Свободно в пятницу, 21-го, в 17:00 и в субботу, 22-го, в 12:00.'),
        c('пятница 17:00'),
        a('Записала: пятница, 21 марта, 17:00.'),
        c('спасибо!'),
        a('Ждём вас в субботу, 22 марта, в 17:00. Хорошего дня!'),
      ]).rules,
    ).toContain('closure.wrong-recap-');
  });

  test('a price for what an agent said was free is a wrong recap; a free slot is not a price', () => {
    const warranty = [
      c('кондиционер снова не холодит'),
      a(
        'Это гарантийный случай: повторную диагностику сделаем бесплатно. Записала на завтра, 9:00.',
      ),
      c('понятно, спасибо'),
    ];
    expect(
      closingOf('ru', [
        ...warranty,
        a('Итак, завтра в 9:00 мастер, диагностика обойдётся в 500 ₽. Хорошего вечера!'),
      ]).rules,
    ).toContain('closure.wrong-recap-');
    expect(
      closingOf('en', [
        c('can I book a haircut with Sam next week?'),
        a('Sam has Tuesday at 3pm or Thursday at 11am free.'),
        c('Thursday please, that is all'),
        a('Done: Thursday at 11am with Sam, £38 as usual. Thanks, see you Thursday!'),
      ]).rules,
    ).not.toContain('closure.wrong-recap-');
  });

  test("Russian: rules and the customer's omission cited, pointing back to an earlier message, and company praise are marked", () => {
    expect(
      rulesOf(
        reply(
          'ru',
          'Поездка не завершилась, потому что вы не дождались щелчка замка, а в правилах указано, что статус нужно проверять.',
          [c('списали 900 рублей, я катался 15 минут!!')],
        ),
      ),
    ).toContain('patience.blame');
    expect(
      rulesOf(
        reply('ru', '15:30, это есть в первом моём сообщении выше.', [
          c('ой, а во сколько я записана? запуталась'),
        ]),
      ),
    ).toContain('patience.repeating-myself');
    const puff = rulesOf(
      reply(
        'ru',
        'Спасибо за вопрос! Наши мастера — настоящие профессионалы, созданы все условия для качественного ремонта. Мы всё сделаем в лучшем виде!',
        [c('сколько стоит заменить молнию на сапогах?')],
      ),
    );
    expect(puff).toContain('gaming.stuffing');
  });

  test('«Точно больше ничего не подсказать?» after «вопросов нет» is asking again; «Хорошего лета!» says goodbye; a pitch in the goodbye costs', () => {
    const done = [
      c('переоформите путёвку на вторую смену'),
      a('Переоформила на вторую смену, 5–25 июля, доплата 4 000 ₽ до 1 июня.'),
      c('всё ясно, спасибо, вопросов нет'),
    ];
    expect(
      closingOf('ru', [
        ...done,
        a('Пожалуйста! Доплата 4 000 ₽ до 1 июня. Точно больше ничего не подсказать?'),
      ]).rules,
    ).not.toContain('closure.anything-else+');
    expect(
      closingOf('ru', [
        ...done,
        a('Пожалуйста! Вторая смена, 5–25 июля, доплата 4 000 ₽ до 1 июня. Хорошего лета!'),
      ]).rules,
    ).toContain('closure.farewell+');
    expect(
      closingOf('ru', [
        c('продлите аренду самоката до завтра'),
        a('Продлил до завтра, 12:00, доплата 300 ₽.'),
        c('супер, спасибо, это всё'),
        a(
          'Отлично! Продлено до 12:00 завтра. Кстати, посмотрите наш сезонный абонемент — с ним на 40% дешевле. Хороших поездок!',
        ),
      ]).rules,
    ).toContain('closure.sour-note-');
  });
});

describe('48. from the sixty-third outside pairs (outside-47.jsonl)', () => {
  test('"which is why I asked", "which is within the timeframe" and "the terms you agreed to" defend or blame; a window that allows the refund does not', () => {
    const lost = [c("it says cartridge problem like i said. i'm not very technical")];
    expect(
      rulesOf(
        reply(
          'en',
          'OK, but that can mean a few things, which is why I asked. Lift the lid.',
          lost,
        ),
      ),
    ).toContain('patience.defensive');
    expect(
      rulesOf(
        reply(
          'en',
          'The £150 was released this morning, which is within the 7-10 working day timeframe.',
          [c("i'm asking whether mine HAS been inspected. booking BR-2201")],
        ),
      ),
    ).toContain('patience.defensive');
    expect(
      rulesOf(
        reply(
          'en',
          "I'm sorry the videos froze. You joined on 3 May, which is within our 30-day window, so I can refund the £89 in full.",
          [c('the course videos keep freezing, I want my money back')],
        ),
      ),
    ).not.toContain('patience.defensive');
    expect(
      rulesOf(
        reply(
          'en',
          "As you'll see in the terms you agreed to when you joined, there's a one-month notice period.",
          [c('I cancelled!!! why have you taken £42 again??')],
        ),
      ),
    ).toContain('patience.blame');
    const fair = rulesOf(
      reply(
        'en',
        "Fair question, it does look wrong when you'd already cancelled. The notice runs to 12 April, so I'm refunding £25.20 today.",
        [c('I cancelled!!! why have you taken £42 again??')],
      ),
    );
    expect(fair).not.toContain('patience.harsh-words');
    expect(fair).not.toContain('patience.no-acknowledgement');
  });

  test('"aren\'t usually applied", "hopefully in good time", "I\'ll look into getting it processed", «в кратчайшие сроки» put the limit or the vagueness first', () => {
    expect(
      rulesOf(
        reply('en', "Plan changes aren't usually applied mid-cycle, but an upgrade is possible.", [
          c('can I upgrade to the 100 page plan right now?'),
        ]),
      ),
    ).toContain('positive.cannot');
    expect(
      rulesOf(
        reply('en', 'It should be ready later this afternoon, hopefully in good time.', [
          c('when will my car be done? I need it by 3'),
        ]),
      ),
    ).toContain('positive.vague');
    expect(
      rulesOf(
        reply('en', "Send me your moving date and I'll look into getting it processed.", [
          c('do I have to keep paying after I move in with my partner?'),
        ]),
      ),
    ).toContain('positive.vague');
    expect(
      rulesOf(
        reply('ru', 'Мы обязательно решим этот вопрос в кратчайшие сроки.', [
          c('доставка опаздывает на два часа, бригада ждёт!'),
        ]),
      ),
    ).not.toContain('positive.solution');
  });

  test('"it\'s all intuitive", «всё интуитивно понятно» to a customer who is lost talk down', () => {
    expect(
      rulesOf(
        reply('en', "It's all pretty intuitive, just tap the calendar.", [
          c("i can't find my classes in the app, i'm not good with phones"),
        ]),
      ),
    ).toContain('patience.condescending');
    expect(
      rulesOf(
        reply('ru', 'Там всё интуитивно понятно, просто нажмите на календарик.', [
          c('не могу найти своё расписание в приложении, я не очень разбираюсь'),
        ]),
      ),
    ).toContain('patience.condescending');
  });
});

describe('49. from the sixty-fifth outside pairs (outside-48.jsonl)', () => {
  test('a total with two digits swapped is a wrong recap, even when it ends in zeros', () => {
    const cleaning = [
      c('заберите в чистку два ковра'),
      a('Два шерстяных ковра — 4 050 ₽ с учётом скидки. Курьер заберёт в среду с 10 до 14.'),
      c('отлично, спасибо, это всё'),
    ];
    expect(
      closingOf('ru', [
        ...cleaning,
        a('Итак, в среду с 10 до 14 курьер заберёт ковры, чистка — 4 500 ₽. Хорошего дня!'),
      ]).rules,
    ).toContain('closure.wrong-recap-');
    expect(
      closingOf('ru', [
        ...cleaning,
        a('Итак, в среду с 10 до 14 курьер заберёт ковры, чистка — 4 050 ₽. Хорошего дня!'),
      ]).rules,
    ).not.toContain('closure.wrong-recap-');
  });

  test('arguing back, "as stated earlier", a promise to make sure it gets sorted, and a restated wish are marked', () => {
    expect(
      rulesOf(
        reply('ru', 'Никто у вас ничего не крал. 5 марта списалась подписка.', [
          c('вы украли у меня деньги, два списания!!'),
        ]),
      ),
    ).toContain('patience.defensive');
    expect(
      rulesOf(
        reply('ru', 'Как указано ранее, возврат осуществляется за вычетом проведённых занятий.', [
          c('я не поняла, вы вернёте деньги или нет?'),
        ]),
      ),
    ).toContain('patience.repeating-myself');
    expect(
      rulesOf(
        reply('en', "Rest assured I'll make sure this gets sorted for you.", [
          c('my batteries never arrived and I am on my last one'),
        ]),
      ),
    ).toContain('positive.vague');
    expect(
      rulesOf(
        reply(
          'en',
          "I understand that you'd like to switch to a different coach. Thank you for sharing your feedback, we really value it!",
          [c('can I switch coach? and can you suggest someone less strict?')],
        ),
      ),
    ).toContain('gaming.generic');
    expect(
      rulesOf(
        reply('en', "No, your household permit doesn't cover trade waste.", [
          c('can I bring plasterboard from a job with my permit?'),
        ]),
      ),
    ).toContain('positive.cannot');
  });
});

describe('50. from the sixty-sixth outside pairs (outside-49.jsonl)', () => {
  test('Russian: «не драматизируй, у многих бывает хуже» waves the worry away; «страшно, это понятно» acknowledges it', () => {
    const scared = [c('написала пробник на 52 балла, до ЕГЭ два месяца, я в панике!!')];
    expect(
      rulesOf(
        reply(
          'ru',
          'Не драматизируй, у многих бывает хуже. За 2 месяца обычно прибавляют 15 баллов.',
          scared,
        ),
      ),
    ).toContain('patience.dismissive');
    expect(
      rulesOf(
        reply(
          'ru',
          'После такого пробника страшно, это понятно. За 2 месяца обычно прибавляют 15–25 баллов.',
          scared,
        ),
      ),
    ).not.toContain('patience.no-acknowledgement');
  });

  test('offers of help and company praise with no answer are stuffing: «с радостью помогу», «гибкие условия», «заботимся о наших постояльцах»', () => {
    expect(
      rulesOf(
        reply(
          'ru',
          'Спасибо за ожидание! Я с радостью помогу вам с бронью. Мы очень заботимся о наших гостях и предлагаем гибкие условия.',
          [c('если в субботу шторм, бронь байдарки перенесут или вернут деньги?')],
        ),
      ),
    ).toContain('gaming.stuffing');
    expect(
      rulesOf(
        reply(
          'en',
          'Thanks for asking! We offer flexible payment options and we really care about our members. Happy to help!',
          [c('if I pay for the year and leave in March, do I get the rest back?')],
        ),
      ),
    ).toContain('gaming.stuffing');
  });
});

describe('51. from the sixty-eighth outside pairs (outside-50.jsonl)', () => {
  test('questioning whether the customer checked before buying is blame, in both languages', () => {
    expect(
      rulesOf(
        reply(
          'en',
          'Did you look at the sizing chart before you ordered? I can send the smaller one today.',
          [c('the trainers are a size too big, can I swap them?')],
        ),
      ),
    ).toContain('patience.blame');
    expect(
      rulesOf(
        reply(
          'ru',
          'Вы смотрели таблицу размеров перед заказом? Могу отправить размер меньше сегодня.',
          [c('кроссовки велики на размер, можно поменять?')],
        ),
      ),
    ).toContain('patience.blame');
  });

  test('«потому и уточняю» defends the question instead of answering the confused customer', () => {
    expect(
      rulesOf(
        reply('ru', 'Я понимаю, что вам нужен мастер, потому и уточняю адрес.', [
          c('я же написала, что мне мастер нужен, зачем опять спрашиваете'),
        ]),
      ),
    ).toContain('patience.defensive');
  });

  test('"it\'s natural to feel like this" acknowledges a grieving customer', () => {
    expect(
      rulesOf(
        reply(
          'en',
          "I'm so sorry. It's only natural to feel this way. For the claim, a photo of the ring is enough.",
          [c('my late mother’s ring was in the stolen bag. I don’t know what to put on the form')],
        ),
      ),
    ).toContain('patience.empathy');
  });

  test('leading with what is not there and stopping is a refusal; going on with "but" or «а» is not', () => {
    const ask = [c('can I change my ticket to Thursday without paying?')];
    expect(
      rulesOf(reply('en', "Date changes aren't free on this ticket type. There is a fee.", ask)),
    ).toContain('positive.cannot');
    expect(
      rulesOf(
        reply('en', "Date changes aren't free, but Thursday is £6 cheaper, so you'd pay £9.", ask),
      ),
    ).not.toContain('positive.cannot');
    const group = [c('хочу в группу по субботам утром')];
    expect(
      rulesOf(reply('ru', 'Мест нет, группа набрана полностью. Есть другие группы.', group)),
    ).toContain('positive.cannot');
    expect(
      rulesOf(
        reply(
          'ru',
          'Субботняя группа набрана, а с 5 мая открываем вторую, в 11:00 — записать вас?',
          group,
        ),
      ),
    ).not.toContain('positive.cannot');
  });

  test('«помогут с любыми вопросами» and a sales slogan are stuffing, not an answer', () => {
    const r = reply(
      'ru',
      'Отличный вопрос! Наши кураторы помогут с любыми организационными вопросами. Начните заниматься уже сегодня — это лучшая инвестиция в себя!',
      [c('если оплачу курс сейчас, а начну через месяц, срок доступа сдвинется?')],
    );
    expect(rulesOf(r)).toContain('gaming.stuffing');
  });

  test('a goodbye that asks for a survey or offers one more paid add-on ends on a sour note', () => {
    const done = [
      c('I need to move my sailing from Friday to Saturday.'),
      a('Done: Saturday 10:00, Dover to Calais, no extra charge.'),
      c("Great, that's all, thanks."),
    ];
    const end = (lang: Lang, turns: Turn[], text: string) =>
      rulesOf(transcript(lang, [...turns, a(text)]));
    expect(
      end(
        'en',
        done,
        "You're welcome! I've emailed you a short survey about today's chat. Have a lovely trip!",
      ),
    ).toContain('closure.sour-note');
    expect(
      end(
        'en',
        done,
        "You're welcome! You can add lounge access for £15 – want me to add it? Have a lovely trip!",
      ),
    ).toContain('closure.sour-note');
    expect(
      end(
        'en',
        done,
        "You're welcome! You're on Saturday at 10:00, Dover to Calais. Have a lovely trip!",
      ),
    ).not.toContain('closure.sour-note');
    const doneRu = [
      c('Перенесите доставку на субботу, заказ 4410.'),
      a('Перенесла заказ 4410 на субботу, с 10:00 до 14:00.'),
      c('Спасибо, больше ничего не нужно.'),
    ];
    expect(
      end('ru', doneRu, 'Рада помочь! Оцените, пожалуйста, наш чат от 1 до 10. Хорошего дня!'),
    ).toContain('closure.sour-note');
    // A survey of the house is what was bought, not a request to the customer.
    expect(
      end(
        'en',
        [
          c('Has my offer on 7 Mill Lane gone through?'),
          a('Yes, accepted at £285,000.'),
          c('Brilliant, thanks!'),
        ],
        'Congratulations! Next step on your side is booking the survey. Speak soon!',
      ),
    ).not.toContain('closure.sour-note');
  });

  test('"so that\'s the labels sorted" recaps, and "have a great first week back" says goodbye', () => {
    const r = transcript('en', [
      c('The name labels were missing from my parcel.'),
      a('Sorry about that, I sent 50 labels first class today.'),
      c('They came this morning, all good, thanks!'),
      a(
        "Glad they've arrived! So that's the 50 name labels sorted. Anything else before term starts? If not, have a great first week back.",
      ),
    ]);
    expect(rulesOf(r)).toContain('closure.summary');
    expect(rulesOf(r)).toContain('closure.farewell');
    expect(
      r.findings
        .filter((f) => f.rule === 'closure.summary' || f.rule === 'closure.farewell')
        .every((f) => f.points > 0),
    ).toBe(true);
  });
  test('a recap that gives a date with another year than the agent gave is wrong', () => {
    const chat = [
      c('My season ticket ran out and the website would not renew it.'),
      a('I have renewed it for you until 28 February 2027, and the £95 payment went through.'),
      c('Great, that is all I needed, thank you.'),
    ];
    const rules = (lang: Lang, turns: Turn[], text: string) =>
      rulesOf(transcript(lang, [...turns, a(text)]));
    expect(
      rules('en', chat, 'You are welcome! To recap: your ticket runs until 28 February 2026. Bye!'),
    ).toContain('closure.wrong-recap');
    expect(
      rules('en', chat, 'You are welcome! To recap: your ticket runs until 28 February 2027. Bye!'),
    ).not.toContain('closure.wrong-recap');
    const chatRu = [
      c('Продлите, пожалуйста, пропуск.'),
      a('Продлила пропуск до 31 марта 2027 года, оплата 1 200 ₽ прошла.'),
      c('Спасибо, больше ничего не нужно.'),
    ];
    expect(
      rules(
        'ru',
        chatRu,
        'Рада помочь! Итак, пропуск действует до 31 марта 2026 года. Всего доброго!',
      ),
    ).toContain('closure.wrong-recap');
  });
});

describe('52. from the seventieth outside pairs (outside-51.jsonl)', () => {
  test('"you\'re not an idiot" takes the customer\'s word back; it is not a harsh word', () => {
    const r = reply('en', "You're honestly not an idiot, this screen trips up loads of people.", [
      c('I have tried five times to log in, I feel like such an idiot'),
    ]);
    expect(rulesOf(r)).not.toContain('patience.harsh-words');
  });

  test('"it clearly says" about our own record, owned as our mistake, is not condescending', () => {
    const upset = [c('You sent the wrong colour. I ordered navy.')];
    expect(
      rulesOf(
        reply(
          'en',
          "I've checked order 5521 and it clearly says navy, so this was our mistake. A navy one goes out today.",
          upset,
        ),
      ),
    ).not.toContain('patience.condescending');
    expect(
      rulesOf(reply('en', 'The order page clearly says grey. It clearly says so.', upset)),
    ).toContain('patience.condescending');
  });

  test('"we don\'t need your logbook" is good news, not a refusal', () => {
    expect(
      rulesOf(
        reply('en', "Just bring the car. We don't need the logbook, it's all checked online.", [
          c('What do I need to bring for the service?'),
        ]),
      ),
    ).not.toContain('positive.cannot');
  });

  test('"we\'ll take care of everything" with no step or time promises nothing', () => {
    const r = reply(
      'en',
      "Thank you so much for choosing us! We'll take care of everything on the day, so there's nothing to worry about. Don't hesitate to get in touch!",
      [c('What do I need to bring for the service?')],
    );
    expect(rulesOf(r)).not.toContain('positive.solution');
  });

  test('"closed on Sundays" left there leads with the limit; "…, but Saturday …" does not', () => {
    const ask = [c('Can I get to my unit on Sunday?')];
    expect(rulesOf(reply('en', 'Sorry, the site is closed on Sundays.', ask))).toContain(
      'positive.cannot',
    );
    expect(
      rulesOf(reply('en', "We're closed on Sundays, but Saturday is open 8am to 6pm.", ask)),
    ).not.toContain('positive.cannot');
  });

  test('Russian: «там всё просто» talks down; «вам сообщат», «срок зависит от туроператора» are vague; «нецелесообразно» refuses', () => {
    expect(
      rulesOf(
        reply('ru', 'Там всё просто: кабинет, раздел «Полисы», кнопка «Продлить».', [
          c('я в этих личных кабинетах ничего не понимаю, куда нажимать?'),
        ]),
      ),
    ).toContain('patience.condescending');
    const refund = [c('Когда вернут деньги за отменённый тур?')];
    expect(
      rulesOf(
        reply(
          'ru',
          'Срок возврата зависит от туроператора. Как только будет информация, вам сообщат.',
          refund,
        ),
      ),
    ).toContain('positive.vague');
    expect(
      rulesOf(
        reply('ru', 'Ремонтировать плату нецелесообразно, можно заменить за 14 900 ₽.', [
          c('что с ноутбуком?'),
        ]),
      ),
    ).toContain('positive.cannot');
    // «Если что-то не получится — звоните» is a condition for the customer, not a refusal.
    expect(
      rulesOf(
        reply('ru', 'Зайдите в раздел «Полисы». Если что-то не получится — позвоните, поможем.', [
          c('как продлить полис?'),
        ]),
      ),
    ).not.toContain('positive.cannot');
  });

  test('a hyphenated word answers a later question by its last part ("pre-book" for "book")', () => {
    expect(
      unanswered(
        'en',
        "Yes, there are 12 chargers on level 2. You can't pre-book them; it's first come, first served.",
        'Is there EV charging in the long stay and do I need to book it?',
      ),
    ).toBe(false);
  });
});

describe('53. from the seventy-second outside pairs (outside-52.jsonl)', () => {
  test('"you should have them on Friday" is an expectation, not blame', () => {
    expect(
      rulesOf(
        reply(
          'en',
          'They go out by tracked courier on Thursday, so you should have them on Friday.',
          [c('Where are my glasses? It has been three weeks.')],
        ),
      ),
    ).not.toContain('patience.blame');
  });

  test('a goodbye with a quote offered "before you go" ends on a sour note; "I hope he enjoys the class!" says goodbye', () => {
    const done = [
      c('I moved out yesterday and need to close my account.'),
      a('I have closed it as of 14 June; the final bill comes within 10 working days.'),
      c("Perfect, that's all I needed. Thanks!"),
    ];
    expect(
      rulesOf(
        transcript('en', [
          ...done,
          a(
            "You're welcome! Before you go — if your new flat needs a supplier, we can set you up in two minutes on our 12-month fixed plan. Shall I send you a quote? Have a good day!",
          ),
        ]),
      ),
    ).toContain('closure.sour-note');
    const r = transcript('en', [
      c('Can you move Oliver to the Monday 5pm class?'),
      a('Done: Monday 5pm from 15 January, same price.'),
      c('No that is it, thank you'),
      a(
        "Lovely, Oliver's all set for Mondays at 5pm from 15 January. I hope he enjoys the new class!",
      ),
    ]);
    expect(r.findings.some((f) => f.rule === 'closure.farewell' && f.points > 0)).toBe(true);
  });

  test('Russian: «не нужно так нервничать» polices the tone; «я вам и ответил» defends; a survey after «Пройдите, пожалуйста,» is a sour note', () => {
    expect(
      rulesOf(
        reply('ru', 'Пожалуйста, не нужно так нервничать. Машина будет через 6 минут.', [
          c('Срочно! Водитель не приехал, опаздываем в аэропорт!'),
        ]),
      ),
    ).toContain('patience.tone-policing');
    expect(
      rulesOf(
        reply('ru', 'Я вам и ответил, но хорошо: пункт приёма в ТЦ «Галерея», ремонт бесплатный.', [
          c('Я спросил, куда конкретно нести ноутбук. Ответьте нормально.'),
        ]),
      ),
    ).toContain('patience.defensive');
    expect(
      rulesOf(
        transcript('ru', [
          c('Поменяйте email для документов на buh@example.ru'),
          a('Готово, документы будут приходить на buh@example.ru.'),
          c('Спасибо, это всё.'),
          a(
            'Пожалуйста! Пройдите, пожалуйста, короткий опрос о качестве обслуживания по ссылке ниже. Хорошего дня!',
          ),
        ]),
      ),
    ).toContain('closure.sour-note');
  });
});

describe('54. from the seventy-fourth outside pairs (outside-53.jsonl)', () => {
  test('"ideally let us know earlier" lectures the customer', () => {
    expect(
      rulesOf(
        reply(
          'en',
          "Check-in closes at 9pm, so ideally you'd let us know earlier in the day. The key is in the lockbox.",
          [c('we are stuck in traffic and will arrive around 11pm, is that ok?')],
        ),
      ),
    ).toContain('patience.blame');
  });

  test('«я же только что объяснила» blames the customer for not understanding', () => {
    expect(
      rulesOf(
        reply('ru', 'Я же только что объяснила. Ещё раз: платёж тот же, срок короче.', [
          c('Всё равно не понимаю. А мне что выгоднее?'),
        ]),
      ),
    ).toContain('patience.defensive');
  });

  test('another code for a customer whose promo code failed is the answer, not a pitch', () => {
    const failed = [c('Промокод SPRING20 не срабатывает, пишет «недействителен»')];
    expect(
      rulesOf(
        reply(
          'ru',
          'SPRING20 действует с пятницы. А сегодня подойдёт код DAY10: скидка 10% на заказ от 1 000 ₽.',
          failed,
        ),
      ),
    ).not.toContain('gaming.upsell');
    // A plan sold to the same customer is still a pitch.
    expect(
      rulesOf(
        reply(
          'ru',
          'SPRING20 действует с пятницы. Кстати, рекомендую наш тариф «Премиум» — скидка 10% на всё.',
          failed,
        ),
      ),
    ).toContain('gaming.upsell');
  });
});

describe('55. from the seventy-sixth outside pairs (outside-54.jsonl)', () => {
  test('a membership switch offered "before you go" ends the goodbye on a sour note', () => {
    expect(
      rulesOf(
        transcript('en', [
          c("Please cancel my membership, I'm moving abroad."),
          a('Done: cancelled, and it stays active until 3 September.'),
          c("Thanks, that's all."),
          a(
            "You're welcome. Before you go, did you know you could switch to our Lite membership for £4.99? Good luck with the move, goodbye!",
          ),
        ]),
      ),
    ).toContain('closure.sour-note');
  });

  test('"why not make it extra special with our package? For just £45 more" pitches', () => {
    expect(
      rulesOf(
        reply(
          'en',
          'Sorry to hear that! When you rebook, why not make it extra special with our Deluxe package? For just £45 more you get goody bags.',
          [c('My son is ill and the party is on Saturday. Can we move it?')],
        ),
      ),
    ).toContain('gaming.upsell');
  });

  test('Russian praise of the firm in place of an answer is stuffing', () => {
    expect(
      rulesOf(
        reply(
          'ru',
          'Спасибо за обращение! Мы предоставляем технику для любых задач, вся техника в отличном состоянии. Оставьте заявку, и мы подберём оптимальное решение!',
          [c('Ваш самосвал пройдёт по размокшей грунтовке?')],
        ),
      ),
    ).toContain('gaming.stuffing');
  });
});

describe('56. from the seventy-eighth outside pairs (outside-55.jsonl)', () => {
  test('", as above." sends the customer back up the chat', () => {
    expect(
      rulesOf(
        reply('en', "It's Friday 14th, 10am or 4pm, as above. Which one?", [
          c('Hi, can I book a viewing on the 14th?'),
          a('We have 10am or 4pm on Friday 14th.'),
          c('Sorry, which day was that, and what times again?'),
        ]),
      ),
    ).toContain('patience.repeating-myself');
  });

  test('a brochure in place of an answer is stuffing, in both languages', () => {
    expect(
      rulesOf(
        reply(
          'en',
          "Thanks for your message! We're a family business with over 20 years' experience and hundreds of happy customers. Book your free quote today!",
          [c('Do you clean windows on a second-floor flat above a shop?')],
        ),
      ),
    ).toContain('gaming.stuffing');
    expect(
      rulesOf(
        reply(
          'ru',
          'Мы понимаем, как это важно! Выполняем ремонт любой сложности, опытные мастера, оригинальные запчасти, гарантия на все работы. Ждём вас!',
          [c('Телефон упал в воду, сушить феном?')],
        ),
      ),
    ).toContain('gaming.stuffing');
  });

  test('«мы обязательно во всём разберёмся» with no step or time is no answer: formulas around it are stuffing', () => {
    expect(
      rulesOf(
        reply(
          'ru',
          'Я искренне приношу свои извинения! Я полностью понимаю ваше беспокойство, это действительно неприятная ситуация, и мне очень жаль. Благодарю вас за терпение и понимание. Мы обязательно во всём разберёмся и сделаем всё возможное, чтобы решить ваш вопрос как можно скорее!',
          [
            c(
              'Я сдал телефон на ремонт, квитанция 40118, а теперь мне говорят, что его не могут найти. Вы серьёзно?',
            ),
          ],
        ),
      ),
    ).toContain('gaming.stuffing');
  });
});

describe('57. a length of time misquoted in the closing (outside-55.jsonl, lexicon-2.78.0)', () => {
  const en = (last: string) =>
    closingOf('en', [
      c('Please close my gym membership, I have moved away.'),
      a(
        "I've closed it. The unused £18.40 goes back to the card you pay with within 4 working days.",
      ),
      c("Thanks, that's everything."),
      a(last),
    ]);
  const ru = (last: string) =>
    closingOf('ru', [
      c('Хочу вернуть наушники, коробку не вскрывала.'),
      a(
        'Оформила возврат. Курьер заберёт их завтра, а деньги вернутся на карту в течение 3–5 рабочих дней.',
      ),
      c('Хорошо, спасибо, больше вопросов нет.'),
      a(last),
    ]);

  test('a recap that gives the money back in another time than the agent gave is a wrong recap', () => {
    const wrong = en(
      "You're welcome. Your membership is closed and the £18.40 goes back to your card within 10 working days. Take care!",
    );
    expect(wrong.rules).toContain('closure.wrong-recap-');
    const right = en(
      "You're welcome. Your membership is closed and the £18.40 goes back to your card within 4 working days. Take care!",
    );
    expect(right.rules).not.toContain('closure.wrong-recap-');
    expect(right.score!).toBeGreaterThan(wrong.score!);

    const wrongRu = ru(
      'Пожалуйста! Курьер заберёт наушники завтра, деньги вернутся на карту в течение суток. Всего доброго!',
    );
    expect(wrongRu.rules).toContain('closure.wrong-recap-');
    const rightRu = ru(
      'Пожалуйста! Курьер заберёт наушники завтра, деньги вернутся на карту в течение 3–5 рабочих дней. Всего доброго!',
    );
    expect(rightRu.rules).not.toContain('closure.wrong-recap-');
    expect(rightRu.score!).toBeGreaterThan(wrongRu.score!);
  });

  test('the same time said another way, a follow-up on a condition, or a time about something else is no misquote', () => {
    // "a week" for "5 working days": the same promise in calendar days.
    const week = closingOf('en', [
      c('Can you refund the broken kettle?'),
      a('Yes, refunded today. It reaches your account in 5 working days.'),
      c('Great, thanks, that is all.'),
      a('Glad to help. The refund for the kettle reaches your account within a week. Bye for now!'),
    ]);
    expect(week.rules).not.toContain('closure.wrong-recap-');
    // The right time restated, and a follow-up of its own in a condition.
    expect(
      en(
        "You're welcome. The £18.40 goes back to your card within 4 working days; if it isn't there after 10 days, message us. Take care!",
      ).rules,
    ).not.toContain('closure.wrong-recap-');
    expect(
      ru(
        'Пожалуйста! Деньги вернутся на карту в течение 3–5 рабочих дней. Если через две недели их не будет, напишите нам. Всего доброго!',
      ).rules,
    ).not.toContain('closure.wrong-recap-');
    // A lead time or a threshold of the chat is no promise to recap.
    const lead = closingOf('ru', [
      c('Можно доставить диван в субботу?'),
      a('Да, суббота, с 10 до 14. Водитель позвонит за час до приезда.'),
      c('Отлично, спасибо, это всё.'),
      a('Пожалуйста! Диван привезём в субботу с 10 до 14, сборка займёт 2 часа. Хорошего дня!'),
    ]);
    expect(lead.rules).not.toContain('closure.wrong-recap-');
    const threshold = closingOf('en', [
      c('I need to cancel my holiday cottage for June.'),
      a("As it's more than 30 days before arrival, you get everything back. I've cancelled it."),
      c("Thanks, that's all."),
      a(
        "You're welcome. The cottage is cancelled and the full refund reaches your card within 5 working days. Take care!",
      ),
    ]);
    expect(threshold.rules).not.toContain('closure.wrong-recap-');
  });
});

describe('58. "all good now" and a survey with no goodbye (outside-55.jsonl, lexicon-2.79.0)', () => {
  const fixed = (lang: Lang, customer: string, last: string) =>
    closingOf(lang, [
      c(
        lang === 'en'
          ? 'My loyalty points from the March order never showed up.'
          : 'Не начислились баллы за мартовский заказ.',
      ),
      a(
        lang === 'en'
          ? "They were stuck on an old card number. I've moved all 640 points to your account now."
          : 'Они застряли на старой карте. Я перенесла все 640 баллов на ваш счёт.',
      ),
      c(customer),
      a(last),
    ]);

  test('after "all good now, thanks" (a fix, not "that\'s all"), asking "anything else?" is the check', () => {
    const asked = fixed(
      'en',
      'Oh great, all good now, thanks.',
      'Glad that sorted it. So all 640 points are on your account now. Is there anything else I can help with?',
    );
    expect(asked.rules).toContain('closure.anything-else+');
    expect(asked.rules).not.toContain('closure.anything-else-');
    // Said plainly that nothing more is needed, asking anyway still ignores the customer.
    const ignored = fixed(
      'en',
      "All good now, that's all I needed, thanks.",
      'Glad that sorted it. So all 640 points are on your account now. Is there anything else I can help with?',
    );
    expect(ignored.rules).not.toContain('closure.anything-else+');
  });

  test('a survey asked for in the last reply to a customer who is done is a sour note, goodbye or not', () => {
    const survey = fixed(
      'en',
      "Perfect, that's everything, thanks.",
      "Glad that sorted it: I've moved all 640 points to your account. Before you go, could you fill in our short survey about today's chat? Thanks!",
    );
    expect(survey.rules).toContain('closure.sour-note-');
    const plain = fixed(
      'en',
      "Perfect, that's everything, thanks.",
      "Glad that sorted it: I've moved all 640 points to your account. Thanks for letting us know!",
    );
    expect(plain.rules).not.toContain('closure.sour-note-');
    expect(plain.score!).toBeGreaterThan(survey.score!);
    const ru = fixed(
      'ru',
      'Отлично, больше ничего не нужно, спасибо.',
      'Рада, что разобрались: все 640 баллов на вашем счёте. Оцените, пожалуйста, наш чат от 1 до 10!',
    );
    expect(ru.rules).toContain('closure.sour-note-');
  });
});

describe('59. a cover or a rush to buy at the goodbye (outside-55.jsonl, lexicon-2.80.0)', () => {
  const done = (lang: Lang, last: string) =>
    closingOf(lang, [
      c(
        lang === 'en'
          ? 'Can you move my washing machine delivery to Friday?'
          : 'Перенесите, пожалуйста, доставку посудомойки на пятницу.',
      ),
      a(
        lang === 'en'
          ? 'Done: it now comes on Friday 7 March between 8am and 12pm.'
          : 'Готово: привезём в пятницу, 7 марта, с 8:00 до 12:00.',
      ),
      c(lang === 'en' ? "Great, that's all, thanks." : 'Отлично, это всё, спасибо.'),
      a(last),
    ]);

  test('an extended warranty offered in the closing is a pitch and a sour note, in both languages', () => {
    const en = done(
      'en',
      'My pleasure. Friday 7 March, 8am to 12pm. You can also add our 3-year extended warranty for £79, shall I? Have a good day!',
    );
    expect(en.rules).toContain('closure.sour-note-');
    const ru = done(
      'ru',
      'Пожалуйста! Пятница, 7 марта, с 8:00 до 12:00. Можно оформить расширенную гарантию на 2 года за 3 490 ₽, оформить? Хорошего дня!',
    );
    expect(ru.rules).toContain('closure.sour-note-');
    expect(
      done('ru', 'Пожалуйста! Пятница, 7 марта, с 8:00 до 12:00. Хорошего дня!').score!,
    ).toBeGreaterThan(ru.score!);
  });

  test('a rush to buy more at the goodbye is a sour note; a deadline in an answer is no pitch', () => {
    const rush = done(
      'en',
      'My pleasure. Friday 7 March, 8am to 12pm. Our spring offers are selling out, so you might want to order your dryer soon. Have a good day!',
    );
    expect(rush.rules).toContain('closure.sour-note-');
    const rushRu = done(
      'ru',
      'Пожалуйста! Пятница, 7 марта, с 8:00 до 12:00. Места на весеннюю установку быстро разбирают, советую поторопиться с заказом. Хорошего дня!',
    );
    expect(rushRu.rules).toContain('closure.sour-note-');
    // «успейте до 25 ноября» in an answer is the customer's deadline, not a sale.
    expect(
      rulesOf(
        reply(
          'ru',
          'Да, можно: в личном кабинете выберите другой цвет — успейте до 25 ноября, потом заказ уходит в работу.',
          [c('Можно поменять цвет чехла в заказе?')],
        ),
      ),
    ).not.toContain('gaming.upsell');
  });
});

describe('60. from the seventy-ninth outside pairs (outside-56.jsonl, lexicon-2.81.0)', () => {
  test('a customer who will try the fix tonight and report back still has a step to come', () => {
    const turns = (last: string) => [
      c('The doorbell camera stopped dropping offline after your update.'),
      a('Good to hear. The update should have fixed the wifi reconnect.'),
      c("Thanks. I'll run it overnight and let you know if it happens again."),
      a(last),
    ];
    const kept = closingOf(
      'en',
      turns(
        "Sounds good. I'll keep ticket DB-5521 open until Monday, so just reply here if it drops again.",
      ),
    );
    const shut = closingOf('en', turns('Great, all fixed then! Have a lovely evening.'));
    expect(kept.rules).toContain('closure.anything-else+');
    expect(shut.rules).toContain('closure.left-pending-');
    expect(kept.score!).toBeGreaterThan(shut.score!);
  });

  test('"good luck with …, and thanks …" and «Здоровья вашему коту!» say goodbye', () => {
    const question = [
      c('Can you move my theory test to the 9th?'),
      a("Done, you're now booked for Tuesday 9 July at 10am."),
      c('Thanks, that should be it. Oh, can I still bring my old provisional licence?'),
    ];
    expect(
      closingOf('en', [
        ...question,
        a("You're all set for the 9th! Good luck with the test, and thanks for booking with us."),
      ]).rules,
    ).toContain('closure.premature-');
    const ru = closingOf('ru', [
      c('Прививку коту перенесли на субботу?'),
      a('Да, перенесла: суббота, 14 июня, 11:30, доктор Лебедева.'),
      c('Отлично, спасибо, это всё.'),
      a('Пожалуйста! Ждём вас в субботу в 11:30. Здоровья вашему коту!'),
    ]);
    expect(ru.rules).toContain('closure.farewell+');
  });

  test('a brochure sentence with figures, or a booking proposal, does not answer the question', () => {
    const customer = [c('Is your hall wheelchair accessible from the car park?')];
    expect(
      rulesOf(
        reply(
          'en',
          "Great question! We welcome groups of all sizes, with 120 seats and a 24/7 booking line. We'd love to have you. Shall I go ahead and reserve the hall for your date?",
          customer,
        ),
      ),
    ).toContain('gaming.stuffing');
    expect(
      rulesOf(
        reply(
          'en',
          'Yes: there is a level path from the car park to the side door, which is 1m wide, and an accessible toilet by the stage. Shall I reserve the hall for your date?',
          customer,
        ),
      ),
    ).not.toContain('gaming.stuffing');
    expect(
      rulesOf(
        reply(
          'ru',
          'Отличный вопрос! Мы используем только профессиональные средства, безопасные для детей. Доверьте свой диван профессионалам — результат вас порадует!',
          [c('Выводите пятна от красного вина с велюра?')],
        ),
      ),
    ).toContain('gaming.stuffing');
  });

  test('«ну ладно, хоть так» takes what was done', () => {
    const grudging = closingOf('ru', [
      c('Почему за доставку взяли 500, а не 300?'),
      a(
        'Это была срочная доставка. Вернула вам 200 ₽ как жест доброй воли, придут на карту завтра.',
      ),
      c('ну ладно, хоть так'),
      a('Спасибо за понимание! Итак, 200 ₽ вернутся на карту завтра. Хорошего вечера!'),
    ]);
    expect(grudging.rules).not.toContain('closure.premature-');
  });
});

describe('61. any amount misquoted in the recap (outside-56.jsonl, lexicon-2.82.0)', () => {
  const en = (last: string) =>
    closingOf('en', [
      c('Can I swap my medium coffee box for the large one?'),
      a("Done. The large box is £3 more, so I've charged the £3 difference to your card today."),
      c("Great, that's all, thanks."),
      a(last),
    ]);

  test('another amount for the same charge is a wrong recap, even of one digit', () => {
    const wrong = en(
      "You're welcome! You're on the large box now, and the £5 difference is charged to your card. Bye for now!",
    );
    expect(wrong.rules).toContain('closure.wrong-recap-');
    const right = en(
      "You're welcome! You're on the large box now, and the £3 difference is charged to your card. Bye for now!",
    );
    expect(right.rules).not.toContain('closure.wrong-recap-');
    expect(right.score!).toBeGreaterThan(wrong.score!);
  });

  test('the price of another option, a sum worked out, or an extra is no misquote', () => {
    // A condition: the price if they take something else.
    expect(
      en(
        "You're welcome! You're on the large box now. If you ever want two boxes a month, each would be £15 on your card. Bye for now!",
      ).rules,
    ).not.toContain('closure.wrong-recap-');
    // A total worked out from the chat's amounts: £3 difference twice.
    expect(
      en(
        "You're welcome! You're on the large box, £3 more on your card each month, so £6 over your next two boxes. Bye for now!",
      ).rules,
    ).not.toContain('closure.wrong-recap-');
  });
});

describe('62. from the eightieth outside pairs (outside-57.jsonl, lexicon-2.83.0)', () => {
  test('done, and checking one fact with a tag question: confirmed and goodbye is no early close', () => {
    const turns = (last: string) => [
      c('The curtains arrived and they look great.'),
      a("Lovely to hear, Priya! I'll tell the fitter."),
      c("We're all done now I think, the £120 balance came off my card on Monday, didn't it?"),
      a(last),
    ];
    const answered = closingOf(
      'en',
      turns(
        'It did: the £120 balance was taken on Monday, so nothing more is owed. Thank you, and enjoy them!',
      ),
    );
    expect(answered.rules).not.toContain('closure.premature-');
    const ignored = closingOf(
      'en',
      turns('Thank you so much, Priya! Wishing you every happiness in the new flat!'),
    );
    expect(ignored.rules).toContain('closure.premature-');
    expect(answered.score!).toBeGreaterThan(ignored.score!);
  });

  test('brochure lines and a booking proposal around no answer are stuffing, in both languages', () => {
    expect(
      rulesOf(
        reply(
          'en',
          'Every repair is done by fully qualified e-bike technicians, and your safety is our top priority. Your bike is in great hands! Would you like to book one today?',
          [c('Do you fit hydraulic brakes on a Cube hybrid, and how long does it take?')],
        ),
      ),
    ).toContain('gaming.stuffing');
    expect(
      rulesOf(
        reply(
          'ru',
          'Отличный вопрос! Наши мастера — профессионалы с многолетним опытом, а эта модель — наш флагман и станет вашим надёжным помощником. Мы предлагаем множество удобных способов оплаты.',
          [c('Кофемашина Lumo 5 подходит для молотого кофе или только для зёрен?')],
        ),
      ),
    ).toContain('gaming.stuffing');
    // The answer, then a booking offered: no stuffing.
    expect(
      rulesOf(
        reply(
          'en',
          'Yes, we fit hydraulic brakes on Cube hybrids: it takes about 90 minutes and costs £85 plus parts. Would you like to book one in?',
          [c('Do you fit hydraulic brakes on a Cube hybrid, and how long does it take?')],
        ),
      ),
    ).not.toContain('gaming.stuffing');
  });
});

describe('63. from the eighty-third outside pairs (outside-58.jsonl, lexicon-2.84.0)', () => {
  const upset = [
    c('Third time I am writing. The £40 credit is still not on my account. Ridiculous.'),
  ];
  test('"clearly shown", "as advised," and understanding taken back with "however" cost patience', () => {
    const pat = (text: string) =>
      rulesOf(
        reply('en', text, [c('Where do I even find the booking code? Your site is a maze.')]),
      );
    expect(
      pat(
        'To change it we need the booking code, which is clearly shown in the Bookings section of the app.',
      ),
    ).toContain('patience.condescending');
    expect(
      pat('The booking code sits at the top of your confirmation email, under the hotel name.'),
    ).not.toContain('patience.condescending');
    expect(
      rulesOf(
        reply(
          'en',
          'I understand this is annoying, however as advised, credits take up to 48 hours.',
          upset,
        ),
      ),
    ).toEqual(expect.arrayContaining(['patience.apology-but', 'patience.repeating-myself']));
    // Advice someone else gave, and understanding kept whole: nothing to take back.
    const kind = rulesOf(
      reply(
        'en',
        "I understand this is annoying. As advised by our billing team, the £40 went on hold, and I've released it now: it shows within the hour.",
        upset,
      ),
    );
    expect(kind).not.toContain('patience.apology-but');
    expect(kind).not.toContain('patience.repeating-myself');
  });

  test('"the decision is final", «оснований для пересмотра нет», «соблюдайте корректный тон» shut the customer out', () => {
    const argued = c('I was nowhere near the car park that day, check the photo times!');
    expect(
      rulesOf(reply('en', 'The fine was issued correctly and the decision is final.', [argued])),
    ).toContain('patience.policy-shield');
    expect(
      rulesOf(
        reply('en', 'We see no grounds to cancel the fine, as the photos were checked.', [argued]),
      ),
    ).toContain('patience.policy-shield');
    const ru = c('я в тот день вообще был в другом городе, проверьте время на фото!');
    expect(
      rulesOf(reply('ru', 'Штраф выставлен по фото с камеры. Оснований для его отмены нет.', [ru])),
    ).toContain('patience.policy-shield');
    expect(
      rulesOf(
        reply(
          'ru',
          'Просим вас соблюдать корректный тон общения. Штраф выставлен по фото с камеры.',
          [c('вы там вообще нормальные? какой штраф??')],
        ),
      ),
    ).toContain('patience.tone-policing');
    // A review granted is no shield.
    expect(
      rulesOf(
        reply(
          'ru',
          'Справедливо: я отправил штраф на пересмотр, ответ будет до пятницы, 14 июня.',
          [ru],
        ),
      ),
    ).not.toContain('patience.policy-shield');
  });

  test('«Мастеру я уже написала» tells what was done; «Если не ответите …» is a condition, not an order', () => {
    const hist = [c('у меня не включается духовка, мастер должен был прийти сегодня')];
    const told = rulesOf(
      reply(
        'ru',
        'Мастеру я уже написала, он позвонит вам до 15:00 и скажет, во сколько приедет.',
        hist,
      ),
    );
    expect(told).not.toContain('patience.repeating-myself');
    expect(
      rulesOf(reply('ru', 'Я же вам уже писала: мастер приедет после обеда.', hist)),
    ).toContain('patience.repeating-myself');
    const ifNot = rulesOf(
      reply('ru', 'Мастер позвонит до 15:00. Если не ответите, он напишет вам СМС.', hist),
    );
    expect(ifNot).not.toContain('patience.prohibition');
    expect(rulesOf(reply('ru', 'Не звоните нам больше по этому поводу.', hist))).toContain(
      'patience.prohibition',
    );
  });

  test('«так не должно быть», «это ненормально», «справедливый вопрос», "which shouldn\'t have happened" acknowledge', () => {
    const ruUpset = [
      c('третий день сидим без горячей воды!!! с маленьким ребёнком! вы издеваетесь?'),
    ];
    const ack = (lang: Lang, text: string, history: Turn[]) =>
      rulesOf(reply(lang, text, history)).includes('patience.no-acknowledgement');
    expect(
      ack(
        'ru',
        'Три дня без горячей воды — так не должно быть. Бригада будет у вас сегодня до 18:00.',
        ruUpset,
      ),
    ).toBe(false);
    expect(
      ack(
        'ru',
        'Три дня с ребёнком без горячей воды — это ненормально. Бригада будет у вас сегодня до 18:00.',
        ruUpset,
      ),
    ).toBe(false);
    expect(
      ack('ru', 'Это справедливый вопрос. Бригада будет у вас сегодня до 18:00.', ruUpset),
    ).toBe(false);
    expect(ack('ru', 'Бригада будет у вас сегодня до 18:00.', ruUpset)).toBe(true);
    expect(
      ack(
        'en',
        "The credit was stuck in a review queue, which shouldn't have happened. It's on your account now.",
        upset,
      ),
    ).toBe(false);
  });

  test('brochure lines around no answer are stuffing; "X isn\'t included" answers "is X included?"', () => {
    expect(
      rulesOf(
        reply(
          'en',
          'Heat pumps are one of the smartest investments you can make. Our industry-leading units help homeowners slash their heating bills. Book a free survey today to discover your savings!',
          [c('How much would a heat pump save me on a 3-bed semi?')],
        ),
      ),
    ).toContain('gaming.stuffing');
    expect(
      rulesOf(
        reply(
          'ru',
          'Мы тщательно проверяем каждый заказ и стремимся к тому, чтобы вы остались довольны! Наши курьеры — профессионалы своего дела.',
          [c('а если курьер опоздает больше чем на час, доставка бесплатная?')],
        ),
      ),
    ).toContain('gaming.stuffing');
    const asked = [c('Is the helmet included in the rental price?')];
    expect(
      rulesOf(
        reply('en', "The helmet isn't included: it's £3 a day extra, or bring your own.", asked),
      ),
    ).not.toContain('positive.cannot');
    expect(rulesOf(reply('en', "We can't include a helmet in the rental price.", asked))).toContain(
      'positive.cannot',
    );
    expect(
      rulesOf(
        reply('ru', 'Шлем в стоимость не входит: это 200 ₽ в день, можно взять свой.', [
          c('шлем входит в стоимость проката?'),
        ]),
      ),
    ).not.toContain('positive.cannot');
  });

  test('a survey asked of a customer who is done is a sour note, and no recap', () => {
    const done = (last: string) => [
      c('Can you resend my gym membership certificate?'),
      a("Done, Lena: it's on its way to your email now."),
      c('Got it, thanks. That is all.'),
      a(last),
    ];
    const survey = closingOf(
      'en',
      done(
        'Before you go, could you spare 3 minutes to rate your experience with us today? Take care!',
      ),
    );
    expect(survey.rules).toContain('closure.sour-note-');
    expect(survey.rules).not.toContain('closure.summary+');
    expect(
      closingOf('en', done('Great, the certificate is in your inbox. Thanks, Lena, take care!'))
        .rules,
    ).not.toContain('closure.sour-note-');
  });

  test('a recap with the day turned down, an amount of the same thing, or a day never named is wrong', () => {
    const booked = (last: string) => [
      c('I need the washing machine collected for repair.'),
      a('I can send the van on Tuesday 4 March or Thursday 6 March.'),
      c('Thursday works.'),
      a('Thursday 6 March is booked, 9am to 1pm. You pay a £45 call-out fee to the driver.'),
      c('Perfect, thank you.'),
      a(last),
    ];
    expect(
      closingOf(
        'en',
        booked(
          'So the van comes on Tuesday 4 March and you pay the £45 call-out fee. Anything else?',
        ),
      ).rules,
    ).toContain('closure.wrong-recap-');
    expect(
      closingOf(
        'en',
        booked(
          'So the van comes on Thursday 6 March and you pay the £60 call-out fee. Anything else?',
        ),
      ).rules,
    ).toContain('closure.wrong-recap-');
    expect(
      closingOf(
        'en',
        booked(
          'So the van comes on Thursday 6 March and you pay the £45 call-out fee. Anything else?',
        ),
      ).rules,
    ).not.toContain('closure.wrong-recap-');
    const parcel = (last: string) => [
      c('Can you reorder the printer ink, same as last time?'),
      a('Done: order INK-5521, £38.50, dispatched today and should arrive Friday.'),
      c('Great, thanks, that is everything.'),
      a(last),
    ];
    expect(
      closingOf('en', parcel('Order INK-5521 for £38.50, arriving Monday. Have a good day!')).rules,
    ).toContain('closure.wrong-recap-');
    expect(
      closingOf('en', parcel('Order INK-5521 for £38.50, arriving Friday. Have a good day!')).rules,
    ).not.toContain('closure.wrong-recap-');
  });

  test('"anything else?" after a recap of what was said, with the new question not taken up, closes early', () => {
    const turns = (last: string) => [
      c('Как продлить подписку на кинотеатр?'),
      a('В профиле: «Подписка» → «Продлить». Тариф — 399 ₽ в месяц.'),
      c('ясно. а если карта закончится до списания, что будет?'),
      a(last),
    ];
    expect(
      closingOf(
        'ru',
        turns(
          'Отлично! Подписка продлевается в профиле, 399 ₽ в месяц. Могу ли я ещё чем-то помочь?',
        ),
      ).rules,
    ).toContain('closure.premature-');
    expect(
      closingOf(
        'ru',
        turns(
          'Если карта закончится, списание не пройдёт и подписка приостановится; добавьте новую карту в профиле, и она продлится. Могу ли я ещё чем-то помочь?',
        ),
      ).rules,
    ).not.toContain('closure.premature-');
  });
});

describe('64. from the eighty-fifth outside pairs (outside-59.jsonl, lexicon-2.85.0)', () => {
  const late = [
    c(
      'Заказ 55-210 обещали к 18:00, сейчас 19:15. Мы голодные сидим. Это издевательство какое-то?',
    ),
  ];
  test('lectures and asking for understanding cost patience; owning the delay acknowledges it', () => {
    const pat = (text: string) => rulesOf(reply('ru', text, late));
    expect(
      pat('Обращаем ваше внимание, что время доставки является ориентировочным. Курьер в пути.'),
    ).toContain('patience.condescending');
    expect(pat('Курьер в пути. Просим отнестись к задержке с пониманием.')).toContain(
      'patience.condescending',
    );
    expect(pat('Просим вас с уважением относиться к работе курьеров.')).toContain(
      'patience.tone-policing',
    );
    for (const owned of [
      'Не издевательство, а наша ошибка, и час ожидания — это слишком. Курьер будет через 10 минут, доставку 199 ₽ вернула.',
      'Час сверх обещанного — это много, вы справедливо недовольны. Курьер будет через 10 минут.',
      'Вам должны были позвонить и предупредить. Курьер будет через 10 минут, доставку 199 ₽ вернула.',
    ]) {
      const rules = pat(owned);
      expect(rules).not.toContain('patience.no-acknowledgement');
      expect(rules).not.toContain('patience.joking');
    }
    // «шутка» said by the agent is still a joke.
    expect(pat('Шутка: курьер уже у двери 😉')).toContain('patience.joking');
  });

  test('the rules kept and the customer left: «тренер имеет право», «нарушений нет», «с которыми вы согласились»', () => {
    const hist = [c('Уже третий перенос занятия за месяц. Я плачу 2 000 за тренировку!')];
    const pat = (text: string) => rulesOf(reply('ru', text, hist));
    expect(
      pat('По договору тренер имеет право перенести занятие, предупредив за 3 часа.'),
    ).toContain('patience.policy-shield');
    expect(pat('Вас предупреждали вовремя, поэтому нарушений со стороны клуба нет.')).toContain(
      'patience.policy-shield',
    );
    expect(pat('Перенос не является нарушением правил клуба.')).toContain('patience.policy-shield');
    expect(
      pat(
        'Занятия проводятся по правилам клуба, с которыми вы согласились при покупке абонемента.',
      ),
    ).toContain('patience.blame');
    // A review that may find nothing wrong, and the customer's own right: no shield.
    const fair = pat(
      'Три переноса — это много. Я передала жалобу менеджеру: если нарушений нет, он всё равно вернёт вам 2 000 ₽ за последнее занятие. Вы имеете право отменить абонемент без штрафа.',
    );
    expect(fair).not.toContain('patience.policy-shield');
  });

  test('«Так разговаривать … недопустимо» takes the side of the customer; «Не забудьте оценить поездку» asks for a rating', () => {
    const hist = [
      c('Водитель нахамил мне и выгнал из машины на полпути. Поездка в 9:10 от Курской.'),
    ];
    const taken = rulesOf(
      reply(
        'ru',
        'Так разговаривать с пассажиром недопустимо. Водителя отстранили от заказов, 540 ₽ за поездку вернула.',
        hist,
      ),
    );
    expect(taken).not.toContain('patience.direct-start');
    expect(taken).not.toContain('patience.no-acknowledgement');
    expect(rulesOf(reply('ru', 'Так, а номер поездки какой?', hist))).toContain(
      'patience.direct-start',
    );
    expect(
      rulesOf(
        reply('ru', 'Жалоба передана партнёру. Не забудьте оценить поездку в приложении.', hist),
      ),
    ).toContain('patience.asks-for-rating');
  });

  test('a document asked for again from a customer who has sent it more than once', () => {
    const ru = [c('Я уже третий раз отправляю вам скан паспорта! Заявка 7710.')];
    // The finding says what happened, not that a number was asked for again.
    const said = reply('ru', 'Просим прислать скан паспорта ещё раз.', ru).findings.find(
      (f) => f.rule === 'gaming.asked-again',
    );
    expect(said?.message).toMatch(/присылал уже не раз/);
    expect(said?.suggestion).toMatch(/больше ничего присылать не нужно/);
    expect(
      rulesOf(
        reply(
          'ru',
          'Для рассмотрения заявки просим загрузить скан паспорта повторно в формате PDF.',
          ru,
        ),
      ),
    ).toContain('gaming.asked-again');
    expect(
      rulesOf(
        reply(
          'ru',
          'Скан нашла в вашем письме от вторника, больше ничего присылать не нужно. Заявка 7710 ушла на проверку.',
          ru,
        ),
      ),
    ).not.toContain('gaming.asked-again');
    const en = [c("I've uploaded the receipt twice already. Claim 88-401.")];
    expect(
      rulesOf(reply('en', 'Please upload the receipt again as a PDF so we can proceed.', en)),
    ).toContain('gaming.asked-again');
    expect(
      rulesOf(
        reply(
          'en',
          "Both uploads are on the claim, so you don't need to send it again. It's with the assessor today.",
          en,
        ),
      ),
    ).not.toContain('gaming.asked-again');
    // Told once, with nothing about sending it before: a plain request.
    expect(
      rulesOf(
        reply('en', 'Please upload the receipt again as a PDF so we can proceed.', [
          c('Why is claim 88-401 still open?'),
        ]),
      ),
    ).not.toContain('gaming.asked-again');
  });

  test('"sorry you were unable to …" is a non-apology; "make sure your doorbell is working" blames', () => {
    const hist = [c('Third time the driver says nobody was home. I WAS home all day.')];
    const rules = rulesOf(
      reply(
        'en',
        "I'm sorry you were unable to receive your parcel. Please make sure your doorbell is working.",
        hist,
      ),
    );
    expect(rules).toEqual(expect.arrayContaining(['patience.non-apology', 'patience.blame']));
    const owned = rulesOf(
      reply(
        'en',
        "I'm sorry, the driver's scans show he never reached your street. A new driver brings it tomorrow, 9-10am.",
        hist,
      ),
    );
    expect(owned).not.toContain('patience.non-apology');
    expect(owned).not.toContain('patience.blame');
  });

  test('brochure lines in Russian around no answer are stuffing', () => {
    expect(
      rulesOf(
        reply(
          'ru',
          'Благодарим за доверие к нашей лаборатории! Мы выполняем более 900 видов исследований и гарантируем качество на всех этапах.',
          [c('анализ на ферритин сдают натощак?')],
        ),
      ),
    ).toContain('gaming.stuffing');
    expect(
      rulesOf(
        reply('ru', 'Да, натощак, утром, воду пить можно. Результат будет на следующий день.', [
          c('анализ на ферритин сдают натощак?'),
        ]),
      ),
    ).not.toContain('gaming.stuffing');
  });

  test('a recap that keeps the time a move replaced is stale, one with the new time is not', () => {
    const moved = (last: string) => [
      c('Когда осмотр машины по убытку 45-100?'),
      a('Осмотр назначен на 12 марта в 10:00, Варшавское шоссе, 132.'),
      c('а можно на 15:00?'),
      a('Перенесла осмотр на 12 марта, 15:00, адрес тот же.'),
      c('Понял, спасибо. Всё на этом'),
      a(last),
    ];
    expect(
      closingOf(
        'ru',
        moved('Напоминаю: осмотр 12 марта в 10:00 на Варшавском шоссе, 132. Всего доброго!'),
      ).rules,
    ).toContain('closure.stale-recap-');
    expect(
      closingOf(
        'ru',
        moved('Итак, осмотр 12 марта в 15:00 на Варшавском шоссе, 132. Спасибо, всего доброго!'),
      ).rules,
    ).not.toContain('closure.stale-recap-');
  });
});

describe('65. from the eighty-seventh outside pairs (outside-60.jsonl, lexicon-2.86.0)', () => {
  test('defending the charge, lecturing and suspecting the customer cost patience (en)', () => {
    const bill = [
      c('A £280 roaming bill after one week in Portugal with the add-on on?! This is a scam.'),
    ];
    const pat = (text: string) => rulesOf(reply('en', text, bill));
    expect(pat('The charges have been applied correctly under our roaming policy.')).toContain(
      'patience.defensive',
    );
    expect(
      pat('Please check the list of covered countries on our website to avoid this in future.'),
    ).toContain('patience.condescending');
    expect(pat('Please always double-check the coverage before you travel.')).toContain(
      'patience.condescending',
    );
    expect(
      rulesOf(
        reply(
          'en',
          'Whistling is often caused by incorrect insertion, so please reinsert the dome.',
          [c('My hearing aid whistles all the time, I have tried everything in the leaflet.')],
        ),
      ),
    ).toContain('patience.blame');
    expect(
      rulesOf(
        reply('en', 'I need you to stay calm so I can help you.', [
          c('The show starts in an hour!!! SEND THE TICKETS'),
        ]),
      ),
    ).toContain('patience.tone-policing');
    expect(
      rulesOf(
        reply('en', 'Our couriers use their judgement to find a safe place.', [
          c('Your driver left my parcel in the rain.'),
        ]),
      ),
    ).toContain('patience.defensive');
  });

  test('plain acknowledgements in English: "would shock anyone", "shouldn\'t have been left", "not something you\'re doing wrong"', () => {
    const bill = [
      c('A £280 roaming bill after one week in Portugal with the add-on on?! This is a scam.'),
    ];
    expect(
      rulesOf(
        reply(
          'en',
          "£280 after a week with the add-on on would shock anyone. I'm checking the bill now.",
          bill,
        ),
      ),
    ).not.toContain('patience.no-acknowledgement');
    const parcel = [
      c('Your driver left my parcel in the rain and the lamp inside is broken! Nobody knocked.'),
    ];
    expect(
      rulesOf(
        reply(
          'en',
          "The photo shows it by your bin, and it shouldn't have been left there. I've opened a claim today.",
          parcel,
        ),
      ),
    ).not.toContain('patience.no-acknowledgement');
    const tried = [
      c("Yes, I've tried that. I've tried everything in the leaflet and it still whistles!"),
    ];
    const rules = rulesOf(
      reply(
        'en',
        "Then it's not something you're doing wrong: the aid needs adjusting. Priya can see you Tuesday at 10:30.",
        tried,
      ),
    );
    expect(rules).not.toContain('patience.harsh-words');
    expect(rules).not.toContain('patience.direct-start');
    expect(
      rulesOf(reply('en', "Then that's wrong, and you should read the leaflet.", tried)),
    ).toContain('patience.harsh-words');
  });

  test('Russian: owning a broken promise and a rude remark; «чтобы вы сами видели» is an offer, not blame', () => {
    const promised = [
      c('вы обещали перезвонить в понедельник. сегодня четверг!! мне телефон нужен для работы'),
    ];
    expect(
      rulesOf(
        reply(
          'ru',
          'Вы правы: в понедельник должны были перезвонить и не перезвонили. Ремонт готов, забирать можно сегодня после 15:00.',
          promised,
        ),
      ),
    ).toContain('patience.empathy');
    const rude = [
      c('администратор сказала, что я наверное сама уронила телефон. я его не роняла!'),
    ];
    expect(
      rulesOf(
        reply(
          'ru',
          'Извините: без диагностики никто не должен был так говорить. Диагностика бесплатная, завтра в 11:00.',
          rude,
        ),
      ),
    ).toContain('patience.empathy');
    expect(
      rulesOf(
        reply(
          'ru',
          'Деньги на месте. Если хотите, пришлю выписку, чтобы вы сами видели эту сумму.',
          [c('списали 50 000, а остаток тот же!! где деньги??')],
        ),
      ),
    ).not.toContain('patience.blame');
    expect(rulesOf(reply('ru', 'Вы сами выбрали этот тариф.', promised))).toContain(
      'patience.blame',
    );
  });

  test('Russian: «Ознакомьтесь с правилами», «срок диагностики ещё не истёк», brochure lines', () => {
    const hist = [c('списали 900 р за поездку 10 минут!!! я нажал завершить на парковке')];
    expect(
      rulesOf(
        reply('ru', 'Ознакомьтесь, пожалуйста, с правилами завершения аренды в приложении.', hist),
      ),
    ).toContain('patience.condescending');
    expect(
      rulesOf(
        reply('ru', 'Срок диагностики составляет до 10 рабочих дней, он ещё не истёк.', [
          c('ноутбук у вас уже неделю, где результат?'),
        ]),
      ),
    ).toContain('patience.policy-shield');
    expect(
      rulesOf(
        reply(
          'ru',
          'Спасибо за ваш вопрос! Тариф «Свобода» — отличный выбор для тех, кто много ездит. Благодарим, что вы с нами!',
          [c('а на тарифе «Свобода» работает модем в роуминге?')],
        ),
      ),
    ).toContain('gaming.stuffing');
    // A direct yes in other words is an answer, not a generic reply.
    expect(
      rulesOf(
        reply('ru', 'Да, работает: раздача идёт из тех же 20 ГБ пакета, без доплаты.', [
          c('а на тарифе «Свобода» работает модем в роуминге?'),
        ]),
      ),
    ).not.toContain('gaming.generic');
  });

  test('«тогда всё, до субботы» says the customer is done; a deadline «до пятницы» does not', () => {
    const booked = (customer: string, last: string) => [
      c('Запишите на замену масла, Kia Rio.'),
      a('Есть суббота, 9 ноября, в 10:00. Записать?'),
      c('да. а фильтр входит?'),
      a('Фильтр входит: замена масла с фильтром — 3 900 ₽.'),
      c(customer),
      a(last),
    ];
    const done = closingOf(
      'ru',
      booked(
        'понял. тогда всё, до субботы',
        'До субботы! Итак: 9 ноября в 10:00, замена масла с фильтром, 3 900 ₽. Спасибо, хорошего дня!',
      ),
    );
    expect(done.rules).not.toContain('closure.premature-');
    const notDone = closingOf(
      'ru',
      booked(
        'а можно перенести до пятницы?',
        'Итак: 9 ноября в 10:00, замена масла с фильтром, 3 900 ₽. Спасибо, хорошего дня!',
      ),
    );
    expect(notDone.rules).toContain('closure.premature-');
  });
});

describe('66. from the eighty-ninth outside pairs (outside-61.jsonl, lexicon-2.87.0)', () => {
  test('English brochure lines around no answer are stuffing', () => {
    const stuffed = (text: string, question: string) =>
      rulesOf(reply('en', text, [c(question)])).includes('gaming.stuffing');
    expect(
      stuffed(
        'Thanks for asking! The comfort of every guest is our top priority, and our passionate, highly trained team will take care of every detail.',
        'Do you have a ground-floor room? My dad uses a wheelchair.',
      ),
    ).toBe(true);
    expect(
      stuffed(
        'Thank you for being a valued customer! Did you know you can protect your discount for just £25 a year?',
        'Will a windscreen claim affect my discount?',
      ),
    ).toBe(true);
    expect(
      stuffed(
        'Our expert nurses offer personalised advice for every destination. Book a consultation and we can give you peace of mind before you go!',
        'Do I need a rabies jab for Vietnam?',
      ),
    ).toBe(true);
    // The answer first, then a tip: no stuffing.
    expect(
      stuffed(
        'Yes: rooms 2 and 4 are on the ground floor with a level shower. Did you know you can add a shower chair when you book?',
        'Do you have a ground-floor room? My dad uses a wheelchair.',
      ),
    ).toBe(false);
  });

  test('"perhaps a family member could help you" talks down; "you\'re not asking too much" reassures', () => {
    const lost = [c("I don't know what refreshing is. I just want to book a visit to my dad.")];
    expect(
      rulesOf(
        reply(
          'en',
          'If you are still stuck, perhaps a family member could help you book online.',
          lost,
        ),
      ),
    ).toContain('patience.condescending');
    expect(
      rulesOf(
        reply(
          'en',
          "You're not asking too much, these are the right questions. I'll book it for you now: Sunday at 2pm.",
          [c("Sorry, I know I'm asking a lot of questions. Can you book it for me?")],
        ),
      ),
    ).toContain('patience.reassurance');
    expect(
      rulesOf(
        reply(
          'ru',
          'Спрашивать совсем не неудобно, об этом спрашивают многие. Рассрочка на 10 месяцев, 6 000 ₽ в месяц.',
          [c('мне неудобно спрашивать, но рассрочка у вас есть? я пенсионерка')],
        ),
      ),
    ).toContain('patience.reassurance');
  });

  test('Russian: "teachers are people too", «случаются форс-мажоры», «Напоминаем, что …» to a complaint', () => {
    const hist = [
      c('Преподаватель третий раз опаздывает, а сегодня вообще не пришла. Ребёнок ждал 40 минут.'),
    ];
    const pat = (text: string) => rulesOf(reply('ru', text, hist));
    expect(pat('Преподаватели тоже люди. Сменить преподавателя можно через заявку.')).toContain(
      'patience.tone-policing',
    );
    expect(pat('Иногда случаются форс-мажоры. Урок вернём на баланс.')).toContain(
      'patience.dismissive',
    );
    expect(pat('Напоминаем, что об отмене нужно предупреждать за сутки.')).toContain(
      'patience.condescending',
    );
  });

  test('a document asked for again from a customer who says they already sent it («уже скидывала»)', () => {
    expect(
      rulesOf(
        reply('ru', 'Прошу прислать скриншот повторно, без него не сможем проверить списание.', [
          c('я вам этот скрин уже скидывала вчера в чате!!! мне опять всё по новой??'),
        ]),
      ),
    ).toContain('gaming.asked-again');
  });

  test('a recap with the time of another thing, and steps as the answer to "how?" before "anything else?"', () => {
    const shift = (last: string) => [
      c('I signed up to volunteer, name is Tom.'),
      a('Your first shift is Thursday 6 June, 5:30 to 8pm, with a 15-minute induction at 5:15.'),
      c('Great, see you then.'),
      a(last),
    ];
    expect(
      closingOf(
        'en',
        shift('See you Thursday 6 June: induction at 5:30, shift until 8pm. Thanks, Tom!'),
      ).rules,
    ).toContain('closure.wrong-recap-');
    expect(
      closingOf(
        'en',
        shift('See you Thursday 6 June: induction at 5:15, shift until 8pm. Thanks, Tom!'),
      ).rules,
    ).not.toContain('closure.wrong-recap-');
    const how = (last: string) => [
      c('Заметил царапину на двери при приёмке машины, но в приложении отметить не успел.'),
      a('Нашла ваши фото от 9 июля, повреждение закрепила за предыдущим пользователем.'),
      c('Супер. А в следующий раз как правильно?'),
      a(last),
    ];
    expect(
      closingOf(
        'ru',
        how(
          'Перед началом аренды откройте экран осмотра, нажмите «Есть повреждение» и сделайте фото. Ещё что-то подсказать?',
        ),
      ).rules,
    ).not.toContain('closure.premature-');
    expect(
      closingOf(
        'ru',
        how('Повреждение закреплено за предыдущим пользователем. Ещё что-то подсказать?'),
      ).rules,
    ).toContain('closure.premature-');
  });
});

describe('67. from the ninety-first outside pairs (outside-62.jsonl, lexicon-2.88.0)', () => {
  test('procedure as the answer, "keep this conversation constructive", a misunderstanding about the time', () => {
    const hist = [
      c("I've restarted the router THREE times today and it still drops. I work from home!"),
    ];
    const pat = (lang: Lang, text: string, h: Turn[] = hist) => rulesOf(reply(lang, text, h));
    expect(pat('en', 'A restart is a required step before we can escalate a fault.')).toContain(
      'patience.policy-shield',
    );
    expect(
      pat('en', 'Holds are applied automatically, which is standard across the platform.'),
    ).toContain('patience.policy-shield');
    expect(pat('en', "I'd ask that we keep this conversation constructive.")).toContain(
      'patience.tone-policing',
    );
    expect(
      pat('en', 'There may have been a misunderstanding about the time of the viewing.', [
        c('I have been waiting outside for 40 minutes and the agent is not answering!'),
      ]),
    ).toContain('patience.defensive');
    expect(
      pat('ru', 'Возможно, произошло недопонимание по времени показа.', [
        c('Стою у дома уже 40 минут, агент не пришёл и трубку не берёт!'),
      ]),
    ).toContain('patience.defensive');
    expect(
      pat(
        'ru',
        'Попробуйте внимательно ознакомиться с инструкцией. Если не получится, попросите помочь кого-нибудь из близких.',
        [c('я же говорю не понимаю я эти ссылки. у меня телевизор')],
      ),
    ).toContain('patience.condescending');
  });

  test('"a part we don\'t stock" in a condition is no refusal; brochure openers are filler', () => {
    expect(
      rulesOf(
        reply(
          'en',
          "Yes, Friday works. If Sam finds it needs a part we don't stock, I'll ring you by 5pm Thursday.",
          [c('Any chance my bike is ready by Friday?')],
        ),
      ),
    ).not.toContain('positive.cannot');
    expect(
      rulesOf(
        reply('en', "Sorry, we don't stock that part.", [c('Do you have a rear mech for a Cube?')]),
      ),
    ).toContain('positive.cannot');
    const stuffed = (lang: Lang, text: string, q: string) =>
      rulesOf(reply(lang, text, [c(q)])).includes('gaming.stuffing');
    expect(
      stuffed(
        'en',
        'Thanks for your interest in this stunning property in a sought-after location! It is sure to attract a lot of interest.',
        'Does the flat at 12 Park Road come with parking?',
      ),
    ).toBe(true);
    expect(
      stuffed(
        'en',
        'Great question! Have you heard about our new Family Swim pass? Swim together for just £40 a month!',
        'Can my son use my swim sessions?',
      ),
    ).toBe(true);
    expect(
      stuffed(
        'ru',
        'Для вашего удобства рекомендуем воспользоваться нашей услугой «Документы под ключ» — всего 3 990 ₽!',
        'Какие документы нужны ИП для визы?',
      ),
    ).toBe(true);
  });

  test('the customer\'s new question before "anything else?": echoes and thanks are not its words', () => {
    const turns = (last: string) => [
      c('Когда привезут паспорт с визой? Договор ТР-4410.'),
      a('Виза готова. Курьер привезёт паспорт в среду, 11 июня, с 10:00 до 14:00.'),
      c('отлично, жду в среду. а если меня не будет дома, можно отдать соседке?'),
      a(last),
    ];
    expect(
      closingOf(
        'ru',
        turns(
          'Отлично, ожидайте курьера в среду, 11 июня, с 10:00 до 14:00. Могу ли я ещё чем-то помочь?',
        ),
      ).rules,
    ).toContain('closure.premature-');
    expect(
      closingOf(
        'ru',
        turns(
          'Да, можно: напишите здесь ФИО соседки, она покажет паспорт курьеру. Курьер будет в среду с 10:00 до 14:00. Могу ли я ещё чем-то помочь?',
        ),
      ).rules,
    ).not.toContain('closure.premature-');
  });
});

describe('68. from the ninety-third outside pairs (outside-63.jsonl, lexicon-2.89.0)', () => {
  test('English: "sorry you feel let down", "as I\'m sure you\'ll appreciate", "please check back later"; owning and reassuring', () => {
    const roofer = [c("Your roofer didn't turn up AGAIN. Two days off work for nothing!")];
    const rules = rulesOf(
      reply(
        'en',
        "I'm sorry you feel let down. As I'm sure you'll appreciate, emergencies come first.",
        roofer,
      ),
    );
    expect(rules).toEqual(
      expect.arrayContaining(['patience.non-apology', 'patience.condescending']),
    );
    expect(
      rulesOf(
        reply(
          'en',
          'Two wasted days off is on us, not you. Dan will be there Monday at 8am.',
          roofer,
        ),
      ),
    ).toContain('patience.empathy');
    const gig = [
      c("The gig is TONIGHT and my tickets are not in the app. Tell me I haven't been scammed."),
    ];
    expect(
      rulesOf(
        reply(
          'en',
          'Tickets usually arrive 24 hours before. Please check back closer to the time.',
          gig,
        ),
      ),
    ).toContain('patience.condescending');
    expect(
      rulesOf(
        reply('en', "You haven't lost your tickets: I've resent them to the app just now.", gig),
      ),
    ).toContain('patience.reassurance');
    // A plain correction is no reassurance.
    expect(
      rulesOf(
        reply('en', "You haven't been charged twice: March's payment went out on 1 April.", gig),
      ),
    ).not.toContain('patience.reassurance');
  });

  test('Russian: lectures about duplicate messages, checking bookings, the right password; «а не ваша ошибка»', () => {
    const hist = [c('ну что там?? я на работе до 7, утренник завтра в 9!')];
    const pat = (text: string, h: Turn[] = hist) => rulesOf(reply('ru', text, h));
    expect(
      pat(
        'Обращения обрабатываются по очереди. Просим не дублировать сообщения, это замедляет обработку.',
      ),
    ).toContain('patience.condescending');
    const booking = [
      c('Бронь B-10220 подтвердилась, а хостес говорит, брони нет. Стоим на улице с детьми!'),
    ];
    expect(
      pat('Рекомендуем уточнять бронь по телефону ресторана перед визитом.', booking),
    ).toContain('patience.condescending');
    expect(
      pat(
        'Подтверждение у вас есть, значит, это сбой на нашей стороне, а не ваша ошибка. Звоню администратору.',
        booking,
      ),
    ).not.toContain('patience.no-acknowledgement');
    expect(
      pat('Уточните, вы вводите правильный пароль?', [
        c('ПЕРЕПОДКЛЮЧАЛАСЬ. Не работает ни у кого на этаже'),
      ]),
    ).toContain('patience.condescending');
    // «вам нужно будет только подписать» tells how little is left, it orders nothing.
    expect(
      pat('Сотрудник сам заполнит заявление, вам нужно будет только подписать.'),
    ).not.toContain('patience.you-must');
  });
});

describe('69. from the ninety-fifth outside pairs (outside-64.jsonl, lexicon-2.90.0)', () => {
  test('our failure put beyond us, nothing more to do, a grandson to help; reassurance about a deadline', () => {
    const party = [
      c("Your magician came 40 minutes late to my daughter's party. Half the kids had gone home!"),
    ];
    expect(
      rulesOf(
        reply(
          'en',
          'Our entertainers sometimes face traffic delays, which are outside of our control.',
          party,
        ),
      ),
    ).toContain('patience.dismissive');
    const worried = [
      c('Enrolment closes Friday and my documents are still pending. I am very worried.'),
    ];
    expect(
      rulesOf(
        reply(
          'en',
          'There is nothing further you can do at this stage. Please wait for the email.',
          worried,
        ),
      ),
    ).toContain('patience.dismissive');
    expect(
      rulesOf(
        reply(
          'en',
          "We'll get this done before Friday: I've flagged your documents as urgent today.",
          worried,
        ),
      ),
    ).toContain('patience.reassurance');
    expect(
      rulesOf(
        reply('en', 'Perhaps your grandson could help you upload the photos next time he visits.', [
          c("I don't know how to do the photo thing. I am 81."),
        ]),
      ),
    ).toContain('patience.condescending');
  });

  test('Russian: the procedure as the answer, the consent form you signed, «это всегда тревожно»', () => {
    const fever = [
      c('после прививки у сына температура 38,5!! это нормально?? мне ничего не объяснили'),
    ];
    expect(
      rulesOf(
        reply(
          'ru',
          'Температура после прививки — это всегда тревожно. Педиатр на связи до 21:00, соединю.',
          fever,
        ),
      ),
    ).not.toContain('patience.no-acknowledgement');
    expect(
      rulesOf(
        reply(
          'ru',
          'Это указано в информированном согласии, которое вы подписывали перед прививкой.',
          fever,
        ),
      ),
    ).toContain('patience.blame');
    expect(
      rulesOf(
        reply(
          'ru',
          'Перезагрузка — стандартный этап диагностики, без неё мы не можем перейти дальше.',
          [c('я ЖЕ перезагружал уже раз десять за неделю!')],
        ),
      ),
    ).toContain('patience.policy-shield');
  });

  test('a recap deadline a digit off the one an agent gave, not a new deadline with a day of its own', () => {
    const turns = (last: string) => [
      c('пришла смс что ноутбук готов. до скольки вы работаете?'),
      a('Ноутбук готов, 4 200 ₽. Работаем ежедневно с 10:00 до 21:00.'),
      c('ок, заеду сегодня после работы, спасибо'),
      a(last),
    ];
    expect(closingOf('ru', turns('Ждём вас сегодня до 20:00! До встречи!')).rules).toContain(
      'closure.wrong-recap-',
    );
    expect(closingOf('ru', turns('Ждём вас сегодня до 21:00! До встречи!')).rules).not.toContain(
      'closure.wrong-recap-',
    );
    expect(
      closingOf(
        'ru',
        turns(
          'Ждём вас сегодня до 21:00, а если не успеете — до среды, 20:00 ноутбук полежит у нас. До встречи!',
        ),
      ).rules,
    ).not.toContain('closure.wrong-recap-');
  });
});

describe('70. from the ninety-seventh outside pairs (outside-65.jsonl, lexicon-2.91.0)', () => {
  test('English: sorry for how they feel or for their experience; a guide they should have read; told off for repeating', () => {
    const leak = [c('Third time I am writing. The boiler still drips and nobody has come.')];
    for (const text of [
      "I'm sorry to hear you feel this way. An engineer will be assigned in due course.",
      "We're sorry you had such a frustrating experience. Repairs are booked in order.",
    ]) {
      const rules = rulesOf(reply('en', text, leak));
      expect(rules).toContain('patience.non-apology');
      expect(rules).not.toContain('patience.empathy');
    }
    // Guard: an apology for what we did stays an apology.
    expect(
      rulesOf(reply('en', "I'm sorry nobody came on Tuesday. That was our mistake.", leak)),
    ).not.toContain('patience.non-apology');
    expect(
      rulesOf(
        reply(
          'en',
          'Some scuffs on the skirting are normal during a fit, as explained in the installation pack.',
          [c('Your fitters left scuff marks all along my hallway. Is this normal?')],
        ),
      ),
    ).toContain('patience.condescending');
    const again = [
      c('My reference is QX-2231.'),
      { role: 'agent' as const, text: 'Thanks. What date was the delivery?' },
      c('Sorry, here it is again: QX-2231. It was Monday. I get muddled with these things.'),
    ];
    expect(
      rulesOf(
        reply(
          'en',
          "I already have your reference, so there's no need to send it again. Checking Monday now.",
          again,
        ),
      ),
    ).toContain('patience.repeating-myself');
    const calm = rulesOf(
      reply(
        'en',
        "No rush at all, that's everything I need. Monday's delivery is on the way.",
        again,
      ),
    );
    expect(calm).toContain('patience.reassurance');
    expect(calm).not.toContain('patience.repeating-myself');
  });

  test('English: "isn\'t something we can offer" refuses unless it turns to what we can; a clause number as the answer; brochure praise', () => {
    const early = [c('Can we leave the gym contract two months early? We are moving abroad.')];
    const refused = reply(
      'en',
      "Leaving early isn't something we can offer without the exit fee. Please refer to section 7 of your contract for the details.",
      early,
    );
    expect(rulesOf(refused)).toEqual(
      expect.arrayContaining(['positive.cannot', 'positive.deflection']),
    );
    expect(rulesOf(refused)).not.toContain('positive.solution');
    expect(
      rulesOf(
        reply(
          'en',
          "A pause isn't something we offer, though: what I can do is end it on 30 June with no exit fee, since you're moving abroad.",
          early,
        ),
      ),
    ).not.toContain('positive.cannot');
    const cot = [c('Does the travel cot fold flat enough to go in hand luggage?')];
    for (const text of [
      'What a thoughtful parent you are! All our cots are made with the finest materials and loved by thousands of families.',
      "Great to hear from you! We're here for you every step of the way.",
    ])
      expect(
        rulesOf(reply('en', text, cot)).some((r) => /^gaming\.(?:generic|stuffing)$/.test(r)),
      ).toBe(true);
  });

  test('English: "thanks for choosing us" and "anything else?" beside a new question the reply does not take up close too early', () => {
    const turns = (last: string) => [
      c("I've booked a boiler service for Thursday at 10am, ref BS-40211. Do I need to be in?"),
      a('Yes, someone over 18 needs to be home. The service takes about an hour.'),
      c('Fine. Will the engineer also look at the radiator that stays cold at the top?'),
      a(last),
    ];
    expect(
      closingOf(
        'en',
        turns(
          'Your service BS-40211 is confirmed for Thursday at 10am. Is there anything else I can help with? Thanks for choosing us!',
        ),
      ).rules,
    ).toContain('closure.premature-');
    // Guard: answering the new question first, then asking, is no premature close.
    expect(
      closingOf(
        'en',
        turns(
          'Yes, a cold top usually means trapped air, and bleeding it is part of the visit at no extra cost. Anything else I can help with? Thanks for choosing us!',
        ),
      ).rules,
    ).not.toContain('closure.premature-');
  });

  test('Russian: tone policing about caps and exclamation marks; «описаны в правилах»; brochure in place of the answer', () => {
    expect(
      rulesOf(
        reply('ru', 'Прошу вас писать без капслока, так мы быстрее разберёмся.', [
          c('ВЫ ОПЯТЬ СПИСАЛИ ДЕНЬГИ ДВАЖДЫ!!! ВЕРНИТЕ!!!'),
        ]),
      ),
    ).toContain('patience.tone-policing');
    expect(
      rulesOf(
        reply('ru', 'Порядок действий подробно описан в памятке к полису.', [
          c('у меня украли велосипед из подъезда, он застрахован. что теперь?'),
        ]),
      ),
    ).toContain('positive.deflection');
    const concert = [c('Можно ли пройти на концерт с рюкзаком? И есть ли гардероб?')];
    for (const text of [
      'Добрый день! Этот концерт — уникальная возможность увидеть легенду вживую. Приглашаем вас погрузиться в волшебный мир музыки!',
      'Здравствуйте! Вас ждут уютные залы и насыщенная программа. Наши администраторы на входе всегда помогут!',
    ])
      expect(
        rulesOf(reply('ru', text, concert)).some((r) => /^gaming\.(?:generic|stuffing)$/.test(r)),
      ).toBe(true);
    // Guard: the answer itself.
    expect(
      rulesOf(
        reply(
          'ru',
          'Добрый день! С рюкзаком можно, если он не больше 40×30 см, его досмотрят на входе. Гардероб есть, бесплатный.',
          concert,
        ),
      ),
    ).not.toEqual(expect.arrayContaining([expect.stringMatching(/^gaming\./)]));
  });

  test('Russian: «будем благодарны, если вы оцените» is no thanks; points with their digits swapped misquote the balance', () => {
    const done = [
      c('Здравствуйте, запишите на замену паспорта'),
      a('Записала: 14 мая, 11:30, офис на Садовой. Возьмите старый паспорт и две фотографии.'),
      c('спасибо, всё понятно, до свидания'),
    ];
    const asked = closingOf('ru', [
      ...done,
      a('Будем благодарны, если вы оцените нашу работу по ссылке. До свидания!'),
    ]);
    expect(asked.rules).not.toContain('closure.thanks+');
    expect(
      closingOf('ru', [...done, a('Спасибо, что обратились! Ждём вас 14 мая. До свидания!')]).rules,
    ).toContain('closure.thanks+');
    const points = (last: string) => [
      c('потерял карту лояльности, баллы сгорят?'),
      a('Не сгорят: на карте 3 150 баллов, я перенесла их на виртуальную карту в приложении.'),
      c('вижу, всё на месте, спасибо'),
      a(last),
    ];
    expect(
      closingOf('ru', points('Отлично! Итак, 3 510 баллов на виртуальной карте. Хорошего дня!'))
        .rules,
    ).toContain('closure.wrong-recap-');
    expect(
      closingOf('ru', points('Отлично! Итак, 3 150 баллов на виртуальной карте. Хорошего дня!'))
        .rules,
    ).not.toContain('closure.wrong-recap-');
  });
});

describe('71. from the ninety-ninth outside pairs (outside-66.jsonl, lexicon-2.92.0)', () => {
  test('English: "is a real worry", "you\'re not going on", cancellations made normal; "calm down" said of a thing', () => {
    const stressed = [
      c(
        "My plumber has cancelled twice and the boiler is still broken. Sorry to go on, I'm just so stressed.",
      ),
    ];
    const owned = rulesOf(
      reply(
        'en',
        "You're not going on. Two cancellations with no heating is a real worry. I've booked our senior engineer for 8am tomorrow.",
        stressed,
      ),
    );
    expect(owned).toEqual(expect.arrayContaining(['patience.empathy', 'patience.reassurance']));
    expect(owned).not.toContain('patience.no-acknowledgement');
    expect(
      rulesOf(
        reply(
          'en',
          'Engineers may occasionally need to cancel visits due to illness. You will not be charged.',
          stressed,
        ),
      ),
    ).toContain('patience.defensive');
    const alerts = [c('My doorbell pings my phone every time a bus goes past. Can I stop that?')];
    expect(
      rulesOf(
        reply(
          'en',
          'Yes: in Settings > Motion, draw the zone round your path only. Let me know if the alerts calm down.',
          alerts,
        ),
      ),
    ).not.toContain('patience.dismissive');
    expect(
      rulesOf(reply('en', 'Please calm down, sir. The doorbell works as designed.', alerts)),
    ).toContain('patience.dismissive');
  });

  test('English: brochure lines with a word in between are still brochure lines', () => {
    const size = [
      c('Will a double wardrobe fit in a room that is 2.4m wide, or is that too tight?'),
    ];
    for (const text of [
      'Every bedroom is different, and our designers will work with you to create the perfect room for your needs!',
      'Great question! Every bedroom is unique. Book your free design consultation today to explore the possibilities!',
    ])
      expect(
        rulesOf(reply('en', text, size)).some((r) => /^gaming\.(?:generic|stuffing)$/.test(r)),
      ).toBe(true);
  });

  test('English: a customer who has to run is done; "enjoy having …" says goodbye; a survey at the goodbye is a sour note', () => {
    const turns = (last: string) => [
      c('I lost my retainer, can you send a new one before Friday?'),
      a("Yes, I've ordered it with free express delivery; it arrives Thursday and costs £45."),
      c('great thanks, gotta run'),
      a(last),
    ];
    const short = closingOf('en', turns('No problem: £45, arriving Thursday. Safe travels!'));
    expect(short.rules).toContain('closure.anything-else+');
    const survey = closingOf(
      'en',
      turns(
        "You're welcome! Before you go, would you mind taking a quick 2-minute survey about today? Have a great trip!",
      ),
    );
    expect(survey.rules).toContain('closure.sour-note-');
    expect(short.score).toBeGreaterThan(survey.score!);
    const guests = closingOf('en', [
      c('I need a visitor permit for my sister, Monday to Wednesday.'),
      a("Done: £7.50 for Monday to Wednesday, and I've emailed the receipt."),
      c("That's everything, thanks!"),
      a('Thank you! You are covered Monday to Wednesday. Enjoy having your sister over!'),
    ]);
    expect(guests.rules).toContain('closure.farewell+');
  });

  test('Russian: sarcasm policed, the rules and their clauses as the answer, our own slip owned', () => {
    const angry = [
      c(
        'Я отправил фото ещё неделю назад, а вы пишете «нечитаемые». Может, мне лично телефон привезти?',
      ),
    ];
    expect(
      rulesOf(reply('ru', 'Прошу вас воздержаться от сарказма. Загрузите фото повторно.', angry)),
    ).toContain('patience.tone-policing');
    expect(
      rulesOf(
        reply(
          'ru',
          'Фотографии должны соответствовать требованиям, указанным в п. 4.3 договора.',
          angry,
        ),
      ),
    ).toContain('positive.deflection');
    expect(
      rulesOf(
        reply(
          'ru',
          'Фото чёткие, не хватает номера IMEI. Так и нужно было написать сразу, извините. Пришлите фото коробки — передам заявку сегодня.',
          angry,
        ),
      ),
    ).not.toContain('patience.blame');
    const cabin = [
      c('Заселение с 14:00, сейчас 14:30, номер не убран, у нас ребёнок на руках. Это нормально?'),
    ];
    expect(
      rulesOf(
        reply('ru', 'Уборка иногда задерживается. Администратор действует по регламенту.', cabin),
      ),
    ).toContain('patience.policy-shield');
    const fair = rulesOf(
      reply(
        'ru',
        'Нет, не нормально: номер должен быть готов к 14:00. Пока ждёте, проходите в кафе, чай за наш счёт, уборку закончат к 15:00.',
        cabin,
      ),
    );
    expect(fair).toContain('patience.empathy');
    expect(fair).not.toContain('positive.flat-no');
  });

  test('Russian: brochure and a package pitch in place of the answer; «пока рассрочка не закрыта» is no refusal', () => {
    const dog = [c('Вы стрижёте крупных собак? У меня ньюфаундленд, 70 кг.')];
    for (const text of [
      'Спасибо за вопрос! Мы любим всех собак и работаем с питомцами любых пород и размеров!',
      'Уход за шерстью — залог здоровья питомца. Наши мастера подберут для вас идеальный вариант!',
    ])
      expect(
        rulesOf(reply('ru', text, dog)).some((r) => /^gaming\.(?:generic|stuffing)$/.test(r)),
      ).toBe(true);
    expect(
      rulesOf(
        reply(
          'ru',
          'Рекомендуем наш премиум-абонемент «Лето»: 12 занятий и бассейн, всего 19 900 ₽!',
          [c('Можно ли ходить на тренировки два раза в неделю, а не три?')],
        ),
      ),
    ).toContain('gaming.upsell');
    expect(
      rulesOf(
        reply(
          'ru',
          'Да, видна как обычный кредит. Но пока рассрочка не закрыта, банк учтёт платёж в нагрузке, поэтому можно взять её на 6 месяцев.',
          [c('Рассрочка на шкаф попадёт в кредитную историю? Я ипотеку планирую')],
        ),
      ),
    ).not.toContain('positive.flat-no');
  });

  test('Russian: «Ура)» takes the fix before a last question; a sum with two digits swapped; «мне пора»', () => {
    const turns = (last: string) => [
      c('Я внесла последний платёж по рассрочке, договор Р-5512. Всё закрыто?'),
      a('Да, платёж поступил 4 апреля, договор Р-5512 погашен полностью.'),
      c('Ура) А справку о закрытии можно получить?'),
      a(last),
    ];
    expect(
      closingOf(
        'ru',
        turns(
          'Можно: справку по договору Р-5512 пришлю сегодня на почту в PDF. Подсказать что-то ещё? Всего доброго!',
        ),
      ).rules,
    ).not.toContain('closure.premature-');
    const paid = (last: string) => [
      c('Хочу абонемент на парковку на месяц, машина К123ОР.'),
      a('Абонемент на 30 дней — 6 500 ₽, ссылка на оплату в СМС.'),
      c('оплатил, спасибо, мне пора'),
      a(last),
    ];
    const swapped = closingOf(
      'ru',
      paid('Спасибо! Абонемент за 5 600 ₽ на К123ОР действует 30 дней. Хорошего дня!'),
    );
    expect(swapped.rules).toContain('closure.wrong-recap-');
    const right = closingOf(
      'ru',
      paid('Спасибо! Абонемент за 6 500 ₽ на К123ОР действует 30 дней. Хорошего дня!'),
    );
    expect(right.rules).not.toContain('closure.wrong-recap-');
    expect(right.rules).toContain('closure.anything-else+');
  });
});

describe('72. from the hundred-and-first outside pairs (outside-67.jsonl, lexicon-2.93.0)', () => {
  test('English: plain acknowledgement, our failure made normal, a customer made to feel a nuisance', () => {
    const shaking = [
      c("The florist for my wedding just cancelled, 10 days before. I'm actually shaking."),
    ];
    for (const text of [
      "That's a horrible message to get ten days before your wedding. Two of our florists are free that day; I'll send you their work now.",
      "Getting that email so close to the day must have been awful. Two of our florists are free that day; I'll send you their work now.",
    ]) {
      const rules = rulesOf(reply('en', text, shaking));
      expect(rules).toContain('patience.empathy');
      expect(rules).not.toContain('patience.no-acknowledgement');
    }
    expect(
      rulesOf(
        reply(
          'en',
          "That's miserable, the leak back after you paid to fix it. Our roofer can come at 4pm today.",
          [c("Paid you £400 in May to fix the leak and it's coming through the ceiling AGAIN.")],
        ),
      ),
    ).toContain('patience.empathy');
    expect(
      rulesOf(
        reply(
          'en',
          'Florists occasionally become unavailable. We will refund your deposit.',
          shaking,
        ),
      ),
    ).toContain('patience.defensive');
    const changes = [
      c("Sorry, I know I've changed it twice, but could the cake be lemon after all? 🙈"),
    ];
    const nuisance = rulesOf(
      reply(
        'en',
        "Okay, it's lemon now. Just so you know, each change adds extra work for our bakers, so please confirm this is definitely the final flavour.",
        changes,
      ),
    );
    expect(nuisance).toContain('patience.condescending');
    expect(
      rulesOf(
        reply(
          'en',
          'Ha, much better to find out now than on the day! Changed to lemon, still for Saturday at 11.',
          changes,
        ),
      ),
    ).toContain('patience.reassurance');
  });

  test('English: trade brochure lines; the same prices again to a customer who has seen them', () => {
    const quote = [c('Do you need scaffolding to fix two ridge tiles? Is £650 a fair price?')];
    expect(
      rulesOf(
        reply(
          'en',
          'All our work is carried out by fully qualified, insured roofers to the highest industry standards. Contact us today for a free, no-obligation quote!',
          quote,
        ),
      ).some((r) => /^gaming\.(?:generic|stuffing)$/.test(r)),
    ).toBe(true);
    const seen = [
      c('How much to re-felt a flat garage roof?'),
      a('Re-felting starts at £45 per m², and a surveyor confirms the exact price after a visit.'),
      c(
        "I've already seen that on the website. Roughly, for a 3 by 6 metre garage, is it £800? £1,500?",
      ),
    ];
    expect(
      rulesOf(
        reply(
          'en',
          'Thanks for asking! Re-felting starts at £45 per m², and the exact price is confirmed by a surveyor after a visit. Happy to help!',
          seen,
        ),
      ),
    ).toContain('gaming.repetition');
    expect(
      rulesOf(
        reply(
          'en',
          "For 18 m² with edging and a new deck board or two, expect about £900 to £1,100. The surveyor's visit is free.",
          seen,
        ),
      ),
    ).not.toContain('gaming.repetition');
  });

  test('a recap of the date the customer turned down, when they picked the other by its number', () => {
    const turns = (last: string) => [
      c('I need to move my boiler service, the 9th is no good.'),
      a('I have Tuesday 14 May or Friday 17 May, both 8am to 12pm.'),
      c('17th please.'),
      a("Done, you're booked for Friday 17 May, 8am to 12pm."),
      c('Perfect, thanks'),
      a(last),
    ];
    expect(
      closingOf(
        'en',
        turns("You're welcome! So that's you booked for Tuesday 14 May. Anything else?"),
      ).rules,
    ).toContain('closure.wrong-recap-');
    expect(
      closingOf(
        'en',
        turns("You're welcome! So that's you booked for Friday 17 May. Anything else?"),
      ).rules,
    ).not.toContain('closure.wrong-recap-');
  });

  test('Russian: a non-apology, procedure first, force majeure, the supplier to blame; «наш промах» owns it', () => {
    const net = [c('Третий день нет интернета, я работаю из дома. Роутер перезагружала трижды.')];
    expect(
      rulesOf(
        reply(
          'ru',
          'Сожалеем, что вы столкнулись с данной ситуацией. Без выполнения базовой диагностики выезд мастера не оформляется.',
          net,
        ),
      ),
    ).toEqual(expect.arrayContaining(['patience.non-apology', 'patience.policy-shield']));
    const spa = [c('Пришла на массаж к 17:00, а мастер «заболел». Я в халате стояла!')];
    expect(
      rulesOf(reply('ru', 'Болезнь мастера является форс-мажорной ситуацией.', spa)),
    ).toContain('patience.policy-shield');
    const owned = rulesOf(
      reply(
        'ru',
        'Предупредить вас должны были заранее, это наш промах. Могу записать к другому мастеру на 19:30.',
        spa,
      ),
    );
    expect(owned).toContain('patience.apology');
    expect(owned).not.toContain('patience.no-acknowledgement');
    expect(
      rulesOf(
        reply('ru', 'Задержка произошла не по вине нашего сервиса, а по вине поставщика краски.', [
          c('Обещали машину 10-го, сегодня 10-е, а вы говорите «может, к понедельнику». И?'),
        ]),
      ),
    ).toContain('patience.defensive');
    expect(
      rulesOf(
        reply('ru', 'Ремонт может занять до нескольких недель.', [
          c('Сколько чинить слуховой аппарат? Мама без него не слышит.'),
        ]),
      ),
    ).not.toContain('positive.concrete');
  });

  test('Russian: «тогда до завтра» ends the chat, «оцените заказ» sours the goodbye, «надо глянуть» leaves it pending', () => {
    const tomorrow = (last: string) => [
      c('Верну прокатный автодом завтра, во сколько можно?'),
      a('Завтра, 22 августа, до 12:00 на стоянке на Дмитровском шоссе, 157.'),
      c('понял, спасибо, тогда до завтра'),
      a(last),
    ];
    const bye = closingOf('ru', tomorrow('Спасибо! Ждём 22 августа до 12:00. До завтра!'));
    expect(bye.rules).not.toContain('closure.premature-');
    expect(bye.rules).toContain('closure.anything-else+');
    const rated = closingOf('ru', [
      c('привезли не тот заказ'),
      a('Извините! Правильный заказ привезём за 30 минут, этот курьер заберёт.'),
      c('всё привезли, спасибо, вопрос решён'),
      a('Приятного аппетита! Пожалуйста, оцените заказ в приложении от 1 до 5 звёзд.'),
    ]);
    expect(rated.rules).toContain('closure.sour-note-');
    const unsure = (last: string) => [
      c('Забрал телефон после замены экрана, но по краю экран желтит'),
      a('Проверьте, не включён ли режим чтения: Настройки → Экран.'),
      c('Был включён, выключил. Вроде лучше, но надо при дневном свете глянуть'),
      a(last),
    ];
    expect(
      closingOf(
        'ru',
        unsure(
          'Да, днём виднее. Если желтизна останется, напишите сюда или приносите с квитанцией — проверим бесплатно. Хорошего вечера!',
        ),
      ).rules,
    ).not.toContain('closure.premature-');
  });

  test('Russian: a lender’s brochure in place of the sum; the site’s prices again after «это я на сайте видел»', () => {
    expect(
      rulesOf(
        reply(
          'ru',
          'Мы — честная и прозрачная компания, работающая в соответствии с законодательством! Никаких скрытых комиссий. Оформите заявку прямо сейчас — решение за 5 минут!',
          [c('если возьму 10 000 на 20 дней, сколько отдавать? честно')],
        ),
      ).some((r) => /^gaming\.(?:generic|stuffing)$/.test(r)),
    ).toBe(true);
    const seen = [
      c('Сколько стоит перекрыть крышу металлочерепицей?'),
      a('Монтаж — от 650 ₽ за м², материал — от 750 ₽ за м². Точную сумму посчитает замерщик.'),
      c('это я на сайте видел. мне порядок цифр: дом 10 на 12, это 300 тысяч? 500?'),
    ];
    expect(
      rulesOf(
        reply(
          'ru',
          'Спасибо за вопрос! Монтаж стоит от 650 ₽ за м², материал — от 750 ₽ за м². Точную сумму посчитает замерщик. Будем рады помочь!',
          seen,
        ),
      ),
    ).toContain('gaming.repetition');
  });
});

describe('73. from the hundred-and-third outside pairs (outside-68.jsonl, lexicon-2.94.0)', () => {
  test("English: the customer's word policed, the contract and security checks first, a collections warning", () => {
    const scam = [
      c('You charged me £300 for a dent that was ALREADY THERE at pickup. This is a scam.'),
    ];
    expect(
      rulesOf(
        reply('en', "I'd ask you not to describe this as a scam. Our staff check every car.", scam),
      ),
    ).toContain('patience.tone-policing');
    expect(
      rulesOf(
        reply(
          'en',
          'Under our rental agreement, staff are not liable for damage reported after collection.',
          scam,
        ),
      ),
    ).toContain('patience.policy-shield');
    expect(
      rulesOf(
        reply(
          'en',
          "Before I can make any changes I'll need to complete a few more security checks. What is your postcode?",
          [c('quick pls, just move my son to the Wednesday class, I am at the school gates')],
        ),
      ),
    ).toContain('patience.policy-shield');
    const owe = [c("I can't pay the £900 repair bill in one go. Are there any options?")];
    const warned = reply(
      'en',
      'The invoice is due within 14 days. If it is not paid, the debt will be passed to our collections team.',
      owe,
    );
    expect(rulesOf(warned)).toContain('patience.threat');
    expect(rulesOf(warned)).not.toContain('positive.solution');
    expect(
      rulesOf(
        reply('en', 'Yes: three payments of £300 on the 1st of each month, no interest.', owe),
      ),
    ).not.toContain('patience.threat');
  });

  test('English: a catalogue in place of the answer; "That\'s it then." ends the chat', () => {
    const recess = [c('Can your roller blinds fit inside a window recess only 4cm deep?')];
    expect(
      rulesOf(
        reply(
          'en',
          "Thank you for your question! Our blinds come in over 200 colours and they're perfect for bedrooms and nurseries. Why not order up to 10 free samples today to find your perfect match?",
          recess,
        ),
      ).some((r) => /^gaming\.(?:generic|stuffing)$/.test(r)),
    ).toBe(true);
    const done = closingOf('en', [
      c('When will I see the £250 refund?'),
      a('It was issued today and will reach your card within 5 to 7 working days.'),
      c("OK good. That's it then."),
      a(
        'Thanks for bearing with us: £250 refunded today, on your card within 5 to 7 working days. Take care!',
      ),
    ]);
    expect(done.rules).not.toContain('closure.premature-');
    expect(done.rules).toContain('closure.anything-else+');
  });

  test("Russian: the customer's signature and agreement held against them, a claims-department warning", () => {
    const short = [
      c('Ждали шторы три недели, повесили — до пола не достают 20 см. Это дизайн такой?'),
    ];
    expect(
      rulesOf(
        reply(
          'ru',
          'Вы подписали бланк замера, поэтому шторы сшиты по согласованным размерам.',
          short,
        ),
      ),
    ).toContain('patience.blame');
    expect(
      rulesOf(
        reply('ru', 'С условиями подписки вы соглашались при оформлении.', [
          c('Я отменил подписку 2-го, а 5-го списали 4 900. Как так?'),
        ]),
      ),
    ).toContain('patience.blame');
    const debt = [c('Мне выставили 42 000 за вмятину. Сразу не потяну. Есть варианты?')];
    const warned = reply(
      'ru',
      'В случае неоплаты задолженность будет передана в претензионный отдел.',
      debt,
    );
    expect(rulesOf(warned)).toContain('patience.threat');
    expect(rulesOf(warned)).not.toContain('positive.solution');
    expect(
      rulesOf(reply('ru', 'Условия оплаты указаны в п. 7.3 договора аренды.', debt)),
    ).toContain('positive.deflection');
  });

  test('Russian: a fund praising itself and pitching; the old answer again to a new question', () => {
    const fund = [
      c('Хочу перевести накопления к вам из другого фонда. Не потеряю доход? Я там 3 года'),
    ];
    expect(
      rulesOf(
        reply(
          'ru',
          'Наш фонд входит в топ-10 по надёжности, а доходность за 5 лет — 7,8% годовых.',
          fund,
        ),
      ),
    ).toContain('gaming.stuffing');
    expect(
      rulesOf(
        reply(
          'ru',
          'Рекомендуем обратить внимание на нашу программу долгосрочных сбережений с софинансированием.',
          fund,
        ),
      ),
    ).toContain('gaming.upsell');
    const puppy = [
      c('у вас есть капли от блох для собак?'),
      a(
        'Здравствуйте! Да, капли для взрослых собак, 3 пипетки, 890 ₽, есть в наличии, доставка завтра.',
      ),
      c('а щенку 3 месяца, 4 кг, они подойдут? или нужны другие'),
    ];
    expect(
      rulesOf(
        reply(
          'ru',
          'Да, капли для собак есть в наличии: 3 пипетки, 890 ₽, доставим завтра. Будем рады помочь!',
          puppy,
        ),
      ),
    ).toContain('gaming.repetition');
    expect(
      rulesOf(
        reply(
          'ru',
          'Нужны другие: щенку 4 кг подойдут капли для щенков от 2 до 10 кг, 3 пипетки, 640 ₽, доставим завтра.',
          puppy,
        ),
      ),
    ).not.toContain('gaming.repetition');
  });

  test('Russian: «Будет: …» answers the last question, so a recap and a goodbye close in one message', () => {
    const turns = (last: string) => [
      c('интернета нет с утра'),
      a('Вижу обрыв на линии, бригада выехала, восстановят до 16:00.'),
      c('ок жду'),
      a('Работы завершены. Проверьте, пожалуйста, интернет.'),
      c('да, всё работает, спасибо. а перерасчёт за сегодня будет?'),
      a(last),
    ];
    expect(
      closingOf(
        'ru',
        turns(
          'Будет: абонплату за сегодня вернём на счёт завтра автоматически. Итого: обрыв устранён, перерасчёт придёт завтра. Хорошего вечера!',
        ),
      ).rules,
    ).not.toContain('closure.premature-');
    expect(
      closingOf('ru', turns('Отлично, рада, что всё заработало! Хорошего вечера!')).rules,
    ).toContain('closure.premature-');
  });
});

describe('74. from the hundred-and-fifth outside pairs (outside-69.jsonl, lexicon-2.95.0)', () => {
  test('English: "thank you for your patience" is thanks, not empathy; courtesy negations and faults named are no refusal or harsh word', () => {
    const late = [
      c('School starts MONDAY. The blazer I ordered on 14 August still says processing!'),
    ];
    const formula = rulesOf(
      reply(
        'en',
        'Thank you for your patience. Your order will be dispatched as soon as possible.',
        late,
      ),
    );
    expect(formula).toContain('patience.gratitude');
    expect(formula).not.toContain('patience.empathy');
    const owned = rulesOf(
      reply(
        'en',
        "You're not a fool: if it won't start after that many pulls, there's something wrong with the machine. I won't ask you to try again; someone will be with you at 2pm.",
        [c("The mower won't start. I'm 74 and I feel like a fool.")],
      ),
    );
    expect(owned).toContain('patience.reassurance');
    expect(owned).not.toEqual(expect.arrayContaining(['patience.harsh-words']));
    expect(owned).not.toContain('positive.cannot');
    expect(
      rulesOf(
        reply(
          'en',
          "Your payslip arrived on 12 April; I've noted your account so the refund goes through in May.",
          [c('Why is nobody reading what I send?')],
        ),
      ),
    ).not.toContain('patience.weak-acknowledgement');
  });

  test("English: the customer's use suspected, the sheet and the clause as the answer, a fault owned", () => {
    const scooter = [c('Third scooter this month that dies after 4km. Top service.')];
    expect(
      rulesOf(
        reply(
          'en',
          "Sorry to hear that! Could you check that you're charging it fully overnight?",
          scooter,
        ),
      ),
    ).toContain('patience.blame');
    expect(
      rulesOf(
        reply(
          'en',
          "Please set the choke to ON. These steps are explained on the instruction sheet supplied with the machine. I'd suggest checking that before assuming there's a fault.",
          [c("The rotavator won't start. Your chap said it was easy.")],
        ),
      ),
    ).toContain('patience.condescending');
    expect(
      rulesOf(
        reply(
          'en',
          "I'm sorry for your loss. A post-mortem is required under Section 4.2 of your policy.",
          [c('My horse was put down on Sunday. Now the claim is on hold. I just want this over.')],
        ),
      ),
    ).toContain('patience.policy-shield');
    expect(
      rulesOf(
        reply(
          'en',
          'If YouTube plays fine, the problem is probably on our side, so please try the 480p setting.',
          [c("The video just spins. My grandson says it's my internet, but YouTube works!")],
        ),
      ),
    ).toContain('patience.empathy');
  });

  test('English: a course brochure and a sign-off in place of the answer', () => {
    const lefty = [c("I'm left-handed. Will the calligraphy course work for me?")];
    expect(
      rulesOf(
        reply(
          'en',
          "Absolutely! It's designed for learners of all levels, our tutors are passionate about helping every student, and we're confident you'll love it. Enrol today and start your creative journey!",
          lefty,
        ),
      ).some((r) => /^gaming\.(?:generic|stuffing)$/.test(r)),
    ).toBe(true);
    expect(
      rulesOf(
        reply(
          'en',
          "Yes, we do! It's been a pleasure helping you today, and don't hesitate to get in touch!",
          [c('Do you do name labels? I have 3 kids starting in September.')],
        ),
      ),
    ).toContain('patience.closing-too-early');
  });

  test('a recap that gives an amount the chat said of something else', () => {
    const turns = (last: string) => [
      c('Has my claim for the vet bill been paid? Claim PC-4410.'),
      a("Yes. We've paid £1,180, which is the £1,330 invoice minus your £150 excess."),
      c('Brilliant, thanks.'),
      a(last),
    ];
    const wrong = closingOf(
      'en',
      turns("So that's £1,330 for the vet bill paid to your account by Friday. Anything else?"),
    );
    expect(wrong.rules).toContain('closure.wrong-recap-');
    expect(
      closingOf(
        'en',
        turns("So that's £1,180 paid (the £1,330 invoice less your £150 excess). Anything else?"),
      ).rules,
    ).not.toContain('closure.wrong-recap-');
    // A total recapped with its items is no misquote.
    expect(
      closingOf('ru', [
        c('в заказе творог просроченный и йогурт вздутый'),
        a('Оформила возврат: творог 149 ₽ и йогурт 89 ₽, итого 238 ₽ на карту за 3 рабочих дня.'),
        c('спасибо, всё ок'),
        a(
          'Пожалуйста. Итак: 238 ₽ за творог и йогурт вернутся на карту за 3 рабочих дня. Хорошего вечера!',
        ),
      ]).rules,
    ).not.toContain('closure.wrong-recap-');
    expect(
      closingOf('ru', [
        c('хочу продлить страховку квартиры'),
        a(
          'Продление на тех же условиях: отделка 800 000 ₽, имущество 400 000 ₽, стоимость 5 600 ₽.',
        ),
        c('оплатил, спасибо, всё'),
        a('Спасибо! Полис продлён, отделка застрахована на 400 000 ₽. Всего доброго!'),
      ]).rules,
    ).toContain('closure.wrong-recap-');
  });

  test('Russian: the customer’s click as the usual cause, the conditions as a refusal, «просим проявить терпение»; «наш недочёт» owns it', () => {
    const twice = [c('отличный сервис, списали 899 дважды)')];
    expect(
      rulesOf(
        reply(
          'ru',
          'Двойное списание обычно возникает при повторном нажатии кнопки оплаты.',
          twice,
        ),
      ),
    ).toContain('patience.blame');
    const port = [
      c('Нас оставили в порту! Автобус уехал с другой стороны, 170 евро коту под хвост'),
    ];
    expect(
      rulesOf(
        reply(
          'ru',
          'Согласно условиям продажи экскурсий, при неявке к месту отправления стоимость не возвращается.',
          port,
        ),
      ),
    ).toContain('patience.policy-shield');
    const ours = rulesOf(
      reply(
        'ru',
        'Место сбора перенесли и объявили только по-английски — это наш недочёт, не ваш. Возврат 170 € оформил.',
        port,
      ),
    );
    expect(ours).toContain('patience.apology');
    expect(
      rulesOf(
        reply(
          'ru',
          'Повторный выезд мастера назначим в течение 10 рабочих дней, просим вас проявить терпение.',
          [c('Духовка опять сломалась после ремонта! Опять ждать 10 дней?')],
        ),
      ),
    ).toContain('patience.weak-acknowledgement');
  });

  test('Russian: officialese in place of the answer; «двойной оплаты нет» is good news; a done thing said again beside a new question answers nothing', () => {
    const bills = [c('почему мне пришло две квитанции за свет? это двойная оплата?')];
    expect(
      rulesOf(
        reply(
          'ru',
          'Начисления производятся в строгом соответствии с действующим законодательством. Если вы не согласны с начислениями, вы можете обратиться в офис обслуживания.',
          bills,
        ),
      ).some((r) => /^(?:gaming\.(?:generic|stuffing)|positive\.deflection)$/.test(r)),
    ).toBe(true);
    expect(
      rulesOf(
        reply(
          'ru',
          'В нашей квитанции ваш счётчик, а в квитанции УК — свет в подъезде. Двойной оплаты здесь нет.',
          bills,
        ),
      ),
    ).not.toContain('positive.flat-no');
    const turns = (last: string) => [
      c('куртка мала, нужна на размер больше'),
      a(
        'Оформила обмен по заказу 5531: в пятницу курьер привезёт куртку 152-го размера и заберёт 146-й.',
      ),
      c('ок, а если меня не будет дома, можно соседке отдать?'),
      a(last),
    ];
    expect(
      closingOf('ru', turns('Отлично! Обмен оформлен. Могу ли я ещё чем-то помочь?')).rules,
    ).toContain('closure.premature-');
  });
});

describe('75. from the hundred-and-seventh outside pairs (outside-70.jsonl, lexicon-2.96.0)', () => {
  test('English: acknowledgement in plain words, a broken promise owned, a word denied is no harsh word', () => {
    const hotel = [
      c('Breakfast was cleared at 9:35 though your website says 10:30. We paid £16 each.'),
    ];
    for (const text of [
      "You've good reason to be annoyed. I've taken the £32 off your bill.",
      "That isn't acceptable, and it's a mess on our side. I've taken the £32 off your bill.",
    ])
      expect(rulesOf(reply('en', text, hotel))).toContain('patience.empathy');
    const watch = [c("THREE WEEKS for a '5 day' battery replacement. This is a joke.")];
    const promise = rulesOf(
      reply(
        'en',
        "You were told 5 days and it's been 21, so you've every right to be fed up. It ships tomorrow.",
        watch,
      ),
    );
    expect(promise).not.toContain('patience.blame');
    expect(promise).toContain('patience.empathy');
    expect(
      rulesOf(
        reply('en', "Asking wasn't stupid at all. A smaller loan over 24 months would work.", [
          c('My loan was declined. I feel stupid for asking.'),
        ]),
      ),
    ).not.toContain('patience.harsh-words');
  });

  test('English: "these things can happen", "as explained at check-in", "sorry you weren\'t aware", evidence first, "still within the timeframe"', () => {
    const party = [c("My son's party on the 14th is 'unfortunately' double booked. Great work.")];
    expect(
      rulesOf(reply('en', 'Unfortunately these things can occasionally happen.', party)),
    ).toContain('patience.defensive');
    const hotel = [c('Breakfast was cleared at 9:35 though your website says 10:30.')];
    const rules = rulesOf(
      reply(
        'en',
        "Breakfast ends at 9:30 on weekdays, as explained at check-in. I'm sorry you weren't aware of this.",
        hotel,
      ),
    );
    expect(rules).toEqual(
      expect.arrayContaining(['patience.condescending', 'patience.non-apology']),
    );
    expect(
      rulesOf(
        reply('en', 'Refunds can only be processed with photo evidence.', [
          c('Third week running the strawberries are mouldy.'),
        ]),
      ),
    ).toContain('patience.policy-shield');
    const late = [c('Lunch for 12 was due at 12. Nothing. Order 7734.')];
    const shrug = rulesOf(
      reply(
        'en',
        'Your order is still within the delivery window. Please wait until 12:30 before contacting us again.',
        late,
      ),
    );
    expect(shrug).toEqual(
      expect.arrayContaining(['patience.policy-shield', 'patience.dismissive']),
    );
  });

  test('Russian: warnings given at hand-over held against the customer, «прежде чем делать выводы», reasons beyond us; a river brochure; «Счастливой свадьбы!»', () => {
    const flood = [c('После первого дождя в подвале по щиколотку. Гарантия 5 лет, говорите?')];
    expect(
      rulesOf(
        reply(
          'ru',
          'Прежде чем делать выводы, нужно установить причину. Вода могла попасть из-за отмостки, о чём мастер предупреждал при сдаче объекта.',
          flood,
        ),
      ),
    ).toEqual(expect.arrayContaining(['patience.condescending', 'patience.blame']));
    expect(
      rulesOf(
        reply('ru', 'Мастер не смог приехать по независящим от него причинам.', [
          c('Мастер не пришёл. Опять. Третий перенос!'),
        ]),
      ),
    ).toContain('patience.defensive');
    expect(
      rulesOf(
        reply(
          'ru',
          'Речная прогулка — это незабываемые виды, уютные салоны и открытая палуба! Ждём вас на борту!',
          [c('А с собакой на прогулку можно? Лабрадор, спокойный')],
        ),
      ).some((r) => /^gaming\.(?:generic|stuffing)$/.test(r)),
    ).toBe(true);
    const wedding = closingOf('ru', [
      c('Когда вернуть костюм?'),
      a('До понедельника, 9-го, 19:00. Залог 10 000 ₽ вернём при сдаче.'),
      c('Отлично, тогда всё понятно, спасибо!'),
      a(
        'Спасибо вам! Итак: вернуть до понедельника, 9-го, 19:00, залог вернём сразу. Счастливой свадьбы!',
      ),
    ]);
    expect(wedding.rules).toContain('closure.farewell+');
  });
});

describe('76. from the hundred-and-ninth outside pairs (outside-71.jsonl, lexicon-2.97.0)', () => {
  test('English: terms accepted at sign-up, a late approval and the screen held against the customer; "Oh no", "a scary word to see"', () => {
    const loan = [c("My loan says 'defaulted'. Have I lost my £2,000?")];
    expect(
      rulesOf(
        reply(
          'en',
          'As outlined in our risk statement, which you accepted when you opened your account, defaults are a normal part of lending.',
          loan,
        ),
      ),
    ).toEqual(expect.arrayContaining(['patience.blame', 'patience.defensive']));
    expect(
      rulesOf(
        reply(
          'en',
          "It's a scary word to see, so here's what it means: £640 is already repaid.",
          loan,
        ),
      ),
    ).toContain('patience.empathy');
    expect(
      rulesOf(
        reply('en', 'Your approval may have come through too late for this print run.', [
          c('The notebooks came without our logo and the conference is Thursday!'),
        ]),
      ),
    ).toContain('patience.blame');
    const dresses = [
      c('The bridesmaid dresses are the wrong colour and the wedding is in five weeks.'),
    ];
    expect(
      rulesOf(
        reply(
          'en',
          'Please note that colours can look slightly different in person than on screen.',
          dresses,
        ),
      ),
    ).toContain('patience.defensive');
    expect(
      rulesOf(
        reply(
          'en',
          "Oh no, and with five weeks to go. We sent the wrong stock; that's our mistake.",
          dresses,
        ),
      ),
    ).toContain('patience.empathy');
    expect(
      rulesOf(
        reply('en', "I'd kindly ask you not to describe this as a scam.", [
          c('You charged me £90 for cleaning a spotless flat. This is a scam.'),
        ]),
      ),
    ).toContain('patience.tone-policing');
    // Guard: a customer's own stalling called normal reassures, it does not defend us.
    expect(
      rulesOf(
        reply(
          'en',
          'Stalling is a normal part of learning, and nobody should make you feel judged.',
          [c('My instructor sighed every time I stalled.')],
        ),
      ),
    ).not.toContain('patience.defensive');
  });

  test('Russian: «сбоев не зафиксировано», «может возникнуть на любом объекте», «несложно найти в открытых источниках»; «тут любой занервничает», «Вопросы правильные»', () => {
    const tickets = [c('деньги списали в субботу а билетов НЕТ!!! спектакль послезавтра')];
    expect(
      rulesOf(reply('ru', 'Со стороны системы сбоев не зафиксировано. Проверьте спам.', tickets)),
    ).toContain('patience.defensive');
    expect(
      rulesOf(
        reply(
          'ru',
          'Деньги списали, а билетов нет — тут любой занервничает. Отправлю билеты сейчас.',
          tickets,
        ),
      ),
    ).toContain('patience.empathy');
    expect(
      rulesOf(
        reply('ru', 'Техническая неисправность может возникнуть на любом объекте.', [
          c('Горячей воды нет со вчера, трое детей!'),
        ]),
      ),
    ).toContain('patience.defensive');
    const newbie = [c('Извините, я первый раз заказываю. Что значит «тампопечать»?')];
    expect(
      rulesOf(
        reply('ru', 'Информацию о тампопечати несложно найти в открытых источниках.', newbie),
      ),
    ).toContain('patience.condescending');
    expect(
      rulesOf(
        reply(
          'ru',
          'Вопросы правильные, сейчас объясню: это небольшой оттиск логотипа на ручке.',
          newbie,
        ),
      ),
    ).toContain('patience.reassurance');
  });
});

describe('77. from the hundred-and-eleventh outside pairs (outside-72.jsonl, lexicon-2.98.0)', () => {
  test('English: "you didn\'t do anything wrong", "I can hear how worrying", "you did say that", "our packing mistake"; an offer is no empathy, owning a slip is no lecture', () => {
    const power = [
      c(
        'The battery app says Grid fault and the house lost power twice. Did I do something wrong?',
      ),
    ];
    const got = reply(
      'en',
      "You didn't do anything wrong, and I can hear how worrying this is. An engineer can be with you today between 2 and 4 pm.",
      power,
    );
    expect(rulesOf(got)).toEqual(
      expect.arrayContaining(['patience.reassurance', 'patience.empathy']),
    );
    // Guard: an offer to do something is not "I get that".
    expect(rulesOf(reply('en', 'Shall I get that sorted for you now?', power))).not.toContain(
      'patience.empathy',
    );
    expect(
      rulesOf(reply('en', 'I get that this is scary. The engineer comes at 2.', power)),
    ).toContain('patience.empathy');
    const again = [
      c('My camera stopped recording after your update.'),
      a('Could you try restarting it?'),
      c('Did you even read what I wrote? I restarted it three times.'),
    ];
    const owned = reply(
      'en',
      'You did say that, sorry, I should have read more carefully. The update broke recording; I have pushed the fix.',
      again,
    );
    expect(rulesOf(owned)).toContain('patience.empathy');
    expect(rulesOf(owned)).not.toContain('patience.repeating-myself');
    // Guard: told to the customer, it still talks down.
    expect(rulesOf(reply('en', 'Please read my last message more carefully.', again))).toContain(
      'patience.repeating-myself',
    );
    expect(
      rulesOf(
        reply('en', "That's our packing mistake, sorry. Two Medium tops go out today.", [
          c('I ordered Medium tops and got Large ones.'),
        ]),
      ),
    ).toContain('patience.apology');
  });

  test('English: "customers sometimes pick the wrong size", "if you\'d told us sooner we could have"; a misfortune heard of is nothing done', () => {
    const wrong = [c('You sent me the wrong size shoes and I need them Saturday.')];
    expect(
      rulesOf(
        reply(
          'en',
          'Customers sometimes pick the wrong size on the dropdown, so please check your confirmation.',
          wrong,
        ),
      ),
    ).toContain('patience.blame');
    expect(
      rulesOf(
        reply(
          'en',
          "If you'd told us sooner, we could have changed the order before it shipped.",
          wrong,
        ),
      ),
    ).toContain('patience.blame');
    const flight = [c('My train to Leeds tonight was cancelled. I need to get there.')];
    expect(rulesOf(reply('en', 'Sorry to hear your train was cancelled.', flight))).not.toContain(
      'positive.solution',
    );
    // Guard: a thing we did, said as it stands, is still done.
    expect(
      rulesOf(reply('en', 'Your booking was cancelled and the £40 refunded this morning.', flight)),
    ).toContain('positive.solution');
  });

  test('English: company praise and a pitch in place of an answer; a survey and a range to browse at the goodbye', () => {
    const tolerance = [c('What tolerance can you hold on nylon parts? I need a 6 mm hole.')];
    const brochure = reply(
      'en',
      'Quality is at the heart of everything we do. Our printers deliver exceptional detail on every part. Upload your file today for an instant quote!',
      tolerance,
    );
    expect(rulesOf(brochure)).toContain('gaming.stuffing');
    const post = reply(
      'en',
      "We're passionate about giving your blades the care they deserve. Simply post them in and we'll take care of the rest!",
      [c('One of my knives has a chipped tip. Can you repair that?')],
    );
    expect(rulesOf(post)).toContain('gaming.stuffing');
    expect(rulesOf(post)).not.toContain('positive.solution');
    const pitch = reply(
      'en',
      "Great question! Many of our customers find they get even more from their system by adding a second panel. We're currently offering 10% off panels. Would you like me to arrange a quote?",
      [c('Why does my battery stop at 20%?')],
    );
    expect(pitch.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          rule: 'gaming.upsell',
          dimension: 'positive_phrasing',
          points: -20,
        }),
      ]),
    );
    const history = [
      c('I need to arrange a cremation for our dog, Bruno.'),
      a(
        'I am so sorry about Bruno. We can collect him tomorrow morning; an individual cremation is £150.',
      ),
      c('Yes please. Thank you, that is all.'),
    ];
    const survey = closingOf('en', [
      ...history,
      a(
        'Thank you for choosing us. To help us improve, a short survey will follow and we would be grateful for your feedback.',
      ),
    ]);
    expect(survey.rules).toContain('closure.sour-note-');
    const browse = closingOf('en', [
      ...history,
      a(
        'Thank you. You may also like to browse our range of keepsakes, currently 15% off. Take care.',
      ),
    ]);
    expect(browse.rules).toContain('closure.sour-note-');
  });

  test('Russian: «Не зря», «путаются почти все новички», «это наш сбой»; «это просто окно» is no verdict; «рекомендуем внимательно пересмотреть», «если бы вы обновили …, … бы»', () => {
    const newbie = [c('Мне 60, не понимаю, что такое терминал. Наверное, зря я взялась за курс')];
    const kind = reply(
      'ru',
      'Не зря. На терминале путаются почти все новички, вы ничего не пропустили. Это просто окно для команд: нажмите Win, наберите cmd.',
      newbie,
    );
    expect(rulesOf(kind)).toEqual(
      expect.arrayContaining(['patience.reassurance', 'patience.empathy']),
    );
    expect(rulesOf(kind)).not.toContain('patience.condescending');
    // Guard: «это просто» as a verdict on the task still talks down.
    expect(
      rulesOf(reply('ru', 'Это просто. Откройте терминал и введите команду.', newbie)),
    ).toContain('patience.condescending');
    expect(
      rulesOf(reply('ru', 'Рекомендуем внимательно пересмотреть вводный урок.', newbie)),
    ).toContain('patience.condescending');
    const sum = [
      c('в приложении сумма 23 480, а в отделении сказали 25 100. у вас кто-то считать не умеет?'),
    ];
    expect(
      rulesOf(reply('ru', 'Если бы вы обновили страницу, сумма бы пересчиталась.', sum)),
    ).toContain('patience.blame');
    // Guard: a polite «если бы вы могли …» asks, it does not blame.
    expect(
      rulesOf(reply('ru', 'Если бы вы могли прислать скриншот, я бы быстрее нашла ошибку.', sum)),
    ).not.toContain('patience.blame');
    expect(
      rulesOf(
        reply(
          'ru',
          'Верная сумма — 25 100 ₽. Приложение застряло на старой дате, это наш сбой.',
          sum,
        ),
      ),
    ).toContain('patience.apology');
  });

  test('Russian: a pitch «рекомендуем также приобрести наш …» with its discount, and a «легендарный сорт», in place of an answer', () => {
    const rose = reply(
      'ru',
      '«Глория Дей» — легендарный сорт с крупными цветками. Рекомендуем также приобрести наш набор для укрытия роз (1 290 ₽). Сейчас на комплект скидка 10%.',
      [c('Я из Перми, роза «Глория Дей» у нас перезимует?')],
    );
    expect(rulesOf(rose)).toEqual(expect.arrayContaining(['gaming.upsell', 'gaming.stuffing']));
  });

  test('Russian closings: «Всё оформлено» recaps nothing; a count or a time said of another thing; a customer who will write back later; «Если будут вопросы» answers no new question', () => {
    const crane = [
      c('Нужен автокран на 14 октября, Мытищи.'),
      a('Есть КС-55729, подача к 8:00, 28 000 ₽. Счёт отправила на почту.'),
      c('Оплатим сегодня. Спасибо, на этом всё'),
    ];
    expect(
      closingOf('ru', [...crane, a('Спасибо! Всё оформлено, ожидаем оплату. Всего доброго!')])
        .rules,
    ).toContain('closure.summary-');
    expect(
      closingOf('ru', [
        ...crane,
        a('Спасибо! КС-55729 на 14 октября, подача к 8:00, ждём оплату. Всего доброго!'),
      ]).rules,
    ).toContain('closure.summary+');
    const seeds = [
      c('Пришли не те семена, заказ 310-552.'),
      a('Отправим 4 пакетика «Де Барао» бесплатно 12 марта.'),
      c('Спасибо, больше вопросов нет'),
    ];
    expect(
      closingOf('ru', [
        ...seeds,
        a('Спасибо! Итак: 3 пакетика «Де Барао» отправляем 12 марта. Хорошего дня!'),
      ]).rules,
    ).toContain('closure.wrong-recap-');
    expect(
      closingOf('ru', [
        ...seeds,
        a('Спасибо! Итак: 4 пакетика «Де Барао» отправляем 12 марта. Хорошего дня!'),
      ]).rules,
    ).not.toContain('closure.wrong-recap-');
    const camp = [
      c('Во сколько автобус в лагерь 1 июля?'),
      a('Сбор с 7:30 у главного входа, отправление в 8:00.'),
      c('поняла, спасибо, всё'),
    ];
    expect(
      closingOf('ru', [
        ...camp,
        a('Спасибо! Напомню: 1 июля, сбор в 8:00 у главного входа. Хорошей смены!'),
      ]).rules,
    ).toContain('closure.wrong-recap-');
    const later = [
      c('Хочу заказать уборку на субботу.'),
      a('Свободно: суббота, 24 мая, с 9:00 или понедельник, 26 мая, с 10:00.'),
      c('Суббота вроде подходит, но надо уточнить у жены. Можно я отпишусь вечером?'),
    ];
    expect(
      closingOf('ru', [
        ...later,
        a(
          'Конечно. Придержу за вами субботу, 24 мая, с 9:00 до 21:00. Напишите сюда, когда поговорите с женой. Хорошего вечера!',
        ),
      ]).rules,
    ).not.toContain('closure.premature-');
    // Guard: «Если будут вопросы — пишите» holds nothing open for what they went to check.
    const court = [
      c('Хочу забронировать корт на вторник вечером.'),
      a('Во вторник свободны корт №2 с 18:00 и корт №4 с 20:00. Какой удобнее?'),
      c('Надо уточнить у друзей, во сколько они смогут.'),
    ];
    expect(
      closingOf('ru', [
        ...court,
        a('Отлично, спасибо за обращение! Если будут вопросы — пишите. Хорошего вечера!'),
      ]).rules,
    ).toContain('closure.premature-');
    const water = [
      c('Хотим 6 бутылей в неделю вместо 4, договор 12-774.'),
      a('Изменила: с 17 марта будем привозить 6 бутылей, 2 340 ₽ в неделю.'),
      c('Спасибо. И ещё вопрос — можно взять второй кулер в аренду? Сколько это будет стоить?'),
    ];
    expect(
      closingOf('ru', [
        ...water,
        a(
          'Спасибо за обращение! С 17 марта: 6 бутылей, 2 340 ₽ в неделю. Если будут вопросы — обращайтесь, хорошего дня!',
        ),
      ]).rules,
    ).toContain('closure.premature-');
  });
});

describe('78. from the hundred-and-thirteenth outside pairs (outside-73.jsonl, lexicon-2.99.0)', () => {
  test('English: sarcasm policed, "sorry you feel it wasn\'t up to standard", "at your own risk", the disclaimer you signed, "unavoidable"; "so I can take it up with the team" passes no buck', () => {
    const fine = [
      c('So I owe £30 for a book I returned. Brilliant. Should I have filmed myself doing it?'),
    ];
    expect(
      rulesOf(reply('en', "Sarcasm isn't really helpful here. The fine stands.", fine)),
    ).toContain('patience.tone-policing');
    expect(
      rulesOf(reply('en', 'The returns box is used at the borrower’s own risk.', fine)),
    ).toContain('patience.policy-shield');
    const cottage = [c('The cottage is filthy. Dog hair everywhere. We drove 5 hours.')];
    expect(
      rulesOf(reply('en', "I'm sorry you feel the cottage wasn't clean enough.", cottage)),
    ).toContain('patience.non-apology');
    const photos = reply(
      'en',
      'After a 5-hour drive that is the last thing you need. A cleaner is on her way now. Could you send photos so I can take it up with the cleaning team?',
      cottage,
    );
    expect(rulesOf(photos)).not.toContain('patience.dismissive');
    expect(
      rulesOf(
        reply('en', 'Stains like that are covered in the pre-clean disclaimer you signed.', [
          c('Your cleaner left a huge tide mark on my sofa.'),
        ]),
      ),
    ).toContain('patience.blame');
    expect(
      rulesOf(
        reply('en', 'Cancellations are sometimes unavoidable. The next slot is on the 28th.', [
          c('You cancelled my son’s appointment for the third time and he is in pain.'),
        ]),
      ),
    ).toContain('patience.defensive');
  });

  test('English: "Syncing is very easy" to an unsure customer, "one step at a time" reassures; a route the customer turned down', () => {
    const unsure = [
      c('I do not know what a tab is or how to sync. I am not good with these things.'),
    ];
    expect(
      rulesOf(reply('en', 'No problem! Syncing is very easy. Go to Settings.', unsure)),
    ).toContain('patience.condescending');
    expect(
      rulesOf(reply('en', "That's fine, we'll go one step at a time. Open the app first.", unsure)),
    ).toContain('patience.reassurance');
    const urgent = [
      c(
        'Wrong paints arrived and my class is at 10am tomorrow. I need a fix NOW, not an email in 3 days.',
      ),
    ];
    expect(
      rulesOf(reply('en', 'Sorry! Please fill in our online returns form with photos.', urgent)),
    ).toContain('patience.refused-route');
    // Guard: a reply that works to their deadline is not sent down the route.
    expect(
      rulesOf(
        reply(
          'en',
          'I have sent the right set by guaranteed delivery before 9am; no form needed.',
          urgent,
        ),
      ),
    ).not.toContain('patience.refused-route');
    // Guard: "not a single email came" turns no route down.
    expect(
      rulesOf(
        reply('en', 'Sorry about that. Please fill in the form and I will email you the link.', [
          c('I have had not a single email from you about my order.'),
        ]),
      ),
    ).not.toContain('patience.refused-route');
    expect(
      rulesOf(
        reply('en', 'Great question! Invisalign is a fantastic investment in your smile.', [
          c('Does the price include the retainers?'),
        ]),
      ),
    ).toContain('gaming.stuffing');
  });

  test('Russian: «как я уже дважды написал», «обратиться в другую клинику», «не зависят от нашего магазина»; «решаем сразу», «ждать не нужно», «любой будет на нервах»; «брони на неё нет» is good news', () => {
    expect(
      rulesOf(
        reply('ru', 'Как я уже дважды написал, решение принимает мастер.', [
          c('то есть платить или нет??? мне ехать через весь город'),
        ]),
      ),
    ).toContain('patience.repeating-myself');
    const tooth = [c('14го?? это через 5 дней! у меня щеку раздуло, я не могу ждать')];
    expect(
      rulesOf(
        reply('ru', 'Если вас не устраивает дата, вы можете обратиться в другую клинику.', tooth),
      ),
    ).toContain('patience.dismissive');
    expect(
      rulesOf(
        reply('ru', 'Нет, с отёком ждать пять дней точно не нужно. Приходите к 16:00.', tooth),
      ),
    ).toContain('patience.reassurance');
    const parcel = [c('ЗАКАЗ 77-12. ЖДУ 12 ДНЕЙ. ЗАВТРА У ДОЧКИ ДЕНЬ РОЖДЕНИЯ')];
    expect(
      rulesOf(
        reply(
          'ru',
          'Сроки доставки зависят от работы Почты и не зависят от нашего магазина.',
          parcel,
        ),
      ),
    ).toContain('patience.defensive');
    expect(
      rulesOf(
        reply(
          'ru',
          'Двенадцать дней накануне праздника — тут любой будет на нервах. Везём замену завтра.',
          parcel,
        ),
      ),
    ).toContain('patience.empathy');
    expect(
      rulesOf(
        reply('ru', 'Понял, бригада стоит — решаем сразу. Курьер привезёт замену за 2 часа.', [
          c('Перфоратор заклинил, у меня бригада стоит!!'),
        ]),
      ),
    ).toContain('patience.reassurance');
    expect(
      rulesOf(
        reply('ru', 'Можно, брони на неё нет. Доплата 1 800 ₽, вернуть в пятницу до 17:00.', [
          c('Бетономешалка у меня до среды. Можно продлить до пятницы?'),
        ]),
      ),
    ).not.toContain('positive.flat-no');
  });

  test('Russian: «заказ в работе», «делаем всё, чтобы … был доставлен» and thanks for trust in place of the answer; «ок, жду» takes the promised time', () => {
    const florist = reply(
      'ru',
      'Ваш заказ в работе! Мы делаем всё, чтобы букет был доставлен вовремя. Благодарим за ожидание и доверие к нашему сервису!',
      [c('Заказ 8120. Курьер уже выехал? Получатель уходит в 15:00!')],
    );
    expect(rulesOf(florist)).toEqual(expect.arrayContaining(['positive.vague', 'gaming.stuffing']));
    expect(rulesOf(florist)).not.toContain('positive.solution');
    const refund = [
      c('Мастер-класс отменили. Как вернуть деньги?'),
      a('Оформила возврат 4 500 ₽ на карту *4417. Банк зачислит в течение 5 рабочих дней.'),
      c('ок, жду'),
    ];
    expect(
      closingOf('ru', [
        ...refund,
        a(
          'Спасибо, что подождали. 4 500 ₽ вернутся на карту *4417 в течение 5 рабочих дней. Всего доброго!',
        ),
      ]).rules,
    ).not.toContain('closure.premature-');
    const en = [
      c('How do I get my refund?'),
      a('I have refunded £45 to your card; it takes up to 5 working days.'),
      c('OK, I’ll wait.'),
    ];
    expect(
      closingOf('en', [
        ...en,
        a('Thanks! So that’s £45 back on your card within 5 working days. Take care!'),
      ]).rules,
    ).not.toContain('closure.premature-');
  });
});

describe('79. from the hundred-and-fifteenth outside pairs (outside-74.jsonl, lexicon-2.100.0)', () => {
  test('English: staff unavailability made normal, a lesson for next time, handing on to another line; "that\'s on us", "not the finish you should get", "you\'re in the right place"', () => {
    const missed = [c('Sophie never called at 8pm. I sat up till 9:30 and I am SO tired.')];
    expect(
      rulesOf(
        reply(
          'en',
          'Our consultants are sometimes unavailable and calls can occasionally be rescheduled.',
          missed,
        ),
      ),
    ).toContain('patience.defensive');
    expect(
      rulesOf(
        reply('en', 'Nobody told you, and that’s on us. Sophie can call you today at 1pm.', missed),
      ),
    ).toContain('patience.apology');
    expect(
      rulesOf(
        reply(
          'en',
          'Please make sure you check for the confirmation screen at the end of every ride.',
          [c('I ended the ride and you charged me for 3 hours!')],
        ),
      ),
    ).toContain('patience.blame');
    const roof = [c('Your cleaner left boot prints all over my conservatory roof.')];
    expect(
      rulesOf(
        reply('en', 'Our technicians take great care on every job. Please send photos.', roof),
      ),
    ).toContain('patience.defensive');
    expect(
      rulesOf(
        reply(
          'en',
          "Sorry, that's not the finish you should get. Tom can come back on Friday.",
          roof,
        ),
      ),
    ).toContain('patience.empathy');
    const stranded = [c('My chain snapped 8km outside town, I am on the roadside. What do I do??')];
    expect(
      rulesOf(
        reply(
          'en',
          'Please call our emergency support line on the number in your pack, and they will assist you.',
          stranded,
        ),
      ),
    ).toContain('patience.dismissive');
    expect(
      rulesOf(reply('en', "OK, you're in the right place. Our van is 15 minutes away.", stranded)),
    ).toContain('patience.reassurance');
    // Guard: what the customer did is no correction.
    expect(
      rulesOf(reply('en', 'I have refunded all but the 17 minutes you actually rode.', stranded)),
    ).not.toContain('patience.factual');
  });

  test('closings: a payout recapped as the bill, an allowance doubled, a date moved with its weekday; guards for the same thing named another way and a day given by weekday alone', () => {
    const claim = closingOf('en', [
      c('Any update on my claim?'),
      a(
        'It has been approved. The vet bill was £842.50. After your £99 excess, we are paying £743.50 into your bank account within 5 working days.',
      ),
      c('Great, thank you so much.'),
      a(
        'You are welcome! To recap, the claim is approved and £842.50 will be paid into your account within 5 working days. Anything else?',
      ),
    ]);
    expect(claim.rules).toContain('closure.wrong-recap-');
    const plan = closingOf('en', [
      c('I want to switch to Off-Peak.'),
      a('Peak is £45 a month and Off-Peak is £29, with access before 4pm.'),
      c('Yes please, thanks, that is everything.'),
      a('Done: from 1 October you are on off-peak, £29 a month. Thanks, enjoy your swims!'),
    ]);
    expect(plan.rules).not.toContain('closure.wrong-recap-');
    const minutes = [
      c('The scooter died and I still got charged £4.20.'),
      a(
        'Sorry about that. I have refunded the £4.20 and added 30 minutes of free riding to your account.',
      ),
      c('oh nice, thanks. all good then'),
    ];
    expect(
      closingOf('en', [
        ...minutes,
        a(
          'Glad that’s sorted: your £4.20 refund and 60 minutes of free riding. Thanks, happy scooting!',
        ),
      ]).rules,
    ).toContain('closure.wrong-recap-');
    expect(
      closingOf('en', [
        ...minutes,
        a(
          'Glad that’s sorted: your £4.20 refund and 30 minutes of free riding. Thanks, happy scooting!',
        ),
      ]).rules,
    ).not.toContain('closure.wrong-recap-');
    const parking = [
      c('Can I change booking AP-81502 to arrive Friday 5 September at 6am?'),
      a(
        'Done. Your entry is now Friday 5 September from 5:30am, exit Friday 12 September as before.',
      ),
      c('Brilliant, thanks. That is it from me.'),
    ];
    expect(
      closingOf('en', [
        ...parking,
        a(
          'Thanks! So you can enter from 5:30am on Saturday 6 September, exit Friday 12 September. Have a good trip!',
        ),
      ]).rules,
    ).toContain('closure.wrong-recap-');
    // Guard: a day the chat gave by weekday and number alone is the same day with its month.
    const install = [
      c('When is our install?'),
      a('Tuesday 17 and Wednesday 18 June, 9am. The scaffolding goes up on Monday 16.'),
      c('perfect, that is everything, thanks'),
    ];
    expect(
      closingOf('en', [
        ...install,
        a(
          'Thanks! Scaffolding on Monday 16 June at 9am, install on Tuesday 17 and Wednesday 18. Have a lovely day!',
        ),
      ]).rules,
    ).not.toContain('closure.wrong-recap-');
  });

  test('Russian closings: «Доброй ночи!» opening a reply greets; «Всё, бронируйте» ends it; «Бронь оформлена.» recaps nothing; a survey and «ваше мнение важно для нас» sour the goodbye', () => {
    const taxi = [
      c('Нужна машина в Пулково завтра, подача в 4:30, Богатырский, 18'),
      a('Доброй ночи! Можем: Camry с водителем, подача в 4:30, 3 200 ₽. Какой рейс?'),
      c('рейс SU 6012 в 7:10. Всё, бронируйте'),
    ];
    const booked = closingOf('ru', [
      ...taxi,
      a('Забронировала: завтра в 4:30, Богатырский, 18, Camry, 3 200 ₽. Спасибо, хорошего полёта!'),
    ]);
    expect(booked.rules).not.toContain('closure.premature-');
    expect(booked.rules).toContain('closure.summary+');
    const sup = [
      c('Хочу 2 сап-борда на субботу, 26-е.'),
      a('Забронировала 2 борда на субботу, 26-е, 3 000 ₽, выдача с 9:00.'),
      c('отлично, тогда всё, спасибо'),
    ];
    expect(closingOf('ru', [...sup, a('Бронь оформлена. До свидания.')]).rules).toContain(
      'closure.summary-',
    );
    const dentist = [
      c('Хотим записать сына на осмотр в субботу.'),
      a('Готово: суббота, 19-е, 11:00, Светлана Игоревна.'),
      c('Спасибо большое! Больше ничего не нужно'),
    ];
    expect(
      closingOf('ru', [
        ...dentist,
        a(
          'Рады были помочь! Пожалуйста, оцените качество консультации: после чата придёт короткий опрос. Ваше мнение очень важно для нас! До свидания!',
        ),
      ]).rules,
    ).toContain('closure.sour-note-');
  });

  test('Russian: a service brochure, «обязательно подберём подходящую …» and a pitch of «услугу» in place of the answer', () => {
    const laptop = reply(
      'ru',
      'Благодарим за доверие к нашему сервисному центру! Мы гарантируем бережное отношение к вашей технике и высокое качество работ.',
      [c('Данные на ноуте не пострадают при замене клавиатуры?')],
    );
    expect(rulesOf(laptop)).toContain('gaming.stuffing');
    const horse = reply(
      'ru',
      'Наш клуб рад всем гостям, мы обязательно подберём для вас подходящую лошадь. Ждём вас!',
      [c('Я вешу 112 кг. Не откажете?')],
    );
    expect(rulesOf(horse)).toContain('positive.vague');
    expect(
      rulesOf(
        reply(
          'ru',
          'Для максимального комфорта рекомендуем услугу «Встреча с табличкой». Стоимость — всего 500 ₽. Подключить?',
          [c('Если рейс задержат, ожидание платное?')],
        ),
      ),
    ).toContain('gaming.upsell');
  });
});

describe('80. from the hundred-and-seventeenth outside pairs (outside-75.jsonl, lexicon-2.101.0)', () => {
  test('English: words in single quotes are someone else\'s; plain acknowledgement ("not how it should have gone", "you shouldn\'t have to ask again", "how that call left you feeling"); "for the second time" of our failure', () => {
    const driver = [c('Your driver dumped the compost behind my car and said "not my job".')];
    const owned = reply(
      'en',
      "That's not how it should have gone, and the 'not my job' remark was out of order. A crew can move the bags at 2pm.",
      driver,
    );
    expect(rulesOf(owned)).toContain('patience.empathy');
    expect(rulesOf(owned)).not.toContain('patience.dismissive');
    const chased = [
      c(
        'That is what I was told LAST WEEK. It has been 12 days. How many more times do I have to ask?',
      ),
    ];
    expect(
      rulesOf(
        reply(
          'en',
          "You shouldn't have to ask again, and 12 days is far too long. I've pushed the £389 through.",
          chased,
        ),
      ),
    ).toContain('patience.empathy');
    expect(
      rulesOf(
        reply(
          'en',
          "I'm really sorry for how that call left you feeling. I've cancelled the Direct Debit.",
          [c('The person on the phone made me feel terrible for cancelling.')],
        ),
      ),
    ).toContain('patience.empathy');
    const again = reply(
      'en',
      "Sorry. Missing the chicken, and for the second time, isn't good enough. I've credited £14.",
      [c('No chicken in my box. Again.')],
    );
    expect(rulesOf(again)).not.toContain('patience.repeating-myself');
    // Guard: said to the customer, it still tells them off.
    expect(
      rulesOf(
        reply('en', 'For the second time, the refund takes 5 days.', [c('Where is my refund?')]),
      ),
    ).toContain('patience.repeating-myself');
  });

  test('English: evidence first, our records doubted, a guilt line; brochure and "why not consider" in place of an answer', () => {
    expect(
      rulesOf(
        reply(
          'en',
          'Could you send a photo of the box? Once we receive these we will look into a resolution.',
          [c('No chicken in my box again. Does anyone check these?')],
        ),
      ),
    ).toContain('patience.policy-shield');
    const charity = [c('You took my £15 again after I cancelled. I lost my job.')];
    expect(
      rulesOf(
        reply(
          'en',
          "Our records don't show a cancellation request. Every gift, however small, makes a real difference.",
          charity,
        ),
      ),
    ).toContain('patience.defensive');
    expect(
      rulesOf(
        reply(
          'en',
          'Great question! Season tickets are a fantastic way to save money. Why not consider an Annual ticket for even bigger savings?',
          [c('Can I use a Brighton to Victoria ticket to get into London Bridge?')],
        ),
      ),
    ).toContain('gaming.stuffing');
    expect(
      rulesOf(
        reply(
          'en',
          'Thank you for your interest in us! We offer a wide range of treatments. Book online today!',
          [c('Do I need a GP referral?')],
        ),
      ),
    ).toContain('gaming.stuffing');
  });

  test('closings: a yes/no answered in its first sentence is no premature "anything else?"; "All done!" and the same recap again answer no new question; the settlement for the payout; a survey\'s plea; a wish that ends the chat', () => {
    const playlists = [
      c('Please remove my ex from the family plan, account dan.m88.'),
      a('I have removed dan.m88 from your family plan.'),
      c('Thanks. Will he still be able to see my playlists though?'),
    ];
    expect(
      closingOf('en', [
        ...playlists,
        a(
          "He can't see your private playlists; shared ones stay shared until you remove him. Anything else?",
        ),
      ]).rules,
    ).not.toContain('closure.premature-');
    expect(
      closingOf('en', [
        ...playlists,
        a('All done! dan.m88 has been removed from your family plan. Anything else?'),
      ]).rules,
    ).toContain('closure.premature-');
    const meals = [
      c('Can I go down to 3 meals a week for 2 people?'),
      a('Done. You are now on 3 meals for 2 people at £49.99 a week.'),
      c('thanks. does changing plans reset my veggie preferences?'),
    ];
    expect(
      closingOf('en', [
        ...meals,
        a('Your plan has been updated to 3 meals for 2 people at £49.99 per week. Anything else?'),
      ]).rules,
    ).toContain('closure.premature-');
    const claim = [
      c('Any update on my claim?'),
      a(
        'It is approved. The settlement is £3,420, less your £250 excess, so £3,170 will be paid to your account ending 4471.',
      ),
      c('Great. That is everything. Thanks.'),
    ];
    expect(
      closingOf('en', [
        ...claim,
        a(
          'Thanks! Your settlement of £3,420 will be paid into your account ending 4471. Have a great day.',
        ),
      ]).rules,
    ).toContain('closure.wrong-recap-');
    const ticket = [
      c('I lost my season ticket card.'),
      a('I have ordered a replacement; it will be posted within 3 working days.'),
      c('Thanks, that is all.'),
    ];
    expect(
      closingOf('en', [
        ...ticket,
        a(
          'Brilliant! Would you mind completing a quick survey about today’s chat? It only takes 2 minutes. Thanks, have a great journey!',
        ),
      ]).rules,
    ).toEqual(expect.arrayContaining(['closure.summary-', 'closure.sour-note-']));
    expect(
      closingOf('en', [
        ...claim,
        a(
          'You are welcome. £3,170 will reach your account ending 4471. I hope the house is back to normal soon.',
        ),
      ]).rules,
    ).toContain('closure.farewell+');
  });

  test('Russian: «спрашивайте сколько нужно», «такие вопросы задают почти все», «ошибся наш склад»; questions put off to the surgeon, «возможно, ошибка … при заказе», «повторные обращения не ускоряют», «указано в инструкции», «не является браком»', () => {
    const fear = [c('а если я моргну? извините что опять спрашиваю, просто страшно')];
    expect(
      rulesOf(
        reply(
          'ru',
          'Спрашивайте сколько нужно — такие вопросы задают почти все. Моргнуть не даст расширитель.',
          fear,
        ),
      ),
    ).toEqual(expect.arrayContaining(['patience.reassurance', 'patience.empathy']));
    expect(
      rulesOf(reply('ru', 'Все подобные вопросы вы можете задать хирургу на консультации.', fear)),
    ).toContain('patience.dismissive');
    const flavour = [c('Заказ 61520. Заказывал шоколад, пришла ваниль.')];
    expect(
      rulesOf(reply('ru', 'Вижу шоколад в заказе — ошибся наш склад, не вы.', flavour)),
    ).toContain('patience.apology');
    expect(
      rulesOf(
        reply(
          'ru',
          'Каждый заказ перед отправкой проходит проверку. Возможно, ошибка была допущена при заказе.',
          flavour,
        ),
      ),
    ).toEqual(expect.arrayContaining(['patience.blame', 'patience.defensive']));
    expect(
      rulesOf(
        reply('ru', 'Пожалуйста, ожидайте — повторные обращения не ускоряют обработку запроса.', [
          c('ну что там??? прошло 20 минут!!!'),
        ]),
      ),
    ).toContain('patience.condescending');
    const cream = [c('От вашего крема лицо красное. Хочу вернуть деньги.')];
    const lecture = rulesOf(
      reply(
        'ru',
        'Тест на чувствительность — это указано в инструкции. Непереносимость не является браком товара.',
        cream,
      ),
    );
    expect(lecture).toEqual(
      expect.arrayContaining(['patience.condescending', 'patience.defensive']),
    );
  });

  test('Russian closings and replies: «ок, всё» ends it; «выезд» answers «выехать»; «заморозим» is a commitment; camel-case names are no shouting', () => {
    const swap = [
      c('Хочу обменять банку 300 г на 600 г.'),
      a('Оформила обмен на завтра, 19 марта, с 18:00 до 22:00. Доплату 1 150 ₽ можно по ссылке.'),
      c('по ссылке удобнее. ок, всё'),
    ];
    expect(
      closingOf('ru', [
        ...swap,
        a(
          'Ссылка на 1 150 ₽ в SMS. Завтра, 19 марта, с 18 до 22 курьер привезёт банку. Спасибо, хороших тренировок!',
        ),
      ]).rules,
    ).not.toContain('closure.premature-');
    const flat = [
      c('Куда ключи деть? И можно выехать в 13 вместо 12?'),
      a('Поздний выезд до 13:00 согласовала. Ключи оставьте в ключнице, код 4471.'),
      c('хорошо, спасибо вам, всё понятно'),
    ];
    expect(
      closingOf('ru', [
        ...flat,
        a('Тогда завтра выезд до 13:00, ключи в ключницу, код 4471. Спасибо, хорошей дороги!'),
      ]).rules,
    ).not.toContain('closure.premature-');
    expect(
      rulesOf(
        reply('ru', 'Бесплатно заморозим на 14 дней, с 1 по 14 июля.', [
          c('Можно заморозить абонемент на отпуск?'),
        ]),
      ),
    ).toContain('positive.solution');
    expect(
      rulesOf(
        reply('ru', 'После ФемтоЛАЗИК или SMILE к работе возвращаются через 2–3 дня.', [
          c('Сколько дней сидеть дома после коррекции?'),
        ]),
      ),
    ).not.toContain('patience.shouting');
  });
});

describe('81. from the hundred-and-nineteenth outside pairs (outside-76.jsonl, lexicon-2.102.0)', () => {
  test('Russian: our side defended («весь инвентарь проходит проверку», «наши монтажники проходят аттестацию», «сиделки иногда задерживаются»), the customer blamed («дело в технике катания», «по адресу, который вы указали»), the contract quoted; care and ownership in plain words', () => {
    const skis = [c('Канты тупые как ложка, чуть шею не свернул. Отличный сервис 👍')];
    expect(
      rulesOf(
        reply(
          'ru',
          'Перед выдачей весь инвентарь проходит проверку. Возможно, дело в технике катания.',
          skis,
        ),
      ),
    ).toEqual(expect.arrayContaining(['patience.defensive', 'patience.blame']));
    const cared = reply(
      'ru',
      'Хорошо, что вы целы: выдавать такие лыжи не должны были. Поменяем пару за 10 минут.',
      skis,
    );
    expect(rulesOf(cared)).toEqual(
      expect.arrayContaining(['patience.empathy', 'patience.apology']),
    );
    expect(
      rulesOf(
        reply('ru', 'Все наши монтажники проходят аттестацию и соблюдают стандарты общения.', [
          c('Монтажник нахамил моей маме и поцарапал фасад!'),
        ]),
      ),
    ).toContain('patience.defensive');
    expect(
      rulesOf(
        reply('ru', 'Сиделки иногда задерживаются из-за пробок, подождите ещё немного.', [
          c('Сиделка не пришла, папа один, у него деменция!'),
        ]),
      ),
    ).toContain('patience.defensive');
    const address = [c('какая 45, у меня 54!!! ребенок голодный!')];
    expect(
      rulesOf(
        reply(
          'ru',
          'Курьер действовал по адресу, который вы указали. За неверные данные компания ответственности не несёт.',
          address,
        ),
      ),
    ).toEqual(expect.arrayContaining(['patience.blame', 'patience.policy-shield']));
    expect(
      rulesOf(
        reply(
          'ru',
          'Разбираться, кто виноват, не будем — курьер будет у квартиры 54 до 13:15.',
          address,
        ),
      ),
    ).toContain('patience.reassurance');
    const pram = [c('Колесо у коляски отвалилось. Нас заставят платить? Залог 10 000.')];
    expect(
      rulesOf(
        reply('ru', 'Согласно пункту 4.2 договора, повреждения оплачиваются арендатором.', pram),
      ),
    ).toContain('patience.policy-shield');
    expect(
      rulesOf(
        reply(
          'ru',
          'Платить за него вам не придётся, залог не тронем. Привезём замену за час.',
          pram,
        ),
      ),
    ).toContain('patience.reassurance');
    expect(
      rulesOf(
        reply(
          'ru',
          '38 минут вместо 15 — это нарушение договора с нашей стороны. За декабрь не спишем.',
          [c('Группа ехала 38 минут, в договоре 15!')],
        ),
      ),
    ).toContain('patience.apology');
  });

  test('English: the customer\'s use questioned, a door "affected by a number of factors", deliveries "affected by traffic"', () => {
    const door = [c('Your engineer replaced the spring and now the garage door will not move.')];
    expect(
      rulesOf(
        reply(
          'en',
          'Could you confirm whether the door was operated correctly and not forced?',
          door,
        ),
      ),
    ).toContain('patience.blame');
    expect(
      rulesOf(
        reply('en', 'Garage doors can be affected by a number of factors after a repair.', door),
      ),
    ).toContain('patience.defensive');
    expect(
      rulesOf(
        reply('en', "I'm sorry for the wait. Deliveries can sometimes be affected by traffic.", [
          c('I waited in all day and nobody came.'),
        ]),
      ),
    ).toContain('patience.defensive');
  });

  test('closings: "Will do." takes the instruction; another request brought in must be spoken of; «безопасных дорог» says goodbye', () => {
    const visa = [
      c('I want to book the document check.'),
      a(
        'Booked: Thursday 1 August, 10am, with Marta. Please upload your bank statements by Tuesday.',
      ),
      c('Will do. Do I need the original certificate or is a scan ok?'),
    ];
    expect(
      closingOf('en', [
        ...visa,
        a(
          'A clear scan is fine. So you are booked with Marta on Thursday 1 August at 10am. Anything else I can help with? If not, good luck with the move!',
        ),
      ]).rules,
    ).not.toContain('closure.premature-');
    const violin = [
      c('We are ending our violin rental, ref VR-18852.'),
      a('Done: the rental ends on 30 June. Shop drop-off or a free returns box?'),
      c('The box please. And we also want to rent a 1/2 size cello, can that start the same day?'),
    ];
    // The cello left out: the closing is no longer in progress, so its thanks and goodbye are due.
    const ignored = closingOf('en', [
      ...violin,
      a(
        "Great, I've ordered your returns box; it arrives within 3 working days. Anything else I can help with?",
      ),
    ]);
    expect(ignored.rules).not.toContain('closure.in-progress+');
    const taken = closingOf('en', [
      ...violin,
      a(
        "I've ordered your returns box, and yes, the cello rental can start on 1 July at £28 a month. Anything else I can help with?",
      ),
    ]);
    expect(taken.rules).toContain('closure.in-progress+');
    expect(ignored.score).toBeLessThan(taken.score!);
    const tyres = [
      c('Можно поставить шины прямо в пункте?'),
      a('Отправил ссылку на запись на 12-е.'),
      c('ага сейчас попробую записаться'),
    ];
    expect(
      closingOf('ru', [
        ...tyres,
        a('Отлично! Монтаж — 3 200 ₽. Благодарим за обращение, безопасных вам дорог!'),
      ]).rules,
    ).toContain('closure.premature-');
  });

  test('Russian: care-home, pram and window-cleaning brochures in place of the answer', () => {
    expect(
      rulesOf(
        reply(
          'ru',
          'Мы предлагаем полный спектр услуг по уходу. Все наши сиделки проходят строгий отбор, мы заботимся о ваших близких как о родных!',
          [c('Сиделка сможет делать уколы инсулина?')],
        ),
      ),
    ).toContain('gaming.stuffing');
    expect(
      rulesOf(
        reply('ru', 'Это инновационная коляска премиум-класса! Арендуйте YOYO 2 уже сегодня!', [
          c('В салон самолёта её пустят?'),
        ]),
      ),
    ).toContain('gaming.stuffing');
    expect(
      rulesOf(
        reply(
          'ru',
          'Наша компания моет окна с 2012 года. Мы используем безопасные эко-средства и современное оборудование. Ваши окна засияют чистотой!',
          [c('Мансардные окна Velux моете?')],
        ),
      ),
    ).toContain('gaming.stuffing');
  });
});

describe('82. from the hundred-and-twenty-first outside pairs (outside-77.jsonl, lexicon-2.103.0)', () => {
  test('English: the customer\'s typing as the cause, "it\'s important that parents read …"; "a big jump to find", "easy to miss", "catches out nearly everyone", "don\'t give up yet"', () => {
    expect(
      rulesOf(
        reply(
          'en',
          'The message was entered at checkout, so the florist printed it as supplied. A reprint is £4.99.',
          [c('The card on my father’s wreath has the wrong name. The funeral is tomorrow.')],
        ),
      ),
    ).toContain('patience.blame');
    const fees = [c('Why has my invoice gone UP to £1,142? Nobody told me anything.')];
    expect(
      rulesOf(
        reply(
          'en',
          "It's important that parents read the newsletter as it contains key information.",
          fees,
        ),
      ),
    ).toContain('patience.condescending');
    expect(
      rulesOf(
        reply(
          'en',
          "That's a big jump to find without warning, and the notice was easy to miss. Here's the sum.",
          fees,
        ),
      ),
    ).toContain('patience.empathy');
    const unsure = [c("I'm 71 and not a computer person. Maybe this isn't for me.")];
    const kind = rulesOf(
      reply(
        'en',
        "Please don't give up yet. This step catches out nearly everyone, and we'll get it working together.",
        unsure,
      ),
    );
    expect(kind).toEqual(expect.arrayContaining(['patience.reassurance', 'patience.empathy']));
  });

  test('English and Russian brochures in place of the answer; "would you mind rating today\'s chat?" sours a goodbye', () => {
    expect(
      rulesOf(
        reply(
          'en',
          'Thanks for your question! Our award-winning breakdown cover gets you back on the road fast, with 80% of breakdowns fixed at the roadside.',
          [c('If my daughter drives my car and breaks down, is she covered?')],
        ),
      ),
    ).toContain('gaming.stuffing');
    expect(
      rulesOf(
        reply(
          'en',
          'Did you know that Premium membership includes free updates? Upgrade today for complete peace of mind!',
          [c('How do I update my address for my dog’s chip, and is there a charge?')],
        ),
      ),
    ).toContain('gaming.stuffing');
    expect(
      rulesOf(
        reply(
          'ru',
          'Наша компания уделяет особое внимание поверке. Регулярная поверка — это залог безопасности вашей семьи. Мы всегда рады помочь!',
          [c('Срок поверки счётчика закончился. С какого числа насчитают по нормативу?')],
        ),
      ),
    ).toContain('gaming.stuffing');
    const spray = [
      c('The funeral home has changed to Hartley’s. Order 88412.'),
      a('I have updated order 88412: the spray goes to Hartley’s by 10am on Friday.'),
      c('Thank you, that is everything.'),
    ];
    expect(
      closingOf('en', [
        ...spray,
        a('You are welcome! Would you mind rating today’s chat? Have a lovely day!'),
      ]).rules,
    ).toContain('closure.sour-note-');
  });
});

describe('83. from the hundred-and-twenty-third outside pairs (outside-78.jsonl, lexicon-2.104.0)', () => {
  test('the go-ahead to cancel is taken; «Спасибо, что выбрали нас» with a question open closes too early; «спасибо огромное, всё» is all', () => {
    const gym = [
      c('I want to end my gym membership, I am moving abroad. Member 4471.'),
      a(
        'Your contract has one month of notice, so your last day would be 12 May and the last payment of £34 goes out on 1 May.',
      ),
      c('Fine. And what about my locker key?'),
      a(
        'Drop the key at the desk by 12 May and the £10 deposit comes back to your card within 5 days.',
      ),
    ];
    const done =
      'Done, your membership is cancelled: last day 12 May, the final £34 on 1 May, and the £10 key deposit back within 5 days once the key is in. Anything else before you go? If not, all the best with the move!';
    expect(
      closingOf('en', [...gym, c('Great, please go ahead and cancel.'), a(done)]).rules,
    ).not.toContain('closure.premature-');
    const taxi = [
      c('Нужно отвезти собаку к ветеринару к 10:00 в пятницу, из Митино'),
      a('Подадим машину в пятницу в 9:10. Адрес отправления подскажете?'),
      c('Пятницкое шоссе, 21, подъезд 2'),
      a('Записала: пятница, 9:10, Пятницкое шоссе, 21. Стоимость 1200 ₽.'),
      c('а назад можно тоже? приём около часа'),
    ];
    expect(
      closingOf('ru', [
        ...taxi,
        a(
          'Конечно! Заказ оформлен: пятница, 9:10, Пятницкое шоссе, 21, 1200 ₽. Спасибо, что выбрали нас!',
        ),
      ]).rules,
    ).toContain('closure.premature-');
    const book = [
      c('Заказ 7731, календарь А4, можно добавить ещё один экземпляр?'),
      a(
        'Да, второй экземпляр — 1200 ₽, всего 2400 ₽. Ссылка на доплату в личном кабинете, отправим 14 марта.',
      ),
      c('оплатила. спасибо огромное, всё'),
    ];
    expect(
      closingOf('ru', [
        ...book,
        a('Оплата пришла, в заказе 7731 два календаря, отправим 14 марта. Всего доброго!'),
      ]).rules,
    ).toContain('closure.anything-else+');
  });

  test('a size the chat never gave, and a sum named as the thing a digit off, misquote the recap', () => {
    const poster = [
      c('Заказ 5120, постер 40×50 на холсте, успеете к пятнице?'),
      a('Да, постер 40×50 отправим в четверг, будет у вас в пятницу.'),
      c('отлично, спасибо, это всё'),
    ];
    expect(
      closingOf('ru', [
        ...poster,
        a('Спасибо! Заказ 5120: постер 30×40 на холсте, отправка в четверг. Хорошего дня!'),
      ]).rules,
    ).toContain('closure.wrong-recap-');
    expect(
      closingOf('ru', [
        ...poster,
        a('Спасибо! Заказ 5120: постер 40×50 на холсте, отправка в четверг. Хорошего дня!'),
      ]).rules,
    ).not.toContain('closure.wrong-recap-');
    const kitchen = [
      c('I want to go ahead with the kitchen from quote K-220.'),
      a(
        'A £500 deposit holds your fitting date, and the balance of £2,250 is due after fitting. The first date is Monday 3 June.',
      ),
      c('3 June is fine, deposit paid. Thanks, that is all.'),
    ];
    expect(
      closingOf('en', [
        ...kitchen,
        a(
          'Thanks! Fitting is booked for Monday 3 June, and the remaining balance of £2,750 is due after fitting. Have a great day!',
        ),
      ]).rules,
    ).toContain('closure.wrong-recap-');
    expect(
      closingOf('en', [
        ...kitchen,
        a(
          'Thanks! Fitting is booked for Monday 3 June: £500 paid and £2,250 after fitting, £2,750 in total. Have a great day!',
        ),
      ]).rules,
    ).not.toContain('closure.wrong-recap-');
  });

  test('a pitch at the goodbye sours it: "why not ask about …", «только для вас … за 1 ₽»', () => {
    const teeth = [
      c('I finished my last aligner tray. Can I book the final check for next week, any evening?'),
      a('Dr Shah has Tuesday 9 July at 6:10pm. Would that work?'),
      c('Yes, book it please. That is all, thanks!'),
    ];
    expect(
      closingOf('en', [
        ...teeth,
        a(
          'Booked! While you are with us, why not ask about whitening? Aligner patients get 20% off this month. Have a lovely day!',
        ),
      ]).rules,
    ).toContain('closure.sour-note-');
    const tv = [
      c('отключите автопродление, не хочу больше платить'),
      a('Отключила автопродление. Подписка оплачена до 12 мая, новых списаний не будет.'),
      c('понятно, спасибо, больше вопросов нет'),
    ];
    expect(
      closingOf('ru', [
        ...tv,
        a(
          'Спасибо, что были с нами! Кстати, только для вас: 2 месяца подписки за 1 ₽, если вернёте автопродление сегодня. Хорошего дня!',
        ),
      ]).rules,
    ).toContain('closure.sour-note-');
  });

  test('"isn\'t ok" said of the wait acknowledges; duplicates told off, the courier\'s responsibility, a signed form held against the customer', () => {
    const cold = [
      c(
        'Fifth day with no hot water in flat 2B. I have reported it twice. Does anyone read these??',
      ),
    ];
    expect(
      rulesOf(
        reply(
          'en',
          'I have read both, and five days without hot water is not ok. A plumber is booked for 9am tomorrow.',
          cold,
        ),
      ),
    ).toContain('patience.empathy');
    expect(
      rulesOf(
        reply(
          'en',
          "It's not ok to shout at our staff. A plumber is booked for 9am tomorrow.",
          cold,
        ),
      ),
    ).not.toContain('patience.empathy');
    expect(
      rulesOf(
        reply(
          'en',
          'Your request is in the queue. Please avoid sending duplicate requests, as this can slow things down.',
          cold,
        ),
      ),
    ).toContain('patience.condescending');
    const parcel = [
      c('Order 8812 was next-day delivery and it is now Thursday. I need it tomorrow morning.'),
    ];
    expect(
      rulesOf(
        reply(
          'en',
          'Once a parcel has left us, delivery is the courier’s responsibility. I have raised a query.',
          parcel,
        ),
      ),
    ).toContain('patience.dismissive');
    const tent = [c('у палатки порвался тент, видимо так и выдали. ночью ливень, что делать???')];
    expect(
      rulesOf(
        reply(
          'ru',
          'Снаряжение при выдаче проверяется совместно с клиентом, акт был подписан без замечаний.',
          tent,
        ),
      ),
    ).toContain('patience.defensive');
    const twice = [c('с меня дважды списали 299 за подписку!!! верните деньги')];
    const check = rulesOf(
      reply(
        'ru',
        'Оплата производится автоматически в соответствии с условиями тарифа. Проверьте, не оформляли ли вы подписку повторно.',
        twice,
      ),
    );
    expect(check).toEqual(expect.arrayContaining(['patience.defensive', 'patience.blame']));
    expect(
      rulesOf(
        reply(
          'ru',
          'Вижу два списания по 299 ₽. Второе — ошибка у нас, не ваша, возврат уже оформила.',
          twice,
        ),
      ),
    ).toContain('patience.apology');
  });

  test('the fear met first: «Сейчас главное, чтобы …», «время есть», but not «Не переживайте, время есть»', () => {
    const leak = [c('ПОМОГИТЕ с потолка капает прямо на проводку!! это опасно???')];
    expect(
      rulesOf(
        reply(
          'ru',
          'Сейчас главное, чтобы вы были в безопасности: выключите автомат в щитке. Мастер будет через час.',
          leak,
        ),
      ),
    ).toContain('patience.reassurance');
    const bubble = [c('потолок провис пузырём, он лопнет???')];
    expect(
      rulesOf(
        reply(
          'ru',
          'Не лопнет: полотно держит до 100 литров, время есть. Мастер приедет через час.',
          bubble,
        ),
      ),
    ).toContain('patience.reassurance');
    expect(
      rulesOf(reply('ru', 'Не переживайте, время есть. Мастер приедет через час.', bubble)),
    ).not.toContain('patience.reassurance');
  });

  test('pitches and brochures: "why not … with our …", "you\'ll have everything you need", «высшей категории»; a cheaper alternative is no pitch; "Happy birthday to him!" opens', () => {
    const hooks = [c('What size hooks for perch with worms? First time fishing in years.')];
    expect(
      rulesOf(
        reply(
          'en',
          'Great to hear! Why not make it easy with our Perch Starter Set for £24.99? It has floats and hooks, so you’ll have everything you need.',
          hooks,
        ),
      ),
    ).toEqual(expect.arrayContaining(['gaming.upsell', 'gaming.stuffing']));
    const blinds = [c('Can your oak shutters go in a steamy bathroom?')];
    expect(
      rulesOf(
        reply(
          'en',
          'Real oak near a shower can warp. Our PVC shutters look the same, are fine in bathrooms, and are about 30% cheaper.',
          blinds,
        ),
      ),
    ).not.toContain('gaming.upsell');
    expect(
      rulesOf(
        reply(
          'en',
          'Our oak shutters are hand-finished for a truly luxurious finish. Why not add our remote-control option?',
          blinds,
        ),
      ),
    ).toEqual(expect.arrayContaining(['gaming.upsell', 'gaming.stuffing']));
    expect(
      rulesOf(
        reply(
          'ru',
          'Наша вода высшей категории прошла многоступенчатую очистку и идеально подходит для всей семьи. Благодарим за интерес к нашей продукции!',
          [c('какая жёсткость у вашей воды? кулер с нагревом, боимся накипи')],
        ),
      ),
    ).toContain('gaming.stuffing');
    expect(
      rulesOf(
        reply(
          'en',
          'Happy birthday to her! Saturday is full, but we can set up on Friday from 2pm so it is warm by the party. Shall I book it?',
          [c('Can we get the hot tub on Saturday? It is for my wife’s 40th.')],
        ),
      ),
    ).not.toContain('patience.closing-too-early');
  });
});

describe('84. from the hundred-and-twenty-fifth outside pairs (outside-79.jsonl, lexicon-2.105.0)', () => {
  test('an offer already on the table, named again, is the recap, not a pitch', () => {
    const sushi = [
      c('привезли без «Калифорнии», а в чеке она есть. заказ 4412'),
      a(
        'Простите! Оформила возврат 450 ₽, придут за 1–3 дня. И дарю промокод SORRY10 на 10% до 31 мая.',
      ),
      c('ок спасибо'),
    ];
    expect(
      closingOf('ru', [
        ...sushi,
        a(
          'Пожалуйста! Итого: 450 ₽ вернутся за 1–3 дня, промокод SORRY10 на 10% действует до 31 мая. Хорошего вечера!',
        ),
      ]).rules,
    ).toContain('closure.summary+');
    const dance = [
      c('My daughter is 7, do you have a ballet class?'),
      a('Yes, Tiny Ballet is Tuesdays 4–5pm, and the first class is a free trial.'),
      c('Lovely, can she come this Tuesday?'),
      a("I've booked her in for Tuesday the 9th at 4pm."),
      c('Brilliant, she will be thrilled.'),
    ];
    expect(
      closingOf('en', [
        ...dance,
        a(
          "So it's her free trial at Tiny Ballet on Tuesday the 9th, 4–5pm. Anything else you'd like to know?",
        ),
      ]).rules,
    ).toEqual(expect.arrayContaining(['closure.summary+', 'closure.anything-else+']));
  });

  test('«Не пропадёт:» answers the one more question of a closing; "… Cheers!" says goodbye', () => {
    const phone = [
      c('Телефон готов? Квитанция 3310.'),
      a('Да, экран заменили, 6 200 ₽, гарантия 60 дней. Забрать можно до 20:00.'),
      c('забрал, всё отлично, спасибо. а если квитанцию потеряю, гарантия сгорит?'),
    ];
    expect(
      closingOf('ru', [
        ...phone,
        a(
          'Не сгорит: ремонт записан в базе по номеру телефона. Гарантия — 60 дней с сегодняшнего дня. Хорошего дня!',
        ),
      ]).rules,
    ).not.toContain('closure.premature-');
    const laptop = [
      c('Is my laptop ready? Job 5521.'),
      a("Yes, the new screen is fitted. It's £120 and ready to collect today until 6pm."),
      c("Perfect, I'll be there about 5. Cheers"),
    ];
    expect(
      closingOf('en', [
        ...laptop,
        a('See you about 5. To recap: new screen, £120 to pay when you collect. Cheers!'),
      ]).rules,
    ).toContain('closure.farewell+');
  });

  test('the one price with its digits swapped, and a bare day a day off, misquote the recap', () => {
    const battery = [
      c('Is my phone ready? Job 7781.'),
      a("Yes, the new battery is fitted. It's £67 including fitting, ready today until 6pm."),
      c("Great, I'll come at 5. Thanks, that's all."),
    ];
    expect(
      closingOf('en', [
        ...battery,
        a('See you at 5! Your total on collection will be £76. Have a great day!'),
      ]).rules,
    ).toContain('closure.wrong-recap-');
    expect(
      closingOf('en', [
        ...battery,
        a('See you at 5! Your total on collection will be £67. Have a great day!'),
      ]).rules,
    ).not.toContain('closure.wrong-recap-');
    const flat = [
      c('Живу на Садовой 5, кв 3, бронь до 10-го. Можно продлить на 2 ночи?'),
      a('Да, продлеваю до 12-го, выезд 12-го в 12:00. Доплата 5 000 ₽, ссылку отправила.'),
      c('оплатил. спасибо, это всё'),
    ];
    expect(
      closingOf('ru', [
        ...flat,
        a('Отлично! Итак, бронь продлена до 11-го, выезд в 12:00. Хорошего отдыха!'),
      ]).rules,
    ).toContain('closure.wrong-recap-');
    expect(
      closingOf('ru', [
        ...flat,
        a('Отлично! Итак, бронь продлена до 12-го, выезд в 12:00. Хорошего отдыха!'),
      ]).rules,
    ).not.toContain('closure.wrong-recap-');
  });

  test('the order form pointed at talks down; «понятно, почему вы злитесь» is no accusing why; «магазин на него не влияет» defends', () => {
    expect(
      rulesOf(
        reply(
          'en',
          'Supplier delays happen, and this is mentioned on your order form. The sofa will arrive in good time.',
          [
            c(
              'My sofa was due in week 10, it is week 14 and I have guests on Saturday. I am in tears.',
            ),
          ],
        ),
      ),
    ).toContain('patience.condescending');
    const refused = [c('Час оформляла рассрочку, банк отказал. Отлично у вас всё устроено.')];
    expect(
      rulesOf(
        reply(
          'ru',
          'Час ради отказа — обидно, понятно, почему вы злитесь. Можно подать в другой банк онлайн.',
          refused,
        ),
      ),
    ).not.toContain('patience.why-you');
    expect(
      rulesOf(reply('ru', 'Решение принимает банк, магазин на него не влияет.', refused)),
    ).toContain('patience.defensive');
  });

  test('a detail beside brochure lines that takes up nothing asked is no answer; "how much protein" is no price question', () => {
    expect(
      rulesOf(
        reply(
          'en',
          "Thank you for your question! We're sure you'll have a wonderful evening. Please arrive 20 minutes early for bag checks. Enjoy!",
          [c('How long is the concert with the break? We need the 22:40 bus.')],
        ),
      ),
    ).toContain('gaming.stuffing');
    expect(
      rulesOf(
        reply(
          'en',
          "We'd recommend our Lean Pro plan, designed by nutritionists. Use code LEAN15 for 15% off your first month!",
          [c('How much protein is in the chicken curry? I need 150g a day.')],
        ),
      ),
    ).toContain('gaming.upsell');
    expect(
      rulesOf(
        reply(
          'ru',
          'Здравствуйте! Сертификат — отличный подарок для любого меломана! Сертификаты доступны номиналом от 1 000 до 20 000 рублей.',
          [
            c(
              'Хочу подарить сертификат, но подруга живёт в Минске. Сможет она им воспользоваться?',
            ),
          ],
        ),
      ),
    ).toContain('gaming.stuffing');
  });
});
