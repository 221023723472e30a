/** The shape of a scoring lexicon: phrase rules per language, each explainable on its own. */
import type { BuiltinIntent } from '../language/intents';
import type { Dimension } from '../scenarios/schema';

export interface LexiconRule {
  /** Stable id, e.g. `patience.dismissive`; shown in findings and used by the evaluation report. */
  id: string;
  dimension: Dimension;
  /** Points on the reply's 0..100 scale: negative deducts, positive credits. */
  points: number;
  /** The rule also fires wherever this built-in intent is expressed (one source of truth). */
  intent?: BuiltinIntent;
  /** A more specific reading of this intent's words ("as I said" of dismissive): it claims them first. */
  refines?: BuiltinIntent;
  /** Regular expression sources on normalised text; `\b` is a Unicode word boundary. */
  patterns: readonly string[];
  /** Match the original text, capitals included (the respectful «Вы»), not the lower-cased one. */
  caseSensitive?: boolean;
  /** Matches inside these are not counted ("no problem" is not a negative). */
  unless?: readonly string[];
  message: string;
  suggestion?: string;
}

/** The per-language texts the scorer uses for findings it computes rather than matches. */
export interface ScorerMessages {
  shouting: string;
  shoutingFix: string;
  exclamations: string;
  exclamationsFix: string;
  curt: string;
  curtFix: string;
  /** A bare fragment in answer to the customer's question ("3 years."). */
  curtAnswer: string;
  curtAnswerFix: string;
  /** Asking again for a number or address the customer has already given. */
  asksAgain: string;
  asksAgainFix: string;
  /** A wink, a laugh or "just kidding" while the customer still has a problem. */
  joking: string;
  jokingFix: string;
  /** A plain smile while the customer still has a problem. */
  smiley: string;
  smileyFix: string;
  repeatCurt: string;
  repeatCurtFix: string;
  noAcknowledgement: string;
  noAcknowledgementFix: string;
  repeatedReply: string;
  repeatedReplyFix: string;
  repeatedSentence: string;
  repeatedSentenceFix: string;
  stuffing: string;
  stuffingFix: string;
  keywordSoup: string;
  keywordSoupFix: string;
  upsell: string;
  upsellFix: string;
  howCanIHelp: string;
  howCanIHelpFix: string;
  askedAgain: string;
  askedAgainFix: string;
  /** Asks a customer who says they have sent something more than once to send it again. */
  askedToResend: string;
  askedToResendFix: string;
  /** The customer said what they could not use ("NOW, not a form"), and the reply sends them to it. */
  refusedRoute: string;
  refusedRouteFix: string;
  fakeResolution: string;
  fakeResolutionFix: string;
  generic: string;
  genericFix: string;
  closingTooEarly: string;
  closingTooEarlyFix: string;
  concreteDetail: string;
  avoidPhrase: string;
  preferPhrase: string;
  closureSummary: string;
  closureSummaryFix: string;
  closureAnythingElse: string;
  closureAnythingElseFix: string;
  closureThanks: string;
  closureThanksFix: string;
  closureFarewell: string;
  closureFarewellFix: string;
  prematureClose: string;
  prematureCloseFix: string;
  /** The trainee closed the chat before the conversation reached an ending. */
  closedEarly: string;
  closedEarlyFix: string;
  /** A goodbye in the same message as "anything else?": the customer had no room to answer. */
  didNotWait: string;
  didNotWaitFix: string;
  /** A goodbye that ignores what the customer said was still to come (a decision, details to send). */
  leftPending: string;
  /** The closing reply also pitches or asks for a rating; {what}: its words. */
  sourNote: string;
  sourNoteFix: string;
  leftPendingFix: string;
  /** A recap that gives a figure the chat later changed; `{old}` and `{new}` stand for the figures. */
  staleRecap: string;
  staleRecapFix: string;
  /** A recap that names what was not agreed (the option turned down, a misquoted reference). */
  wrongRecap: string;
  openQuestion: string;
  openQuestionFix: string;
  /** A later question of the customer's left unanswered; `{q}` stands for the question. */
  unansweredQuestion: string;
  unansweredQuestionFix: string;
  /** The reply says it answered everything while a question is left open. */
  claimsComplete: string;
  claimsCompleteFix: string;
}

