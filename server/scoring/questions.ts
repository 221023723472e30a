/**
 * Which question of the customer's last message a reply leaves unanswered. Questions are found
 * by their words ("when", «можно ли», "do I need to"), asked indirectly ("I'm asking whether …") or
 * put as requests («уберите, пожалуйста, …»); a question counts as answered by the words a reply
 * shares with it or by an answer of its kind (a yes, "you can", an amount, a time). Pure.
 */
import { normalize, sameWord, stemWord, tokenize, type Token } from '../language/text';
import type { CompiledLexicon } from './score-reply';
import { contentTokens, count, firstMatch, sameRoot, sentenceTexts } from './words';

/** Splits a customer message into question clauses ("why …, and can I …?", «… ? И можно ли …?»). */
const CLAUSE_SPLIT =
  /,?\s+(?:and|also|plus|и|а также|также|а ещё|а еще|ещё|еще)\s+|,\s*(?=(?:and|also|и|а|также)\s)|[;:]|\b(?:two|a couple of|few) (?:things|questions)\b|(?<!\p{L})(?:два|пару|несколько) вопрос\p{L}*/iu;

const LEADING_AND = /^(?:and|also|plus|и|а|также)\s+/iu;

/** A yes/no question ("will it …?", «будет ли …?»). */
const YES_NO_QUESTION =
  /(?<![\p{L}])(?:будет|будут|есть)\s*$|^(?:(?:and|also|plus|и|а|также)\s+)?(?:can|could|may|do|does|did|is|are|will|would|should|have|has|можно|нельзя|есть ли|будет ли|смогу ли|могу ли|получится ли)(?![\p{L}])|(?<![\p{L}])ли(?![\p{L}])|(?<![\p{L}])(?:сможет|сможете|сможем|успеет|успеете|успеем)(?![\p{L}])/iu;
