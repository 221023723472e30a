/**
 * Scores one trainee reply for patience and positive phrasing, with a finding for every point
 * gained or lost. Pure and deterministic.
 */
import { spansOf } from '../language/guard';
import { detectIntents, negatedAt, type BuiltinIntent } from '../language/intents';
import { compilePhrase, findAllPhrases, type Span } from '../language/phrases';
import { normalize, sameWord, tokenize, type Lang, type Token } from '../language/text';
import type { Dimension } from '../scenarios/schema';
import { compilePatterns, type Lexicon, type LexiconRule } from './lexicon';
import { EN } from './lexicon-en';
import { RU } from './lexicon-ru';
import { INDIRECT_QUESTION, unansweredQuestion } from './questions';
import type { Finding, PhraseOptions, ReplyContext, ReplyScore, Turn } from './types';
import {
  contentStems,
  contentTokens,
  contentWords,
  firstMatch,
  oneQuestion,
  sameRoot,
  sentenceTexts,
  touchesQuestion,
} from './words';

export { firstMatch };

const BASE = { patience: 80, positive_phrasing: 70 } as const;
/** "Is there parking?", «Есть ли парковка?», «А парковка у вас есть или …?». */
const IS_THERE_QUESTION = /(?<![\p{L}])(?:(?:is|are) there|есть)(?![\p{L}])[^.!?]*\?/u;
/** Its answer opening the reply: "There's a free car park …", «Есть, …», «Парковка есть: …». */
const THERE_IS_ANSWER =
  /^\s*(?:there(?:'s| is| are)(?![\p{L}])|(?:[\p{L}-]+\s+){0,3}есть(?![\p{L}]))/u;
const CREDIT_CAP = { patience: 20, positive_phrasing: 30 } as const;
/** Mood at or above which the customer counts as upset even without angry words. */
const UPSET_MOOD = 55;

interface CompiledRule extends LexiconRule {
  regex: RegExp;
  unlessRegex?: RegExp;
}

export interface CompiledLexicon {
  lexicon: Lexicon;
  rules: CompiledRule[];
  concrete: RegExp;
  upset: RegExp;
  repeating: RegExp;
  confirmation: RegExp;
  allDone: RegExp;
  pending: RegExp;
  questionWord: RegExp;
  filler: RegExp;
  emptyOffer: RegExp;
  pointers: RegExp;
  bringsInfo: RegExp;
  fakeResolution: RegExp;
  answerStart: RegExp;
  summary: RegExp;
  recap: RegExp;
  done: RegExp;
  salesOffer: RegExp;
  priceTopic: RegExp;
  compensation: RegExp;
  helpQuestion: RegExp;
  joking: RegExp;
  reassurance: RegExp;
  asksForNumber: RegExp;
  asksForEmail: RegExp;
}

function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  return {
    lexicon,
    rules: orderRules(lexicon.rules).map((rule) => ({
      ...rule,
      regex: compilePatterns(rule.patterns.length ? rule.patterns : ['(?!)']),
      unlessRegex: rule.unless ? compilePatterns(rule.unless) : undefined,
    })),
    concrete: compilePatterns(lexicon.concrete),
    upset: compilePatterns(lexicon.upset),
    repeating: compilePatterns(lexicon.repeating),
    confirmation: compilePatterns(lexicon.confirmation),
    allDone: compilePatterns(lexicon.allDone),
    pending: compilePatterns(lexicon.pending),
    questionWord: compilePatterns(lexicon.questionWords),
    filler: compilePatterns(lexicon.filler),
    emptyOffer: compilePatterns(lexicon.emptyOffer),
    pointers: compilePatterns(lexicon.pointers),
    bringsInfo: compilePatterns(lexicon.bringsInfo),
    fakeResolution: compilePatterns(lexicon.fakeResolution),
    answerStart: compilePatterns(lexicon.answerStart),
    summary: compilePatterns(lexicon.summary),
    recap: compilePatterns(lexicon.recap),
    done: compilePatterns(lexicon.done),
    salesOffer: compilePatterns(lexicon.salesOffer),
    priceTopic: compilePatterns(lexicon.priceTopic),
    compensation: compilePatterns(lexicon.compensation),
    helpQuestion: compilePatterns(lexicon.helpQuestion),
    joking: compilePatterns(lexicon.joking),
    reassurance: compilePatterns(lexicon.reassurance),
    asksForNumber: compilePatterns(lexicon.asksForNumber),
    asksForEmail: compilePatterns(lexicon.asksForEmail),
  };
}

/**
 * Deductions claim words in this order: rules that refine an intent, the intents themselves, then
 * the other deductions, strongest first. Credits come last and may share words.
 */
function orderRules(rules: readonly LexiconRule[]): LexiconRule[] {
  const rank = (r: LexiconRule) => (r.points > 0 ? 3 : r.refines ? 0 : r.intent ? 1 : 2);
  return [...rules].sort((a, b) => rank(a) - rank(b) || a.points - b.points);
}

export const LEXICONS: Record<Lang, CompiledLexicon> = {
  en: compileLexicon(EN),
  ru: compileLexicon(RU),
};

/**
 * A number the customer gave as an ID: "#55120", "№ 4471", "HX-4471", or a number right after the
 * name of what it identifies ("order 4471", «заказ 4471»; not "order 100 units"). A bare number is
 * not one: it may be an amount, a year or a phone number.
 */
const GIVEN_ID =
  /(?:#|№\s?)\d{3,}|(?<![\p{L}\p{N}])\p{L}{1,4}-?\d{3,}(?![\p{L}\p{N}])|(?:card|карт\p{L}*)\s+(?:no\.?\s*|number\s+|номер\s+)?\d{4}(?:\s?\d{4}){1,3}|(?:order|booking|ticket|reference|ref|case|account|reservation|invoice|policy|заказ\p{L}*|брон\p{L}*|договор\p{L}*|заявк\p{L}*|сч[её]т\p{L}*|полис\p{L}*|номер\p{L}*)\s+(?:no\.?\s*|number\s+|номер\s+)?\d{3,}(?!\s*(?:units?|pieces?|items?|pcs|шт\p{L}*|штук\p{L}*|единиц\p{L}*))/u;

/** Said of something done at this moment: "right now", «уже». */
const ACTING_NOW = /(?<![\p{L}\p{N}])(?:now|right now|already|just|уже|сейчас)(?![\p{L}\p{N}])/u;

/** A sentence that prices an offer: "only $9 more a month", «всего 200 ₽ в месяц». */
const PRICE_LINE =
  /(?:^|[^\p{L}\p{N}])(?:only|just|from|всего|лишь|от)(?:[^\p{L}\p{N}]|$)[^.!?]*\d|(?:a|per) (?:month|year|week)(?:[^\p{L}]|$)|в (?:месяц|год|неделю)(?:[^\p{L}]|$)|\d+ ?% off(?:[^\p{L}]|$)|скидк\p{L}* [^.!?]{0,20}\d+ ?%/u;

/** A negation just before a word ("nothing works", «не работает», "still not working"). */
const NEGATED_BEFORE =
  /(?:^|[^\p{L}])(?:not|no|nothing|never|none|doesn't|don't|isn't|wasn't|didn't|won't|can't|cannot|не|ни|нет|ничего|никак|никогда)(?:\s+\p{L}+)?\s+$/u;
/** Still asking for something after a thank-you ("thanks, I also need…", «спасибо, ещё нужно…»). */
const MORE_TO_ASK =
  /(?:^|[^\p{L}])(?:also|another|one more|as well|ещё|еще|также|кроме того)(?=[^\p{L}]|$)|(?:^|[.!?]\s*)(?:а,?\s+и|ах,?\s+да|oh,?\s+and|oh,?\s+also)(?=[^\p{L}])/u;
/** "Thanks. It hasn't come through yet though", «Спасибо, но письмо пока не пришло»: not there yet. */
const STILL_PROBLEM =
  /(?:^|[^\p{L}])(?:hasn't|haven't|isn't|aren't|doesn't|didn't|not|no)(?=[^\p{L}])[^.!?]*[^\p{L}](?:yet|though)(?=[^\p{L}]|$)|(?:^|[^\p{L}])still (?:not|no|hasn't|haven't|isn't|doesn't|can't|won't)(?=[^\p{L}])|(?:^|[^\p{L}])(?:пока|еще|так и|все еще|до сих пор) не(?=[^\p{L}])/u;
/** Words of a fault: "offline", "error", «ошибка», «зависает». */
const FAULT =
  'offline|errors?|fails|failed|broken|stuck|declined|rejected|ошибк\\p{L}*|офлайн|оффлайн|недоступ\\p{L}*|завис\\p{L}*';
/**
 * A problem raised after a thank-you or "done that": "but …", «только …» with a negation or a fault
 * ("but it says 'device offline'", «но пишет ошибку»).
 */
const BUT_PROBLEM = new RegExp(
  `(?:^|[^\\p{L}])(?:but|only|however|except|только|но|однако|правда|вот только)(?=[^\\p{L}])[^.!?]*(?:[^\\p{L}]|^)(?:not|no|can't|cannot|won't|don't|didn't|не|нет|никак|${FAULT})(?=[^\\p{L}]|$)`,
  'u',
);
/** A fault after "but": "but it says 'device offline'", «но выдаёт ошибку» (not «только пришлите в чат»). */
const BUT_FAULT = new RegExp(
  `(?:^|[^\\p{L}])(?:but|however|но|однако)(?=[^\\p{L}])[^.!?]*(?:[^\\p{L}]|^)(?:${FAULT}|doesn't work|isn't working|not working|не работает|не грузит\\p{L}*)(?=[^\\p{L}]|$)`,
  'u',
);
/** A pointer's sentence goes on with what it points to: «указано: …», «указано, что …», "state that …". */
const GOES_ON = /^\s*(?:[:—–-]|,?\s*(?:that|что)(?![\p{L}\p{N}]))/u;
/** A pointer after "but" in its sentence rebuts the customer ("sorry, but the terms say …"). */
const REBUTS = /(?:^|[^\p{L}])(?:but|however|although|though|yet|но|однако|хотя|зато)(?![\p{L}])/u;
/** A web address in the reply. */
const WEB_ADDRESS =
  /(?:https?:\/\/|www\.)\S|[\p{L}\p{N}-]\.(?:ru|рф|com|org|net|io|info|su|uk|de|eu|app)(?![\p{L}\p{N}])/u;

/**
 * The customer says all is well: a confirmation word that is not negated ("nothing works"), not
 * sarcastic ("thanks for nothing"), with nothing else asked for, no anger and nothing pending
 * ("I'll try that"). Anything less keeps the conversation open.
 */
/**
 * The customer gives up on the problem: "forget it, I'll buy paper tickets", "I'll manage myself",
 * «ладно, видимо, никак», «сам разберусь». Their thanks or goodbye then ends the chat, not the
 * problem. Not when the same message says it is sorted ("never mind, it shows £20 now", «ладно,
 * нашёл»).
 */
const GAVE_UP =
  /(?<![\p{L}'])(?:forget it|i give up|i'll (?:just )?(?:manage|sort it out|figure it out|deal with it)(?: (?:myself|on my own))?|i'll (?:just )?(?:go|look) elsewhere|(?:there's|there is) no point|(?:i guess|so|seems|apparently) (?:there's )?nothing (?:you|anyone) can do|this is (?:useless|pointless|hopeless)|(?:видимо|похоже|значит|раз так|раз),? никак|ничего не поделаешь|бесполезно|без толку|толку (?:нет|никакого)|обойдусь|сам(?:а)? разберусь|(?:пойду|поеду|приду) так|ну и ладно|ну и не надо|проехали)(?![\p{L}'])/u;
const SORTED_AFTER_ALL =
  /(?<![\p{L}'])(?:found it|it's there|shows? (?:up|[£$€]?\d)|works? now|working now|it worked|it's sorted|got it now|нашл\p{L}*|нашел|нашёл|нашлось|появил\p{L}*|пришл[оаи]|пришел|пришёл|получилось|заработал\p{L}*)(?![\p{L}'])/u;

/** A report of looking, not of doing: "I've checked", «я проверила», «посмотрел». */
const CHECKED_ONLY =
  /^(?:(?:i|we)(?:'ve| have)? (?:just |now )?(?:checked|looked)|(?:(?:я|мы) (?:уже |сейчас )?)?(?:проверил|проверила|проверили|посмотрел|посмотрела|посмотрели))$/u;

/** The reply says it has answered everything: "I hope that fully answers your question". */
const CLAIMS_COMPLETE =
  /(?<![\p{L}'])(?:(?:i )?hope (?:that|this) (?:fully |completely )?(?:answers|covers|answered) (?:your question|all your questions|everything)|hopefully (?:that|this) (?:covers|answers) (?:everything|it all|all your questions)|that (?:should )?(?:covers?|answers?) (?:everything|all your questions)|надеюсь,? (?:я )?(?:полностью |подробно )?ответил[а]? на (?:все )?ваш\p{L}* вопрос\p{L}*|надеюсь,? (?:это|мой ответ) (?:полностью )?отвечает на ваш\p{L}* вопрос\p{L}*|надеюсь,? (?:мой |наш |этот )?ответ был (?:исчерпывающ\p{L}*|полн\p{L}*|достаточно подробн\p{L}*)|(?:i )?hope (?:my|this|the|our) (?:answer|reply|response) (?:was|is) (?:comprehensive|exhaustive|complete|thorough)|(?:i )?hope i(?:'ve| have)? (?:fully |completely )?answered (?:your question|all your questions|everything))(?![\p{L}'])/u;

/** See GAVE_UP. `norm` is normalised text. */
export function gaveUp(norm: string): boolean {
  return GAVE_UP.test(norm) && !SORTED_AFTER_ALL.test(norm);
}

export function confirmsAllWell(lex: CompiledLexicon, norm: string): boolean {
  const m = firstMatch(lex.confirmation, norm);
  if (!m) return false;
  if (gaveUp(norm)) return false;
  if (NEGATED_BEFORE.test(norm.slice(Math.max(0, m.start - 40), m.start))) return false;
  const after = norm.slice(m.end);
  if (/^\s*for nothing\b/.test(after)) return false;
  if (MORE_TO_ASK.test(norm)) return false;
  // "Thanks. Only I'm at work till 5, I won't make it": a new problem after the thanks.
  if (BUT_PROBLEM.test(after) || STILL_PROBLEM.test(after)) return false;
  return firstMatch(lex.upset, norm) === null && firstMatch(lex.pending, norm) === null;
}

const phraseCache = new Map<string, ReturnType<typeof compilePhrase>>();
function phrases(list: readonly string[] | undefined) {
  return (list ?? []).map((p) => {
    let c = phraseCache.get(p);
    if (!c) phraseCache.set(p, (c = compilePhrase(p)));
    return c;
  });
}

/** Signals about the conversation so far that change how a reply reads. */
export interface ReplySituation {
  lastCustomer: string | null;
  /** `lastCustomer` normalised ('' when there is none), read once for every check. */
  lastCustomerNorm: string;
  upset: boolean;
  /** Upset only because of the mood given (see `ReplyScore.upsetByMood`). */
  upsetByMood: boolean;
  repeating: boolean;
  customerConfirmed: boolean;
  /** The last turn was the agent's: the customer has gone quiet. */
  agentSpokeLast: boolean;
  previousAgent: string[];
}

export function situation(history: readonly Turn[], lang: Lang, mood?: number): ReplySituation {
  const lex = LEXICONS[lang];
  let lastCustomer: string | null = null;
  for (let i = history.length - 1; i >= 0; i--) {
    if (history[i]!.role === 'customer') {
      lastCustomer = history[i]!.text;
      break;
    }
  }
  const norm = lastCustomer ? normalize(lastCustomer) : '';
  const caps = lastCustomer ? shoutingSpan(lastCustomer) !== null : false;
  const said = firstMatch(lex.upset, norm) !== null || caps;
  const byMood = mood !== undefined && mood >= UPSET_MOOD;
  return {
    lastCustomer,
    lastCustomerNorm: norm,
    upset: byMood || said,
    upsetByMood: byMood && !said,
    repeating: firstMatch(lex.repeating, norm) !== null,
    customerConfirmed: confirmsAllWell(lex, norm),
    agentSpokeLast: history.length > 0 && history[history.length - 1]!.role === 'agent',
    previousAgent: history
      .filter((t) => t.role === 'agent' && !isMarker(t.text))
      .map((t) => t.text),
  };
}

/** `<silence>` and `<action:ID>` stand in a transcript for what the trainee did without words. */
export function isMarker(text: string): boolean {
  return /^<(?:silence|action:[A-Za-z0-9_-]+)>$/.test(text.trim());
}

/** Words in capitals that read as shouting (acronyms of up to 4 letters are fine). */
export function shoutingSpan(text: string): Span | null {
  // Code in backticks (`EXPLAIN ANALYZE`) is quoted, not shouted.
  const unquoted = text.includes('`')
    ? text.replace(/`[^`\n]*`/g, (code) => ' '.repeat(code.length))
    : text;
  // A code with digits in it (SPRING10, ВЕСНА10Б) is read out, not shouted.
  const plain = /\d/.test(unquoted)
    ? unquoted.replace(/(?<![\p{L}\p{N}])[\p{L}\p{N}]*\d[\p{L}\p{N}]*/gu, (code) =>
        ' '.repeat(code.length),
      )
    : unquoted;
  const runs = /\p{Lu}{3,}\s+\p{Lu}{3,}/u.test(plain);
  // Not the capitals inside a name written in camel case («ФемтоЛАЗИК», "iPHONE").
  const words = [...plain.matchAll(/(?<!\p{Ll})\p{Lu}{2,}(?:['’]\p{Lu}+)?/gu)].filter(
    (m) => (m[0].length >= 5 && !ACRONYMS.has(m[0])) || runs,
  );
  // Counted without an array of one-letter strings: this runs on every reply.
  const shouted = () => {
    const letters = plain.replace(/[^\p{L}]+/gu, '').length;
    return letters >= 12 && plain.replace(/[^\p{Lu}]+/gu, '').length / letters > 0.6;
  };
  if (words.length >= 2 || shouted()) {
    const first = words[0];
    return first
      ? { start: first.index, end: first.index + first[0].length }
      : { start: 0, end: text.length };
  }
  return null;
}

/** A number or reference of three digits or more, as a customer sends one: "1187", "FT-20931". */
const GIVEN_NUMBER = /(?<![\p{N}])\d{3,}(?![\p{N}])/u;
/** A request for an order, request or reference number: «номер заявки», "your order number". */
const NUMBER_REQUEST =
  /(?<![\p{L}])(?:номер\p{L}* (?:заявки|заказа|договора|обращения|полиса|счета|лицевого счета|брони|бронирования|квитанции|билета|накладной|посылки)|(?:order|booking|reference|ref|claim|ticket|account|policy|case|tracking|request|invoice) (?:number|no|reference))(?![\p{L}])/u;
/** Asking for it: a question, or «подскажите», «пришлите», "could you send". */
const ASKS_FOR =
  /\?|(?<![\p{L}])(?:подскажите|пришлите|укажите|сообщите|напишите|назовите|уточните|send|give|tell|confirm|provide|share|could you|can you|please)(?![\p{L}])/u;
/** Names written in capitals that are read out, not shouted: «ОСАГО», «ГИБДД», “IELTS”. */
const ACRONYMS = new Set([
  'ОСАГО',
  'КАСКО',
  'ГИБДД',
  'СНИЛС',
  'ЕГРЮЛ',
  'ЕГРИП',
  'ОГРНИП',
  'РОСТЕЛЕКОМ',
  'ФГБОУ',
  'МОСГАЗ',
  'IELTS',
  'TOEFL',
  'OFCOM',
  'OFGEM',
  'OFSTED',
  'UNICEF',
  'NASDAQ',
  'HTTPS',
  'GMAIL',
]);
/** "How do I …?", «Как удалить …?»: a question that steps answer. */
const HOW_QUESTION = /(?<![\p{L}])(?:how (?:do|can|should|would) (?:i|we)|how to|как)(?![\p{L}])/u;
/** An instruction: an imperative that starts a clause ("open …", "tap …", «откройте», «нажмите»). */
const STEP =
  /(?:^|[.,;:!?→>]\s*|(?<![\p{L}])(?:and|then|и|затем|потом)\s+)(?:open|go|tap|click|select|choose|enter|press|type|log|sign|scroll|pick|hit|swipe|turn|switch|restart|hold|(?!не\s)\p{L}{3,}(?:ите|йте))(?![\p{L}])/gu;

/** A question that proposes to book or sell: "Shall I go ahead and reserve a berth?", «Оформим?». */
const BOOKING_PROPOSAL =
  /(?<![\p{L}'])(?:shall i|should i|would you like me to|would you like to|do you want me to|do you want to|want me to|can i) (?:go ahead and )?(?:reserve|book|sign (?:you )?up|add|put you down|pencil you in|enrol|enroll|order)\b|(?<![\p{L}])(?:забронир|оформ|запиш|добав)\p{L}* (?:вас|вам)?\s*\?/u;

export function scoreReply(text: string, context: ReplyContext): ReplyScore {
  const lex = LEXICONS[context.lang];
  const turn = context.history.length;
  const norm = normalize(text);
  const tokens = tokenize(text);
  const where = situation(context.history, context.lang, context.mood);
  const findings: Finding[] = [];
  const points = { patience: 0, positive_phrasing: 0 };
  const credits = { patience: 0, positive_phrasing: 0 };
  const add = (
    dimension: Exclude<Dimension, 'closure'>,
    pts: number,
    rule: string,
    span: Span,
    message: string,
    suggestion?: string,
  ) => {
    if (pts > 0) {
      const room = CREDIT_CAP[dimension] - credits[dimension];
      pts = Math.max(0, Math.min(pts, room));
      if (pts === 0) return;
      credits[dimension] += pts;
    }
    points[dimension] += pts;
    findings.push({
      turn,
      span,
      text: text.slice(span.start, span.end),
      dimension,
      points: pts,
      rule,
      message,
      ...(suggestion ? { suggestion } : {}),
    });
  };

  const intents = detectIntents(text);
  const overlaps = (a: Span, list: readonly Span[]) =>
    list.some((b) => a.start < b.end && b.start < a.end);
  const whole: Span = { start: 0, end: text.length };
  const sentences = sentencesOf(text);
  const sentenceOf = (sp: Span) =>
    sentences.find((sn) => sn.start <= sp.start && sp.start < sn.end) ?? whole;
  const customerSaid = context.history
    .filter((t) => t.role === 'customer')
    .map((t) => normalize(t.text));

  const empty = spansOf(lex.emptyOffer, norm);

  // "How can I help?" once the customer has said what is wrong (more than a greeting): their
  // message was not read.
  const askedAgain =
    where.lastCustomer !== null && !where.customerConfirmed
      ? spansOf(lex.helpQuestion, norm).filter((q) => {
          const sn = sentenceOf(q);
          return text.slice(sn.start, sn.end).includes('?');
        })
      : [];
  if (askedAgain.length && contentWords(tokenize(where.lastCustomer!), lex.lexicon.stopwords) < 3)
    askedAgain.length = 0;
  // The number asked for again right after the customer sent it («Подскажите номер заявки» to «1187,
  // подавала в понедельник», after the same request): their message was not read.
  const previousAgent = where.previousAgent.at(-1);
  // Or sent again, to a customer who says they have sent it more than once («Я уже третий раз
  // отправляю фото справки», "I've uploaded it twice"): «Просим загрузить справку повторно».
  const resendAsked =
    where.lastCustomer !== null && SENT_AGAIN.test(where.lastCustomerNorm)
      ? sentences.find((sn) => {
          const said = norm.slice(sn.start, sn.end);
          const again = RESEND.exec(said);
          // Not "so you don't need to send anything again", «больше ничего присылать не нужно».
          return again !== null && !NO_NEED.test(said);
        })
      : undefined;
  const askedForGiven =
    resendAsked ??
    (where.lastCustomer !== null &&
    previousAgent !== undefined &&
    GIVEN_NUMBER.test(where.lastCustomer) &&
    NUMBER_REQUEST.test(normalize(previousAgent))
      ? sentences.find((sn) => {
          const said = norm.slice(sn.start, sn.end);
          return NUMBER_REQUEST.test(said) && ASKS_FOR.test(said);
        })
      : undefined);
  if (askedForGiven) askedAgain.push(askedForGiven);
  const askedAgainSentences = askedAgain.map(sentenceOf);
  // What the customer asked for by name ("add my partner as a guest"): "the guest add-on is £20" is
  // its price, not a pitch. The name is the word before the product's head ("guest add-on",
  // «гостевой абонемент»), not any word the two share ("photo gifts" to a passport photo customer).
  let asked: string[] | undefined;
  const namesTheirs = (o: Span) => {
    const head = PRODUCT_HEAD.exec(norm.slice(o.start, o.end));
    const name = head
      ? /(\p{L}+)\s+$/u.exec(norm.slice(o.start, o.start + head.index))?.[1]
      : undefined;
    if (!name || name.length < 4 || PITCH_WORDS.test(name)) return false;
    asked ??= customerSaid.flatMap((c) => tokenize(c).map((t) => t.stem));
    const stem = tokenize(name)[0]?.stem ?? name;
    return asked.includes(stem);
  };
  // What an earlier reply already offered and the chat went on with ("the 25% single person
  // discount", said again in the recap) is the matter in hand, not a new pitch.
  // So is the offer named as it was, with what follows it ("the free trial" after "The first class
  // is a free trial", «промокод SORRY15» after «дарю промокод SORRY15»).
  const onTheTable = (o: Span) => {
    const words = norm
      .slice(Math.max(0, o.start - 30), o.end)
      .split(/\s+/)
      .slice(-3)
      .join(' ');
    const offer = norm.slice(o.start, o.end);
    const named = offer + (/^\s*[\p{L}\p{N}-]+/u.exec(norm.slice(o.end))?.[0] ?? '');
    const said = [words, offer.includes(' ') ? offer : '', named].filter((p) => p.length >= 8);
    return where.previousAgent.some((t) => {
      const theirs = normalize(t);
      return said.some((p) => theirs.includes(p));
    });
  };
  // A sales offer the customer did not ask about, and that is not a compensation for their trouble
  // ("as an apology", "I've added 20% off this order"). It earns no credit; with no answer beside
  // it, it is an upsell instead of an answer.
  const offers =
    where.lastCustomer !== null
      ? spansOf(lex.salesOffer, norm).filter((o) => {
          const sn = sentenceOf(o);
          const said = norm.slice(sn.start, sn.end);
          return (
            !firstMatch(lex.compensation, said) &&
            !firstMatch(lex.done, said) &&
            !namesTheirs(o) &&
            !onTheTable(o)
          );
        })
      : [];
  // A customer who asked a price hears offers about it; a plan, pass or product of ours pitched in
  // answer to "how much is …?" is still a pitch, unless they asked about plans themselves.
  if (offers.length && customerSaid.some((c) => firstMatch(lex.priceTopic, c))) {
    const plansAsked = customerSaid.some((c) => PLAN_WORDS.test(c));
    // A customer whose promo code failed hears of another code that works as the answer.
    const discountAsked = customerSaid.some((c) => DISCOUNT_ASKED.test(c));
    const pitches = offers.filter((o) => {
      if (plansAsked) return false;
      const sn = sentenceOf(o);
      const said = norm.slice(sn.start, sn.end);
      // "the snowboard package" is what they asked about; "our Pro Pass" is something else.
      const plan = PLAN_WORDS.exec(said);
      if (discountAsked && !plan) return false;
      const named = plan ? /([\p{L}]+)\s+$/u.exec(said.slice(0, plan.index))?.[1] : undefined;
      if (named && customerSaid.some((c) => c.includes(named.slice(0, 5)))) return false;
      return !!plan || SELLS.test(said);
    });
    offers.length = 0;
    offers.push(...pitches);
  }
  // The price line after an offer ("Only $9 more a month.", «Всего 200 ₽ в месяц.») is the offer's.
  // So are the lines that go on selling it: its price, praise of it, the call to sign up ("It's our
  // most popular plan. Let me know if you'd like me to switch you over today!").
  const offerSentences = offers.flatMap((o) => {
    const pitch = [sentenceOf(o)];
    const after = sentences.filter((x) => x.start >= pitch[0]!.end);
    const sells = (sn: Span) => {
      const line = norm.slice(sn.start, sn.end);
      return PRICE_LINE.test(line) || SIGN_UP.test(line) || firstMatch(lex.filler, line) !== null;
    };
    // One line of praise in between ("Many clients love it.") does not end the pitch.
    for (let i = 0; i < after.length; i++) {
      if (sells(after[i]!)) pitch.push(after[i]!);
      else if (after[i + 1] && sells(after[i + 1]!)) pitch.push(after[i]!, after[++i]!);
      else break;
    }
    return pitch;
  });
  // Keyword soup: many short fragments with courtesy words among them ("Sorry, thanks, I'll help,
  // today, ref 1234!"). Its date or reference is not an answer.
  const soup = keywordSoup(text, tokens, () => [
    ...(['thanks', 'apology', 'empathy'] as const).flatMap((i) => intents.get(i) ?? []),
    ...empty,
  ]);
  // Sentences of marketing copy ("We welcome boats of all sizes, with 24/7 staff on VHF 80"): their
  // figures and questions belong to the brochure, not to an answer.
  const filler = spansOf(lex.filler, norm);
  const fillerSentences = filler.map(sentenceOf);
  // "Would you like to book one today?": a booking proposed, its day no detail of an answer.
  const proposals = sentences.filter((sn) => BOOKING_PROPOSAL.test(norm.slice(sn.start, sn.end)));
  // Sentences that are formulas: a date in them ("anything else I can help with today?", "20% off
  // this week") is not a commitment.
  const formulaSentences = [
    ...(intents.get('anything_else') ?? []).map(sentenceOf),
    ...askedAgainSentences,
    ...offerSentences,
    ...fillerSentences,
    ...proposals,
  ];

  // Concrete commitments: a date, amount or reference the customer has not already given (quoting
  // their own figures back is not a next step).
  const concrete = soup
    ? null
    : (spansOf(lex.concrete, norm).find((m) => {
        if (overlaps(m, formulaSentences)) return false;
        const detail = norm.slice(m.start, m.end).trim();
        // "Thank you for contacting us today", «спасибо, что обратились сегодня»: a courtesy.
        if (COURTESY_DAY.test(norm.slice(Math.max(0, m.start - 40), m.end))) return false;
        if (customerSaid.some((c) => c.includes(detail))) return false;
        // The customer's own figure written another way ("15 000 ₽" for their "15 000", "890 ₽" for
        // "890р") is not a new detail either.
        const figures = numbersIn(detail);
        const onlyFigures =
          /^(?:(?:заказ\p{L}*|номер\p{L}*|договор\p{L}*|заявк\p{L}*|order|ticket|booking|ref(?:erence)?)\s*)?(?:№|#|no\.)?\s*[₽$€£]?[\d\s.,]+(?:₽|р|руб\p{L}*|rub|usd|eur|gbp|[$€£])?\.?$/u.test(
            detail,
          );
        return !(
          onlyFigures &&
          figures.length > 0 &&
          figures.every((f) => customerSaid.some((c) => numbersIn(c).includes(f)))
        );
      }) ?? null);

  // A pointer to where something is written ("our terms state", «на сайте указано») is information
  // when the reply gives what it points to; then no deduction falls on it (see Lexicon.pointers).
  const gives =
    concrete !== null || WEB_ADDRESS.test(norm) || firstMatch(lex.bringsInfo, norm) !== null;
  const informative = spansOf(lex.pointers, norm).filter((p) => {
    const sentence = sentences.find((sn) => sn.start <= p.start && p.start < sn.end);
    if (REBUTS.test(norm.slice(sentence?.start ?? 0, p.start))) return false;
    if (gives) return true;
    const rest = GOES_ON.exec(norm.slice(p.end));
    if (!rest) return false;
    const from = p.end + rest[0].length;
    const said = tokens.filter(
      (t) =>
        t.start >= from &&
        t.end <= (sentence?.end ?? text.length) &&
        /[\p{L}\p{N}]/u.test(t.norm) &&
        !lex.lexicon.stopwords.has(t.norm),
    );
    return said.length >= 2;
  });
  const waived = (m: Span) => informative.some((p) => m.start >= p.start && m.end <= p.end);

  // Phrase rules of the lexicon. Specific deductions claim their words first, so one phrase is one
  // finding ("as I said" is "repeating myself", not also "dismissive").
  // Words in quotation marks are someone else's (the customer's, an error message): not judged.
  const claimed: Span[] = quotedSpans(text);
  const courtesy: Span[] = [];
  // No commitment credit inside keyword soup or a sales offer; no polite-request credit for "could
  // you tell me how I can help?" when the customer already did.
  // A vague promise ("I'll see what I can do", «передам информацию») is not a commitment either.
  const vagueRule = lex.rules.find((r) => r.id === 'positive.vague');
  const vague = vagueRule ? ruleMatches(vagueRule, norm) : [];
  // A refusal said in the passive is no commitment: «посылка выдана не будет», "won't be issued".
  const cannotRule = lex.rules.find((r) => r.id === 'positive.cannot');
  const refused = cannotRule ? ruleMatches(cannotRule, norm) : [];
  // A warning is no commitment: «задолженность будет передана в претензионный отдел».
  const threatRule = lex.rules.find((r) => r.id === 'patience.threat');
  const threats = threatRule ? ruleMatches(threatRule, norm) : [];
  // A consequence, not a service: «Пока место не освободится, синхронизация будет приостановлена»,
  // "Until you pay, the account stays suspended". Something we do ("until then, I'll hold it") is.
  const consequence = (m: Span) => {
    const sn = sentenceOf(m);
    return (
      CONSEQUENCE.test(norm.slice(sn.start, sn.end)) && !OURS_TO_DO.test(norm.slice(m.start, m.end))
    );
  };
  const emptyCheck = (m: Span) =>
    CHECKED_ONLY.test(norm.slice(m.start, m.end)) && overlaps(sentenceOf(m), vague);
  const noCredit = (rule: CompiledRule, m: Span) =>
    (rule.id === 'positive.solution' &&
      (soup ||
        overlaps(m, offerSentences) ||
        overlaps(m, vague) ||
        // "I've checked and we'll do our very best to …": the check found nothing to tell.
        emptyCheck(m) ||
        overlaps(m, refused) ||
        overlaps(m, threats) ||
        consequence(m))) ||
    (POLITE_ASK.test(rule.id) && overlaps(m, askedAgainSentences));
  // "Is it a defect?", «у меня подорожает полис?»: a no to a question about something bad is good news.
  const badAsked =
    where.lastCustomer !== null &&
    where.lastCustomer.includes('?') &&
    BAD_THING.test(where.lastCustomerNorm);
  // "Is the exam included in that price?" answered "The exam isn't included": the fact asked for,
  // not a refusal («Экзамен в стоимость не входит» to «входит ли экзамен?»).
  const statedAnswer = (m: Span) => {
    const said = STATE_NEGATED.exec(norm.slice(m.start, m.end));
    return (
      said !== null &&
      // With what there is instead ("It's booked separately and costs £195"), not a bare no.
      concrete !== null &&
      where.lastCustomer !== null &&
      where.lastCustomer.includes('?') &&
      where.lastCustomerNorm.includes(said[1]!.slice(0, 6))
    );
  };
  for (const rule of lex.rules) {
    if (rule.id === 'positive.flat-no' && badAsked) continue;
    const candidates = [
      ...(rule.intent ? (intents.get(rule.intent) ?? []) : []),
      ...(rule.patterns.length ? spansOf(rule.regex, rule.caseSensitive ? text : norm) : []),
    ];
    // Most rules match nothing in a reply: their exceptions are read only when they do.
    if (!candidates.length) continue;
    const excluded = rule.unlessRegex ? spansOf(rule.unlessRegex, norm) : [];
    const hit = candidates
      .sort((a, b) => a.start - b.start)
      .find(
        (m) =>
          !overlaps(m, excluded) &&
          !(rule.id === 'positive.cannot' && statedAnswer(m)) &&
          (rule.points > 0 ? !noCredit(rule, m) : !overlaps(m, claimed) && !waived(m)),
      );
    if (!hit) continue;
    if (rule.points < 0) claimed.push(hit);
    if (rule.points > 0 && /empathy|apology|no-problem|gratitude|warm-words/.test(rule.id))
      courtesy.push(hit);
    if (rule.id === 'patience.empathy' && !where.upset && !where.repeating) {
      add(
        rule.dimension as 'patience',
        Math.round(rule.points / 2),
        rule.id,
        hit,
        rule.message,
        rule.suggestion,
      );
    } else {
      add(
        rule.dimension as 'patience' | 'positive_phrasing',
        rule.points,
        rule.id,
        hit,
        rule.message,
        rule.suggestion,
      );
    }
  }

  // The scenario's own phrases.
  applyScenarioPhrases(context.phrases, tokens, lex, add);

  if (concrete)
    add('positive_phrasing', 8, 'positive.concrete', concrete, lex.lexicon.messages.concreteDetail);

  const m = lex.lexicon.messages;
  const has = (i: BuiltinIntent) => intents.has(i);

  // Shouting and exclamations.
  const shout = shoutingSpan(text);
  if (shout) add('patience', -20, 'patience.shouting', shout, m.shouting, m.shoutingFix);
  const bangs = /!{2,}|(?:![^!]*){3,}/u.exec(text);
  if (bangs)
    add(
      'patience',
      -10,
      'patience.exclamations',
      { start: bangs.index, end: bangs.index + bangs[0].length },
      m.exclamations,
      m.exclamationsFix,
    );

  // Coldness towards an upset customer.
  // Reassurance ("I'm on it") or the first sentence telling what is already being done now
  // ("your account is unlocked as of right now", «бригада уже выехала») acknowledges the trouble too.
  const opening = firstSentence(text);
  const actsNow =
    ACTING_NOW.test(norm.slice(opening.start, opening.end)) &&
    [...(intents.get('solution') ?? []), ...spansOf(lex.done, norm)].some(
      (sp) => sp.start < opening.end && !negatedAt(norm, sp.start, sp.end),
    );
  const acknowledges =
    has('empathy') || has('apology') || firstMatch(lex.reassurance, norm) !== null || actsNow;
  if (where.upset && tokens.length > 0 && tokens.length < 5 && !has('farewell') && !has('thanks')) {
    add('patience', -15, 'patience.curt', whole, m.curt, m.curtFix);
  }
  if (
    where.repeating &&
    !where.upset &&
    tokens.length > 0 &&
    tokens.length < 8 &&
    !acknowledges &&
    !has('farewell')
  ) {
    add('patience', -10, 'patience.curt-to-repeat', whole, m.repeatCurt, m.repeatCurtFix);
  }
  // A bare fragment ("3 years.", «До 14:00.») in answer to a question: no courtesy, no sentence.
  if (
    !where.upset &&
    (where.lastCustomer?.includes('?') || INDIRECT_QUESTION.test(where.lastCustomer ?? '')) &&
    tokens.length > 0 &&
    tokens.length <= 4 &&
    !firstMatch(lex.answerStart, norm) &&
    !(
      ['thanks', 'farewell', 'greeting', 'empathy', 'apology', 'solution', 'question'] as const
    ).some(has) &&
    !/(?<!\p{L})(?:please|пожалуйста)(?!\p{L})/u.test(norm)
  ) {
    add('patience', -10, 'patience.curt', whole, m.curtAnswer, m.curtAnswerFix);
  }
  // Asking again for a number or an address the customer has already written.
  const gaveNumber = customerSaid.some((c) => GIVEN_ID.test(c));
  const gaveEmail = customerSaid.some((c) => /[^\s@]+@[^\s@]+\.[^\s@]+/u.test(c));
  const askedFor =
    (gaveNumber ? firstMatch(lex.asksForNumber, norm) : null) ??
    (gaveEmail ? firstMatch(lex.asksForEmail, norm) : null);
  if (askedFor) add('patience', -8, 'patience.asks-again', askedFor, m.asksAgain, m.asksAgainFix);
  // Joking with a customer who still has a problem: a wink or a laugh makes light of it.
  const joke =
    where.lastCustomer !== null && !where.customerConfirmed ? firstMatch(lex.joking, norm) : null;
  if (joke) add('patience', -15, 'patience.joking', joke, m.joking, m.jokingFix);
  // A plain smile to a customer whose problem is still open: none of the outside reviews' genuine
  // replies had one, and every flawed reply that did was sarcastic («Рады, что вам удобно 🙂»).
  const smile =
    !joke && where.lastCustomer !== null && !where.customerConfirmed
      ? (spansOf(PLAIN_SMILE, text)[0] ?? null)
      : null;
  if (smile) add('patience', -10, 'patience.smiley', smile, m.smiley, m.smileyFix);
  const acknowledgedBefore = where.previousAgent.some((t) => {
    const i = detectIntents(t);
    return i.has('empathy') || i.has('apology');
  });
  if (
    where.upset &&
    !acknowledges &&
    !acknowledgedBefore &&
    tokens.length >= 5 &&
    !where.customerConfirmed
  ) {
    add(
      'patience',
      -12,
      'patience.no-acknowledgement',
      firstSentence(text),
      m.noAcknowledgement,
      m.noAcknowledgementFix,
    );
  }

  // Gaming: repetition, stuffing, generic replies.
  // A repeat is the same words again, or (before the customer confirmed: then it is a recap) the
  // same content reworded, reordered or with contractions spelled out, adding almost nothing and no
  // new detail ("I will book an engineer" after "I'll book an engineer").
  const stems = new Set(tokens.map((t) => t.stem));
  const content = where.previousAgent.length
    ? contentStems(tokens, lex.lexicon.stopwords)
    : new Set<string>();
  const detail = concrete ? norm.slice(concrete.start, concrete.end).trim() : null;
  // A recap follows an all-is-well; a thank-you with a new question wants the answer instead.
  const recap =
    where.customerConfirmed &&
    !where.lastCustomer?.includes('?') &&
    firstMatch(lex.summary, norm) !== null;
  // "I did that already": the customer has tried what the agent told them.
  const triedAlready = where.lastCustomer !== null && TRIED_ALREADY.test(where.lastCustomerNorm);
  // "Yes, you said that", «вы это уже писали»: the customer has heard the old answer.
  const heardAlready = where.lastCustomer !== null && HEARD_ALREADY.test(where.lastCustomerNorm);
  // "As mentioned, …", «Ещё раз: …»: the reply says itself that it repeats, at the start of any of
  // its sentences ("I understand your concern. As mentioned, …").
  const saysAgain = sentences.some((sn) => SAYS_AGAIN.test(norm.slice(sn.start, sn.end)));
  // Word for word (nothing of a recap added) is a repeat even after the customer confirmed.
  // A thank-you with a new question in it is not all-is-well: saying the old answer again to the
  // new question is a repeat, not a recap.
  const asksMore = where.lastCustomer?.includes('?') ?? false;
  // The customer's words that the earlier reply did not have, nor their own earlier messages
  // (their new question: "only two of us and a big tank", not the "septic tank" they asked about
  // first): a reply that uses none of them has not taken it up.
  let customerWords: Set<string> | undefined;
  const takesUpNew = (earlier: Set<string>) => {
    if (customerWords === undefined) {
      customerWords =
        where.lastCustomer !== null
          ? contentStems(tokenize(where.lastCustomer), lex.lexicon.stopwords)
          : new Set<string>();
      const theirs = context.history.filter((t) => t.role === 'customer');
      for (const t of theirs.slice(0, -1))
        for (const w of readEarlier(t.text, context.lang, lex.lexicon.stopwords).content)
          customerWords.delete(w);
    }
    const fresh = [...customerWords].filter((w) => !earlier.has(w));
    const mine = [...content];
    return (
      fresh.length < 2 || fresh.some((w) => mine.some((x) => sameWord(x, w) || sameRoot(x, w)))
    );
  };
  const repeated = where.previousAgent.find((prev) => {
    const earlier = readEarlier(prev, context.lang, lex.lexicon.stopwords);
    if (recap) return tokens.length >= 6 && jaccard(stems, earlier.stems) >= 0.95;
    if (tokens.length >= 4 && jaccard(stems, earlier.stems) >= 0.8) return true;
    if (detail !== null && !earlier.norm.includes(detail)) return false;
    const o = overlap(content, earlier.content);
    return (
      (!where.customerConfirmed && restates(o)) ||
      // All of a longer earlier answer again, however padded, to a customer who has not taken it
      // ("The certificate is issued within 5 working days" once more after "I finished 9 days ago").
      // An answer to a new question beside the old details is a confirmation, not a repeat.
      (!where.customerConfirmed &&
        o.earlier >= 5 &&
        covers(o, 0.9) &&
        !(asksMore && takesUpNew(earlier.content))) ||
      ((!where.customerConfirmed || asksMore) &&
        (saysNothingNew(o) ||
          ((triedAlready || saysAgain) && repeatsInstruction(o)) ||
          // "I know the tracking number, it hasn't moved in 10 days": the same number again.
          (triedAlready && covers(o, 0.7)) ||
          // Most of the old answer again, to a customer who said they have it, or saying it repeats.
          ((heardAlready || saysAgain) && covers(o, 0.7) && o.added <= 8) ||
          // The old answer again (all of it, or half of it saying it repeats) to a new question,
          // with none of the new question's words.
          (asksMore &&
            (covers(o, 0.75) || (saysAgain && covers(o, 0.5))) &&
            !takesUpNew(earlier.content)) ||
          // The customer asks again ("third time I'm asking") and gets all of the old answer
          // again, padded with courtesy.
          (where.repeating && covers(o, 0.85))))
    );
  });
  if (repeated !== undefined) {
    add('patience', -20, 'gaming.repetition', whole, m.repeatedReply, m.repeatedReplyFix);
    add('positive_phrasing', -25, 'gaming.repetition', whole, m.repeatedReply, m.repeatedReplyFix);
  } else {
    // The same sentence (three words or more) twice in one reply.
    const seen = new Set<string>();
    const again = sentences.find((sentence) => {
      const words = tokens
        .filter((t) => t.start >= sentence.start && t.end <= sentence.end)
        .map((t) => t.stem);
      if (words.length < 3) return false;
      const key = words.join(' ');
      if (seen.has(key)) return true;
      seen.add(key);
      return false;
    });
    if (again) {
      const [msg, fix] = [m.repeatedSentence, m.repeatedSentenceFix];
      add('patience', -10, 'gaming.repeated-sentence', again, msg, fix);
      add('positive_phrasing', -15, 'gaming.repeated-sentence', again, msg, fix);
    }
  }
  // Formulas without an answer: stuffing, marketing filler, a faked resolution.
  const fake = firstMatch(lex.fakeResolution, norm);
  // "I hope my answer was comprehensive" is one more formula, whatever it follows.
  const claimsAll = firstMatch(CLAIMS_COMPLETE, norm);
  const formulas =
    filler.length +
    empty.length +
    (claimsAll ? 1 : 0) +
    (['thanks', 'apology', 'empathy', 'farewell', 'anything_else'] as const).reduce(
      (n, i) => n + (intents.get(i)?.length ?? 0),
      0,
    );
  // What counts as answering: a concrete detail, a direct yes/no, a real question (not "anything
  // else?"), or a commitment that is not part of a filler phrase or a faked resolution.
  const outside = (spans: readonly Span[] | undefined, away: Span[]) =>
    (spans ?? []).some((sp) => !overlaps(sp, away));
  const anythingElse = intents.get('anything_else') ?? [];
  // The sentences with no courtesy formula in them hold under a quarter of the reply's words.
  const padded = () => {
    const courtesy = [
      ...filler,
      ...empty,
      ...(claimsAll ? [claimsAll] : []),
      ...(['thanks', 'apology', 'empathy', 'farewell', 'anything_else'] as const).flatMap(
        (i) => intents.get(i) ?? [],
      ),
    ];
    const plain = sentences
      .filter((sn) => !overlaps(sn, courtesy))
      .reduce(
        (n, sn) => n + tokens.filter((t) => t.start >= sn.start && t.end <= sn.end).length,
        0,
      );
    return plain * 4 < tokens.length;
  };
  // Sentences that only say the customer's question back to them ("Do I understand correctly that
  // you want to move the shoot?"): they hand the question back.
  const restating = sentences.filter((sentence) =>
    RESTATES.test(norm.slice(sentence.start, sentence.end)),
  );
  const realQuestion = sentences.some(
    (sentence) =>
      outside(
        intents.get('question')?.filter((q) => q.start >= sentence.start && q.end <= sentence.end),
        [],
      ) &&
      !overlaps(sentence, anythingElse) &&
      !overlaps(sentence, askedAgainSentences) &&
      !overlaps(sentence, offerSentences) &&
      !overlaps(sentence, fillerSentences) &&
      // "Shall I go ahead and reserve a berth for your dates?" proposes a booking: it asks nothing
      // that answers the customer.
      !proposals.includes(sentence) &&
      !restating.includes(sentence),
  );
  const answerStart =
    firstMatch(lex.answerStart, norm) !== null ||
    (where.lastCustomer !== null &&
      IS_THERE_QUESTION.test(where.lastCustomerNorm) &&
      THERE_IS_ANSWER.test(norm));
  // Steps in answer to "how do I …?" («…на экране осмотра нажмите «Есть повреждение»,
  // сфотографируйте его …» to «как правильно?»).
  const stepsAnswer =
    where.lastCustomer !== null &&
    HOW_QUESTION.test(where.lastCustomerNorm) &&
    norm.search(STEP) >= 0;
  // Beside marketing copy, a detail in sentences that take up nothing the customer said ("We're sure
  // you'll have a magical evening. Please arrive 30 minutes before curtain up." to "How long is the
  // show?") does not make the reply an answer.
  const offTopicDetail = () => {
    if (!filler.length || where.lastCustomer === null) return false;
    const courtesy = [
      ...fillerSentences,
      ...(['thanks', 'farewell', 'anything_else', 'greeting'] as const).flatMap((i) =>
        (intents.get(i) ?? []).map(sentenceOf),
      ),
    ];
    return !addressesCustomer(
      tokens.filter((t) => !courtesy.some((sn) => t.start >= sn.start && t.end <= sn.end)),
      where.lastCustomer,
      lex.lexicon.stopwords,
    );
  };
  const answers =
    !soup &&
    ((concrete !== null && !offTopicDetail()) ||
      realQuestion ||
      answerStart ||
      stepsAnswer ||
      // "We'll do everything we can to help you pass" promises nothing that answers.
      outside(intents.get('solution'), [
        ...filler,
        ...empty,
        ...(fake ? [fake] : []),
        ...offerSentences,
        ...vague,
      ]));
  if (soup) {
    const [msg, fix] = [m.keywordSoup, m.keywordSoupFix];
    add('patience', -(credits.patience + 10), 'gaming.keyword-soup', whole, msg, fix);
    add(
      'positive_phrasing',
      -(credits.positive_phrasing + 20),
      'gaming.keyword-soup',
      whole,
      msg,
      fix,
    );
  } else if (
    ((formulas >= 3 && !(where.customerConfirmed && !where.lastCustomer?.includes('?'))) ||
      filler.length > 0 ||
      fake) &&
    !answers
  ) {
    const rule = fake ? 'gaming.fake-resolution' : 'gaming.stuffing';
    const [msg, fix] = fake ? [m.fakeResolution, m.fakeResolutionFix] : [m.stuffing, m.stuffingFix];
    add('patience', -(credits.patience + 10), rule, fake ?? filler[0] ?? whole, msg, fix);
    add(
      'positive_phrasing',
      -(credits.positive_phrasing + 20),
      rule,
      fake ?? filler[0] ?? whole,
      msg,
      fix,
    );
  } else if (formulas >= 4 && answers && padded()) {
    // An answer buried in courtesy: a few words of it among four or more formulas ("Huge thanks for
    // your question, we truly value you and are always happy to help! The courier will collect it.
    // Thanks again for being with us!"). The answer keeps its credit; the padding costs.
    add('patience', -(credits.patience + 5), 'gaming.stuffing', whole, m.stuffing, m.stuffingFix);
    add('positive_phrasing', -10, 'gaming.stuffing', whole, m.stuffing, m.stuffingFix);
  } else if (
    where.lastCustomer &&
    !outside(intents.get('solution'), [...filler, ...empty]) &&
    // A question that only restates the customer's ("Do I understand correctly that you want …?")
    // asks nothing new.
    !(has('question') && (realQuestion || !restating.length)) &&
    concrete === null &&
    !where.customerConfirmed &&
    // A phrase the scenario's author recommends, with content of its own ("I have your payment log
    // open"), is an answer the author expects; a courtesy formula they recommend is not an answer.
    !findings.some(
      (f) =>
        f.rule === 'scenario.prefer' && contentWords(tokenize(f.text), lex.lexicon.stopwords) >= 2,
    ) &&
    !addressesCustomer(
      tokens.filter((t) => !overlaps(t, offerSentences) && !overlaps(t, restating)),
      where.lastCustomer,
      lex.lexicon.stopwords,
    ) &&
    // Steps in answer to "how do I …?" («Откройте приложение → «Профиль», нажмите …») are the answer
    // even when they name the screens, not the customer's words.
    !(HOW_QUESTION.test(where.lastCustomerNorm) && (norm.match(STEP) ?? []).length >= 2) &&
    // «Да, можно и без доплаты: …» to «можно раздавать интернет?»: a direct answer in other words.
    !(answerStart && where.lastCustomer.includes('?'))
  ) {
    add('positive_phrasing', -15, 'gaming.generic', whole, m.generic, m.genericFix);
  }
  // An offer made to the customer after an apology ("Sorry about the delay. I can offer you 10% off
  // your next order") may be amends: it earns nothing, but is not marked as an upsell.
  const amends = (offer: Span) => {
    const sn = sentenceOf(offer);
    const said = norm.slice(sn.start, sn.end);
    // A bigger plan for a customer who has hit a limit ("my cloud is full", «закончился трафик») is
    // one way out of their trouble, not a pitch.
    if (
      PLAN_WORDS.test(said) &&
      where.lastCustomer !== null &&
      AT_LIMIT.test(where.lastCustomerNorm)
    )
      return true;
    // So is a move up for a customer who asks whether their own plan allows something.
    if (
      (PLAN_WORDS.test(said) || MOVE_UP.test(said)) &&
      where.lastCustomer !== null &&
      OWN_PLAN.test(where.lastCustomerNorm) &&
      ASKS_ALLOWED.test(where.lastCustomerNorm)
    )
      return true;
    // A cheaper plan for a customer who wants to pause, cancel or pay less is a way to save, not a
    // pitch: "switch to our Basic plan at £4.99 a month while you're away".
    if (
      where.lastCustomer !== null &&
      WANTS_TO_SAVE.test(where.lastCustomerNorm) &&
      (CHEAPER.test(said) || (PLAN_WORDS.test(said) && !/\bupgrad/.test(said)))
    )
      return true;
    // A discount can make amends; selling a product or a bigger plan cannot.
    if (SELLS.test(said) || PLAN_WORDS.test(said)) return false;
    if (acknowledges && ADDRESSED.test(said)) return true;
    // What we can do instead of what is not covered: a discount on the very thing the customer
    // asked about ("the guarantee finished this March, but I can give you 30% off a replacement
    // maple", «замену замка сделаем со скидкой 20%»).
    return (
      LIMITATION.test(norm) &&
      where.lastCustomer !== null &&
      addressesCustomer(tokenize(said), where.lastCustomer, lex.lexicon.stopwords)
    );
  };
  const pitch = offers.find((o) => !amends(o));
  // Beside a pitch, a reply that opens with no answer and has no word of what the customer said is
  // the pitch alone: "Is there a mileage cap?" answered "Many of our customers choose our Premium
  // Cover … Shall I add it?".
  // The customer's words inside the pitch itself ("our Family Pass includes the full kit") do not
  // make it an answer.
  const pitchOnly =
    pitch !== undefined &&
    !answerStart &&
    where.lastCustomer !== null &&
    !addressesCustomer(
      tokens.filter(
        (t) =>
          !offerSentences.some((sn) => t.start >= sn.start && t.end <= sn.end) &&
          // Nor do they inside its praise ("Many of our customers find they get even more from their
          // system by adding a second battery module").
          !fillerSentences.some((sn) => t.start >= sn.start && t.end <= sn.end),
      ),
      where.lastCustomer,
      lex.lexicon.stopwords,
    );
  if (pitch && (!answers || pitchOnly)) {
    add('patience', -10, 'gaming.upsell', pitch, m.upsell, m.upsellFix);
    add('positive_phrasing', -20, 'gaming.upsell', pitch, m.upsell, m.upsellFix);
  } else if (pitch) {
    // Beside an answer, a sales pitch the customer did not ask for still takes the reply's room.
    add('positive_phrasing', -8, 'gaming.upsell', pitch, m.upsell, m.upsellFix);
  }
  // A later question of the customer's last message that nothing in the reply touches ("…, and can
  // I pay in two instalments?"). The first question counts as answered by any substantive reply.
  const unanswered =
    where.lastCustomer !== null && !soup && where.lastCustomer.includes('?')
      ? unansweredQuestion(where.lastCustomer, norm, tokens, lex, where.previousAgent.at(-1))
      : null;
  if (unanswered) {
    const end = text.length;
    add(
      'positive_phrasing',
      -15,
      'positive.unanswered-question',
      { start: end, end },
      m.unansweredQuestion.replace('{q}', unanswered),
      m.unansweredQuestionFix,
    );
    // "I hope that fully answers your question!", «надеюсь, я ответила на все ваши вопросы» with a
    // question left open: the reply passes itself off as complete.
    const claim = firstMatch(CLAIMS_COMPLETE, norm);
    if (claim)
      add(
        'positive_phrasing',
        -10,
        'gaming.claims-complete',
        claim,
        m.claimsComplete,
        m.claimsCompleteFix,
      );
  }
  // The customer said which route they cannot wait for ("I need something NOW, not a form", "not an
  // email in 3 days", «только не надо ссылок на форму»), and the reply sends them down it: "Please
  // fill in our online returns form", «заполните форму на сайте».
  const turnedDown =
    where.lastCustomer !== null ? REFUSED_ROUTE.exec(where.lastCustomerNorm) : null;
  if (turnedDown) {
    const sends = sentences.find((sn) => {
      const said = norm.slice(sn.start, sn.end);
      return (
        SENDS_TO.test(said) &&
        // That route or another as slow ("not an email in 3 days" → "fill in our returns form").
        ROUTE_WORD.test(said) &&
        !NO_NEED.test(said)
      );
    });
    if (sends) {
      const what = where.lastCustomer!.slice(
        turnedDown.index,
        turnedDown.index + turnedDown[0].length,
      );
      add(
        'patience',
        -15,
        'patience.refused-route',
        sends,
        m.refusedRoute.replace('{what}', what.trim()),
        m.refusedRouteFix,
      );
    }
  }
  if (askedForGiven) {
    const [msg, fix] =
      askedForGiven === resendAsked
        ? [m.askedToResend, m.askedToResendFix]
        : [m.askedAgain, m.askedAgainFix];
    add('patience', -10, 'gaming.asked-again', askedForGiven, msg, fix);
    add('positive_phrasing', -15, 'gaming.asked-again', askedForGiven, msg, fix);
  } else if (askedAgain[0]) {
    const [msg, fix] = [m.howCanIHelp, m.howCanIHelpFix];
    add('patience', -10, 'gaming.how-can-i-help', askedAgain[0], msg, fix);
    add('positive_phrasing', -15, 'gaming.how-can-i-help', askedAgain[0], msg, fix);
  }
  // Closing formulas mid-conversation: a goodbye before the customer confirmed, "anything else?"
  // when nothing was answered, or "anything else?" or a recap ("to sum up") when the reply gives
  // nothing concrete (no date or amount, nothing done, no direct answer or question): the customer
  // is pushed towards the end. A real answer followed by "anything else?" is good practice.
  // A thank-you with a new question in it ("Thanks. And when does the engineer come?") is not
  // all-is-well either.
  // An answer in plain words: the reply takes up the customer's question (three of its content
  // words, two when it has fewer than four, all of a shorter one) and leaves nothing of it reported
  // open ("And yes, your plan includes 8 lessons a month, so two a week fits" to "can I book two
  // lessons a week?").
  let tookUp: boolean | undefined;
  const takesUpQuestion = () => (tookUp ??= readsQuestionWords());
  const readsQuestionWords = () => {
    if (unanswered || !where.lastCustomer?.includes('?')) return false;
    // Stuffed or padded replies echo the question's words without answering it.
    if (findings.some((f) => f.rule.startsWith('gaming.'))) return false;
    const asked = sentenceTexts(where.lastCustomer).filter((sn) => sn.includes('?'));
    const words = [...contentStems(tokenize(asked.join(' ')), lex.lexicon.stopwords)];
    if (!words.length) return false;
    const mine = contentTokens(tokens, lex.lexicon.stopwords);
    const shared = words.filter((w) => mine.some((x) => sameWord(x, w) || sameRoot(x, w)));
    return shared.length >= Math.min(words.length >= 4 ? 3 : 2, words.length);
  };
  const early =
    where.lastCustomer !== null &&
    !where.agentSpokeLast &&
    (!where.customerConfirmed || where.lastCustomer.includes('?')) &&
    // "So it's all booked? Then we're done." answered "Yes, …" with nothing left open: a goodbye is due.
    !(answerStart && !unanswered && doneOnceAnswered(lex, where.lastCustomer));
  // A detail no earlier turn gave (a recap's figures said again, «лимит 3 000 ₽ в месяц», answer no
  // new question).
  const agentSaid = where.previousAgent.map(normalize);
  const chatSaid = [...customerSaid, ...agentSaid];
  // The earlier agent turns' content words, read once for the checks below that need them.
  let agentWordsRead: string[] | undefined;
  const agentWords = () =>
    (agentWordsRead ??= agentSaid.flatMap((t) =>
      contentTokens(tokenize(t), lex.lexicon.stopwords),
    ));
  const freshDetail = () =>
    concrete !== null &&
    spansOf(lex.concrete, norm).some((m) => {
      const detail = norm.slice(m.start, m.end).trim();
      return !overlaps(m, formulaSentences) && !chatSaid.some((c) => c.includes(detail));
    });
  // A question in the customer's last message, and not one of its words in the reply (read once: both
  // the wrap-up check and the closing-in-one-message check ask).
  let missed: boolean | undefined;
  const missesQuestion = () => (missed ??= readMissesQuestion());
  const readMissesQuestion = () => {
    if (!where.lastCustomer?.includes('?')) return false;
    // "… so you can step out until then", «до этого можно отлучиться»: what the customer can or
    // needs to do answers "do I need to …?" in other words.
    if (CAN_OR_NEED.test(norm)) return false;
    // The question's own words, and those of the customer's other sentences that neither take what
    // was done nor echo an agent («Отлично, жду в пятницу» after «курьер привезёт его в пятницу»).
    const echoed = agentWords();
    const sentencesOf = sentenceTexts(where.lastCustomer);
    const stems = (sns: string[]) => [
      ...contentStems(tokenize(sns.join(' ')), lex.lexicon.stopwords),
    ];
    const words = [
      ...stems(sentencesOf.filter((sn) => sn.includes('?'))),
      ...stems(
        sentencesOf.filter(
          (sn) => !sn.includes('?') && firstMatch(lex.confirmation, normalize(sn)) === null,
        ),
      ).filter((w) => !echoed.some((x) => sameWord(x, w))),
    ];
    // The words of a formula take up nothing: not the «вопросы» of «Если будут вопросы —
    // обращайтесь» for «И ещё вопрос — можно взять второй кулер?».
    const formulas = (['anything_else', 'farewell', 'thanks'] as const).flatMap(
      (i) => intents.get(i) ?? [],
    );
    const recaps = sentences.filter(recapsChat);
    const mine = contentTokens(
      tokens.filter(
        (t) =>
          !overlaps(t, formulas) && !recaps.some((sn) => t.start >= sn.start && t.end <= sn.end),
      ),
      lex.lexicon.stopwords,
    );
    return !words.some((w) => mine.some((x) => sameWord(x, w) || sameRoot(x, w)));
  };
  // With `freshOnly`, what is done counts only when no earlier agent turn said it («Возврат
  // оформлен» said again beside a new question).
  // In other words too: «Обмен оформлен» after «Оформила обмен по заказу 7720».
  // A sentence whose figures an agent has all given already: the recap again ("Your plan has been
  // updated to 3 meals for 2 people at £49.99 per week" after "You're now on 3 meals for 2 people at
  // £49.99 a week").
  const agentNumbers = new Set(agentSaid.flatMap(numbersIn));
  const recapsChat = (sn: Span) => {
    const figures = numbersIn(norm.slice(sn.start, sn.end));
    return figures.length >= 2 && figures.every((f) => agentNumbers.has(f));
  };
  const saidBefore = (sp: Span) => {
    const said = norm.slice(sp.start, sp.end);
    if (agentSaid.some((t) => t.includes(said))) return true;
    if (recapsChat(sentenceOf(sp))) return true;
    const words = contentTokens(tokenize(said), lex.lexicon.stopwords);
    return words.length > 0 && words.every((w) => agentWords().some((x) => sameWord(x, w)));
  };
  // "All done!" on its own names nothing that was done.
  const saysBareDone = (sp: Span) => {
    const sn = sentenceOf(sp);
    return BARE_DONE.test(norm.slice(sn.start, sn.end));
  };
  const givesAnswer = (freshOnly = false) =>
    (freshOnly ? freshDetail() : concrete !== null) ||
    realQuestion ||
    answerStart ||
    takesUpQuestion() ||
    stepsAnswer ||
    spansOf(lex.done, norm).some(
      (d) => !negatedAt(norm, d.start, d.end) && !emptyCheck(d) && !(freshOnly && saidBefore(d)),
    ) ||
    (intents.get('solution') ?? []).some(
      (sp) =>
        !overlaps(sp, [...empty, ...offerSentences]) &&
        !emptyCheck(sp) &&
        DONE_FORM.test(norm.slice(sp.start, sp.end)) &&
        !(freshOnly && (saidBefore(sp) || saysBareDone(sp))),
    ) ||
    // A definite step for what comes next ("if the light stays on, we'll recalibrate it free"),
    // not a vague one ("we'll look into it").
    (intents.get('solution') ?? []).some(
      (sp) =>
        !overlaps(sp, [...empty, ...offerSentences, ...vague]) &&
        WILL_DO.test(norm.slice(sp.start, sp.end)),
    );
  // "I hope this fully answers your question!" in a reply that answers nothing (no fact, nothing
  // done, no direct answer): the claim stands in for the answer.
  if (!unanswered && where.lastCustomer?.includes('?')) {
    const claim = firstMatch(CLAIMS_COMPLETE, norm);
    if (claim && !givesAnswer())
      add(
        'positive_phrasing',
        -10,
        'gaming.claims-complete',
        claim,
        m.claimsComplete,
        m.claimsCompleteFix,
      );
  }
  // "Glad I could help!" with "anything else?" before the customer has said it helped: the reply
  // wraps up a conversation the customer has not finished.
  const presumesDone = () => {
    const glad = firstMatch(GLAD_HELPED, norm);
    return glad && anythingElse.length && !where.lastCustomer?.includes('?') ? glad : null;
  };
  // The reply's first sentence takes up the customer's one question in its own words.
  const touches = () =>
    where.lastCustomer !== null &&
    touchesQuestion(text, where.lastCustomer, tokenize, lex.lexicon.stopwords);
  // "Will he still be able to see my playlists?" answered "He can't see your private playlists.":
  // a yes/no question taken up in the first sentence, with its verb said or denied.
  const answersYesNo = () =>
    where.lastCustomer !== null &&
    !restating.length &&
    YES_NO_QUESTION.test(where.lastCustomerNorm) &&
    touches() &&
    YES_NO_FORM.test(norm.slice(0, firstSentence(norm).end));
  const wrapUpWithoutAnswer = () => {
    const wrapUp = anythingElse[0] ?? firstMatch(lex.recap, norm);
    // A recap of what the chat has already said, beside a question it does not take up, answers
    // nothing ("Your categories for July: …, 3,000 ₽ a month. Anything else?" to "and if I miss
    // the 30th?").
    return wrapUp && !givesAnswer(missesQuestion()) && !answersYesNo() ? wrapUp : null;
  };
  // Closing in one message: the customer took the fix ("OK thanks") and asked one more thing; the
  // reply answers it, asks "anything else?" and then says goodbye. Nothing is left open, so this is
  // not a premature close (the transcript's closure notes that the goodbye did not wait).
  // After "that's all, oh, one more thing: …?" («Спасибо, всё. Ой, а чек придёт?») the answer and a
  // goodbye close it without asking "anything else?" again.
  const farewellAt = intents.get('farewell')?.[0];
  // Only a reply that opens by answering ("Yes, …", «Да, …») closes it so.
  const opensWithAnswer = firstMatch(lex.answerStart, norm.trimStart()) !== null;
  const saidAllDone =
    where.lastCustomer !== null &&
    firstMatch(lex.allDone, where.lastCustomerNorm) !== null &&
    opensWithAnswer;
  const inOne =
    farewellAt !== undefined &&
    where.lastCustomer !== null &&
    (takesTheFix(lex, where.lastCustomer) || saidAllDone) &&
    // "Anything else?" before the goodbye, or a reply that opens with the answer ("Yes, your
    // husband can collect it …", «Да, муж может забрать …»): what was asked is settled first.
    (anythingElse.some((a) => a.start < farewellAt.start) ||
      saidAllDone ||
      ((opensWithAnswer ||
        (touches() &&
          // "Meeting room access is covered in our terms": pointed elsewhere, not answered.
          !findings.some((f) => f.rule === 'positive.deflection'))) &&
        // …to the one thing the customer asked ("…, and how do I send it back?" asks two).
        oneQuestion(where.lastCustomer))) &&
    !unanswered &&
    // A recap of what the chat already said beside a question it does not take up answers nothing.
    givesAnswer(missesQuestion());
  // "Good luck with the interview!", "enjoy the concert!" after an answer wish the customer well
  // for what they are about to do; the chat can go on.
  const wishesOnly =
    has('farewell') &&
    where.lastCustomer !== null &&
    intents.get('farewell')!.every((f) => {
      const wish = norm.slice(f.start, f.end);
      // Only for what the customer told us about ("I've got a job interview at 11").
      const what = tokenize(wish).at(-1)?.stem;
      return (
        EVENT_WISH.test(wish) &&
        what !== undefined &&
        tokenize(where.lastCustomerNorm).some((t) => t.stem === what || sameRoot(t.stem, what))
      );
    }) &&
    givesAnswer();
  const closing = inOne
    ? null
    : has('farewell') && !wishesOnly
      ? intents.get('farewell')![0]!
      : // "He can't see your private playlists. … Anything else?": the first sentence answers it.
        !answers && anythingElse[0] && !takesUpQuestion() && !answersYesNo()
        ? anythingElse[0]
        : early && !soup
          ? (wrapUpWithoutAnswer() ?? presumesDone())
          : null;
  if (early && closing) {
    add(
      'patience',
      -10,
      'patience.closing-too-early',
      closing,
      m.closingTooEarly,
      m.closingTooEarlyFix,
    );
    if ((has('farewell') && !wishesOnly) || !answers)
      add(
        'positive_phrasing',
        -10,
        'gaming.closing-too-early',
        closing,
        m.closingTooEarly,
        m.closingTooEarlyFix,
      );
  }

  return {
    patience: clamp(BASE.patience + points.patience),
    positive_phrasing: clamp(BASE.positive_phrasing + points.positive_phrasing),
    closure: null,
    findings: findings.sort((a, b) => a.span.start - b.span.start),
    ...(where.upsetByMood ? { upsetByMood: true as const } : {}),
  };
}

function applyScenarioPhrases(
  options: PhraseOptions | undefined,
  tokens: ReturnType<typeof tokenize>,
  lex: CompiledLexicon,
  add: (
    d: 'positive_phrasing',
    pts: number,
    rule: string,
    span: Span,
    message: string,
    suggestion?: string,
  ) => void,
) {
  if (!options) return;
  const avoid = findAllPhrases(tokens, phrases(options.avoid));
  if (avoid[0])
    add(
      'positive_phrasing',
      -15,
      'scenario.avoid',
      { start: avoid[0].start, end: avoid[0].end },
      lex.lexicon.messages.avoidPhrase,
      options.prefer?.[0],
    );
  const prefer = findAllPhrases(tokens, phrases(options.prefer));
  if (prefer[0])
    add(
      'positive_phrasing',
      8,
      'scenario.prefer',
      { start: prefer[0].start, end: prefer[0].end },
      lex.lexicon.messages.preferPhrase,
    );
}

function addressesCustomer(
  tokens: ReturnType<typeof tokenize>,
  customer: string,
  stopwords: ReadonlySet<string>,
): boolean {
  const theirs = tokenize(customer).filter((t) => !stopwords.has(t.norm) && /\p{L}/u.test(t.norm));
  if (theirs.length < 3) return true;
  const mine = tokens.filter((t) => !stopwords.has(t.norm));
  return mine.some((a) =>
    theirs.some(
      (b) =>
        a.stem === b.stem ||
        (a.stem.length >= 5 && b.stem.startsWith(a.stem)) ||
        (b.stem.length >= 5 && a.stem.startsWith(b.stem)),
    ),
  );
}

/** Where a rule's patterns match, minus its exceptions. */
function ruleMatches(rule: CompiledRule, norm: string): Span[] {
  const found = spansOf(rule.regex, norm);
  if (!found.length) return found;
  const excluded = rule.unlessRegex ? spansOf(rule.unlessRegex, norm) : [];
  return found.filter((m) => !excluded.some((b) => m.start < b.end && b.start < m.end));
}

/**
 * A customer's message that opens by taking what was done ("OK thanks.", "Got it, thank you.",
 * «Получили, спасибо.», «ок, спасибо.»), whatever it goes on to ask.
 */
export const ACKNOWLEDGED =
  /^\s*(?:ok(?:ay)?|alright|all right|ладно|хорошо|got it|received|thanks|thank you|many thanks|ок|окей|понятно|ясно|получили|получил|получила|понял|поняла|спасибо|благодарю|paid|done|оплатил|оплатила|оплатили|сделал|сделала|сделали|готово)(?![\p{L}])/iu;

/**
 * The customer takes what was done before asking more: an opening "OK, thanks", or all-is-well
 * words outside the question ("Kitchen's finished and it looks amazing. … we're all square?").
 */
export function takesTheFix(lex: CompiledLexicon, text: string): boolean {
  const norm = normalize(text);
  return (
    // "Done that. But it says 'device offline'": done as told, and the fault is still there.
    (ACKNOWLEDGED.test(norm) && !BUT_FAULT.test(norm)) ||
    // A smiley ends a sentence in chat: «Ура) А справку можно получить?» keeps its «Ура».
    confirmsAllWell(
      lex,
      norm.includes('?') ? norm.replace(/(?<=^|[.!?]|\)\s)[^.!?)]*\?/g, ' ') : norm,
    )
  );
}

/**
 * The customer checks one last thing and says that settles it: "So the refund is coming? Then I
 * think we're done.", «Значит, деньги вернутся на карту? Тогда всё.» Once the check is answered,
 * nothing is left open.
 */
export function doneOnceAnswered(lex: CompiledLexicon, text: string): boolean {
  const last = text.lastIndexOf('?');
  if (last < 0) return false;
  if (firstMatch(lex.allDone, normalize(text.slice(last + 1))) !== null) return true;
  // "We're all done now I think, the final balance went through, didn't it?": done, and checking
  // one fact with a tag question. Answered, it leaves nothing open.
  const asked = normalize(text.slice(0, last + 1));
  if (firstMatch(lex.allDone, asked) !== null && CONFIRM_TAG.test(asked)) return true;
  // "If anything goes wrong, do I just message you here again?", «Если что-то пойдёт не так —
  // опять вам писать?» as the last thing said: the customer is done for now and asks only how to
  // come back. Answered, it leaves nothing open.
  const sentences = text.slice(0, last + 1).split(/(?<=[.!?])\s+/);
  return COME_BACK_IF.test(normalize(sentences.at(-1)!));
}

/** A question that only checks a fact: "…, didn't it?", "…, right?", «…, да?», «…, верно?». */
const CONFIRM_TAG =
  /(?:(?<![\p{L}'])(?:didn't|doesn't|isn't|wasn't|hasn't|haven't|won't|aren't|weren't|don't) (?:it|i|we|you|they|he|she|that)|(?<![\p{L}])right|is that right|(?<![\p{L}])(?:да|верно|правильно|же|ведь так))\s*\?\s*$/u;

/**
 * A question of how to come back if something goes wrong later: "if it fails again, do I contact
 * you?", "and if anything happens, just message here?", «если что, куда писать?», «если не
 * получится — опять вам звонить?».
 */
const COME_BACK_IF =
  /^(?:(?:and|so|ok|okay|и|а|ок|хорошо|ладно),?\s+)?(?:if|если)(?![\p{L}])[^?]{0,60}?(?<![\p{L}])(?:contact|message|write|email|call|ring|chat|reach|get (?:back )?in touch|come back|писать|написать|обращаться|обратиться|звонить|позвонить|пишу|обращаюсь|звоню|связаться)(?![\p{L}])[^?]{0,40}\?$/u;

/** What is not covered or is over: "the guarantee finished", "isn't covered", «не входит». */
const LIMITATION =
  /(?<![\p{L}'])(?:not covered|isn't covered|aren't covered|isn't included|not included|(?:has |have )?(?:expired|ended|finished|run out|ran out)|out[- ]of[- ](?:warranty|guarantee)|over (?:the|its) (?:warranty|guarantee|trial)|не входит|не входят|не действует|не распространяется|закончил\p{L}*|истек\p{L}*|нет в подписке)(?![\p{L}'])/iu;
/** Something a customer fears in a yes/no question: a defect, a fine, a fee, a price rise. */
const BAD_THING =
  /(?<![\p{L}])(?:брак\p{L}*|дефект\p{L}*|неисправн\p{L}*|поломк\p{L}*|штраф\p{L}*|пени|комисси\p{L}*|переплат\p{L}*|подорожа\p{L}*|испорт\p{L}*|вредн\p{L}*|опасн\p{L}*|мошенни\p{L}*|повред\p{L}*|defect\p{L}*|faulty|broken|fine|fined|penalty|penalties|fee|fees|surcharge|dangerous|harmful|damaged?|scam|go up|more expensive)(?![\p{L}])/u;
/** A cheaper way named as such: "the cheapest way", "downgrade", «дешевле», «тариф попроще». */
const CHEAPER =
  /(?<![\p{L}])(?:cheapest|cheaper|downgrad\p{L}*|lower plan|save you|дешевле|самый дешевый|попроще|понизить тариф)(?![\p{L}])/iu;
/**
 * The customer wants to keep the service and pay less for a while: pause, "not paying for nothing",
 * «приостановить» (not to cancel: a cheaper plan offered then is a retention pitch).
 */
const WANTS_TO_SAVE =
  /(?<![\p{L}])(?:pause|stop paying|paying for nothing|pay less|too expensive|can't afford|приостанов\p{L}*|заморози\p{L}*|не платить|платить меньше|слишком дорого|сэконом\p{L}*|экономить|денег жалко|жалко денег|save money|save some money|on a budget|money is tight|tight on money)(?![\p{L}])/iu;
/** A wish for what the customer is about to do: "good luck with the interview", "enjoy the show". */
const EVENT_WISH =
  /^(?:(?:good luck|best of luck|enjoy) (?:with|on|at|for|in|the|your)|удачи (?:на|в|во|с|со))(?![\p{L}])(?!.*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|tonight|завтра|сегодня)$)/iu;
/** The call to buy after a pitch: "You can sign up in the app and start saving today!", «Подключите в приложении». */
const SIGN_UP =
  /(?<![\p{L}])(?:sign up|subscribe|join (?:now|today)|start saving|order (?:now|today)|buy (?:now|today)|switch you over|sign you up|upgrade you|(?:arrange|get|send|prepare|book) (?:you )?a (?:quote|quotation)|put one aside|add (?:it|that|this|one|them) (?:on)?to your (?:booking|order|basket|cart|plan|account|policy|hire|reservation|subscription)|добавить (?:его|ее|это|их) (?:в|к) (?:заказ|бронь|брони|полис|договор|подписк)\p{L}*|подпишитесь|подключите|подключить\?|оформить\?|оформите (?:подписку|тариф|абонемент)|начните экономить)(?![\p{L}])/iu;
/** The customer has hit a limit of what they have: storage full, data or minutes run out. */
const AT_LIMIT =
  /(?<![\p{L}])(?:(?:storage|cloud|drive|mailbox|inbox|space|account) (?:is |was )?(?:full|almost full)|run out of|ran out of|out of (?:space|storage|data|minutes)|(?:hit|reached) (?:the|my|a) (?:limit|cap)|заполнен\p{L}*|переполнен\p{L}*|не хватает места|(?:закончил\p{L}*|кончил\p{L}*) (?:место|трафик|гигабайты|минуты|пакет)|(?:место|трафик|гигабайты|минуты) (?:закончил\p{L}*|кончил\p{L}*)|исчерпа\p{L}* (?:лимит|трафик|пакет))(?![\p{L}])/iu;
/**
 * The customer asks what their own plan allows ("Can I get in at weekends on my Flex plan?", «входит
 * ли это в мой тариф?»): a bigger plan that allows it is part of the answer.
 */
const OWN_PLAN =
  /(?<![\p{L}])(?:(?:on|with|in|does|is|under) my (?:\p{L}+ )?(?:plan|package|tier|membership|subscription|pass|tariff|contract)|(?:по|на|в) (?:моему|моем|моей|мой|мою) (?:\p{L}+ )?(?:тариф\p{L}*|пакет\p{L}*|подписк\p{L}*|абонемент\p{L}*))(?![\p{L}])/iu;
/** A day said of the contact itself: "for contacting us today", «что обратились сегодня». */
const COURTESY_DAY =
  /(?:(?:contacting|choosing|calling|reaching out to|writing to|messaging|chatting with|(?:had )?to reach|getting through to|get through to) (?:us|me)|in touch|your (?:call|message|question|patience|time|email)|обратились|написали|позвонили) (?:today|tonight|this (?:morning|afternoon|evening)|сегодня)\s*$/u;
/** Moving up to a bigger plan: "upgrade to Resident", «перейти на тариф», «подключить». */
const MOVE_UP =
  /(?<![\p{L}])(?:upgrad\p{L}*|switch (?:you )?(?:over|up)|перей\p{L}* на|подключ\p{L}*)(?![\p{L}])/iu;
/** Asking whether something is allowed or included: "can I …", "does it cover", «можно ли», «входит ли». */
const ASKS_ALLOWED =
  /(?<![\p{L}])(?:can i|could i|am i able|am i allowed|do i get|does (?:it|that|this|my) (?:\p{L}+ ){0,3}(?:include|cover|allow|let)|is (?:\p{L}+ ){0,3}(?:included|covered|allowed)|можно ли|могу ли|можно мне|входит|включен\p{L}*|покрывает|распространяется)(?![\p{L}])/iu;
/** The head of a product's name: "the guest *add-on*", «гостевой *абонемент*». */
const PRODUCT_HEAD =
  /(?<![\p{L}])(?:add-ons?|bundles?|packages?|plans?|passes?|tiers?|memberships?|subscriptions?|тариф\p{L}*|пакет\p{L}*|абонемент\p{L}*|подписк\p{L}*)(?![\p{L}])/u;
/** Words of any pitch, which say nothing of what is pitched. */
const PITCH_WORDS =
  /^(?:order|orders|price|prices|month|year|week|offer|offers|deal|deals|discount|cheaper|extra|premium|upgrade|заказ\p{L}*|цен\p{L}*|месяц\p{L}*|год\p{L}*|скидк\p{L}*|выгодн\p{L}*|дешевл\p{L}*|премиум)$/u;
/** A plan, pass or subscription of ours ("Pro Pass", «тариф „Гарантированный“»). */
const PLAN_WORDS =
  /(?<![\p{L}])(?:plans?|packages?|tiers?|pass|passes|memberships?|subscriptions?|sign up|тариф\p{L}*|пакет\p{L}*|подписк\p{L}*|абонемент\p{L}*)(?![\p{L}])/iu;
/**
 * The customer's own code or coupon does not work («промокод не срабатывает», "the voucher says
 * invalid"): another code that works today is the answer, not a pitch.
 */
const DISCOUNT_ASKED =
  /(?<![\p{L}])(?:promo ?codes?|discount codes?|coupons?|vouchers?|промо-?код\p{L}*|купон\p{L}*)(?![\p{L}])[^.!?]{0,40}(?:(?:doesn't|does not|won't|isn't|is not) (?:work|apply|accepted)|invalid|rejected|expired|не (?:работает|срабатывает|применяется|принимается|действует)|недействител\p{L}*)/u;
/** Selling a product or a plan, as opposed to a discount on what the customer already buys. */
const SELLS =
  /(?<![\p{L}])(?:recommend|suggest|(?:thought about|considered|why not try|how about) (?:adding|getting|trying|buying|switching)|upgrad\p{L}*|switch to|move to|plan|package|tier|trade(?:-| )in|(?:off|towards) (?:a|your) new|(?:choose|go for|opt for|prefer|pick) our|(?:much |far )?better value|why not|рекоменд\p{L}*|совету\p{L}*|перейти|перейдите|переходите|тариф\p{L}*|пакет\p{L}*|подойд\p{L}*)(?![\p{L}])/u;

/** A question that only restates the customer's («Правильно ли я понимаю, что вы хотите…?»). */
const RESTATES =
  /^\s*(?:(?:правильно|верно) ли я (?:вас )?понима\p{L}*|если я (?:вас )?правильно понял\p{L}*|то есть вы хотите|уточню,? вы хотите|do i understand (?:you )?correctly|if i understand (?:you )?correctly|just to (?:confirm|check),? you(?:'d| would)? (?:like|want)|so you(?:'d| would) like to|just to make sure (?:i(?:'ve| have) got (?:this|that|it|everything) right|i understand)|i understand (?:that )?you(?:'d| would) like to|to make sure i (?:understand|have (?:this|that|it) right)|let me make sure i(?:'ve| have) got (?:this|that|it) right)/iu;

/** The numbers in a text, spaces and separators inside them dropped ("15 000" → "15000"). */
function numbersIn(text: string): string[] {
  return (text.match(/\d(?:[\d\s.,]*\d)?/g) ?? []).map((n) => n.replace(/[\s.,]/g, ''));
}

/** A customer saying they have sent, uploaded or attached something more than once. */
const SENT_AGAIN =
  /(?<![\p{L}])(?:(?:(?:третий|второй|четв[её]ртый|пятый|который|в который) раз|снова|опять|повторно) (?:\p{L}+ ){0,2}(?:отправля|присыла|загружа|прикладыва|скидыва)\p{L}*|(?:отправля|присыла|загружа|прикладыва|отправил|прислал|загрузил|приложил|скидыва)\p{L}* (?:\p{L}+ ){0,4}(?:уже )?(?:дважды|трижды|третий раз|второй раз|несколько раз|снова|опять|повторно)|(?:sent|uploaded|attached|submitted|emailed) (?:[\p{L}']+ ){0,4}(?:twice|three times|several times|again|more than once)|(?:already|twice) (?:sent|uploaded|attached|submitted|emailed)|уже (?:отправля|присыла|загружа|прикладыва|отправил|прислал|загрузил|приложил|скидыва|скинул)\p{L}*)(?![\p{L}])/u;
/** A request to send, upload or attach something again. */
const RESEND =
  /(?<![\p{L}])(?:(?:пришлите|отправьте|загрузите|приложите|предоставьте|прислать|отправить|загрузить|приложить|предоставить|send|upload|attach|submit|provide|email)(?![\p{L}])[^.!?]{0,60}(?<![\p{L}])(?:повторно|ещ[её] раз|заново|снова|again)|(?:повторно|ещ[её] раз|заново) (?:пришлите|отправьте|загрузите|приложите|прислать|отправить|загрузить|приложить)|re-?(?:send|upload))(?![\p{L}])/u;

/** The routes a customer may say they cannot wait for: a form, an email, a link, a callback. */
const ROUTE = String.raw`forms?|emails?|e-mails?|links?|tickets?|callbacks?|call ?backs?|portals?|helplines?|hotlines?|форм\p{L}*|анкет\p{L}*|письм\p{L}*|ссылк\p{L}*|заявк\p{L}*|заявлени\p{L}*|обращени\p{L}*|горяч\p{L}* лини\p{L}*`;
const ROUTE_WORD = new RegExp(`(?<![\\p{L}])(?:${ROUTE})(?![\\p{L}])`, 'u');
/**
 * The customer turning a route down: "NOW, not a form", "not an email in 3 days", "don't send me a
 * link", "no more forms" (not "not a single email came"), «только не форму», «а не ссылку на сайт»,
 * «не надо мне писем», «без заявок».
 */
const REFUSED_ROUTE = new RegExp(
  String.raw`(?<![\p{L}])(?:not (?:a|an|another|some|more|your) (?!single |one )(?:\p{L}+ )?(?:${ROUTE})|(?:don't|do not) (?:send|give|point) me (?:a |an |another |to (?:a |an |the |your )?)?(?:\p{L}+ )?(?:${ROUTE})|no more (?:${ROUTE})|(?:а |только )?не (?:надо |нужно )?(?:мне )?(?:очередн\p{L}* |ваш\p{L}* )?(?:${ROUTE})|без (?:${ROUTE}))(?![\p{L}])`,
  'u',
);
/** A sentence that sends the customer down a route: "please fill in", "submit", «заполните», «оставьте». */
const SENDS_TO =
  /(?<![\p{L}])(?:fill (?:in|out)|complete|submit|use|follow|click|raise|log|send us|email us|call|ring|contact|will email|'ll email|will be emailed|will get an email|заполните|отправьте|оставьте|перейдите|воспользуйтесь|напишите|позвоните|оформите|подайте|пришлите)(?![\p{L}])/u;

/** A question asked for a yes or a no: "Will he still be able to …?", «А он сможет …?». */
const YES_NO_QUESTION =
  /(?:^|[.!?]\s+|(?<![\p{L}])(?:and|but|so|though|а|и|но)\s+)(?:will|would|can|could|is|are|was|were|do|does|did|has|have|should|shall|may|might)\s[^.!?]*\?|(?<![\p{L}])ли(?![\p{L}])[^.!?]*\?|(?<![\p{L}])(?:сможет|может|будет|можно|нужно)(?![\p{L}])[^.!?]*\?/u;
/** The verb of a yes or a no: "he can't", "it will", «не сможет», «будет». */
const YES_NO_FORM =
  /(?<![\p{L}'])(?:yes|no|can|can't|cannot|will|won't|does|doesn't|is|isn't|are|aren't|do|don't|has|hasn't|have|haven't|should|shouldn't|да|нет|не|сможет|может|будет|можно|нельзя)(?![\p{L}'])/u;

/** "All done!", «Готово.» on its own: done, with nothing named. */
const BARE_DONE =
  /^\s*(?:all done|done|all sorted|sorted|all set|that's done|готово|вс[её] готово|сделано|вс[её] сделано)\s*[!.]*\s*$/u;

/** Nothing more for the customer to do. */
const NO_NEED =
  /(?<![\p{L}])(?:don't|do not|won't|will not|no need|never|не нужно|не надо|не требуется|не придется|не понадобится|больше не)(?![\p{L}])/u;

/** What the customer can or needs to do, said to them. */
const CAN_OR_NEED =
  /(?<![\p{L}])(?:you (?:can|can't|cannot|could|may|need|needn't|don't need|won't need|will need|'ll need|have to|don't have to|must)|you'll need|no need|можно|нельзя|не нужно|нужно|не надо|надо|не обязательно|обязательно)(?![\p{L}])/u;

/** A state denied in the words of a yes/no question: "isn't included", «не входит». */
const STATE_NEGATED =
  /^(?:isn't|is not|aren't|are not|не)\s+(included|covered|required|needed|necessary|входит|входят|включен\p{L}*|требуется|нужн\p{L}*)$/u;

/** A sentence that states a consequence: «пока … не …», «иначе», "until", "unless", "otherwise". */
const CONSEQUENCE =
  /^\s*(?:(?:и|а|но|and|but) )?(?:пока (?:\p{L}+ ){0,4}не|иначе|в противном случае|until|unless|otherwise|if you (?:don't|do not))(?![\p{L}])/u;
/** A commitment of ours: "I'll …", «мы …», «давайте …». */
const OURS_TO_DO = /^(?:i|we|let|я|мы|давайте)(?![\p{L}])/u;

/** A plain smile: 🙂 😊 ☺ :) (a wink or a laugh is joking). */
const PLAIN_SMILE = /(?:🙂|😊|☺️?|😀|😃|(?<![\p{L}\p{N}])(?::-?\)+|\(-?:|=\))(?![\p{L}\p{N}]))/gu;

/** "Glad I could help", «рада, что смогла помочь»: help taken as done. */
const GLAD_HELPED =
  /(?<![\p{L}])(?:(?:glad|happy|pleased) (?:i|we) (?:could|were able to|was able to) help|(?:рад|рада|рады),? (?:что|если) (?:смог|смогла|смогли|удалось) (?:вам )?помочь)(?![\p{L}])/iu;

/**
 * A commitment already carried out: "I've …", «перенесла», «мы проверили», "Done —", «Готово:»,
 * a passive of a thing done («переоформлен», «аннулирована»).
 */
const DONE_FORM =
  /^(?:i|we)(?:'ve| have)\s|(?:л|ла|ли)(?:сь|ся)?$|^\s*(?:все |all )?(?:готово|done)$|(?:ан|ян|ен)(?:а|о|ы)?$/u;

/** The sentence speaks to the customer ("you", «вам»), or says what we will do («сделаем»). */
const ADDRESSED =
  /(?:^|[^\p{L}])(?:you|your|вы|вас|вам|ваш\p{L}*|we(?:'ll| will) do|сделаем|проведем|выполним)(?![\p{L}])/u;

const POLITE_ASK = /^patience\.(?:polite-request|soft-request|please)$/;

/** Earlier agent replies, read once: every later reply compares itself with them. Bounded. */
const EARLIER = new Map<string, { norm: string; stems: Set<string>; content: Set<string> }>();
const EARLIER_LIMIT = 4096;
function readEarlier(text: string, lang: Lang, stopwords: ReadonlySet<string>) {
  const key = `${lang}\u0000${text}`;
  let read = EARLIER.get(key);
  if (!read) {
    const tokens = tokenize(text);
    read = {
      norm: normalize(text),
      stems: new Set(tokens.map((t) => t.stem)),
      content: contentStems(tokens, stopwords),
    };
    if (EARLIER.size >= EARLIER_LIMIT) EARLIER.delete(EARLIER.keys().next().value!);
    EARLIER.set(key, read);
  }
  return read;
}

/** The customer has already done what they were told ("I did that already", «я уже пробовала»). */
const TRIED_ALREADY =
  /\b(?:i(?:'ve| have)? (?:already|just) (?:done|did|tried|checked|restarted|rebooted|reset|cleared|reinstalled)|i(?:'ve| have)? (?:tried|done) (?:that|this|it|all that|both|everything)(?! (?:before|yet)\b)|(?:did|done|tried|checked) (?:that|this|it|all that|everything) already|already (?:did|done|tried) (?:that|this|it)|i did (?:that|this|it))\b|\bi (?:already )?(?:know|have) (?:the|my) (?:tracking|track|order|reference)(?: number| code| link)?\b|(?<![\p{L}])(?:я )?(?:знаю|видела|видел) (?:трек|номер|ссылку|статус)(?![\p{L}])|(?<![\p{L}])(?:я )?(?:так|это) (?:и )?(?:делал|делала|пробовал|пробовала|сделал|сделала)(?![\p{L}])|(?<![\p{L}])(?:я )?уже (?:все )?(?:это )?(?:сделал|сделала|делал|делала|пробовал|пробовала|проверил|проверила|проверял|проверяла|перезагружал|перезагружала|перезагрузил|перезагрузила|переустановил|переустановила)(?![\p{L}])/iu;

/** A promise of our own: "we'll …", "I'll …", «сделаю», «вернём». */
const WILL_DO = /^(?:i|we)(?:'ll| will)\s|(?:ем|им|ю|у)$/u;

/** The customer has the old answer: "yes, you said that", "I know that already", «вы это уже писали». */
const HEARD_ALREADY =
  /(?<![\p{L}])(?:you (?:already )?(?:said|told me|wrote|mentioned) (?:that|this|it)|you(?:'ve| have) (?:already )?(?:said|told me) (?:that|this|it)|i know (?:that|this)(?: already)?|i (?:already )?know that|вы (?:это |мне )?уже (?:говорили|писали|сказали|написали|сообщали)|вы (?:это )?(?:говорили|писали) уже|это я (?:уже )?знаю|я это (?:уже )?знаю|это я (?:уже )?(?:на сайте |в приложении |в письме |в договоре )?(?:видел|видела|читал|читала)|i(?:'ve| have)? (?:already )?(?:seen|read|saw) (?:that|this|those)(?: (?:on|in) (?:the|your) (?:website|site|app|email|letter))?)(?![\p{L}])/iu;

/** A reply that opens by saying it repeats ("As mentioned, …", «Ещё раз: …», «Повторю: …»). */
const SAYS_AGAIN =
  /^\s*(?:as (?:i |we )?(?:mentioned|said|stated|explained)(?: (?:before|earlier|above))?|as per my (?:last|previous) (?:message|reply)|to repeat|(?:once )?again[:,]|еще раз[:,—–-]|повторю(?:сь)?|уточню еще раз|напомню(?: еще раз)?[:,—–-]|let me remind you|just a reminder[:,—–-]|как (?:я |мы )?уже (?:писал|писала|писали|говорил|говорила|говорили|сообщал|сообщала|сообщали|сказал|сказала|сказали))/iu;

/** How a reply's content words stand to an earlier reply's: how many it shares and adds. */
interface Overlap {
  mine: number;
  earlier: number;
  shared: number;
  added: number;
  /** The share of the earlier reply's content words the reply holds. */
  share: number;
}

function overlap(mine: Set<string>, earlier: Set<string>): Overlap {
  let shared = 0;
  for (const w of earlier) if (mine.has(w)) shared++;
  return {
    mine: mine.size,
    earlier: earlier.size,
    shared,
    added: mine.size - shared,
    share: earlier.size ? shared / earlier.size : 0,
  };
}

/**
 * A reply restates an earlier one when it covers at least 85% of that reply's content words and
 * adds at most two of its own.
 */
const restates = (o: Overlap) => o.earlier >= 3 && o.mine >= 3 && o.share >= 0.85 && o.added <= 2;

/** Nothing new: at least four content words, all but one from the earlier reply, half of it again. */
const saysNothingNew = (o: Overlap) =>
  o.mine >= 4 && o.earlier >= 3 && o.added <= 1 && o.shared * 2 >= o.earlier;

/** The same instruction again after the customer tried it: most of it, and little besides. */
const repeatsInstruction = (o: Overlap) =>
  o.mine >= 3 && o.earlier >= 3 && o.share >= 0.6 && o.added <= 5;

/** The reply holds at least `share` of the earlier reply's content words. */
const covers = (o: Overlap, share: number) => o.earlier >= 3 && o.share >= share;

/**
 * Keyword soup: at least five comma or sentence fragments, none longer than three words, two or
 * more of them courtesy formulas ("Sorry, I understand, thank you, today, ref ABC-1234!"). A list
 * ("red, blue, green or black") has no courtesy fragments; a short reply has fewer fragments.
 */
function keywordSoup(
  text: string,
  tokens: readonly Token[],
  courtesyOf: () => readonly Span[],
): boolean {
  // Five fragments need four separators; n separators leave room for at most 3(n + 1) words.
  const separators = text.match(/[,;:.!?…\n—–]/g)?.length ?? 0;
  if (separators < 4 || tokens.length > 3 * (separators + 1)) return false;
  const fragments: Array<Span & { words: number }> = [];
  let k = 0;
  // "£4.99" and "10:30" are one detail, not two fragments.
  const masked = text.replace(/(\d)[.,:](?=\d)/g, '$1_');
  for (const f of masked.matchAll(/[^,;:.!?…\n—–]+/g)) {
    const frag = { start: f.index, end: f.index + f[0].length, words: 0 };
    while (k < tokens.length && tokens[k]!.start < frag.start) k++;
    while (k < tokens.length && tokens[k]!.end <= frag.end) {
      if (/[\p{L}\p{N}]/u.test(tokens[k]!.norm)) frag.words++;
      k++;
    }
    if (frag.words > 3) return false;
    if (frag.words) fragments.push(frag);
  }
  if (fragments.length < 5) return false;
  const courtesy = courtesyOf();
  const formulas = fragments.filter((f) =>
    courtesy.some((c) => c.start < f.end && f.start < c.end),
  );
  return formulas.length >= 2;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  const union = a.size + b.size - inter;
  return union === 0 ? 0 : inter / union;
}

/** The sentences of a text, as spans. */
function sentencesOf(text: string): Span[] {
  // A decimal point ("€14.99", "1.5 hours") does not end a sentence.
  return [...text.matchAll(/(?:[^.!?…]|(?<=\d)\.(?=\d))+[.!?…]*/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/**
 * Spans inside «», “”, "" or single quotation marks ("the 'not my job' remark", ‘Ride ended’); a
 * single quote opens only after a space or a bracket and closes before one, so "don't" is no quote.
 */
function quotedSpans(text: string): Span[] {
  return [
    ...text.matchAll(
      /«[^»]*»|“[^”]*”|"[^"]*"|‘[^’\n]{1,80}’|(?<![\p{L}\p{N}'])'(?=\S)[^'\n]{1,60}(?<=\S)'(?![\p{L}\p{N}])/gu,
    ),
  ].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
}

function firstSentence(text: string): Span {
  const m = /[.!?\n]/u.exec(text);
  return { start: 0, end: m ? m.index + 1 : text.length };
}

export function clamp(n: number): number {
  return Math.max(0, Math.min(100, Math.round(n)));
}
