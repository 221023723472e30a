/**
 * Courtesy and rudeness in how a request is put, found by scoring requests of the kind users of
 * question-and-answer sites write to each other, rated for politeness by three outside readers
 * (test/fixtures/politeness-qa/). The sentences here are written for these tests, in the service
 * setting, not taken from that set. Each block has guard tests: the replies a rule must leave alone.
 */
import { scorer } from '../../../server/scoring';

type Lang = 'en' | 'ru';
const rules = (text: string, lang: Lang = 'en') =>
  scorer.scoreReply(text, { lang, history: [] }).findings.map((f) => f.rule);

describe('questions that imply the customer did not try, read or think are condescending', () => {
  test.each<[string, Lang]>([
    ['Did you bother checking the spam folder?', 'en'],
    ['Did you even read the instructions that came with it?', 'en'],
    ['Have you read the instructions?', 'en'],
    ['Did you try restarting it before contacting us?', 'en'],
    ['Did you at least check the cable?', 'en'],
    ['Have you looked at the confirmation email at all?', 'en'],
    ['Did it stop on its own, or did you just unplug it?', 'en'],
    ['The email literally says the code expires after an hour.', 'en'],
    ['Come back when you have the receipt.', 'en'],
    ['You keep asking the same thing.', 'en'],
    ["You still haven't sent the photos.", 'en'],
    ['Вы вообще читали инструкцию?', 'ru'],
    ['Вы хотя бы перезагрузили роутер?', 'ru'],
    ['Вы проверили папку со спамом, прежде чем писать?', 'ru'],
    ['Вы удосужились открыть письмо?', 'ru'],
    ['Вы так и не прислали фото.', 'ru'],
    ['Вы постоянно путаете номера заказов.', 'ru'],
    ['Пишите, когда разберётесь с паролем.', 'ru'],
    ['В письме буквально написано, что код действует час.', 'ru'],
  ])('%s', (text, lang) => {
    expect(rules(text, lang)).toContain('patience.condescending');
  });
  test.each<[string, Lang]>([
    ['Sorry if this is obvious, but is the router plugged in at the wall?', 'en'],
    ["I'm so sorry you still haven't received your parcel.", 'en'],
    ['Have you received the confirmation email?', 'en'],
    ['Did the refund reach your card?', 'en'],
    ['Извините, если это очевидно, но роутер включён в розетку?', 'ru'],
    ['Вы получили письмо с подтверждением?', 'ru'],
    ['Мне очень жаль, что посылка до сих пор не пришла.', 'ru'],
  ])('%s is not condescending', (text, lang) => {
    expect(rules(text, lang)).not.toContain('patience.condescending');
  });
});

describe('an apology or "I hear you" before a question is not taken back', () => {
  test.each<[string, Lang]>([
    ['Sorry to ask again, but could you confirm the postcode?', 'en'],
    ['Sorry if I missed it, but which card did you pay with?', 'en'],
    ['I hear you, but could you tell me when the charge appeared?', 'en'],
    ['Извините, что переспрашиваю, но какой у вас номер заказа?', 'ru'],
    ['Простите, если пропустила, но какой картой вы платили?', 'ru'],
  ])('%s', (text, lang) => {
    expect(rules(text, lang)).not.toContain('patience.apology-but');
  });
  test.each<[string, Lang]>([
    ["I'm sorry, but we can't refund opened items.", 'en'],
    ['Sorry, but the offer has ended.', 'en'],
    ['Извините, но вернуть деньги мы не можем.', 'ru'],
  ])('%s still takes the apology back', (text, lang) => {
    expect(rules(text, lang)).toContain('patience.apology-but');
  });
});

