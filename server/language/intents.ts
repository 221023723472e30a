/**
 * Built-in intents, both languages. Patterns run on normalised text (lower case, `ё`→`е`), where
 * `\b` means a Unicode word boundary (so it works for Cyrillic too).
 */
import { spansOf } from './guard';
import { normalize } from './text';
import { compilePatterns, hasCyrillic, hasLatin, scriptOf } from './patterns';
import type { Span } from './phrases';

/** Our side as owner («наша», «моей»): self-criticism that is ownership, not blame. */
const OURS =
  'наш|наша|наше|наши|нашей|нашу|нашего|наших|нашим|мой|моя|мое|мою|моей|моего|моих|моим';

export const BUILTIN_INTENTS = [
  'greeting',
  'empathy',
  'apology',
  'thanks',
  'question',
  'solution',
  'anything_else',
  'farewell',
  'blame',
  'dismissive',
] as const;
export type BuiltinIntent = (typeof BUILTIN_INTENTS)[number];

export function isBuiltinIntent(name: string): name is BuiltinIntent {
  return (BUILTIN_INTENTS as readonly string[]).includes(name);
}

/** Russian first-person verbs of doing something for the customer, as stems with their endings. */
const RU_DONE_STEMS = [
  'оформи',
  'отправи',
  'переда',
  'созда',
  'зарегистрирова',
  'провери',
  'исправи',
  'верну',
  'начисли',
  'отмени',
  'замени',
  'забронирова',
  'зарезервирова',
  'зафиксирова',
  'направи',
  'запроси',
  'подключи',
  'восстанови',
  'разблокирова',
  'сбросил',
  'добави',
  'ускори',
  'организова',
  'согласова',
  'эскалирова',
  'уточни',
  'выясни',
  'перевыпусти',
  'пересчита',
  'компенсирова',
  'связа',
  'написа',
  'позвони',
  'перезвони',
  'постави',
  'запусти',
  'включи',
  'отключи',
  'записа',
  'активирова',
  'вызва',
  'приостанови',
  'заморози',
  'оставил',
  'завел',
  'подготови',
  'выслал',
  'прислал',
  'продлил',
  'перенес',
  'отложи',
  'сня',
  'убра',
  'удали',
  'обнови',
  'измени',
  'одобри',
  'подтверди',
  'примени',
  'поменя',
  'закрепи',
];
// «Я это уже написал выше» points back at an earlier message: nothing is done by it.
const RU_DONE = `\\b(?:(?:${RU_DONE_STEMS.map((s) => s.replace(/л$/, '')).join('|')})л(?:а|и)?(?:сь)?|(?:перенес|привез|довез|отвез|принес|отнес)(?:ла|ли)?)\\b(?! выше\\b)`;

/**
 * Short participles of a thing done for the customer: «возврат оформлен», «подписка отменена»,
 * «блокировка снята».
 */
const RU_DONE_PARTICIPLES = [
  'оформлен',
  'отменен',
  'снят',
  'перенесен',
  'отправлен',
  'возвращен',
  'зачислен',
  'начислен',
  'исправлен',
  'заменен',
  'подключен',
  'отключен',
  'восстановлен',
  'разблокирован',
  'забронирован',
  'зарезервирован',
  'продлен',
  'создан',
  'зарегистрирован',
  'одобрен',
  'подтвержден',
  'выполнен',
  'отложен',
  'сброшен',
  'перевыпущен',
  'обновлен',
  'изменен',
  'добавлен',
  'применен',
  'приостановлен',
  'заморожен',
  'отправлены',
  'подан',
  'выдан',
  'принят',
  'согласован',
  'вызван',
];

/**
 * Announcing the end of the chat ("I'll close this chat now", «закрываю чат»): a sign-off (a
 * farewell), never a commitment. The scoring lexicons use the same patterns.
 */
/**
 * «Я же вам писала», «я уже говорила»: the agent pointing at what they said before. «Я уже
 * написала Никите в чат» (to someone, somewhere) is something done, not that.
 */
export const SAID_ALREADY_RU =
  // Not «Учителю я уже написал»: written to someone else, named first.
  '(?<!\\p{L}{3}(?:у|ю|ам|ям|ому|ему|ой|ей)\\s)\\bя (?:вам )?(?:же|уже) (?:вам )?(?:же |уже )?(?:сказал|сказала|говорил|говорила|объяснил|объяснила|писал|писала|написал|написала|объяснял|объясняла)\\b(?!\\s+(?!(?:вам|выше|ранее|раньше|же|уже|вчера|что|об этом|это|про|все)\\b)(?:\\p{L}+(?:у|е|ю|ам|ям|ому|ему|ей|ой)|(?:в|во|на) (?!(?:предыдущ|прошл|перв|начал|сообщени|письм|ответ)\\p{L}*)\\p{L}+|ему|ей|им)\\b)';

export const CLOSE_CHAT = {
  en: [
    "\\bi(?:'ll| will|'m going to| am going to|'m| am) (?:now |just )?(?:go ahead and )?(?:close|end|closing|ending) (?:this|the|our|your) (?:chat|conversation|ticket|case|request)\\b",
    '\\b(?:this|the|your) (?:ticket|case|chat|request) (?:is|has been|will be) (?:now )?closed\\b',
    // "This chat will now close", "closing the chat now".
    '\\b(?:this|the|our) (?:chat|conversation) (?:will|is going to|is about to) (?:now )?(?:close|end)\\b',
    '\\bclosing (?:this|the|our) (?:chat|conversation)(?: now)?\\b',
  ],
  ru: [
    // Not «не закрываю чат, пока билет не оформлен»: that keeps it open.
    '\\b(?:я )?(?:закрываю|завершаю|закрою|завершу)(?<!\\bне \\p{L}+) (?:этот |наш |данный |ваш |вашу )?(?:чат|диалог|обращение|переписку|разговор|заявку)\\b',
    '\\b(?:ваше |ваша |данное |этот |наш )?(?:обращение|заявка|чат|диалог) (?:(?:сейчас |сейчас же |тогда )?(?:будет|будут) )?(?:закрыт\\p{L}*|завершен\\p{L}*)(?=\\s*[.!]|\\s*$)',
  ],
} as const;
const CLOSE_CHAT_ALL = [...CLOSE_CHAT.en, ...CLOSE_CHAT.ru];

const RU_WILL = [
  'оформлю',
  'проверю',
  'отправлю',
  'передам',
  'уточню',
  'посмотрю',
  'исправлю',
  'сделаю',
  'верну',
  'напишу',
  'свяжусь',
  'перезвоню',
  'позвоню',
  'закажу',
  'забронирую',
  'зарезервирую',
  'зафиксирую',
  'узнаю',
  'выясню',
  'запрошу',
  'направлю',
  'подключу',
  'организую',
  'ускорю',
  'начислю',
  'компенсирую',
  'отменю',
  'заменю',
  'пересчитаю',
  'перевыпущу',
  'восстановлю',
  'разблокирую',
  'сброшу',
  'добавлю',
  'создам',
  'заведу',
  'подготовлю',
  'вышлю',
  'пришлю',
  'помогу',
  'решу',
  'прослежу',
  'проконтролирую',
  'договорюсь',
  'согласую',
  'эскалирую',
  'зарегистрирую',
  'продлю',
  'перенесу',
  'поменяю',
  'доставлю',
  'оформим',
  'проверим',
  'отправим',
  'передадим',
  'вернем',
  'сделаем',
  'компенсируем',
  'заменим',
  'исправим',
  'начислим',
  'доставим',
  'привезем',
  'перезвоним',
  'свяжемся',
  'решим',
  'отменим',
  'пришлем',
  'вышлем',
  'организуем',
  'ускорим',
  'пересчитаем',
  'восстановим',
  'продлим',
  'перенесем',
  'поменяем',
  'отправляю',
  'оформляю',
  'передаю',
  'проверяю',
  'возвращаю',
  'записываю',
  'ставлю',
  'бронирую',
  'создаю',
  'подключаю',
  'вызываю',
  'направляю',
  'начисляю',
  'отменяю',
  'исправляю',
  'заказываю',
  'регистрирую',
  'забронируем',
  'зарезервируем',
  'закажем',
  'разберемся',
  'разберусь',
  'подберу',
  'подберем',
  'сообщу',
  'сообщим',
  'уведомлю',
  'уведомим',
  'предупрежу',
  'предупредим',
  'отложу',
  'отложим',
  'сниму',
  'снимем',
  'уменьшу',
  'уменьшим',
  'снижу',
  'снизим',
  'обменяю',
  'обменяем',
  'разблокируем',
  'подключим',
  'включу',
  'включим',
  'отключу',
  'отключим',
  'запишу',
  'запишем',
  'напомню',
  'напомним',
  'обновлю',
  'обновим',
  'проконтролируем',
];

