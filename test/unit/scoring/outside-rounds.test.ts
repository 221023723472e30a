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
        "No need to apply: the refund for order 88102 goes out automatically, and the £120 for the tickets reaches your card within 10 working days.",
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
      unanswered('en', 'Yes, bikes travel in the hold if they are boxed or bagged, and there is no charge.', customer),
    ).toBe(false);
    expect(
      unanswered('en', 'Yes, bikes travel in the hold if they are boxed or bagged at the station.', customer),
    ).toBe(true);
  });
  test('«это платно?» after a question about money needs an amount of its own', () => {
    const customer = 'Сколько стоит замена экрана на iPhone 13? И диагностика платная?';
    expect(
      unanswered('ru', 'Замена экрана на iPhone 13 стоит 14 900 ₽, мастер сделает её за час.', customer),
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
    const customer = 'The wardrobe door arrived cracked. Can you replace it, and should I carry on building or wait?';
    expect(
      unanswered(
        'en',
        "Yes, I've ordered a new door for delivery on Wednesday. You can carry on with everything else, the door goes on last.",
        customer,
      ),
    ).toBe(false);
    expect(
      unanswered('en', "Yes, I've ordered a new door for delivery on Wednesday between 7am and 1pm.", customer),
    ).toBe(true);
  });
});
