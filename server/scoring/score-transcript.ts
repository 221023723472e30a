/**
 * Scores a whole transcript: patience and positive phrasing over every agent turn, closure over
 * the closing phase, and `overall` weighted by the scenario's rubric.
 */
import { CLOSE_CHAT, detectIntents } from '../language/intents';
import { distance } from 'fastest-levenshtein';
import { compilePatterns } from '../language/patterns';
import { normalize, sameWord, tokenize, type Token } from '../language/text';
import { DIMENSIONS, type Dimension } from '../scenarios/schema';
import {
  clamp,
  confirmsAllWell,
  firstMatch,
  isMarker,
  LEXICONS,
  doneOnceAnswered,
  gaveUp,
  scoreReply,
  takesTheFix,
} from './score-reply';
import { INDIRECT_QUESTION } from './questions';
import { contentTokens, oneQuestion, sameRoot, sentenceTexts, touchesQuestion } from './words';
import type { DimensionScores, Finding, TranscriptInput, TranscriptScore } from './types';

/** Points of each closing element on the 0..100 closure scale. */
const CLOSURE = {
  base: 10,
  summary: 25,
  anythingElse: 25,
  thanks: 20,
  farewell: 20,
  premature: -45,
  prematureCap: 20,
  notWaited: 10,
  sourNote: 15,
} as const;
/**
 * A sales pitch put as such, not a code or discount given as amends: "Before you go, our Champagne
 * Collection is 20% off …", «Кстати, сейчас действует акция … Добавить шиномонтаж к визиту?».
 */
const PITCH_SEGUE =
  /(?<![\p{L}'])(?:before you go|by the way|while i have you|while you(?:'re| are) (?:here|with us)|why not|if you fancy|treat(?:ing)? yourself|would you like to add|want to add|shall i add|don't miss|кстати|пока вы здесь|не хотите ли|хотите добавить|(?:добавить|подключить|оформить)(?: [^.!?]{0,40})?\?|успейте|не упустите|if you want to get ahead|(?:you can|you could|we can) also (?:add|get|buy|take out)|you (?:might|may) want to (?:book|pay|reserve|buy|order|secure|grab)|you (?:might|may) also (?:like|want|enjoy|be interested)|browse our (?:range|collection|selection|shop|store)|filling up (?:fast|quickly)|selling out|быстро (?:разбирают|заканчиваются|раскупают)|советую поторопиться)(?![\p{L}'])/u;

/**
 * What the company wants, asked at the goodbye: a survey or feedback ("I've sent a quick survey to
 * your email", "we'd really value your feedback", «оцените, пожалуйста, наш чат от 1 до 10»), or one
 * more thing to buy ("… for £12 – want me to add it?", «добавить к заказу?»).
 */
