/**
 * Russian politeness strategies the English lexicon already read and the Russian one missed, found
 * by scoring Russian translations of Wikipedia tuning requests next to their English originals
 * (test/fixtures/politeness-ru/). The sentences here are written for these tests, in the service
 * setting, not taken from that set. Each block has guard tests: the replies a rule must leave alone.
 */
import { scorer } from '../../../server/scoring';

const rules = (text: string) =>
  scorer.scoreReply(text, { lang: 'ru', history: [] }).findings.map((f) => f.rule);
const patience = (text: string) => scorer.scoreReply(text, { lang: 'ru', history: [] }).patience;

describe('blame read only where there is blame', () => {
  test.each([
    'Да, это ваша посылка, она уже в пути.',
    'Это ваша бронь на 14 марта, я её нашла.',
    'Вы сами выбирали тариф при подключении?',
  ])('%s is not blame', (text) => {
    expect(rules(text)).not.toContain('patience.blame');
  });
  test.each([
    'Это ваша ответственность.',
    'Это ваша личная ответственность, а не наша.',
    'Вы же сами согласились с условиями.',
    'Вы сами выбрали этот тариф.',
  ])('%s is still blame', (text) => {
    expect(rules(text)).toContain('patience.blame');
  });
});

describe('«короче» hurries only as a filler', () => {
  test.each([
    'Простите, мы подстригли шерсть короче, чем вы просили.',
    'Маршрут через Тверскую короче на 10 минут.',
    'Короче говоря, заявка принята, мастер приедет в четверг.',
  ])('%s does not hurry', (text) => {
    expect(rules(text)).not.toContain('patience.hurry');
  });
  test.each(['Короче, что вам нужно?', 'Давайте короче, у меня очередь.'])('%s hurries', (text) => {
    expect(rules(text)).toContain('patience.hurry');
  });
});

describe('a request put as a question is polite, not an order', () => {
  test.each([
    'Вы не против, если я переведу вас на специалиста по тарифам?',
    'Не возражаете, если я перезвоню через десять минут?',
    'Не пришлёте ли фото чека? Тогда я сразу оформлю возврат.',
    'Вы бы не могли уточнить номер заказа?',
    'Ничего, если я задам ещё пару вопросов?',
    'Было бы здорово, если бы вы прислали фото упаковки.',
  ])('%s is a polite request', (text) => {
    expect(rules(text)).toContain('patience.polite-request');
  });
  test('«Не добавите ли вы …?» is not a prohibition; «Не звоните сюда больше.» is', () => {
    expect(rules('Не добавите ли вы второй адрес в профиль?')).not.toContain(
      'patience.prohibition',
    );
    expect(rules('Не пришлёте фото накладной?')).not.toContain('patience.prohibition');
    expect(rules('Не звоните сюда больше.')).toContain('patience.prohibition');
  });
});

describe('a returned wish is not a blunt start', () => {
  test.each([
    'И вам хорошего дня!',
    'И вас с наступающим!',
    'А ещё я продлила вам бронь до пятницы.',
  ])('%s', (text) => {
    expect(rules(text)).not.toContain('patience.direct-start');
  });
  test('guard: «Ну и что вы хотите?» still starts bluntly', () => {
    expect(rules('Ну и что вы хотите?')).toContain('patience.direct-start');
  });
});

describe('polite wording English already credited', () => {
  test('«Привет», «Доброго дня», «Ещё раз здравствуйте» are greetings', () => {
    expect(rules('Привет! Сейчас посмотрю ваш заказ.')).toContain('patience.greeting');
    expect(rules('Доброго дня! Сейчас посмотрю ваш заказ.')).toContain('patience.greeting');
    expect(rules('Ещё раз здравствуйте! Заказ уже у курьера.')).toContain('patience.greeting');
  });
  test('«ценим» thanks like "we appreciate"; «похоже», «хотела уточнить» hedge', () => {
    expect(rules('Мы ценим ваше терпение, заказ уже собран.')).toContain('patience.gratitude');
    expect(rules('Похоже, платёж ещё в обработке, проверю через час.')).toContain('patience.hedge');
    expect(rules('Хотела уточнить: доставку удобно принять в субботу?')).toContain(
      'patience.hedge',
    );
  });
});

describe('rudeness English already read', () => {
  test.each([
    'Чёрт, опять сбой в системе.',
    'Какая-то хрень с вашим аккаунтом.',
    'Это дурацкое правило придумала не я.',
  ])('%s is harsh', (text) => {
    expect(rules(text)).toContain('patience.harsh-words');
  });
  test('guard: «соус с хреном» is horseradish', () => {
    expect(rules('Соус с хреном входит в набор.')).not.toContain('patience.harsh-words');
  });
  test.each([
    'Почему бы вам не прочитать инструкцию?',
    'Так зачем вы отменили заказ?',
    'Чего вы ждали от бесплатного тарифа?',
  ])('%s asks "why you" as an accusation', (text) => {
    expect(rules(text)).toContain('patience.why-you');
  });
  test('guard: an explanation with «почему» mid-reply is not an accusation', () => {
    expect(
      rules('Заказ задержался на складе. Объясню, почему так вышло: машина сломалась в пути.'),
    ).not.toContain('patience.why-you');
  });
  test('a polite request outscores the same request put as an accusation', () => {
    expect(patience('Вы не против прислать фото чека?')).toBeGreaterThan(
      patience('Почему бы вам не прислать фото чека?'),
    );
  });
});