export interface Lexicon {
  rules: readonly LexiconRule[];
  messages: ScorerMessages;
  /** Concrete commitments: dates, times, amounts, deadlines. */
  concrete: readonly string[];
  /** Signs that the customer is upset. */
  upset: readonly string[];
  /** Signs that the customer is repeating themself. */
  repeating: readonly string[];
  /** Signs that the customer confirms all is well (the moment a close becomes proper). */
  confirmation: readonly string[];
  /** The customer says there is nothing more ("that's all", «больше ничего»). */
  allDone: readonly string[];
  /** The customer still has to check something ("I'll try that tonight"): not yet confirmed. */
  pending: readonly string[];
  /** Hollow marketing and courtesy filler ("we value every customer"). */
  filler: readonly string[];
  /**
   * Offers of help with nothing in them ("I'll be happy to help!", «с радостью помогу»): a
   * courtesy formula, not a commitment; they earn no solution credit and do not count as an answer.
   */
  emptyOffer: readonly string[];
  /**
   * Neutral pointers to where information is written ("our terms state", «на сайте указано»). A
   * deduction on a pointer is waived when the reply gives what it points to: the sentence goes on
   * with it (": …", "that …", «, что …»), or the reply has a link, an offer to bring the information
   * (`bringsInfo`) or a concrete detail. Bare ones, emphasised ones («всё», «же», "clearly", "all":
   * not pointers) and rebuttals ("but the terms say", «но на сайте указано») keep their deduction.
   */
  pointers: readonly string[];
  /** A link, or an offer to bring the information itself ("I'll walk you through it", «пришлю ссылку»). */
  bringsInfo: readonly string[];
  /** Claims of a resolution with nothing behind them ("I have resolved your issue"). */
  fakeResolution: readonly string[];
  /** A direct answer at the start ("Yes, …"). */
  answerStart: readonly string[];
  /** Words that make a clause a question. */
  questionWords: readonly string[];
  /** Summary openers ("to recap", "итак"). */
  summary: readonly string[];
  /**
   * Openers that make a reply a closing recap ("to sum up", «подведу итог»); a recap while the
   * customer's problem is still open, with no answer in the reply, closes the chat too early.
   */
  recap: readonly string[];
  /** Something already done for the customer ("I've reset it", «я разблокировала», «заказ отправлен»). */
  done: readonly string[];
  /** A sales offer: a discount, % off, a promo code, cashback («скидка», «акция», «промокод»). */
  salesOffer: readonly string[];
  /** The customer asks about prices or offers, so a sales offer answers them. */
  priceTopic: readonly string[];
  /** An offer tied to the customer's trouble ("as an apology", «в качестве компенсации»): not an upsell. */
  compensation: readonly string[];
  /**
   * "How can I help?" («чем могу помочь?»): right after a bare greeting, a sign the customer's message
   * was not read once they have said what is wrong.
   */
  helpQuestion: readonly string[];
  /**
   * Asking for a number or an ID ("could you give me your order number?", «назовите номер
   * заказа»); asked when the customer has already written one, it shows their message was not read.
   * Asking to confirm one (verification) is not in it.
   */
  asksForNumber: readonly string[];
  /** Asking for an e-mail address («пришлите ваш e-mail»). */
  asksForEmail: readonly string[];
  /**
   * Reassurance that someone is on it now ("I'm on it", «сейчас всё исправим»): for an upset
   * customer it acknowledges the trouble as much as an apology does (no credit of its own).
   */
  reassurance: readonly string[];
  /**
   * Joking with a customer who still has a problem: a winking or laughing emoji, "just kidding",
   * «шучу». A friendly smile after the problem is solved is not in it.
   */
  joking: readonly string[];
  /** Words that carry no content when checking whether a reply addresses the customer. */
  stopwords: ReadonlySet<string>;
}

export { compilePatterns } from '../language/patterns';
