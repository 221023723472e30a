import {
  BUILTIN_INTENTS,
  detectIntents,
  type BuiltinIntent,
} from '../../../server/language/intents';
import { compilePhrase, findPhrase } from '../../../server/language/phrases';
import { tokenize } from '../../../server/language/text';

const EXPRESSES: Record<BuiltinIntent, { en: string[]; ru: string[] }> = {
  greeting: {
    en: ['Hello Dana!', 'Good morning, my name is Alex.'],
    ru: ['Здравствуйте!', 'Добрый день, меня зовут Анна.'],
  },
  empathy: {
    en: [
      'I understand how frustrating this is.',
      'That must be really stressful.',
      'I completely understand why you are upset.',
      "I'm sorry to hear that.",
    ],
    ru: [
      'Понимаю, как это неприятно.',
      'Мне очень жаль, что так вышло.',
      'Понимаю ваше раздражение.',
      'Вы абсолютно правы.',
    ],
  },
  apology: {
    en: ["I'm sorry about the delay.", 'I apologise for this.', 'Please accept our apologies.'],
    ru: ['Извините за задержку.', 'Приношу извинения.', 'Простите, пожалуйста.'],
  },
  thanks: {
    en: ['Thank you for waiting.', 'Thanks for your patience.'],
    ru: ['Спасибо за ожидание.', 'Благодарю вас за терпение.'],
  },
  question: {
    en: ['Could you tell me your order number?', 'What is the email on the account'],
    ru: ['Подскажите, пожалуйста, номер заказа.', 'Когда вам удобно принять курьера?'],
  },
  solution: {
    en: [
      "I'll send a new one today.",
      "I've arranged a refund.",
      'Let me check that for you.',
      'We will credit your account.',
    ],
    ru: [
      'Я оформлю возврат сегодня.',
      'Я уже отправила заявку.',
      'Давайте я проверю.',
      'Сейчас оформлю замену.',
      'Мы вернём деньги в течение трёх дней.',
      'Могу предложить скидку 10%.',
    ],
  },
  anything_else: {
    en: ['Is there anything else I can help with?', 'Do you have any other questions?'],
    ru: ['Могу ли я ещё чем-то помочь?', 'Остались ли у вас вопросы?'],
  },
  farewell: {
    en: ['Have a great day!', 'Goodbye, take care.', 'See you soon!', 'Talk to you later.'],
    ru: ['Всего доброго!', 'Хорошего дня!', 'До свидания.', 'Ждём вас снова!'],
  },
  blame: {
    en: ['You should have read the terms.', "That's your fault.", "You didn't fill in the form."],
    ru: ['Вы сами виноваты.', 'Надо было читать договор.', 'Вы невнимательно прочитали условия.'],
  },
  dismissive: {
    en: ['Calm down.', 'As I said, it is not possible.', 'Nothing I can do.', 'Not my problem.'],
    ru: ['Успокойтесь.', 'Я же вам сказала.', 'Ничем не могу помочь.', 'Это не наша проблема.'],
  },
};

const DOES_NOT_EXPRESS: Array<[BuiltinIntent, string]> = [
  ['blame', 'You should have had a call back from us.'],
  ['blame', 'You should have a confirmation email within 10 minutes.'],
  // An appointment, a signature or a phrase with "see you" in it does not close the chat.
  ['farewell', "I've booked a call for 10am tomorrow; I'll talk to you tomorrow at 10."],
  ['farewell', "I'm so sorry to see you go, so I've paused the plan instead."],
  ['farewell', 'I have re-issued invoice INV-2291.\nKind regards, Anna'],
  ['farewell', 'Оригинал можно забрать в офисе — ждём вас в пятницу с 10 до 18.'],
  ['blame', 'Мне надо было сразу уточнить.'],
  ['empathy', 'Я не понимаю, о чём вы.'],
  ['empathy', 'Я вас услышал.'],
  ['solution', "I won't be able to do that."],
  ['solution', 'Я понимаю.'],
  ['dismissive', 'I said I would call you back, and I am calling.'],
  ['question', 'Your order is on its way.'],
];

describe('built-in intents', () => {
  for (const intent of BUILTIN_INTENTS) {
    for (const lang of ['en', 'ru'] as const) {
      test.each(EXPRESSES[intent][lang])(`${intent} (${lang}): %s`, (text) => {
        expect([...detectIntents(text).keys()]).toContain(intent);
      });
    }
  }
  test.each(DOES_NOT_EXPRESS)('not %s: %s', (intent, text) => {
    expect([...detectIntents(text).keys()]).not.toContain(intent);
  });

  test('spans point into the original text', () => {
    const text = 'OK. Я ПОНИМАЮ, как это неприятно.';
    const [span] = detectIntents(text).get('empathy')!;
    expect(text.slice(span!.start, span!.end)).toBe('ПОНИМАЮ');
  });
});

describe('phrase matching: whole words, word forms', () => {
  const has = (text: string, phrase: string) =>
    findPhrase(tokenize(text), compilePhrase(phrase)) !== null;
  test.each([
    ['Your refund was refunded', 'refunded', true],
    ['We refunded it yesterday', 'refund', true],
    ['Оформлю возврат денег', 'возврата', true],
    ['без возврата', 'возврат', true],
    ['Курьером доставим', 'курьер', true],
    ['Ещё раз проверю', 'еще раз', true],
    ['I can give you a 10% voucher', '10%', true],
    ['I can give you 10 vouchers', '10%', false],
    ['Please press the button', 'express', false],
    ['refundable ticket', 'fund', false],
  ])('%s / %s → %s', (text, phrase, expected) => {
    expect(has(text, phrase)).toBe(expected);
  });
});

describe('empathy in other words', () => {
  test.each([
    'What a nasty surprise to find on your bill, I am sorry.',
    'Having to repeat yourself three times is maddening.',
    'Какой неприятный сюрприз, извините нас.',
    'Это ужасно, извините нас, пожалуйста.',
  ])('%s', (text) => {
    expect(detectIntents(text).has('empathy')).toBe(true);
  });

  test('a surprise that is good news, or «ужасно» about something else, is not empathy', () => {
    expect(detectIntents('We have a surprise for you: free delivery.').has('empathy')).toBe(false);
    expect(detectIntents('Связь ужасно медленная у всех в районе.').has('empathy')).toBe(false);
  });
});

describe('owning our own inattention is not blame (the scenario engine branches on it)', () => {
  test.each([
    'Это была наша невнимательность, извините.',
    'Мы были невнимательны, приношу извинения.',
    'Это невнимательность с нашей стороны, я всё исправила.',
  ])('%s', (text) => {
    expect(detectIntents(text).has('blame')).toBe(false);
  });

  test.each([
    'Вы невнимательно прочитали условия.',
    'Это произошло по вашей невнимательности.',
    'Вы были невнимательны при заполнении.',
  ])('still blame: %s', (text) => {
    expect(detectIntents(text).has('blame')).toBe(true);
  });
});

describe('pointing to where something is written (the scenario engine branches on blame)', () => {
  test.each([
    'На сайте указано: доставка занимает 3 рабочих дня, ваш заказ придёт в четверг.',
    'В договоре указано, что возврат оформляется за 10 дней, я уже его оформила.',
  ])('gives the information, not blame: %s', (text) => {
    expect(detectIntents(text).has('blame')).toBe(false);
  });

  test.each([
    'На сайте всё указано.',
    'В договоре же чётко написано.',
    'На сайте указано.',
    'Извините, но на сайте указано, что цвет может отличаться.',
  ])('still blame: %s', (text) => {
    expect(detectIntents(text).has('blame')).toBe(true);
  });
});