const SOUR_ASK =
  /(?<![\p{L}'])(?:(?:sent|send|emailed|email|fill(?:ing)? (?:in|out)|complet(?:e|ing)|tak(?:e|ing)|answer(?:ing)?|do(?:ing)?) (?:you )?(?:a |our |the |this |that )?(?:quick |short |brief )?(?:\d+-(?:question|minute) )?(?:customer |satisfaction |feedback )?(?:survey|questionnaire)|(?:leave|give|share) (?:us )?(?:some |your |a |quick )?(?:feedback|review)|(?:value|appreciate|be grateful for|grateful for) (?:your|any) feedback|rat(?:e|ing) (?:us|me|this chat|the chat|today's (?:chat|conversation|call|service)|our (?:chat|service)|your (?:experience|chat|visit|conversation|call))|(?:spare|take|have) (?:a |\d+ |two |a couple of |a few )?(?:minutes?|moments?|seconds?) to (?:rate|review|answer|complete|fill|share|tell)|(?:want|would you like|shall i|should i|do you want) (?:me )?to add (?:it|that|this|them|one)(?= ?\?)|(?:придет|пришлем|получите|отправим) (?:вам )?(?:короткий |небольшой |краткий )?опрос\p{L}*|ваше мнение (?:очень )?важно для нас|оцените(?:,? пожалуйста,?)? (?:качество )?(?:наш |нашу |мою |этот |этой )?(?:чат|работу|консультаци\p{L}*|консультацию|диалог|разговор|обслуживание|нас|меня|заказ|доставку|поездку|курьера|визит|покупку)|(?:пройдите|заполните|ответьте на)[ ,][^.!?]{0,30}(?:опрос\p{L}*|анкет\p{L}*)|(?:оставьте|напишите)(?:,? пожалуйста,?)? (?:нам )?отзыв|добавить (?:его |ее |их )?(?:к|в) (?:заказ|визит|брон|поездк)\p{L}*\?)(?![\p{L}'])/u;

const SOUR_ASK_ALL = new RegExp(SOUR_ASK.source, 'gu');
/** The plea that follows a survey: "It only takes 2 minutes", «займёт всего 2 минуты». */
const SURVEY_PLEA =
  /(?<![\p{L}'])(?:(?:it |this )?(?:only |just )?takes (?:only |just )?(?:a|\d+|one|two|a few|a couple of) (?:minutes?|seconds?|moments?|mins?)|helps? us (?:to )?improve|займ[её]т (?:всего |не более |буквально )?(?:\d+|одну|две|пару|пять) (?:минут\p{L}*|секунд\p{L}*)|помога\p{L}* нам (?:стать лучше|улучш\p{L}*))(?![\p{L}'])/gu;
/** A goodbye tied to the appointment just made: "See you then!", "see you in the morning", «Ждём вас!». */
const SEE_YOU_THEN =
  /(?<![\p{L}])(?:see you (?:both |all )?(?:then|there|tomorrow|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:on|in|at|around|about|after|from|at about) (?:the |next |this )?[\p{L}\p{N}]+)|ждем вас(?: в \p{L}+)?)(?=\s*[.!]|\s*$)/u;
/**
 * The customer leaves something still to come from their side: a decision to talk over ("I need to
 * check with my partner, I'll get back to you", «посоветуюсь с мужем») or details to send later
 * («адрес пришлю после обеда», "I'll email the plans tonight").
 */
const LEFT_PENDING =
  /(?<![\p{L}'])(?:check with (?:my|the|our|her|his) \p{L}+|check with (?:him|her|them)|get back to you|come back to you|let you know(?! (?:if|whether|how)\b)|have a think|think (?:it|about it) over|talk (?:it over|to my)|before i (?:book|decide|confirm|commit|pay)|(?:need|have|want) to (?:think (?:about )?it|ask (?:my|the|our) \p{L}+|discuss (?:it|this|that) with)|sleep on it|run (?:it|this|that) (?:by|past)|(?:i'll|i will|let me|i need to|i have to|i'll have to|i'll need to|i will need to|i'll just) (?:ring|call|phone|ask|check)|haven't decided|not decided|(?:i'll|ill|i will) (?:do|try|upload|send|test|check|set|arm|run|use|fit|install) [^.!?]{0,40}?(?:tonight|overnight|later|tomorrow|this (?:evening|afternoon|weekend)|at the weekend|in the morning|when i(?:'m| am|m) (?:home|back)|when i get (?:home|back))|see (?:if|whether) it works|(?:will|i'll|ill|i will) see (?:tonight|later|tomorrow|how it goes|if it (?:works|holds|happens|drops))|(?:i'll|i will) (?:send|email|text|forward) (?:you )?[^.!?]{0,40}?(?:later|tonight|tomorrow|after \p{L}+|this (?:afternoon|evening))|уточн(?:ю|яю|ить|ять) у|отпишу(?:сь)?(?![\p{L}'])|(?:сейчас |вечером |потом |завтра )?(?:гляну|посмотрю|проверю)(?![\p{L}'])|(?:надо|нужно|хочу) (?:[\p{L}-]+ ){0,4}(?:глянуть|посмотреть|проверить)(?![\p{L}'])|(?:спрошу|узнаю) у|позвоню (?:в|им|туда|ему|ей)|посоветуюсь|(?:надо|нужно|необходимо|придется) (?:мне |нам )?(?:еще |сначала |все-таки )?(?:(?:с|со|у) \p{L}+ )?(?:посоветоваться|подумать|обсудить|согласовать|спросить)|подумаю|обсу(?:жу|дим|дить) с|не решил\p{L}*|(?<!если что,? )перезвоню|вернусь|дам знать|(?:пришлю|отправлю|скину|вышлю|напишу) (?:[^.!?]{0,30}? )?(?:позже|попозже|потом|после \p{L}+|вечером|завтра|через \p{L}+)|(?:позже|попозже|потом|после обеда|вечером|завтра) (?:пришлю|отправлю|скину|вышлю|напишу))(?![\p{L}'])/u;
/** Holding what the customer will decide on: "I'll hold both places until 5pm", «придержу». */
const HOLD = String.raw`hold|holding|held|reserve|reserved|pencil(?:led)?|keep (?:it|them|both|the \p{L}+|your \p{L}+) (?:open|for you|aside)|держ(?:у|им)|придерж\p{L}*|оставлю|резерв\p{L}*`;
/** A way back for the customer: "just reply here", "call me on …", «напишите», «жду адрес». */
const WAY_BACK_SRC = String.raw`reply (?:here|to (?:this|that|the|my|our))|(?:call|ring|phone|text|email) (?:me|us)|give (?:me|us) a (?:call|ring)|message (?:us|me|here)|get back to (?:me|us)|let (?:me|us) know|when you(?:'ve| have|'re| are)? (?:decided|checked|spoken|talked|had|know|ready)|once you|whenever you|no rush|speak soon|talk soon|hear(?:ing)? from you|(?:i'll|we'll|i will|we will) wait|waiting for|жд(?:у|ем)(?! (?:вас|тебя) (?:в|во|на|к|завтра|сегодня|послезавтра)(?![\p{L}']))|буду ждать|будем ждать|пришлите|напишите|пишите|сообщите|как только|когда (?:решите|уточните|обсудите|пришлете|будете готов\p{L}*)|до связи|на связи|здесь в чате|в этом чате|сюда в чат`;
/** A reply that keeps what is pending open: it holds it, or says how the customer comes back. */
const KEPT_OPEN = new RegExp(`(?<![\\p{L}'])(?:${HOLD}|${WAY_BACK_SRC})(?![\\p{L}'])`, 'u');
/** A way back alone: beside a closing formula, a hold says nothing of how they come back. */
const WAY_BACK = new RegExp(`(?<![\\p{L}'])(?:${WAY_BACK_SRC})(?![\\p{L}'])`, 'u');
/** Every hold or way back of a reply, and every way back. */
const KEPT_OPEN_ALL = new RegExp(KEPT_OPEN.source, 'gu');
const WAY_BACK_ALL = new RegExp(WAY_BACK.source, 'gu');
/**
 * A reply that hands the customer the next step ("Once you've both signed, we'll send it to your
 * agent", «Как только подпишете, отправим договор»): the process goes on, it is not the closing.
 */
const NEXT_STEP_THEIRS =
  /(?<![\p{L}'])(?:once you(?:'ve| have)? (?:both |all )?\p{L}+|when you(?:'ve| have) (?:both |all )?\p{L}+ed|(?:please|you(?:'ll| will) need to|you just need to|you'll just need to) (?:sign|send|upload|fill in|complete|pay|return|bring|scan|print)|как только (?:вы )?(?:оба |обе )?(?:подпишете|пришлете|оплатите|заполните|загрузите|подтвердите|отправите)|после того как вы)(?![\p{L}'])/u;
/** Words that make the amount after them a total: "in total £238", «итого по заказу 67 840 ₽». */
const TOTAL_BEFORE =
  /(?<![\p{L}])(?:итого|всего|в сумме|в общей сложности|общая сумма|total|in total|altogether|overall)(?![\p{L}])[^.!?]{0,20}$/u;
/** A day of the month said by its number alone: "the 17th", "17th please", «на 17-е». */
const BARE_DAY = /(?<![\p{L}\p{N}£$€.,:])(\d{1,2})(?:st|nd|rd|th|-?е|-?го)(?![\p{L}\p{N}])/gu;
/** A figure said in the chat: an amount, a date (with its month) or a time of day. */
interface Figure {
  kind: string;
  value: string;
  /** As written, for the finding's message. */
  text: string;
  start: number;
}
const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|январ\\p{L}*|феврал\\p{L}*|март\\p{L}*|апрел\\p{L}*|ма[яй]|июн\\p{L}*|июл\\p{L}*|август\\p{L}*|сентябр\\p{L}*|октябр\\p{L}*|ноябр\\p{L}*|декабр\\p{L}*';
/** A date with its year: "31 March 2026", "March 31, 2026", «31 марта 2026 года». */
const DATED_YEAR = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?<d1>\\d{1,2})(?:st|nd|rd|th)?(?: of)? (?<m1>${MONTHS})|(?<m2>${MONTHS}) (?<d2>\\d{1,2})(?:st|nd|rd|th)?),? (?<y>(?:19|20)\\d\\d)(?![\\p{N}])`,
  'giu',
);

/** The dates of a text that give their year, as day and month (`31 mar`) and year. */
function datedYears(text: string): { day: string; year: string; text: string }[] {
  return [...text.matchAll(DATED_YEAR)].map((m) => {
    const g = m.groups!;
    return {
      day: `${+(g.d1 ?? g.d2)!} ${(g.m1 ?? g.m2)!.toLowerCase().slice(0, 3)}`,
      year: g.y!,
      text: m[0],
    };
  });
}

const FIGURE = new RegExp(
  [
    // £45, $1,200, €14.99
    '(?<cur>[£$€])\\s?(?<cv>\\d(?:[\\d,]*\\d)?(?:\\.\\d+)?)',
    // 1 200 рублей, 3 800 ₽, 45 pounds
    '(?<![\\p{L}\\p{N}])(?<mv>\\d{1,3}(?:[ \\u00a0]\\d{3})+|\\d+)(?:[.,]\\d+)?\\s?(?:руб\\p{L}*|₽|pounds?|dollars?|euros?)(?![\\p{L}])',
    // 2 140 баллов, 1,412 points
    '(?<![\\p{L}\\p{N}])(?<pv>\\d{1,3}(?:[ \\u00a0,]\\d{3})+|\\d+)\\s?(?:балл\\p{L}*|бонус\\p{L}*|points?|miles|миль)(?![\\p{L}])',
    // 12 августа, 3rd of March
    `(?<![\\p{L}\\p{N}])(?<dd>\\d{1,2})(?:st|nd|rd|th)?(?: of)? (?<dm>${MONTHS})(?![\\p{L}])`,
    // March 3
    `(?<![\\p{L}])(?<md>${MONTHS}) (?<mdd>\\d{1,2})(?![\\p{N}])`,
    // 11:00
    '(?<![\\p{N}])(?<th>\\d{1,2})[:.](?<tm>\\d\\d)(?![\\p{N}])',
  ].join('|'),
  'gu',
);
/** The figures of `text`; `normalize` keeps lengths, so each figure's `text` is as written. */
function figuresIn(text: string): Figure[] {
  const out: Figure[] = [];
  for (const m of normalize(text).matchAll(FIGURE)) {
    const g = m.groups!;
    const digits = (v: string) => v.replace(/[^\d.]/g, '').replace(/\.0+$/, '');
    let kind: string;
    let value: string;
    if (g.cv !== undefined) [kind, value] = ['money', digits(g.cv)];
    else if (g.mv !== undefined) [kind, value] = ['money', digits(g.mv)];
    else if (g.pv !== undefined) [kind, value] = ['points', digits(g.pv)];
    else if (g.dd !== undefined) [kind, value] = [`date ${g.dm!.slice(0, 3)}`, String(+g.dd)];
    else if (g.mdd !== undefined) [kind, value] = [`date ${g.md!.slice(0, 3)}`, String(+g.mdd)];
    else [kind, value] = ['time', `${+g.th!}:${g.tm}`];
    out.push({ kind, value, text: text.slice(m.index, m.index + m[0].length), start: m.index });
  }
  return out;
}
/**
 * Counts of things: «4 пакетика», "3 chairs", «пакетиков 4» at the end of a sentence, "30 minutes of
 * free riding" (not money, points, times, dates, durations, measures or percentages).
 */
const COUNT =
  /(?<![\p{L}\p{N}.,:/#№-])(?:(?<n3>\d{1,3}) (?<u3>minutes?|hours?|days?|weeks?|months?|минут\p{L}*|час\p{L}*) (?:of|бесплатн\p{L}*) (?<w3>\p{L}{4,})|(?<n1>\d{1,3}) (?<w1>\p{L}{4,})|(?<w2>\p{L}{4,}) (?<n2>\d{1,3})(?=\s*(?:[.,;!?)]|$)))(?![\p{L}\p{N}.,:%])/gu;
const NOT_COUNTED = new RegExp(
  `^(?:${MONTHS}|руб\\p{L}*|pounds?|dollars?|euros?|балл\\p{L}*|бонус\\p{L}*|points?|miles|миль|` +
    'минут\\p{L}*|час\\p{L}*|дн\\p{L}*|дня|день|недел\\p{L}*|месяц\\p{L}*|лет|года?|году|сут\\p{L}*|' +
    'секунд\\p{L}*|раз|раза|процент\\p{L}*|этаж\\p{L}*|квартир\\p{L}*|дом\\p{L}*|номер\\p{L}*|' +
    'заказ\\p{L}*|договор\\p{L}*|пункт\\p{L}*|глав\\p{L}*|урок\\p{L}*|минимум|максимум|' +
    'minutes?|hours?|days?|weeks?|months?|years?|seconds?|nights?|times|percent|floor|flat|house|room|' +
    'number|order|clause|section|page|chapter|step|level|working|business|hrs|mins|gate|platform|' +
    'terminal|seat|table|bay|unit|plot|version|apartment|suite|lesson|series|season|episode|tier|grade)$',
  'u',
);
function countsIn(norm: string): Array<{ value: string; noun: string; text: string }> {
  return [...norm.matchAll(COUNT)].flatMap((m) => {
    const g = m.groups!;
    // An allowance of time is a count of it: "30 minutes of free riding", «60 минут бесплатного катания».
    if (g.n3 !== undefined)
      return [
        {
          value: String(+g.n3),
          noun: `${g.u3!.slice(0, 3)} ${g.w3!}`,
          text: m[0].slice(0, g.n3.length + 1 + g.u3!.length),
        },
      ];
    const [value, noun] = g.n1 !== undefined ? [g.n1, g.w1!] : [g.n2!, g.w2!];
    if (NOT_COUNTED.test(noun)) return [];
    return [{ value: String(+value), noun, text: m[0] }];
  });
}
/** Every number written in the texts. */
const numbersOf = (norms: string[]) =>
  new Set(norms.flatMap((x) => (x.match(/\d+/gu) ?? []).map((d) => String(+d))));
/**
 * A code of four digits or more standing on its own: «код 4419», "ref 55102"; not a group of a
 * number written with spaces («182 250»), a phone number or a decimal.
 */
/** A size: "20x20", «20×30 см», "90 x 200". */
const SIZE =
  /(?<![\p{N}.,])(\d+(?:[.,]\d+)?)\s?[x×х]\s?(\d+(?:[.,]\d+)?)(?:\s?[x×х]\s?(\d+(?:[.,]\d+)?))?(?![\p{N}\p{L}])/gu;
const CODE = /(?<![\p{N}\p{L}.,()+‐–-]|\d\s)\d{4,}(?![\p{N})‐–-]|[.,]\d|\s\d{3}(?!\d))/gu;
/** The digits of a figure or code, without its separators and currency. */
const digitsOf = (v: string) => v.replace(/\D/g, '');
/** The same digits in another order, as many of them: «68 400» and «86 400», 4419 and 4491. */
const sameDigits = (a: string, b: string) => {
  const [x, y] = [digitsOf(a), digitsOf(b)];
  return x.length === y.length && [...x].sort().join('') === [...y].sort().join('');
};
/** Card brands, by the name the chat uses. */
const CARD_BRAND =
  /(?<![\p{L}])(?:visa|mastercard|master card|amex|american express|maestro|виза|мастеркард|мастеркарт)(?![\p{L}])/gu;
const brandOf = (b: string) =>
  /^(?:visa|виза)$/.test(b)
    ? 'visa'
    : /^(?:mastercard|master card|мастеркард|мастеркарт)$/.test(b)
      ? 'mastercard'
      : /^(?:amex|american express)$/.test(b)
        ? 'amex'
        : b;
/** Days of the week in a normalised text, as the day's number (0 Monday) and where they stand. */
const WEEKDAY =
  /(?<![\p{L}])(?:(mon)day|(tue)sday|(wed)nesday|(thu)rsday|(fri)day|(sat)urday|(sun)day|(понедельник)\p{L}*|(вторник)\p{L}*|(сред)(?:а|у|ы|е|ам|ами)|(четверг)\p{L}*|(пятниц)\p{L}*|(суббот)\p{L}*|(воскресень)\p{L}*)s?(?![\p{L}])/gu;
function weekdaysIn(
  norm: string,
): Array<{ day: number; text: string; start: number; end: number }> {
  return [...norm.matchAll(WEEKDAY)].map((m) => {
    const group = m.slice(1).findIndex((g) => g !== undefined);
    return { day: group % 7, text: m[0], start: m.index, end: m.index + m[0].length };
  });
}
/** Where the sentence of a normalised text around `at` starts and ends (before its full stop). */
function sentenceBounds(norm: string, at: number): { start: number; end: number } {
  let start = 0;
  for (const m of norm.matchAll(/[.!?]+(?=\s|$)/gu)) {
    if (m.index >= at) return { start, end: m.index };
    start = m.index + m[0].length;
  }
  return { start, end: norm.length };
}
/** The sentence of a normalised text around `at`. */
function sentenceAround(norm: string, at: number): string {
  const { start, end } = sentenceBounds(norm, at);
  return norm.slice(start, end);
}
/** Where the sentence of a normalised text around `at` starts. */
const sentenceStart = (norm: string, at: number) => sentenceBounds(norm, at).start;
/**
 * What tells a slot apart besides its day: its numbers (times, dates, house numbers) and its longer
 * words (a place, a name), not the day itself.
 */
function slotWords(sentence: string): string[] {
  return (sentence.replace(WEEKDAY, ' ').match(/\d+(?:[:.,]\d+)*|\p{L}{5,}/gu) ?? []).filter(
    (w) => !SLOT_STOP.has(w),
  );
}
/** Month names as words, and the days of the week: not what tells two figures' subjects apart. */
const MONTH_WORD = new RegExp(`^(?:${MONTHS})$`, 'u');
/** A greeting or courtesy before a name: "Hi Hannah!", "Anytime, Hannah.", «Спасибо, Анна!». */
const BEFORE_NAME = String.raw`(?:hi|hello|hey|dear|thanks|thank you|sorry|anytime|of course|great|perfect|lovely|no problem|you're welcome|take care|goodbye|bye|здравствуйте|добрый день|добрый вечер|доброе утро|привет|спасибо|отлично|конечно|пожалуйста|до свидания|всего доброго|хорошего дня)`;
const NAME_AFTER = new RegExp(
  String.raw`(?<![\p{L}])${BEFORE_NAME},?\s+(?!(?:mr|mrs|ms|miss|dr|sir|madam|again|so|for|to|very|all|the|and|everyone|everybody|team|for)\b)(\p{Lu}\p{Ll}{2,})(?=\s*[,.!?]|\s*$)`,
  'giu',
);
/** A name at the end after a comma: "See you Saturday, Hannah!" */
const NAME_LAST = /,\s+(\p{Lu}\p{Ll}{2,})(?=\s*[.!]*\s*$)/gu;
/** The names a text addresses someone by, as written. */
function addressed(text: string): RegExpMatchArray[] {
  return [...text.matchAll(NAME_AFTER), ...text.matchAll(NAME_LAST)].filter((m) =>
    /^\p{Lu}/u.test(m[1]!),
  );
}
/** A customer naming themself: "this is Hannah Okafor", «меня зовут Анна». */
const SELF_NAME = /(?<![\p{L}])(?:this is|my name is|меня зовут|это)\s+(\p{Lu}\p{Ll}{2,})/gu;
/** Free of charge, said of something: "free", "no charge", «бесплатно». */
// Not "free" alone: "Sophie has Thursday at 11am free" is a free slot, not a price.
const FREE_SRC = String.raw`(?<![\p{L}])(?:free of charge|for free|no charge|at no cost|free (?:delivery|collection|repair|replacement|diagnosis|visit|check|return|fitting)|бесплатн\p{L}*|без оплаты|за наш сч[её]т)(?![\p{L}])`;
const FREE = new RegExp(FREE_SRC, 'u');
const FREE_ALL = new RegExp(FREE_SRC, 'gu');
/** Words before an amount that make it a new one: "another £30", «ещё 1 000 ₽». */
const EXTRA_BEFORE =
  /(?<![\p{L}])(?:another|extra|additional|plus|an extra|ещё|еще|дополнительно|плюс)\s*(?:of\s*)?$|\+\s*$/u;
/** Words before a date that make it a deadline: "by 20 March", «до 25 мая», «не позже 26 марта». */
const DATE_DEADLINE =
  /(?<![\p{L}])(?:by|before|until|till|no later than|до|к|не позже|не позднее)\s+(?:the\s+)?(?:\p{L}+day,?\s+)?$/u;
/** A whole word that names a day of the week (see WEEKDAY): "friday", «пятницу». */
function isWeekday(word: string): boolean {
  const day = weekdaysIn(word)[0];
  return day !== undefined && day.start === 0 && day.end === word.length;
}
/** A date at `at` of a normalised text is a deadline: "by 20 March", «до 25 мая». */
function deadlineAt(norm: string, at: number): boolean {
  return DATE_DEADLINE.test(norm.slice(Math.max(0, at - 24), at));
}
/** Whether a figure or day stands with the one at `at`: in its sentence, within a few words. */
function nearFigure(norm: string, at: number): (x: { start: number }) => boolean {
  return (x) =>
    Math.abs(x.start - at) <= 25 &&
    !/[.!?]\s/.test(norm.slice(Math.min(x.start, at), Math.max(x.start, at)));
}
/** Short words that say nothing of what a figure is about. */
const CONTEXT_STOP = new Set([
  'that',
  'this',
  'with',
  'from',
  'your',
  'will',
  'have',
  'been',
  'into',
  'then',
  'just',
  'also',
  'what',
  'when',
  'there',
  'their',
  'would',
  'could',
  'which',
  'about',
  'after',
  'before',
  'thanks',
  'thank',
  'today',
  'tomorrow',
  'sure',
  'great',
  'done',
  'okay',
  'этот',
  'этом',
  'этого',
  'будет',
  'после',
  'тогда',
  'завтра',
  'сегодня',
  'спасибо',
  'вашу',
  'ваши',
  'ваша',
  'ваше',
  'ваш',
  'вам',
  'если',
  'pounds',
  'pound',
  'dollars',
  'euros',
  'рублей',
  'рубля',
  'рубль',
  'уже',
  'тоже',
  'только',
  'можно',
]);
/**
 * What a sentence says a figure is about: its words of four letters or more (a weekday too, when
 * `days`), not month names or words that say nothing.
 */
function contextWords(sentence: string, days = false): string[] {
  return (sentence.match(/\p{L}{4,}/gu) ?? []).filter(
    (w) => !CONTEXT_STOP.has(w) && !MONTH_WORD.test(w) && (days || !isWeekday(w)),
  );
}
/**
 * The stem of the word a figure or day is said of, written right next to it: the word after an
 * amount ("the £75 excess", «5 000 ₽ вернутся») or the word before a day ("arrive Thursday", "collected
 * on Monday"). Not a word that says nothing (see CONTEXT_STOP).
 */
function stemAfter(norm: string, end: number): string | null {
  return contextStem(/^\s*(\p{L}{4,})/u.exec(norm.slice(end, end + 30))?.[1]);
}
function stemBefore(norm: string, at: number): string | null {
  return contextStem(
    /(\p{L}{4,})\s+(?:(?:on|for|at|в|во|на)\s+)?$/u.exec(norm.slice(Math.max(0, at - 40), at))?.[1],
  );
}
/** The word an amount is named by, just before it: "balance of £6,450", «остаток в размере 6 450 ₽». */
function amountName(norm: string, at: number): string | null {
  return contextStem(
    /(\p{L}{4,})\s+(?:of\s+|в размере\s+|—\s+|:\s*)?$/u.exec(
      norm.slice(Math.max(0, at - 40), at),
    )?.[1],
  );
}
/** Words of when, not of what: "within 5 working days", "a month". */
const CLAUSE_TIME_WORDS =
  /^(?:within|day|days|working|business|hour|hours|week|weeks|month|months|year|years|each|per|today|tomorrow|месяц\p{L}*|год\p{L}*|течени\p{L}*|рабоч\p{L}*|дн\p{L}*|дня|день|час\p{L}*|недел\p{L}*|сегодня|завтра)$/u;
/** The same for a time, which may start what it is of: «сбор с 8:15». */
function stemBeforeTime(norm: string, at: number): string | null {
  return contextStem(
    /(\p{L}{4,})\s+(?:(?:at|в|во|с|со)\s+)?$/u.exec(norm.slice(Math.max(0, at - 40), at))?.[1],
  );
}
/** The stem of a word that says what a figure is about, or null for none or one that says nothing. */
function contextStem(word: string | undefined): string | null {
  return word !== undefined && contextWords(word).length ? (tokenize(word)[0]?.stem ?? null) : null;
}
/** Number words a duration may start with ("three working days", «пяти рабочих дней»). */
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  fourteen: 14,
  один: 1,
  одни: 1,
  одну: 1,
  одного: 1,
  одной: 1,
  одних: 1,
  два: 2,
  две: 2,
  двух: 2,
  три: 3,
  трех: 3,
  четыре: 4,
  четырех: 4,
  пять: 5,
  пяти: 5,
  шесть: 6,
  шести: 6,
  семь: 7,
  семи: 7,
  десять: 10,
  десяти: 10,
  четырнадцать: 14,
  четырнадцати: 14,
};
/**
 * A length of time in a normalised text: "3 working days", "5-7 days", "24 hours", "a week",
 * «5–7 рабочих дней», «двух недель»; «в течение суток», «за неделю» (one, said without a number).
 */
const DURATION = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(\d+)(?:\s*(?:-|–|—|to|до)\s*(\d+))?\s*|(${Object.keys(NUMBER_WORDS).join('|')})\s+|(?<=(?:в течение|в пределах|через|within|in)\s))(?:(working|business|рабоч\p{L}*|банковск\p{L}*)\s+)?(hours?|days?|weeks?|months?|час(?:а|ов)?|дн(?:я|ей)|день|недел[юиь]|недель|месяц(?:а|ев)?|сут(?:ки|ок))(?![\p{L}])`,
  'gu',
);
/** Days in one unit of a duration. */
function unitDays(unit: string): number {
  if (/^(?:hour|час)/.test(unit)) return 1 / 24;
  if (/^(?:week|недел)/.test(unit)) return 7;
  if (/^(?:month|месяц)/.test(unit)) return 30;
  return 1;
}
interface Duration {
  /** Shortest and longest, in days (a working day counted as a day). */
  lo: number;
  hi: number;
  working: boolean;
  text: string;
  start: number;
  end: number;
}
function durationsIn(norm: string): Duration[] {
  const out: Duration[] = [];
  for (const m of norm.matchAll(DURATION)) {
    if (
      DURATION_BOUND_BEFORE.test(norm.slice(Math.max(0, m.index - 24), m.index)) ||
      DURATION_BOUND_AFTER.test(norm.slice(m.index + m[0].length, m.index + m[0].length + 16))
    )
      continue;
    const [, from, to, word, working, unit] = m;
    // Without a number, one unit: «в течение суток», «за неделю»; not "in days" or «за дни».
    if (
      from === undefined &&
      word === undefined &&
      !/^(?:сут|недел[юи]$|месяц$|час$|день$|hour$|day$|week$|month$)/.test(unit!)
    )
      continue;
    const n = from !== undefined ? +from : word !== undefined ? NUMBER_WORDS[word]! : 1;
    const days = unitDays(unit!);
    out.push({
      lo: n * days,
      hi: (to !== undefined ? +to : n) * days,
      working: working !== undefined,
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return out;
}
/**
 * Two durations that cannot be the same promise: apart by more than a third, a working day taken as
 * one to 1.4 calendar days ("a week" for "5 working days" is the same; "5 working days" for "3 working
 * days", «в течение суток» for «5–7 рабочих дней» are not).
 */
function clearlyApart(a: Duration, b: Duration): boolean {
  const span = (d: Duration, other: Duration): [number, number] =>
    d.working && !other.working ? [d.lo, d.hi * 1.4] : [d.lo, d.hi];
  const [alo, ahi] = span(a, b);
  const [blo, bhi] = span(b, a);
  return alo > bhi * 1.3 || blo > ahi * 1.3;
}
/**
 * Words before a figure in its sentence that make it a condition or a new term: "if it isn't there
 * in 10 days", «если через неделю», "another 2 days", "if you both sign up, … at £6 each".
 */
const ASIDE_BEFORE =
  /(?<![\p{L}])(?:if|unless|otherwise|another|extra|additional|если|иначе|в случае|ещ[её])(?![\p{L}])[^.!?;]*$/u;
/**
 * Words before a duration that make it a threshold or a lead time, not a promise: "more than 60
 * days", "up to", «более чем за 60 дней», «за час» (an hour ahead).
 */
const DURATION_BOUND_BEFORE =
  /(?<![\p{L}])(?:more than|less than|over|under|at least|at most|up to|longer than|более|менее|больше|меньше|не менее|не более|минимум|максимум|за)\s+(?:чем\s+)?(?:за\s+)?$/u;
/** Words after a duration that make it a lead time: "60 days before", «за час до приезда», "in advance". */
const DURATION_BOUND_AFTER =
  /^\s*(?:before|prior|ahead|in advance|beforehand|ago|до|заранее|назад)(?![\p{L}])/u;
/** Words around a duration that say nothing of what it is about. */
const DURATION_WORDS = new Set([
  'within',
  'during',
  'around',
  'about',
  'approximately',
  'течение',
  'пределах',
  'через',
  'примерно',
  'около',
]);
/** What the sentence around a duration is about: its context words, the durations' own left out. */
function durationContext(norm: string, d: Duration, all: readonly Duration[]): string[] {
  let sentence = sentenceAround(norm, d.start);
  for (const x of all) sentence = sentence.replace(x.text, ' ');
  return contextWords(sentence).filter((w) => !DURATION_WORDS.has(w));
}
/** A number of two to five digits right after a word: «Гагарина, 71», "zone 105", "flat 12". */
const NAMED_NUMBER = new RegExp(
  String.raw`(?<![\p{L}])(\p{L}{4,}),?\s(\d{2,5})(?![\p{N}\p{L}]|[.,:]\d|\s?(?:[£$€₽%]|руб|р\.|mbit|мбит|min|мин|час|hour|day|дн|week|недел|month|меся|year|год|лет|шт|km|км|kg|кг|gb|гб|people|человек|${MONTHS}))`,
  'gu',
);
/** Words of a customer about help already given: the chat did not start with them. */
const HELP_GIVEN =
  /(?<![\p{L}'])(?:вы (?:нас|меня|мне|нам) (?:очень |так |здорово )?(?:выручили|помогли|спасли)|(?:все|всё) (?:понятно|верно|ясно)|подожд(?:у|ем) (?:письм\p{L}*|смс|звонк\p{L}*)|жд(?:у|ем) (?:посылк\p{L}*|письм\p{L}*|курьер\p{L}*|заказ)|you(?:'ve| have) been (?:very |so |really )?helpful|you(?:'ve| have) saved (?:me|us)|that(?:'s| is) all clear|i'll wait for the (?:email|text|call|parcel))(?![\p{L}'])/u;
/** Sentences of a template that recap nothing: "We hope …", "We aim to respond within …". */
const TEMPLATE_SENTENCE =
  /(?<=^|[.!?]\s+)(?:we hope|i hope|hopefully|(?:we aim|we strive|we endeavou?r|we try) to (?:respond|reply|get back) to (?:all |your |every )?(?:enquiries|inquiries|queries|messages|emails|requests)|надеемся|надеюсь|мы стараемся ответить|мы стремимся ответить)(?![\p{L}])[^.!?]*[.!?]*/gu;
/**
 * "Everything is done" with nothing named: «Всё оформлено, ожидаем оплату.», "All sorted!», «Бронь
 * оформлена.». It says that something was done, not what: no recap.
 */
const EMPTY_DONE =
  /(?<=^|[.!?]\s+)(?:(?:отлично|готово|хорошо|итак|ок|okay|ok|great|right|perfect),?\s+)?(?:вс[её]|everything(?:'s| is| has been)?|it's all|that's all|all|(?:ваша |ваш )?(?:бронь|заказ|запись|заявка)|(?:your )?(?:booking|order|appointment)(?:'s| is| has been))\s+(?:оформлен\p{L}*|подтвержден\p{L}*|готово|сделано|в порядке|улажено|set|sorted|done|booked|confirmed|arranged|in order|taken care of|sorted out|set up)(?:\s*(?:,|—|–|-)\s*[^.!?\d]{0,30})?(?:[.!?]|$)/gu;
/** Words before a time that make it a deadline: "by 5pm", «до завтра, 10:00», "until Friday at". */
const TIME_DEADLINE =
  /(?<![\p{L}])(?:by|before|until|till|до|к|не позднее)\s+(?:(?:завтра|сегодня|tomorrow|today|\p{L}+day|понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья)[,\s]+(?:at\s+|в\s+)?)?$/u;
/** A day named right before a time: «до среды, 18:00», "by Friday at 5". */
const DAY_BEFORE_TIME =
  /(?:\p{L}+day|понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья)[,\s]+(?:at\s+|в\s+)?$/u;
/** Words before a day that make it a deadline: "by (next) Friday", "until Friday", «до субботы». */
const DEADLINE_BEFORE =
  /(?<![\p{L}])(?:by|before|until|till|than|до|к|ко|не позднее)\s+(?:next |this |the |следующ\p{L}* |этой |этого )?$/u;
const SLOT_STOP = new Set([
  'there',
  'their',
  'would',
  'could',
  'should',
  'which',
  'about',
  'after',
  'before',
  'every',
  'thanks',
  'thank',
  'booked',
  'place',
  'today',
  'tomorrow',
  'morning',
  'afternoon',
  'evening',
  'спасибо',
  'будет',
  'после',
  'тогда',
  'завтра',
  'сегодня',
  'утром',
  'вечером',
  'записали',
]);

/** Words right before a figure that mark it as the old one: "(was £10,900)", «вместо 12 000». */
const OLD_BEFORE =
  /(?<![\p{L}])(?:was|were|previously|formerly|down from|reduced from|instead of|rather than|было|были|вместо|а не|раньше)\s*$/u;
/** A clause that drops what it names: "skipped the box due on", «отменили доставку на». */
const DROPPED =
  /(?<![\p{L}])(?:skipped|cancell?ed|removed|dropped|no longer|пропустил\p{L}*|отменил\p{L}*|убрал\p{L}*)(?![\p{L}])/u;
/** What comes after these is what the change replaced: "instead of £38", «вместо 38», «а не 10». */
const NOT_NEW = /(?<![\p{L}])(?:instead of|rather than|not|вместо|а не)(?![\p{L}])/u;
/**
 * A change stated by the agent: "in total", "moved to", «итого», «продлил до», «теперь». Not
 * "instead of £38", «вместо 38»: the figure after them is the old one.
 */
const CHANGE_MARK =
  /(?<![\p{L}])(?:total|in total|comes to|moved (?:you )?to|changed (?:it )?to|extended (?:it )?(?:to|until)|updated (?:it )?to|now|итого|в сумме|получается|теперь|продлил\p{L}*|перенес\p{L}*|изменил\p{L}*|обновил\p{L}*)(?![\p{L}])/gu;

/** A rate after an amount: "£32 a month", "€90 per night", «1 500 ₽ в месяц», «за ночь». */
const RATE =
  /^\s?(?:a|an|per|each|every|\/|в|за|с)\s?(?:month|week|day|night|year|hour|person|head|lesson|session|visit|месяц|неделю|день|сутки|ночь|год|час|человека|урок|занятие|визит)(?![\p{L}])/u;
/** A yes on a condition: "only if …", "as long as …", «только если …», «при условии, что …». */
const CONDITION =
  /(?<![\p{L}'])(?:only if|as long as|provided (?:that )?|on (?:the )?condition (?:that )?|только если|при условии,? что|лишь бы|(?:not|won't|will not) (?:[^\s.!?]+ ){0,4}until|не (?:буду|стану) (?:[^\s.!?]+ ){0,4}пока)(?![\p{L}'])[^.!?]*/u;
/** Options offered side by side: "Friday 10:00 or Monday 18:30", «пятница или понедельник». */
const OR = /(?<![\p{L}])(?:or|или|либо)(?![\p{L}])/u;
/** Words that put a choice to the customer: "I can …", "would you prefer", «можно», «хотите». */
const CHOICE =
  /(?<![\p{L}])(?:can|could|i'll|we'll|would you|do you want|prefer|choose|either|offer|можем|могу|можно|хотите|удобнее|предлага\p{L}*|выберите|либо)(?![\p{L}])/u;
/** A reference with letters: "FT-20931", "PP-3300921", «М-55012». */
const REFERENCE = /(?<![\p{L}\p{N}])(\p{Lu}{1,4})[-‐–]?(\d{3,}(?:-\d+)*)(?![\p{N}])/gu;
/** Marks that may follow the sum they mark: "£195 in total", «6 400 ₽ в сумме». */
const TOTAL_AFTER = /^(?:in total|total|в сумме)$/u;

/** Courtesy words before a "today" that dates the courtesy, not anything done. */
const COURTESY_BEFORE =
  /(?<![\p{L}])(?:pleasure|glad|happy|nice|lovely|thanks|thank you|рад|рада|рады|приятно|спасибо|благодар\p{L}*)(?![\p{L}])[^.!?]{0,40}$/u;
/** Gratitude promised for what the customer is asked to do: «благодарны, если вы оцените …». */
const GRATEFUL_IF = /^[\p{L}']+,? (?:if|если)(?![\p{L}])/u;
const THANKS_FORMULA = /^(?:thanks|thank you|спасибо|благодар)/iu;
const THANKS_WITH_US =
  /^(?:(?:thanks|thank you)(?: so much| very much)? for (?:\p{L}+ with us|choosing us|your custom|contacting us|getting in touch)|(?:спасибо|благодарим),? что (?:вы )?(?:выбрали|выбираете|с нами|пользуетесь))/iu;

/**
 * A reply that checks the fix with the customer: it ends with a question to them ("Can you see the
 * page now?") or asks them to report back ("let me know when it's through", «напишите, когда
 * придёт»).
 */
function checksBack(text: string): boolean {
  const norm = normalize(text);
  return /\?\s*(?:[^?]*[.!]\s*)?$/u.test(norm.trim()) || REPORT_BACK.test(norm);
}
const REPORT_BACK =
  /(?<![\p{L}])(?:let (?:me|us) know|tell me|message me|drop me a (?:line|message)) (?:here )?(?:when|if|once|whether|as soon as)(?![\p{L}])|(?<![\p{L}])(?:напишите|сообщите|дайте (?:мне |нам )?знать)(?: мне| нам)?,? (?:когда|если|как только|получилось ли|пришло ли)(?![\p{L}])/u;

/** "Your ticket has been closed", «чат будет закрыт»: closing the chat is not something done. */
const CLOSE_CHAT_RE = { en: compilePatterns(CLOSE_CHAT.en), ru: compilePatterns(CLOSE_CHAT.ru) };
function outsideClosing(pattern: RegExp, norm: string, lang: 'en' | 'ru') {
  const close = firstMatch(CLOSE_CHAT_RE[lang], norm);
  for (const m of norm.matchAll(pattern)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (!close || span.end <= close.start || span.start >= close.end) return span;
  }
  return null;
}

/**
 * "Anything else I can help with? If not, have a good week!": the check asked and answered for the
 * customer in one breath leaves the door open without making them say again that they are done.
 */
const IF_NOT =
  /^[^.!?]*\?\s*(?:if not|if that's all|if that's everything|otherwise|если нет|если (?:больше )?ничего|если вопросов (?:больше )?нет|если больше нет)(?![\p{L}])/u;

/** A customer's "that was all" said tentatively: "I think that covers everything", «вроде всё». */
/** What a customer says of a problem put right ("all good", «всё отлично»), not of needing nothing more. */
const FIXED_NOW = /^(?:all good)$/u;
/** Said plainly that nothing more is needed: "that's all", "nothing else", «больше ничего». */
const PLAINLY_ALL =
  /(?<![\p{L}])(?:that'?s (?:all|everything|it)|that is all|nothing else|no more questions|больше ничего|это вс[её]|вопросов больше нет|больше вопросов нет)(?![\p{L}])/u;
const TENTATIVE =
  /(?<![\p{L}])(?:i think|i guess|i believe|probably|maybe|думаю|кажется|вроде|наверное|пожалуй)(?![\p{L}])/u;

export function scoreTranscript(input: TranscriptInput): TranscriptScore {
  const { turns, lang } = input;
  const findings: Finding[] = [];
  const replies: TranscriptScore['replies'] = [];
  const agentTurns: number[] = [];
  // Replies that wrap up ("anything else?", "to sum up") while the customer's problem is open and
  // nothing in them answers it: the reply scorer flags them; here they close the chat too early.
  const earlyWrapUps = new Set<number>();
  turns.forEach((t, i) => {
    if (t.role !== 'agent' || isMarker(t.text) || !t.text.trim()) return;
    agentTurns.push(i);
    const known = input.replyScores?.[i];
    const score =
      known && !known.upsetByMood
        ? known
        : scoreReply(t.text, { lang, history: turns.slice(0, i), phrases: input.phrases });
    findings.push(...score.findings);
    // A goodbye makes it a premature close of its own; "thanks for banking with us" is a sign-off
    // with no goodbye in it, and wraps up like "anything else?".
    const byes = detectIntents(t.text).get('farewell') ?? [];
    if (
      score.findings.some((f) => f.rule === 'patience.closing-too-early') &&
      !byes.some((sp) => !THANKS_WITH_US.test(t.text.slice(sp.start)))
    )
      earlyWrapUps.add(i);
    replies.push({
      turn: i,
      patience: score.patience,
      positive_phrasing: score.positive_phrasing,
      closure: null,
    });
  });

  const closure = scoreClosure(input, agentTurns, findings, earlyWrapUps);
  const patience = aggregate(replies.map((r) => r.patience));
  const positive = aggregate(replies.map((r) => r.positive_phrasing));
  const scores: DimensionScores = { patience, positive_phrasing: positive, closure };
  return {
    scores: { ...scores, overall: overall(scores, input.rubric) },
    findings: findings.sort((a, b) => a.turn - b.turn || a.span.start - b.span.start),
    replies,
  };
}

/** The mean, pulled towards the worst reply: one outburst is not averaged away. */
function aggregate(values: number[]): number {
  if (!values.length) return 100;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return clamp(0.7 * mean + 0.3 * Math.min(...values));
}

export function overall(
  scores: DimensionScores,
  rubric?: Partial<Record<Dimension, number>>,
): number {
  let sum = 0;
  let weights = 0;
  for (const dim of DIMENSIONS) {
    const value = scores[dim];
    if (value === null) continue;
    const w = rubric?.[dim] ?? (rubric && Object.keys(rubric).length ? 0 : 1);
    sum += value * w;
    weights += w;
  }
  return weights ? clamp(sum / weights) : 0;
}

function scoreClosure(
  input: TranscriptInput,
  agentTurns: number[],
  findings: Finding[],
  earlyWrapUps: ReadonlySet<number>,
): number | null {
  const { turns, lang } = input;
  const lex = LEXICONS[lang];
  const m = lex.lexicon.messages;
  const stop = lex.lexicon.stopwords;
  if (!agentTurns.length) return null;
  const intentsOf = (i: number) => detectIntents(turns[i]!.text);
  /** The customer says all is well (or ends the contact themself), with no new question. */
  const confirms = (i: number) => {
    if (turns[i]!.role !== 'customer' || turns[i]!.text.includes('?')) return false;
    // The customer's opening message states the problem: its "thanks a lot" is not for a fix,
    // unless it says outright that that was all ("Great, it's booked. That's all I needed.").
    // A message that speaks of help already given («вы нас выручили», «всё понятно, записала»,
    // "you've been very helpful") cannot open a chat: the transcript starts at its end.
    if (
      !turns.slice(0, i).some((t) => t.role === 'customer') &&
      !agentTurns.some((a) => a < i) &&
      !confirmsAllDone(i) &&
      !HELP_GIVEN.test(normalize(turns[i]!.text))
    )
      return false;
    const norm = normalize(turns[i]!.text);
    // "No, that's it." after "anything else?" is all-is-well, its "no" notwithstanding.
    return confirmsAllWell(lex, norm) || confirmsAllDone(i);
  };
  const open = new OpenQuestions(turns, lex.questionWord, lex.lexicon.stopwords);
  const lastCustomerBefore = (at: number) => {
    for (let j = at - 1; j >= 0; j--) if (turns[j]!.role === 'customer') return j;
    return -1;
  };

  // Where the closing phase starts: the reply that led to the ending, or else the first reply
  // that closes (farewell, "anything else?") or answers the customer's confirmation.
  let closingStart: number | undefined;
  if (input.endedAt !== undefined) {
    closingStart =
      [...agentTurns].reverse().find((i) => i < input.endedAt!) ??
      agentTurns.find((i) => i >= input.endedAt!);
  } else {
    closingStart = agentTurns.find((i) => {
      const intents = intentsOf(i);
      const before = lastCustomerBefore(i);
      // A confirmation starts the closing only when no question of the customer's is left open.
      const settled =
        before >= 0 &&
        confirms(before) &&
        (confirmsAllDone(before) || !open.at(before).length) &&
        // A reply that hands the customer the next step goes on with the process.
        (i === turns.length - 1 || !NEXT_STEP_THEIRS.test(normalize(turns[i]!.text)));
      // The customer goes away to decide or check, and the reply holds it open for them.
      const held =
        before >= 0 &&
        !open.at(before).length &&
        LEFT_PENDING.test(normalize(turns[before]!.text)) &&
        keptOpen(i) !== null;
      return (
        intents.has('farewell') ||
        intents.has('anything_else') ||
        earlyWrapUps.has(i) ||
        settled ||
        held
      );
    });
  }
  if (closingStart === undefined) {
    if (!input.closedEarly) return null;
    const last = agentTurns[agentTurns.length - 1]!;
    // About the chat, not any one message: nothing in the last reply is quoted.
    findings.push(
      finding(
        last,
        turns[last]!.text,
        CLOSURE.premature,
        'closure.premature',
        m.closedEarly,
        m.closedEarlyFix,
        true,
      ),
    );
    return clamp(CLOSURE.base);
  }
  // After a customer walked out (a failure ending), nobody reads what the agent writes: a recap or a
  // goodbye sent then earns nothing.
  const heard = (i: number) =>
    input.endedAt === undefined || input.outcome !== 'failure' || i < input.endedAt;
  const phase = agentTurns.filter((i) => i >= closingStart! && heard(i));
  const lastAgent = phase[phase.length - 1] ?? closingStart;
  const phaseIntents = phase.map((i) => ({ i, intents: intentsOf(i) }));

  let score: number = CLOSURE.base;
  const credit = (
    pts: number,
    turn: number,
    span: { start: number; end: number },
    rule: string,
    message: string,
  ) => {
    score += pts;
    findings.push({
      turn,
      span,
      text: turns[turn]!.text.slice(span.start, span.end),
      dimension: 'closure',
      points: pts,
      rule,
      message,
    });
  };
  const missing = (pts: number, rule: string, message: string, suggestion: string) => {
    findings.push(
      finding(lastAgent, turns[lastAgent]!.text, -pts, rule, message, suggestion, true),
    );
  };

  // A sales pitch is neither a recap nor the check: "Second pair 30% off! Anything else for you?"
  // From the first pitch of a reply on, its sentences count for nothing in the closing.
  const pitchFrom = (i: number) =>
    Math.min(
      ...findings
        .filter((f) => f.turn === i && f.rule === 'gaming.upsell')
        .map((f) => {
          const before = turns[i]!.text.slice(0, f.span.start);
          return Math.max(...['.', '!', '?'].map((p) => before.lastIndexOf(p) + 1));
        }),
    );
  const beforePitch = (i: number, m: { start: number }) => m.start < pitchFrom(i);
  // A summary names what was done: a recap phrase, or the concrete facts (dates, amounts) again.
  // A date inside "anything else I can help with today?" sums nothing up.
  const summaryOf = (i: number) => {
    const found = summaryIn(i);
    return found && beforePitch(i, found) ? found : null;
  };
  const summaryIn = (i: number) => {
    // A template's sentence ("We hope we have resolved your query today", "We aim to respond to all
    // enquiries within 5 working days") recaps nothing: blanked, so no figure or deed in it counts.
    let norm = normalize(turns[i]!.text)
      .replace(TEMPLATE_SENTENCE, (s) => ' '.repeat(s.length))
      // Nor "All sorted!", «Всё оформлено»: done, but nothing named.
      .replace(EMPTY_DONE, (s) => ' '.repeat(s.length));
    // Nor a survey's ("could you spare 2 minutes to rate your experience?"), nor the lines that go
    // on asking ("It only takes 2 minutes and really helps us improve").
    for (const survey of [...norm.matchAll(SOUR_ASK_ALL), ...norm.matchAll(SURVEY_PLEA)]) {
      const { start, end } = sentenceBounds(norm, survey.index);
      norm = norm.slice(0, start) + ' '.repeat(end - start) + norm.slice(end);
    }
    const formula = intentsOf(i).get('anything_else') ?? [];
    const inFormula = (m: { start: number; end: number }) =>
      formula.some((f) => {
        const from = Math.max(0, norm.lastIndexOf('.', f.start) + 1);
        const to = norm.slice(f.end).search(/[.!?]/);
        return m.start >= from && m.start < (to < 0 ? norm.length : f.end + to);
      });
    // Nor does the day of a goodbye ("До среды!", "See you Tuesday!").
    const byes = intentsOf(i).get('farewell') ?? [];
    // Nor the day of "See you Saturday", «Ждём вас в субботу»: the goodbye, not a recap.
    const seeYou = firstMatch(SEE_YOU_THEN, norm);
    const inBye = (at: number) =>
      byes.some((b) => at >= b.start && at < b.end) ||
      (seeYou !== null && at >= seeYou.start && at < seeYou.end);
    // Nor "today" in a courtesy ("It was a pleasure helping you today", «рада была помочь сегодня»).
    const courtesyDay = (m: { index: number; 0: string }) =>
      /^(?:today|сегодня)$/u.test(m[0]) &&
      COURTESY_BEFORE.test(norm.slice(Math.max(0, norm.lastIndexOf('.', m.index) + 1), m.index));
    // Nor the minutes of "I'll close this chat in 2 minutes".
    const closeAt = firstMatch(CLOSE_CHAT_RE[lang], norm);
    const inClose = (at: number) =>
      closeAt !== null && at >= closeAt.start && at < closeAt.end + 24;
    const concrete = [...norm.matchAll(lex.concrete)].find(
      (m) =>
        !inFormula({ start: m.index, end: m.index + m[0].length }) &&
        !inClose(m.index) &&
        !inBye(m.index) &&
        !courtesyDay(m),
    );
    return (
      outsideClosing(lex.summary, norm, lang) ??
      outsideClosing(lex.done, norm, lang) ??
      (concrete ? { start: concrete.index, end: concrete.index + concrete[0].length } : null)
    );
  };
  const summaryTurn = [...new Set([closingStart, ...phase])]
    .filter(heard)
    .find((i) => summaryOf(i) !== null);
  // A recap that gives a figure the chat later changed ("from 3 to 10 August" after "extended to
  // 12 August", "3 500 ₽" after "3 800 ₽ in total") and not the new one sums up the wrong thing.
  const stale = summaryTurn === undefined ? null : staleFigure(summaryTurn);
  // A recap or goodbye that names what was not agreed: the option the customer turned down, or a
  // near copy of a reference or date ("FT-20391" for FT-20931, «18 мая» for «18 апреля»).
  const wrong = stale
    ? null
    : ([...new Set([summaryTurn, lastAgent])]
        .filter((i): i is number => i !== undefined && i >= 0 && heard(i))
        .map((i) => {
          const w = misquote(i);
          return w && { ...w, at: i };
        })
        .find((w) => w !== null) ?? null);
  if (stale)
    findings.push(
      finding(
        summaryTurn!,
        turns[summaryTurn!]!.text,
        -CLOSURE.summary,
        'closure.stale-recap',
        m.staleRecap.replace('{old}', stale.old).replace('{new}', stale.now),
        m.staleRecapFix.replace('{new}', stale.now),
        true,
      ),
    );
  else if (wrong)
    findings.push(
      finding(
        wrong.at,
        turns[wrong.at]!.text,
        -CLOSURE.summary,
        'closure.wrong-recap',
        m.wrongRecap.replace('{old}', wrong.old).replace('{new}', wrong.now),
        m.staleRecapFix.replace('{new}', wrong.now),
        true,
      ),
    );
  else if (summaryTurn !== undefined)
    credit(
      CLOSURE.summary,
      summaryTurn,
      summaryOf(summaryTurn)!,
      'closure.summary',
      okText(lang, 'summary'),
    );
  else missing(CLOSURE.summary, 'closure.summary', m.closureSummary, m.closureSummaryFix);

  // The customer left a decision or details to come ("I'll talk it over with my wife"), and the
  // last reply holds it open ("when you've decided, just write here"): that is the check the
  // closing needs, and with no goodbye yet the closing waits for them (in progress, below).
  const heldOpen = ((): { start: number; end: number } | null => {
    const before = lastCustomerBefore(lastAgent);
    if (!leftToCome(before)) return null;
    const kept = keptOpen(lastAgent);
    return kept ? { start: kept.index, end: kept.index + kept[0].length } : null;
  })();
  // "Anything else?" after the customer already said that was all does not count: it ignores them.
  // After a tentative "I think that covers everything" it is the check they left room for.
  const anythingElse = phaseIntents.find(
    (p) =>
      p.intents.has('anything_else') &&
      beforePitch(p.i, p.intents.get('anything_else')![0]!) &&
      !saidAllDoneFirmly(lastCustomerBefore(p.i)),
  );
  if (anythingElse) {
    credit(
      CLOSURE.anythingElse,
      anythingElse.i,
      anythingElse.intents.get('anything_else')![0]!,
      'closure.anything-else',
      okText(lang, 'anythingElse'),
    );
  } else if (heldOpen) {
    credit(
      CLOSURE.anythingElse,
      lastAgent,
      heldOpen,
      'closure.anything-else',
      okText(lang, 'anythingElse'),
    );
  } else if (saidAllDone()) {
    // The customer has just said that was all ("that's all", «больше ничего не нужно»): nothing is
    // left to ask, so the element is satisfied.
    const end = turns[lastAgent]!.text.length;
    credit(
      CLOSURE.anythingElse,
      lastAgent,
      { start: end, end },
      'closure.anything-else',
      okText(lang, 'nothingMore'),
    );
  } else
    missing(
      CLOSURE.anythingElse,
      'closure.anything-else',
      m.closureAnythingElse,
      m.closureAnythingElseFix,
    );
  // A closing in progress: the last word is the agent's "anything else?", asked and not yet
  // answered. Thanks and a goodbye come after the customer's answer (a goodbye now would be
  // premature), so they are not yet due, and the score is out of what was due.
  // The check is the last reply's own: asked again after answering a question the customer added
  // to the first "anything else?", the closing is still in progress.
  const checkSpan = saidAllDoneFirmly(lastCustomerBefore(lastAgent))
    ? undefined
    : phaseIntents.find((p) => p.i === lastAgent)?.intents.get('anything_else')?.[0];
  // The last reply may instead check that the fix worked ("Can you see the page now?", "let me
  // know when the payment's through"), with no goodbye, after a customer's "ok" or "thanks" that
  // did not say that was all: the closing waits for their answer. Not a question put to a customer
  // who has said they are done, nor a sales question.
  const checking =
    anythingElse === undefined &&
    !intentsOf(lastAgent).has('anything_else') &&
    !confirmsAllDone(lastCustomerBefore(lastAgent)) &&
    !findings.some((f) => f.turn === lastAgent && f.rule === 'gaming.upsell') &&
    checksBack(turns[lastAgent]!.text);
  const inProgress =
    !input.closedEarly &&
    input.endedAt === undefined &&
    lastAgent === turns.length - 1 &&
    ((anythingElse !== undefined &&
      checkSpan !== undefined &&
      /^[^.!]*\?/u.test(turns[lastAgent]!.text.slice(checkSpan.end))) ||
      checking ||
      heldOpen !== null) &&
    // A closing formula ("Thanks for getting in touch") is the thanks, not yet the goodbye.
    !phaseIntents.some((p) => p.intents.get('farewell')?.some((sp) => !isFormula(p.i, sp))) &&
    // Asked while a question of the customer's is still open, it is not a closing yet at all.
    open.at(lastAgent).length === 0;
  let due: number = CLOSURE.base + CLOSURE.summary + CLOSURE.anythingElse;
  // «Будем благодарны, если вы оцените …», "we'd be grateful if you …": a request, not thanks.
  const thanksSpan = (i: number, sp: { start: number }) =>
    !GRATEFUL_IF.test(normalize(turns[i]!.text.slice(sp.start)));
  const thanks = phaseIntents.find((p) =>
    p.intents.get('thanks')?.some((sp) => thanksSpan(p.i, sp)),
  );
  if (thanks) due += CLOSURE.thanks;
  if (thanks)
    credit(
      CLOSURE.thanks,
      thanks.i,
      thanks.intents.get('thanks')!.find((sp) => thanksSpan(thanks.i, sp))!,
      'closure.thanks',
      okText(lang, 'thanks'),
    );
  else if (!inProgress)
    missing(CLOSURE.thanks, 'closure.thanks', m.closureThanks, m.closureThanksFix);
  // "Thank you for contacting us" is the thanks of a closing, not its goodbye.
  // "See you then!" after the customer said that was all is the goodbye; said while they still
  // ask something, it only points to the appointment.
  const goodbyeOf = (p: (typeof phaseIntents)[number]) => {
    const bye = p.intents.get('farewell')?.find((sp) => !isFormula(p.i, sp));
    if (bye) return bye;
    // Beside a closing formula ("Thanks for choosing us, see you Saturday!") it signs off all the same.
    const signsOff = p.intents.get('farewell')?.some((sp) => isFormula(p.i, sp));
    const before = lastCustomerBefore(p.i);
    if (before < 0 || (!confirms(before) && !signsOff)) return undefined;
    return firstMatch(SEE_YOU_THEN, normalize(turns[p.i]!.text)) ?? undefined;
  };
  const farewell = phaseIntents.find((p) => goodbyeOf(p) !== undefined);
  // A bare «Обращение закрыто.», "Your ticket is closed." ends the chat, but says no goodbye: it
  // still closes the chat (a premature one too, below), and earns nothing as the farewell. With
  // thanks beside it ("Thank you for contacting us. This chat will now close.") it signs off.
  const closesOnly = (p: (typeof phaseIntents)[number]) => {
    const bye = goodbyeOf(p);
    if (!bye || p.intents.has('thanks')) return false;
    const said = normalize(turns[p.i]!.text);
    const close = firstMatch(CLOSE_CHAT_RE[lang], said.slice(bye.start));
    return (
      close?.start === 0 &&
      !p.intents
        .get('farewell')!
        .some(
          (sp) =>
            !isFormula(p.i, sp) &&
            firstMatch(CLOSE_CHAT_RE[lang], said.slice(sp.start))?.start !== 0,
        )
    );
  };
  if (farewell && phaseIntents.every((p) => goodbyeOf(p) === undefined || closesOnly(p)))
    missing(CLOSURE.farewell, 'closure.farewell', m.closureFarewell, m.closureFarewellFix);
  else if (farewell)
    credit(
      CLOSURE.farewell,
      farewell.i,
      goodbyeOf(farewell)!,
      'closure.farewell',
      okText(lang, 'farewell'),
    );
  else if (!inProgress)
    missing(CLOSURE.farewell, 'closure.farewell', m.closureFarewell, m.closureFarewellFix);
  /** Scores what was credited out of what was due, with the finding that says so. */
  const outOfDue = (turn: number, credited: number, dueNow: number) => {
    const scaled = Math.round((credited * 100) / dueNow);
    const end = turns[turn]!.text.length;
    findings.push({
      turn,
      span: { start: end, end },
      text: '',
      dimension: 'closure',
      points: scaled - score,
      rule: 'closure.in-progress',
      message: okText(lang, 'inProgress'),
    });
    return scaled;
  };
  if (inProgress) score = outOfDue(lastAgent, score, due);

  const closesInOne = (at: number, before: number) => {
    const said = intentsOf(at);
    const bye = said.get('farewell')?.[0];
    // "That's all. Oh, one more: …?" answered with "Yes, …" before the goodbye.
    const answersAfterAllDone =
      confirmsAllDone(before) && firstMatch(lex.answerStart, normalize(turns[at]!.text)) !== null;
    return (
      bye !== undefined &&
      // "Anything else?" before the goodbye, unless the customer has said that was all («Спасибо,
      // всё. Ой, а чек придёт на почту?»): then the answer and a goodbye close it.
      // Or a reply that opens with the answer ("Yes, …", «Да, муж может забрать …») before it.
      ((said.get('anything_else') ?? []).some((a) => a.start < bye.start) ||
        answersAfterAllDone ||
        ((firstMatch(lex.answerStart, normalize(turns[at]!.text)) !== null ||
          (touchesQuestion(turns[at]!.text, turns[before]!.text, tokenize, stop) &&
            !conditionUnmet(before, at) &&
            !findings.some((f) => f.turn === at && f.rule === 'positive.deflection'))) &&
          oneQuestion(turns[before]!.text))) &&
      (takesTheFix(lex, turns[before]!.text) || answersAfterAllDone) &&
      !leavesOpen(at)
    );
  };
  // A goodbye is premature unless the customer has just confirmed and no question of theirs is left
  // unanswered; with an ending, unless the ending came first.
  let premature = !!input.closedEarly;
  if (!premature && farewell) {
    const at = farewell.i;
    if (input.endedAt !== undefined) premature = input.endedAt > at;
    else {
      const before = lastCustomerBefore(at);
      // The customer went quiet after the agent checked on them: closing then is not premature.
      const silent = turns
        .slice(before + 1, at)
        .some((t) => t.role === 'agent' && t.text.includes('?'));
      premature =
        !silent &&
        !settledByAnswer(before, at) &&
        !leavesDoorOpen(before, at) &&
        (before < 0 ||
          !confirms(before) ||
          conditionUnmet(before, at) ||
          (!confirmsAllDone(before) && open.at(at).length > 0));
      // Closing in one message: the customer took the fix and asked one more thing, and this reply
      // answers it, asks "anything else?" and says goodbye. Nothing is left open, but the goodbye
      // did not wait for the answer to "anything else?".
      if (premature && before >= 0 && closesInOne(at, before)) {
        premature = false;
        // Thanks and a goodbye said before the answer to "anything else?" were not yet due: the
        // closing is scored like one in progress, out of what was due, less the wait it skipped.
        const early = (thanks?.i === at ? CLOSURE.thanks : 0) + CLOSURE.farewell;
        // Thanks not said yet were not due either.
        const unsaid = findings.findIndex((f) => f.rule === 'closure.thanks' && f.points < 0);
        if (unsaid >= 0) findings.splice(unsaid, 1);
        const scaled = outOfDue(
          at,
          score - early,
          CLOSURE.base + CLOSURE.summary + CLOSURE.anythingElse,
        );
        findings.push(
          finding(
            at,
            turns[at]!.text,
            -CLOSURE.notWaited,
            'closure.did-not-wait',
            m.didNotWait,
            m.didNotWaitFix,
            true,
          ),
        );
        score = scaled - CLOSURE.notWaited;
      }
    }
  }
  // The customer left something to come ("I'll check with my partner and get back to you", «адрес
  // пришлю после обеда»): a goodbye that says nothing of it closes the matter as if it were settled.
  // The goodbye may be only a closing formula or the day of the booking ("Thanks for choosing us,
  // see you Saturday!"): it takes the matter as settled all the same.
  const leaving =
    farewell?.i ??
    (lastAgent >= 0 &&
    (intentsOf(lastAgent).has('farewell') || SEE_YOU_THEN.test(normalize(turns[lastAgent]!.text)))
      ? lastAgent
      : undefined);
  let leftPending = false;
  if (!premature && leaving !== undefined && input.endedAt === undefined) {
    const before = lastCustomerBefore(leaving);
    leftPending = leftToCome(before) && keptOpen(leaving) === null;
  }
  if (leftPending) {
    findings.push(
      finding(
        leaving!,
        turns[leaving!]!.text,
        Math.min(0, CLOSURE.prematureCap - score),
        'closure.left-pending',
        m.leftPending,
        m.leftPendingFix,
        true,
      ),
    );
    score = Math.min(score, CLOSURE.prematureCap);
  }
  let at = farewell?.i ?? lastAgent;
  // "Anything else?" or a recap before anything was answered closes too early as well.
  const wrapUp = phase.find((i) => earlyWrapUps.has(i));
  if (!premature && input.endedAt === undefined && wrapUp !== undefined) {
    premature = true;
    at = wrapUp;
  }
  if (premature) {
    const byClose = !!input.closedEarly;
    if (byClose) at = lastAgent;
    findings.push(
      finding(
        at,
        turns[at]!.text,
        CLOSURE.prematureCap - score,
        'closure.premature',
        byClose ? m.closedEarly : m.prematureClose,
        byClose ? m.closedEarlyFix : m.prematureCloseFix,
        byClose,
      ),
    );
    score = Math.min(score, CLOSURE.prematureCap);
  }
  // A goodbye that also pitches or asks for a rating ends on what the company wants, not on what
  // was done for the customer. Only the reply that says goodbye, once the customer is done, or,
  // with no goodbye, the last reply to a customer who has said that was all.
  const endTurn =
    farewell?.i ??
    (lastAgent === turns.length - 1 && confirmsAllDone(lastCustomerBefore(lastAgent))
      ? lastAgent
      : undefined);
  const sour =
    !premature && endTurn !== undefined
      ? findings.find(
          (f) =>
            f.turn === endTurn &&
            f.points < 0 &&
            (f.rule === 'patience.asks-for-rating' ||
              (f.rule === 'gaming.upsell' &&
                PITCH_SEGUE.test(
                  normalize(turns[endTurn]!.text).slice(
                    Math.max(0, f.span.start - 150),
                    f.span.end + 60,
                  ),
                ))),
        )
      : undefined;
  const asked =
    !premature && endTurn !== undefined && !sour
      ? SOUR_ASK.exec(normalize(turns[endTurn]!.text))
      : null;
  if (sour || asked) {
    const what = sour
      ? sour.text
      : turns[endTurn!]!.text.slice(asked!.index, asked!.index + asked![0].length);
    findings.push(
      finding(
        endTurn!,
        turns[endTurn!]!.text,
        -CLOSURE.sourNote,
        'closure.sour-note',
        m.sourNote.replace('{what}', what),
        m.sourNoteFix,
        true,
      ),
    );
    score -= CLOSURE.sourNote;
  }
  return clamp(score);

  /**
   * What the recap or goodbye at `at` names that was not agreed, and what was: `old` as the reply
   * writes it, `now` as the chat did.
   */
  function misquote(at: number): { old: string; now: string } | null {
    const text = turns[at]!.text;
    const norm = normalize(text);
    const said = figuresIn(text);
    const before = turns.slice(0, at);
    // Each earlier turn's normalised text, read once for all the checks below.
    const norms = before.map((x) => normalize(x.text));
    const same = (a: Figure, b: Figure) => a.kind === b.kind && a.value === b.value;
    // The option the customer turned down: offered beside the one they picked.
    for (let t = 0; t + 1 < at; t++) {
      if (turns[t]!.role !== 'agent' || turns[t + 1]!.role !== 'customer') continue;
      if (!OR.test(norms[t]!)) continue;
      const offered = figuresIn(turns[t]!.text);
      // The day picked by its number alone ("17th please", «на 17-е») when one offered date has it.
      const days = new Set([...norms[t + 1]!.matchAll(BARE_DAY)].map((m) => String(+m[1]!)));
      const byDay = offered.filter((o) => o.kind.startsWith('date') && days.has(o.value));
      const picked = [
        ...figuresIn(turns[t + 1]!.text).filter((f) => offered.some((o) => same(o, f))),
        ...(byDay.length === 1 ? byDay : []),
      ];
      for (const p of picked) {
        if (picked.some((q) => q.kind === p.kind && q.value !== p.value)) continue;
        if (said.some((f) => same(f, p))) continue;
        const later = turns.slice(t + 2, at).flatMap((x) => figuresIn(x.text));
        const old = said.find(
          (f) =>
            f.kind === p.kind && offered.some((o) => same(o, f)) && !later.some((l) => same(l, f)),
        );
        if (old) return { old: old.text, now: p.text };
      }
    }
    // The same with days: "Monday 9 Sept or Wednesday 11 Sept?", "Wednesday please", and the recap
    // names the Monday, which no one named again, and not the Wednesday.
    const myDays = weekdaysIn(norm);
    for (let t = 0; t + 1 < at && myDays.length; t++) {
      if (turns[t]!.role !== 'agent' || turns[t + 1]!.role !== 'customer') continue;
      const offer = norms[t]!;
      if (!OR.test(offer)) continue;
      const days = weekdaysIn(offer);
      const offered = new Set(days.map((d) => d.day));
      if (offered.size < 2) continue;
      const picked = new Set(
        weekdaysIn(norms[t + 1]!)
          .map((d) => d.day)
          .filter((d) => offered.has(d)),
      );
      if (picked.size !== 1) continue;
      const [chosen] = [...picked];
      if (myDays.some((d) => d.day === chosen)) continue;
      const since = new Set(norms.slice(t + 2).flatMap((x) => weekdaysIn(x).map((d) => d.day)));
      const old = myDays.find((d) => offered.has(d.day) && !since.has(d.day));
      const now = days.find((d) => d.day === chosen)!;
      if (old)
        return {
          old: text.slice(old.start, old.end),
          now: turns[t]!.text.slice(now.start, now.end),
        };
    }
    // The same, with the options named in words: "a replacement leg … or a whole replacement table
    // with delivery next Wednesday", answered "just the leg is fine".
    const wordsOf = (x: string) =>
      contentTokens(tokenize(x), stop).filter((w) => /\p{L}{3}/u.test(w));
    const recapWords = wordsOf(text);
    for (let t = 0; t + 1 < at; t++) {
      if (turns[t]!.role !== 'agent' || turns[t + 1]!.role !== 'customer') continue;
      const offer = turns[t]!.text;
      const offerNorm = norms[t]!;
      for (const sn of offerNorm.matchAll(/[^.!?]+/gu)) {
        const or = OR.exec(sn[0]);
        // A choice put to the customer, not "it means the salt is low or has formed a crust".
        if (!or || !(offerNorm[sn.index + sn[0].length] === '?' || CHOICE.test(sn[0]))) continue;
        const sides = [
          offer.slice(sn.index, sn.index + or.index),
          offer.slice(sn.index + or.index + or[0].length, sn.index + sn[0].length),
        ];
        const [wa, wb] = sides.map(wordsOf) as [string[], string[]];
        const only = [wa.filter((w) => !hasWord(wb, w)), wb.filter((w) => !hasWord(wa, w))];
        const reply = wordsOf(turns[t + 1]!.text);
        const picks = only.map((o) => o.some((w) => hasWord(reply, w)));
        if (picks[0] === picks[1]) continue;
        const [chosen, other] = picks[0] ? [0, 1] : [1, 0];
        const later = turns.slice(t + 2, at).flatMap((x) => wordsOf(x.text));
        if (only[other]!.some((w) => hasWord(later, w))) continue;
        // Two words of the other option at least, not short ones: one may be shared by chance.
        if (
          only[other]!.filter((w) => /\p{L}{4}/u.test(w) && hasWord(recapWords, w)).length >= 2 &&
          !only[chosen]!.some((w) => hasWord(recapWords, w))
        )
          return { old: sides[other]!.trim(), now: sides[chosen]!.trim() };
      }
    }
    // Each earlier turn's figures, read once for all the checks below.
    const figs = before.map((x) => figuresIn(x.text));
    const chatFigures = figs.flat();
    // A date the chat never gave, on the day of one it did in another month.
    const dates = chatFigures.filter((f) => f.kind.startsWith('date'));
    const saidDates = said.filter((x) => x.kind.startsWith('date'));
    for (const f of saidDates) {
      if (dates.some((d) => same(d, f))) continue;
      // "by 14 May … by 14 June" counts on from a date of the chat: a new date, not a misquote.
      if (saidDates.some((x) => x.value === f.value && dates.some((d) => same(d, x)))) continue;
      const near = dates.find(
        (d) => d.value === f.value && d.kind !== f.kind && !said.some((x) => same(x, d)),
      );
      if (near) return { old: f.text, now: near.text };
    }
    // A date the chat never gave, a day or two off one an agent gave in the same month, in a sentence
    // that restates that slot (a time or number of it besides the dates: "enter from 5:30am on
    // Saturday 6 September" for "entry … Friday 5 September from 5:30am"), the right date nowhere
    // in the reply.
    const undated = (sn: string) =>
      slotWords(sn.replace(FIGURE, (x) => (/\d[:.]\d\d/.test(x) ? x : ' '))).filter((w) =>
        /\d/.test(w),
      );
    // Only a date named with its weekday, the chat's with another ("Saturday 6 September" for
    // "Friday 5 September").
    const dayBefore = (n: string, at: number) =>
      weekdaysIn(n.slice(Math.max(0, at - 14), at)).at(-1)?.day;
    for (const f of saidDates) {
      if (dates.some((d) => same(d, f))) continue;
      const myDay = dayBefore(norm, f.start);
      if (myDay === undefined) continue;
      // The chat gave that day by weekday and number alone ("Monday 16", «в понедельник, 16-го»).
      const dayNumber = new RegExp(`^[\\s,]*(?:the\\s+)?${f.value}(?!\\d)`, 'u');
      if (
        norms.some((n) =>
          weekdaysIn(n).some((w) => w.day === myDay && dayNumber.test(n.slice(w.end, w.end + 8))),
        )
      )
        continue;
      const mine = undated(sentenceAround(norm, f.start));
      if (!mine.length) continue;
      for (let t = 0; t < before.length; t++) {
        if (before[t]!.role !== 'agent') continue;
        const d = figs[t]!.find((g) => {
          if (
            g.kind !== f.kind ||
            Math.abs(+g.value - +f.value) > 2 ||
            said.some((x) => same(x, g))
          )
            return false;
          const theirDay = dayBefore(norms[t]!, g.start);
          return (
            theirDay !== undefined &&
            theirDay !== myDay &&
            undated(sentenceAround(norms[t]!, g.start)).some((w) => mine.includes(w))
          );
        });
        if (d) return { old: f.text, now: d.text };
      }
    }
    // A weekday the chat never named, in a sentence that restates the slot an agent gave on another
    // day ("on Tuesdays at 5.30pm at Northgate from 6 March" for "Thursday 4.30pm … from 6 March",
    // «в четверг после 15:00» for «в среду к 15:00»), and the right day nowhere in the reply.
    const named = new Set(norms.flatMap((x) => weekdaysIn(x).map((d) => d.day)));
    const ours = weekdaysIn(norm);
    if (!ours.some((d) => named.has(d.day)))
      for (const d of ours) {
        // "by Friday", «до субботы»: a deadline of its own, not the slot.
        if (
          named.has(d.day) ||
          DEADLINE_BEFORE.test(norm.slice(Math.max(0, d.start - 16), d.start))
        )
          continue;
        const slot = slotWords(sentenceAround(norm, d.start));
        // Or the day of the same thing: "arriving Wednesday" for "should arrive Thursday".
        const of = stemBefore(norm, d.start);
        for (let t = 0; t < before.length; t++) {
          const x = before[t]!;
          if (x.role !== 'agent') continue;
          const theirs = norms[t]!;
          const other = weekdaysIn(theirs).find((o) => {
            const shared = slotWords(sentenceAround(theirs, o.start)).filter((w) =>
              slot.includes(w),
            );
            return (
              shared.some((w) => /\d/.test(w)) ||
              shared.length >= 2 ||
              (of !== null && of === stemBefore(theirs, o.start))
            );
          });
          if (other)
            return { old: text.slice(d.start, d.end), now: x.text.slice(other.start, other.end) };
        }
      }
    // An amount the chat never gave, with the digits of one it did in another order («68 400 ₽» for
    // «86 400 ₽»): a slip of the keyboard, not a new sum.
    // The same with points («2 410 баллов» for «2 140 баллов»).
    const amounts = chatFigures.filter((f) => f.kind === 'money');
    for (const f of said) {
      if (f.kind !== 'money' && f.kind !== 'points') continue;
      const given = f.kind === 'money' ? amounts : chatFigures.filter((x) => x.kind === f.kind);
      if (given.some((a) => a.value === f.value)) continue;
      const swapped = given.find((a) => sameDigits(a.value, f.value));
      // «4 500 ₽» for «4 050 ₽» and «5 600 ₽» for «6 500 ₽» are slips; «500» for «050» is too
      // short to tell.
      const short = (v: string) =>
        digitsOf(v).replace(/0+$/, '').length < 3 && digitsOf(v).length < 4;
      // Unless it is the chat's one price restated as the reply's one amount ("£98 to pay on
      // collection" for "It's £89 including fitting").
      const onlyOne =
        f.kind === 'money' &&
        new Set(given.map((a) => a.value)).size === 1 &&
        new Set(said.filter((x) => x.kind === 'money').map((x) => x.value)).size === 1;
      if (short(f.value) && (!swapped || short(swapped.value)) && !(swapped && onlyOne)) continue;
      if (swapped && !said.some((x) => x.kind === f.kind && x.value === swapped.value))
        return { old: f.text, now: swapped.text };
    }
    // A code the chat never gave with the digits of one it did in another order («код 4491» for 4419).
    const codes = before.flatMap((x) => [...x.text.matchAll(CODE)].map((m) => m[0]));
    for (const m of text.matchAll(CODE)) {
      if (codes.includes(m[0]) || /^(?:19|20)\d\d$/.test(m[0])) continue;
      const swapped = codes.find((c) => sameDigits(c, m[0]));
      if (swapped && !text.includes(swapped)) return { old: m[0], now: swapped };
    }
    // A day said by its number alone that the chat never gave («бронь продлена до 16-го» for
    // «Продлеваю до 17-го, выезд 17-го»), where an agent gave another such day, said of the same
    // thing, that the reply leaves out.
    const bareDays = [...norm.matchAll(BARE_DAY)];
    if (bareDays.length) {
      const numbers = new Set(
        norms.flatMap((x) => (x.match(/\d+/gu) ?? []).map((n) => String(+n))),
      );
      const bare = new Set(bareDays.map((d) => String(+d[1]!)));
      for (const d of bareDays) {
        if (numbers.has(String(+d[1]!))) continue;
        const around = contextWords(sentenceAround(norm, d.index!));
        for (let t = before.length - 1; t >= 0; t--) {
          if (before[t]!.role !== 'agent') continue;
          // A day or two off, after the same word («до 16-го» for «до 17-го»).
          const word = (n: string, at: number) => /(\p{L}+)\s*$/u.exec(n.slice(0, at))?.[1];
          const g = [...norms[t]!.matchAll(BARE_DAY)].find(
            (x) =>
              !bare.has(String(+x[1]!)) &&
              Math.abs(+x[1]! - +d[1]!) <= 2 &&
              word(norms[t]!, x.index!) === word(norm, d.index!) &&
              contextWords(sentenceAround(norms[t]!, x.index!)).some((w) => around.includes(w)),
          );
          if (g) return { old: d[0], now: g[0] };
        }
      }
    }
    // A size the chat never gave where it gave one («фотокнига 20×30» for the 20×20 ordered, "the
    // 160x230 rug" for 120x170), no size of the chat's in the reply.
    const chatSizes = norms.flatMap((x) => [...x.matchAll(SIZE)]);
    if (chatSizes.length) {
      const key = (m: RegExpMatchArray) => `${m[1]}x${m[2]}${m[3] ? `x${m[3]}` : ''}`;
      const known = new Set(chatSizes.map(key));
      const mine = [...norm.matchAll(SIZE)];
      const wrong = mine.find((m) => !known.has(key(m)));
      if (wrong && !mine.some((m) => known.has(key(m))))
        return {
          old: text.slice(wrong.index, wrong.index! + wrong[0].length),
          now: chatSizes.at(-1)![0],
        };
    }
    // A count the chat gave of one thing, said with another number («2 пакетика „Де Барао“» for the
    // 4 agreed, "2 chairs" for "4 chairs"), the agreed count nowhere in the reply; not when the chat
    // gave that thing more than one count (a change, a split), nor a duration or a measure.
    const chatCounts = norms.flatMap(countsIn);
    const mentioned = chatCounts.length ? numbersOf(norms) : null;
    for (const c of countsIn(norm)) {
      const of = chatCounts.filter((x) => x.noun === c.noun || sameWord(x.noun, c.noun));
      const values = new Set(of.map((x) => x.value));
      if (values.size !== 1 || values.has(c.value)) continue;
      const [agreed] = [...values] as [string];
      // A number the chat gave at all, or the agreed one anywhere in the reply: worked from it.
      if (mentioned!.has(c.value) || new RegExp(`(?<!\\d)${agreed}(?!\\d)`).test(norm)) continue;
      return { old: c.text, now: of[0]!.text };
    }
    // The card named by another brand than the one the chat gave ("your Mastercard" for the Visa).
    const brands = new Set(
      norms.flatMap((x) => [...x.matchAll(CARD_BRAND)].map((m) => brandOf(m[0]))),
    );
    if (brands.size === 1) {
      const [given] = [...brands];
      const named = [...norm.matchAll(CARD_BRAND)].map((m) => m[0]);
      if (named.length && !named.some((b) => brandOf(b) === given))
        return { old: named[0]!, now: given! };
    }
    // A time the chat never gave, in a sentence that restates a slot an agent gave at another time
    // ("Wednesday 14 August at 10:00" for "Wednesday 14 August at 10:30"), the right time nowhere
    // in the reply.
    const times = chatFigures.filter((f) => f.kind === 'time');
    for (const f of said) {
      if (f.kind !== 'time' || times.some((t) => t.value === f.value)) continue;
      // "until tomorrow, 10:00", «до 18:00»: a deadline, not the slot; it can only misquote another
      // deadline («Ждём вас сегодня до 20:00» for «работаем … до 21:00»).
      const lead = norm.slice(Math.max(0, f.start - 30), f.start);
      const due = TIME_DEADLINE.test(lead);
      const slot = slotWords(sentenceAround(norm, f.start)).filter((w) => !/[:.]/.test(w));
      for (let t = 0; t < before.length; t++) {
        const x = before[t]!;
        if (x.role !== 'agent') continue;
        const theirs = norms[t]!;
        const other = figs[t]!.find((g) => {
          if (g.kind !== 'time' || said.some((h) => h.kind === 'time' && h.value === g.value))
            return false;
          // A slip of the keyboard ("10:00" for "10:30"), not a time worked out from it ("from
          // 7:15" for three hours before a 10:15 flight).
          const [a, b] = [digitsOf(g.value), digitsOf(f.value)];
          if (a.length !== b.length || distance(a, b) > 1) return false;
          // Not a new deadline with a day of its own («до среды, 18:00»).
          if (due)
            return (
              !DAY_BEFORE_TIME.test(lead) &&
              TIME_DEADLINE.test(theirs.slice(Math.max(0, g.start - 30), g.start))
            );
          const shared = slotWords(sentenceAround(theirs, g.start)).filter(
            (w) => !/[:.]/.test(w) && slot.includes(w),
          );
          return shared.some((w) => /\d/.test(w)) || shared.length >= 3;
        });
        if (other) return { old: f.text, now: other.text };
      }
    }
    // A reference the chat never gave, a digit or two off one it did.
    const refs = before.flatMap((x) => [...x.text.matchAll(REFERENCE)]);
    for (const r of text.matchAll(REFERENCE)) {
      if (refs.some((e) => e[0] === r[0])) continue;
      const near = refs.find(
        (e) =>
          e[1]!.toLowerCase() === r[1]!.toLowerCase() &&
          e[2]!.length === r[2]!.length &&
          distance(e[2]!, r[2]!) <= 2 &&
          !text.includes(e[0]),
      );
      if (near) return { old: r[0], now: near[0] };
    }
    const agentTurns = before.flatMap((x, t) => (x.role === 'agent' ? [t] : []));
    // An amount the chat gave for another thing: "£2,760 … paid to your account" after "we've paid
    // £2,460, which is the £2,760 invoice minus your excess", «отделка … 400 000 ₽» after «отделка
    // 800 000 ₽, имущество 400 000 ₽». The word the chat said it of is nowhere in the reply's
    // sentence, the word of another amount is, and that amount is nowhere in the reply.
    const attached = (n: string, g: Figure) =>
      [stemBefore(n, g.start), stemAfter(n, g.start + g.text.length)].filter(
        (w): w is string => w !== null,
      );
    // Or the subject it is said of: "The vet bill was £842.50".
    const subjectOf = (n: string, g: Figure) =>
      contextStem(
        /(\p{L}{4,})\s+(?:is|was|are|were|comes to|came to|составляет|составила|составит)\s+$/u.exec(
          n.slice(Math.max(0, g.start - 40), g.start),
        )?.[1],
      );
    // The words of the clause after an amount ("£743.50 straight into your bank account"), not
    // those of a duration in it.
    const clauseAfter = (n: string, g: Figure) =>
      tokenize(
        n
          .slice(g.start + g.text.length)
          .split(/[.,;:!?]|\s(?:and|but|while|instead|и|а|но|вместо)\s/u)[0]!
          .slice(0, 48),
      )
        .map((t) => t.stem)
        .filter((w) => contextWords(w).length > 0 && !CLAUSE_TIME_WORDS.test(w));
    const sentenceStems = (sn: string) => tokenize(sn).map((t) => t.stem);
    for (const f of said) {
      if (f.kind !== 'money') continue;
      const mine = sentenceStems(sentenceAround(norm, f.start));
      for (const t of agentTurns) {
        const c = figs[t]!.find((g) => same(g, f));
        // A total is said of all its items ("итого 238 ₽" recapped as «238 ₽ за творог и йогурт»).
        if (!c || TOTAL_BEFORE.test(norms[t]!.slice(Math.max(0, c.start - 30), c.start))) continue;
        const ofC = attached(norms[t]!, c);
        const subject = ofC.length ? null : subjectOf(norms[t]!, c);
        // Said in the reply in any form ("off-peak" for "Off-Peak is £29"): the same thing, unless
        // the reply puts it where the chat put another amount ("your settlement of £3,420 will be
        // paid into your account ending 4471" for "£3,170 will be paid to your account ending 4471").
        const named = subject !== null && sentenceAround(norm, f.start).includes(subject);
        if (subject !== null) ofC.push(subject);
        if (!ofC.length || (!named && ofC.some((w) => mine.includes(w)))) continue;
        const d = figs[t]!.find(
          (g) =>
            g.kind === 'money' &&
            !said.some((x) => same(x, g)) &&
            (named
              ? clauseAfter(norms[t]!, g).filter((w) => mine.includes(w)).length >= 2
              : attached(norms[t]!, g).some((w) => mine.includes(w)) ||
                // Only beside a subject the reply leaves out: "into your account" for the payout.
                (subject !== null && clauseAfter(norms[t]!, g).some((w) => mine.includes(w)))),
        );
        if (d) return { old: f.text, now: d.text };
      }
    }
    // A name the chat never used where the customer's own goes ("Anytime, Hayley." for Hannah).
    const names = new Set<string>();
    for (const x of before) {
      const found = x.role === 'agent' ? addressed(x.text) : [...x.text.matchAll(SELF_NAME)];
      for (const m of found) names.add(m[1]!);
    }
    if (names.size === 1) {
      const [name] = [...names] as [string];
      const chatWords = new Set(norms.flatMap((x) => x.match(/\p{L}+/gu) ?? []));
      const called = addressed(text).find((m) => !chatWords.has(normalize(m[1]!)));
      if (called && !text.includes(name)) return { old: called[1]!, now: name };
    }
    const chatNumbers = new Set(norms.flatMap((x) => x.match(/\d+/gu) ?? []));
    // An amount the chat never gave, a digit off one an agent gave, said of the same thing ("£25
    // comes off your payment on the 1st" for "a £20 credit … off your next payment on the 1st"):
    // not a sum worked out from the chat's amounts.
    const worked = new Set<number>();
    const pool = [...amounts, ...said.filter((f) => f.kind === 'money')];
    for (const a of pool)
      for (const b of pool) {
        worked.add(+a.value + +b.value);
        worked.add(Math.abs(+a.value - +b.value));
      }
    for (const a of amounts) for (let k = 2; k <= 12; k++) worked.add(+a.value * k);
    for (const f of said) {
      if (f.kind !== 'money' || amounts.some((a) => a.value === f.value)) continue;
      // A sum of the chat's amounts is worked out from them, unless it is named as the very thing
      // the amount a digit off was ("the remaining balance of £6,950" for "the balance of £6,450",
      // though £6,950 is also the balance and the deposit together).
      // Not a total said as one ("всего к оплате 3 800 ₽") or beside what it adds up ("wax is
      // £3 …, so £38 in all").
      const sum = worked.has(+f.value);
      const name = sum ? amountName(norm, f.start) : null;
      if (
        sum &&
        (name === null ||
          said.some((h) => h.kind === 'money' && h.value !== f.value) ||
          TOTAL_BEFORE.test(norm.slice(Math.max(0, f.start - 30), f.start)))
      )
        continue;
      // "another £30", «ещё 1 000 рублей»: a new charge, not the old one misquoted.
      if (EXTRA_BEFORE.test(norm.slice(Math.max(0, f.start - 16), f.start))) continue;
      const around = contextWords(sentenceAround(norm, f.start));
      for (const t of agentTurns) {
        const theirs = norms[t]!;
        const g = figs[t]!.find((g) => {
          if (g.kind !== 'money' || said.some((h) => h.kind === 'money' && h.value === g.value))
            return false;
          const [a, b] = [digitsOf(g.value), digitsOf(f.value)];
          return (
            a.length >= 2 &&
            a.length === b.length &&
            distance(a, b) === 1 &&
            (sum
              ? amountName(theirs, g.start) === name
              : contextWords(sentenceAround(theirs, g.start)).some((w) => around.includes(w)))
          );
        });
        if (g) return { old: f.text, now: g.text };
      }
    }
    // Any amount the chat never gave and that cannot be worked out from it, where an agent gave
    // another for the same thing (two words of its sentence shared) and the reply leaves that one
    // out: "charged the £6.00 difference to your card" for "the difference is £4.00 … from the card".
    for (const f of said) {
      if (f.kind !== 'money' || amounts.some((a) => a.value === f.value) || worked.has(+f.value))
        continue;
      if (EXTRA_BEFORE.test(norm.slice(Math.max(0, f.start - 16), f.start))) continue;
      // "If you both sign up, … at £6 each": the price of another option, not the agreed one.
      if (ASIDE_BEFORE.test(norm.slice(sentenceStart(norm, f.start), f.start))) continue;
      const around = contextWords(sentenceAround(norm, f.start));
      // Or one word, the one the amount is of: "the £100 excess" for "the £75 excess".
      const of = stemAfter(norm, f.start + f.text.length);
      for (const t of [...agentTurns].reverse()) {
        const g = figs[t]!.find(
          (g) =>
            g.kind === 'money' &&
            !said.some((h) => h.kind === 'money' && h.value === g.value) &&
            (contextWords(sentenceAround(norms[t]!, g.start)).filter((w) => around.includes(w))
              .length >= 2 ||
              (of !== null && of === stemAfter(norms[t]!, g.start + g.text.length))),
        );
        if (g) return { old: f.text, now: g.text };
      }
    }
    // A time said of the thing an agent gave another time for ("induction at 5:30" for "a 15-minute
    // induction at 5:15", the 5:30 being when the shift starts), that time nowhere in the reply.
    for (const f of said) {
      if (f.kind !== 'time') continue;
      const of = stemBeforeTime(norm, f.start);
      if (of === null) continue;
      const saidSo = figs.some((x, t) =>
        x.some(
          (y) =>
            y.kind === 'time' && y.value === f.value && stemBeforeTime(norms[t]!, y.start) === of,
        ),
      );
      if (saidSo) continue;
      for (const t of [...agentTurns].reverse()) {
        const g = figs[t]!.find(
          (g) =>
            g.kind === 'time' &&
            g.value !== f.value &&
            !said.some((h) => h.kind === 'time' && h.value === g.value) &&
            stemBeforeTime(norms[t]!, g.start) === of,
        );
        if (g) return { old: f.text, now: g.text };
      }
    }
    // A length of time no one gave, far from one an agent gave that the reply leaves out, said of the
    // same thing ("within 5 working days" for "within 3 working days", «в течение суток» for
    // «в течение 5–7 рабочих дней»); not one in a condition ("if it isn't there in 10 days").
    const spans = durationsIn(norm);
    const chatDurations = norms.map(durationsIn);
    const anyChatDuration = chatDurations.flat();
    for (const f of spans) {
      if (anyChatDuration.some((d) => !clearlyApart(d, f))) continue;
      if (ASIDE_BEFORE.test(norm.slice(sentenceStart(norm, f.start), f.start))) continue;
      const around = durationContext(norm, f, spans);
      for (const t of [...agentTurns].reverse()) {
        const theirs = norms[t]!;
        const g = chatDurations[t]!.find(
          (g) =>
            clearlyApart(f, g) &&
            spans.every((x) => clearlyApart(x, g)) &&
            durationContext(theirs, g, chatDurations[t]!).filter((w) => around.includes(w))
              .length >= 2,
        );
        if (g)
          return { old: text.slice(f.start, f.end), now: before[t]!.text.slice(g.start, g.end) };
      }
    }
    // A date the chat never gave, in the month of one an agent gave that the reply leaves out, said
    // of the same thing («решение — до 20 мая» for «решение будет до 25 мая», "back to your card on
    // Friday 21 March" for "on Friday 14 March, back to the card").
    for (const f of saidDates) {
      if (dates.some((d) => same(d, f))) continue;
      const month = dates.filter((d) => d.kind === f.kind);
      if (!month.length) continue;
      // The day given another way ("Monday 16", «на 25-е»): not a date the chat never gave.
      if (chatNumbers.has(f.value)) continue;
      // A deadline worked out from the chat ("by 20 March", «не позже 26 марта») stands for a
      // deadline the chat gave, not for the day something happened.
      const due = deadlineAt(norm, f.start);
      const around = contextWords(sentenceAround(norm, f.start), true);
      for (const t of agentTurns) {
        const theirs = norms[t]!;
        // A date the chat moved on from ("5 June" before "moved to 8 June"), the new one recapped.
        const later = figs.slice(t + 1).flat();
        if (later.some((l) => l.kind === f.kind && said.some((x) => same(x, l)))) continue;
        const g = figs[t]!.find(
          (g) =>
            g.kind === f.kind &&
            !said.some((x) => same(x, g)) &&
            deadlineAt(theirs, g.start) === due &&
            contextWords(sentenceAround(theirs, g.start), true).some((w) => around.includes(w)),
        );
        if (g) return { old: f.text, now: g.text };
      }
    }
    // The slot restated on another day than the one an agent last gave at that time ("Friday 9 May
    // at 9:45" after "All booked: Thursday 8 May at 9:45"), that day nowhere in the reply.
    for (const f of said) {
      if (f.kind !== 'time') continue;
      const mineNear = nearFigure(norm, f.start);
      const myDays = weekdaysIn(norm).filter(mineNear);
      const myDates = said.filter((x) => x.kind.startsWith('date') && mineNear(x));
      if (!myDays.length && !myDates.length) continue;
      for (const t of [...agentTurns].reverse()) {
        const theirs = norms[t]!;
        const g = figs[t]!.find((x) => x.kind === 'time' && x.value === f.value);
        if (!g) continue;
        const theirNear = nearFigure(theirs, g.start);
        const days = weekdaysIn(theirs).filter(theirNear);
        const wrongDay = myDays.find((d) => days.length && !days.some((x) => x.day === d.day));
        if (wrongDay && !weekdaysIn(norm).some((d) => days.some((x) => x.day === d.day)))
          return { old: wrongDay.text, now: days[0]!.text };
        const slotDates = figs[t]!.filter((x) => x.kind.startsWith('date') && theirNear(x));
        const wrongDate = myDates.find(
          (d) => slotDates.some((x) => x.kind === d.kind) && !slotDates.some((x) => same(x, d)),
        );
        if (wrongDate && !said.some((x) => slotDates.some((y) => same(x, y))))
          return { old: wrongDate.text, now: slotDates[0]!.text };
        break;
      }
    }
    // A price for what an agent said is free («диагностика … обойдётся в 500 ₽» after «повторную
    // диагностику, бесплатно»): said of the same thing, the reply's sentence not free itself.
    for (const f of said) {
      if (f.kind !== 'money' || amounts.some((x) => x.value === f.value)) continue;
      const mine = sentenceAround(norm, f.start);
      if (FREE.test(mine)) continue;
      const stems = contextWords(mine)
        .filter((w) => w.length >= 6)
        .map((w) => w.slice(0, 6));
      for (const t of agentTurns) {
        const theirs = norms[t]!;
        for (const m of theirs.matchAll(FREE_ALL)) {
          const words = contextWords(sentenceAround(theirs, m.index));
          if (words.some((w) => w.length >= 6 && stems.includes(w.slice(0, 6))))
            return { old: f.text, now: before[t]!.text.slice(m.index, m.index + m[0].length) };
        }
      }
    }
    // A number after the same name as one the chat gave, its digits swapped or one of them off
    // («Гагарина, 17» for «Гагарина, 71», "zone 106" for "zone 105").
    const namedNumbers = (normalised: string) =>
      [...normalised.matchAll(NAMED_NUMBER)].filter(
        (m) => !stop.has(m[1]!) && !MONTH_WORD.test(m[1]!) && !isWeekday(m[1]!),
      );
    const ownNumbers = new Set(norm.match(/\d+/gu) ?? []);
    // «Лесная» and «Лесной»: one street in two cases.
    const sameName = (x: string, y: string) =>
      sameWord(x, y) || (x.length >= 5 && y.length >= 5 && x.slice(0, -2) === y.slice(0, -2));
    const chatNamed = norms.map(namedNumbers);
    for (const r of namedNumbers(norm)) {
      if (chatNumbers.has(r[2]!)) continue;
      for (const [t, x] of before.entries())
        for (const c of chatNamed[t]!)
          if (
            sameName(c[1]!, r[1]!) &&
            !ownNumbers.has(c[2]!) &&
            c[2]!.length === r[2]!.length &&
            (sameDigits(c[2]!, r[2]!) || distance(c[2]!, r[2]!) === 1)
          )
            return {
              old: text.slice(r.index, r.index + r[0].length),
              now: x.text.slice(c.index, c.index + c[0].length),
            };
    }
    // A date restated with another year than the one an agent gave it ("renewed until 31 March 2025"
    // for "until 31 March 2026", «до 31 марта 2025 года» for «до 31 марта 2026»), that year nowhere
    // in the reply for that day.
    const mine = datedYears(text);
    for (const f of mine) {
      for (const t of agentTurns) {
        const given = datedYears(turns[t]!.text).find(
          (g) =>
            g.day === f.day &&
            g.year !== f.year &&
            !mine.some((h) => h.day === g.day && h.year === g.year),
        );
        if (given) return { old: f.text, now: given.text };
      }
    }
    return null;
  }

  /**
   * A figure of the recap at `at` that an agent's later change replaced, when the recap does not
   * give the new one: `old` as the recap writes it, `now` as the change did.
   */
  function staleFigure(at: number): { old: string; now: string } | null {
    const recap = figuresIn(turns[at]!.text);
    if (!recap.length) return null;
    for (let t = 0; t < at; t++) {
      if (turns[t]!.role !== 'agent') continue;
      const norm = normalize(turns[t]!.text);
      for (const mark of norm.matchAll(CHANGE_MARK)) {
        // An offer ("I can move it to the 12th instead?") changes nothing until it is taken.
        const end = norm.slice(mark.index).search(/[.!?](?!\d)/);
        const sentenceEnd = end < 0 ? norm.length : mark.index + end;
        if (norm[sentenceEnd] === '?') continue;
        const text = turns[t]!.text;
        // The figure after "instead of", «вместо» is the old one, not the change.
        const span = norm.slice(mark.index, Math.min(sentenceEnd, mark.index + 60));
        const notNew = span.search(NOT_NEW);
        // "£195 in total", «6 400 ₽ в сумме»: the sum stands right before the mark.
        const sumBefore = TOTAL_AFTER.test(mark[0])
          ? figuresIn(text.slice(Math.max(0, mark.index - 16), mark.index))
              .filter((f) => f.kind === 'money')
              .at(-1)
          : undefined;
        // Each figure of the change: «Перенесла осмотр на 20 ноября, 14:00» moves the time as well
        // as naming the day.
        const changes = sumBefore
          ? [sumBefore]
          : figuresIn(text.slice(mark.index, mark.index + (notNew < 0 ? span.length : notNew)));
        const before = [
          ...turns.slice(0, t).flatMap((x) => figuresIn(x.text)),
          ...figuresIn(text.slice(0, mark.index)),
        ];
        const recapText = normalize(turns[at]!.text);
        for (const changed of changes) {
          // The recap names a new figure of this kind ("19:00" of "19:00–22:00"): it is up to date.
          if (
            recap.some(
              (f) =>
                f.kind === changed.kind &&
                changes.some((c) => c.kind === f.kind && c.value === f.value),
            )
          )
            continue;
          const old = recap.find(
            (f) =>
              f.kind === changed.kind &&
              // "£32 a month" is a rate, which a total ("£768 in total") does not replace.
              !RATE.test(recapText.slice(f.start + f.text.length, f.start + f.text.length + 16)) &&
              f.value !== changed.value &&
              before.some((b) => b.kind === f.kind && b.value === f.value),
          );
          if (old) return { old: old.text, now: changed.text };
        }
      }
      // A figure the agent marked as the old one ("£8,350 (was £10,900)", «9 800 ₽ вместо 12 000»)
      // beside the new one, in the same sentence.
      const text = turns[t]!.text;
      const figures = figuresIn(text);
      const isOld = (f: Figure) =>
        OLD_BEFORE.test(norm.slice(Math.max(0, f.start - 16), f.start)) ||
        // "I've skipped the box due on 4 July, so …": the clause of the figure drops it.
        DROPPED.test(
          norm
            .slice(Math.max(0, f.start - 40), f.start)
            .split(/[,;:—–]/)
            .at(-1)!,
        );
      for (const was of figures) {
        if (!isOld(was)) continue;
        const sentence = sentenceAround(norm, was.start);
        const now = figures.find(
          (f) =>
            f !== was &&
            f.kind === was.kind &&
            f.value !== was.value &&
            sentence.includes(normalize(f.text)) &&
            !isOld(f),
        );
        if (!now || recap.some((f) => f.kind === now.kind && f.value === now.value)) continue;
        const old = recap.find((f) => f.kind === was.kind && f.value === was.value);
        if (old) return { old: old.text, now: now.text };
      }
    }
    return null;
  }

  /**
   * The customer's yes at `before` holds only on a condition ("OK, but only if it comes before 3",
   * «Хорошо, но только если привезёте до 15:00»), and the reply at `at` says nothing of it: no word
   * or figure of the condition is in it.
   */
  function conditionUnmet(before: number, at: number): boolean {
    const cond = CONDITION.exec(normalize(turns[before]!.text));
    if (!cond) return false;
    const asked = contentTokens(tokenize(cond[0]), stop).filter((w) => !/^0+$/.test(w));
    if (!asked.length) return false;
    const said = contentTokens(tokenize(turns[at]!.text), stop);
    return !asked.some((w) => hasWord(said, w));
  }

  /**
   * The customer goes away to decide or check ("I need to talk it over with my wife"), and the
   * goodbye at `at` keeps it open ("when you're ready, reply to that email"): the chat ends where it
   * should, with nothing of theirs left unanswered.
   */
  function leavesDoorOpen(before: number, at: number): boolean {
    return (
      leftToCome(before) &&
      keptOpen(at) !== null &&
      // «Закрываю обращение, будем ждать вас» closes the matter all the same.
      firstMatch(CLOSE_CHAT_RE[lang], normalize(turns[at]!.text)) === null &&
      open.at(at).length === 0 &&
      !findings.some((f) => f.turn === at && f.rule === 'positive.unanswered-question') &&
      !conditionUnmet(before, at)
    );
  }

  /**
   * What in the reply at `i` keeps a pending matter open. Beside a closing formula ("Thanks for
   * choosing us!") a hold alone ("I'll mark it as reserved") does not: it takes the sale as made.
   */
  function keptOpen(i: number): RegExpExecArray | null {
    const signsOff = intentsOf(i)
      .get('farewell')
      ?.some((sp) => isFormula(i, sp));
    const norm = normalize(turns[i]!.text);
    // Not the «пишите» of «Если будут вопросы — пишите»: any question, not the one left pending.
    const formulas = (intentsOf(i).get('anything_else') ?? []).map((f) =>
      sentenceBounds(norm, f.start),
    );
    for (const m of norm.matchAll(signsOff ? WAY_BACK_ALL : KEPT_OPEN_ALL))
      if (!formulas.some((f) => m.index! >= f.start && m.index! < f.end))
        return m as RegExpExecArray;
    return null;
  }

  /** A farewell span of reply `i` that is a closing formula ("Thanks for choosing us"), not a goodbye. */
  function isFormula(i: number, sp: { start: number }): boolean {
    return THANKS_FORMULA.test(turns[i]!.text.slice(sp.start));
  }

  /**
   * The customer's message at `before` leaves something still to come from their side ("I'll check
   * with my partner"), and is not their "that's all".
   */
  function leftToCome(before: number): boolean {
    return (
      before >= 0 && !confirmsAllDone(before) && LEFT_PENDING.test(normalize(turns[before]!.text))
    );
  }

  /** `w` is one of `words`, as a word, a form of it or a word of the same Russian root. */
  function hasWord(words: readonly string[], w: string): boolean {
    return words.some((x) => x === w || sameWord(x, w) || sameRoot(x, w));
  }

  /** The reply at `at` closes too early or leaves a question of the customer's unanswered. */
  function leavesOpen(at: number): boolean {
    return findings.some(
      (f) =>
        f.turn === at &&
        (f.rule === 'patience.closing-too-early' || f.rule === 'positive.unanswered-question'),
    );
  }

  /**
   * "So the refund is coming? Then I think we're done.", answered at `at` with "Yes, …" and nothing
   * left open: the customer's check is settled, and with it the conversation.
   */
  function settledByAnswer(before: number, at: number): boolean {
    return (
      before >= 0 &&
      doneOnceAnswered(lex, turns[before]!.text) &&
      firstMatch(lex.answerStart, normalize(turns[at]!.text)) !== null &&
      !leavesOpen(at)
    );
  }
  /** The customer's last word before the closing reply was "that's all", and no one asked again. */
  function saidAllDone(): boolean {
    const at = lastCustomerBefore(lastAgent);
    return (
      at >= 0 &&
      confirmsAllDone(at) &&
      (confirms(at) || settledByAnswer(at, lastAgent)) &&
      // Asking "anything else?" anyway ignores them; leaving the door open («если что-то
      // понадобится, пишите», "any questions, just reply here") does not.
      !phaseIntents.some(
        (p) =>
          p.i > at &&
          (p.intents.get('anything_else') ?? []).some((sp) => {
            const rest = turns[p.i]!.text.slice(sp.start);
            return /^[^.!]*\?/.test(rest) && !IF_NOT.test(rest.toLowerCase());
          }),
      )
    );
  }

  function confirmsAllDone(i: number): boolean {
    return allDoneIn(i) !== null;
  }

  /**
   * Where the customer's turn `i` says that was all, with the turn normalised; null when it does not
   * ("Forget it, I'll buy paper tickets. Bye." ends the chat, not the problem).
   */
  function allDoneIn(i: number): { norm: string; start: number; end: number } | null {
    if (i < 0) return null;
    const norm = normalize(turns[i]!.text);
    const said = firstMatch(lex.allDone, norm);
    return said && !gaveUp(norm) ? { norm, start: said.start, end: said.end } : null;
  }

  /**
   * That was all, said without "I think", «вроде», «кажется», and not taken back by a question after
   * it ("That's all. Actually, can I …?"): nothing is left to check.
   */
  function saidAllDoneFirmly(i: number): boolean {
    const said = allDoneIn(i);
    return (
      !!said &&
      !TENTATIVE.test(said.norm) &&
      !said.norm.slice(said.end).includes('?') &&
      // "All good now, thanks" after a fix says the problem is gone, not that nothing else is
      // needed: "anything else?" is still the check, unless the customer also said that was all.
      !(FIXED_NOW.test(said.norm.slice(said.start, said.end)) && !PLAINLY_ALL.test(said.norm))
    );
  }
}

/**
 * Customer questions no later agent reply touched. Question sentences are split into clauses ("why
 * is my bill higher, and can I add my son?"). The first question of a message counts as answered by
 * any later agent reply; each further one must share a content word with a later agent turn, up to
 * `at`. Catches the second request a trainee forgot.
 */
/**
 * The customer's questions still unanswered at a turn: a question clause of a customer turn before
 * `at` is answered by any agent reply up to `at` that shares a content word with it (the first
 * clause of a turn by any reply at all). Each turn is read once and `at` moves forward, so looking
 * for the closing phase of a long chat costs about as much as reading it.
 */
/** A message that announces more than one question or problem. */
const SEVERAL =
  /(?<![\p{L}])(?:two|three|a couple of|several) (?:questions|things|issues|problems)|(?:два|две|три|пара|несколько) (?:вопрос\p{L}*|момент\p{L}*|проблем\p{L}*)(?![\p{L}])/iu;

/** Another request brought in: "And we also want to rent a 1/2 size cello". */
const ALSO_WANTS =
  /(?<![\p{L}'])(?:and )?(?:we|i)(?:'d| would)? also (?:want|need|like|would like|'d like|wanted)(?: to)? (?:rent|book|order|add|buy|get|hire|change|cancel|move|switch|upgrade|return)(?![\p{L}'])/u;
/**
 * A message that adds one more matter to the first: "I've also got a question about my statement",
 * "one more thing", «и ещё вопрос по счёту», «также хочу сменить тариф».
 */
const ANOTHER =
  /(?<![\p{L}'])(?:i(?:'ve| have)? also (?:got |have )?(?:a|another|one more) (?:question|issue|problem|request|thing)|(?:and )?(?:another|one more) (?:question|issue|problem|request|thing)|(?:и )?(?:ещ[её]|также|тоже) (?:есть )?(?:один |одна )?(?:вопрос|просьба|проблема)|также (?:хочу|хотел\p{L}*|нужно))(?![\p{L}])/iu;
/** Where a message that lists its matters splits them: "…, and …", "; ", ": ", "but", «, а также …». */
const ITEM_SPLIT = /,?\s+(?:and|but|also|и|а также|а ещё|а еще|но)\s+|[;:]/u;

class OpenQuestions {
  private clauses: Array<{ turn: number; text: string; words: Token[] | null; open: boolean }> = [];
  private readonly content = new Map<number, Token[]>();
  /** Turns before this one have had their questions collected; agent turns up to `answered` have answered. */
  private collected = 0;
  private answered = -1;

  constructor(
    private readonly turns: TranscriptInput['turns'],
    private readonly questionWord: RegExp,
    private readonly stopwords: ReadonlySet<string>,
  ) {}

  private contentOf(i: number): Token[] {
    let words = this.content.get(i);
    if (!words) {
      words = this.contentWords(this.turns[i]!.text);
      this.content.set(i, words);
    }
    return words;
  }

  private collect(j: number): void {
    const text = this.turns[j]!.text;
    // "Two things: my bill has the wrong reading, and I want to move my direct debit to the 15th";
    // "I want to dispute a charge, and I've also got a question about my statement": each matter a
    // message lists stays open until an agent reply speaks of it, like a question.
    const several = SEVERAL.test(text);
    const alsoWants = ALSO_WANTS.test(text);
    if (several || alsoWants || ANOTHER.test(text))
      for (const sentence of sentenceTexts(text).filter((sn) => !sn.includes('?')))
        for (const item of sentence.split(ITEM_SPLIT)) {
          const words = this.contentWords(item);
          // "Two things" announces the matters and is none of them.
          if (words.length >= 2 && !SEVERAL.test(item))
            this.clauses.push({ turn: j, text: item.trim(), words, open: true });
        }
    // Questions asked with "?", and put indirectly ("I don't understand how to …", «не понимаю,
    // как …»). A decimal point does not end a sentence.
    const sentences = sentenceTexts(text).filter(
      (sn) => sn.includes('?') || INDIRECT_QUESTION.test(sn),
    );
    if (!sentences.length) return;
    const clauses = sentences
      .flatMap((sentence) => sentence.split(/,?\s+(?:and|but|also|и|а также|а ещё|а еще)\s+|[;:]/u))
      .filter((clause) => firstMatch(this.questionWord, normalize(clause)) !== null);
    // "I have two questions: …", «у меня два вопроса: …»: the problem told first is one of them, so
    // no question is taken as answered by whatever reply comes next.
    clauses.forEach((clause, k) =>
      this.clauses.push({
        turn: j,
        text: clause.trim(),
        // The first question of a turn is taken as answered by any reply after it.
        // Nor when the message brings in another matter ("The box please. And we also want to rent a
        // cello, can that start the same day?"): the reply must speak of it.
        words: k === 0 && !several && !alsoWants ? null : this.contentWords(clause),
        open: true,
      }),
    );
  }

  private answer(j: number): void {
    for (const c of this.clauses) {
      if (!c.open || c.turn >= j) continue;
      if (c.words === null) c.open = false;
      else {
        const later = this.contentOf(j);
        if (
          c.words.some((w) =>
            later.some((x) => sameWord(x.stem, w.stem) || sameRoot(x.stem, w.stem)),
          )
        )
          c.open = false;
      }
    }
  }

  private contentWords(text: string): Token[] {
    return tokenize(text).filter(
      (t) => !this.stopwords.has(t.norm) && /\p{L}/u.test(t.norm) && t.norm.length > 2,
    );
  }

  at(at: number): string[] {
    // Asked about an earlier turn than last time: start again.
    if (at < this.answered || at < this.collected) {
      this.clauses = [];
      this.collected = 0;
      this.answered = -1;
    }
    for (let j = Math.min(this.collected, this.answered + 1); j <= at; j++) {
      const turn = this.turns[j]!;
      if (turn.role === 'customer' && j < at && j >= this.collected) this.collect(j);
      if (turn.role === 'agent' && j > this.answered) {
        this.answer(j);
        this.answered = j;
      }
    }
    this.collected = Math.max(this.collected, at);
    return this.clauses.filter((c) => c.open && c.turn < at).map((c) => c.text);
  }
}

function finding(
  turn: number,
  text: string,
  points: number,
  rule: string,
  message: string,
  suggestion?: string,
  whole = false,
): Finding {
  const span = whole ? { start: text.length, end: text.length } : { start: 0, end: text.length };
  return {
    turn,
    span,
    text: text.slice(span.start, span.end),
    dimension: 'closure',
    points,
    rule,
    message,
    ...(suggestion ? { suggestion } : {}),
  };
}

function okText(
  lang: 'en' | 'ru',
  what: 'summary' | 'anythingElse' | 'nothingMore' | 'thanks' | 'farewell' | 'inProgress',
): string {
  const texts = {
    en: {
      summary: 'Sums up what was done.',
      anythingElse: 'Checks whether anything else is needed.',
      nothingMore: 'The customer said that was all, so there was nothing more to ask.',
      thanks: 'Thanks the customer.',
      farewell: 'Says goodbye.',
      inProgress:
        'The closing is still in progress: thanks and a goodbye come after the customer answers "anything else?", so it is scored out of what was due so far.',
    },
    ru: {
      summary: 'Подводит итог сделанного.',
      anythingElse: 'Уточняет, нужна ли ещё помощь.',
      nothingMore: 'Клиент сказал, что больше ничего не нужно, — уточнять не требовалось.',
      thanks: 'Благодарит клиента.',
      farewell: 'Прощается.',
      inProgress:
        'Завершение ещё идёт: благодарность и прощание уместны после ответа клиента на вопрос «чем-то ещё помочь?», поэтому оценка — из того, что уже было уместно.',
    },
  } as const;
  return texts[lang][what];
}
