/** English scoring lexicon. Messages and suggestions are in English, the reply's language. */
import { CLOSE_CHAT as CLOSE_CHAT_PATTERNS } from '../language/intents';
import type { Lexicon } from './lexicon';

/** Offers of help with nothing in them: see Lexicon.emptyOffer. */
const EMPTY_OFFER = [
  // "Our team will be happy to help you with this": the offer made for someone else.
  "\\b(?:our|the) (?:team|staff|specialists|agents|advisers|advisors|colleagues)(?: members)? (?:will|'ll|would) (?:be )?(?:(?:very|so|really|more than) )?(?:happy|glad|delighted|pleased) to (?:help|assist|advise)(?: you)?(?: with (?:this|that|it|your (?:request|question|query)))?\\b",
  "\\b(?:i|we)(?:'ll|'d| will| would) (?:always )?(?:be )?(?:(?:very|so|really|more than|only too|absolutely|truly|genuinely|most) )?(?:happy|glad|delighted|pleased) to (?:help|assist)(?: you)?(?: (?:with|on) (?:that|this|it|your (?:request|question|query|issue|problem|case)))?\\b",
  "\\bi(?:'ll| will) (?:gladly |happily |always |definitely )?(?:help|assist)(?: you)?(?: (?:with|on) (?:that|this|it))?(?=\\s*(?:[.,;!?]|$))",
  "\\bi(?:'ll| will) (?:always )?be (?:here|there) for you\\b",
  "\\blet(?:'s| us| me) (?:see|stay positive|keep positive)\\b",
  // "We'll take care of everything on the day": everything, with no step and no time.
  "\\b(?:we'll|we will|i'll|i will) (?:take care of|handle|sort) (?:everything|it all|all of it|the rest)\\b(?![^.!?]{0,30}\\b(?:by|today|tomorrow|tonight|within|before)\\b)",
  // "Our advisers will help with any questions you have": help with anything is help with nothing.
  '\\b(?:will|can|would be happy to|are happy to) (?:gladly )?help (?:you )?with any (?:\\p{L}+ )?(?:questions?|queries|issues)\\b',
];

/**
 * An order to wait ("Just wait.", "You'll have to wait"), not "thanks for waiting", "while you wait"
 * or "I'll wait".
 */
const WAIT_ORDER = [
  '(?:^|(?<=[.!?]\\s*))(?:just |please )?(?:wait|be patient)(?=\\s*(?:[.!]|$))',
  '\\bjust (?:wait|be patient)\\b',
  "\\byou(?:'ll| will)? (?:just )?(?:have|need) to (?:wait|be patient)\\b",
  '\\bkeep waiting\\b',
];
/** A short hold while the agent checks ("please wait a moment while I check"): not an order to wait. */
const WAIT_HOLD = [
  "\\b(?:wait|hold)\\b[^.!?]{0,30}\\b(?:minutes?|seconds?|moment|while (?:i|we)|whilst (?:i|we)|i(?:'ll| will)? (?:check|look))\\b",
];

/**
 * A formula that an unnamed request was handled ("your request has been processed"): nothing the
 * customer can hold on to, so no commitment credit. "Your refund request has been processed" names it.
 */
const GENERIC_DONE = [
  "\\b(?:your|the|this) (?:request|inquiry|enquiry|query|ticket|case|issue|application|complaint|message|appeal)(?:'s| is| has been| was| have been) (?:now |already |just |successfully )?(?:processed|registered|received|accepted|logged|noted|forwarded|handled|recorded|submitted|created|opened|passed on)\\b",
  // A promise tied to a time that is no time: "it will arrive in due course".
  "\\b\\p{L}+(?: \\p{L}+)? (?:will|'ll) \\p{L}+(?: \\p{L}+){0,4} (?:in due course|at some point|eventually|in the (?:standard|usual|normal) (?:time ?frame|time|period))\\b",
  // "I've noted both of your questions": nothing answered, nothing done.
  "\\bi(?:'ve| have) (?:noted|logged|registered|recorded|taken note of) (?:both |all )?(?:of )?your (?:questions?|queries|query|requests?|comments?|preferences|concerns?|feedback)\\b",
];

/** Announcing the end of the chat: a sign-off, not a commitment (see intents' CLOSE_CHAT). */
const CLOSE_CHAT = CLOSE_CHAT_PATTERNS.en;

/**
 * Sending the customer elsewhere for the answer ("please visit our Help Center", "you can ask at the
 * desk"). Also a pointer (Lexicon.pointers): a reply that goes on to give the answer, a link or a
 * detail is not deflecting.
 */
const DEFLECTION = [
  // "Your exact rates can be found on your latest bill": what was asked for, sent to look up.
  '\\b(?:your|the) (?:exact |current |full |latest )?(?:rates?|prices?|charges?|balance|tariff details|usage|readings?|figures?|amounts?|fees?) (?:can be|are) (?:found|seen|shown|listed|checked|viewed) (?:on|in) (?:your|the|our)\\b',
  // "Re-entry details can be found in our Festival FAQs".
  '\\b(?:details|information|info|answers?|everything|more) (?:about \\p{L}+ )?(?:can be|are|is) (?:found|available|listed) (?:in|on) (?:our|the) (?:\\p{L}+ )?(?:faqs?|website|site|help cent(?:re|er)|app|terms|policy)\\b',
  // "I'd recommend reviewing the permits page on our website".
  "\\b(?:i'd|i would|we'd|we would) recommend (?:reviewing|checking|reading|visiting|looking at) (?:the |our )?(?:\\p{L}+ )?(?:page|website|site|faq|help cent(?:re|er))\\b",
  // "If you get stuck, ask your granddaughter to help": the customer sent to family instead of helped.
  '\\bask (?:your )?(?:granddaughter|grandson|son|daughter|children|kids|family|a family member|a friend|someone) (?:to help|for help)\\b',
  '\\byou (?:can|will) find (?:full |more |all |further )?(?:details|information|info)\\b[^.!?]{0,50}\\bon (?:our|the) (?:website|site|app|help cent(?:re|er))\\b',
  '\\b(?:please )?(?:check|see|refer to|read) (?:your|our|the) (?:\\p{L}+ )?(?:terms|policy|conditions|t&cs|faq|website)(?: (?:and conditions|for (?:more )?details))?\\b',
  // "Please refer to clause 11 of your agreement, which sets out the settlement terms".
  '\\b(?:please )?(?:check|see|refer to|read|consult) (?:clause|section|paragraph|point|page) \\d+(?:\\.\\d+)? of (?:your|our|the) (?:\\p{L}+ )?(?:agreement|contract|terms|lease|policy|conditions|handbook|guide)\\b',
  "\\b(?:they're|it's|they are|it is|all) (?:all )?(?:explained|described|covered) in (?:the|our) (?:\\p{L}+'?s? ){0,4}(?:section|guide|manual|faq|help cent(?:re|er))\\b",
  '\\b(?:please )?(?:visit|see|check|consult|refer to|go to) (?:our|the) (?:help ?cent(?:er|re)|faq|faqs|knowledge base|support (?:page|site|section)|help (?:pages?|section))\\b',
  // "For more information please visit our website".
  '\\bfor (?:more|further|full) (?:information|info|details),? (?:please )?(?:visit|see|check|go to) (?:our|the) (?:website|site|app)\\b',
  '\\byou (?:can|could|may) (?:ask|check|inquire|enquire|find out)(?: about (?:that|this|it))? (?:at|with|on|in) (?:the|our|your) (?:front desk|desk|reception|station|store|shop|branch|office|counter|bank|website|site)\\b',
];

/** Openers of a closing recap: see Lexicon.recap. */
const RECAP = [
  '\\b(?:to (?:recap|summari[sz]e|sum up|sum it up|wrap up)|in summary|summing up|so,? to (?:recap|sum up)|for the record|the fix was)\\b',
];

/** Reassurance: the customer is told it will be put right, or that they did right. */
const REASSURE = [
  // "The main thing right now is to keep you dry": the fear met first.
  '\\bthe (?:main|most important) thing (?:right )?now is (?:to keep you|that you|your|keeping you|getting you)\\b',
  // "You're not asking too much, these are the right questions", "Of course you do." to "I just want
  // to see my mum".
  "\\byou(?:'re| are) not asking (?:too much|a lot|too many questions)\\b",
  '\\b(?:these|those|they) are (?:exactly )?the right questions\\b',
  '^\\s*of course you do\\b',
  // "You haven't lost your tickets" to "tell me I haven't been scammed".
  "\\byou (?:haven't|have not) (?:lost|been scammed)\\b",
  // "We'll get this done before Friday" to a customer worried about a deadline.
  "\\bwe(?:'ll| will) get (?:this|it|you) (?:done|sorted|fixed|enrolled|through) (?:before|by|in time)\\b",
  // "Take a breath, this happens and it's fixable".
  "\\b(?:it's|it is|that's|that is) (?:easily |totally |completely )?fixable\\b",
  '\\btake a (?:deep )?breath\\b',
  // "Not at all – it's a big spend and worth getting right": to a customer who apologises for asking.
  '^\\s*not at all\\b',
  "\\b(?:it's|it is) (?:a big|an important|a major) (?:spend|decision|purchase|choice|step)\\b",
  '\\bworth getting right\\b',
  // "Take your time, I'm here": the customer is neither hurried nor left alone.
  "\\btake your time[,.!:;—–-]*\\s*(?:[—–-]\\s*)?(?:i'm|i am|we're|we are) (?:here|not going anywhere|right here)\\b",
  // "You're not going on.": to a customer who apologises for going on.
  "^\\s*you(?:'re| are) not (?:going on|rambling|babbling|bothering (?:me|us)|a (?:bother|nuisance|pain|fool)|stupid|silly|daft|being (?:a )?(?:bother|nuisance|pain|difficult|silly|daft|stupid))\\b",
  // "Ha, much better to find out now than on Saturday!": to a customer who apologises for changing it.
  '\\b(?:much |far |way )?better to find (?:it |that |this )?out now\\b',
  // "No rush at all, you've given me everything I need": to a customer who apologises for being slow.
  '^\\s*no (?:rush|hurry)(?: at all)?\\b',
  // "Let's go through it together", "we'll work it out together": the customer is not alone with it.
  "\\b(?:let's|let us|we'll|we will) (?:go through|work through|work out|figure out|sort out|do) (?:it|this|that|them) (?:out )?together\\b",
  // "Not silly at all, it's a good thing to check", "good that you asked".
  '\\bnot (?:a )?(?:silly|stupid|dumb)(?: question)? at all\\b',
  "\\b(?:it's|that's|it is|that is) (?:a )?(?:good|sensible|right) (?:thing )?to (?:check|ask)\\b",
  '\\bgood (?:that|you) (?:asked|checked|got in touch|wrote)\\b',
  "\\blet(?:'s| us) (?:get (?:you|this|it|that|to the bottom)|sort (?:this|it|that)|fix (?:this|it|that))\\b",
  // To an unsure customer: "we'll go one step at a time", "let's take it slowly".
  "\\b(?:we'll|we will|let's|let us|we can) (?:go|take it|do it|do this|work through it|walk through it) (?:one step at a time|step by step|slowly|nice and slowly|together)\\b",
  "\\byou(?: did|'ve done| have done) (?:exactly |absolutely )?the right thing\\b",
  // "There's time to put this right before Saturday".
  "\\bthere(?:'s| is) (?:still )?(?:plenty of |enough )?time to (?:put (?:this|it|that) right|fix (?:this|it|that)|sort (?:this|it|that) out|get (?:this|it|that) sorted)\\b",
  // To a worried customer writing again: "ask as many questions as you need".
  '\\b(?:ask|message|write to) (?:us |me )?as (?:many (?:questions )?|often )as you (?:need|like|want)\\b',
  // To a customer unsure of themself: "you're doing just fine", "you've done everything right".
  "\\byou(?:'re| are) doing (?:just |really |perfectly |absolutely )?(?:fine|great|well|brilliantly)\\b",
  "\\byou(?:'ve| have) done (?:everything|it all|all of it) (?:right|correctly)\\b",
  '^\\s*on it\\b',
  '\\bno need to apologi[sz]e\\b',
  "\\b(?:we|i) (?:won't|will not) (?:cancel|charge|close|delete|remove|block|penali[sz]e) (?:you|your|it|the)\\b",
  "\\b(?:it's|it is|nothing's|nothing is) not broken\\b",
  "\\bnothing(?:'s| is) wrong with (?:it|your \\p{L}+)\\b",
  "\\b(?:there's|there is) nothing (?:at all )?to worry about\\b",
  // An undecided customer's doubt made normal: "it's a big decision", "worth getting right".
  "\\b(?:it's|that's|it is|that is) (?:a )?(?:big|important|tricky|tough|hard) (?:decision|choice|call)\\b",
  "\\b(?:it's|that's|it is|that is) worth getting (?:it )?right\\b",
  "\\b(?:rest assured|put your mind at rest|you(?:'re| are) in good hands)\\b",
  // "Please don't give up yet", "we'll get it working together".
  "\\b(?:please )?don't give up(?: yet| on (?:it|us))?\\b",
  "\\bwe(?:'ll| will) get (?:it|this|you) (?:working|sorted|going|set up|connected)(?: together)?\\b",
  // To a customer stranded or lost: "OK, you're in the right place", "so no worries there".
  "\\byou(?:'re| are) in the right place\\b",
  '\\bno worries (?:there|on that (?:front|score))\\b',
  // "The money isn't lost", "nothing is lost": the worst fear answered first.
  "\\b(?:the|your) (?:money|payment|funds|rent|booking|order|data|files|photos|account|deposit) (?:isn't|is not|hasn't been|has not been|won't be|will not be) (?:lost|gone|cancelled|deleted)\\b",
  "\\bnothing(?:'s| is| has been| will be) lost\\b",
  // "You haven't done anything wrong", "you've done nothing wrong".
  "\\byou(?:'ve| have)(?:n't| not) done anything wrong\\b",
  "\\byou(?:'ve| have) done nothing wrong\\b",
  "\\byou (?:didn't|did not) do anything wrong\\b",
  '\\byou did nothing wrong\\b',
];

/** "We apologise for any inconvenience (caused)", "sorry for any inconvenience this may have caused". */
const STOCK_APOLOGY_EN =
  "\\b(?:(?:i|we) (?:do |sincerely |truly )?apologi[sz]e|(?:i|we) are sorry|i'm sorry|we're sorry|sorry|apologies|our apologies)(?: again)? for any (?:inconvenience|trouble|disruption)(?: (?:this|that|it) (?:may have|might have|has|may|might) caused?(?: you)?| caused)?\\b";

/**
 * Sorry for how the customer feels, not for what happened: "I'm sorry you feel that way", "sorry if
 * you were confused", "sorry for any confusion on your part".
 */
const NON_APOLOGY_EN = [
  "\\b(?:i'm |i am |we're |we are )?sorry (?:to hear )?(?:that )?you(?:'re| are| feel|'ve been| have been) (?:so )?(?:unhappy|upset|disappointed|dissatisfied|not happy|not satisfied)\\b",
  // "I'm sorry you were unable to receive your parcel": sorry for what the customer did not manage.
  "\\b(?:(?:i'm|i am|we're|we are) )?sorry (?:that )?you (?:were|are|have been|weren't|are not|aren't) (?:unable|not able|not available) to\\b",
  // "I'm sorry you weren't aware of this": sorry for what the customer did not know.
  "\\b(?:(?:i'm|i am|we're|we are) )?sorry (?:that |if )?you (?:weren't|were not|aren't|are not) (?:aware|informed)\\b",
  // "I'm sorry you had a disappointing experience": sorry for the customer's experience, not for
  // what we did.
  "\\b(?:(?:i'm|i am|we're|we are) )?sorry (?:to hear )?(?:that )?you (?:had|have had|experienced) (?:a|such a|an) (?:\\p{L}+ )?(?:disappointing|bad|negative|poor|frustrating|unpleasant|upsetting|less than (?:ideal|satisfactory)) (?:experience|visit|time)\\b",
  // "I'm sorry you feel the cottage wasn't up to standard": sorry for the customer's view of it.
  "\\b(?:(?:i'm|i am|we're|we are) )?sorry (?:that |if )?you (?:feel|felt|think|thought|believe|consider)(?: that)? [^.!?,;]{0,40}\\b(?:wasn't|was not|isn't|is not|weren't|were not|aren't|are not|didn't|did not|hasn't|has not)\\b",
  // "I'm sorry you feel let down": sorry for the feeling, not for the no-show.
  "\\b(?:(?:i'm|i am|we're|we are) )?sorry (?:that |if )?you (?:feel|felt) (?:let down|disappointed|frustrated|upset|unhappy)\\b",
  "\\b(?:(?:i'm|i am|we're|we are) )?sorry (?:to hear )?(?:that |if )?(?:you (?:feel|felt) (?:that way|this way|like that|so)|you see it (?:that|this) way|you (?:were|are|feel|felt) (?:offended|confused|misled|upset by this|disappointed with (?:our|the) (?:policy|decision|rules))|(?:for )?any (?:confusion|misunderstanding) on your part)\\b",
];