export const PATTERNS: Record<BuiltinIntent, readonly string[]> = {
  greeting: [
    '\\b(?:hello|hi|hey|greetings|good (?:morning|afternoon|evening|day))\\b',
    '\\bmy name is\\b',
    '\\bthis is \\p{L}+ (?:from|with|at)\\b',
    '\\bwelcome to\\b',
    '\\bздравствуйте\\b',
    '\\bдобр(?:ый|ое|ого|ой) (?:день|утро|вечер|времени|ночи|дня)\\b',
    '\\bприветствую\\b',
    '\\bпривет\\b',
    '\\bменя зовут\\b',
  ],
  empathy: [
    // "It's easy to get confused", «тут правда легко запутаться»: the confusion is normal.
    "\\b(?:it's|it is|that's|that is) (?:really |very |so )?easy to (?:get confused|get mixed up|mix (?:them|these|those|it) up)\\b",
    '\\b(?:тут|здесь|в этом) (?:правда |действительно |очень )?легко (?:запутаться|ошибиться|перепутать)\\b',
    // A worry made normal: "not a silly question at all", "lots of people feel nervous before their
    // first session", «совсем не глупый вопрос», «многие волнуются перед первым сеансом».
    "\\b(?:not a (?:silly|stupid|daft|dumb) question|(?:lots of|many|most) (?:people|clients|customers|patients) (?:feel|get|are) (?:nervous|anxious|worried|scared)|it's (?:completely |perfectly |totally )?(?:normal|natural|understandable) to (?:feel|be|get) (?:nervous|anxious|worried|scared))\\b",
    '\\b(?:(?:совсем|вовсе|абсолютно) не глупый вопрос|вопросы (?:совсем |вовсе |абсолютно )?не глупые|(?:многие|большинство) (?:клиентов |клиенток |пациентов )?(?:волнуются|переживают|боятся|беспокоятся|нервничают)|(?:это )?(?:нормально|естественно|понятно) (?:волноваться|переживать|бояться|беспокоиться))\\b',
    // «Хорошо, что вы целы», «за 640 тысяч вы вправе ждать ровный фасад».
    '\\bхорошо,? что (?:вы|вы сами|все|никто) (?:целы|не пострадали|не пострадал|обошлось|в порядке)\\b',
    '\\bвы (?:вправе|имеете право) (?:ждать|ожидать|рассчитывать на)\\b',
    // «Такие вопросы задают почти все»: the worry made normal.
    '\\b(?:такие|эти|подобные) вопросы (?:задают|задает) (?:почти |практически )?(?:все|многие|каждый)\\b',
    // «На терминале спотыкаются почти все новички»: the stumble made normal.
    '\\b(?:спотыкаются|путаются|застревают|ошибаются|теряются|запутываются) (?:на этом |здесь |тут )?(?:почти |практически |поначалу )?все (?:новички|начинающие|ученики|студенты|новые (?:ученики|клиенты|пользователи))\\b',
    '\\b(?:почти |практически )?все (?:новички|начинающие) (?:поначалу |сначала |здесь |тут )?(?:спотыкаются|путаются|застревают|ошибаются|теряются|запутываются)\\b',
    // A feeling named as natural: "it's completely natural to feel like this", «совершенно
    // естественно так переживать», «это нормально, что вы так себя чувствуете».
    "\\b(?:it's|it is|that's|that is) (?:completely |perfectly |totally |only |entirely )?(?:normal|natural|understandable) to feel (?:like (?:this|that)|this way|that way|upset|so upset|sad|angry|frustrated|overwhelmed|lost)\\b",
    '\\b(?:это )?(?:совершенно |абсолютно |вполне )?(?:нормально|естественно|понятно),? (?:что вы так (?:себя чувствуете|переживаете|расстроены)|так (?:себя чувствовать|переживать|расстраиваться))\\b',
    // To a customer who apologises for themself or feels foolish: "please don't apologise", "you're
    // not a nuisance at all", "it doesn't sound silly", "that box catches lots of people out", "lots
    // of people are in exactly the same position"; «не извиняйтесь», «вы нас не отвлекаете», «дело
    // не в вас», «бояться удаления — нормально», «хорошо, что вы сказали».
    "\\b(?:(?:please )?don't (?:apologi[sz]e|be sorry)|you(?:'re| are) (?:not|never) (?:a |being a )?(?:nuisance|bother|burden|pain)|you(?:'re| are) not bothering (?:me|us)|(?:it|that) (?:doesn't|does not) (?:sound|seem) (?:silly|stupid|daft|dumb)|catches (?:lots of|a lot of|many|plenty of|loads of) people out|(?:lots of|many|most|plenty of) (?:our )?(?:people|clients|customers|patients) (?:feel|are) (?:exactly )?(?:the same|in (?:exactly )?the same (?:position|boat)))\\b",
    '\\b(?:не извиняйтесь|извиняться (?:не за что|не нужно|не надо)|вы (?:нас |меня )?(?:совсем |нисколько |ничуть )?не (?:беспокоите|отвлекаете|надоедаете)|дело не в вас|хорошо,? что вы (?:сказали|написали|предупредили|рассказали)|(?:бояться|волноваться|переживать|нервничать)[^.!?]{0,40}(?:—|–|-)\\s*(?:это )?(?:совершенно |абсолютно |вполне )?(?:нормально|естественно))\\b',
    // A wish for the customer's health: "get well soon", «скорейшего выздоровления», «поправляйтесь».
    '\\b(?:get well soon|(?:wishing you )?a (?:speedy|quick|full) recovery|hope you feel better soon)\\b',
    '\\b(?:скорейшего (?:вам )?выздоровления|выздоравливайте|поправляйтесь|здоровья (?:вам|вашей|вашему))\\b',
    '\\bi (?:completely |totally |fully |really |absolutely |do |can |can fully |can certainly )?understand\\b',
    '\\bi hear you\\b',
    // The customer's complaint that they were not read, owned: "You did say that, sorry", "you
    // did tell us", "you're right, you did mention it".
    "(?:^|[.!?]\\s+|\\byou're right,? )you did (?:say (?:that|so|it)|tell (?:us|me)(?: that| so)?|mention (?:it|that)|write (?:that|it))\\b",
    // "… and for how that call left you feeling".
    '\\bhow (?:it|that|this|(?:the|that|this|our) \\p{L}+) (?:left|made) you feel(?:ing)?\\b',
    // "You shouldn't have to ask again", "12 days is far too long".
    "\\byou (?:shouldn't|should not|should never) (?:have|need) to (?:ask|chase|call|wait|repeat|explain|write|keep)\\b",
    "\\b(?:\\d+ (?:days|weeks|hours|months)|that|this|it)(?:'s| is| was) (?:far|much|way|simply|just) too long\\b",
    // "Four days at 12 degrees isn't ok", "that wasn't acceptable" (not "it's not OK to shout at …").
    "\\b(?:\\d+|two|three|four|five|six|seven|ten) (?:days|weeks|hours|nights|months)\\b[^.!?]{0,30}\\b(?:isn't|is not|wasn't|was not) (?:ok|okay|acceptable|right)\\b(?! to\\b)",
    "\\b(?:that|this)(?:'s| is| was) not (?:ok|okay|acceptable)\\b(?! to\\b)|\\b(?:that|this) (?:isn't|wasn't) (?:ok|okay|acceptable)\\b(?! to\\b)",
    // "It should have been treated as urgent after the first one".
    '\\b(?:it|this|that|your (?:\\p{L}+ )?(?:report|request|complaint|case|claim|ticket)) should have been (?:treated|handled|dealt with|flagged|sorted|fixed|escalated)\\b',
    // "That's not how it should have gone".
    "\\b(?:that's|that is|this is|it's|it is|that was|this was) not how (?:it|this|things|that) (?:should|was supposed to|ought to|were supposed to) (?:have gone|go|work|be|have been|have happened|happen)\\b",
    // "I can hear how worrying this is with a baby at home".
    '\\bi (?:can )?hear (?:how|just how) (?:\\p{L}+ )?(?:worrying|stressful|frightening|scary|upsetting|hard|difficult|frustrating|awful|exhausting|worried|upset|stressed|frustrated|angry|fed up)\\b',
    // Not an offer or a question: "Shall I get that sorted for you?", "Can I see what's left?",
    // "I'll get it booked" (a thing got done, not a feeling understood).
    '(?<!\\b(?:shall|can|could|should|will|would|may|might|to|let me|do) )\\bi (?:can )?(?:see|get|know) (?:why|how|that|what)\\b(?! (?:sorted|done|fixed|set up|booked|arranged|changed|sent|cancell?ed|moving|ready|over to|back to|out to|through|in the post|checked|looked at|replaced|refunded|processed)\\b)',
    '(?<!\\b(?:shall|can|could|should|will|would|may|might|to|let me|do) )\\bi (?:totally |completely |really )?get it\\b(?! (?:sorted|done|fixed|set up|booked|arranged|changed|sent|cancell?ed|moving|ready|over to|back to|out to|through|in the post|checked|looked at|replaced|refunded|processed)\\b)',
    '\\bi (?:can )?(?:only )?imagine\\b',
    "\\bi(?:'d| would) (?:feel|be) (?:the same|upset|frustrated|annoyed|angry|worried|disappointed)\\b",
    // "I'd be fed up too", «я бы тоже была в бешенстве», «злиться вы имеете полное право».
    "\\bi(?:'d| would) (?:be|feel|have been) (?:just as |so |really |pretty )?(?:fed up|furious|livid|cross|fuming|stressed|panicking|upset|frustrated|annoyed|angry|worried)(?: too| as well)?\\b",
    '\\bя бы (?:тоже |и сам\\p{L}* |на вашем месте )*(?:был\\p{L}* )?(?:в бешенстве|в ярости|злил\\p{L}*|расстроил\\p{L}*|возмутил\\p{L}*|нервничал\\p{L}*|переживал\\p{L}*|разозлил\\p{L}*|волновал\\p{L}*)',
    '\\b(?:злиться|возмущаться|расстраиваться|сердиться) (?:вы )?(?:имеете (?:полное |все )?право|вправе|можете)\\b',
    "\\b(?:that|this|it|which)(?:'s| is| must| would| can| does| sounds?| seems?| has)(?: been| be| have been| feel| sound)? (?:so |really |very |incredibly |truly |extremely |deeply |genuinely |a bit |quite )?(?:frustrating|annoying|stressful|upsetting|disappointing|worrying|inconvenient|awful|terrible|difficult|hard|unpleasant|infuriating|exhausting|maddening|irritating|frightening|scary|alarming|distressing|unsettling|nerve-wracking|confusing|not ok|not okay|unacceptable|not acceptable)\\b(?! to\\b)",
    '\\b(?:how|so|very|really|what a) (?:frustrating|annoying|stressful|upsetting|disappointing|infuriating)\\b',
    // "That's a frightening thing to see", "such a stressful week".
    "\\b(?:that|this|it)(?:'s| is| must be| sounds| was| has been) (?:a |an |such a )(?:\\p{L}+ )?(?:frightening|scary|stressful|worrying|horrible|awful|terrible|difficult|hard|upsetting|distressing|frustrating|miserable|rough|tough|painful|sad|long) (?:thing|time|situation|experience|position|spot|moment|day|week|start|wait)\\b",
    '\\byou were (?:absolutely |completely |quite )?right (?:to|that)\\b',
    '\\bwould (?:annoy|upset|frustrate|worry|anger|infuriate|shock|alarm|panic|scare|rattle) anyone\\b',
    // "It shouldn't have been left there", «без осмотра никто не должен был так говорить», «в пятницу
    // должны были позвонить и не позвонили».
    "\\b(?:it|that|this|the parcel|the box|they|he|she) (?:shouldn't|should not|should never) have been (?:left|sent|done|charged|missed|cancelled|said|treated)\\b",
    '\\bне (?:должен|должна|должны) был\\p{L}* (?:так )?(?:говорить|сказать|писать|поступать|разговаривать)\\b',
    // «…значит, сбой на нашей стороне, а не ваша ошибка», "Two wasted days off is on us, not you".
    '\\bа не ваша (?:ошибка|вина)\\b',
    "\\b(?:is|was|'s) on us,? not (?:on )?you\\b",
    '\\b(?:должны были|обещали)[^.!?]{0,40}\\bи не (?:позвонил|перезвонил|написал|сообщил|предупредил|приехал|пришл)\\p{L}*',
    '\\b(?:can be|are|is) (?:really |quite |very )?confusing\\b',
    '\\banyone would be (?:annoyed|upset|frustrated|worried|angry|fed up)\\b',
    '\\bвижу,? (?:как|что) (?:вы|вам|сильно) (?:\\p{L}+ )?(?:переживаете|волнуетесь|расстроены|расстроились|злитесь|устали|тяжело|неприятно)\\b',
    // "Ten days of waiting with that on your mind is hard."
    '\\b(?:is|must be|sounds|has been|was) (?:so |really |very |incredibly |genuinely )?(?:hard|tough|difficult|frightening|scary|worrying|exhausting|awful|horrible|painful)(?=\\s*[.!]|\\s*$|,\\s*(?:especially|particularly|above all|and|when))',
    // Taking up the customer's confusion: "let me put it more simply", «давайте проще», «объясню
    // простыми словами» (not "slowly this time", which talks down).
    '\\blet me (?:put|explain|say) (?:it|that|this) (?:more simply|in plain (?:english|words)|another way|differently)\\b',
    '\\bдавайте (?:я )?(?:объясню |скажу |посчитаю )?(?:проще|по-простому|простыми словами|по-другому|иначе)\\b',
    // "Six since February is hard going", "makes a no hurt more".
    '\\b(?:is|must be|sounds|has been|was) (?:so |really |very |pretty )?hard going\\b',
    '\\b(?:makes?|made) (?:it|that|this|a no|the news|the rejection) (?:hurt|sting)\\b',
    // "That must be really hard to hear from so far away".
    '\\b(?:must be|is|sounds|was) (?:so |really |very |incredibly )?(?:hard|tough|difficult|awful|horrible|painful|worrying|upsetting) (?:to (?:hear|see|read|deal with|find out|take in)|for you)\\b',
    '\\bsorry (?:about|for) your (?:loss|dad|mum|mom|father|mother|husband|wife|partner|son|daughter|grandmother|grandfather|gran|grandad|brother|sister|friend|pet|dog|cat)\\b',
    '\\bsorry for your loss\\b',
    '\\b(?:sorry|apologies) (?:that )?we let you down\\b',
    // «Соболезную», «Примите, пожалуйста, мои искренние соболезнования», «приношу соболезнования».
    '\\b(?:соболезну\\p{L}*|(?:примите,? (?:пожалуйста,? )?(?:мои |наши )?(?:самые )?(?:искренние |глубокие |глубочайшие )?)?соболезновани\\p{L}*)\\b',
    "\\byou (?:shouldn't|should not) have had to (?:ask|wait|chase|call|write|explain|repeat|come back)\\b",
    "\\bsorry (?:to hear|you(?:'ve| have)? (?:had|been|went|gone|experienced|faced|dealt))\\b",
    '\\bsorry (?:about|for) (?:all )?(?:the|this|that|your) (?:trouble|hassle|inconvenience|frustration|experience|stress|wait|delay)\\b',
    '\\b(?:completely |totally |perfectly |entirely )?understandable\\b',
    "\\byou(?:'re| are) (?:absolutely |completely |totally |quite )?right(?: to be)?\\b",
    '\\bno wonder you\\b',
    // Validation of a suspicious or upset customer's question: "that's a fair question".
    "\\b(?:that's|that is|it's|it is|this is) (?:a )?(?:very |completely |totally )?(?:fair|reasonable|valid|legitimate) (?:question|point|concern|thing to ask)\\b",
    // «Fair question, it does look wrong …» opening the reply.
    '(?:^|[.!?]\\s+)(?:a )?(?:very |completely |totally )?fair (?:question|point|enough)(?=[,.!])',
    "\\b(?:that|this|it|\\p{L}+ (?:minutes|hours|days|weeks|months))(?:'s| is| are| sounds?) (?:really |far |very |way |much )?(?:tight|too long|too much|not okay\\b(?! to\\b)|not ok\\b(?! to\\b)|not good enough|a lot|a long time|a nightmare|stressful|worrying)\\b",
    '\\byour (?:frustration|disappointment|concern|anger|worry)s? (?:is|are) (?:completely |totally |absolutely )?(?:valid|understandable|justified|fair)\\b',
    '\\bi appreciate (?:your patience|how|that this|what)\\b',
    "\\bi(?:'m| am) (?:so |really |very |truly )?sorry (?:that|you)\\b",
    '\\b(?:a |such a |what a )(?:nasty|horrible|unpleasant|awful) surprise\\b',
    '\\b(?:is|are|was|sounds) (?:so |really |truly |absolutely )?maddening\\b',
    // Naming how hard the customer's position is: "a horrible spot to be in", "what rotten timing",
    // "… while your mum is in hospital is awful, and I'm sorry".
    '\\b(?:horrible|awful|terrible|tough|rough|difficult|hard|stressful|scary|worrying|miserable|nasty|horrid|frightening|lonely|impossible|tricky|frustrating) (?:spot|position|situation|place) to be in\\b',
    '\\bwhat (?:a )?(?:rotten|terrible|awful|horrible|bad|unlucky|cruel|stressful|miserable) (?:timing|luck|start|morning|day|week|evening|night|thing to happen)\\b',
    "\\b(?:awful|horrible|terrible|dreadful|rotten|miserable|upsetting|distressing|heartbreaking|poor|bad|unfair|unacceptable)\\b[^.!?]{0,12}\\b(?:i'm|i am) (?:so |really |truly |very )?sorry\\b",
    "\\bthat(?:'s| is) not (?:the experience|what) (?:we|you)\\b",
    // "If YouTube plays fine, the problem is probably on our side, not your internet".
    "\\b(?:problem|fault|issue|error|glitch)(?:'s| is) (?:probably |likely |most likely |almost certainly |definitely )?(?:on|at) our (?:side|end)\\b",
    // "So the estimate is down to us, not anything you did".
    "\\b(?:is|was|'s) down to us\\b",
    '\\bnot (?:anything|something) you did\\b',
    // "This mix-up is ours", "the mistake is on us": the fault owned.
    "\\b(?:this|that|the) (?:mix-up|mistake|error|slip|fault|muddle)(?: is|'s| was) (?:ours|on us|our fault|our mistake)\\b",
    // "I completely see why it looks like one", "we should have posted an update": the customer's
    // reading owned as fair.
    '\\bi (?:can )?(?:completely |totally |fully |absolutely |really )?see why (?:it|you|this|that|they)\\b',
    '\\b(?:we|i) should have (?:posted|told|let you know|called|updated|sent|warned|said|emailed|rung|kept you)\\b',
    // "That's not the welcome you should get after a 5-hour drive".
    "\\b(?:that|this)(?:'s| is| was)(?: really| just| certainly)? not the (?:welcome|service|start|stay|holiday|treatment|care|help|finish|result|job|experience|standard) (?:you|anyone) (?:should|deserve|expected|were expecting|should have)\\b",
    '\\bi (?:realise|realize) (?:how|that|this)\\b',
    // "That's a horrible message to get nine days before your wedding", "getting that letter a week
    // after losing her must have been awful", "That's miserable, water coming in again".
    "\\b(?:that's|that is|it's|it is|what) (?:a |an )?(?:horrible|awful|terrible|dreadful|horrid|upsetting|cruel|miserable|rotten|gut-wrenching|scary|frightening|worrying|alarming) (?:message|thing|letter|email|call|news|phone call|text|word) to (?:get|receive|hear|find|see|read|wake up to|come home to)\\b",
    // "Oh no, and with five weeks to go."
    '^\\s*oh no\\b',
    // "Fair request." opening the reply.
    '(?:^|[.!?]\\s+)(?:a )?(?:very |completely |totally )?fair request(?=[,.!])',
    '\\bmust (?:have been|be|feel|have felt) (?:so |really |absolutely |truly )?(?:awful|horrible|dreadful|terrible|hard|heartbreaking|devastating|upsetting|distressing|frightening|scary|exhausting|miserable|maddening)\\b',
    "(?:^|[.!?]\\s+)(?:oh,? )?(?:that's|that is|how) (?:really |so |absolutely |just )?(?:miserable|awful|horrible|dreadful|grim|rotten|horrid|upsetting|distressing|rubbish)\\b",
    // "You've good reason to be annoyed", "you've every right to be fed up", "Three weeks running
    // isn't acceptable", "That's a mess on our side".
    "\\byou(?:'ve| have)(?: got)? (?:good|every|a good|all the) (?:reason|right) to be (?:annoyed|upset|angry|frustrated|fed up|cross|disappointed|furious|worried)\\b",
    "(?<!\\b(?:language|behaviou?r|tone|swearing|abuse) )\\b(?:isn't|is not|wasn't|was not) acceptable\\b",
    "\\b(?:mess|mistake|mix-up|error|fault|muddle|slip)(?: is|'s|,)? (?:on|at) our (?:side|end|part)\\b",
    // "Three cancellations with a test on 2 May is a real worry".
    '\\b(?:is|are|was|sounds(?: like)?) (?:a )?(?:real|genuine|big|huge|serious) (?:worry|concern|headache|blow|letdown|let-down)\\b',
    '(?<!не )\\bпонима(?:ю|ем)\\b',
    '\\bя (?:вас|тебя) (?:прекрасно |хорошо |отлично |полностью )?понима\\p{L}*',
    '\\b(?:мне|нам) (?:очень |искренне |правда |так |действительно )?жаль\\b',
    '\\bсочувству\\p{L}*',
    '\\b(?:неудивительно|не удивительно|понятно),? что вы\\b',
    // «После такого пробника страшно, это понятно».
    '\\b(?:страшно|обидно|тревожно|неприятно|волнительно|досадно|грустно),? (?:и )?это (?:понятно|нормально|естественно)\\b',
    // «Ксения, обидно получить отказ…»: the name first does not change it.
    '(?:^|[.!?]\\s*)(?:\\p{L}+,\\s*)?(?:ох,? )?(?:обидно|досадно|неприятно|тяжело|тревожно)\\b',
    // «Рассказывать одно и то же в третий раз — это правда злит», «так себе вечер».
    '\\bэто (?:правда|действительно|очень|реально|кого угодно) (?:злит|бесит|раздражает|выматывает|утомляет|выводит из себя)\\b',
    '\\bтак себе (?:вечер|ужин|удовольствие|ситуация|выходные|день|сюрприз)\\b',
    '\\b(?:это|совсем|так|очень|как) некстати\\b',
    '\\b(?:очень|искренне|так|правда|действительно|как) жаль\\b',
    '\\bжаль,? что\\b',
    '\\bситуаци\\p{L}* (?:действительно |правда |совершенно |абсолютно )?(?:неприемлем\\p{L}*|недопустим\\p{L}*)',
    '\\bэто (?:действительно |правда |совершенно |абсолютно )?(?:неприемлемо|недопустимо)\\b',
    '\\bнеприятн\\p{L}* сюрприз\\p{L}*',
    '\\bэто (?:просто |действительно |правда )?ужасно\\b',
    // «Две недели стоять на месте — так не должно быть», «…ждать ещё три часа — это ненормально»,
    // «Это справедливый вопрос»: the complaint owned as fair.
    '\\bтак (?:не должно быть|быть не должно|не должно было (?:быть|случиться|произойти|получиться))\\b',
    '\\bэто (?:совершенно |абсолютно |действительно |правда )?(?:ненормально|неправильно|несправедливо)\\b',
    // «…тут любой занервничает», «любой бы расстроился».
    '\\bлюбой (?:бы )?(?:занервничает|занервничал|расстроится|расстроился|разозлится|разозлился|возмутится|возмутился|испугается|испугался)\\b',
    // «…тут любой будет на нервах», «любой был бы на взводе».
    '\\bлюбой (?:бы )?(?:будет|был бы|бы был|окажется) на (?:нервах|взводе|пределе)\\b',
    // «Нет, не нормально: …» на «Это нормально вообще?».
    '^\\s*нет,? (?:это |такое )?(?:совсем |абсолютно |конечно )?не ?нормально\\b',
    '\\b(?:справедлив|резонн|разумн|законн)\\p{L}* (?:вопрос|замечани|претензи|довод|аргумент)\\p{L}*',
    "\\b(?:that|this|which|it) (?:shouldn't|should not|should never) have happened\\b",
    // «…час с голодными детьми — это слишком», «Три отмены за месяц — это много», «вы справедливо
    // недовольны», «…узнать о переносе накануне — обидно», «вам должны были позвонить», «Так
    // разговаривать с пассажиром недопустимо».
    '\\bэто (?:(?:правда|действительно|уже|очень) )?(?:слишком(?: долго| много)?|много|перебор)(?=\\s*[,.!;—–-]|\\s*$)',
    '\\bвы (?:совершенно |абсолютно |вполне )?справедливо (?:недовольн|возмущен|расстроен|злитесь|сердитесь|требуете|спрашиваете)\\p{L}*',
    '[—–-]\\s*(?:это )?(?:правда |очень |действительно )?(?:обидно|досадно|неприятно|тяжело|тревожно)\\b',
    '\\b(?:вам|вас) (?:должны были|следовало|нужно было|надо было) (?:\\p{L}+ )?(?:позвонить|предупредить|сообщить|написать|спросить|ответить|перезвонить)\\b',
    '\\bнедопустимо(?=\\s*[,.!;]|\\s*$)',
    '\\b(?:вы )?имеете (?:полное |все )?право (?:злиться|возмущаться|расстраиваться|сердиться|быть недовольн\\p{L}*)',
    '\\byou have every right to be (?:angry|upset|frustrated|annoyed|cross)\\b',
    // Asking after the customer first: "Are you OK?", "are you hurt?", «Как вы сейчас?», «вы не
    // пострадали?», «как вы себя чувствуете?».
    '\\b(?:are you (?:ok|okay|all right|alright|hurt|injured)|how are you (?:feeling|doing)?(?: now| after that)?)(?=\\s*\\?)',
    '\\b(?:как вы (?:сейчас|себя чувствуете)|вы не (?:пострадали|ушиблись|травмировались)|с вами (?:все|всё) (?:в порядке|хорошо))(?=\\s*\\?)',
    // «Двойное списание кого угодно разозлит», как “would annoy anyone”.
    '\\b(?:кого угодно|любого) (?:\\p{L}+ )?(?:разозлит|расстроит|выведет из себя|возмутит|напугает)\\b',
    '\\b(?:любой|каждый) (?:бы )?(?:на вашем месте )?(?:разозлился|расстроился|возмутился|испугался)\\b',
    // The customer's hurry named: "you're short on time", «понимаю, времени мало».
    "\\byou(?:'re| are) (?:short on|pressed for|tight on) time\\b",
    "\\byou(?:'re| are) in a (?:hurry|rush)\\b",
    '\\b(?:понимаю,? )?(?:времени (?:у вас )?(?:мало|в обрез)|вы торопитесь|у вас мало времени)\\b',
    '\\b(?:это|это действительно|это очень|это правда|это всегда|как|очень|действительно|крайне) (?:неприятно|обидно|досадно|тяжело|неудобно|расстраивает|раздражает|неприятная ситуация|тревожно|страшно|пугает|пугающе|волнительно)\\b',
    // "That's the last thing you need before a show", «меньше всего этого хочется перед …».
    "\\b(?:that|this|it)(?:'s| is| was) the last thing (?:you|anyone) (?:need|needed|want|wanted|should have to)\\b",
    // "That's a big jump to find without any warning", "that's easy to miss", "this step catches out
    // nearly everyone".
    "\\b(?:that's|that is|it's|it is|what) a (?:big|huge|nasty|steep|sharp|sudden) (?:jump|rise|increase|hike|shock|surprise)\\b",
    "\\b(?:that's|that is|it's|it is) (?:really |very |so )?easy to miss\\b",
    '\\bcatch(?:es)? out (?:nearly |almost |just about )?(?:everyone|everybody|lots of people|most people|many people)\\b',
    '\\bменьше всего (?:этого )?(?:хочется|нужно|надо)\\b',
    // The wait owned as too long: "that's far too long to wait", «16 дней — это правда долго» (and
    // "that's such a long wait" below).
    "\\b(?:that|this)(?:'s| is| was| has been)(?: really| far| way| much| simply| just)? too long\\b",
    '\\bэто (?:(?:правда|действительно|очень|слишком|непозволительно|неприемлемо) ){0,2}(?:долго|долгий срок)\\b',
    // "Of course you're upset", «понятно, что вы расстроены».
    "\\b(?:of course|naturally|understandably|no wonder) you(?:'re| are| feel) (?:so |really |very )?(?:upset|angry|frustrated|worried|anxious|stressed|annoyed|disappointed|nervous)\\b",
    '\\b(?:конечно|понятно|неудивительно),? (?:что )?вы (?:так )?(?:расстроены|расстроились|злитесь|волнуетесь|переживаете|нервничаете|недовольны)\\b',
    // The customer's urgency heard: "Understood, this is urgent", «Поняла, срочно».
    "\\b(?:understood|got it|i understand|i see)[,.!—–-]*\\s*(?:this is |it's |that's )?urgent\\b",
    '\\b(?:понял|поняла|понимаю|принято|вижу)[,.!—–-]*\\s*(?:это )?срочно\\b',
    // «…, конечно, страшно», «понятно, что тревожно»: the feeling named as natural.
    '\\b(?:конечно|разумеется|понятно|естественно),? (?:что )?(?:это )?(?:страшно|тревожно|неспокойно|неприятно|обидно|досадно|тяжело|волнительно)\\b',
    "\\b(?:understandably|naturally|of course (?:it's|that's)) (?:worrying|scary|stressful|upsetting|frustrating|unsettling)\\b",
    '\\b(?:могу )?(?:себе )?представляю\\b',
    '\\bмогу (?:себе )?представить\\b',
    '\\bваш\\p{L}* (?:недовольство|раздражение|возмущение|беспокойство|волнение|эмоции|чувства|негодование|разочарование) (?:понятн\\p{L}*|объяснимо|обоснованно|справедливо|оправдан\\p{L}*)\\b',
    '\\bвы (?:абсолютно |совершенно |полностью |конечно )?правы\\b',
    '\\bна вашем месте\\b',
    '\\b(?:вполне |совершенно |абсолютно )?(?:понятно|объяснимо|естественно),? (?:что|почему)\\b',
    '\\bпонятно ваше\\b',
    '\\b(?:раздражение|недовольство|возмущение|огорчение|беспокойство|волнение) (?:вполне |совершенно )?(?:понятн\\p{L}*|объяснимо|естественно)\\b',
  ],
  apology: [
    "\\bsorry\\b(?<!\\bdon't be sorry)",
    '\\b(?:i|we) (?:sincerely |truly |do |deeply |really )?apologi[sz]e\\b',
    '\\b(?:my|our) (?:sincere |deepest |genuine |honest |heartfelt )?apologies\\b',
    '\\bapologies (?:for|that)\\b',
    "\\b(?:that(?:'s| is|was) )?(?:our|my) (?:mistake|fault|error)\\b",
    // "Nobody told you, and that's on us", "a missed call on our side".
    "\\b(?:that|this|it)(?:'s| is| was) (?:all |entirely |completely |squarely )?on us\\b",
    '\\b(?:missed|dropped|lost|late|failed|wrong|broken) (?:\\p{L}+ )?(?:on|at) our (?:side|end)\\b',
    // "That's our packing mistake".
    "\\b(?:that(?:'s| is| was)|this(?:'s| is| was)|it(?:'s| is| was)) (?:entirely |completely |totally )?(?:our|my) (?:own |\\p{L}+ )?(?:mistake|fault|error|slip|mix-up|blunder)\\b",
    // Not «не извиняйтесь», «извиняться не нужно»: that reassures the customer who apologised.
    '\\bизвин\\p{L}*(?!\\p{L})(?<!\\bне \\p{L}+)(?!\\s+(?:не за что|не нужно|не надо|незачем))',
    '\\bпрости(?:те)?\\b',
    '\\bприношу (?:свои )?(?:искренние |глубокие )?извинения\\b',
    '\\bсожалею\\b',
    '\\bсожалеем\\b',
    '\\b(?:это )?(?:наша|моя) (?:ошибка|вина|недоработка|оплошность)\\b',
    // «…предупредить вас должны были заранее, это наш промах».
    '\\b(?:это )?(?:наш|мой) (?:промах|недосмотр|недочет|прокол|косяк|сбой)\\b',
    // «это нарушение договора с нашей стороны», «выдавать такие лыжи не должны были».
    '\\b(?:нарушение|ошибка|недоработка|сбой|промах|упущение|недосмотр)(?: [\\p{L}-]+){0,2} с нашей стороны\\b',
    '\\b(?:выдавать|отправлять|присылать|продавать|ставить|делать) (?:\\p{L}+ ){0,2}не должны были\\b',
    // «ошибся наш склад, не вы».
    '\\b(?:ошибся|ошиблась|ошиблись|напутал|напутала|напутали) наш\\p{L}* \\p{L}+',
    // «Второе — ошибка у нас при продлении, не ваша».
    '\\b(?:ошибка|сбой|вина) (?:у нас|на нашей стороне)\\b',
    '\\bмы (?:виноваты|ошиблись|подвели)\\b',
    '\\b(?:мне|нам) (?:очень |так |ужасно |правда )?неловко\\b',
  ],
  thanks: [
    '\\bthank(?:s| you)\\b',
    '\\bmany thanks\\b',
    '\\bi (?:really |truly |do )?appreciate\\b',
    "\\b(?:we|i) (?:are|am|'re|'m) (?:very |so |really )?grateful\\b",
    '\\bспасибо\\b',
    '\\bблагодар\\p{L}*',
    '\\bпризнател\\p{L}*',
  ],
  question: [
    '\\?',
    '^(?:could|can|would|will|may|do|does|did|is|are|was|were|have|has|shall)\\b (?:you|i|we|it|they|this|that|there|your|the)\\b',
    "^(?:what|when|where|which|who|whose|why|how)(?:'s|'re)?\\b(?: \\p{L}+)? (?:is|are|was|were|do|does|did|can|could|would|will|should|have|has|you|time|day|date|exactly|else|much|many|long|often)\\b",
    '\\b(?:could|can|would) you (?:please )?(?:tell|confirm|send|share|check|let me know|give|provide|describe|clarify|try|look)\\b',
    "\\bplease (?:tell|confirm|let me know(?! if (?:there(?:'s| is)|you (?:have|need)))|share|send|describe|clarify)\\b",
    '\\bmay i (?:ask|have|know|check)\\b',
    '\\b(?:подскажите|уточните|скажите|назовите|напишите|пришлите|сообщите|опишите)\\b',
    '\\b(?:не )?могли бы вы\\b',
    '\\bможете (?:ли )?(?:вы )?(?:прислать|уточнить|сказать|подсказать|назвать|проверить|написать|описать)\\b',
    '^(?:как|когда|где|какой|какая|какое|какие|каким|почему|зачем|сколько|кто|откуда|удобно ли|есть ли|верно ли|правильно ли)\\b',
  ],
  solution: [
    // "I'll have to end this chat" is a threat, not a commitment.
    "\\bi(?:'ll| will| shall) (?!not\\b|never\\b|be honest\\b|be frank\\b|have to (?:end|close|terminate|disconnect|leave|finish|hang up)\\b|(?:now |just )?(?:close|end) (?:this|the|our) (?:chat|conversation)\\b)\\p{L}+",
    // Simple past of a thing done: "I processed the refund", "we moved your visit".
    // Not "We hope we have resolved your query today": a template's hope, nothing done.
    "(?<!\\bhope )\\b(?:i|we)(?:'ve| have)? (?:just |already |also |now |personally )?(?!(?:wanted|wished|hoped|needed|liked|loved|hated|assumed|believed|guessed|wondered|noticed|seemed|missed|failed|forgot|used|tried|asked|mentioned|explained|stated|noted|understood|heard|saw|realised|realized|learned|learnt|decided|expected|agreed|apologised|apologized|meant|said|told|thought|felt|called|talked|owed|warned|informed|advised|received|got|had|was|were|did|could|would|should|might|must)\\b)(?:(?:re|pre|co|un)-)?(?:\\p{L}{3,}ed|sent|made|put|set up|reset|gave|took|ran|found|paid|cut|rebuilt|sorted|rang|wrote|held|kept|set|spoke|sped up)\\b",
    // A thing done, told as it stands: "the refund is processed", "your card is unblocked".
    // Not the misfortune heard of: "Sorry to hear your flight was cancelled".
    "(?<!\\b(?:sorry|sad|a shame|a pity|upsetting|annoying|frustrating)(?: to (?:hear|see|learn|read))?(?: that)? )\\b(?:it|this|that|everything(?: (?:\\p{L}+|\\d+)){0,4}|all of it|both|(?:your|the) (?:[$€£]?\\d[\\d.,]*|\\p{L}+)(?: \\p{L}+)?)(?:'s| is| are| has been| have been| was| were| has| have) (?:now |already |just |all |fully |completely |officially )?(?:been )?(?:processed|cancell?ed|unblocked|saved|linked|unlinked|covered|taken care of|reopened|unfrozen|unlocked|restored|fixed|reset|approved|issued|moved|rescheduled|lifted|removed|paused|activated|reactivated|updated|changed|sorted|applied|added|sent|replaced|extended|waived|reversed|released|refunded|credited|booked|reserved|arranged|scheduled|dispatched|shipped|reconnected|corrected|rebooked|set up|done|back on)\\b",
    // "Done — …", "All done:": a thing completed, said first.
    '^\\s*(?:all )?done(?=\\s*[—–:,.!-])',
    // An event that will happen, told with its time: "it goes out today", "it ships tomorrow".
    '\\b(?:it|they|(?:your|the) \\p{L}+(?: \\p{L}+)?) (?:goes out|ships|leaves|arrives|lands|reaches you|comes back|gets delivered|is delivered|is collected|gets collected)\\b(?=[^.!?]{0,40}\\b(?:today|tonight|tomorrow|this|next|by|within|on|before|at|in)\\b)',
    // What a named party will do for the customer: "the courier will collect it".
    "\\b(?:the|your|our) (?:courier|driver|engineer|technician|specialist|money|refund|funds|payment|parcel|package|order|replacement|item|code|email|sms|text|credit|card|device|repair|team) (?:will|'ll) (?:collect|pick|arrive|come|call|ring|be back|reach|land|go out|ship|be with you|be delivered|be refunded|be credited|be returned|be ready|be replaced|be sent|be fixed|visit|bring|deliver|return)\\b",
    "\\bi(?:'ve| have) (?:just |already |now |personally )?(?:arranged|booked|sent|issued|processed|refunded|escalated|created|opened|raised|logged|filed|reset|updated|scheduled|ordered|reserved|applied|added|credited|cancell?ed|requested|submitted|forwarded|passed|contacted|reported|registered|initiated|started|reissued|changed|fixed|resolved|unlocked|activated|emailed|shipped|dispatched|set up|put|placed|flagged|marked|restored|corrected|reversed|released|upgraded|replaced|extended|waived|organised|organized|noted|recorded|asked|spoken|talked|called|written|prepared|assigned|sorted|locked|blocked|frozen|froze|secured|paused|suspended|enabled|disabled|removed|deleted|moved|transferred|connected|linked|verified|approved|authorised|authorized)\\b",
    '\\blet me(?= )(?! know\\b)',
    "\\blet(?:'s| us) (?!not\\b|know\\b)\\p{L}+",
    "\\bi(?:'m| am) (?:going to|about to) (?!be honest\\b)\\p{L}+",
    "\\bi(?:'m| am) (?:now |currently |already |just |personally )?(?!saying\\b|telling\\b|asking\\b|trying\\b|hoping\\b|wondering\\b|feeling\\b|thinking\\b|guessing\\b|afraid\\b|sorry\\b|closing\\b|ending\\b)\\p{L}+ing (?:this|it|that|your|the|you|a|an)\\b",
    "\\bi(?:'m| am) taking (?:ownership|care|charge)\\b",
    "\\bi(?:'ll| will) (?:own|handle|take care of) (?:this|it)\\b",
    '\\b(?:i|we) can (?:definitely |certainly |also |absolutely |right away )?(?:offer|arrange|send|issue|refund|replace|reserve|book|reset|give|provide|escalate|credit|schedule|waive|extend|upgrade|expedite|ship|deliver|transfer|connect|hold|set up|get|have|organise|organize|fix|sort|unlock|restore|reverse|cancel|change|update|add|apply|take|lay|print|add|install|repair|clean|collect|change|swap|fit|tune|adjust|prepare)\\b',
    "\\bwe(?:'ll| will) (?!not\\b|never\\b)\\p{L}+",
    "\\b(?:here(?:'s| is)) what (?:i|we)(?:'ll| will| can)\\b",
    // "We can do a safety check on Thursday"; not "nothing we can do", "anything we can do".
    '\\b(?:i|we)(?<!\\b(?:nothing|anything|all|what|everything|something|more)(?: (?:else|at all|further))? (?:i|we)) can (?:definitely |certainly |also |absolutely )?do (?:a|an|the|it|that|this|your|both)\\b',
    "\\byou(?:'ll| will) (?:receive|get|see|have (?!to\\b|seen\\b|read\\b|noticed\\b|heard\\b|known\\b|been told\\b|reali[sz]ed\\b|understood\\b)\\p{L}+|be (?:contacted|called|refunded|credited|notified))\\b",
    '\\bthe (?:next step|plan) is\\b',
    "(?<!\\b(?:sorry|sad|a shame|a pity|upsetting|annoying|frustrating)(?: to (?:hear|see|learn|read))?(?: that)? )\\b(?:it|your \\p{L}+|the \\p{L}+)(?:'s| is| has been| will be| was) (?:now )?(?:on its way|been (?:sent|shipped|dispatched|refunded|credited|cancell?ed|reset|fixed|booked|reserved)|scheduled|arranged|booked|reserved|refunded|credited|dispatched|shipped)\\b",
    '(?<![\\p{L}\\p{N}])(?:я|мы) (?:(?:уже|сейчас|прямо сейчас|сразу|сегодня|сегодня же|лично|обязательно|немедленно|тут же|с радостью|охотно|вам|для вас|вас|ваш|вашу|ваше|ваши|полностью|вполне|искренне|очень|прекрасно|отлично|хорошо|действительно|правда|тоже|также|конечно) )*(?!(?:полностью|вполне|искренне|очень|прекрасно|отлично|хорошо|действительно|правда|тоже|также|конечно|понял|поняла|поняли|услышал|услышала|услышали|знаю|понимаю|думаю|вижу|сожалею|извиняюсь|прошу|хочу|надеюсь|не|был|была|были|ценим|работаем|знаем|понимаем|видим|сожалеем|извиняемся|просим|хотим|надеемся|стараемся|стремимся|стремлюсь|гордимся|дорожим|заботимся|делаем|предлагаем|оказываем|выполняем|используем|предоставляем|обеспечиваем|сотрудничаем|осуществляем|можем|могу|мог|могла|могли|говорю|говорил|говорила|сказал|сказала|уже|писал|писала|написал|написала|объяснил|объяснила|объяснял|объясняла|слышу|слышим|повторяю|повторю|отвечаю|отвечаем|ответил|ответила|ответили|отвечал|отвечала|виноват|виновата|буду|будем|закрываю|завершаю|закрою|завершу|ждем|ждали|ждал|ждала)\\b)\\p{L}+(?:ю|у|ем|им|ем|л|ла|ли)(?:сь|ся)?\\b',
    `\\b(?:${RU_WILL.join('|')})\\b`,
    RU_DONE,
    `\\b(?:${RU_DONE_PARTICIPLES.join('|')})(?:а|о|ы)?\\b`,
    // «Готово, …»: a thing completed, said first.
    '^\\s*(?:все )?готово(?=\\s*[—–:,.!-])',
    // What a named party will do for the customer: «курьер заберёт», «деньги вернутся».
    '\\b(?:курьер|водитель|мастер|инженер|специалист|техник|деньги|средства|возврат|посылка|заказ|замена|товар|код|письмо|смс|sms|бонусы|баллы|компенсация|карта|он|она|они) (?:\\p{L}+ )?(?:заберет|привезет|приедет|придет|придут|вернутся|вернется|поступят|поступит|зачислятся|зачислится|доставит|позвонит|перезвонит|отправится|уедет|будет у вас|будут у вас|прибудет|прибудут|починит|заменит|установит|подключит)\\b',
    '\\bдавайте (?:я |мы )?(?:сейчас |вместе |сразу )?\\p{L}+(?:ем|им|ю|у)(?:ся|сь)?\\b',
    '\\b(?:могу|можем) (?:вам )?(?:сразу |сейчас |также |дополнительно )?(?:предложить|оформить|отправить|вернуть|заменить|перенести|организовать|ускорить|компенсировать|начислить|забронировать|зарезервировать|сделать|передать|перезвонить|выслать|прислать|подобрать|продлить|заказать|дать|выдать|записать|подключить|исправить|проверить|отложить|снять|разблокировать|восстановить|уменьшить|снизить|пересчитать|отменить|обменять|поменять|включить|отключить|добавить|доставить|привезти|починить|установить|настроить|перевести|открыть|обновить|подготовить|напечатать)\\b',
    // Not the brochure's «мы предлагаем полный спектр услуг».
    '\\bпредлага(?:ю|ем)\\b(?! (?:вам )?(?:широкий|полный|большой|огромный|богатый|разнообразный) (?:спектр|выбор|ассортимент|перечень|комплекс))',
    // Not a purpose: «делаем всё, чтобы букет был доставлен вовремя».
    '(?<!\\bчтобы (?:\\p{L}+ ){0,3})\\b(?:будет|будут|был|была|было|были) (?:уже )?(?:доставлен|отправлен|возвращен|зачислен|начислен|готов|исправлен|заменен|решен|оформлен|переведен|разблокирован|восстановлен|зарезервирован|забронирован|передан|зарегистрирован)\\p{L}*',
    '\\bвы получите\\b',
    // Кто-то сделает со сроком, без подлежащего: «замену доставят завтра», «чек пришлют до 18:00».
    '\\b(?:доставят|привезут|отправят|пришлют|вернут|начислят|заменят|починят|перезвонят|позвонят|подключят|установят|переведут|зачислят|выдадут|оформят|заберут)\\b(?=[^.!?]{0,40}\\b(?:сегодня|завтра|послезавтра|в течение|до|через|к|в (?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье))\\b|[^.!?]{0,40}\\d)',
    // Мы сделаем, без «мы»: «стоимость возместим», «замену отправим завтра».
    '\\b(?:возместим|компенсируем|вернем|отправим|пришлем|заменим|перезвоним|починим|доставим|привезем|оформим|начислим|зачислим|переведем|подключим|продлим|перенесем|закажем|устраним|восстановим|разблокируем|забронируем|зарезервируем|пересчитаем|вышлем|заморозим|приостановим|отменим|поменяем|обменяем|запишем|продлеваем)\\b',
    // Названный исполнитель уже в пути: «бригада уже выехала».
    '\\b(?:курьер|водитель|мастер|бригада|инженер|специалист|техник|машина|такси|эвакуатор|монтажник|электрик|сантехник) (?:уже )?(?:выехал|выехала|выехали|едет|едут|в пути|направлен\\p{L}*)\\b',
    '\\bвам (?:придет|позвонит|перезвонит|напишет|поступит|поступят|вернутся|вернут|привезут|доставят|пришлют|отправят|начислят)\\b',
  ],
  anything_else: [
    // «Точно больше ничего не подсказать?»: the check, asked again.
    '\\b(?:точно )?больше ничего не (?:подсказать|нужно|надо|требуется)(?=\\s*\\?)',
    // Not "in case anything else goes wrong": that keeps the chat open, it does not wrap it up.
    '(?<!\\b(?:in case|if) )\\banything else\\b(?! (?:goes|went|go|breaks|fails) (?:wrong|down)\\b)',
    '\\bsomething else (?:i|we) can\\b',
    '\\banything (?:more|further) (?:i|we) can (?:do|help)\\b',
    // Not "for any other questions, please start a new chat": that sends them away.
    '\\bany (?:other|more|further) (?:questions|concerns|issues|problems)\\b(?![^.!?]{0,30}\\b(?:start|open) a (?:new|separate) (?:chat|ticket|conversation|request|case)\\b)',
    '\\bwhat else can (?:i|we)\\b',
    // Not "is everything OK with the translation?": that asks after what the customer got.
    '\\bis (?:everything|that all) (?:clear|ok|okay|resolved|sorted|fine)\\b(?! with \\p{L})',
    '\\bdoes (?:that|this) (?:answer|resolve|help|solve|cover|sort)\\b',
    '\\bhave i (?:answered|resolved|covered|solved)\\b',
    '\\bcan i help (?:you )?with anything\\b',
    '\\bчем[- ](?:то|нибудь) (?:еще )?(?:могу |можем )?помочь\\b',
    '\\b(?:могу|можем) (?:ли )?(?:я |мы )?(?:вам )?(?:еще|чем-то еще|чем-нибудь еще) (?:чем[- ](?:то|нибудь) )?(?:помочь|быть полезн\\p{L}*)\\b',
    '\\bеще (?:какие[- ](?:то|нибудь) )?вопросы\\b',
    '\\bнужна ли (?:вам )?(?:еще )?(?:какая[- ](?:то|нибудь) )?(?:еще )?помощь\\b',
    // The door left open: «если появятся другие вопросы — пишите», «если что-то понадобится».
    '\\bесли (?:у вас )?(?:появятся|возникнут|будут|останутся|остались) (?:еще |другие |какие[- ](?:то|нибудь) )?вопросы\\b',
    // «Если ещё что-то понадобится — пишите».
    '\\bесли (?:вам )?еще что[- ](?:то|нибудь) (?:понадобится|будет нужно|потребуется)\\b',
    // «Если после звонка будут вопросы, пишите».
    '\\bесли (?:\\p{L}+ ){1,3}(?:появятся|возникнут|будут|останутся) (?:еще |другие |какие[- ](?:то|нибудь) )?вопросы\\b',
    // «Если в дороге что-то понадобится, пишите».
    '\\bесли (?:вам )?(?:[\\p{L}]+ [\\p{L}]+ )?(?:что[- ](?:то|нибудь) )?(?:еще )?понадобится\\b',
    '\\bif (?:you have|there are) any (?:other|more|further) questions\\b',
    '\\bif anything (?:else )?comes up\\b',
    // "Send over any questions you both have", "any questions, just reply here".
    '\\b(?:send|drop) (?:(?:over|us|me) )*any (?:other |more |further )?questions\\b',
    '\\bany (?:other |more |further )?questions,? (?:just )?(?:reply|message|call|ask|get in touch|let (?:me|us) know)\\b',
    '\\bif you have (?:any )?(?:other |more |further )?questions\\b',
    '\\b(?:пишите|звоните|обращайтесь),? если (?:будут|появятся|возникнут) (?:еще )?(?:какие[- ](?:то|нибудь) )?вопросы\\b',
    '\\bостал\\p{L}* (?:ли )?(?:у вас )?(?:еще )?(?:какие[- ](?:то|нибудь) )?вопрос\\p{L}*',
    '\\bесть (?:ли )?(?:у вас )?(?:еще )?(?:какие[- ](?:то|нибудь) )?вопрос\\p{L}*',
    '\\bчто[- ](?:то|нибудь) еще\\b',
    '\\bеще что[- ](?:то|нибудь)\\b(?=[^.!?]{0,80}\\?)',
    // Not «всё ли в порядке с переводом?»: that asks after what the customer got.
    '\\bвсе ли (?:понятно|в порядке|устраивает|ясно)\\b(?! (?:с|со) \\p{L})',
    '\\bчем еще (?:я )?могу\\b',
    // «Могу помочь с чем-то ещё?», «можем помочь чем-нибудь ещё?».
    '\\b(?:могу|можем) (?:ли )?(?:я |мы )?(?:вам )?(?:еще )?помочь (?:вам )?(?:с )?(?:чем-то|чем-нибудь|чем то|чем нибудь) (?:еще|другим)\\b',
  ],
  farewell: [
    '\\b(?:good ?bye|bye|farewell)\\b',
    '\\bhave a (?:great|good|nice|lovely|wonderful|pleasant|fantastic|brilliant|safe|better|restful|relaxing|happy|peaceful|quiet|calm) (?:(?:rest of (?:your|the) )?(?:day|evening|weekend|afternoon|night|week)|one|holiday|trip|time|flight|birthday|stay|journey|drive)\\b',
    // Any wish for what comes next, at the end of a sentence: "have a good crossing!", "have a
    // productive day!", "enjoy the swim!".
    // "I hope he enjoys the new class!", "hope you enjoy the stay!": a wish that ends the reply.
    '\\b(?:i )?hope (?:you|he|she|they|the (?:kids|children|family)) (?:really )?enjoys? (?:it|(?:the|your|his|her|their) (?:\\p{L}+ ){0,2}\\p{L}+)(?=\\s*!+\\s*$|\\s*\\.?\\s*$)',
    // "I hope the house is back to normal soon.": a wish that ends the reply.
    '\\b(?:i )?hope (?:the|your|things|everything) (?:\\p{L}+ ){0,2}(?:is|are|gets?|will be|goes) back to normal (?:soon|quickly)(?=\\s*[.!]*\\s*$)',
    // "Have a great first week back!": the wish may end on "back" or "ahead".
    '\\bhave an? (?:\\p{L}+ ){1,2}(?:day|evening|weekend|afternoon|night|week|holiday|trip|time|flight|stay|journey|drive|crossing|ride|swim|session|class|lesson|match|game|party|visit|wedding|celebration|shift|move|concert|show|festival|round|meal|night out|move|break|holiday|season|tournament|event|gig|performance)(?: back| ahead)?(?=\\s*[!.]|\\s*$)',
    // "Good luck with the recordings!" closing a sentence.
    '\\bgood luck (?:with|on|at|for|in) (?:the |your )?(?:\\p{L}+ ){0,2}\\p{L}+(?=(?:,\\s*\\p{L}+)?\\s*[!.]|\\s*$|,\\s*let (?:me|us) know how|,?\\s*and (?:thanks|thank you)\\b)',
    // "Enjoy!" as the last word.
    '\\benjoy(?=\\s*!+\\s*$)',
    // "Hope the clean-up goes okay." as the last words.
    '\\bhope (?:the|your) (?:[\\p{L}-]+ ){0,2}(?:goes|go) (?:ok|okay|well|smoothly|alright|all right|fine)(?=\\s*[!.]*\\s*$)',
    // «Удачи на линейке!», «Удачи!» as the last words.
    '(?<=(?:^|[.!?,]|\\sи)\\s*)удачи(?: (?:на|в|во|с|со) (?:\\p{L}+ )?\\p{L}+)?(?=\\s*!*\\s*$)',
    // «Здоровья вашему питомцу!», «Крепкого здоровья!» as the last words.
    '(?<=(?:^|[.!?,]|\\sи)\\s*)(?:крепкого )?здоровья(?: (?:вам|вашему|вашей|вашим)(?: \\p{L}+)?)?(?=\\s*!*\\s*$)',
    // "Best of luck until then!", "best of luck with the move".
    '\\bbest of luck(?: (?:with|on|at|for|in|until) (?:the |your )?(?:\\p{L}+ ){0,2}\\p{L}+)?(?=\\s*[!.]|\\s*$)',
    // "…, good luck!" as the last words.
    '\\bgood luck(?=\\s*!?\\s*$)',
    '\\benjoy (?:the|your) (?:\\p{L}+ )?(?:swim|session|class|lesson|match|game|party|visit|wedding|celebration|crossing|ride|concert|show|festival|stay|trip|flight|holiday)(?=\\s*[!.]|\\s*$)',
    '\\benjoy the rest of (?:your|the) (?:day|evening|weekend|afternoon|night|week|stay|trip)\\b',
    // "It's been a pleasure helping you today": a sign-off.
    "\\b(?:it's|it has|it was) been (?:a )?(?:real |great )?pleasure (?:helping|talking to|chatting with|speaking (?:to|with)|assisting) you\\b",
    // "Enjoy having your parents over!"
    "\\benjoy having (?:[\\p{L}'-]+ ){1,3}(?:over|round|around|to stay|home|back|with you)(?=\\s*[!.]|\\s*$)",
    // Announcing the end of the chat ("I'll close this chat now", «закрываю чат»).
    ...CLOSE_CHAT_ALL,
    // Not "I'll take care of it" ("take care of yourself" is a goodbye).
    '\\btake care\\b(?! of (?!(?:yourself|yourselves|you)\\b))',
    // Wishes that send the customer on their way: "stay warm tonight", «хорошего отпуска».
    '\\b(?:удачного|успешного) (?:старта|начала|ремонта|переезда|катания|выступления|экзамена|сезона)(?: \\p{L}+)?(?=\\s*[!.]*\\s*$)',
    '\\bstay (?:warm|safe|dry|cool|well)\\b',
    // "Wishing you every happiness in married life!", "wishing you both all the best".
    '\\bwishing you (?:both |all )?(?:every happiness|all the best|the very best|lots of luck|a (?:\\p{L}+ )?(?:speedy|quick|full) recovery)\\b',
    '\\b(?:хорошего|приятного|отличного|удачного) (?:отпуска|отдыха|путешествия|полета|пути|учебного года|нового учебного года|лета|сезона)\\b',
    // «Счастливой свадьбы!», «Хорошего праздника имениннику!».
    '\\b(?:счастливой|чудесной|отличной|прекрасной) (?:свадьбы|поездки|дороги)\\b',
    '\\b(?:хорошего|отличного|веселого|чудесного) (?:праздника|выпускного|торжества|дня рождения)\\b',
    // Wishes for the road are goodbyes too.
    '\\b(?:drive|travel|fly|get home) (?:safely|safe)\\b',
    '\\b(?:safe travels|safe journey|bon voyage)\\b',
    // "We hope to welcome you on board again soon", "we look forward to seeing you again".
    '\\b(?:hope|look forward) to (?:welcoming|seeing|welcome|see|having) you (?:back|again|on board again|back on board)(?: soon)?\\b',
    '\\b(?:счастливого|доброго) пути\\b',
    '\\bаккуратнее на дороге\\b',
    // A closing formula: it ends a chat in the middle too (the transcript's closure counts it as
    // thanks, not as the goodbye).
    '\\b(?:thanks|thank you) for (?:contacting|choosing|being with|reaching out to|calling) \\p{L}+',
    // «Спасибо, что выбрали нас!», «Благодарим, что вы с нами»: the same formula in Russian.
    '\\b(?:спасибо|благодарим),? что (?:вы )?(?:выбрали|выбираете) (?:нас|наш\\p{L}* \\p{L}+)\\b',
    '\\b(?:спасибо|благодарим),? что (?:вы )?(?:с нами|пользуетесь (?:нашими услугами|нашим сервисом|услугами нашей компании))\\b',
    // "Thanks for getting in touch, Lauren, enjoy Hozier!": the same sign-off in the last sentence
    // (opening a reply, it thanks for the question).
    '\\b(?:thanks|thank you) for getting in touch\\b(?=[^.!?]*[.!?]*\\s*$)',
    // "Thanks for banking with us", "thank you for flying with us".
    '\\b(?:thanks|thank you) for (?:banking|shopping|flying|travell?ing|staying|ordering|booking|dining|riding|learning|saving|streaming|playing) with us\\b',
    '\\b(?:if you need anything (?:else|more)|any (?:other )?questions),? (?:just )?(?:message|write to|contact|call|reach out to) us\\b',
    // A sign-off, not an appointment ("I'll talk to you tomorrow at 10" keeps the chat going).
    '\\b(?:talk|speak|chat) (?:to you )?(?:soon|later)(?=\\s*(?:[.!]|$))',
    '\\bhappy (?:holidays|new year|travels|shopping|reading|cooking|baking|gardening|listening|gaming|sailing|riding)\\b',
    // "Happy birthday!" as the last words; opening a reply ("Happy birthday to him! Saturday's
    // slots are full, but …") it congratulates.
    '\\bhappy birthday\\b(?=[^.!?]*[.!?]*\\s*$)',
    // "Happy crafting 🧶", "happy knitting!" as the last words.
    '\\bhappy \\p{L}+ing(?=[^\\p{L}]*$)',
    '\\ball the (?:very )?best\\b',
    // A sign-off said as a wish ("Best wishes!", "Kind regards."), not the signature of a letter
    // ("Kind regards, Anna"), which agents put under answers as well.
    '\\b(?:best|warm|warmest|kind|kindest|many) (?:wishes|regards)(?=\\s*(?:[!.]|$))',
    '\\bsee you(?: (?:soon|later|next time|around))?(?=\\s*(?:[.!]|$))',
    // "… Cheers!" as the reply's last word, after what it had to say.
    '(?<=[.!?]\\s*)cheers(?=\\s*[!.]*\\s*$)',
    '\\benjoy (?:your|the|whatever|what|it|them|every) ?\\p{L}*',
    '\\bдо свидания\\b',
    '\\bвсего (?:вам )?(?:доброго|хорошего|наилучшего)\\b',
    '\\b(?:хорошего|приятного|прекрасного|отличного|удачного|доброго) (?:вам )?(?:дня|вечера|настроения|отдыха|праздника|выходных|полета|пути|утра|чтения|просмотра|аппетита|путешествия|новоселья|переезда)\\b',
    '\\bдо встречи\\b',
    // «До субботы!», «До завтра!» as a sentence of its own: a goodbye until the day agreed (not
    // «привезём до субботы»).
    '(?:^|[.!?]\\s*)до (?:понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья|завтра|скорой встречи)(?=\\s*[!.]|\\s*$)',
    '\\bберегите себя\\b',
    // «Безопасных вам дорог!».
    '\\b(?:безопасных|счастливых) (?:вам )?дорог\\b',
    // Not «Доброй ночи!» opening a reply that goes on: a greeting at that hour.
    '\\b(?:хорошей|приятной|прекрасной|отличной|удачной|доброй|спокойной) (?:вам )?(?:недели|рабочей недели|поездки|дороги|ночи|смены)\\b(?<!^\\s*(?:доброй|добрый) (?:вам )?ночи)',
    '^\\s*доброй (?:вам )?ночи(?=[\\s!.)]*$)',
    // «Хорошей встречи с родителями!», «пусть у ветеринара всё пройдёт хорошо!» as the last words.
    '(?<!если нет\\s*[—–,-]?\\s*)\\b(?:хорошей|приятной|прекрасной|отличной|удачной) (?:вам )?(?:встречи|прогулки|учебы|дачи|свадьбы)(?: [^.!?]{0,30})?(?=\\s*!*\\s*$)',
    '\\bпусть (?:[^.!?]{0,30} )?(?:все|всё) пройд\\p{L}* (?:хорошо|отлично|гладко|удачно)(?=\\s*!*\\s*$)',
    '\\b(?:хороших|приятных|прекрасных|отличных|удачных|легких|безопасных) (?:вам )?(?:выходных|праздников|покупок|каникул|поездок|прогулок|полетов|тренировок|занятий|выступлений|путешествий)\\b',
    '\\bдо связи\\b',
    // «Ждём вас в пятницу» is an appointment, not a goodbye.
    // Not an appointment: «с 8:00 ждём вас на осмотр», «завтра ждём вас», «ждём вас и у нас».
    '\\b(?:ждем|будем рады видеть) вас\\b(?<!(?:\\d[:.]\\d\\d|завтра|сегодня|утром|днем|вечером)\\s(?:ждем|будем рады видеть) вас)(?! (?:в|во|с|к|по|на|завтра|сегодня|послезавтра|утром|днем|вечером|и у нас)\\b)',
    '\\b(?:если (?:что|будут вопросы|понадобится помощь)),? (?:пишите|обращайтесь|звоните)\\b',
    // «Обращайтесь в банк» sends the customer elsewhere; «обращайтесь (к нам)» is a goodbye.
    '\\bобращайтесь\\b(?!\\s+(?:в|во|к|ко|на)\\s+(?!нам\\b|мне\\b|наш\\p{L}*|чат\\b|этот\\b|любое\\b|любой\\b)\\p{L})',
    '\\bсчастливо\\b',
    // «Желаем удачной аренды!», «желаю успехов»: a wish that sends the customer on their way.
    '\\b(?:желаю|желаем) (?:вам )?(?:удачи|успехов|(?:удачн|хорош|приятн|успешн|легк|спокойн)\\p{L}+ \\p{L}+)(?=\\s*(?:[!.)]|$))',
    '\\bвсех благ\\b',
    // Any wish for what comes next, as a sentence of its own or after a comma: «Хорошей игры!»,
    // «Спасибо, удачной защиты!», «И вам приятной прогулки.» (not «… хорошей игры в составе»).
    '(?<=^|[.!?,]\\s*|\\bи вам\\s+)(?:хорош|приятн|прекрасн|отличн|удачн|спокойн|легк|успешн|весел)(?:его|ого|ей|ой|их|ых) (?:вам )?\\p{L}+(?=\\s*[!.]|\\s*$)',
  ],
  blame: [
    // "The address is clearly printed at the top of the letter": it was there to read.
    '\\b(?:is|are|was|were) (?:clearly|plainly|all|already) (?:printed|written|stated|shown|listed|explained) (?:on|in|at) (?:the )?(?:top of |bottom of |back of )?(?:the |your )?(?:letter|email|e-mail|ticket|confirmation|receipt|booking|invoice|card|website|page)\\b',
    // The duty put on the customer's side: "buyers are responsible for checking …", «покупатель
    // несёт ответственность за …», «это ответственность клиента».
    '\\b(?:buyers|customers|passengers|guests|members|users|clients|tenants|travellers|travelers|the (?:customer|buyer|passenger|guest|member|user|client|tenant|traveller|traveler)) (?:are|is) (?:solely |fully |always )?responsible for\\b',
    "\\b(?:it is|it's|that is|that's|this is) (?:your (?:own )?|the (?:customer|buyer|passenger|guest|member|user|client)(?:'s|s') (?:own )?)responsibility\\b",
    '\\b(?:покупатель|клиент|пассажир|гость|пользователь|арендатор|заказчик|вы) (?:сам |сами )?(?:несет|несете) (?:полную )?ответственность\\b',
    '\\bответственность (?:за [^.!?]{0,40})?(?:лежит|возлагается) на (?:покупател|клиент|пассажир|пользовател|заказчик|вас)\\p{L}*',
    // «Это ваша ответственность» blames; «это ваша посылка», «это ваша собственная работа» do not.
    '\\bэто (?:ваша (?:же |личная |собственная )?ответственность|ответственность (?:покупателя|клиента|пассажира|пользователя))\\b',
    // "You should have read it" blames; "you should have a confirmation email" tells what is coming.
    // "You shouldn't have to repeat yourself" owns that the customer was failed: not blame.
    "\\byou should(?:n't| not)? have (?!had\\b|got\\b|gotten\\b|received\\b|been\\b|heard\\b|seen\\b|an?\\b|the\\b|your\\b|it\\b|this\\b|that\\b|one\\b|some\\b|no\\b|access\\b|to\\b|them\\b|those\\b|these\\b|yours\\b|both\\b|everything\\b|all\\b|two\\b|three\\b)\\p{L}+",
    '\\byou (?:should|ought to) (?:have )?(?:read|checked|followed|looked|paid attention|been more careful)\\b',
    "\\b(?:that|it)(?:'s| is| was) (?:entirely |all |completely )?your (?:own )?(?:fault|responsibility|mistake|problem)\\b",
    '\\byour (?:own )?fault\\b',
    "\\byou(?<!\\b(?:if|whether|in case|unless|when) you) (?:didn't|did not|failed to|forgot to|never) (?:read|check|follow|fill|enter|provide|pay|update|click|tell|mention|select|choose|specify|notice|attach|confirm|look|activate|turn on|switch on|enable|renew|register|submit|save|upload|sign|add|book|inform)\\b",
    "\\byou must(?:'ve| have) (?:entered|typed|done|made|clicked|misread|forgotten|missed)\\b",
    '\\b(?:as|like) (?:it )?(?:is |was )?(?:clearly|explicitly|plainly) (?:stated|written|mentioned|shown|explained)\\b',
    '\\bif you had (?:read|checked|followed|paid|listened)\\b',
    '\\b(?:user|customer) error\\b',
    '\\byou (?:entered|typed|gave|provided|chose|picked|used|selected) (?:it |the (?:\\p{L}+ )?|a |your )?(?:wrong|incorrect)\\p{L}*',
    // Not the agent owning a broken promise: "You were told 5 days and it's been 21".
    "\\byou were (?:told|informed|warned)\\b(?![^.!?]*\\b(?:and|but) it(?:'s| has) been\\b)",
    '\\byou should (?:really |always |probably )?\\p{L}+ (?:\\p{L}+ )?(?:earlier|sooner|beforehand|in advance|first)\\b',
    '\\bсами (?:и )?виноват\\p{L}*',
    // «Странно, что вы не вышли и не сказали ему», "funny that you didn't mention it": a reproach.
    '\\b(?:странно|удивительно|непонятно),? (?:что|почему) вы (?:же )?(?:не|так и не|сами)\\b',
    "\\b(?:strange|odd|funny|surprising) (?:that )?you (?:didn't|did not|never|wouldn't have)\\b",
    '(?<!\\bне )\\b(?:это )?(?:ваша|ваша же) (?:вина|ошибка|проблема|недоработка)\\b',
    // «Вы правы, нужно было сразу назвать время»: owning what we should have done is not blame.
    // «Вы правы, повторять вам не нужно было»: agreeing with the customer first owns it too.
    // «Техник сделал чистку, но pH был 7,9 — это нужно было скорректировать сразу»: what our staff
    // should have done, said of their work, is owned, not blamed.
    '\\b(?:вам )?(?:надо|нужно|следовало|стоило)(?<!(?:мне|нам|мы|я|так и|правы,|согласна,|согласен,|согласны,|его|ее|её|их) (?:вам )?(?:надо|нужно|следовало|стоило)) было\\b(?<!\\bвы (?:совершенно |абсолютно |полностью )?правы\\b[^.!?]{0,60})(?<!\\b(?:техник|мастер|курьер|специалист|сотрудник|оператор|менеджер|водител|монтажник|инженер|бригад)\\p{L}*\\b[^.!?]{0,160}\\b(?:это|его|ее|их) (?:надо|нужно|следовало|стоило) было)(?![^.!?]{0,30}\\b(?:вам|вас|вами)\\b)',
    '\\bвы (?:не|невнимательно) (?:прочитали|прочли|читали|посмотрели|проверили|указали|заполнили|ознакомились|внимательно)\\b',
    '\\bвы(?<!\\b(?:если|ли|когда) вы) не (?:активировали|подключили|включили|нажали|сохранили|продлили|оплатили|отменили|выбрали|загрузили|приложили|подтвердили|зарегистрировали|сообщили|предупредили|обновили|дождались|дочитали|закрыли|завершили|заблокировали)\\b',
    // Догадка, что виноват клиент: «видимо, вы где-то нажали на баннер».
    '\\b(?:видимо|наверное|вероятно|скорее всего|похоже|должно быть),? вы(?: [\\p{L}-]+){0,3} (?:нажали|подключили|согласились|указали|ввели|выбрали|забыли|перепутали|ошиблись|не )',
    // Owning our own inattention is not blame: «наша невнимательность», «мы были невнимательны»,
    // «невнимательность с нашей стороны».
    `\\bневнимательн(?<!\\b(?:${OURS})(?: \\p{L}+)? невнимательн|\\b(?:я|мы)(?: (?:был|была|были|оказался|оказалась|оказались|проявил|проявила|проявили|очень|так|слишком))* невнимательн)\\p{L}*(?![\\p{L}\\p{N}])(?!(?: \\p{L}+){0,2} (?:(?:с|со) (?:нашей|моей) стороны|нашего|нашей|наших|моего|моей|моих)\\b)`,
    '\\bвы (?:сами )?(?:ошиблись|перепутали|забыли|неправильно|неверно)\\b',
    '\\bпо вашей (?:же )?(?:вине|ошибке|невнимательности)\\b',
    '\\b(?:вам )?не (?:стоило|следовало|надо было|нужно было) (?:\\p{L}+ )?(?:оставлять|откладывать|ждать|тянуть)\\b',
    '\\bвас (?:же )?(?:предупреждали|предупредили)\\b',
    // «Вы же сами согласились» blames; «Вы сами выбирали тариф?» asks who did it.
    '\\bвы же сами (?:\\p{L}+ла|\\p{L}+ли|\\p{L}+л|выбрали|заказали|согласились|подписали|нажали|указали)\\b',
    // Not «…пришлю выписку, чтобы вы сами видели эту сумму»: an offer.
    '(?<!\\bчтобы )\\bвы сами (?:\\p{L}+ла|\\p{L}+ли|\\p{L}+л|выбрали|заказали|согласились|подписали|нажали|указали)\\b(?![^.!?]*\\?)',
    '\\bпосмотрите внимательн\\p{L}*',
    '\\bчитать (?:надо|нужно) (?:внимательн\\p{L}*)?',
    // «На сайте же всё указано» points the customer back to what they should have read; «На сайте
    // указано: доставка 3 дня» gives the information, unless it rebuts them («но на сайте указано»).
    '\\b(?:в договоре|в правилах|в оферте|на сайте) (?:же |все |ясно |четко |черным по белому )+(?:написано|указано|сказано)\\b',
    '\\b(?:в договоре|в правилах|в оферте|на сайте) (?:написано|указано|сказано)\\b(?!\\s*(?:[:—–-]|,?\\s*что\\b))',
    '\\b(?:но|однако) (?:ведь )?(?:в договоре|в правилах|в оферте|на сайте) (?:написано|указано|сказано)\\b',
  ],
  dismissive: [
    // Shrugging off our own failure: "unfortunately, these things happen", «к сожалению, такое
    // случается, и повлиять на это мы не можем». Said of the customer's slip, to put them at ease
    // («такое случается, давайте исправим»), it is kind.
    '\\bunfortunately,? (?:these things|such things|it|that|this) (?:happens?|can happen)\\b',
    "\\b(?:these things|such things|it) (?:happens?|can happen)(?: sometimes)?,? (?:and|but) (?:there's nothing|there is nothing|we can't|we cannot|nothing)\\b",
    '\\bк сожалению,? такое (?:иногда |часто |периодически )?(?:бывает|случается)\\b',
    // "Delays can happen in this industry", «задержки случаются»: our own failure as a fact of life.
    '\\b(?:delays|mistakes|errors|problems|issues|hiccups|glitches|breakdowns|cancellations) (?:can|do|will|may) (?:sometimes |occasionally )?happen\\b',
    // "Staff illness does happen and is outside our control".
    '\\b(?:illness|sickness|staff illness|traffic|bad weather|human error|a mistake|an error|a delay|a cancellation) (?:does|can) (?:sometimes |occasionally )?happen\\b',
    '\\bhappens? in (?:this|our|any) (?:industry|business|line of work|trade)\\b',
    '\\b(?:engineers|drivers|couriers|technicians|fitters|installers|deliveries|parcels|orders|flights|trains) (?:occasionally|sometimes|can|do|often|may) (?:run late|get delayed|be delayed|are delayed|go missing|get lost|get held up|run behind)\\b',
    '\\b(?:мастера|курьеры|водители|монтажники|техники|посылки|заказы) (?:иногда|бывает|часто|порой) (?:опаздывают|задерживаются|теряются)\\b',
    '\\b(?:задержки|ошибки|сбои|накладки|поломки|форс-мажоры) (?:иногда |часто |периодически )?(?:бывают|случаются)\\b',
    '\\b(?:иногда |бывает,? )?случаются (?:форс-мажоры|накладки|задержки|сбои)\\b',
    // "…delays due to traffic, which are outside of our control": our failure put beyond us («мы не
    // несём ответственности» is already a refusal).
    '\\b(?:is|are|was|were) (?:entirely |completely |simply )?(?:outside|out|beyond) (?:of )?our control\\b',
    // "There is nothing further you can do at this stage."
    "\\bthere(?:'s| is) nothing (?:further|more|else) (?:you|we) can do (?:at this (?:stage|point)|right now|for now)\\b",
    '\\bв (?:нашей|любой|этой) (?:сфере|отрасли|работе) (?:такое |это )?(?:иногда |часто )?(?:бывает|случается)\\b',
    '\\b(?:это|одна задержка|это же) (?:еще )?не (?:катастрофа|конец света|трагедия)\\b',
    "\\b(?:it's|it is|that's|that is) not the end of the world\\b",
    '\\bтакое (?:иногда |часто |периодически )?(?:бывает|случается),? (?:и |но )?(?:ничего не поделаешь|повлиять на это|мы (?:ничего )?не можем|тут ничего)',
    // Said to the customer, not of a thing: "let me know if the alerts calm down".
    '\\bcalm down(?<!\\b(?:alerts?|notifications?|things|it|they|noise|traffic|symptoms|prices|the [\\p{L}-]+) calm down)\\b',
    '\\brelax\\b',
    "\\b(?:as|like) i(?:'ve)? (?:already |just |have )?(?:said|told you|mentioned|explained|stated|wrote|written)\\b",
    "\\bi(?:'ve| have)? (?:already|just) (?:said|told you|explained)\\b",
    '\\bnothing (?:more |else )?(?:i|we) can do\\b',
    "\\bi(?:'ve| have)? (?:already )?told you (?:already|before|twice|this)\\b",
    '\\bnot my (?:problem|department|job|responsibility|fault|issue|area)\\b',
    '\\bnot our (?:problem|responsibility|fault|issue)\\b',
    "\\b(?:that|it)(?:'s| is) (?:just )?(?:the |our |company )?(?:policy|rules)\\b",
    // "Whatever." and "whatever you say" shrug the customer off; "enjoy whatever you bought" does not.
    '(?:^|[.!?]\\s*)whatever(?=\\s*(?:[.!,]|$))',
    '\\bwhatever you (?:say|want|think|like)\\b(?=\\s*(?:[.!,]|$))',
    '\\bor whatever\\b',
    "\\b(?:deal with it|get over it|take it or leave it|that's life|it is what it is)\\b",
    "\\bi (?:can't|cannot|can not) help (?:you|with that|with this)\\b",
    "\\b(?:can't|cannot) do anything\\b",
    "\\byou(?:'re| are) overreacting\\b",
    '\\bno need to (?:shout|yell|be rude|get upset|panic|get angry)\\b',
    // Tone policing and passing the buck, family-wide.
    '\\bchill(?: out)?\\b(?! (?:bag|box|pack|chain|storage|compartment)s?\\b)',
    "\\b(?:don't|do not) (?:panic|shout|yell|get (?:so )?(?:upset|worked up|angry|emotional|hysterical)|be (?:so )?(?:dramatic|hysterical|emotional))\\b",
    '\\bstop (?:panicking|overreacting|being (?:so )?(?:dramatic|emotional|rude))\\b',
    // "Take it up with your bank", not "I'll take it up with her manager today".
    // Nor "so I can take it up with the cleaning team".
    "(?<!\\b(?:i'll|i will|we'll|we will|let me|i'm going to|i've|we've|i have|we have|i can|we can|i could|we could|so i can|so we can|i'd|we'd|i would|we would|i need to|i want to|i'd like to) )\\btake it up with\\b",
    "\\b(?:that's|that is|it's|it is) (?:a question |something )?for (?:your|the) (?:bank|seller|manufacturer|courier|post office)(?: to (?:sort|deal with|answer))?\\b(?= *[.!]|$)",
    // "Once a parcel has been dispatched, delivery is the courier's responsibility", «за доставку
    // отвечает курьерская служба».
    "\\b(?:is|are|becomes|become) (?:entirely |solely )?(?:the )?(?:courier|carrier|couriers|carriers|delivery company|manufacturer|bank|airline|seller|post office|royal mail)(?:'s|s')? (?:responsibility|problem|job)\\b",
    '\\b(?:is|are|becomes|become) (?:entirely |solely )?the responsibility of (?:the )?(?:courier|carrier|delivery company|manufacturer|bank|airline|seller|post office)\\b',
    '\\b(?:за (?:доставку|перевозку|сохранность \\p{L}+) )?(?:отвечает|несет ответственность|несут ответственность) (?:курьерская служба|транспортная компания|перевозчик|производитель|банк|почта)\\b',
    '\\bstop (?:shouting|yelling|complaining)\\b',
    "\\bi don't know what (?:else )?to tell you\\b",
    "\\bwe(?:'re| are) done here\\b",
    "\\bthat(?:'s| is) (?:just )?how it (?:is|works)\\b",
    "\\bthere(?:'s| is) nothing (?:more |else )?(?:i|we) can\\b",
    '\\bуспокойтесь\\b',
    '\\bуспокойся\\b',
    '\\bне (?:надо |нужно |стоит )?(?:кричать|нервничать|паниковать|истерить|повышать голос)\\b',
    '\\bне (?:нервничайте|кричите|истерите|паникуйте|повышайте (?:на меня )?голос|орите|психуйте|драматизируйте|накручивайте себя)\\b',
    '\\b(?:это )?не (?:в )?(?:моей|нашей|моя|наша) (?:зоне|зона) ответственности\\b',
    '\\b(?:обращайтесь|идите|звоните|пишите) (?:в|к|на) (?:свой |ваш )?(?:банк\\p{L}*|продавц\\p{L}*|производител\\p{L}*|почт\\p{L}*|курьерск\\p{L}* служб\\p{L}*|магазин\\p{L}*|другой отдел|другую службу)\\b',
    SAID_ALREADY_RU,
    '\\b(?:как|ведь) я (?:уже )?(?:вам )?(?:уже )?(?:сказал|сказала|говорил|говорила|писал|писала|написал|написала|объяснял|объясняла)\\b',
    '\\bповторяю (?:еще раз|вам)\\b',
    '\\bничем не (?:могу|можем) (?:вам )?помочь\\b',
    '\\bничего не (?:могу|можем) (?:с этим )?(?:сделать|поделать)\\b',
    '\\b(?:это )?не (?:моя|наша) (?:проблема|вина|компетенция|забота|ответственность)\\b',
    '\\bне ко мне\\b',
    '\\b(?:таковы|такие) (?:правила|условия)\\b',
    '\\b(?:так|не) положено\\b',
    '\\bничего не поделаешь\\b',
    '\\bэто ваши проблемы\\b',
    '\\bне мои проблемы\\b',
    '\\bмне (?:все )?равно\\b',
    '\\bчитайте (?:договор|правила|оферту|сайт|условия)\\b',
    '\\b(?:это |такова )?политика компании\\b',
    '\\bвам не угодишь\\b',
    '\\b(?:заказывайте|обращайтесь|идите) (?:в другом месте|к другим|куда хотите|в другую компанию)\\b',
    '\\bвечно вы\\b',
    '\\bсколько можно\\b',
    '\\b(?:мы|я) (?:за (?:них|него|это|курьеров|них) )?не (?:отвечаем|отвечаю)(?: за)?\\b',
    '\\bэто (?:не к нам|не ко мне|не по адресу|решает (?:другой|технический|другая|отдел)\\p{L}*)',
  ],
};