describe('exasperation is harsh', () => {
  test.each<[string, Lang]>([
    ['Why on earth is the box still open?', 'en'],
    ['Seriously? It says so on the label.', 'en'],
    ['For the love of god, read the label.', 'en'],
    ['Nobody is going to read a message that long.', 'en'],
    ['Серьёзно? Это же написано на этикетке.', 'ru'],
    ['Никто не будет это читать.', 'ru'],
  ])('%s', (text, lang) => {
    expect(rules(text, lang)).toContain('patience.harsh-words');
  });
  test.each<[string, Lang]>([
    ['We take this seriously and I have escalated it.', 'en'],
    ['Мы серьёзно относимся к таким жалобам.', 'ru'],
  ])('%s is not harsh', (text, lang) => {
    expect(rules(text, lang)).not.toContain('patience.harsh-words');
  });
  test('"why on earth would you" accuses and is not a polite request', () => {
    const found = rules('Why on earth would you pay by bank transfer?');
    expect(found).toContain('patience.why-you');
    expect(found).not.toContain('patience.polite-request');
  });
});

describe('bare orders and prohibitions', () => {
  test.each<[string, Lang]>([
    ["Don't send photos of the screen.", 'en'],
    ['Stop calling the branch about it.', 'en'],
    ['Send us the receipt.', 'en'],
    ['Show me the error message.', 'en'],
    ['Пришлите чек.', 'ru'],
    ['Перестаньте звонить в отделение.', 'ru'],
  ])('%s', (text, lang) => {
    expect(rules(text, lang)).toContain('patience.prohibition');
  });
  test.each<[string, Lang]>([
    ["Don't worry, the money is safe.", 'en'],
    ["Don't hesitate to write if anything changes.", 'en'],
    ["Please don't touch the wiring; an engineer is on the way.", 'en'],
    ['Please stop using the seat until the new buckle arrives.', 'en'],
    ["Don't you think the blue one suits better?", 'en'],
    ['Could you send us the receipt?', 'en'],
    ['I can send you the receipt again.', 'en'],
    ['Пришлите, пожалуйста, чек.', 'ru'],
    ['Не волнуйтесь, деньги на месте.', 'ru'],
  ])('%s is not an order', (text, lang) => {
    expect(rules(text, lang)).not.toContain('patience.prohibition');
  });
});

describe('softened requests earn credit', () => {
  test.each<[string, string, Lang]>([
    ['Any chance you could send the invoice number?', 'patience.polite-request', 'en'],
    ['Mind sharing a photo of the label?', 'patience.polite-request', 'en'],
    ['It would help a lot if you could tell me the date.', 'patience.polite-request', 'en'],
    ['Just curious, which store did you buy it in?', 'patience.hedge', 'en'],
    ['Can we see the serial number on the back?', 'patience.soft-request', 'en'],
    ['If it arrived, consider marking the order as received.', 'patience.soft-request', 'en'],
    ['Есть ли шанс, что вы найдёте чек?', 'patience.polite-request', 'ru'],
    ['Было бы полезно, если бы вы прислали фото.', 'patience.polite-request', 'ru'],
    ['Просто любопытно: где вы её покупали?', 'patience.hedge', 'ru'],
  ])('%s', (text, rule, lang) => {
    expect(rules(text, lang)).toContain(rule);
  });
});

describe('saying "again" or "you asked" is not always repeating oneself', () => {
  test.each<[string, Lang]>([
    ["You've asked this same question three times now.", 'en'],
    ['Вы уже дважды спрашивали об этом.', 'ru'],
  ])('%s is impatient', (text, lang) => {
    expect(rules(text, lang)).toContain('patience.repeating-myself');
  });
  test.each<[string, Lang]>([
    ['Glad it worked! So again: the refund arrives by Friday.', 'en'],
    ["You're right, you've been told the same thing three times, and I'm sorry.", 'en'],
    ['Рада помочь! Коротко ещё раз: возврат придёт до пятницы.', 'ru'],
    ['Вы правы, вам уже трижды ответили одно и то же.', 'ru'],
  ])('%s is not', (text, lang) => {
    expect(rules(text, lang)).not.toContain('patience.repeating-myself');
  });
});

test('code in backticks is not shouting', () => {
  expect(rules('Could you run `EXPLAIN ANALYZE` and paste what it says?')).not.toContain(
    'patience.shouting',
  );
  expect(rules('THIS IS NOT ACCEPTABLE AT ALL')).toContain('patience.shouting');
});