export const EN: Lexicon = {
  rules: [
    {
      id: 'patience.apology-but',
      dimension: 'patience',
      points: -12,
      patterns: [
        '\\b(?:sorry|apologi[sz]e|apologies)\\b[^.!?]{0,100}(?:[.!?]\\s*)?\\b(?:but|however|although|though)\\b',
        // "I understand your frustration, however …" takes the understanding back too.
        "\\bi (?:completely |totally |fully )?understand (?:your|how|that|the|you're|you are|this|it|why|what)\\b[^.!?]{0,60}\\b(?:but|however)\\b",
        // "I understand, but I can only …", "I appreciate that you feel it was spotless, but …"
        '\\bi (?:completely |totally |fully |do )?understand,? (?:but|however)\\b',
        '\\bi (?:do )?(?:appreciate|hear|get|see) (?:that|how|what|you|where you)\\b[^.!?]{0,60}\\b(?:but|however)\\b',
      ],
      // "I understand your worry, but the money isn't lost": what follows is reassurance.
      unless: [
        "\\b(?:but|however),? [^.!?]{0,25}(?:(?:isn't|is not|won't be|will not be|hasn't been|has not been) (?:lost|gone)|nothing (?:is|has been|will be) lost|(?:is|are) (?:safe|secure))",
        // "Sorry to ask, but could you …?", "I hear you, but where does … come from?": what follows
        // is a question to the customer, not a refusal that takes the apology back.
        '\\b(?:but|however|though),? [^.!?]{0,120}\\?',
      ],
      message:
        'An apology followed by "but" takes itself back: the customer hears only what comes after.',
      suggestion:
        'Keep the apology whole and go straight to what you will do: "I’m sorry. I’ve rebooked you on …"',
    },
    {
      id: 'patience.tone-policing',
      dimension: 'patience',
      points: -15,
      refines: 'dismissive',
      patterns: [
        // "Please note that abusive language isn't tolerated and may lead to this chat being closed".
        "\\b(?:abusive|offensive|foul|bad|strong|inappropriate) language (?:isn't|is not|won't be|will not be) (?:tolerated|accepted|acceptable)\\b",
        '\\b(?:may|might|will|can) (?:lead|result) (?:to|in) (?:this|the) (?:chat|conversation|call) being (?:closed|ended|terminated|disconnected)\\b',
        // "Please don't type in caps, we can hear you just fine".
        "\\b(?:please )?(?:don't|do not|no need to|there's no need to) (?:type|write|shout|message us) in (?:all )?(?:caps|capitals|capital letters)\\b",
        '\\bwe can (?:hear|read|see) you (?:just |perfectly )?(?:fine|well)\\b',
        '\\bno need (?:for|to be) (?:sarcas\\p{L}*|rude|rudeness|that tone|that language|that)\\b',
        '\\bwatch your (?:tone|language)\\b',
        // "I'd ask you not to describe this as a scam".
        "\\b(?:i'd|i would|i must|we'd|we would|i have to|can i) (?:kindly |politely |respectfully )?ask you (?:not to|to refrain from|to avoid) (?:describ|call|refer|us|label|accus)\\p{L}*",
        "\\b(?:typing in (?:capitals|caps|capital letters)|writing in (?:capitals|caps)|shouting|yelling|swearing|using caps) (?:won't|will not|doesn't|does not|isn't going to) (?:help|speed|make|get)\\b",
        '\\bplease (?:try to )?(?:be|stay|remain|keep) (?:respectful|polite|civil|calm)\\b',
        '\\bi need you to (?:stay|be|keep|remain) (?:calm|polite|respectful)\\b',
        '\\b(?:our )?(?:agents|staff|operators|we) are (?:people|human|humans) too\\b',
        "\\bi (?:will|'ll) not (?:tolerate|accept) (?:this|that|rudeness|abuse)\\b",
        "\\bi(?:'d| would) appreciate (?:it )?if you (?:didn't|did not|stopped|were)\\b",
        // "I'd appreciate it if you could keep the language respectful", "once you've calmed down".
        "\\bi(?:'d| would) appreciate (?:it )?if you (?:could |would )?(?:keep|watch|mind|tone down|moderate)\\b",
        '\\bkeep (?:the|your) language (?:respectful|civil|polite|clean|appropriate)\\b',
        // "Sarcasm isn't really helpful here", "that tone doesn't help".
        "\\b(?:sarcasm|the sarcasm|swearing|the swearing|that tone|this tone|your tone|the attitude|that attitude|rudeness|shouting|the language|that language)(?:'s| is| isn't| is not| doesn't| does not| won't| will not)? (?:really |very |particularly )?(?:not )?(?:helpful|help|helping|necessary|needed|appropriate|productive|constructive)\\b",
        "\\b(?:once|when|after) you(?:'ve| have)? calmed down\\b",
        "\\bonce you(?:'re| are) (?:calm|calmer)\\b",
        "\\bthere's no need to be\\b",
        "\\binsulting (?:me|us|our staff) (?:won't|will not|doesn't|does not) help\\b",
        '\\b(?:keep|let\\W?s keep) (?:things|this|it|the conversation|this conversation|our conversation|this chat|the chat) (?:respectful|civil|polite|calm|constructive|professional|friendly)\\b',
        "\\b(?:sarcasm|shouting|yelling|swearing|that tone|rudeness|being rude|comments like that|that kind of comment|insults) (?:really )?(?:doesn't|does not|won't|will not|isn't going to|is not going to) (?:really )?(?:help|change|speed)\\b",
        '\\bwe are not (?:thieves|liars|scammers|crooks|idiots)\\b',
        // "Please refrain from such language", "we aren't robbing anyone".
        '\\brefrain from (?:\\p{L}+ )?(?:language|remarks|comments|insults|accusations|swearing|rudeness)\\b',
        "\\bwe(?:'re| are)(?:n't| not) (?:robbing|cheating|scamming|stealing from) (?:anyone|anybody|you)\\b",
      ],
      message: 'Correcting the customer’s tone puts them on trial instead of the problem.',
      suggestion:
        'Leave the tone alone and answer the substance: "You’re right, that bill looks odd — let’s check it."',
    },
    {
      id: 'patience.threat',
      dimension: 'patience',
      points: -15,
      patterns: [
        // "If it isn't paid, the debt will be passed to our collections team": a customer asking for
        // options is warned instead.
        '\\b(?:will|may|could|would) be (?:passed|referred|handed|sent|transferred) (?:on )?to (?:a |an |our |the |external )?(?:debt )?(?:collection|collections|recovery|collectors?|enforcement) (?:agency|agencies|team|department|company)\\b',
        '\\b(?:we|i) (?:will|may|would) (?:have to )?(?:take|start|begin|pursue) legal (?:action|proceedings)\\b',
      ],
      message:
        'A warning of debt collection or court answers a customer who asked for a way through.',
      suggestion:
        'Start with what can be arranged: “We can split the £420 into three payments, no interest.”',
    },
    {
      id: 'patience.rub-it-in',
      dimension: 'patience',
      points: -12,
      patterns: [
        "\\b(?:it's|that's) (?:fine|ok|okay),? but\\b",
        '\\bapology accepted\\b',
        '\\b(?:next time|in (?:the )?future),? (?:please|try|make sure|remember)\\b',
        '\\bplease remember (?:that )?(?:our|we)\\b',
      ],
      message: 'Accepting an apology with a lecture rubs it in.',
      suggestion: 'No apology needed — anyone would be annoyed. Here is where things stand: …',
    },
    // Patience: courtesy and calm under pressure.
    {
      id: 'patience.dismissive',
      dimension: 'patience',
      intent: 'dismissive',
      points: -30,
      patterns: [
        // "Please call our 24-hour emergency support line …, and they will assist you": handed on.
        "\\b(?:please )?(?:call|ring|phone|contact|email) (?:our|the) (?:[\\p{L}\\d-]+ ){0,3}(?:line|helpline|hotline|number|team|department|desk)\\b[^.!?]{0,60}\\b(?:they|who) (?:will|'ll|can|should) (?:assist|help|deal with|handle|sort|advise)\\b",
        // "If the date doesn't suit, you're welcome to try another clinic": the customer sent away.
        "\\b(?:you're welcome to|you are welcome to|you can|you could|you may|you might want to|feel free to) (?:always )?(?:try|use|go to|contact|book with|look at) (?:another|a different|any other|other) (?:clinic|provider|company|shop|garage|dentist|supplier|service|practice|hotel|venue|retailer|firm)s?\\b",
        // "Honestly nothing to get worked up about": the customer's alarm waved away.
        '\\b(?:nothing|no need|no reason) to get (?:so |all |this )?(?:worked up|wound up|upset|stressed|excited|in a state) (?:about|over)\\b',
        '\\bno need to get (?:so |all |this )?(?:worked up|wound up|in a state)\\b',
        // The dispute handed back to the customers: "best sorted out between yourselves".
        '\\b(?:sort|work|settle|figure|thrash|hash) (?:it|this|that|things) out (?:between (?:yourselves|you|the two of you)|with (?:your|the) neighbou?rs?|yourselves)\\b',
        '\\b(?:best|better) (?:sorted|worked|settled|resolved|handled) (?:out )?between (?:yourselves|neighbou?rs|tenants|the two of you)\\b',
        '\\bread (?:the|our) (?:faq|terms|manual|website)\\b',
        // "Please wait until 12:30 before contacting us again".
        '\\bbefore (?:contacting|messaging|chasing|calling|emailing) us again\\b',
      ],
      message:
        'This brushes the customer off: it tells them their problem or feelings do not matter.',
      suggestion: 'I understand this is frustrating. Here is what I can do right now: …',
    },
    {
      id: 'patience.repeating-myself',
      refines: 'dismissive',
      dimension: 'patience',
      points: -25,
      patterns: [
        // "It's Saturday 22nd, 11am or 2:30pm, as above.": the customer sent back up the chat.
        '(?:,|—|–|-)\\s*as (?:stated |mentioned |written |shown |given )?above\\b(?=\\s*[.!]|\\s*$)',
        // "You asked this earlier.": the customer reminded that they repeat themself.
        "\\byou(?:'ve| have)? (?:already )?asked (?:me )?(?:this|that|the same(?: question)?) (?:earlier|before|already|twice)\\b",
        "\\b(?:as|like) i(?:'ve)? (?:already |just |have )?(?:said|told you|mentioned|explained|stated|wrote|written)\\b",
        "\\bi(?:'ve| have)? (?:already|just) (?:said|told you|explained)\\b",
        // "I'm telling you for the second time", not our failure counted: "missing the meat for
        // two meals, and for the second time, isn't good enough", "it happened for the third time".
        "\\bfor the (?:second|third|last) time\\b(?![^.!?]{0,30}\\b(?:isn't|is not|wasn't|was not|isn't good|is unacceptable|is not acceptable|that's not|happened|went wrong|we've|we have|we)\\b)(?<!,\\s*(?:and|or)\\s+for the (?:second|third|last) time)(?<!\\b(?:happened|failed|missed|gone wrong|late|missing|wrong|broken|short) for the (?:second|third|last) time)",
        // "I repeat: …", "To repeat myself, …", "I wrote that above".
        "(?:^|[.!?]\\s*)(?:i repeat|to repeat(?: myself)?|let me repeat(?: myself)?|i'll repeat(?: myself)?)[,:]",
        "\\bi(?:'ve| have)? (?:already )?(?:wrote|written|answered|explained|said) (?:this|that|it) (?:already )?(?:above|earlier|before)\\b",
        // "… the case number, which I have now asked for", "I've asked for it twice".
        "\\b(?:which|as|like) i(?:'ve| have) (?:now|already) (?:asked (?:you )?for|requested)\\b",
        "\\b(?:which|as|like) i(?:'ve| have) (?:asked (?:you )?for|requested) (?:twice|already|before|several times|more than once)\\b",
        "\\bi(?:'ve| have) (?:now |already )?asked (?:you )?(?:for (?:it|this|that|them) )?(?:twice|three times|several times|more than once|repeatedly)\\b",
        "\\bi(?:'ve| have)? (?:already )?told you (?:already|before|twice|this)\\b",
        '\\bonce again,? i\\b',
        "(?<!\\b(?:connected|online|working|running|open|back|up|home|in|on|out|started|moving|free|available|well|better) )\\bagain,? (?:i|as i)\\b(?! (?:can|could|will|'ll|would|'d|might|may)\\b)",
        '\\bas (?:mentioned|stated|explained|noted|said) (?:in|on) (?:my|our|the) (?:previous|earlier|last) (?:message|reply|email)\\b',
        '\\b(?:please )?read (?:the|my|our) (?:previous|earlier|last) messages?\\b',
        '\\bper my (?:last|previous|earlier) (?:message|email|e-mail|reply|note)\\b',
        // "I already have your card number, so there's no need to send it again": the customer told
        // off for repeating it.
        "\\bi (?:already )?(?:have|had|got) (?:your|the|it|that|this)\\b[^.!?]{0,40}\\b(?:so )?(?:there's|there is) no need to (?:send|give|repeat|type|write|resend|re-?enter|post) (?:it|that|this|them|the \\p{L}+|your \\p{L}+ ?\\p{L}*) again\\b",
        '\\bas (?:previously|already|earlier) (?:stated|mentioned|explained|said|noted|advised|indicated)\\b',
        // "I understand, however as advised, top-ups can take …" (not "as advised by your GP").
        '(?<=^|[.!?,;:]\\s*|\\b(?:however|but|and|so),?\\s+)as (?:i |we )?(?:advised|informed)(?: you)?(?: (?:earlier|before|previously))?\\s*,',
        '\\bas (?:stated|mentioned|explained|said|noted) (?:above|before|earlier|previously)\\b',
        // Not the agent's own fault owned: "I should have read more carefully", "I didn't read it carefully".
        "(?<!\\bi (?:should(?: have|'ve)|ought to have|didn't|did not|wasn't|hadn't) (?:\\p{L}+ )?)\\bread (?:\\p{L}+ )?carefully\\b",
        // "You've asked this same question twice."
        "\\byou(?:'ve| have) (?:already )?asked (?:this|that|the same)(?: same)?(?: question)? (?:\\p{L}+ )?(?:twice|times|before|already)\\b",
      ],
      // Saying a courtesy again ("once again, I apologise", "thanks again, I…", "hi again") is
      // courteous, not "I have said this before".
      unless: [
        "\\b(?:once )?again,? (?:(?:i|we)(?:'m|'re| am| are| do| must| really| truly| sincerely| want to| would like to|'d like to)? )?(?:(?:very|so|truly|really|sincerely|deeply) )?(?:sorry|apologi[sz]e|apologies|thank|thanks|appreciate|grateful)\\b",
        '\\b(?:thank you|thanks|sorry|apologies|hi|hello|hey)(?: (?:so|very) much)?(?: once)? again\\b',
        // "Sorry for asking again, I missed it": our own slip, owned.
        '\\b(?:sorry|apologies) (?:for|about) [^.!?]{0,30}again,? i\\b',
      ],
      message:
        'Pointing out that you already said it sounds irritated and makes the customer feel slow.',
      suggestion: 'Let me put it another way: …',
    },
    {
      id: 'patience.blame',
      dimension: 'patience',
      intent: 'blame',
      points: -30,
      patterns: [
        // "Ideally late arrivals let us know earlier in the day", "next time, tell us sooner": a lecture.
        "\\b(?:ideally|next time|in future|in the future),? (?:[\\p{L}']+ ){0,2}(?:let us know|tell us|call us|contact us|inform us|message us|give us a call|get in touch) (?:a bit |a little |much )?(?:earlier|sooner|in advance|beforehand|ahead of time)\\b",
        // "Did you check the size guide before ordering?": the customer's care questioned after the fact.
        '\\bdid you (?:check|read|look at|see|use|consult) (?:the|our) (?:\\p{L}+ ){0,2}(?:guide|chart|description|instructions|terms|listing|details|specs|page|faq|measurements)\\b[^.!?]{0,30}\\bbefore (?:ordering|buying|booking|paying|you (?:ordered|bought|booked|paid)|placing)\\b',
        // "…our risk statement, which you accepted when you opened your account", "your approval may
        // have come through too late".
        '\\bwhich you (?:accepted|agreed to|signed|read and accepted) (?:when|at|on|before) (?:you )?(?:opened|signed|booked|booking|sign-?up|joined|registered|ordered|checkout)\\b',
        '\\byour (?:approval|order|payment|form|request|documents?|artwork|booking|application) (?:may|might|must|probably) have (?:come|arrived|been sent|been submitted|been received|gone) (?:through |in )?too late\\b',
        // "Could you check that you're charging it fully overnight?": the fault put on the customer's use.
        "\\b(?:could|can|would) you (?:please )?(?:check|confirm|make sure|ensure) (?:that )?you(?:'re| are)(?: \\p{L}+)? (?:charging|using|plugging|following|entering|holding|pressing|fitting|installing|storing|cleaning|closing|locking)\\b[^.!?]{0,30}\\b(?:fully|properly|correctly|right)\\b",
        // "If you'd pulled the screen down, the amount would have updated", "if you had told us sooner,
        // we could have …": what the customer should have done, told after the fact.
        "\\bif you(?:'d| had) (?:just |only |simply |actually )?(?:\\p{L}+ed|done|read|sent|given|told|chosen|brought|kept|put|set|taken|written|rung|paid)\\b[^.!?]{0,80}\\b(?:would|could|might)(?:n't)?(?: have|'ve)\\b",
        // "Could you confirm whether the door was operated correctly and not forced?".
        '\\b(?:could|can|would) you (?:please )?(?:confirm|check|tell me|let me know) (?:whether|if|that) (?:the \\p{L}+|it|they|you) (?:was|were|has been|have been|had been) (?:operated|used|installed|handled|fitted|charged|stored|set up|closed|locked|assembled|cleaned|washed) (?:correctly|properly|as instructed|according to)\\b',
        // "The card message was entered as 'Dan' at checkout": the customer's typing as the cause.
        '\\b(?:was|were) (?:entered|typed|written|supplied|provided|selected|chosen) (?:as [^.!?]{1,24} )?(?:at|during) (?:checkout|check-out|ordering|the order|booking)\\b',
        // "… so the florist printed it as supplied".
        '\\b(?:printed|made|engraved|embroidered|sent|processed|written) (?:it |them |the \\p{L}+ )?(?:exactly )?as (?:supplied|entered|typed|provided|submitted)\\b',
        // "Customers sometimes select the wrong trouser size": the fault hinted on the customer.
        '\\b(?:customers|people|users|clients|buyers|shoppers|members) (?:do )?(?:sometimes|often|occasionally|frequently|commonly|regularly) (?:select|choose|pick|order|enter|type|tick|click|book|input|get) the wrong\\b',
        // "As you'll see in the terms you agreed to when you joined".
        "\\bas you(?:'ll| will| can| would) see in (?:the|our|your) (?:terms|contract|agreement|t&cs|membership terms)\\b",
        '\\bthe (?:terms|contract|agreement|t&cs) you (?:agreed to|signed|accepted)\\b',
        // "… which is covered in the pre-clean disclaimer you signed".
        '\\bthe (?:[\\p{L}-]+ )?(?:disclaimer|waiver|consent form|release form|declaration) you (?:agreed to|signed|accepted|ticked)\\b',
        // "The parent handbook asks parents to ring if they're running late": the rules quoted at the customer.
        '\\b(?:the |our )?(?:\\p{L}+ )?(?:handbook|terms|policy|rules|guidelines|t&cs|code of conduct|access guide|booking conditions) (?:asks|ask|requires|require|says|say|states|tells|tell) (?:parents|customers|members|guests|passengers|you|tenants|users|visitors|riders|students) to\\b',
        '\\bas (?:noted|stated|explained|described|set out|outlined|mentioned) in (?:our|the) (?:\\p{L}+ ){0,2}(?:guide|handbook|faqs?|page|website|description|booking conditions|terms)\\b',
        // "You haven't given the required 14 days' notice": the customer's duty recited.
        "\\byou (?:haven't|have not|didn't|did not|never) (?:give|given|gave|provide|provided|follow|followed|send|sent|read|check|checked|select|selected|complete|completed) (?:us )?(?:the |your |enough |any )?(?:required|necessary|correct|full|proper|right)\\b",
        // "That should have been taken into account when booking".
        '\\b(?:that|this|it) (?:should|ought to|needed to) have been (?:considered|taken into account|checked|read) (?:when|before)\\b',
        '\\bas (?:stated|set out|explained|mentioned|outlined) in (?:the|your|our) (?:\\p{L}+ )?(?:agreement|contract|terms|confirmation|email|policy|t&cs)\\b',
        // "The connection dropped on your side": the fault put on the customer's end.
        '\\b(?:dropped|failed|cut out|broke|was|is|went wrong) on your (?:side|end)\\b',
        // "We did show you a warning before you sent it", "based on the details you enter", "so it was
        // printed as designed": the customer's own doing named first.
        '\\bwe did (?:show|warn|tell|send|email|remind) you\\b',
        '\\b(?:based on|according to) the (?:details|information|data) you (?:enter|entered|provided|gave|typed)\\b',
        '\\b(?:it|they|this|that) (?:was|were) (?:printed|made|delivered|built|done|produced|cut|shipped) (?:exactly )?as (?:designed|approved|ordered|requested|specified|submitted)\\b',
        // "…establish that the damage was not caused by a lack of maintenance", "often caused by
        // incorrect insertion": the customer suspected first.
        '\\bnot (?:been )?caused by (?:a )?(?:lack of maintenance|poor maintenance|neglect|misuse|wear and tear)\\b',
        '\\b(?:caused by|due to|because of) (?:incorrect|improper|wrong) (?:insertion|use|usage|installation|fitting|handling|setup|set-up|cleaning)\\b',
        // "Please make sure you check for this confirmation at the end of every ride": a lesson for
        // next time in place of the fix.
        '\\b(?:please )?(?:make sure|ensure) (?:that )?you (?:always )?(?:check|wait for|look for|read|confirm|see|get|receive|keep)\\b[^.!?]{0,50}\\b(?:every|each|any) (?:time|ride|order|booking|trip|visit|journey|delivery|session)\\b',
        // "Please make sure your doorbell is working and your house number is clearly visible": the
        // missed delivery put down to the customer's door.
        '\\b(?:please )?(?:make sure|ensure|check) (?:that )?your (?:doorbell|buzzer|intercom|house number|door number|flat number|letterbox|name on the (?:door|buzzer)) (?:is|are|works?)\\b',
        // "Season tickets are the holder's responsibility to keep safe", "that's your responsibility".
        "\\b(?:are|is) (?:the )?(?:holder|customer|owner|passenger|buyer|guest|tenant|member|rider|cardholder|account holder)(?:'s|s') (?:own )?responsibility\\b",
        "\\b(?:is|are|that's|that is|it's|it is) (?:entirely |solely |completely )?your (?:own )?responsibility\\b",
        // "As stated on the campaign page, delivery dates are estimates".
        '\\bas (?:stated|set out|explained|mentioned|outlined) on (?:the|our) (?:campaign|product|booking|project|event) page\\b',
        '\\bit says (?:so )?(?:right|clearly) (?:there|on)\\b',
        // "The error was in your file, not in our printing": the fault handed to the customer.
        '\\bthe (?:error|mistake|fault|problem) (?:was|is|lies|came from) (?:in|on|with|from) your (?:file|side|end|part|artwork|order|details|form|proof|upload)\\b',
        '\\b(?:the|our) (?:terms|t&cs|policy|rules|conditions) (?:do )?(?:say|state|mention|explain)\\b',
        // "Our policy clearly states …" lectures; a plain "our policy says that …" is a pointer.
        '\\b(?:the|our) (?:terms|t&cs|policy|rules|conditions) clearly (?:say|state|mention|explain)s?\\b',
        '\\b(?:ordering|booking|arriving|checking|starting|applying) (?:a bit |a little |slightly )?(?:earlier|sooner|in advance)\\b',
        '\\bthe (?:\\p{L}+ )?you (?:booked|chose|picked|ordered|selected) (?:was|is) only\\b',
        // Blame for the past, or a duty laid on the customer.
        '\\byou were (?:supposed|meant|expected|required|obliged) to\\b',
        '\\byou (?:misunderstood|misread|misinterpreted)\\b',
        '\\bit was (?:up to you|your (?:job|duty|responsibility)) to\\b',
      ],
      message:
        'This blames the customer. Even when they made a mistake, blame makes them defensive.',
      suggestion: 'That can easily happen. Let’s fix it together: …',
    },
    {
      // A letter's frame in a live chat: "Dear valued customer, … Kind regards, Customer Support".
      id: 'patience.form-letter',
      dimension: 'patience',
      points: -8,
      patterns: [
        '\\bdear (?:valued |esteemed )?(?:customer|client|user|member|subscriber|sir(?: or madam|/madam)?)\\b',
        '\\b(?:kind|best|warm) regards,? (?:the )?(?:customer )?(?:support|service|care|help ?desk)(?: team)?\\b',
      ],
      message:
        'A letter template in a chat (“Dear customer”, “Kind regards, Support Team”) reads as a canned reply, not a person talking to this customer.',
      suggestion: 'Write as yourself, to this customer: “Hi Anna, I’ve checked your plan: …”',
    },
    {
      id: 'patience.asks-for-rating',
      dimension: 'patience',
      points: -10,
      patterns: [
        '\\b(?:five|5|10|ten)[- ]stars?\\b',
        '\\b(?:rate|score) (?:me|us|my (?:help|service|work)|this chat) (?:highly|a 5|5|five|a 10|10|ten)\\b',
        "\\b(?:i'd|i would) (?:really |so )?appreciate (?:a )?(?:good|great|positive|top|high) (?:rating|score|review)\\b",
      ],
      message: 'Asking for a good rating puts the agent’s score before the customer.',
      suggestion:
        'Leave the survey to the customer: “Thanks for your patience, and enjoy the rest of your week.”',
    },
    {
      id: 'patience.non-apology',
      dimension: 'patience',
      points: -8,
      // Sorry for how the customer feels, not for what happened: a non-apology.
      patterns: NON_APOLOGY_EN,
      message:
        'Sorry for how the customer feels (“sorry you’re unhappy”) is not sorry for what happened: it reads as a brush-off.',
      suggestion:
        'Apologise for what went wrong: “I’m sorry we cut her coat far shorter than you asked.”',
    },
    {
      id: 'patience.defensive',
      dimension: 'patience',
      points: -8,
      patterns: [
        // "There may have been a misunderstanding about the time", «возможно, произошло недопонимание
        // по времени»: the mix-up put between us and the customer.
        // "Colours can look slightly different in person", "Defaults are a normal part of lending".
        '\\bcolou?rs? (?:can|may|might|will) (?:look|appear|seem) (?:slightly |a little |a bit )?(?:different|darker|lighter)\\b',
        '\\b(?:defaults|delays|cancellations|errors|faults|losses|outages|breakdowns|mix-ups|mistakes) (?:are|is) (?:a )?(?:normal|natural|expected|standard|common) part of\\b',
        // "Our consultants are sometimes unavailable", "calls can occasionally be rescheduled", "our
        // technicians take great care on every job": the failure made normal, the staff defended.
        '\\b(?:are|is|become|get) (?:sometimes|occasionally|from time to time|now and then) (?:unavailable|ill|sick|delayed|late|cancell?ed|rescheduled|busy|off sick)\\b',
        '\\b(?:can|may|might) (?:occasionally|sometimes|from time to time) be (?:rescheduled|moved|postponed|delayed|missed|cancell?ed)\\b',
        '\\b(?:our )?(?:technicians|engineers|staff|team|cleaners|drivers|couriers|fitters|installers|consultants|crew) (?:always )?take (?:great|every|extra|the utmost|real|such) care\\b',
        // "Our records don't show a cancellation request", "every gift, however small, makes a real
        // difference": the customer's account doubted, their cancelling made to feel wrong.
        "\\bour (?:records|system|systems|logs) (?:don't|do not|doesn't|does not) show (?:a|any|that|the)\\b",
        '\\bevery (?:gift|donation|pound|penny|contribution),? (?:however|no matter how) small,? (?:makes|can make) a (?:real |huge |big )?difference\\b',
        // "Cancellations are sometimes unavoidable due to clinician availability".
        '\\b(?:cancellations|delays|changes|mistakes|errors|issues|faults|outages|reschedules|breakdowns|mix-ups) (?:are|can be|may be) (?:sometimes |occasionally |unfortunately |simply |just )?(?:unavoidable|inevitable|bound to happen)\\b',
        // "Unfortunately these things can occasionally happen".
        '\\b(?:these|such|those) things (?:can |do |may )?(?:occasionally |sometimes |unfortunately )?happen\\b',
        // "Artists occasionally become unavailable due to unforeseen circumstances".
        '\\b(?:occasionally|sometimes|from time to time|now and then|on occasion) (?:become|are|get|fall|go) (?:unavailable|ill|sick|delayed|cancell?ed|double-booked)\\b',
        // "Instructors may occasionally need to cancel lessons": our failure made a normal event.
        '\\b(?:may|might|can|do) (?:occasionally|sometimes|from time to time|now and then|on occasion) (?:need to |have to )?(?:cancel|reschedule|run late|be delayed|be late|be cancell?ed)\\b',
        '\\b(?:there (?:may|might|must) have been|there was|perhaps there was) (?:a |some )?misunderstanding (?:about|over|on|with|regarding) the (?:time|date|day|address|booking|appointment)\\b',
        // "The charges have been applied correctly", "our drivers use their judgement": defended first.
        '\\b(?:the |these |your )?(?:charges?|fees?|fines?) (?:has|have) been (?:applied|charged|issued|calculated) correctly\\b',
        '\\b(?:our|the) (?:drivers?|couriers?|staff|team|engineers?|technicians?) (?:use|used|uses) (?:their|his|her) (?:own )?(?:judgement|judgment|discretion)\\b',
        // "Nobody has stolen anything from you": arguing instead of checking.
        '\\bnobody (?:has )?(?:stolen|stole|took|taken|scammed|robbed) (?:anything|any money|you)\\b',
        // "OK, but it can mean a few things, which is why I asked"; "which is within the 7-10 day timeframe".
        '\\bwhich is (?:exactly )?why i (?:asked|said|mentioned|checked|needed)\\b',
        '\\bwhich is (?:still |well )?within (?:the|our) [^.!?]{0,30}?(?:timeframe|time frame|timescale|sla)\\b(?![^.!?]{0,20}\\bso (?:i|we) can\\b)',
        // Our failure put beyond us: "is outside our control".
        "\\b(?:is|was|are|were|it's|that's) (?:completely |entirely |totally )?(?:outside|beyond|out of) (?:our|my) (?:control|hands)\\b",
        // "Deliveries can sometimes be affected by traffic …", "garage doors can be affected by a
        // number of factors after a repair".
        '\\b(?:deliveries|journeys|arrivals|visits|appointments|collections|installations) (?:can|may|might) (?:sometimes |occasionally |unfortunately )?be affected by\\b',
        '\\b(?:can|may|might) be affected by (?:a (?:number|range|variety) of|many|various|several|multiple) (?:factors|things|issues|variables)\\b',
        // Our busyness as the customer's problem: "we're very busy tonight so a remake might take a while".
        "\\bwe(?:'re| are) (?:very |really |extremely |so |quite )?(?:busy|swamped|short-staffed|understaffed)\\b",
        // "We're dealing with a high volume of claims at the moment", "due to high call volumes".
        "\\b(?:we(?:'re| are)|we(?:'ve| have) been) (?:currently |still )?(?:dealing with|experiencing|handling|seeing|getting|receiving) (?:a |an )?(?:very |exceptionally |unusually |extremely )?(?:high|large|huge|record) (?:volume|number)s? of\\b",
        '\\bdue to (?:a |the )?(?:very |exceptionally |unusually |extremely )?(?:high|large|heavy) (?:(?:call|claim|chat|order|request|enquiry|inquiry|contact) )?(?:volumes?|demand)\\b',
        "\\bi(?:'m| am) (?:just |only )?(?:doing|trying) my (?:best|hardest)\\b",
        "\\bi(?:'m| am) (?:just |only )?trying to help(?: you)?(?: here)?\\b(?=\\s*(?:[.,!]|$))",
        "\\bit(?:'s| is) not my fault\\b",
        // Siding with our staff against the customer: "so the guard is right".
        '\\b(?:the |our )?(?:guard|driver|courier|conductor|inspector|engineer|technician|staff|cashier|receptionist|manager) (?:is|was) (?:right|correct|within (?:their|his|her) rights)\\b',
        // Answering an accusation: "we're not stealing anything", "nobody is trying to scam you".
        "\\b(?:we(?:'re| are) not|we don't|we do not|we never|nobody (?:is|here is)|no one (?:is|here is)) (?:trying to )?(?:steal|stealing|scam|scamming|cheat|cheating|rip(?:ping)? (?:you )?off|rob|robbing|lying|lie)\\b",
        '\\byes,? i (?:do|did) (?:read|listen to|look at) (?:your|the) (?:messages?|chat)\\b',
        // Taking our side against the customer's complaint: "so the driver acted correctly".
        '\\b(?:the |our )?(?:driver|carrier|courier|engineer|technician|installer|staff|team|company|system|we) (?:(?:has |have )?acted|did|behaved|followed) (?:correctly|properly|by the book|the rules|nothing wrong)\\b',
        '\\b(?:we|the (?:driver|carrier|courier|staff|team)) (?:did|has done|have done) nothing wrong\\b',
      ],
      message:
        'Defending yourself ("I’m doing my best") turns the conversation to you, not to the customer’s problem.',
      suggestion:
        'Stay with the customer: “You’re right to expect better. Here is what I’ve done: …”',
    },
    {
      id: 'patience.condescending',
      dimension: 'patience',
      points: -15,
      patterns: [
        // "It's all intuitive", "it's self-explanatory" to a customer who just said they are lost.
        "\\b(?:it's|it is|that's|that is|everything is|it's all|all) (?:pretty |really |quite |very |fairly )?(?:intuitive|self-explanatory)\\b",
        // "That's what the 30 nights are for, but fine, I'll waive it this time": a concession made grudgingly.
        "\\bbut fine,? (?:i'll|i will|we'll|we will|i can|we can)\\b",
        "\\b(?:that's|that is) what (?:the )?(?:\\p{L}+ ){0,3}(?:is|are) for\\b",
        // "Just so you know, each change adds extra work for our bakers, so please confirm this is
        // definitely the final flavour": the customer made to feel a nuisance.
        '\\b(?:each|every) (?:change|amendment|alteration|new request) (?:adds|creates|causes|means|makes) (?:extra|more|additional) (?:work|hassle|effort|cost)\\b',
        '\\bconfirm (?:that )?(?:this|that|it) is (?:definitely|really|absolutely) (?:the )?final\\b',
        // "Some dust is unavoidable, as explained in your pre-installation guide": the customer should
        // have read it.
        '\\bas (?:explained|set out|stated|described|outlined|detailed|mentioned|covered) in (?:your|the) (?:[\\p{L}-]+ ){0,2}(?:guide|agreement|terms|contract|pack|leaflet|handbook|booklet|paperwork|documents?|letter|brochure|instructions)\\b',
        // "I'd suggest checking what was left running before assuming there's a fault".
        '\\bbefore (?:assuming|jumping to (?:any )?conclusions|blaming (?:us|the \\p{L}+)|you (?:assume|blame))\\b',
        // "…as explained at check-in".
        '\\bas (?:explained|mentioned|stated|advised|told|shown) (?:to you )?(?:at|during|on) (?:check-in|checkin|check-?out|booking|the desk|reception|the time|collection|pick-?up|sign-?up|purchase|the point of (?:sale|purchase|order))\\b',
        // "These steps are explained on the instruction sheet supplied with the machine".
        '\\b(?:these|those|the|all) (?:steps|settings|instructions|details) (?:are|were) (?:all )?(?:explained|set out|described|shown|listed|covered) (?:on|in) the (?:instruction|user|quick[- ]start|setup|set-up) (?:sheet|guide|manual|leaflet|card|booklet)\\b',
        "\\b(?:just )?this (?:once|one time)\\b(?=[^.!?]*\\b(?:but|though|only|exception)\\b)|\\b(?:i'll|i will|we'll|we will) (?:let it go|waive it|make an exception) (?:just )?this (?:time|once)\\b",
        // "If you read clause 4.2 carefully, it clearly says …".
        '\\bif you (?:read|look at|check) (?:\\p{L}+ ){0,3}(?:carefully|closely|properly)\\b',
        '\\bit (?:clearly|plainly|explicitly) (?:says|states)\\b',
        // "OK, since you insist", "shame you didn't want the discount".
        '\\b(?:since|as|if) you insist\\b',
        "\\b(?:shame|pity) (?:that )?you (?:didn't|did not) (?:want|take|accept|use)\\b",
        // A lecture before the answer: "it's worth knowing that …", "to avoid situations like this".
        "\\b(?:it's|it is) worth (?:knowing|remembering|noting|bearing in mind) that\\b",
        // "It's a standard term, it's in every credit agreement": the customer should have known.
        "\\b(?:it's|that's|it is|that is) (?:just )?a (?:standard|common|basic|well-known) (?:term|clause|thing|concept)\\b(?=[^.!?]{0,60}\\b(?:every|any|all)\\b)",
        "\\b(?:it's|that's|it is|that is) in (?:every|any) (?:contract|agreement|policy|terms)\\b",
        // A reminder of the customer's duty after the harm is done: "we'd remind you that riders should
        // check the brakes", "next time, keep an eye on your battery".
        "\\b(?:we(?:'d| would) (?:like to )?remind you|(?:just )?a (?:friendly |quick )?reminder) that (?:you|riders|customers|passengers|users|guests|drivers|members)\\b(?=[^.!?]{0,40}\\b(?:should|must|need to|are required|have to|are expected)\\b)",
        '\\bnext time,? (?:keep an eye on|be more careful|pay (?:more )?attention|check (?:your|the)|read (?:the|our))\\b',
        "\\b(?:it's|it is|so it's) (?:always )?worth (?:checking|keeping an eye on|reading|looking at|watching)\\b(?=[^.!?]{0,40}\\b(?:next time|those|these|them|in future|going forward)\\b)",
        // "It's worth double-checking you're reading the right dials before you submit", "for future
        // purchases it's worth checking …": advice on what the customer should have done.
        "\\b(?:it's|it is) (?:always )?worth (?:double-checking|double checking|checking)\\b(?=[^.!?]{0,60}\\bbefore you\\b)",
        // "Please make sure you're on a stable connection this time so it doesn't happen again".
        "\\bmake sure you(?:'re| are)? [^.!?]{0,50}\\b(?:this time|next time|so (?:it|that|this) doesn't happen again)\\b",
        '\\bfor future (?:purchases|orders|bookings|submissions|reference),? (?:it\\W?s |it is )?(?:worth|best|wise|a good idea)\\b',
        // "Let me go through it again, slowly this time", "hopefully that's clearer now", "just this
        // once": the customer treated as slow, or the help as a favour.
        '\\bslowly this time\\b',
        "\\b(?:let me|i'll) (?:go through|explain|spell) (?:it|this|that) (?:out )?(?:again )?(?:more )?slowly\\b",
        "\\bhopefully (?:that's|that is|it's|it is) (?:clearer|clear) (?:now|this time)\\b",
        '\\b(?:just this once|this time only|as a one-off favour)\\b',
        '\\bto avoid (?:situations|problems|issues|mix-ups|things) like (?:this|that)\\b',
        "\\b(?:it's|it is) (?:really )?hard to get (?:this|it|that) wrong\\b",
        '\\bhave (?:another|a closer|a proper) (?:careful )?look\\b',
        '\\blook more carefully\\b',
        '\\bthey should be there\\b',
        '\\b(?:please )?make sure [^.!?]{0,40}\\bin (?:the )?future\\b',
        '\\bfor next time\\b',
        // "If you're still having trouble, perhaps a family member could help you book."
        '\\b(?:perhaps|maybe) (?:a |an |your |someone in your |one of your )?(?:family member|relative|friend|grandchild|grandchildren|grandson|granddaughter|son|daughter|someone younger|younger relative|family)s? (?:could|can|might|would be able to) (?:help|assist|show)\\b',
        // "…on our website to avoid this in future", "Please always double-check the branch".
        '\\bto avoid this (?:happening )?(?:again |in (?:the )?future)\\b',
        '\\bplease always (?:double-check|check|make sure|read|confirm)\\b',
        // "As I'm sure you'll appreciate, our teams sometimes …", "please check back closer to the time".
        "\\bas (?:i'm|i am) sure you(?:'ll| will| can)? (?:appreciate|understand)\\b",
        '\\bplease (?:check|try) back (?:closer to the (?:time|date|day|event)|later)\\b',
        "\\bnext time,? (?:it's|it is) (?:worth|best|better|wise)\\b",
        '\\bobviously\\b',
        "\\bas (?:i'm|i am) sure you (?:know|are aware|understand|realise|realize)\\b",
        '\\bas you (?:should|must|surely|probably|of course) (?:know|be aware|understand)\\b',
        '\\b(?:anyone|everyone|anybody|everybody|a child|a kid) (?:can|could) (?:do|manage|handle|figure out|understand) (?:it|this|that)\\b',
        // "Most parents don't have any trouble with it", "any optician includes it".
        "\\bmost (?:parents|people|customers|users|clients|members|students|drivers) (?:don't|do not|never) (?:have|find) (?:any |much )?(?:trouble|problems?|difficulty|issues|it (?:hard|difficult))\\b",
        '\\bany (?:optician|doctor|optometrist|ophthalmologist|accountant|mechanic|technician|electrician|plumber|bank) (?:would|will|should|knows|includes|does|puts)\\b',
        // "Please be aware we handle a lot of orders", "it helps to have the number ready": a lecture.
        '\\bwe (?:handle|deal with|get|receive|process) (?:a lot of|so many|thousands of|hundreds of|lots of|a huge number of) (?:orders|calls|requests|enquiries|inquiries|messages|customers|claims)\\b',
        '\\b(?:it )?helps (?:if you have|to have) (?:the|your) (?:\\p{L}+ )?(?:number|details|reference|information) (?:ready|to hand)\\b',
        '\\bclearly,? you\\b',
        '\\bas (?:everyone|anyone) knows\\b',
        // "As most podcasters know, …", "which is explained in our getting-started guide".
        '\\bas (?:most|all|any) \\p{L}+ (?:know|will know|are aware)\\b',
        // "Before I answer, I'd just like to remind you that requests should be made 48 hours ahead."
        "\\b(?:i'd|i would) (?:just )?like to remind you\\b",
        "\\b(?:there's|there is) nothing (?:complicated|difficult|hard) (?:about it|here|to it)\\b",
        '\\bbefore i answer\\b',
        "\\b(?:which|this|that|it)(?: is|'s) (?:all |clearly )?(?:explained|covered|described) in (?:our|the) (?:\\p{L}+[- ]){0,2}(?:guide|faq|help|docs|documentation|manual|terms|article)\\b",
        "\\b(?:it|this|that)(?: is|'s) (?:(?:very|really|quite|pretty|super|so|actually) ){0,2}(?:simple|easy|basic|obvious|straightforward)\\b(?! to (?:miss|overlook|mix up|confuse|get wrong|forget|mistake|fix|sort|sort out|put right|correct|solve|resolve|repair)\\b)(?! to \\p{L}+ (?:on|with|in|into|onto|off)\\b)",
        // "Please avoid submitting duplicate requests, as this can slow down the process": the
        // customer who chased told off, as «Просим не дублировать сообщения».
        "\\b(?:please )?(?:avoid|refrain from|do not keep|don't keep) (?:submitting|sending|raising|logging|opening|making|chasing) (?:duplicate|multiple|repeat(?:ed)?|further|additional) (?:requests|tickets|reports|complaints|messages|enquiries|emails|calls|chasers)\\b",
        '\\b(?:duplicate|multiple|repeat(?:ed)?) (?:requests|tickets|reports|complaints|messages|enquiries|emails|calls|chasers) (?:can|may|will|only|just) (?:slow|delay|hold up)\\b',
        // "Designer delays are … mentioned on your order form": the customer sent to their paperwork.
        "\\b(?:which|this|it|that)(?: is|'s| was) (?:all |clearly )?(?:mentioned|stated|explained|covered|set out|written|noted) (?:on|in) your (?:order form|order confirmation|booking confirmation|contract|agreement|terms|invoice|paperwork|receipt)\\b",
        // "It's important that parents read the newsletter as it contains key information".
        "\\b(?:it's|it is) (?:really |very )?important (?:that )?(?:you|parents|customers|members|guests|clients|patients|tenants|residents) (?:always )?(?:read|check|keep an eye on|look at|follow)\\b",
        // "Syncing is very easy", "logging in is really simple": the task called easy.
        "(?<=^\\s*|[.!?]\\s+|\\b(?:no problem|don't worry|no worries)[!,.]?\\s+)\\p{L}+ing (?:it |them )?is (?:(?:very|really|quite|pretty|super|so|actually) ){0,2}(?:simple|easy|straightforward)\\b(?! to (?:miss|overlook|mix up|get wrong|forget)\\b)",
        '\\b(?:simply|just) (?:read|look|check|follow)\\b',
        '\\bas (?:it )?(?:is |was )?(?:clearly|explicitly|plainly) (?:stated|written|mentioned|shown|explained)\\b',
        // "…the ride ID, which is clearly shown in the Ride History section": they should have seen it.
        "\\b(?:which|that|it|this|they|these)(?: is|'s| are| was| were) (?:very |quite |all )?(?:clearly|plainly) (?:shown|stated|written|marked|labelled|labeled|displayed|visible|listed|printed|explained|indicated|set out)\\b",
        "\\bi(?:'ll| will) explain (?:it )?(?:again|slowly|one more time)\\b",
        '\\bdo you (?:even )?understand\\b',
        '\\bpay attention\\b',
        "\\b(?:it's|it is) (?:all )?(?:on|in) (?:the|our) (?:website|faq|terms)\\b",
        '\\b, you know\\b',
        '\\bworth keeping (?:that|this|it) in mind\\b',
        '\\bkeep (?:that|this|it) in mind (?:next time|for next time|when)\\b',
        '\\b(?:did|do|have|has|are|is|were|can) (?:you|u) even\\b',
        '\\b(?:your|the|this) (?:question|request|message|description|explanation) (?:is|was) (?:unclear|confusing|vague|incomplete|wrong)\\b',
        // Lecturing: a lesson for next time instead of help now.
        '\\bbe (?:more|extra) (?:careful|attentive)\\b',
        '\\bfor (?:future|your future) reference\\b',
        "\\b(?:next time|in (?:the )?future),? (?:please )?(?:make sure|be sure|remember to|try to|don't forget|do not forget|check|read|double-check)\\b",
        // Questions that imply the customer did not try, read or think: "Did you bother …?", "Did
        // you read the instructions?", "Did you check before asking?", "Did you at least reboot?",
        // "… at all?", "or did you just …?", "like the email literally says".
        '\\b(?:did|have) you (?:even )?bother(?:ed)?\\b',
        '\\bdid you (?:even |actually )?read\\b',
        '\\bhave you (?:even |actually )?read (?:the|my|our|any of the) (?:question|instructions|manual|faq|docs|documentation|guide|policy|terms|help|rules)\\b',
        '\\b(?:did|have) you (?:even |actually |at least )?(?:read|look(?:ed)?|check(?:ed)?|tr(?:y|ied)|search(?:ed)?|googled?|test(?:ed)?)\\b[^.!?]{0,80}\\bbefore (?:asking|posting|writing|blaming|complaining|contacting|calling|messaging)\\b',
        '\\b(?:did|have|do) you at least\\b',
        '\\b(?:did|have|do) you\\b[^.!?]{0,60}\\bat all\\?',
        '\\bor (?:did|have) you just\\b',
        '\\bliterally (?:says|said|tells you|told you|asks you|shows)\\b',
        '\\bcome back (?:when|once|after) you\\b',
        '\\bdo your (?:homework|research|job|work) for you\\b',
        // "You keep changing the question", "you still haven't answered that".
        '\\byou keep (?:saying|asking|changing|posting|calling|sending|writing|ignoring|repeating|editing|adding|forgetting)\\b',
        "\\byou still (?:haven't|have not) (?:answered|said|told|sent|shown|explained|replied|responded|provided|posted|given|read)\\b",
      ],
      // "Sorry if this is obvious, but …" puts the asker down, not the customer.
      unless: [
        // "I've checked order WC-2291 and it clearly says lemon, so this was our mistake": our record
        // read against ourselves, not the customer's reading put right.
        '\\bclearly (?:says|states|shows)\\b(?=[^.!?]{0,80}\\b(?:our (?:mistake|fault|error)|my (?:mistake|fault|error)|we got (?:it|this|that) wrong))',
        "\\b(?:sorry|apologies|forgive me|pardon me) if (?:this|it|that)(?: is|'s) (?:(?:very|really|quite|pretty|super|so|too) )?(?:simple|easy|basic|obvious)\\b",
      ],
      message:
        'This sounds condescending: it suggests the answer should have been obvious to the customer.',
      suggestion: 'Here is how it works: …',
    },
    {
      id: 'patience.hurry',
      dimension: 'patience',
      points: -20,
      patterns: [
        '\\b(?:please )?(?:ask|send) (?:your )?questions one at a time\\b',
        '\\bone question at a time\\b',
        // "If there's nothing else, I'll close this chat in 2 minutes".
        "\\b(?:i'll|i will|we'll|we will) (?:close|end) (?:this|the) (?:chat|conversation) in \\d+\\b",
        "\\bi (?:don't|do not) have (?:all day|time)\\b",
        '\\bhurry up\\b',
        // "Let's be quick then" keeps pace with a rushed customer; "be quick" to them hurries.
        "(?<!\\blet\\W?s |\\b(?:i'll|i will|we'll|we will|i'm going to) )\\b(?:make it|be) quick\\b",
        '\\b(?:get|come) to the point\\b',
        '\\b(?:i|we) (?:need|have) to (?:end|close|finish) (?:this|the) (?:chat|conversation|call)\\b',
        "\\b(?:i|we)(?:'ll| will| would| may| might| shall)? (?:have to|need to|be forced to|must) (?:end|close|terminate|disconnect|finish) (?:this|the|our) (?:chat|conversation|call)\\b",
        '\\bother customers (?:are )?waiting\\b',
        '\\bis that all\\?? (?:bye|goodbye)\\b',
        // Pushing an undecided customer: "please just pick one", "make your mind up".
        '\\bjust (?:pick|choose|decide on) (?:one|something|either|any)\\b',
        '\\bmake (?:up your mind|your mind up)\\b',
      ],
      message: 'This pushes the customer to end the contact.',
      suggestion: 'Take your time. I’m here until this is sorted.',
    },
    {
      id: 'patience.policy-shield',
      refines: 'dismissive',
      dimension: 'patience',
      points: -15,
      patterns: [
        "\\b(?:that|it)(?:'s| is) (?:just )?(?:the |our |company )?(?:policy|rules)\\b",
        // "The returns box is used at the borrower's own risk".
        "\\bat (?:the )?(?:borrower|customer|owner|guest|sender|buyer|renter|hirer|member|user|client|passenger|tenant)(?:'s|s') own risk\\b",
        '\\bat your own risk\\b',
        "\\bthat(?:'s| is) (?:just )?how it (?:is|works|goes)\\b",
        '\\brules are rules\\b',
        // "The 24-hour response window hasn't passed yet", "we're still within the timeframe": our own
        // deadline quoted back at a customer who is waiting (not "your return window hasn't passed").
        "\\b(?:response|delivery|repair|call-out|callout|visit|attendance|processing|engineer|technician|arrival)(?: (?:window|deadline|timeframe|time frame|time limit|time))(?: [^.!?]{0,30})? (?:hasn't|has not|haven't|have not) (?:yet )?(?:passed|expired|run out|ended)(?: yet)?\\b",
        "\\b(?:we're|we are) still (?:well )?within (?:the|our) (?:\\p{L}+ )?(?:window|deadline|timeframe|time frame|time limit|sla)\\b",
        // "So yours is still within our normal timescales": our delay defended as normal.
        "\\b(?:is|are|it's|that's|yours is|we're|we are) still (?:well )?within (?:our|the) (?:normal|usual|standard|expected) (?:timescales?|timeframes?|time ?frames?|processing times?|turnaround(?: times?)?|service levels?)\\b",
        "\\b(?:which|this|it|that)(?:'s| is) (?:just |our )?standard procedure\\b",
        '\\b(?:those|these) are the (?:rules|regulations)\\b',
        '\\bregulations are regulations\\b',
        // "There are no grounds to review the charge", "the decision is final": the customer's case shut.
        "\\b(?:there (?:are|is) no|(?:we|i) (?:see|find|have) no|(?:we|i) (?:don't|do not) (?:see|have|find) any) grounds? (?:for|to)\\b",
        '\\b(?:the|our|this|that) decision is final\\b',
        // "Refunds can only be processed with photo evidence", "your order is still within the
        // timeframe" (to a customer who is waiting).
        '\\b(?:refunds?|claims?|returns?|replacements?|credits?) can only be (?:processed|issued|given|made|accepted|approved) (?:with|once|if|after|on receipt of)\\b',
        // "… could you send a photo …? Once we receive these we'll look into a resolution": nothing
        // done until the customer has proved it.
        "\\bonce (?:we|i)(?:'ve| have)? (?:receive[d]?|get|got|have|had|see|seen) (?:these|them|this|those|the (?:photos?|pictures?|images?|evidence|proof|receipt|slip)s?)\\b[^.!?]{0,20}\\b(?:we|i)(?:'ll| will| can) (?:look into|investigate|review|consider|assess|check|see what)\\b",
        "\\b(?:order|parcel|delivery|repair|booking|request|it|yours)(?: is|'s) still within (?:the|our) (?:\\p{L}+ )?(?:window|timeframe|time frame|time limit|delivery window)\\b",
        // "A post-mortem is required under Section 4.2 of your policy": a clause instead of help.
        '\\b(?:required|needed|mandatory|not covered|excluded) under (?:section|clause|paragraph|condition) \\d+(?:\\.\\d+)? of (?:your|our|the) (?:policy|terms|agreement|contract|cover)\\b',
        // "Under our fitting agreement, fitters are not liable for …": the contract instead of help.
        "\\b(?:under|per|as per|according to|in line with) (?:our|the|your) (?:[\\p{L}-]+ )?(?:agreement|terms|contract|policy|t&cs)\\b[^.!?]{0,60}\\b(?:(?:is|are|isn't|aren't) not (?:liable|responsible)|not (?:liable|responsible)|no (?:liability|responsibility))\\b",
        // "Before I can make any changes I'll need to complete a few more security checks".
        "\\bbefore (?:i|we) can (?:make any changes|proceed|go any further|do anything|help(?: you)?(?: further)?)\\b[^.!?]{0,20}\\b(?:i|we)(?:'ll| will)? (?:need|have|must|require)\\b",
        // "…which is standard across the platform", "A power cycle is a required step before we can
        // escalate a fault": the procedure as the answer.
        "\\b(?:which|this|that|it)(?: is|'s) standard (?:across|on|for) (?:the|our|all)\\b",
        '\\b(?:is|are) (?:a )?(?:required|mandatory|compulsory) (?:step|stage|part of the process)\\b',
        // The rules named as the reason for a refusal in the same sentence.
        "\\b(?:as per|per|according to|in (?:line|accordance) with|under) (?:our |the |company |internal )?(?:policy|policies|rules|regulations|procedures?)\\b(?=[^.!?]*\\b(?:can't|cannot|can not|won't|not|unable|no)\\b)",
        "\\b(?:as per|per|according to|in (?:line|accordance) with|under) (?:our |the |company |internal )?(?:policy|policies|rules|regulations|procedures?)\\b(?<=\\b(?:can't|cannot|can not|won't|not|unable)\\b[^.!?]*)",
      ],
      message: 'Hiding behind the rules ends the conversation instead of helping.',
      suggestion: 'Here is what I can do within our rules: …',
    },
    {
      id: 'patience.weak-acknowledgement',
      dimension: 'patience',
      points: -5,
      patterns: [
        '\\bi hear you\\b',
        // "Noted." acknowledges nothing; "noted on your account" is a record of something done.
        // Nor "I've noted your account so the refund goes through": a record made.
        '\\bnoted\\b(?! (?:(?:it|this|that|them) )?(?:on|in|against|down|under|for)\\b)(?! (?:your|the) (?:account|file|record|booking|order|claim|case)\\b)',
        '\\bi see\\.?$',
        '\\bok(?:ay)?\\.?$',
        '\\bthanks in advance\\b',
      ],
      message: 'A formula that acknowledges without showing you understood what happened.',
      suggestion:
        'So the parcel was left at the door and the courier was rude: I understand why you’re upset.',
    },
    {
      id: 'patience.empathy',
      dimension: 'patience',
      intent: 'empathy',
      points: 10,
      // "Thank you for your patience" is thanks (patience.gratitude), not an acknowledgement: said to a
      // customer who is shouting about a blazer that never came, it acknowledges nothing.
      patterns: [],
      unless: NON_APOLOGY_EN,
      message: 'Acknowledges how the customer feels.',
    },
    {
      id: 'patience.reassurance',
      dimension: 'patience',
      points: 5,
      patterns: REASSURE,
      message: 'Reassures the customer that it will be put right.',
    },
    {
      id: 'patience.apology',
      dimension: 'patience',
      intent: 'apology',
      points: 5,
      patterns: ['\\bexcuse me\\b', '\\bpardon\\b'],
      // The stock apology and the non-apology are findings of their own (below).
      unless: [STOCK_APOLOGY_EN, ...NON_APOLOGY_EN],
      message: 'Apologises for what went wrong.',
    },
    {
      id: 'patience.stock-apology',
      dimension: 'patience',
      points: -3,
      patterns: [STOCK_APOLOGY_EN],
      message:
        'A stock apology "for any inconvenience" reads as a template: it does not say what went wrong, and "any" doubts there was a problem at all.',
      suggestion:
        'Name what went wrong: "I\'m sorry the installer didn\'t come, and you lost a day for it."',
    },
    // Courtesy markers (politeness strategies, Danescu-Niculescu-Mizil et al. 2013); small points,
    // weights fitted on the Stanford Wikipedia requests (see docs/EVAL.md).
    {
      id: 'patience.gratitude',
      dimension: 'patience',
      points: 8,
      patterns: ['\\b(?:thank|thanks|thank you|appreciate|appreciated|grateful)\\b'],
      unless: ['\\bthanks in advance\\b'],
      message: 'Thanks the customer.',
    },
    {
      id: 'patience.greeting',
      dimension: 'patience',
      points: 6,
      patterns: ['^\\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings)\\b'],
      message: 'Opens with a greeting.',
    },
    {
      id: 'patience.deference',
      dimension: 'patience',
      points: 4,
      patterns: [
        '^\\s*(?:great|good|nice|excellent|wonderful|fantastic|perfect)\\b',
        '\\b(?:good|great|fair) (?:question|point)\\b',
      ],
      message: 'Acknowledges the customer positively.',
    },
    {
      id: 'patience.polite-request',
      dimension: 'patience',
      points: 5,
      patterns: [
        '\\b(?:could|would) you\\b',
        '\\bwould you mind\\b',
        "\\bif you (?:don't|do not) mind\\b",
        '\\bwould it be (?:possible|ok|okay|alright)\\b',
        '\\bmay i\\b',
        "\\bif (?:it's|it is) (?:possible|convenient|not too much)\\b",
        // "Any chance you could …?", "Mind pasting the command?", "it would help if you …".
        '\\bany chance (?:you|i|we)\\b',
        '(?:^|[.!?]\\s+)mind (?:\\p{L}+ing|if i)\\b',
        '\\bit would (?:really )?(?:help|be (?:great|helpful|useful|nice|good)) (?:a lot |a great deal )?if you\\b',
      ],
      // "Why would you store dates as text?" accuses; the "would you" in it is not a request.
      unless: ['\\bwhy (?:on earth |the hell |the heck )?(?:would|could) you\\b'],
      message: 'Asks politely rather than demands.',
    },
    {
      id: 'patience.please',
      dimension: 'patience',
      points: 2,
      patterns: ['(?<=[\\p{L}\\p{N}][,;:]?\\s+)please\\b'],
      message: 'Softens the request with "please".',
    },
    {
      id: 'patience.soft-request',
      dimension: 'patience',
      points: 2,
      patterns: [
        '\\b(?:can|will) you\\b',
        '\\bcan we (?:see|get|have)\\b',
        // "If this solved it, consider accepting …", "you might consider …".
        '(?:^|[.!?,]\\s*)(?:please )?consider \\p{L}+ing\\b',
        '\\byou (?:might|may|could) (?:want to )?consider\\b',
      ],
      message: 'Asks rather than orders.',
    },
    {
      id: 'patience.hedge',
      dimension: 'patience',
      points: 2,
      patterns: [
        "\\b(?:i think|maybe|perhaps|possibly|i suggest|i would suggest|i'd suggest|it seems|probably|i guess|i wonder|wondering|i hope|hoping|if possible)\\b",
        "\\b(?:just curious|out of curiosity|i'm curious|i am curious|i was curious)\\b",
      ],
      message: 'Tentative wording leaves the customer room.',
    },
    {
      id: 'patience.warm-words',
      dimension: 'patience',
      points: 4,
      patterns: [
        '\\b(?:great|good|nice|excellent|helpful|wonderful|happy|glad|welcome|pleasure|kind|kindly|lovely|best)\\b',
      ],
      // A greeting is a greeting ("good morning"), not warm words as well.
      unless: ['\\bgood (?:morning|afternoon|evening|day)\\b'],
      message: 'Warm wording.',
    },
    {
      id: 'patience.why-you',
      dimension: 'patience',
      points: -8,
      patterns: [
        "\\b(?:why|how come) (?:on earth |the hell |the heck )?(?:did|do|would|are|were|have|haven't|didn't|don't|won't|can't|is|isn't|does|doesn't) (?:you|u)\\b",
      ],
      message: '"Why did you…" sounds like an accusation.',
      suggestion: 'Could you tell me what happened when you …?',
    },
    {
      id: 'patience.direct-start',
      dimension: 'patience',
      points: -4,
      patterns: [
        "^\\s*(?:so|then|and|but|or|well)\\b(?![,]? (?:to (?:recap|confirm|summari[sz]e|sum up)|that\\b|glad|happy))(?!(?<=then) (?:it's|it is) not (?:something|anything) you\\b)",
      ],
      message: 'Opening with "so", "but" or "well" reads as impatient or defensive.',
      suggestion: 'Start with the customer: "Thank you for explaining, …"',
    },
    {
      id: 'patience.factual',
      dimension: 'patience',
      points: -4,
      patterns: [
        // Not "the 17 minutes you actually rode": what the customer did, not a correction.
        '\\b(?:(?<!\\b(?:you|we|they|he|she|i) )actually|actually(?! (?:\\p{L}+ed|rode|spent|had|got|paid|drove|took|ate|used|made|went|came|left|saw|stayed|received)\\b)|in fact|as a matter of fact|the (?:point|fact|truth|reality) is)\\b',
      ],
      message: '"Actually" and "in fact" correct the customer: they read as contradiction.',
      suggestion: 'Here is what I can see on my side: …',
    },
    {
      id: 'patience.harsh-words',
      dimension: 'patience',
      points: -6,
      patterns: [
        // Not the word denied: "Asking wasn't stupid at all", "you're not silly".
        "\\b(?:stupid|ridiculous|nonsense|idiot\\p{L}*|crap|hell|damn|useless|pointless|silly|dumb|absurd|liar|shut up)\\b(?<!(?:\\bnot|n't|\\bnever|\\bnothing|\\bno) (?:(?:at all|a|so|that|remotely) )?(?:stupid|silly|dumb|ridiculous|pointless|useless))",
        // "That's wrong", not "he's not wrong" (agreeing with the customer).
        // Nor a fault named ("something wrong with the machine", "what went wrong") or the customer
        // agreed with ("£14 in a day does sound wrong").
        "(?<!\\b(?:not|n't) )\\bwrong\\b(?<!\\b(?:something|anything|nothing|what's|what is|went|gone|go|goes|going|sounds?|looks?|seems?) wrong)(?! with\\b)",
        // "You're lying", not "your parcel is lying at the depot".
        // Exasperation: "why on earth …", "what the hell", "for the love of god", "Seriously?".
        '\\b(?:why|what|how|where|who) (?:on earth|the hell|the heck)\\b',
        "\\bfor (?:the love of (?:god|christ|all that is holy)|(?:god|heaven|christ|pete)(?:'s|s)? sake)\\b",
        '\\bseriously(?<=(?:^|[.!?])\\s*seriously)(?=\\s*[,?!])',
        '\\bnobody (?:is going to|will|wants to|is gonna) (?:read|understand|wade through)\\b',
        '\\blying\\b(?! (?:at|in|on|around|there|here|idle|unused|flat|outside|inside|under|near|by|somewhere|untouched)\\b)',
      ],
      unless: [
        '\\b(?:not|never) (?:a |such a )?(?:dumb|stupid|silly) question\\b',
        // "You're definitely not an idiot": the customer's own word, taken back for them.
        "\\byou(?:'re| are) (?:\\p{L}+ )?not (?:an? |being )?(?:idiot|stupid|silly|dumb)\\b",
        '\\bnot (?:(?:a |such a )?(?:dumb|stupid|silly)(?: question)? )?at all\\b|\\bnot (?:dumb|stupid|silly)\\b',
        '\\bno such thing as a (?:dumb|stupid|silly) question\\b',
        "\\b(?:doesn't|does not|didn't|did not) (?:sound|seem|look) (?:dumb|stupid|silly|daft)\\b",
        '\\bwhat went wrong\\b',
        // "It's not something you're doing wrong", "you did nothing wrong".
        "\\b(?:not|nothing) (?:something )?you(?:'re| are|'ve| have)? (?:doing|done|did) wrong\\b",
        "\\byou (?:did|have done|'ve done) nothing wrong\\b",
        "\\byou (?:haven't|have not|didn't|did not) (?:done|do) anything wrong\\b",
        '\\bsomething (?:went|is) wrong\\b',
        // Something going wrong, or the agent owning a mistake, judges no one.
        '\\b(?:go|goes|going|went|gone) wrong\\b',
        "\\b(?:i|we) (?:was|were|am|are|'m|'re) wrong\\b",
        '\\b(?:nothing|anything) (?:is |was )?wrong\\b',
        // "It does look wrong when you'd already cancelled": how it looks to the customer.
        '\\b(?:does |did |do )?(?:look|looks|looked|seem|seems|seemed) wrong\\b',
        // "It was wrong." in answer to "I just want someone to admit it was wrong": owned.
        '(?:^|[.!?]\\s*)(?:it|that|this) (?:was|is) (?:just |simply |completely )?wrong\\b(?=\\s*[.!,])',
        '\\b(?:we|i) (?:got|did|had) (?:it|this|that|something) wrong\\b',
        '\\bwrong (?:item|size|colou?r|address|product|order|parcel|charge|amount)\\b',
        // "The driver went to the wrong chapel": a fact about a thing, not a verdict on a person.
        '\\b(?:the|a) wrong \\p{L}+',
        // Owning our own mistake judges no one: "a silly mistake on our part", "our stupid error",
        // "our system made a stupid error", "silly of me".
        '\\b(?:our|my)(?: \\p{L}+)? (?:stupid|silly|dumb|absurd|ridiculous|useless|pointless)\\b',
        '\\b(?:stupid|silly|dumb|absurd|ridiculous)(?: \\p{L}+){0,2} (?:on|from|by) (?:our|my) (?:part|side|end)\\b',
        '\\b(?:stupid|silly|dumb)(?: \\p{L}+){0,2} (?:of|by) (?:us|me)\\b',
        '\\b(?:i|we|our(?: \\p{L}+){1,2}|my(?: \\p{L}+){1,2})(?: just| really)? (?:made|did|had)(?: (?:a|an|such a|some|this|that|one))? (?:stupid|silly|dumb)\\b',
      ],
      message: 'Harsh words: they judge instead of helping.',
      suggestion: 'Describe what happened neutrally: "The address on the order differs from …"',
    },
    {
      id: 'patience.interrogation',
      dimension: 'patience',
      points: -3,
      patterns: ['\\?[^?]+\\?'],
      message: 'Several questions in one message read like an interrogation.',
      suggestion: 'Ask the one question you need now.',
    },
    {
      id: 'patience.you-must',
      dimension: 'patience',
      points: -3,
      patterns: ['\\byou (?:must|should|need to|have to|ought to)\\b'],
      // Not an order: nothing to do ("nothing else you need to do"), the least to do ("all you
      // need to do is"), a thing or what to expect ("the last thing you should …"), or our fault
      // in the passive ("you should not have been charged").
      unless: [
        '\\b(?:nothing|anything|everything|all|thing|things|what|which) (?:else |further |more )?you (?:must|should|need to|have to|ought to)\\b',
        '\\byou (?:only|just) (?:need|have) to\\b',
        "\\byou should(?:n't| not)? (?:have )?been \\p{L}+",
        // What to expect, not what to do: "you should be done before 3", "you should receive it".
        '\\byou should (?:now |then |also |still )?(?:be|get|see|receive|hear|notice|find|have (?:a|an|the|your|it|them|received|got|gotten))\\b',
      ],
      message: 'Telling the customer what they must do sounds like an order.',
      suggestion: 'Could you …? That will let me …',
    },
    {
      id: 'patience.prohibition',
      dimension: 'patience',
      points: -3,
      // "Don't post code as images", "Stop bumping this", and an order that opens the message
      // ("Post the actual error.", "Show us what you've tried."). Not reassurance ("don't worry",
      // "don't hesitate to …"), not a question ("don't you think …?") and not advice asked with
      // "please" ("Please don't try to dig or touch anything").
      patterns: [
        "(?:^|[.!?]\\s+)(?:don't|do not) (?!worry|hesitate|forget|mention|be (?:sorry|afraid|alarmed)|apologi[sz]e)\\p{L}+",
        '(?:^|[.!?]\\s+)stop \\p{L}+ing\\b(?<!worrying)',
        '^\\s*(?:post|paste|show|format|explain|google|fix|edit|include|send|give|tell) (?:us|me|the|your|it|that|this|a|an|what|how)\\b',
      ],
      unless: ["\\b(?:don't|do not) \\p{L}+\\b(?=[^.!?]*\\?)"],
      message: 'A bare order or prohibition sounds like a reprimand.',
      suggestion: 'Say what you need and why: "Could you paste the error as text? Then I can …"',
    },
    {
      id: 'patience.i-statement',
      dimension: 'patience',
      points: 2,
      patterns: ["^\\s*(?:i|i'm|i've|i'd|i'll|my)\\b"],
      message: 'Speaks from your side ("I …") rather than about the customer.',
    },
    {
      id: 'patience.direct-question',
      dimension: 'patience',
      points: -2,
      // A question: «Когда вернётесь, проветрите …», "When it arrives, …" ask nothing.
      patterns: ['(?<=^|[.!?]\\s+)(?:what|how|who|where|when)\\b(?! else\\b)(?=[^.!?]*\\?)'],
      message: 'A bare "what/how…?" question reads as an interrogation.',
      suggestion: 'Could you tell me …?',
    },
    // Positive phrasing: what can be done, when and how.
    {
      id: 'positive.vague',
      dimension: 'positive_phrasing',
      points: -10,
      patterns: [
        // "Rest assured I'll make sure this gets sorted for you": a promise with no step and no time.
        "\\b(?:i'll|i will|we'll|we will) make sure (?:this|it|that|everything) (?:gets|is|will be) (?:sorted|resolved|fixed|dealt with|taken care of|handled)\\b(?![^.!?]{0,40}\\b(?:by|within|today|tomorrow|tonight)\\b)",
        // "Ready later this afternoon, hopefully in good time"; "I'll look into getting it processed".
        '\\bhopefully (?:in (?:good )?time|soon|shortly|before long)\\b',
        "\\b(?:i'll|i will|we'll|we will) look into (?:getting|having|seeing) (?:it|this|that|them) \\p{L}+\\b(?![^.!?]{0,40}\\b(?:by|within|today|tomorrow|tonight)\\b)",
        // "I'm going to pass this to our payments team, who'll look into it": handed on with no time.
        "\\b(?:i'm going to|i'll|i will|let me|we'll|we will) (?:pass|forward|hand|escalate|refer|send) (?:this|it|your \\p{L}+)(?: (?:on|over))? to (?:our|the|a|one of our) (?:\\p{L}+ ){0,2}(?:team|department|colleagues?|specialists?)\\b(?![^.!?]*(?:\\d|\\b(?:today|tomorrow|tonight|within|by|hours?|minutes?)\\b))",
        // "We'll look into adding it" with no time.
        "\\b(?:we'll|we will|i'll|i will) (?:look into|consider|think about) (?:adding|changing|improving|introducing|offering) (?:it|this|that|one)\\b(?![^.!?]{0,40}\\b(?:by|within|today|tomorrow|next|in (?:the )?(?:next|coming))\\b)",
        // "The price is calculated individually" in place of a sum.
        '\\b(?:price|cost|fee|quote)s? (?:is|are) (?:calculated|worked out|set|decided) (?:individually|case by case|on a case-by-case basis)\\b',
        "\\b(?:(?:i'll|i will|we'll|we will) (?:make sure |ensure )?(?:that )?(?:this|it|that) (?:is|gets|will be) )?(?:pass|passed|passing|hand|handed) (?:(?:this|it|that|your (?:feedback|complaint|comments?)) )?on to (?:the )?(?:right|relevant|appropriate|responsible) (?:team|department|people|person)\\b",
        // "I've made a note on your account regarding your concern": noted, and nothing done.
        "\\b(?:i've|i have|we've|we have) (?:made a note|logged (?:this|it|your concern|your feedback)|recorded (?:this|it|your concern|your feedback))\\b(?![^.!?]{0,60}\\b(?:by|within|today|tonight|tomorrow|before|\\d))",
        "\\b(?:we'll|we will|i'll|i will) keep you (?:updated|posted|informed)\\b(?![^.!?]{0,40}\\b(?:by|within|today|tonight|tomorrow|before|on|every \\d|\\d))",
        "\\b(?:they'll|they will|he'll|she'll|someone'll) (?:be in touch|get back to you|contact you)\\b(?![^.!?]{0,40}\\b(?:today|tonight|tomorrow|by|before|within|on|at|\\d))",
        // "I've raised this with the relevant team": handed on, with no outcome and no time.
        "\\b(?:i've|i have|we've|we have|i|we) (?:raised|escalated|flagged|logged|reported|forwarded) (?:this|it|that|the (?:issue|problem|matter)|your (?:issue|complaint|concern|query|case)) (?:with|to) (?:the )?(?:relevant|appropriate|right|responsible|correct) (?:team|department|people|person)\\b(?![^.!?]{0,60}\\b(?:by|within|today|tonight|tomorrow|before|on|at|\\d))",
        '\\b(?:some )?(?:restrictions|conditions|exclusions) (?:may|might|can) apply\\b',
        '\\b(?:it )?depends on (?:your|the) (?:\\p{L}+ )?(?:level|type|plan|case|situation|circumstances)\\b',
        // Ours, not the customer's: "you'll be looking at it for years", "you can look at it in the app".
        "(?<!\\byou(?:'ll| will) be |\\byou(?:'re| are) |\\byou(?:'ll| will| can| could) )\\b(?:look|looking) (?:into|at) (?:it|this|that)\\b(?! (?:now|right now|today|straight away))",
        "\\bwe(?:'ll| will) see\\b(?! (?:you|it|them|him|her)\\b)",
        "\\b(?:we(?:'ll| will)|let's) (?:go|take it) from there\\b",
        '\\bas soon as (?:possible|we can)\\b',
        '\\bas (?:quickly|fast|promptly) as (?:possible|we can)\\b',
        '\\basap\\b',
        '\\bat some point\\b',
        '\\bin due course\\b',
        '\\b(?:within|in) the (?:standard|usual|normal) (?:time ?frame|time|period|processing time)\\b',
        '\\b(?:depends|depending) on (?:your|the) bank\\b',
        '\\bsomeone (?:will|should|may)\\b',
        '\\b(?:they|the team|it) (?:will|should|may) (?:sort|deal with|look into|handle) it\\b',
        '\\bget back to you\\b(?! (?:by|before|within|today|tomorrow|on))',
        "\\b(?:we(?:'ll| will)|i(?:'ll| will)) (?:try|do (?:our|my) (?:very |absolute |level )?best|do (?:everything|all) (?:we|i) can)\\b(?! (?:to \\p{L}+ )?(?:by|before|within|today|tomorrow)\\b)",
        '\\bplease (?:wait|be patient)\\b',
        ...WAIT_ORDER,
        // A promise with no one and no time: "I'll see what I can do", "we'll be in touch".
        // …unless the reply goes on to say what, with a date, time or amount.
        "\\b(?:i(?:'ll| will)|let me|let's|let us|we(?:'ll| will)) see what (?:i|we) can do\\b(?![\\s\\S]*(?:\\d|today|tonight|tomorrow))",
        "\\bwe(?:'ll| will) be in touch\\b(?![^.!?]{0,40}\\b(?:today|tonight|tomorrow|by|before|within|on|at|\\d))",
        "\\byou(?:'ll| will) be (?:contacted|called)\\b(?![^.!?]{0,40}\\b(?:today|tonight|tomorrow|by|before|within|on|at|\\d))",
      ],
      unless: [
        ...WAIT_HOLD,
        // A promise with its trigger is a next step: "if it happens again, I'll look into it".
        '\\bif\\b[^.!?]{0,80}?\\b(?:look|looking) (?:into|at) (?:it|this|that)\\b',
      ],
      message: 'A vague promise: no who, no when.',
      suggestion:
        'Name the next step and the time: "I’ve passed it to our engineers, ref 7712; you’ll hear from them by Wednesday."',
    },
    {
      id: 'positive.deflection',
      dimension: 'positive_phrasing',
      points: -10,
      patterns: DEFLECTION,
      message: 'Sends the customer elsewhere for an answer you could give here.',
      suggestion: 'Give the answer first: "Yes, the updated document is in your email now."',
    },
    {
      id: 'positive.unfortunately',
      dimension: 'positive_phrasing',
      points: -12,
      patterns: [
        '\\bunfortunately\\b',
        '\\bregrettably\\b',
        "\\bi(?:'m| am) afraid\\b",
        '\\bsadly\\b',
      ],
      message: '"Unfortunately" announces bad news before any solution.',
      suggestion: 'Start with what you can do: "What I can do is …"',
    },
    {
      id: 'positive.cannot',
      dimension: 'positive_phrasing',
      points: -15,
      patterns: [
        // "Sorry, the site is closed on Sundays." left there (not "…, but Saturday is open 8–6").
        "\\b(?:is|are|we're|we are|it's) closed (?:on )?(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekends?|bank holidays?)\\b(?![^.!?]{0,60}\\b(?:but|so|however|instead|although|though)\\b)",
        // Leading with what is not there, and leaving it there: "changes aren't free on this fare",
        // "no more free ones can be issued", "no places left" (not "…, but I can …", "…, so …").
        "\\b(?:isn't|aren't|is not|are not|won't be|will not be) free\\b(?![^.!?]{0,60}\\b(?:but|so|however|instead|although|though)\\b)",
        '\\bno (?:more|further) (?:free )?(?:\\p{L}+ ){0,2}(?:can|could|will) be (?:issued|given|offered|added|provided|made|booked)\\b(?![^.!?]{0,60}\\b(?:but|so|however|instead|although|though)\\b)',
        '\\bno (?:places|spaces|slots|seats|spots|tables|rooms|appointments) (?:left|available)\\b(?![^.!?]{0,60}\\b(?:but|so|however|instead|although|though)\\b)',
        // "Your permit doesn't cover trade waste": what is not included, first.
        "\\b(?:permit|plan|policy|cover|membership|pass|ticket|subscription|warranty|guarantee) (?:doesn't|does not|won't|will not) (?:cover|include)\\b",
        // "Plan changes aren't usually applied mid-cycle": the rule first.
        "\\b(?:isn't|aren't|is not|are not) (?:usually|normally|generally|typically|ordinarily) (?:applied|allowed|possible|done|offered|accepted|available|permitted)\\b",
        // "That's not something we can send them on your behalf", "Octopus can't pay you anything until …".
        "\\b(?:that's|that is|it's|it is|this is) not something (?:we|i) (?:can|could|are able to|am able to|do|offer)\\b",
        // "Early termination isn't something we can offer without a penalty".
        "\\b(?:isn't|is not|aren't|are not) (?:something|anything) (?:that )?(?:we|i) (?:can|could|are able to|am able to|do|offer)\\b(?![^.!?]{0,60}\\b(?:but|so|however|instead|although|though)\\b)",
        "\\b(?:can't|cannot|can not|won't|will not) (?:\\p{L}+ ){1,4}(?:anything|any \\p{L}+) until\\b",
        // "The app doesn't currently support …": a feature refused by a thing.
        "\\b(?:the|our|this) (?:app|website|site|platform|portal|tool|system) (?:doesn't|does not|can't|cannot|won't|isn't able to)(?: currently| yet| at the moment)? (?:support|allow|show|offer|handle|do)\\b",
        "\\b(?:we|i) (?:can't|cannot|can not|won't|will not|are unable to|am unable to|aren't able to|am not able to|are not able to|don't|do not) (?!hesitate\\b|worry\\b|wait\\b|mind\\b|want (?:you|to keep you|to leave you)\\b|need\\b|require\\b|charge\\b|(?:ask|bother|keep|make|trouble) you\\b)\\p{L}+",
        "\\b(?:it's|it is|that's|that is) (?:not possible|impossible|not allowed|not permitted|against (?:our|the) (?:policy|rules))\\b",
        "\\b(?:not|isn't|is not) (?:our|my) policy\\b",
        // "We are not responsible for damage in transit": a disclaimer in place of what can be done.
        "\\b(?:we|i)(?:'re| are| am|'m) not (?:responsible|liable)\\b",
        '\\b(?:we|i) (?:accept|take) no (?:responsibility|liability)\\b',
        "\\bthere(?:'s| is) no way\\b",
        // Impersonal refusals: "can't be guaranteed", "it would be difficult to accommodate you".
        "\\b(?:can't|cannot|can not|won't) be (?:guaranteed|done|arranged|accommodated|changed|moved|refunded|offered|made|paid|given|issued|credited|transferred|extended)\\b",
        '\\b(?:it )?would be (?:difficult|hard|tricky) to (?:accommodate|arrange|offer|fit|do)\\b',
        "\\bwe (?:don't|do not) (?:have|do|offer|allow|accept|provide)\\b",
        '\\bno(?:t)? (?:refunds?|exceptions?|returns?) (?:are )?(?:possible|allowed|accepted)\\b',
        "\\bi (?:don't|do not) know\\b",
        "\\byou (?:can't|cannot|can not|won't be able to|are not able to|aren't able to|are unable to)\\b",
        '\\bnot (?:all|every|any) \\p{L}+ (?:has|have|is|are)\\b',
        '\\bno (?:seats|slots|stock|availability|options?|appointments?|rooms?)\\b',
        "\\b(?:isn't|aren't|is not|are not) (?:available|possible|allowed|included|covered|eligible|supported)\\b",
        // Refusals with no one doing the refusing: "opened items are not accepted", "non-returnable".
        "\\b(?:is|are|was|were|isn't|aren't|wasn't|weren't) not (?:accepted|offered|provided|refunded|returned|exchanged|permitted|done|processed|issued)\\b",
        "\\b(?:isn't|aren't|wasn't|weren't) (?:accepted|offered|provided|refunded|returned|exchanged|permitted|processed|issued)\\b",
        '\\bnon-(?:returnable|refundable|exchangeable|transferable)\\b',
        "\\bi can't guarantee\\b",
        // Bureaucratic refusals: "we're not able to", "the system doesn't allow it".
        "\\b(?:we're|i'm|we are|i am) (?:not able|unable|not going) to \\p{L}+",
        "\\b(?:the|our) system (?:doesn't|does not|won't|will not|can't|cannot|isn't able to) (?:allow|let|permit|accept|support)\\b",
        '\\b(?:we|i) (?:have|has) no (?:way|option|possibility|ability|means) (?:to|of)\\b',
      ],
      unless: [
        "\\b(?:we|i) (?:won't|will not) (?:cancel|close|delete|remove|block) (?:you|your|it|the)\\b",
        "\\b(?:don't|do not) hesitate\\b",
        "\\b(?:don't|do not) worry\\b",
        // "There's no charge if we can't get your photos back": a promise on a condition.
        "\\bif (?:we|i) (?:can't|cannot|can not)\\b",
        // "If … you can't keep fluids down": a condition the customer may meet, not a refusal.
        "\\bif\\b[^.!?]{0,80}?\\byou (?:can't|cannot|can not)\\b",
        // "If he finds something that needs a part we don't stock, I'll ring you": the condition's.
        "\\bif\\b[^.!?,;]{0,80}?\\b(?:we|they) (?:don't|do not|can't|cannot) (?:stock|have|carry|sell|keep)\\b",
        // "We won't let it go to the wrong house": a guarantee, not a refusal.
        "\\b(?:we|i) (?:won't|will not) let (?:it|this|that|them|your \\p{L}+) (?:go|be|end up|get|drop|slip|happen)\\b",
        // "No appointment needed": good news, not "no appointments".
        '\\bno (?:appointment|booking|deposit|reservation|prescription|referral)s? (?:is |are )?(?:needed|required|necessary)\\b',
        "\\b(?:we|i) (?:don't|do not|won't|will not) (?:be )?(?:charg|bill|fin|penali[sz])\\p{L}*\\b",
        "\\b(?:we|i) (?:won't|will not) let (?:this|it|that) (?:drop|slip|happen)\\b",
        "\\b(?:we're|i'm|we are|i am) not going to (?:let (?:this|it|that) (?:drop|slip|happen)|charge|bill|leave you)\\b",
        "\\b(?:we|i) (?:don't|do not) want you to\\b",
        // A guarantee that waits for the customer's consent: "we won't change anything unless you
        // approve it".
        "\\b(?:we|i) (?:won't|will not|don't|do not) [^.!?]{0,60}?\\b(?:unless|until|without) (?:you|your)\\b",
        // What a package holds, with the price of what it does not: "car hire isn't included; it's £65
        // extra" answers "does it include …?" and says how to get it.
        "\\b(?:isn't|aren't|is not|are not) included\\b(?=[^.!?]*?(?:[£$€]\\s?\\d|\\d(?:[\\d.,]*\\d)?\\s?(?:[£$€]|pounds?|dollars?|euros?)(?!\\p{L})))",
      ],
      message: 'Says what cannot be done instead of what can.',
      suggestion: 'What I can do is …, and it will be ready by …',
    },
    {
      id: 'positive.problem-framing',
      dimension: 'positive_phrasing',
      points: -8,
      patterns: [
        '\\byour (?:problem|complaint)\\b',
        "\\bthat(?:'s| is) (?:a )?(?:problem|issue) (?:on|at) your (?:end|side)\\b",
      ],
      unless: ['\\bno problem\\b', '\\bnot a problem\\b'],
      message: 'Framing the customer’s situation as "your problem" puts distance between you.',
      suggestion: 'Let’s sort out the delivery together: …',
    },
    {
      id: 'positive.solution',
      dimension: 'positive_phrasing',
      intent: 'solution',
      points: 12,
      patterns: ['\\bwhat i can do\\b', '\\b(?:good|great) news\\b'],
      unless: [...EMPTY_OFFER, ...GENERIC_DONE, ...CLOSE_CHAT],
      message: 'Commits to a concrete action.',
    },
    {
      id: 'positive.no-problem',
      dimension: 'positive_phrasing',
      points: 3,
      patterns: [
        '\\bno problem\\b',
        '\\bnot a problem\\b',
        '\\bof course\\b',
        '\\bcertainly\\b',
        '\\babsolutely\\b',
        '\\bhappy to\\b',
        '\\bglad to\\b',
      ],
      message: 'Willing, positive wording.',
    },
  ],
  messages: {
    shouting: 'Capital letters read as shouting in a chat.',
    shoutingFix: 'Write in normal case; stress one word with wording, not capitals.',
    exclamations: 'Several exclamation marks read as irritation.',
    exclamationsFix: 'Use one exclamation mark at most, and only for good news.',
    curt: 'A very short reply to an upset customer reads as cold.',
    repeatCurt:
      'The customer is repeating themself and the reply is short and gives no sign you took it in.',
    repeatCurtFix:
      'I’m sorry you’ve had to explain this again. I have your earlier messages here, so here is what I’ll do: …',
    curtFix: 'Acknowledge the situation and say what happens next, in a full sentence or two.',
    curtAnswer: 'A bare fragment in answer to the customer’s question reads as cold.',
    curtAnswerFix: 'Answer in a full sentence: "Yes, late checkout until 2 pm is free of charge."',
    asksAgain: 'Asks for something the customer has already written: their message was not read.',
    asksAgainFix: 'Use what they gave: "I can see order 4471 — …"',
    joking: 'Joking or winking at a customer who has a problem makes light of it.',
    jokingFix:
      'Keep to the facts and the fix: "I’ve refunded the $49; it will be on your card within 5 days."',
    smiley:
      'A smiley while the customer still has a problem reads as mockery, however it was meant.',
    smileyFix:
      'Let the words carry the warmth: "I’m sorry about this. I’ve booked the engineer for Tuesday, 8–12."',
    noAcknowledgement:
      'The customer is upset and the reply goes straight to business without acknowledging it.',
    noAcknowledgementFix:
      'Start with one sentence that shows you understand: "I understand how frustrating this is."',
    repeatedReply: 'This reply repeats an earlier one and adds nothing new.',
    repeatedReplyFix:
      'Answer what the customer just said, in new words, with the next concrete step.',
    repeatedSentence: 'The same sentence twice in one reply: repeating it adds nothing.',
    repeatedSentenceFix: 'Say it once, then add what happens next and when.',
    stuffing:
      'Courtesy formulas piled up without content: the customer’s question is not answered.',
    fakeResolution: 'Claims the issue is resolved while nothing in the chat resolved it.',
    fakeResolutionFix:
      'Say what you actually did and when the customer will see it: "I’ve resent the code to the number ending 09; it arrives within 2 minutes."',
    stuffingFix: 'One sincere courtesy phrase, then the answer: what you will do and when.',
    keywordSoup:
      'A list of keywords, not sentences: courtesy words and a date strung together do not answer the customer.',
    keywordSoupFix:
      'Write it out: what happened, what you have done and when it will be ready: "I’m sorry it’s late. I’ve checked the order: it leaves the depot today and arrives tomorrow by 1pm."',
    upsell: 'A sales offer instead of an answer: the customer did not ask about prices or offers.',
    upsellFix:
      'Answer the question first; offer a product or a deal only when the customer asks about one or the problem is solved.',
    howCanIHelp:
      'Asks how to help after the customer already said what is wrong: it shows their message was not read.',
    howCanIHelpFix:
      'Name what the customer wrote and start on it: "The battery drains in 3 hours, so let’s find out why. Could you …?"',
    askedAgain:
      'Asks again for the number the customer has just given: it shows their message was not read.',
    askedAgainFix:
      'Use the number they sent: "Thanks, I’ve found request 1187. Here is where it stands: …"',
    askedToResend:
      'Asks the customer to send again what they say they have already sent more than once: find it on our side first.',
    askedToResendFix:
      'Look for what they sent and say so: "I’ve found both uploads from Monday on the claim, so there is nothing more to send."',
    refusedRoute:
      'The customer said they could not wait for this route (“{what}”), and the reply sends them down it anyway.',
    refusedRouteFix:
      'Work to what they need and when: “You need it by 10am tomorrow, so I’ve sent a replacement by guaranteed delivery; no form needed.”',
    generic: 'A generic reply: nothing in it refers to what the customer asked.',
    genericFix: 'Name the customer’s issue and give a concrete next step, date or amount.',
    closingTooEarly:
      'A closing formula in the middle of the conversation, before the issue is resolved.',
    closingTooEarlyFix:
      'Keep the closing ("anything else?", "have a good day") for when the customer has confirmed all is well.',
    concreteDetail: 'Gives a concrete date, time, amount or deadline.',
    avoidPhrase: 'This scenario lists this phrase as one to avoid.',
    preferPhrase: 'A phrase this scenario recommends.',
    closureSummary: 'The closing has no summary of what was done.',
    closureSummaryFix: 'To recap: I have … and you will … by ….',
    closureAnythingElse: 'The closing does not check whether anything else is needed.',
    closureAnythingElseFix: 'Is there anything else I can help you with?',
    closureThanks: 'The closing has no thank-you.',
    closureThanksFix: 'Thank you for your patience and for contacting us.',
    closureFarewell: 'The chat ends without a farewell.',
    closureFarewellFix: 'Have a great day!',
    prematureClose:
      'Goodbye before the customer confirmed the issue is resolved: a premature close.',
    prematureCloseFix:
      'Ask whether everything is clear and resolved, and say goodbye only after the customer confirms.',
    closedEarly:
      'The chat was closed before the conversation reached its end: the customer was left without a resolution.',
    closedEarlyFix:
      'Stay until the customer’s issue is resolved and they confirm it, then sum up and say goodbye.',
    didNotWait:
      'The reply asks “anything else?” and says goodbye in the same message, before the customer could answer: the closing loses 10 points for not waiting.',
    didNotWaitFix:
      'Ask “Is there anything else I can help with?” and send the thanks and goodbye once the customer answers.',
    leftPending:
      'The customer said something is still to come (a decision to talk over, details to send), and the goodbye closes as if it were settled.',
    leftPendingFix:
      'I’ll hold it for you until tomorrow at 5pm. Just reply here once you’ve checked, and I’ll confirm it.',
    sourNote:
      'The closing also says “{what}”: the chat ends on what the company wants, not on what was done for the customer.',
    sourNoteFix:
      'End on the outcome: sum up what was done, thank the customer and say goodbye; leave offers and ratings out of it.',
    staleRecap:
      'The recap gives “{old}”, which was later changed to “{new}”: it sums up the wrong thing.',
    wrongRecap:
      'The recap gives “{old}”, but what was agreed in the chat is “{new}”: it sums up the wrong thing.',
    staleRecapFix: 'Sum up what was finally agreed: “… {new} …”.',
    openQuestion: 'The customer’s last question is still open when the chat is closed.',
    openQuestionFix: 'Answer the open question first, then check whether anything else is needed.',
    unansweredQuestion: 'The customer also asked “{q}”, and the reply does not answer it.',
    unansweredQuestionFix:
      'Answer each question in turn: “… As for your second question: yes, you can …”',
    claimsComplete:
      'The reply says it has answered everything, but a question of the customer’s is left open.',
    claimsCompleteFix: 'Answer the open question instead of saying that everything is covered.',
  },
  concrete: [
    '\\b(?:today|tonight|tomorrow|this (?:morning|afternoon|evening|week)|next (?:week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|within (?:the )?(?:hour|day|\\d+))\\b',
    '\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b',
    '\\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b \\d{1,2}\\b',
    '\\b\\d{1,2}(?:st|nd|rd|th)?(?: of)? (?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b',
    '\\b\\d+(?:[.,]\\d+)? ?(?:minutes?|mins?|hours?|hrs?|days?|working days?|business days?|weeks?|months?)\\b',
    // "about two weeks", "in a couple of days", "within ten minutes".
    '\\b(?:about|around|roughly|within|in|for|takes?|under) (?:one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|a couple of) (?:minutes|hours|days|working days|weeks|months)\\b',
    '\\b\\d{1,2}(?::\\d\\d)? ?(?:am|pm)\\b',
    // Opening hours and time windows: "between 9 and 1", "from 10 to 8".
    '\\b(?:between \\d{1,2} and|from \\d{1,2} (?:to|till|until)) \\d{1,2}\\b',
    '\\b\\d{1,2}:\\d\\d\\b',
    '(?:[$€£]\\s?\\d+|\\b\\d+(?:[.,]\\d+)? ?(?:usd|eur|gbp|dollars?|euros?|pounds?|%))',
    '\\b(?:by|before|until) (?:end of (?:day|the day|today)|noon|midday|the \\d{1,2}(?:st|nd|rd|th)?)\\b',
    '\\b(?:order|ticket|case|reference|ref|tracking)(?: number| no\\.?)? #?\\w*\\d\\w*\\b',
    '#\\d+',
    // A measurement: "2.39 m", "15 kg", "a 40 ft container", "7.5 kW".
    '\\b\\d+(?:[.,]\\d+)? ?(?:mm|cm|m|metres?|meters?|km|kg|kilos?|lbs?|ft|feet|foot|inches|litres?|liters?|ml|kw|kwh|watts?|sq ?m|sq ?ft|mph|psi)(?![\\p{L}\\p{N}])',
    // A number to call: "0161 555 2040", "+44 20 7946 0958".
    '(?<![\\p{L}\\p{N}])\\+?\\d(?:[\\s()-]{0,2}\\d){8,13}(?![\\p{N}])',
    '\\b(?:order|ticket|case|request|reference|claim|booking|return)(?: \\p{L}+){0,3} #?[a-z]{0,4}-?\\d{3,}\\b',
    '\\b[a-z]{1,4}-?\\d{3,}\\b',
  ],
  upset: [
    // "Thanks!!" and "Great!!" are delight, not anger.
    '(?<!\\b(?:thanks|thank you|great|perfect|awesome|brilliant|amazing|wonderful|yay|excellent|fantastic|lovely)(?:\\s+(?:so much|very much|a lot|a million|loads|heaps))?\\s*)(?<!\\b(?:thanks|thank you)\\b[^?]*)!{2,}(?![^?]*\\b(?:thanks|thank you)\\b)',
    '\\?{2,}',
    '\\b(?:ridiculous|unacceptable|disgusting|outrageous|terrible|awful|useless|incompetent|furious|angry|fed up|sick of|joke|scam|worst|never again|pathetic)\\b',
    '\\b(?:wtf|omg|seriously)\\b',
    // Let down, worried or grieving, said in plain words.
    '\\b(?:rubbish|nonsense|a joke|shambles|disgrace|fed up)\\b',
    '\\bdoes (?:anyone|anybody) (?:actually |even )?(?:read|care|listen|check)\\b',
    '\\b(?:nobody|no one|no-one) (?:came|called|rang|turned up|showed up|answered|replied|got back)\\b',
    // Worry said plainly: "I'm scared the money is lost", "I'm really worried".
    "\\b(?:i'm|i am) (?:really |so |very )?(?:scared|afraid|worried|panicking|anxious)\\b",
    // Still waiting: "it's been a week and still nothing", "I still haven't heard".
    "\\b(?:still (?:nothing|no (?:reply|answer|word|email|confirmation))|(?:i )?still (?:haven't|have not) (?:heard|received|got)|it's been (?:a|over a|more than a|two|three) (?:week|weeks|fortnight|month))\\b",
    "\\b(?:i )?(?:can't|cannot) sleep\\b",
    // Let down or grieving: "I'm gutted", "so disappointed", "I can't face going", "the 6th rejection".
    "\\b(?:gutted|devastated|heartbroken|crushed|(?:so |really |very |bitterly )disappointed|(?:i )?(?:can't|cannot) face (?:it|going|\\p{L}+ing))\\b",
    '\\b(?:\\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|another) rejection\\b',
    '\\bin tears\\b',
    // Hurt or shaken: "I fell off and cut my hand", "I'm still shaking", "in shock".
    '\\b(?:i|he|she|we|my (?:son|daughter|kid|child|husband|wife|partner|mum|dad)) (?:fell|came off|was thrown|got hurt|was injured|hurt (?:my|his|her|our)|injured (?:my|his|her))\\b',
    "\\b(?:i'm|i am) (?:still )?(?:shaking|shaken|in shock)\\b",
    '\\b(?:funeral|passed away|died|bereavement|in hospital|hospitali[sz]ed)\\b',
    // "Brilliant, thanks for nothing" is sarcastic; "Brilliant, thanks." after a fix is thanks (so is
    // "Oh brilliant, thank you").
    '\\b(?:love that for me|thrilled|just great|brilliant,? thanks (?:a lot|for nothing|very much for nothing))\\b',
    "\\b(?:i'm|i am) (?:so |really )?(?:worried|scared|panicking|desperate|in tears|at my wits' end)\\b",
    '\\bwhere (?:is|the hell)\\b',
    // Not the go-ahead to cancel as agreed ("Great, please go ahead and cancel.").
    '\\b(?<!\\b(?:go ahead and|please|you can|yes,?|ok,?|okay,?|fine,?) )(?:cancel|lawyer|complain|review|twitter|facebook|social media)\\b',
  ],
  repeating: [
    '\\b(?:again|third time|second time|already (?:told|said|explained|tried|did)|how many times|keep (?:telling|asking|repeating)|for the \\w+ time)\\b',
  ],
  confirmation: [
    // "Will do.": the instruction taken.
    '^\\s*(?:ok(?:ay)?,? |sure,? |great,? )?will do\\b',
    // "OK, I'll wait", "Fine, will wait then": the promised time taken.
    "^\\s*(?:ok|okay|right|fine|alright|all right),?\\s*(?:i'll |i will |will |we'll |we will )?wait(?: then| for (?:it|that|them))?\\s*[.!)]*\\s*$",
    // "Fine, I suppose", "better than nothing": taken, grudgingly, but taken.
    '\\b(?:fine|ok|okay|alright|all right),? i (?:suppose|guess)\\b',
    "\\b(?:better than nothing|at least that's something)\\b",
    "\\b(?:(?:it|the payment|payment) went through|(?:i've|i have) paid(?: it)?(?=\\s*[.!,]|\\s*$))",
    "\\b(?:that's all|that is all|all good|all sorted|that's everything|that helps|that works|perfect|great|brilliant|excellent|wonderful|lovely|thanks?|thank you|thx|ty|cheers|much appreciated|sounds good|problem solved|nothing else|(?:it )?works(?: now| fine)?|it's working|working now|sorted|it worked|(?:it )?synced|(?:it's |they're )?showing now|came through|got (?:it|my \\p{L}+)|we're in|i'm in|looks (?:amazing|great|perfect|fantastic)|love it|loving it|all square)\\b",
    "\\b(?:i'll|i will) (?:think about it|get back to you|come back|call back|check with|talk to|discuss it|let you know)\\b",
    '\\b(?:bye|goodbye)\\b',
    // A bare "Ok." or "Alright then." taking what was done, as «Хорошо.» does.
    '^\\s*(?:ok|okay|alright|all right|got it|fine|understood)(?:,? (?:then|cool))?\\s*[.!]*\\s*$',
  ],
  pending: [
    "\\b(?:i'll|i will|let me|going to) (?:try|test|check|see|restart|install|update|reboot)\\b",
    '\\b(?:downloading|installing|restarting|trying|checking|paying)\\b',
    '\\b(?:hang on|hold on|one (?:moment|sec|second)|give me a (?:moment|minute|sec))\\b',
  ],
  emptyOffer: EMPTY_OFFER,
  pointers: [
    ...DEFLECTION,
    "\\b(?:it(?:'s| is)|this is|that(?:'s| is)) (?:on|in) (?:the|our) (?:website|site|faq|terms|app)\\b",
    '\\b(?:the|our) (?:terms|t&cs|policy|rules|conditions) (?:say|state|mention|explain)s?\\b',
  ],
  bringsInfo: [
    '\\blinks?\\b',
    "\\b(?:i(?:'ll| will| can)|let me|i(?:'m| am) (?:going to|happy to)) (?:\\p{L}+ )?(?:send|show|walk|guide|take|explain|copy|paste|forward|share|read|quote)\\b",
  ],
  filler: [
    // A brochure in place of an answer: "one of our most popular spaces", "a family-run business
    // with over 15 years' experience and hundreds of happy customers", "book your free quote today!".
    '\\bone of our most popular\\b',
    // "We're sure you and your family will have a magical evening at the theatre", "the perfect gift
    // for any book lover", "a catalogue of over 500,000 titles".
    "\\b(?:we're|we are|i'm|i am) (?:sure|certain|confident) (?:that )?(?:you(?:'ll| will)|you and your \\p{L}+ will) (?:have|enjoy) (?:a|an|the) (?:magical|wonderful|fantastic|amazing|great|lovely|memorable|unforgettable|brilliant) (?:evening|day|time|night|experience|stay|visit|trip|show)\\b",
    '\\b(?:a|an|the) (?:great|perfect|ideal|wonderful) gift for (?:any|every|all)\\b',
    '\\b(?:are|is) available in (?:denominations|values|amounts) (?:of|from)\\b',
    // "Your health is our top priority", "your bike is in great hands", "fully qualified technicians".
    "\\b(?:your|customer|our customers'?) (?:health|safety|satisfaction|comfort|wellbeing|peace of mind) (?:is|are) (?:always )?our (?:top|number one|first|highest|main) priority\\b",
    "\\b(?:is|are|you're|you are) in (?:great|safe|good|expert) hands\\b",
    '\\bfully (?:qualified|trained|certified)(?:,? (?:and )?(?:insured|vetted|accredited|registered|experienced|certified))* (?:[\\p{L}-]+ )?(?:technicians|engineers|staff|team|experts|specialists|roofers|plumbers|electricians|fitters|installers|builders|groomers|drivers|therapists|stylists)\\b',
    // "They come in over 200 colours and fabrics", "They're perfect for bedrooms and nurseries", "Why
    // not order up to 10 free samples today to find your perfect match?", "an important source of
    // funding for vital local services", "We appreciate your contribution!".
    '\\bcome in (?:over|more than) \\d+ (?:colou?rs|styles|designs|fabrics|shades|finishes|flavours|sizes)\\b',
    "\\b(?:they're|they are|it's|it is) (?:just )?perfect for (?:\\p{L}+ )?(?:bedrooms|nurseries|families|kids|homes|every|any|all)\\b",
    '\\bwhy not (?:order|try|book|grab|request|pick up) (?:[\\p{L}\\d-]+ ){0,4}free\\b',
    '\\b(?:find|choose|discover) your perfect (?:match|fit|shade|colou?r|style|look)\\b',
    // "… so you'll have everything you need for a great day on the bank", "for a truly luxurious
    // finish", "For the ultimate upgrade", "at the touch of a button".
    "\\b(?:you'll|you will) have everything you need\\b",
    '\\b(?:for|with) a (?:truly |really )?(?:luxurious|premium|flawless|professional|stunning) (?:finish|look|feel)\\b',
    '\\bfor the ultimate (?:upgrade|experience|comfort|convenience|finish)\\b',
    '\\bat the touch of a button\\b',
    '\\bvital (?:local |public |community )?services\\b',
    '\\bwe (?:really )?appreciate your (?:contribution|custom|loyalty|business|support)\\b',
    // "…to the highest industry standards", "Contact us today for a free, no-obligation quote!".
    '\\bto the (?:highest|very highest|strictest) (?:industry |professional |quality )?standards?\\b',
    '\\b(?:contact|call|ring|email|message) us (?:today|now) for (?:a|your) free(?:,? no[- ]obligation)? (?:quote|consultation|survey|assessment|estimate|valuation)\\b',
    // "We welcome boats of all sizes", "our gym welcomes climbers of all abilities", "we'd love to have you".
    '\\bwelcomes? (?:\\p{L}+ ){1,2}of all (?:sizes|abilities|ages|levels|stages|kinds|types|shapes)\\b',
    "\\bwe(?:'d| would) love to (?:have|welcome|see) you\\b",
    "\\bwith over \\d+ years'? (?:of )?experience\\b",
    '\\b(?:hundreds|thousands) of (?:happy|satisfied|delighted) (?:customers|clients|families|guests)\\b',
    '\\bbook (?:your|a) free (?:[\\p{L}-]+ )?(?:quote|consultation|survey|trial|assessment|home visit) today\\b',
    // "One of the smartest investments you can make", "industry-leading performance", "slash their
    // energy bills", "to discover your savings!".
    '\\bone of the (?:smartest|best|wisest|most rewarding) (?:investments|decisions|choices)\\b',
    // "…is our top priority", "our passionate, highly trained team", "take care of every detail", "a
    // finish you'll love for years to come", "Did you know you can …?", "give you peace of mind",
    // "Thank you for being a valued customer!", "we hope Pip will join our family soon".
    '\\b(?:is|are) (?:always )?our (?:top|number one|first|highest|main) priority\\b',
    '\\b(?:passionate|highly trained|highly qualified|expert)(?:,? (?:and )?(?:highly trained|highly qualified|passionate|dedicated|friendly|caring|expert))* (?:team|staff|nurses|fitters|engineers|technicians|groomers|teachers|instructors|carers)\\b',
    '\\btake care of every detail\\b',
    "\\b(?:you'll|you will) love for years to come\\b",
    '\\bdid you know (?:that )?(?:you can|we offer|our|(?:\\p{L}+ )?(?:membership|cover|plan|subscription|package)s?)\\b',
    // "Our award-winning breakdown cover gets you back on the road fast", "Upgrade today for complete
    // peace of mind!".
    '\\baward[- ]winning\\b',
    '\\bgets? you back on the road (?:fast|quickly|in no time)\\b',
    '\\b(?:for|with) (?:complete|total|real|extra|added) peace of mind\\b',
    '(?:^|(?<=[.!?]\\s*))upgrade (?:today|now)\\b',
    '\\b(?:give|giving|bring|offer) you (?:complete |total |real )?peace of mind\\b',
    '\\b(?:for being|as) a valued customer\\b',
    '\\bjoin our (?:family|community)\\b',
    // "this stunning property … in a sought-after location, with a wealth of local amenities on the
    // doorstep. It's sure to attract a lot of interest", "Have you heard about our new Couples package?"
    '\\b(?:stunning|beautiful|charming|superb) (?:property|home|apartment|flat|house)\\b',
    '\\bsought[- ]after (?:location|area|neighbourhood|neighborhood|street|development)\\b',
    '\\ba wealth of (?:local )?(?:amenities|shops|facilities|options)\\b',
    "\\b(?:it's|it is) sure to attract\\b",
    '\\bhave you heard (?:about|of) our\\b',
    '\\bpersonali[sz]ed advice for every\\b',
    '\\bindustry[- ]leading\\b',
    '\\bslash (?:your|their) (?:\\p{L}+ )?(?:bills|costs)\\b',
    '\\bto discover (?:your|how much you could) sav(?:ings|e)\\b',
    // Marketing copy in place of an answer: "the perfect way to learn!", "a safe, friendly and
    // welcoming community for learners of all ages".
    "\\b(?:it(?:'s| is)|is) the perfect way to\\b",
    '\\b(?:safe|friendly|welcoming|supportive|inclusive)(?:,? (?:and )?(?:safe|friendly|welcoming|supportive|inclusive)){1,3} (?:community|place|environment|space)\\b',
    // "At just £35 they're a great investment in your eye comfort!", "thousands of customers love them".
    '\\b(?:a |the )?(?:great|smart|wise|worthwhile|fantastic|brilliant|excellent|wonderful|fabulous) investment in (?:your|yourself)\\b',
    '\\b(?:thousands|hundreds|millions) of (?:our )?(?:customers|people|users|clients|members|patients) (?:love|trust|use|choose|swear by) (?:them|it|us|our)\\b',
    // "Great question!": a compliment in place of the answer.
    '\\bgreat question\\b',
    // Advertising in place of an answer: "the best investment you can make", "start learning today!".
    '\\bthe best investment (?:you can make|in (?:yourself|your future))\\b',
    '\\bstart (?:\\p{L}+ ){0,3}today!',
    // "We offer flexible payment options", "we really care about our residents".
    '\\bwe offer flexible (?:payment|terms|options|plans)\\b',
    '\\bwe (?:really |truly |genuinely )?care (?:deeply )?about (?:all )?our (?:customers|clients|residents|patients|guests|students|members)\\b',
    // "Our prices are fully transparent", "we value your trust": words about the company, not the answer.
    '\\b(?:all )?(?:our )?(?:prices|fees|charges|rates) are (?:fully |completely |totally )?(?:transparent|fair|honest)\\b',
    '\\bwe (?:really |truly |greatly )?value your trust\\b',
    // A promise of ease in place of the step: "we'll sort everything quickly and easily".
    "\\b(?:we'll|we will|we) (?:sort|handle|arrange|take care of|do) (?:it all|everything|it|all of it) (?:quickly|fast|swiftly) and (?:easily|conveniently|smoothly|hassle-free|with no fuss)\\b",
    // "We only offer quality-checked containers": praise of the goods in place of the answer.
    '\\bwe (?:only (?:offer|sell|use|supply|stock|fit)|(?:offer|sell|use|supply|stock|fit) only) (?:the (?:very )?best|high[- ]quality|top[- ]quality|quality|certified|genuine|premium|tested)\\b',
    // Enthusiasm in place of the answer: "we'd be thrilled to support you on your journey".
    '\\bsupport you (?:on|throughout|through|along) your (?:\\p{L}+ )?journey\\b',
    // "Loads of our learners ask about this", "a great option for lots of people": words about
    // customers in general, not the answer.
    '\\b(?:lots|loads|many|plenty) of (?:our )?(?:learners|customers|clients|people|students|members|patients|residents) ask (?:about )?(?:this|that|the same)\\b',
    '\\b(?:a|is a) (?:great|fantastic|brilliant|popular|good) (?:option|choice) for (?:lots of|many|most|plenty of) (?:people|customers|families|learners)\\b',
    // "Every learner is unique", "we'll support you every step of the way", "we'll tailor
    // everything to you": promises about the customer in general, not an answer to them.
    '\\bevery (?:learner|customer|client|student|patient|driver|pet|home|family|case|situation|bathroom|kitchen|room|garden|space|project|wedding|event|smile|body|child|dog|cat) is (?:unique|different)\\b',
    // "designed for learners of all levels and abilities", "our expert tutors are passionate about
    // helping every student flourish", "We're confident you'll love it!", "start your creative journey".
    '\\b(?:designed|suitable|perfect|made|ideal) for (?:\\p{L}+ )?of all (?:levels|abilities|ages|sizes|backgrounds|experience levels)\\b',
    '\\bpassionate about (?:helping|making|giving|bringing|supporting)\\b',
    // "Season tickets are a fantastic way to save money", "for even bigger savings", "Why not consider
    // an Annual ticket?", "Thank you for your interest in …", "we offer a wide range of treatments",
    // "get back to doing what you love", "Book online today!".
    '\\b(?:a|the) (?:fantastic|great|brilliant|perfect|smart|easy|simple) way to (?:save|enjoy|get more|make the most)\\b',
    '\\bfor even (?:bigger|greater|more|better) (?:savings|value|discounts)\\b',
    '(?:^|(?<=[.!?]\\s*))why not (?:consider|try|upgrade|treat yourself|go for|switch)\\b',
    '\\bthank you for your interest in\\b',
    '\\bwe offer a (?:wide|broad|full|huge|great) (?:range|variety|selection) of\\b',
    '\\b(?:get|getting) (?:you )?back to doing what you love\\b',
    '(?:^|(?<=[.!?]\\s*))book (?:online |now |yours )?(?:today|now)!',
    // "Precision is at the heart of everything we do", "our printers deliver exceptional detail",
    // "Upload your file today for an instant quote!", "the care they deserve", "many of our customers
    // find they get even more from …": the company praised in place of the answer.
    '\\b(?:is|are|lies|lie|sits|sit) at the (?:very )?(?:heart|core) of (?:everything|all|what) (?:we do|we make|we offer)\\b',
    '\\b(?:deliver|delivers|offer|offers|provide|provides|guarantee|guarantees) (?:truly )?(?:exceptional|outstanding|unrivalled|unrivaled|unbeatable|unmatched|superior) (?:\\p{L}+ )?(?:detail|quality|results|service|value|performance|finish|finishes|care|accuracy|precision)\\b',
    '\\bfor an instant (?:quote|price|estimate|valuation)\\b',
    '\\b(?:the|all the) (?:care|attention|love|respect) (?:they|it|she|he|your \\p{L}+) (?:deserves?|needs?)\\b',
    '\\b(?:many|lots|most|plenty|loads) of our (?:customers|clients|users|members|owners) find (?:that )?(?:they |it )?(?:get|save|enjoy|love|benefit)\\b',
    "\\b(?:we're|we are) (?:confident|sure|certain) (?:that )?you(?:'ll| will) love (?:it|them|the|your|every)\\b",
    '\\bstart your (?:[\\p{L}-]+ )?journey\\b',
    // "Our expert designers will work with you to create the perfect space for your needs".
    '\\bwork with you to create (?:the|your) (?:perfect|ideal|dream)\\b',
    '\\b(?:the|your) (?:perfect|ideal|dream) (?:space|room|bathroom|kitchen|garden|home|look|day|solution) for your (?:needs|lifestyle|family)\\b',
    '\\b(?:support|guide|help|be with) you (?:at |through )?every step of the way\\b',
    // "We're here for you every step of the way!", "made with the highest-quality ingredients and
    // loved by thousands of families", "what a caring parent you are!": praise in place of an answer.
    "\\b(?:we're|we are|we'll be|we will be|i'm|i am) (?:here|there) for you (?:at |through )?every step of the way\\b",
    '\\b(?:made|produced|crafted|prepared|manufactured) (?:only )?(?:with|from|using) (?:only )?(?:the )?(?:highest[- ]quality|finest|best|premium|top[- ]quality|carefully selected) (?:\\p{L}+ )?(?:ingredients|materials|components|fabrics|products)\\b',
    '\\bloved by (?:thousands|hundreds|millions) of\\b',
    '\\bwhat a (?:caring|wonderful|thoughtful|lovely|great|devoted|responsible) (?:parent|mum|mom|dad|customer|owner|grandparent|pet owner) you are\\b',
    "\\b(?:we'll|we will|we) (?:tailor|personali[sz]e) (?:everything|it all|it|things|every\\p{L}*) to (?:you|your needs)\\b",
    // "We take every dispute seriously", "thousands of customers switch to us every month", "keeping
    // an eye on your statements is always good practice": words about us, or advice, not the answer.
    '\\bwe take (?:every|all|each|any) (?:\\p{L}+ )?(?:dispute|complaint|case|report|concern|claim|query|enquiry|inquiry)s? (?:very )?seriously\\b',
    '\\b(?:thousands|millions|hundreds) of (?:happy |satisfied |our )?(?:customers|clients|people|users|members|households)\\b',
    '\\bis always (?:a )?good practice\\b',
    '\\b(?:a|an) (?:great|excellent|brilliant|smart|wise) investment in your (?:home|health|future|hobby|business|family)\\b',
    '\\b(?:our|the) (?:learners|customers|clients|students|members) love (?:it|them|us)\\b',
    // Affection for the customer in place of the answer: "your comfort means the world to us".
    '\\b(?:means?|meant) the world to us\\b',
    "\\bwe(?:'re| are) always (?:here|there) for you\\b",
    '\\bwe (?:really |truly )?appreciate you being (?:part|a part|a member) of\\b',
    '\\bwide range of\\b',
    '\\b(?:are|is) (?:all )?fully supported\\b',
    '\\b(?:in a|a) safe and (?:friendly|fun|welcoming) environment\\b',
    '\\bfully qualified (?:instructors|staff|team|experts)\\b',
    '\\bwith (?:complete |total )?(?:confidence|ease|peace of mind)(?: and (?:accuracy|ease|confidence))?\\b',
    // "Your safety is our number one priority", "we're proud of our transparent pricing", "a
    // comprehensive 70-point check by qualified technicians": praise of ourselves, not the answer.
    '\\byour (?:safety|health|comfort|wellbeing|well-being|security|experience) is our (?:number one|top|first|main|highest|absolute) priority\\b',
    "\\b(?:we're|we are) (?:very |really |so )?proud of our\\b",
    '\\byour (?:safety|health|comfort|wellbeing|well-being|security|experience|satisfaction) is our priority\\b',
    '\\b(?:customers|backers|members|clients|patients|users|guests|people) like you are (?:the heart|what makes|the reason)\\b',
    '\\b(?:working|work) (?:around|round) the clock\\b',
    '\\bdesigned to give you\\b',
    "\\bevery (?:patient|customer|client|backer|learner|student|member|person|family)(?:'s| has a) (?:experience|journey|situation|case|recovery) (?:is )?(?:different|unique)\\b",
    '\\bno hidden (?:extras|fees|costs|charges)\\b',
    '\\ba (?:wide |whole |full )?range of (?:\\p{L}+ )?options\\b',
    '\\bdesigned with (?:different|your|all|everyone\\W?s) needs in mind\\b',
    // "Gift Aid is a wonderful scheme", "many of our retired supporters choose to …".
    '\\bis a (?:wonderful|great|fantastic|brilliant|fabulous) (?:scheme|way|option|initiative|programme|program)\\b',
    '\\b(?:many|most|lots) of our (?:\\p{L}+ )?(?:supporters|donors|members|customers|clients) (?:choose|opt|decide|like) to\\b',
    '\\bwe take our (?:legal |contractual )?(?:obligations|responsibilities|duties) (?:really |very |extremely )?seriously\\b',
    '\\b(?:always )?aim to be (?:fully |completely |totally )?transparent\\b',
    "\\b(?:isn't|is not) the standard we hold ourselves to\\b",
    '\\byour feedback is (?:incredibly |really |so |very |extremely )?(?:valuable|important|helpful) to us\\b',
    '\\b(?:fully )?itemi[sz]ed for transparency\\b',
    '\\btransparent (?:pricing|prices|fees)\\b',
    '\\b(?:fully |highly )?qualified (?:technicians|mechanics|engineers|professionals|specialists|clinicians|experts)\\b',
    '\\b(?:a|our) comprehensive (?:\\d+[- ]point )?(?:check|service|inspection|package)\\b',
    '\\bflexible (?:\\p{L}+ )?options\\b',
    '\\bto suit (?:every|all|your) needs?\\b',
    "\\bi'm sure (?:we|you)(?:'ll| will) find\\b",
    '\\bgreat question\\b',
    '\\b(?:valued|loyal) customers?\\b',
    '\\bwe (?:really |truly )?value (?:every|all|each|our|your)\\b',
    '\\bstrive to\\b',
    '\\bdesigned to (?:fit|meet|suit)\\b',
    '\\b(?:perfect|ideal) (?:option|solution|choice|plan)\\b',
    '\\bthank you for (?:choosing|your interest|being a)\\b',
    '\\byour (?:call|query|satisfaction|business) is (?:very )?(?:important|our (?:top )?priority)\\b',
    '\\bcustomer satisfaction\\b',
    '\\bbest possible (?:service|experience)\\b',
    '\\bwe pride ourselves\\b',
    '\\btrusted by\\b',
    '\\bmillions of\\b',
    '\\bworld-class\\b',
    '\\balways (?:happy|glad|here) to help\\b',
    '\\bkeep you informed\\b',
    // Prices praised instead of given: "our fees are very competitive and offer great value".
    '\\b(?:our|the) (?:fees|prices|rates|charges) are (?:very |highly |extremely |really )?(?:competitive|affordable|reasonable|fair|great value)\\b',
    '\\b(?:very |highly )?competitive (?:prices|rates|fees|pricing)\\b',
    '\\b(?:great|excellent|fantastic|real)[- ]value(?: for money)?\\b',
    '\\b(?:prepared|made|cooked|packed|delivered) with (?:love|care and love)\\b',
    "\\b(?:please )?(?:feel free|don't hesitate|do not hesitate) to (?:reach out|contact us|get in touch)(?: (?:anytime|at any time))?\\b",
    '\\b(?:wonderful|excellent|fantastic|brilliant|lovely) question\\b',
    '\\bwe appreciate your (?:business|custom|loyalty)\\b',
    // General words in place of the sum: "it depends on your individual usage profile", "many of
    // our customers save up to 30%", "we recommend making an informed decision".
    '\\b(?:we|our \\p{L}+) always (?:try|aim|do our best) to\\b',
    // "We're here to help make your delivery as smooth as possible", "your patience and understanding".
    '\\bas (?:smooth|easy|simple|pleasant|seamless|stress-free|hassle-free) as possible\\b',
    // Praise of the topic or of ourselves in place of the answer: "a brilliant combination", "more
    // and more of our customers are going green", "our installers are fully certified", "you can
    // trust every can is top quality".
    '\\b(?:a )?(?:brilliant|perfect|great|winning|fantastic) combination\\b',
    '\\bmore and more (?:of our )?(?:customers|people|clients|members)\\b',
    '\\b(?:all )?our \\p{L}+ are (?:all )?(?:fully |highly )?(?:certified|qualified|trained|insured|vetted|experienced)\\b',
    // "We've been in business since 2008", "all repairs are carried out by experienced technicians".
    '\\b(?:in business|trading|operating|around) (?:since \\d{4}|for (?:over |more than )?\\d+ years)\\b',
    '\\ball (?:our )?(?:repairs|work|jobs|services) (?:is|are) (?:carried out|done|performed|handled) by (?:our )?(?:experienced|qualified|certified|skilled|expert)\\b',
    '\\byou can trust (?:that )?(?:every|each|all|our)\\b',
    '\\btop[- ]quality\\b',
    '\\bhas come a long way\\b',
    '\\b(?:we appreciate|thank you for|thanks for) your (?:patience and understanding|understanding and patience)\\b',
    '\\bwe (?:also )?recommend (?:checking out|taking a look at|having a look at) our\\b',
    // The help centre offered in place of the answer: "our help centre is available 24/7!",
    // "our Help Centre has lots of useful articles".
    '\\bhelp ?cent(?:re|er) (?:is (?:available|open|there) (?:24/7|around the clock|any ?time|day and night)|has (?:lots of|plenty of|many|loads of) (?:useful |helpful |great )?(?:articles|answers|guides|tips))',
    '\\bdepends on (?:your )?(?:individual|personal|specific) (?:needs|circumstances|situation|usage|profile|requirements)\\b',
    '\\bmany (?:of )?our (?:customers|clients|members|users) (?:already )?(?:save|choose|love|report)\\b',
    '\\b(?:make|making) (?:an|a) (?:informed|balanced|considered) (?:decision|choice)\\b',
    '\\byour satisfaction (?:means|is) (?:the world|everything|so much) to us\\b',
    '\\b(?:industry-leading|state-of-the-art|cutting-edge|best-in-class|world-leading)\\b',
    '\\bthank you for trusting us\\b',
    '\\bthanks? (?:you )?for your (?:question|query)\\b',
    // Enthusiasm about ourselves in place of the answer: "We love helping fans share amazing live
    // experiences", "the theatre is committed to making every visit accessible", "our friendly team
    // will be happy to help on the night", "our app makes it quick and easy".
    '\\bwe (?:just |really )?love (?:helping|seeing|making|bringing|hearing)\\b',
    "\\bwe(?:'d| would) (?:just )?love to help\\b",
    '\\bfast,? (?:and )?friendly\\b',
    '\\b(?:very )?popular with our (?:regular |loyal )?(?:customers|clients|members|guests)\\b',
    '\\bgreat choice\\b',
    '\\b(?:customers|clients|people|families|guests) of all ages\\b',
    '\\bwhy not (?:pop|drop|come|stop) (?:in|into|by|down|over)\\b',
    '\\bguaranteed to (?:meet|satisfy|exceed)\\b',
    "\\b(?:is|are|we're|we are) (?:fully |deeply |truly |always )?committed to\\b",
    '\\bamazing (?:live )?(?:experiences?|moments?|memories)\\b',
    '\\b(?:makes?|keeps?) (?:\\p{L}+ ){0,4}(?:quick|fast|simple) and (?:easy|simple|convenient)\\b',
    '\\bour (?:friendly|helpful|dedicated|wonderful|lovely|experienced)(?: [\\p{L}-]+){0,2} (?:team|staff) (?:will be|are|is) (?:always )?(?:happy|glad|delighted) to help\\b',
    '\\bour (?:friendly|helpful|dedicated|wonderful|lovely|experienced)(?: [\\p{L}-]+){0,2} (?:team|staff) (?:is|are) (?:always )?(?:here|there) to (?:help|support you)\\b',
    '\\b(?:are|is) a (?:great|wonderful|fantastic|perfect) way to\\b',
    '\\b(?:the )?perfect balance of\\b',
    '\\bhigh-quality materials\\b',
    '\\bsuits most (?:people|customers|homes)\\b',
    "\\bwe(?:'re| are) (?:sure|confident) you(?:'ll| will) (?:love|be happy with|enjoy)\\b",
    '\\bwe understand how important (?:your|this|it)\\b',
    "\\b(?:it's|it is) our most popular (?:plan|package|option|product)\\b",
    '\\b(?:families|customers|clients|members) love (?:it|them)\\b',
    '\\b(?:look|looking) forward to (?:receiving|welcoming|seeing|serving)\\b',
    '\\b(?:one of )?the best (?:deals?|offers?|prices?|rates?) (?:on the market|around|in town)\\b',
  ],
  fakeResolution: [
    "\\bi hope (?:this|that|i(?:'ve| have)) (?:fully |completely )?(?:answers|answered) (?:your|all your|all of your) (?:question|questions|query|queries)\\b",
    GENERIC_DONE[0]!,
    GENERIC_DONE[GENERIC_DONE.length - 1]!,
    "\\b(?:i have|i've|we have|we've) (?:now )?(?:resolved|solved|fixed|sorted) (?:your|the|this) (?:issue|query|problem|request|case)\\b",
    '\\byour (?:issue|problem|query|request) (?:is|has been) (?:now )?(?:resolved|solved|sorted|fixed)\\b',
    '\\bi hope (?:i|this|that) (?:have |has )?(?:solved|resolved|helped|answered|fixed)\\b',
  ],
  answerStart: [
    "^\\s*(?:yes|no|yep|yeah|sure|of course|absolutely|certainly|correct|that's right)\\b",
    // "…, didn't it?" answered "It did.", "It has, on 3 March."
    '^\\s*(?:it|that|they|you|we|he|she) (?:did|has|have|is|are|was|were|does|do|will)(?=\\s*[.,!;:—–-])',
    // "Do I need to pay first?" answered: "You don't need to pay anything yourself", "No need to …".
    "^\\s*(?:you (?:don't|do not|won't|will not) (?:need|have) to|there's no need|there is no need|no need)\\b",
    // "Is that normal?" answered: "that's actually expected", "it's completely normal".
    "\\b(?:that's|that is|it's|it is|this is)(?: (?:actually|completely|perfectly|quite|entirely|totally))? (?:normal|expected|fine|usual|standard|correct|right)\\b",
  ],
  questionWords: [
    '\\b(?:why|what|when|where|which|who|how|can|could|will|would|do|does|did|is|are|was|were|have|has|should|may)\\b',
  ],
  allDone: [
    "\\b(?:that covers it|that covers everything|that's (?:all )?covered|that's everything i needed|that's me (?:sorted|done|all set)|i'm all sorted)\\b",
    // The customer says goodbye: "thanks so much, bye!", or has to go: "great thanks, gotta run".
    '\\b(?:bye|goodbye|good bye|bye-bye|see ya)\\b(?=[^\\p{L}]*$)',
    "\\b(?:gotta|got to|have to|need to|must|i'll have to) (?:run|go|dash|fly|head off|shoot)\\b(?=[^\\p{L}]*$)",
    // "OK good. That's it then."
    "\\b(?:that's|thats|that is) (?:it|all|everything) then\\b",
    "\\bi(?:'m| am) off(?: now)?\\b(?=[^\\p{L}]*$)",
    // "Then I think we're done", "we're all good" (not "we're done here", said in anger).
    "\\b(?:then |so )?(?:i think |i guess |i believe )?we(?:'re| are) (?:all )?(?:done|sorted|good)\\b(?! here\\b)",
    "\\b(?:that's all|thats all|that is all|that's everything|thats everything|nothing else|no,? (?:that's|thats) (?:all|it)|(?:i think |ok,? |okay,? )?that's it(?=\\s*[.!,]|\\s*$)|all good|i'm (?:all )?(?:good|set|sorted)|(?:i've|i have|i think i've) got it all)\\b",
  ],
  summary: [
    ...RECAP,
    '\\b(?:to (?:recap|summari[sz]e|sum up)|in summary|so,? (?:just )?to confirm|just to confirm|to confirm)\\b',
    "\\bi(?:'ve| have) (?:just |already |now )?(?:arranged|booked|sent|issued|processed|refunded|escalated|created|opened|raised|logged|reset|updated|scheduled|ordered|reserved|applied|added|credited|cancell?ed|requested|submitted|forwarded|reversed|replaced|extended|waived|unlocked|restored|fixed)\\b",
    "\\b(?:you(?:'ll| will)|it(?:'ll| will)) (?:receive|get|have(?! (?:seen|read|noticed|heard|known|been told|realised|realized|understood)\\b)|arrive|be)\\b",
    '\\b(?:your|the) (?:\\p{L}+ )?\\p{L}+ (?:is|has been|will be) (?:now )?(?:on its way|sent|refunded|credited|booked|reserved|fixed|arranged|scheduled|cancell?ed|closed|unlocked|updated|reset|removed|renewed|activated|changed)\\b',
    // "The inverter link was reset", "your order was refunded": what was done, in the past.
    '\\b(?:your|the) (?:\\p{L}+ )?\\p{L}+ was (?:sent|refunded|credited|booked|reserved|fixed|arranged|rescheduled|cancell?ed|unlocked|updated|reset|renewed|activated|changed|replaced|repaired)\\b',
    // What was wrong, said to be put right: "that's fixed for good now", "it's all taken care of".
    // "That's sorted" after a fix names it; "everything's sorted" recaps nothing.
    "\\b(?:that|it|this)(?:'s| is| has been) (?:now |all |fully |already )?(?:fixed|sorted|sorted out|taken care of|put right)\\b",
    // "So that's the 50 name labels sorted", "that's your Friday slot booked": the thing named.
    "\\bthat's (?:the|your|all|both) (?:(?:\\p{L}+|\\d+) ){1,4}(?:sorted|sorted out|fixed|booked|done|taken care of|on its way|in place)\\b",
  ],
  recap: RECAP,
  done: [
    // Not "We hope we have resolved your query today": a template's hope (see the unless below).
    "(?<!\\bhope )\\b(?:i|we)(?:'ve| have) (?:just |already |now |personally |also )?(?!been\\b|had\\b|heard\\b|seen\\b|noticed\\b|noted\\b|understood\\b|received\\b|got\\b|tried\\b|asked\\b|wondered\\b|thought\\b|said\\b|told\\b|explained\\b|mentioned\\b|passed\\b|forwarded\\b|escalated\\b|logged\\b|raised\\b)(?:\\p{L}+ed|sent|made|put|set up|reset|taken|given|done|found|paid|run|rebuilt|sorted|cut)\\b",
    '\\b(?:i|we) (?:just |already |also )?(?:refunded|credited|sent|booked|rebooked|fixed|reset|unlocked|cleared|cancell?ed|replaced|restored|removed|reissued|updated|corrected|changed|moved|added|applied|issued|processed|arranged|scheduled|ordered|reserved|waived|reversed|reconnected|reactivated|activated|checked|found)\\b',
    "\\b(?:it|your \\p{L}+|the \\p{L}+)(?:'s| is| has been| was| have been| are| were) (?:now |already |just )?(?:been )?(?:fixed|refunded|credited|sent|shipped|dispatched|booked|rebooked|reserved|unlocked|restored|reset|replaced|reactivated|activated|reconnected|removed|waived|corrected|updated|on (?:its|their) way)\\b",
    // "The agreement has gone to Hartley Lettings", "both signatures have come through", "you've
    // both got a copy by email".
    '\\b(?:has|have) (?:now |already |just |both |all )?(?:gone (?:off |out |over )?to|come through|gone through)\\b',
    "\\byou(?:'ve| have) (?:both |all |now |also )?(?:got|received) (?:a|the|your) (?:copy|copies|confirmation|receipt)\\b",
  ],
  salesOffer: [
    // "Book online today to get our best price guaranteed!": a sales line.
    '\\b(?:best price|lowest price|price match) guarantee(?:d)?\\b',
    '\\b(?:book|order|reserve|buy) (?:online |now |yours )?today (?:to|and) (?:get|secure|save|enjoy|grab)\\b',
    '\\b\\d+(?:[.,]\\d+)? ?% off\\b',
    // "The annual plan is 25% cheaper than monthly." (Not a product that suits better, "and they're
    // about 20% cheaper".)
    '\\b\\d+(?:[.,]\\d+)? ?% (?:cheaper|less) than\\b',
    '\\b(?:discount(?:s|ed)?|promo(?:tion(?:s|al)?)?(?: codes?)?|(?:special|exclusive|limited[- ]time) offers?|cash ?back|coupons?|on sale|half price|clearance|deals? of the (?:day|week|month)|buy one,? get one)\\b(?<!\\bno[- ]claims? discount(?:s|ed)?)',
    '\\b(?:sale|sales) (?:ends|price|prices|now on|this (?:week|weekend|month))\\b',
    // "You can also add our 3-year extended warranty", "shall I add accidental damage cover?": a
    // cover of ours offered on top of what was asked.
    '\\b(?:you can|you could|i can|we can|shall i|should i|want me to|would you like (?:me )?to|do you want (?:me )?to)\\s+(?:also\\s+)?(?:add|get|take out|buy|purchase|upgrade to)\\s+(?:an?\\s+|our\\s+|the\\s+)?(?:\\d+-year\\s+|\\p{L}+\\s+)?(?:extended warranty|warranty extension|protection plan|care plan|accidental damage cover|damage cover|extra cover)\\b',
    // Pressure to buy more: "our dates for next year are filling up quickly", "don't miss out".
    '\\b(?:dates|places|spaces|slots|tickets|rooms|spots|offers|deals|stock)\\b[^.!?]{0,30}\\b(?:are |is )?(?:(?:filling up|going|booking up) (?:fast|quickly)|selling out)\\b',
    "\\b(?:don't miss out|book early to avoid disappointment|while stocks last|limited availability)\\b",
    // "Why not give one a try?", "why not pop in?": an invitation to buy instead of an answer.
    '\\bwhy not (?:give (?:it|one|them|us|our \\p{L}+) a (?:try|go)|try (?:it|one|our)|join|book|pop in|come (?:along|in|down))\\b',
    // Selling a bigger plan: "upgrade to Premium", "switch to our Pro plan".
    '\\bupgrad(?:e|ing) (?:to|your)\\b',
    '\\b(?:switch|move|change) to (?:our|the) \\p{L}+(?: \\p{L}+)? (?:plan|tier|package|subscription|membership)\\b',
    // "Why not make it extra special with our Party Plus package? For just £45 more …".
    '\\bwhy not (?:make it (?:extra |even more )?special|treat (?:yourself|them|him|her)|upgrade|go for our)\\b',
    '\\bfor (?:just|only) [£$€]\\d+(?:\\.\\d\\d)? (?:more|extra)\\b',
    // Recommending a purchase: "I'd recommend picking one up", "consider buying our Hub".
    "\\b(?:i'd|i would|we'd|we would|i) (?:recommend|suggest) (?:buying|purchasing|getting one|picking (?:one |it )?up|ordering one|investing in)\\b",
    '\\b(?:consider|try) (?:buying|purchasing|investing in)\\b',
    // "Our Heirloom Album package is …", "Would you like a quote?": a product pitched.
    '\\b(?:our|the) (?:\\p{L}+ ){1,3}(?:package|bundle|add-on)s? (?:is|are|includes?|comes with|gives|offers)\\b',
    // "Great news — our Pro plan includes Document Mode …": a plan of ours sold for what it adds.
    '\\bour (?:\\p{L}+ ){1,2}(?:plan|tier|membership|subscription|pass)s? (?:includes?|comes with|gives you|offers|unlocks)\\b',
    '\\b(?:would you like|shall i send you|can i send you|should i send you|want me to send you) (?:a|our) (?:quote|price list|brochure)\\b',
    // "our frost fleece is just £7.99", "for only £14.99", "would you like me to add those to your order?"
    '\\b(?:is|are|costs?|for|from|at) (?:only|just) [£$€]\\s?\\d',
    // "With our Premium plan at £9.99 a month you also get …" (a plan sold for what it adds), "we also
    // offer photo gifts, perfect for …".
    '\\b(?:our|the) \\p{L}+(?: \\p{L}+)? (?:plan|tier|package|subscription|membership|pass|cover|insurance) (?:at|for|from) [£$€]\\s?\\d[\\d.,]*[^.!?]{0,40}\\byou (?:also|additionally) get\\b',
    '\\bwe also (?:offer|sell|have|do) [^.!?]{0,60}\\b(?:perfect|ideal|great) (?:for|as)\\b',
    // "Have you thought about adding our PremiumGuard additive?", "Have you considered our Ultimate
    // Party Package?"
    '\\b(?:have you (?:thought about|considered)|why not try|how about) (?:adding|getting|trying|buying|switching to) (?:our|the|a)\\b',
    '\\bhave you (?:thought about|considered) our (?:\\p{L}+ ){0,3}(?:package|bundle|plan|pass|cover|upgrade|add-on|membership|deal)s?\\b',
    // "Have you thought about upgrading instead?", "the Galaxy S24 is on offer this month".
    '\\b(?:have you (?:thought about|considered)|why not consider) (?:upgrading|trading (?:it |yours )?in)\\b',
    '\\b(?:is|are) (?:currently |now )?on (?:special )?offer\\b',
    // "Many of our customers choose our Premium Cover package …"
    '\\b(?:many|most|lots|a lot) of our (?:customers|clients|guests|members|users|patients|students|learners|riders|drivers|travell?ers|families|owners|parents|subscribers) (?:choose|pick|go for|opt for|add|love|prefer) (?:our|the) \\p{L}+',
    // "If you switch to a monthly plan from £5, …"
    '\\bif you (?:sign up|switch|upgrade|subscribe|set up a (?:monthly|regular|annual)) [^.!?]{0,60}(?:from|for|at) [£$€]\\s?\\d',
    // "up to $100 off a new PS5 with our trade-in offer", "why not trade it in?"
    '(?:^|[^\\p{L}])(?:up to )?[£$€]\\s?\\d+ off\\b',
    '\\btrade-?in (?:offer|deal|credit|bonus)\\b',
    '\\bwhy not (?:trade it in|upgrade|switch to|buy|get)\\b',
    // "Why not make it easy with our Complete Coarse Starter Kit for £39.99?", "why not add our
    // motorised option?", "why not ask about professional whitening?".
    '\\bwhy not (?:make (?:it|things|life) (?:\\p{L}+ )?(?:easy|easier|simple|simpler|special) with|add our|ask (?:us |reception |the team )?about)\\b',
    '\\bwould you like (?:me to )?add (?:those|these|it|this|one|them|that) to your (?:order|basket|cart|booking|plan)\\b',
    '\\b(?:start|starts|starting) (?:at|from) (?:just|only) [$€£]?\\d',
    '\\bfor (?:just|only) [$€£]\\d[\\d.,]*(?: more)?(?: a| per) (?:month|year|week)\\b',
    '\\b(?:would you like|shall i|can i|want me to) (?:me to )?upgrade you\\b',
    // "I'd recommend our Zero Excess cover at €12 a day": a product of ours with its price.
    "\\b(?:i'd|i would|we'd|we would|i|we) (?:really |strongly |highly |also )?(?:recommend|suggest) (?:our|adding|getting)\\b(?=[^.!?]{0,60}(?:[$€£]\\s?\\d|\\d[\\d.,]*\\s?(?:[$€£]|eur|usd|gbp|a (?:day|month|year)|per (?:day|month|year))))",
    '\\b(?:on|with) (?:our |the )?\\p{L}+ (?:plan|tier|package|subscription|membership)\\b[^.!?]{0,40}\\b(?:you (?:get|have)|includes?|comes with)\\b',
    '\\b(?:try (?:it )?(?:free|for free) for \\d+ days|(?:start )?(?:a |your )?free trial)\\b',
  ],
  priceTopic: [
    // "Can I buy a seat next to her?", "we'd like to book the hall": who wants to buy or book hears
    // about the price.
    '\\b(?:buy|purchase|book|reserve|rent|hire)\\b',
    // Not "How much protein is in the chilli?", "how much data is left?": a quantity, not a price.
    '\\bhow much(?= (?:is|are|was|were|does|do|did|would|will|should|could|can|for|to|extra|more|it|they|that|this|these|those|each|per|i|we|you|he|she|money|of)\\b|\\s*[?.!]|\\s*$)',
    '\\b(?:prices?|pricing|cheap(?:er|est)?|discount\\p{L}*|deals?|offers?|promo\\p{L}*|coupons?|sales?|cash ?back|vouchers?|bonus(?:es)?|rewards?|loyalty)\\b',
    // Asking about plans, not just naming one's own ("she's on our family plan").
    '\\b(?:which|what|another|other|cheaper|better|bigger|smaller|new|different|upgrade|change|switch)(?: \\p{L}+)? (?:plans?|tariffs?|bundles?|packages?|tiers?)\\b',
    '\\b(?:plans?|tariffs?|bundles?|packages?) (?:do you (?:have|offer)|are (?:there|available)|cost)\\b',
  ],
  compensation: [
    '\\b(?:as (?:an|my|our) apology|(?:as a )?goodwill|to make up for|by way of apology|compensat\\p{L}*|for the (?:delay|inconvenience|trouble|wait|hassle|mix-up|mistake|error))\\b',
  ],
  helpQuestion: [
    '\\bhow (?:can|may|could|shall) (?:i|we) (?:help|assist|be of (?:help|assistance|service))\\b(?! (?:you )?(?:further|more|else|besides|in any other way|with anything)\\b)',
    '\\bwhat (?:can|may) (?:i|we) (?:do for you|help you with)\\b',
    "\\bwhat(?: is|'s) your (?:question|issue|query|request|problem)\\b",
    '\\bwhat do you need help with\\b',
  ],
  asksForNumber: [
    '\\b(?:could|can|would|will) you (?:please |kindly )?(?:tell|give|send|provide|share|type|write|let me know|let me have)(?: me| us)?(?: with)? (?:your|the) (?:order|booking|account|reference|ticket|tracking|case|customer|contract|policy|reservation|invoice|membership) (?:number|no|id|code|reference)\\b',
    "\\bwhat(?:'s| is) (?:your|the) (?:order|booking|account|reference|ticket|tracking|case|customer|contract|policy|reservation|invoice|membership) (?:number|no|id|code)\\b",
    '\\b(?:please )?(?:send|give|tell|provide)(?: me| us)? (?:your|the) (?:order|booking|account|reference|ticket|tracking|case|contract|policy|reservation|invoice) (?:number|no|id|code)\\b',
  ],
  asksForEmail: [
    '\\b(?:could|can|would) you (?:please )?(?:tell|give|send|provide|share)(?: me| us)? your e-?mail(?: address)?\\b',
    "\\bwhat(?:'s| is) your e-?mail(?: address)?\\b",
  ],
  reassurance: [
    ...REASSURE,
    "\\bi(?:'m| am) (?:on it|right here|with you)\\b",
    "\\bi(?:'m| am) here(?=\\s*(?:,|and\\b|—|–|-))",
    "\\b(?:you'll|you will) make it\\b",
  ],
  joking: [
    // Whole emoji as alternatives: the patterns are compiled without the `u` flag.
    '(?:😉|😏|🙃|😂|🤣|😜|😛|😝|😆|😅|🙄|😄|😁|🤭|😹)',
    '(?<![\\p{L}\\p{N}])(?:just kidding|only kidding|jk|lol|lmao|rofl|haha\\p{L}*|hehe\\p{L}*)(?![\\p{L}\\p{N}])',
    // A wink or a laugh (";)", ":P", ":D"), not a plain smile.
    '(?<![\\p{L}\\p{N}])(?:;-?[)pd]|:-?[pd])(?![\\p{L}\\p{N}])',
  ],
  stopwords: new Set(
    (
      'a an the and or but if then so to of in on at for with from by about as is are was were be been being am i you he ' +
      'she it we they me him her us them my your our their this that these those do does did have has had will would ' +
      'can could should may might must shall not no yes please thank thanks sorry hello hi dear very really just ' +
      "also too what when where which who how why there here ok okay i'm you're it's that's i'll we'll i've don't " +
      "can't won't let help understand apologize apologise apologies happy glad sure course certainly absolutely " +
      'great good day have nice everything anything something again all any some more much one thing things get need want'
    ).split(' '),
  ),
};