/** A yes or a no opening a sentence or clause of the reply ("Yes, …", "And no, …", «Да, …»). */
const YES_NO_ANSWER =
  /(?:^|[.!?;:,—–]\s*|(?<![\p{L}])(?:and|so|but|и|а|но|так что)\s+)(?:yes|yeah|yep|no|nope|sure|of course|certainly|absolutely|да|нет|конечно|разумеется)(?![\p{L}'])/iu;
/**
 * A question of what the customer may do ("can I …?", «можно ли …?») and an answer in kind ("you
 * can", «можно»). Only to such a question: "you can carry on" does not answer "will it count as a
 * fail?".
 */
const MAY_QUESTION =
  /^(?:(?:and|also|plus|и|а|также)\s+)?(?:(?:can|could|may) (?:i|we)|am i able|is it possible)(?![\p{L}])|(?<![\p{L}])(?:можно|нельзя|могу ли|смогу ли|получится ли|возможно ли)(?![\p{L}])/iu;
const MAY_ANSWER =
  /(?<![\p{L}'])(?:you can|you can't|you cannot|you could|you'll be able|you will be able|you're able|you are able|можно|нельзя|сможете|не сможете|получится|не получится)(?![\p{L}'])/iu;
/** "Do I need to …?", «счётчик надо менять?»: answered by "you need to", "no need", «нужно», «не надо». */
const NEED_QUESTION =
  /(?<![\p{L}])(?:надо|нужно|нужен|нужна|нужны|обязательно|(?:do|does|will) (?:i|we|it|he|she|they) (?:need|have) to|must (?:i|we)|is it (?:necessary|required|mandatory))(?![\p{L}])/iu;
const NEED_ANSWER =
  /(?<![\p{L}'])(?:надо|нужно|нужен|нужна|нужны|необходимо|обязательно|need to|needs to|have to|has to|must|no need|is required|are required|isn't required|not required|necessary|mandatory)(?![\p{L}'])/iu;
/** A question about money ("will it cost anything?", «это платно?», «сколько стоит?»). */
const COST_QUESTION =
  /(?<![\p{L}])(?:cost|costs|price|charge|charged|free|pay (?:anything|extra|more|for (?:it|this|that))|(?:need|have) to pay|стоит|стоить|стоимост\p{L}*|цен\p{L}*|платн\p{L}*|бесплатн\p{L}*|заплат\p{L}*|оплат\p{L}*|доплат\p{L}*)(?![\p{L}])/iu;
/**
 * A question of how much something costs, or whether there is a fee ("how much is …", "is there a
 * fee?", «сколько стоит …», «комиссия за вывод есть?»): answered by an amount or by "free".
 */
/**
 * A question whether something is included, or kept: the thing asked about is the group after
 * "is", «ли». "Is (the photobook) included …", "does the price include (VAT)", «входит ли
 * (фотокнига) в …», "will I lose my (texts) …", «сохранятся ли (контакты) …».
 */
const INCLUDED =
  /(?<![\p{L}])(?:(?:is|are) (?:the |a |an )?(\p{L}+(?: \p{L}+)?) included|(?:does|do) (?:the |your |this |that )?(?:\p{L}+ )?include (?:the |a |an )?(\p{L}+(?: \p{L}+)?)|(?:входит|входят|включен|включена|включено|включены) ли (\p{L}+(?: \p{L}+)?) в|(?:will|would|do) (?:i|we) (?:lose|keep) (?:my |our |the |all (?:my |our )?)?(\p{L}+)|(?:потеряю|потеряем|сохранятся|сохранится|пропадут|пропадет) ли (?:мои |наши |все )?(\p{L}+))(?![\p{L}])/u;

/** An answer opening with the verb of the question: «Входит: …», «Не входят», "Included: …". */
const INCLUDED_ANSWER =
  /^(?:(?:нет|да),?\s+)?(?:не\s+)?(?:входит|входят|включен\p{L}*|included|not included|it's included|it is included|it's not included|they're included)(?![\p{L}])/iu;

/** What a "do I need …?" question asks about: «нужен ли (апостиль)», "do I need (a visa)". */
const NEEDED_THING =
  /(?<![\p{L}])(?:(?:нужен|нужна|нужно|нужны|требуется|обязателен|обязательна) ли (?!\p{L}*(?:ть|ти|чь)(?![\p{L}]))(\p{L}+)|(?:do|does|will) (?:i|we|it|he|she|they) need (?:a|an|the|any) (\p{L}+(?: \p{L}+)?)|(?:is|are) (?:a|an|the|any) (\p{L}+) (?:needed|required|necessary))(?![\p{L}])/u;
const HOW_MUCH =
  /(?<![\p{L}])(?:(?:is|are) there (?:a |any )?(?:fee|fees|charge|charges|commission)|any (?:fee|fees|charge|commission) for|(?:есть ли|будет ли|берете ли|берёте ли|взимается ли) (?:какая-(?:то|нибудь) )?комисси\p{L}*|комисси\p{L}* (?:за (?:\p{L}+ ){1,2})?(?:есть|будет|берется|берётся|взимается)|how much (?:is|are|does|do|will|would|for|to)|what(?:'s| is| will be| would be) (?:the|your) (?:price|cost|fee|rate)|what (?:does|will|would) (?:it|that|this) cost|сколько (?:это |он |она |оно |они )?(?:стоит|стоят|будет стоить|будут стоить|обойд\p{L}*|это стоит)|сколько (?:я |мы )?(?:сэкономлю|сэкономим|заплачу|заплатим|потрачу|потратим)|какая (?:цена|стоимость)|какова (?:цена|стоимость)|какой (?:будет )?(?:ежемесячный )?(?:платеж|взнос)|сколько (?:я |мы )?переплач\p{L}*|во сколько обойд\p{L}*)(?![\p{L}])/iu;
/** "How many people …?", «Сколько человек …?»: a count, answered by a number or by "no limit". */
const HOW_MANY =
  /(?<![\p{L}])(?:how many|сколько (?:человек|детей|гостей|участников|игроков|людей|персон|мест|раз|штук|занятий|уроков|пассажиров|комплектов|экземпляров|вещей|сумок|чемоданов|предметов|страниц)|какое количество)(?![\p{L}])/iu;
const COUNT_ANSWER =
  /\d|(?<![\p{L}])(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred|dozen|a couple|a pair|both|single|no (?:upper )?limit|no maximum|no cap|as many as|any number|один|одна|одно|одного|одной|два|две|двух|три|тр[её]х|четыре|четыр[её]х|пять|пяти|шесть|шести|семь|семи|восемь|восьми|девять|девяти|десять|десяти|одиннадцат\p{L}*|двенадцат\p{L}*|пятнадцат\p{L}*|двадцат\p{L}*|тридцат\p{L}*|сорок\p{L}*|пятьдесят|сто|пара|оба|обе|без ограничени\p{L}*|сколько угодно|не ограничен\p{L}*|любое количество)(?![\p{L}])/iu;
/** The first part of a Russian compound noun: «мед|справка», «тех|осмотр», «авто|кресло». */
const COMPOUND_HEAD = /^(?:мед|тех|авто|спец|гос|фото|видео|мото|вело|электро|строй)(?=\p{L}{5})/u;
/** Modal words, which name no option of an either-or question. */
const MODAL = /^(?:нужн\p{L}*|надо|можн\p{L}*|need|needs|must|should)$/u;
/** A question that offers something rather than asks: "Shall I book you in?", «Записать вас?». */
const OFFER_QUESTION =
  /(?<![\p{L}])(?:shall i|should i|would you like|do you want|want me to|have you (?:considered|thought about)|can i (?:book|sign|put|add|reserve)|записать вас|запишу вас|оформить|оформляем|оформим|хотите|желаете|подключить|подключаем|забронировать|бронируем)(?![\p{L}])/iu;
/** An amount of money, or "free" («бесплатно», «без доплаты»). */
const COST_ANSWER =
  /[£$€]\s?\d|\d(?:[\d\s.,]*\d)?\s?(?:₽|руб\p{L}*|р\.|[£$€]|pounds?|dollars?|euros?)|(?<![\p{L}])(?:free|no charge|no cost|nothing to pay|no extra|бесплатн\p{L}*|без доплат\p{L}*|без оплаты|без комисси\p{L}*|ничего платить|ничего не стоит)(?![\p{L}])/iu;
/** A term asked for: «на сколько месяцев?», «на какой срок?», "for how many months?". */
const FOR_HOW_LONG =
  /(?<![\p{L}])(?:на сколько (?:месяцев|лет|дней|недель)|на какой срок|какой срок (?:рассрочки|кредита|договора|аренды)|for how (?:many|long) (?:months|years|weeks)|over how many (?:months|years))(?![\p{L}])/iu;
/** A term given: a number of months or years, or a span in words. */
const TERM_ANSWER =
  /\d+\s?(?:-|–|или|or|to|до)?\s?\d*\s?(?:мес\p{L}*|лет|год\p{L}*|недел\p{L}*|дн\p{L}*|month\p{L}*|year\p{L}*|week\p{L}*|day\p{L}*)|(?<![\p{L}])(?:полгода|год|полтора года|два года|six months|a year|two years)(?![\p{L}])/iu;
/** The price of credit asked for: «какая переплата?», «какой процент?», "what's the interest?". */
const WHAT_RATE =
  /(?<![\p{L}])(?:какая (?:переплата|ставка|комиссия)|какой (?:процент|процентная ставка)|есть ли переплата|будет ли переплата|what(?:'s| is) the (?:interest|apr|rate)|is there (?:any )?interest|how much interest)(?![\p{L}])/iu;
/** A rate, an amount, or none at all. */
const RATE_ANSWER =
  /\d\s?%|[£$€]\s?\d|\d(?:[\d\s.,]*\d)?\s?(?:₽|руб\p{L}*|р\.)|(?<![\p{L}])(?:без переплат\p{L}*|без процентов|переплаты нет|нет переплаты|беспроцентн\p{L}*|interest[- ]free|no interest|0 ?%|zero interest)(?![\p{L}])/iu;
/**
 * Questions of a measure and the answers of their kind: "how much is …?" (or "is there a fee?") by
 * an amount or "free" ("we do instalments, 12 months with no interest" answers nothing); "how many
 * people …?" by a number or "no limit" (praise of the session answers nothing).
 */
const MEASURED: ReadonlyArray<[RegExp, RegExp]> = [
  [HOW_MUCH, COST_ANSWER],
  [HOW_MANY, COUNT_ANSWER],
  [FOR_HOW_LONG, TERM_ANSWER],
  [WHAT_RATE, RATE_ANSWER],
];
/** "Can you …?" asks what we can do: "we can", "I'll", «сможем», «сделаем». */
const CAN_YOU_QUESTION =
  /^(?:(?:and|also|plus|и|а|также)\s+)?(?:can|could|will|would) (?:you|someone|somebody|anyone|anybody|an engineer|a technician|your team|you guys)(?![\p{L}])|(?<![\p{L}])(?:сможете ли|можете ли|успеете ли)(?![\p{L}])/iu;
const CAN_YOU_ANSWER =
  /(?<![\p{L}'])(?:we can|i can|we can't|i can't|we're able|we are able|сможем|не сможем|успеем|не успеем|можем|не можем)(?![\p{L}'])/iu;
/** Questions and the answers in kind: "you won't need to start over" answers "do I have to …?". */
const KINDS: ReadonlyArray<[RegExp, RegExp]> = [
  [YES_NO_QUESTION, YES_NO_ANSWER],
  [MAY_QUESTION, MAY_ANSWER],
  [CAN_YOU_QUESTION, CAN_YOU_ANSWER],
  [NEED_QUESTION, NEED_ANSWER],
];
/**
 * A question that names its topic and nothing else ("and what about my freezer?", «а что с
 * залогом?»): its one content word is the topic, and an answer names it or turns to it.
 */
const TOPIC_QUESTION =
  /^(?:(?:and|but|also|и|а|но)\s+)?(?:what|how) about(?![\p{L}])|^(?:(?:и|а|но)\s+)?(?:что|как) (?:с|со|насчет|по)\s/iu;
/**
 * A sentence that turns to another point ("For the wasted day, I've …", "As for the freezer: …",
 * «Что касается компенсации, …», «По поводу залога: …»): the reply takes up the next question in
 * words of its own.
 */
const TURNS_TO_POINT =
  /(?:^|[.!?]\s+)(?:(?:and|now|и|а)\s+)?(?:as for|as to|as regards|regarding|concerning|with regard to|when it comes to|about|for|что касается|по поводу|насч[её]т|касательно|относительно|что до|по (?:второму|другому|вашему второму) вопросу)\s+(?:[\p{L}\p{N}'’-]+\s+){0,4}?[\p{L}\p{N}'’-]+\s*[,:—–]/iu;

/**
 * The first later question of the customer's message (not the first question: any substantive reply
 * answers that) with at least two content words that the reply leaves untouched. Numbers count as
 * content words; question words do not. A clause is touched by one shared word (two when it has four
 * content words or more, so a word the reply used for the first question does not answer the
 * second), or, for a yes/no question, by a yes/no answer. A good reply may answer in other words,
 * so only a clause with next to nothing in common with the reply is reported.
 */
export function unansweredQuestion(
  customer: string,
  replyText: string,
  reply: readonly Token[],
  lex: CompiledLexicon,
  /** The agent's message before the customer's, if any. */
  earlier?: string,
): string | null {
  const stopwords = lex.lexicon.stopwords;
  // "pre-book" answers "do I need to book?": a hyphenated word counts by its last part too.
  const words = contentTokens(reply, stopwords);
  if (words.length < 3) return null;
  const mine = words
    .flatMap((w) => {
      const last = w.slice(w.lastIndexOf('-') + 1);
      return last !== w && last.length >= 3 ? [w, stemWord(last)] : [w];
    })
    .map(lemma);
  // "Yes to both", «да, и то и другое»: every question answered at once.
  if (BOTH_ANSWERED.test(replyText)) return null;
  // A question is a clause with a question word, or a whole sentence asked by intonation alone with
  // two content words or more: as the first question («Вы получили мой платёж?», "You got my
  // payment?"), the one a later question is told apart from, never itself checked; later, one that
  // opens with "and" («И сервисный сбор тоже вернут?», "And the fee comes back too?"), a question
  // of its own. A later one without it mostly restates the one before («Куда писать? Опять сюда?»).
  const clauses: string[] = [];
  // Sentences asked with "?", and questions put indirectly ("I'm asking whether the power will be
  // off.", «Хочу узнать, будет ли доплата.»).
  const questions = sentenceTexts(customer)
    .filter((sn) => sn.includes('?') || INDIRECT_QUESTION.test(sn) || REQUEST.test(sn))
    // The frame of a question put indirectly ("I just want to know how …", «хочу узнать, когда …»)
    // is not what it asks about: only its question word stays.
    .map((sn) =>
      sn.replace(/[.!?]*$/, '?').replace(INDIRECT_FRAME, (frame) => frame.split(/\s+/).pop()!),
    );
  for (const sentence of questions) {
    const split = sentence
      .split(CLAUSE_SPLIT)
      .map((clause) => clause.replace(/\?+\s*$/, '').trim());
    // A part with no word of its own ("do you" of "do you also do alterations?") joins the next.
    const parts: string[] = [];
    let carried = '';
    for (const [i, part] of split.entries()) {
      const joined = carried ? `${carried} ${part}` : part;
      const bare = !contentTokens(
        tokenize(part).filter((t) => firstMatch(lex.questionWord, t.norm) === null),
        stopwords,
      ).length;
      if (bare && part && i < split.length - 1) carried = joined;
      else {
        parts.push(joined);
        carried = '';
      }
    }
    // "Can you refill it, and also send it to my office?": what follows a request asked with
    // "can you" is asked too.
    const request = parts[0] !== undefined && CAN_YOU_QUESTION.test(parts[0]);
    const asked = parts.filter(
      (clause, i) =>
        clause &&
        (firstMatch(lex.questionWord, normalize(clause)) !== null ||
          (request && i > 0 && contentTokens(tokenize(clause), stopwords).length >= 2)),
    );
    const whole = sentence.replace(/\?+\s*$/, '').trim();
    if (asked.length) clauses.push(...asked);
    else if (
      !clauses.length
        ? contentTokens(tokenize(whole), stopwords).length >= 2
        : LEADING_AND.test(whole) && contentTokens(tokenize(whole), stopwords).length >= 2
    )
      clauses.push(whole);
  }
  const wordsOf = (clause: string) => [
    ...new Set(
      contentTokens(
        tokenize(clause).filter((t) => firstMatch(lex.questionWord, t.norm) === null),
        stopwords,
      ).map(lemma),
    ),
  ];
  // The first question normalised, read once for the checks of its kind below.
  const firstSaid = clauses[0] ? normalize(clauses[0]) : '';
  // Words of the first question: a later one shares them, so the reply may have used them for it.
  const first = new Set(clauses.length ? wordsOf(clauses[0]!) : []);
  // Words of each later question, read once for the checks below.
  const later = clauses.slice(1).map(wordsOf);
  // Checked first: the pattern scans to the end of every sentence from each of its letters.
  const statements = replyText.includes('?')
    ? replyText.replace(/(?<=^|[.!?])[^.!?]*\?/g, ' ')
    : replyText;
  const turnsToPoint = TURNS_TO_POINT.test(replyText);
  // The reply opens with an answer ("Yes, …", «Да, …», "No need to …"), read once for the checks.
  const opensWithAnswer = firstMatch(lex.answerStart, replyText.trimStart()) !== null;
  const touches = (w: string) => {
    // «медсправка» is a «справка»: a compound is touched by its last part too.
    const tail = COMPOUND_HEAD.test(w) ? w.replace(COMPOUND_HEAD, '') : '';
    return mine.some((x) =>
      /\p{N}/u.test(w)
        ? x === w
        : sameWord(x, w) || sameRoot(x, w) || (tail.length >= 5 && sameWord(x, tail)),
    );
  };
  // "When …?" asked first is answered by a time, and by nothing else: a reply with no time in it and
  // no question back ("We've passed it on, we'll let you know") leaves it open.
  if (
    clauses[0] &&
    WHEN_QUESTION.test(firstSaid) &&
    !newTime(replyText, customer, earlier) &&
    !replyText.includes('?')
  )
    return clauses[0].replace(LEADING_AND, '');
  // "How much is …?", "how many …?" asked first is answered by an amount or a number (see
  // MEASURED): a reply that talks of something else leaves it open.
  if (
    clauses[0] &&
    MEASURED.some(([asked, said]) => asked.test(firstSaid) && !said.test(statements)) &&
    !asksBack(replyText) &&
    !turnsToPoint
  )
    return clauses[0].replace(LEADING_AND, '');
  // "Is the photobook included in Standard?", «Входит ли фотокнига в пакет?»: answered only by
  // saying something of the photobook. A reply about the package alone talks around it.
  // The same for "do I need an apostille?", «нужен ли апостиль …?» asked before another question and
  // left for it ("Translation takes 3 working days").
  const needed = clauses.length >= 2 && clauses[0] ? NEEDED_THING.exec(firstSaid) : null;
  const laterTouched = () => later.some((ws) => ws.some(touches));
  const included =
    (clauses[0] ? INCLUDED.exec(firstSaid) : null) ?? (needed && laterTouched() ? needed : null);
  if (
    included &&
    !asksBack(replyText) &&
    !opensWithAnswer &&
    !opensWith(INCLUDED_ANSWER, replyText)
  ) {
    const thing = contentTokens(tokenize(included.slice(1).find(Boolean) ?? ''), stopwords).map(
      lemma,
    );
    // The word itself, not a word of the same root: «фото» does not speak of «фотокнига».
    const named = (w: string) => mine.some((x) => sameWord(x, w));
    if (thing.length && !thing.some(named)) return clauses[0]!.replace(LEADING_AND, '');
  }
  // "… or not?", «… или нет?» asks for a yes or a no: a reply that neither opens with one nor
  // speaks of what is asked (two of its words when it has four or more) talks around it. A
  // condition before it ("If I cancel now, …", «Если я отменю подписку, …») is not what is asked.
  // A time answers it too: "will it arrive or not?" — "it leaves the depot tomorrow".
  if (
    clauses[0] &&
    OR_NOT.test(clauses[0]) &&
    !answersAtOnce(replyText, clauses[0], opensWithAnswer) &&
    !turnsToPoint &&
    !TIME_GIVEN.test(replyText)
  ) {
    const main = clauses[0].replace(OR_NOT, '').replace(CONDITION_FIRST, '');
    const words = wordsOf(main).filter((w) => !MODAL.test(w));
    const shared = words.filter(touches).length;
    if (words.length && shared < (words.length >= 4 ? 2 : 1))
      return clauses[0].replace(LEADING_AND, '');
  }
  // Two questions, and the reply takes up only the later one: a first yes/no question is left open
  // when none of its own words (those the later ones do not share) is in the reply, nothing in it
  // answers in kind and it does not open with "Yes, …". "Will my balance carry over, and how long
  // does the switch take?" answered "The switch takes 8 days" leaves the balance open.
  if (
    clauses.length >= 2 &&
    YES_NO_QUESTION.test(clauses[0]!) &&
    // "Can you reissue it?", "Do I have to retake it?" are answered by doing it, in any words.
    ![MAY_QUESTION, CAN_YOU_QUESTION, NEED_QUESTION].some((q) => q.test(clauses[0]!)) &&
    !KINDS.some(([asked, said]) => asked.test(clauses[0]!) && said.test(statements)) &&
    !opensWithAnswer
  ) {
    const own = [...first].filter((w) => !later.some((ws) => ws.includes(w)));
    if (
      own.length >= 2 &&
      !own.some(touches) &&
      later.some((ws) => ws.some(touches)) &&
      !turnsToPoint &&
      !asksBack(replyText)
    )
      return clauses[0]!.replace(LEADING_AND, '');
  }
  // "What's the difference between matte and soft-touch?" is answered by naming one of them.
  for (const sentence of questions) {
    const diff = DIFFERENCE.exec(normalize(sentence));
    if (!diff) continue;
    const sides = [diff[1] ?? diff[3], diff[2] ?? diff[4]].flatMap((side) =>
      contentTokens(tokenize(side ?? ''), stopwords).map(lemma),
    );
    if (sides.length && !sides.some(touches))
      return sentence
        .replace(/\?+\s*$/, '')
        .trim()
        .replace(LEADING_AND, '');
  }
  // "Manual or automatic?" is answered by naming one of them, whichever question it is.
  for (const clause of clauses) {
    const said = normalize(clause);
    const alt = ALTERNATIVE.exec(said);
    if (!alt) continue;
    // Two content words ("manual or automatic"), not "anything or … through".
    if ([alt[1]!, alt[2]!].some((w) => stopwords.has(w) || /^(?:any|some|every|no)thing$/.test(w)))
      continue;
    // "Can I take the table, or is the furniture fixed to the room?" is answered by "you can".
    if (MAY_QUESTION.test(said) && MAY_ANSWER.test(statements)) continue;
    // "It covers both", «и то и другое», "neither": an answer to either side.
    if (EITHER_SIDE.test(statements)) continue;
    // Each side is a phrase: the last two content words before "or" ("*carry on* building or
    // wait?", «*пройду* техосмотр или …») and all after it («… или только шаблоны *копируете*?»).
    const or = alt.index + alt[1]!.length + 1;
    // A modal ("need", «нужно») names no option: «залог перейдёт или нужно вносить новый?».
    const before = contentTokens(tokenize(said.slice(0, or)), stopwords);
    const sides = [
      ...before.slice(-2),
      ...contentTokens(tokenize(said.slice(or).replace(/^\S+/, '')), stopwords),
    ]
      .filter((w) => !MODAL.test(w))
      .map(lemma);
    // A word of what the question is about, said before the options, picks neither: "are *lane*
    // bookings per person or per lane?" is not answered by "lane bookings open 7 days ahead".
    const subject = before.slice(0, -2).map(lemma);
    const distinct = sides.filter((o) => !subject.some((w) => sameWord(w, o)));
    const options = distinct.length ? distinct : sides;
    if (!options.some((o) => mine.some((x) => sameWord(x, o) || sameRoot(x, o))))
      return clause.replace(LEADING_AND, '');
  }
  // The sentence of the reply's first "no", «да» is about the first question when it has one of that
  // question's own words ("no translation is needed" to "does it need translating?").
  const saidOfFirst = (said: RegExp) => {
    const at = said.exec(statements);
    if (!at) return false;
    const laterWords = later.flat();
    const sentence = sentenceTexts(statements).find((sn) => sn.includes(at[0])) ?? '';
    const its = contentTokens(tokenize(sentence), stopwords).map(lemma);
    return [...first].some(
      (w) => !laterWords.includes(w) && !MODAL.test(w) && its.some((x) => sameWord(x, w)),
    );
  };
  let theirsRemoved: string | undefined;
  const withoutTheirAmounts = () =>
    (theirsRemoved ??= (customer.match(/\d[\d\s,.]*\d|\d/g) ?? [])
      .map((n) => n.trim())
      .filter((n) => n.length >= 2)
      .reduce((text, n) => text.split(n).join(' '), statements));
  for (const [i, clause] of clauses.slice(1).entries()) {
    // "Need" touches nothing: "no translation is needed" does not answer "does it need a stamp?".
    const words = later[i]!.filter((w) => !MODAL.test(w));
    const said = normalize(clause);
    // «Мне просто ждать? Или что-то самой делать?»: the other side of the first question, answered
    // by the yes or no that opens the reply («Да, просто ждите»).
    if (/^(?:или|or)\s/u.test(said) && opensWithAnswer) continue;
    // "… and how long will it take?" is answered by a time, whatever its words; with none, it is open.
    // After "have you received …?" a time may be the first answer's ("it arrived this morning").
    if (WHEN_QUESTION.test(said) && !RHETORICAL.test(said)) {
      const timed = ASKS_WHAT_HAPPENED.test(firstSaid)
        ? timeBeyondFirst(replyText, first)
        : TIME_GIVEN.test(replyText);
      if (timed || turnsToPoint) continue;
      return clause.replace(LEADING_AND, '');
    }
    // One content word is enough for "and what about my freezer?", «будет ли доплата?» or «и
    // медсправка нужна?».
    if (
      words.length <
      (TOPIC_QUESTION.test(said) || YES_NO_QUESTION.test(clause) || NEED_QUESTION.test(clause)
        ? 1
        : 2)
    )
      continue;
    if (RHETORICAL.test(said)) continue;
    // A yes or a "you can" answers a later question only when the first one, if it is of the same
    // kind or any question not asked with "what", "how" and the like, has one of its own ("Yes,
    // I've extended it. And yes, the rate stays the same."; «Добрый день! Конечно, счёт выставим …»
    // answers the request for the invoice, not also «можем ли мы оплатить с отсрочкой?»).
    if (
      KINDS.some(
        ([asked, said]) =>
          asked.test(clause) &&
          // Statements only: "Is there anything else I can help with?" answers nothing.
          count(said, statements) >
            ((asked.test(clauses[0]!) || !WH_WORD.test(firstSaid)) &&
            (opensWith(said, statements) || saidOfFirst(said))
              ? 1
              : 0),
      )
    )
      continue;
    // "Will it cost anything?", «это платно?» is answered by an amount or by "free", unless the
    // first question asked about money too and there is only one.
    // An amount the customer gave themselves ("the £2,000 deposit") answers nothing.
    if (
      (COST_QUESTION.test(said) || HOW_MUCH.test(said)) &&
      count(COST_ANSWER, withoutTheirAmounts()) > (COST_QUESTION.test(firstSaid) ? 1 : 0)
    )
      continue;
    if (turnsToPoint) continue;
    // "… by Friday?" is answered by a day or a time.
    if (
      /(?<![\p{L}])(?:by|before|until|till|до|к)\s/u.test(said) &&
      TIME_GIVEN.test(said) &&
      TIME_GIVEN.test(replyText)
    )
      continue;
    // The question's own verb (its first content word: "how do I *cancel* the monthly payments",
    // «как *отключить* …»), when the first question does not have it, counts twice.
    const own = (w: string) =>
      w === words[0] && !first.has(w) && ![...first].some((f) => sameWord(f, w));
    const shared = words.reduce((n, w) => n + (touches(w) ? (own(w) ? 2 : 1) : 0), 0);
    if (shared < (words.length >= 4 ? 2 : 1)) return clause.replace(LEADING_AND, '');
  }
  return null;
}

/**
 * The reply asks something back ("which model is it?"), which may be needed before an answer; an
 * offer ("Shall I book you in?", «Записать вас?») is not such a question.
 */
function asksBack(replyText: string): boolean {
  if (!replyText.includes('?')) return false;
  return (replyText.match(/(?<=^|[.!?])[^.!?]*\?/g) ?? []).some(
    (q) => !OFFER_QUESTION.test(normalize(q)),
  );
}

/** "… or not?", «… или нет?» closing a question. */
const OR_NOT = /,?\s*(?:or not|или нет)\s*$/iu;
/** A condition opening a question: "If I cancel now, …", «Если я отменю подписку сейчас, …». */
const CONDITION_FIRST = /^(?:(?:and|и|а)\s+)?(?:if|если)(?![\p{L}])[^,]*,\s*/iu;

/**
 * The reply opens with an answer to `clause`: a yes or a no, or an answer of its kind ("you can" to
 * "can I …?", "no need" to "do I need to …?"), or it asks something back.
 */
function answersAtOnce(replyText: string, clause: string, opensWithAnswer: boolean): boolean {
  return (
    opensWith(YES_NO_ANSWER, replyText) ||
    KINDS.some(([asked, said]) => asked.test(clause) && opensWith(said, replyText)) ||
    opensWithAnswer ||
    asksBack(replyText)
  );
}

/**
 * A time in the reply that answers "when?". When the customer quotes the time they were given
 * ("After 3, what time exactly?", «После 15 — это во сколько?»), that time said again («сегодня
 * после 15:00») narrows nothing: only a time the earlier message did not have counts.
 */
let TIMES_GIVEN: RegExp | undefined;
function newTime(replyText: string, customer: string, earlier: string | undefined): boolean {
  // "What time …?", «во сколько …?» asks for the hour: the day alone ("on Wednesday") is no answer.
  // Nor is the hour said before ("after 3pm — so what time?").
  const asked = normalize(customer);
  if (WHAT_TIME.test(asked)) {
    const said = asked + ' ' + normalize(earlier ?? '');
    return [...normalize(replyText).matchAll((CLOCKS ??= new RegExp(CLOCK.source, 'giu')))].some(
      (m) => !said.includes(m[0]),
    );
  }
  const quoted =
    earlier !== undefined &&
    (customer.match(/\d+/g) ?? []).some((n) => new RegExp(`(?<!\\d)${n}(?!\\d)`).test(earlier));
  if (!quoted) return TIME_GIVEN.test(replyText);
  const before = normalize(earlier);
  return [...replyText.matchAll((TIMES_GIVEN ??= new RegExp(TIME_GIVEN.source, 'giu')))].some(
    (m) => !before.includes(normalize(m[0])),
  );
}

/** A question for the hour of the day: "what time …?", «во сколько …?», «в какое время …?». */
const WHAT_TIME =
  /(?<![\p{L}])(?:what time|at what time|во сколько(?! обойд)|в какое время|в котором часу)(?![\p{L}])/iu;
/** An hour or a part of the day: "10:30", "2pm", "at 9", "between 10 and 2", "in the morning", «утром», «с 9 до 13». */
const CLOCK =
  /\d{1,2}[:.]\d{2}|\d{1,2}\s*(?:am|pm)(?![\p{L}])|(?<![\p{L}])(?:at|в|к) \d{1,2}(?:\s*(?:o'clock|час\p{L}*|утра|вечера))?(?=[\s.,!?;)]|$)(?!\s+(?:days?|weeks?|months?|years?|hours?|minutes?|times|people|percent|раз\p{L}*|дн\p{L}*|недел\p{L}*|месяц\p{L}*|год\p{L}*|лет|процент\p{L}*|минут\p{L}*))|(?<![\p{L}])(?:between|from|с) \d{1,2} (?:and|to|до) \d{1,2}(?!\d)|\d+-hour (?:window|slot)|(?<![\p{L}])(?:morning|afternoon|evening|noon|midday|утр(?:ом|а)|дн[её]м|вечер(?:ом|а)|до обеда|после обеда|в обед)(?![\p{L}])/iu;
let CLOCKS: RegExp | undefined;

/** The reply opens with the answer ("Yes, …", «Да, …»): that one is the first question's. */
function opensWith(pattern: RegExp, text: string): boolean {
  return pattern.exec(text.trimStart().replace(GREETING_FIRST, ''))?.index === 0;
}

/** A greeting said before the answer ("Hello! Yes, …", «Добрый день! Конечно, …»). */
const GREETING_FIRST =
  /^(?:добрый (?:день|вечер)|доброе утро|здравствуйте|hello|hi|good (?:morning|afternoon|evening))[^.!?]*[.!]\s*/iu;

/**
 * A time in a sentence of the reply that is not about the first question (none of its words):
 * "arrived this morning" answers "have you received …?", not "when will it be ready?".
 */
function timeBeyondFirst(replyText: string, first: ReadonlySet<string>): boolean {
  return sentenceTexts(replyText).some(
    (sentence) =>
      TIME_GIVEN.test(sentence) &&
      !tokenize(sentence).some((t) => [...first].some((f) => sameWord(t.stem, f))),
  );
}

/** "… manual or automatic", «… на Садовой или на Мира»: the two words either side of "or". */
const ALTERNATIVE =
  /(?<![\p{L}])(\p{L}{4,}),? (?:or|или) (?!not(?![\p{L}])|нет(?![\p{L}])|something|anything|что-то|что-нибудь)(?:[\p{L}'’ -]*? )?(\p{L}{4,})(?![\p{L}])(?=[^\p{L}]*$)/u;

/** "Both", "either", "neither", «оба», «и то и другое»: an answer to an either-or question. */
const EITHER_SIDE =
  /(?<![\p{L}])(?:both|either|neither|оба|обе|обоих|и то,? и другое|ни то,? ни другое)(?![\p{L}])/iu;

/** A first question about what has happened ("Have you received …?", «Вы получили …?»). */
const ASKS_WHAT_HAPPENED =
  /^(?:(?:and|и|а)\s+)?(?:have|has|did|was|were|вы получили|получили|пришл\p{L}*|дошл\p{L}*|был|была|было)(?![\p{L}])/iu;

/** A cry rather than a question ("what am I supposed to live on?", «на что мне жить?»). */
const RHETORICAL =
  /\b(?:what am i supposed to (?:do|live on|eat)|how am i supposed to (?:live|pay|manage|cope)|what (?:exactly )?am i paying (?:[^?]{0,40} )?for)\b|(?<![\p{L}])(?:на что (?:мне|нам) (?:жить|есть|кормить)|как (?:мне|нам) (?:теперь )?жить)(?![\p{L}])/iu;

/** "Yes to both", «да, и то и другое»: every question answered at once. */
const BOTH_ANSWERED =
  /(?<![\p{L}])(?:(?:yes|no),? to (?:both|all (?:three|of them))|both (?:are|is) (?:fine|possible|done|sorted)|(?:да|нет),? (?:и то,? и другое|на оба вопроса|оба варианта))(?![\p{L}])/iu;

/** "The difference between X and Y", «чем отличается X от Y», «разница между X и Y». */
const DIFFERENCE =
  /(?<![\p{L}])(?:difference between|differences between) ([\p{L}-]+(?: [\p{L}-]+)?) and ([\p{L}-]+(?: [\p{L}-]+)?)|(?<![\p{L}])(?:чем отлича\p{L}*|разниц\p{L}* между) ([\p{L}-]+) (?:от|и) ([\p{L}-]+)/u;

/** English irregular verb forms, as stems, to their base's stem ("found" answers "find"). */
const IRREGULAR = new Map(
  Object.entries({
    found: 'find',
    sent: 'send',
    paid: 'pay',
    bought: 'buy',
    made: 'make',
    took: 'take',
    taken: 'take',
    gave: 'give',
    given: 'give',
    got: 'get',
    gotten: 'get',
    kept: 'keep',
    left: 'leave',
    brought: 'bring',
    told: 'tell',
    said: 'say',
    spoke: 'speak',
    spoken: 'speak',
    went: 'go',
    gone: 'go',
    came: 'come',
    did: 'do',
    done: 'do',
    saw: 'see',
    seen: 'see',
    wrote: 'write',
    written: 'write',
    chose: 'choose',
    chosen: 'choose',
    held: 'hold',
    met: 'meet',
    ran: 'run',
    lost: 'lose',
    sold: 'sell',
    built: 'build',
    caught: 'catch',
    thought: 'think',
    felt: 'feel',
    meant: 'mean',
    heard: 'hear',
    understood: 'understand',
    fell: 'fall',
    fallen: 'fall',
    broke: 'break',
    broken: 'break',
    forgot: 'forget',
    forgotten: 'forget',
    froze: 'freeze',
    frozen: 'freeze',
    stole: 'steal',
    stolen: 'steal',
    drove: 'drive',
    driven: 'drive',
    flew: 'fly',
    flown: 'fly',
    began: 'begin',
    begun: 'begin',
  }).map(([form, base]) => [stemWord(form), stemWord(base)]),
);
const lemma = (stem: string) => IRREGULAR.get(stem) ?? stem;

/** A request put to the agent: «уберите, пожалуйста, лук», "please remove the onions". */
const REQUEST =
  /(?<![\p{L}])(?:please (?:remove|add|change|cancel|send|move|update|book|refund|replace|call|take off|leave out)|(?:уберите|добавьте|поменяйте|измените|отмените|пришлите|отправьте|перенесите|замените|верните|перезвоните|исключите)(?:,? пожалуйста)?)(?![\p{L}])/iu;

/** A question put as a statement: "I'm asking whether …", "I'd like to know when …", «хочу узнать, можно ли …». */
export const INDIRECT_QUESTION =
  /(?<![\p{L}])(?:i'm asking|i am asking|i asked|(?:i )?(?:want|need) to know(?: \p{L}+)?|i'd like to know|i would like to know|i was wondering|i'm wondering|wondering) (?:whether|if|when|why|how|what|where|who|which)(?![\p{L}])|(?<![\p{L}])(?:i )?(?:don't|do not|can't|cannot) (?:understand|figure out|work out|tell) (?:how|where|what|why|whether|if|which|when)(?![\p{L}])|(?<![\p{L}])(?:я )?(?:спрашиваю|спрашивала|спрашивал|хочу узнать|хотела узнать|хотел узнать|хочу понять|хочу уточнить|интересует|не понимаю|не поняла|не понял|не могу понять|не могу разобраться|не разберусь),? (?:будет ли|можно ли|нужно ли|надо ли|есть ли|когда|как|почему|зачем|сколько|что|где|кто|какой|какая|какие|куда)(?![\p{L}])/iu;
/** A question word that asks for something other than yes or no. */
const WH_WORD =
  /(?<![\p{L}])(?:what|when|where|which|who|whom|whose|why|how|что|чем|чего|когда|где|куда|откуда|какой|какая|какое|какие|каков\p{L}*|как|кто|почему|зачем|сколько)(?![\p{L}])/iu;
const INDIRECT_FRAME = new RegExp(INDIRECT_QUESTION.source, 'giu');
/** A question about when ("when …?", "how long …?", «когда …?», «в какие сроки …?»). */
const WHEN_QUESTION =
  /(?<![\p{L}])(?:when|how long|how soon|how often|by when|what time|when's|когда|как долго|как часто|через сколько|(?:какой|каков|какие) (?:срок|сроки)|во сколько(?! обойд)|сколько (?:ждать|(?:по )?времени|дней|(?:это |он |она |оно |они )?(?:займет|займут|продлится)|(?:\p{L}+ )?(?:сохнет|сушится|делается|длится|идет|едет|сохнут|делаются))|за сколько (?:дней|времени|часов)|в какие сроки|к какому числу|какого числа)(?![\p{L}])/iu;
/** A time given: a date, a day, an hour or a span ("by 15 November", "within 3 days", «до 22 ноября»). */
const TIME_GIVEN =
  /(?<![\p{L}])(?:\d{1,2}-(?:го|е|ое|ого)|(?:the )?\d{1,2}(?:st|nd|rd|th)|today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|next week|end of (?:the )?(?:day|week|month)|half an hour|an hour(?: and a half)?|a (?:day|week|month)|полчаса|полтора часа|(?:once|twice|\d+ times) (?:a|per) (?:year|month|week|day)|every (?:\d+|two|three|four|five|six|ten|twelve|other) (?:years?|months?|weeks?|days?)|раз в (?:\p{L}+ )?(?:год|месяц|неделю|сутки|квартал|полгода)|(?:через |на |за )?сутки|суток|полутора час\p{L}*|(?:около |за |в течение )?часа|(?:one|two|three|four|five|six|seven|ten|a few|a couple of) (?:clear |full |calendar )?(?:working |business )?(?:minutes?|hours?|days?|weeks?)|сегодня|завтра|послезавтра|понедельник\p{L}?|вторник\p{L}?|сред[уаы]|четверг\p{L}?|пятниц[уаы]|суббот[уаы]|воскресень[ея]|к (?:утру|вечеру|обеду)|до конца (?:дня|недели|месяца)|(?:одн(?:ого|ой)|двух|тр[её]х|четыр[её]х|пяти|семи|десяти|нескольких) (?:рабочих |календарных )?(?:дн\p{L}*|час\p{L}*|недел\p{L}*|минут\p{L}*)|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)(?![\p{L}])|\d+\s*(?:[-–]\s*\d+\s*)?-?(?:clear |full |calendar |полных )?(?:working |business |рабочих |календарных )?(?:minutes?|hours?|days?|weeks?|months?|years?|лет|год\p{L}*|мин\p{L}*|час\p{L}*|дн\p{L}*|день|недел\p{L}*|месяц\p{L}*|числа)(?![\p{L}])|\d{1,2}[:.]\d{2}|\d{1,2}\s*(?:am|pm)(?![\p{L}])/iu;