interface CompiledIntent {
  /** Patterns that can match English text, and those that can match Russian text. */
  en: RegExp | null;
  ru: RegExp | null;
}

function compileIntent(sources: readonly string[]): CompiledIntent {
  const of = (script: 'en' | 'ru') => {
    const mine = sources.filter((s) => scriptOf(s) !== (script === 'en' ? 'ru' : 'en'));
    return mine.length ? compilePatterns(mine) : null;
  };
  return { en: of('en'), ru: of('ru') };
}

const COMPILED: Record<BuiltinIntent, CompiledIntent> = Object.fromEntries(
  BUILTIN_INTENTS.map((intent) => [intent, compileIntent(PATTERNS[intent])]),
) as Record<BuiltinIntent, CompiledIntent>;

/** A negation word: «не», «ничего», "not", "never", "won't", "no longer". */
const NEGATION =
  /^(?:не|ни|нет|ничего|ничем|никак|никогда|никому|никуда|not|never|cannot|no longer|[a-z]+n't)$/u;
/** Small words that may stand between a negation and its verb: «так и не», «ещё не», "not yet". */
const BETWEEN =
  /^(?:и|уже|еще|ещё|пока|так|же|вам|вас|вообще|ever|yet|even|really|actually|also)$/u;
/** A negation word inside a commitment's own span («я ничем», «мы ничего не»). */
const NEGATION_INSIDE =
  /(?:^|[^a-zа-я0-9'])(?:не|ни|ничем|ничего|никак|никогда|not|never|no longer|[a-z]+n't)(?![a-zа-я0-9'])/u;

/**
 * The commitment at `start` is negated in its clause: the word right before it is a negation
 * («не передам», «так и не отправили», "never processed", "no longer ships"), or its own words hold
 * one («я ничем не могу»). A negation in another clause ("Don't worry, I'll …", «Если не придёт,
 * я …») does not count.
 */
export function negatedAt(normalized: string, start: number, end = start): boolean {
  if (NEGATION_INSIDE.test(normalized.slice(start, end))) return true;
  const before = normalized.slice(Math.max(0, start - 40), start);
  const words = before.split(/\s+/).filter(Boolean);
  if (before.length && !/\s$/.test(before)) words.pop();
  for (let k = words.length - 1, seen = 0; k >= 0 && seen < 3; k--, seen++) {
    const word = words[k]!;
    if (/[.,;:!?—–()«»"]$/.test(word)) return false;
    const bare = word.replace(/^[«"(]+/, '');
    if (NEGATION.test(bare)) return true;
    if (k > 0 && NEGATION.test(`${words[k - 1]} ${bare}`)) return true;
    if (!BETWEEN.test(bare)) return false;
  }
  return false;
}

/** Every span of text where a built-in intent is expressed. */
export function findIntent(
  text: string,
  intent: BuiltinIntent,
  normalized = normalize(text),
): Span[] {
  const spans: Span[] = [];
  if (!normalized.trim()) return spans;
  const { en, ru } = COMPILED[intent];
  // Run only the patterns that can match this text's script; a mixed text runs both.
  const regexes = hasCyrillic(normalized) ? (hasLatin(normalized) ? [en, ru] : [ru]) : [en];
  for (const regex of regexes) {
    if (!regex) continue;
    for (const span of spansOf(regex, normalized)) {
      // A negated commitment («я не передам», "I never processed") commits to nothing.
      if (intent === 'solution' && negatedAt(normalized, span.start, span.end)) continue;
      spans.push(span);
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

export type DetectedIntents = ReadonlyMap<BuiltinIntent, readonly Span[]>;

/**
 * The last texts read, oldest first. A reply is read by the engine, by the reply score (and again
 * as an earlier turn of every later reply) and by the transcript score at the close: the same
 * answer each time, worked out once. Bounded, so a long-running server does not grow with it.
 */
const READ = new Map<string, DetectedIntents>();
const READ_LIMIT = 8192;

/** The built-in intents a reply expresses, with where. The result is shared: do not change it. */
export function detectIntents(text: string): DetectedIntents {
  const known = READ.get(text);
  if (known) return known;
  const normalized = normalize(text);
  const found = new Map<BuiltinIntent, Span[]>();
  for (const intent of BUILTIN_INTENTS) {
    const spans = findIntent(text, intent, normalized);
    if (spans.length) found.set(intent, spans);
  }
  if (READ.size >= READ_LIMIT) READ.delete(READ.keys().next().value!);
  READ.set(text, found);
  return found;
}
