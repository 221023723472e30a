/**
 * Context-free penalties the adversarial review left open: a harmless word that shares letters
 * with a harsh one, a courtesy said "once again", and a pointer to where information is written.
 */
import { normalize } from '../../../server/language/text';
import { scorer } from '../../../server/scoring';
import { confirmsAllWell, LEXICONS, situation } from '../../../server/scoring/score-reply';

const rules = (lang: 'en' | 'ru', text: string) =>
  scorer.scoreReply(text, { lang, history: [] }).findings.map((f) => f.rule);

describe('a harsh word is a word family, not a prefix', () => {
  test.each([
    ['ru', 'Покажу наглядно, где это в приложении.'],
    ['ru', 'Вот наглядная инструкция: откройте «Профиль», затем «Карты».'],
    ['ru', 'Крышку закрутили наглухо, поэтому она не открывалась.'],
    ['ru', 'Хамон уже в пути, курьер привезёт его завтра до 18:00.'],
    ['ru', 'Сеанс в хамаме начинается в 18:00.'],
    ['ru', 'Камера вандалостойкая, гарантия 2 года.'],
    ['ru', 'Вам неправильно начислили плату, я уже вернула 300 ₽.'],
    ['ru', 'Списание было неправомерным, деньги вернём сегодня.'],
    ['ru', 'Этого хватит на 2 месяца.'],
    ['ru', 'Хватит ли вам 10 минут, чтобы подготовить документы?'],
    ['en', "Your parcel is lying at the depot; I'll have it sent out today."],
    ['en', 'If anything goes wrong, message me and I will fix it.'],
    ['en', 'I was wrong, sorry: the refund is £20, not £15.'],
  ] as const)('%s: %j has no harsh word', (lang, text) => {
    expect(rules(lang, text)).not.toContain('patience.harsh-words');
  });

  test.each([
    ['ru', 'Не надо наглеть.'],
    ['ru', 'Вы ведёте себя нагло.'],
    ['ru', 'Это просто наглость.'],
    ['ru', 'Вы обнаглели.'],
    ['ru', 'Не хамите мне.'],
    ['ru', 'Это хамство.'],
    ['ru', 'Вы хам.'],
    ['ru', 'Это вандализм.'],
    ['ru', 'Хватит кричать.'],
    ['ru', 'Хватит!'],
    ['ru', 'Вы неправы.'],
    ['ru', 'Это неправда.'],
    ['ru', 'Вы всё делаете неправильно.'],
    ['en', "You're lying."],
    ['en', 'You are wrong.'],
    ['en', 'That is a stupid question.'],
  ] as const)('%s: %j still has one', (lang, text) => {
    expect(rules(lang, text)).toContain('patience.harsh-words');
  });

  test('«наглядно» costs nothing, «наглеть» still costs patience', () => {
    const clear = scorer.scoreReply('Покажу наглядно, где это в приложении.', {
      lang: 'ru',
      history: [],
    });
    const rude = scorer.scoreReply('Не надо наглеть.', { lang: 'ru', history: [] });
    expect(clear.patience).toBeGreaterThan(rude.patience);
    expect(clear.findings.filter((f) => f.points < 0)).toEqual([]);
  });

  test('closing an account («закрытие счёта») is not a flat no; a closed warehouse is', () => {
    expect(rules('ru', 'Оформила закрытие счёта, деньги придут завтра.')).not.toContain(
      'positive.flat-no',
    );
    expect(rules('ru', 'Склад закрыт в воскресенье.')).toContain('positive.flat-no');
  });

  test('a customer who calls the agent «отзывчивый» is not upset; one who threatens a review is', () => {
    const warm = 'Спасибо, вы очень отзывчивы!';
    expect(situation([{ role: 'customer', text: warm }], 'ru').upset).toBe(false);
    expect(confirmsAllWell(LEXICONS.ru, normalize(warm))).toBe(true);
    const review = 'Напишу отзыв о вашем сервисе.';
    expect(situation([{ role: 'customer', text: review }], 'ru').upset).toBe(true);
  });
});

describe('"once again" before an apology or thanks is courtesy, not impatience', () => {
  test.each([
    ['en', 'Once again, I apologise for the delay.'],
    ['en', "Once again, I'm sorry for the trouble."],
    ['en', 'Once again, thank you for your patience.'],
    ['en', "Thanks again, I've sent the return label."],
    ['en', "Sorry again, I'll call you at 5 pm."],
    ['en', "Hi again, I've checked your order."],
    ['ru', 'Ещё раз извините за задержку.'],
    ['ru', 'Ещё раз спасибо за терпение.'],
  ] as const)('%s: %j is not "repeating myself"', (lang, text) => {
    expect(rules(lang, text)).not.toContain('patience.repeating-myself');
  });

  test.each([
    ['en', 'Once again, I have told you the refund is processing.'],
    ['en', 'Again, I told you: the refund takes 5 days.'],
    ['ru', 'Ещё раз повторяю: возврат в течение 5 дней.'],
  ] as const)('%s: %j still is', (lang, text) => {
    expect(rules(lang, text)).toContain('patience.repeating-myself');
  });
});

describe('a pointer to where information is written', () => {
  const judging = ['patience.blame', 'patience.condescending', 'patience.dismissive'];
  const judged = (lang: 'en' | 'ru', text: string) =>
    rules(lang, text).filter((r) => judging.includes(r));

  test.each([
    ['ru', 'На сайте указано: доставка занимает 3 дня.'],
    ['ru', 'На сайте указано, что возврат возможен в течение 14 дней.'],
    [
      'ru',
      'В договоре написано, что тариф можно сменить раз в месяц. Могу сменить его прямо сейчас.',
    ],
    ['ru', 'На сайте указано. Вот ссылка: example.ru/dostavka'],
    ['en', "It's on our website: open Settings, then Plans, then Change plan."],
    ['en', 'Our terms state that returns are free within 30 days.'],
    ['en', "It's in our FAQ, here's the link: example.com/faq-returns"],
  ] as const)('%s: %j, followed by what it points to, is not judged', (lang, text) => {
    expect(judged(lang, text)).toEqual([]);
  });

  test.each([
    ['ru', 'На сайте указано.', 'patience.blame'],
    ['ru', 'На сайте же всё указано.', 'patience.blame'],
    ['ru', 'В договоре чётко написано, что возврата нет.', 'patience.blame'],
    ['ru', 'Извините, но на сайте указано, что цвет может отличаться.', 'patience.blame'],
    ['ru', 'Всё указано на сайте.', 'patience.condescending'],
    ['en', "It's on the website.", 'patience.condescending'],
    ['en', "It's all on the website.", 'patience.condescending'],
    ['en', 'The terms clearly state returns are 30 days.', 'patience.blame'],
    ['en', 'Sorry, but our terms state that returns are not free.', 'patience.blame'],
  ] as const)('%s: %j (bare, emphasised or a rebuttal) still is: %s', (lang, text, rule) => {
    expect(judged(lang, text)).toContain(rule);
  });
});
