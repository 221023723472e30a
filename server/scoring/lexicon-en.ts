/** English scoring lexicon. Messages and suggestions are in English, the reply's language. */
import type { Lexicon } from './lexicon';

export const EN: Lexicon = {
  rules: [
    // Patience: courtesy and calm under pressure.
    {
      id: 'patience.dismissive',
      dimension: 'patience',
      points: -30,
      patterns: [
        '\\bcalm down\\b',
        '\\brelax\\b',
        '\\bnot my (?:problem|department|job|responsibility|fault|issue|area)\\b',
        '\\bnot our (?:problem|responsibility|fault|issue)\\b',
        '\\bnothing (?:more |else )?(?:i|we) can do\\b',
        "\\bthere(?:'s| is) nothing (?:more |else )?(?:i|we) can\\b",
        '\\bwhatever\\b',
        "\\b(?:deal with it|get over it|take it or leave it|that's life|it is what it is)\\b",
        "\\byou(?:'re| are) overreacting\\b",
        '\\bno need to (?:shout|yell|be rude|get upset|panic|get angry)\\b',
        '\\bstop (?:shouting|yelling|complaining)\\b',
        "\\bi don't know what (?:else )?to tell you\\b",
        "\\bwe(?:'re| are) done here\\b",
        "\\bi (?:can't|cannot|can not) help (?:you|with that|with this)\\b",
      ],
      message:
        'This brushes the customer off: it tells them their problem or feelings do not matter.',
      suggestion: 'I understand this is frustrating. Here is what I can do right now: …',
    },
    {
      id: 'patience.repeating-myself',
      dimension: 'patience',
      points: -25,
      patterns: [
        "\\b(?:as|like) i(?:'ve)? (?:already |just |have )?(?:said|told you|mentioned|explained|stated|wrote|written)\\b",
        "\\bi(?:'ve| have)? (?:already|just) (?:said|told you|explained)\\b",
        '\\bfor the (?:second|third|last) time\\b',
        "\\bi(?:'ve| have)? (?:already )?told you (?:already|before|twice|this)\\b",
        '\\bonce again,? i\\b',
        '\\bagain,? (?:i|as i)\\b',
      ],
      message:
        'Pointing out that you already said it sounds irritated and makes the customer feel slow.',
      suggestion: 'Let me put it another way: …',
    },
    {
      id: 'patience.blame',
      dimension: 'patience',
      points: -30,
      patterns: [
        "\\byou should(?:n't| not)? have (?!had\\b|got\\b|gotten\\b|received\\b|been\\b|heard\\b|seen\\b)\\p{L}+",
        '\\byou (?:should|ought to) (?:have )?(?:read|checked|followed|looked|paid attention|been more careful)\\b',
        "\\b(?:that|it)(?:'s| is| was) (?:entirely |all |completely )?your (?:own )?(?:fault|responsibility|mistake|problem)\\b",
        '\\byour (?:own )?fault\\b',
        "\\byou (?:didn't|did not|failed to|forgot to|never) (?:read|check|follow|fill|enter|provide|pay|update|click|select|choose|specify|notice|attach|confirm|look)\\b",
        "\\byou must(?:'ve| have) (?:entered|typed|done|made|clicked|misread|forgotten|missed)\\b",
        '\\bif you had (?:read|checked|followed|paid|listened)\\b',
        '\\b(?:user|customer) error\\b',
        '\\byou were (?:told|informed|warned)\\b',
      ],
      message:
        'This blames the customer. Even when they made a mistake, blame makes them defensive.',
      suggestion: 'That can easily happen. Let’s fix it together: …',
    },
    {
      id: 'patience.condescending',
      dimension: 'patience',
      points: -15,
      patterns: [
        '\\bobviously\\b',
        '\\bclearly,? you\\b',
        '\\bas (?:everyone|anyone) knows\\b',
        "\\b(?:it|this|that) (?:is|'s) (?:very |really |quite )?(?:simple|easy|basic)\\b",
        '\\b(?:simply|just) (?:read|look|check|follow)\\b',
        '\\bas (?:it )?(?:is |was )?(?:clearly|explicitly|plainly) (?:stated|written|mentioned|shown|explained)\\b',
        "\\bi(?:'ll| will) explain (?:it )?(?:again|slowly|one more time)\\b",
        '\\bdo you (?:even )?understand\\b',
        '\\bpay attention\\b',
        "\\b(?:it's|it is) (?:all )?(?:on|in) (?:the|our) (?:website|faq|terms)\\b",
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
        "\\bi (?:don't|do not) have (?:all day|time)\\b",
        '\\bhurry up\\b',
        '\\b(?:make it|be) quick\\b',
        '\\b(?:get|come) to the point\\b',
        '\\b(?:i|we) (?:need|have) to (?:end|close|finish) (?:this|the) (?:chat|conversation|call)\\b',
        '\\bother customers (?:are )?waiting\\b',
        '\\bis that all\\?? (?:bye|goodbye)\\b',
      ],
      message: 'This pushes the customer to end the contact.',
      suggestion: 'Take your time. I’m here until this is sorted.',
    },
    {
      id: 'patience.policy-shield',
      dimension: 'patience',
      points: -15,
      patterns: [
        "\\b(?:that|it)(?:'s| is) (?:just )?(?:the |our |company )?(?:policy|rules)\\b",
        "\\bthat(?:'s| is) (?:just )?how it (?:is|works)\\b",
        '\\brules are rules\\b',
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
        '\\bnoted\\b',
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
      points: 10,
      patterns: [
        '\\bi (?:completely |totally |fully |really |absolutely |do |can |can fully |can certainly )?understand\\b',
        '\\bi (?:can )?(?:see|get|know) (?:why|how)\\b',
        '\\bi (?:can )?(?:only )?imagine\\b',
        "\\b(?:that|this|it)(?:'s| is| must| would| sounds?)(?: be| have been)? (?:so |really |very |incredibly |truly |extremely )?(?:frustrating|annoying|stressful|upsetting|disappointing|worrying|inconvenient|unpleasant)\\b",
        "\\bsorry (?:to hear|you(?:'ve| have)? (?:had|been|went|gone|experienced))\\b",
        '\\b(?:completely |totally |perfectly )?understandable\\b',
        "\\byou(?:'re| are) (?:absolutely |completely |totally )?right\\b",
        "\\bi(?:'d| would) (?:feel|be) (?:the same|upset|frustrated|annoyed)\\b",
        '\\bthank you for your patience\\b',
      ],
      message: 'Acknowledges how the customer feels.',
    },
    {
      id: 'patience.apology',
      dimension: 'patience',
      points: 5,
      patterns: [
        "\\b(?:i|we)(?:'m|'re| am| are) (?:so |very |really |truly |deeply |sincerely )?sorry\\b",
        '\\b(?:i|we) (?:sincerely |truly |do )?apologi[sz]e\\b',
        '\\b(?:my|our) (?:sincere |deepest )?apologies\\b',
      ],
      message: 'Apologises for what went wrong.',
    },
    // Positive phrasing: what can be done, when and how.
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
        "\\b(?:we|i) (?:can't|cannot|can not|won't|will not|are unable to|am unable to|aren't able to|am not able to|are not able to|don't|do not) (?!hesitate\\b|worry\\b|wait\\b|mind\\b)\\p{L}+",
        "\\b(?:it's|it is|that's|that is) (?:not possible|impossible|not allowed|not permitted|against (?:our|the) (?:policy|rules))\\b",
        "\\b(?:not|isn't|is not) (?:our|my) policy\\b",
        "\\bthere(?:'s| is) no way\\b",
        "\\bwe (?:don't|do not) (?:have|do|offer|allow|accept|provide)\\b",
        '\\bno(?:t)? (?:refunds?|exceptions?|returns?) (?:are )?(?:possible|allowed|accepted)\\b',
        "\\bi (?:don't|do not) know\\b",
      ],
      unless: ["\\b(?:don't|do not) hesitate\\b", "\\b(?:don't|do not) worry\\b"],
      message: 'Says what cannot be done instead of what can.',
      suggestion: 'What I can do is …, and it will be ready by …',
    },
    {
      id: 'positive.problem-framing',
      dimension: 'positive_phrasing',
      points: -8,
      patterns: [
        '\\b(?:your|the) (?:problem|complaint)\\b',
        "\\bthat(?:'s| is) (?:a )?(?:problem|issue) (?:on|at) your (?:end|side)\\b",
      ],
      unless: ['\\bno problem\\b', '\\bnot a problem\\b'],
      message: 'Framing the customer’s situation as "your problem" puts distance between you.',
      suggestion: 'Let’s sort out the delivery together: …',
    },
    {
      id: 'positive.solution',
      dimension: 'positive_phrasing',
      points: 12,
      patterns: [
        "\\bi(?:'ll| will) (?!not\\b|never\\b|be honest\\b)\\p{L}+",
        "\\bi(?:'ve| have) (?:just |already |now )?(?:arranged|booked|sent|issued|processed|refunded|escalated|created|opened|raised|logged|reset|updated|scheduled|ordered|reserved|applied|added|credited|cancell?ed|requested|submitted|forwarded|reversed|replaced|extended|waived|unlocked|restored|fixed|flagged)\\b",
        '\\blet me\\b',
        "\\bwe(?:'ll| will) (?!not\\b|never\\b)\\p{L}+",
        '\\b(?:i|we) can (?:definitely |certainly |also )?(?:offer|arrange|send|issue|refund|replace|reserve|book|reset|give|provide|escalate|credit|schedule|waive|extend|upgrade|expedite|ship|deliver|organise|organize|fix|unlock|restore)\\b',
        "\\byou(?:'ll| will) (?:receive|get|have|see|be (?:contacted|called|refunded|credited|notified))\\b",
        '\\bwhat i can do\\b',
        '\\b(?:good|great) news\\b',
      ],
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
    curtFix: 'Acknowledge the situation and say what happens next, in a full sentence or two.',
    noAcknowledgement:
      'The customer is upset and the reply goes straight to business without acknowledging it.',
    noAcknowledgementFix:
      'Start with one sentence that shows you understand: "I understand how frustrating this is."',
    repeatedReply: 'This reply repeats an earlier one almost word for word.',
    repeatedReplyFix:
      'Answer what the customer just said, in new words, with the next concrete step.',
    stuffing:
      'Courtesy formulas piled up without content: the customer’s question is not answered.',
    stuffingFix: 'One sincere courtesy phrase, then the answer: what you will do and when.',
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
    openQuestion: 'The customer’s last question is still open when the chat is closed.',
    openQuestionFix: 'Answer the open question first, then check whether anything else is needed.',
  },
  concrete: [
    '\\b(?:today|tonight|tomorrow|this (?:morning|afternoon|evening|week)|next (?:week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|within (?:the )?(?:hour|day|\\d+))\\b',
    '\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b',
    '\\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b \\d{1,2}\\b',
    '\\b\\d{1,2}(?:st|nd|rd|th)?(?: of)? (?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b',
    '\\b\\d+(?:[.,]\\d+)? ?(?:minutes?|mins?|hours?|hrs?|days?|working days?|business days?|weeks?)\\b',
    '\\b\\d{1,2}(?::\\d\\d)? ?(?:am|pm)\\b',
    '\\b\\d{1,2}:\\d\\d\\b',
    '(?:[$€£]\\s?\\d+|\\b\\d+(?:[.,]\\d+)? ?(?:usd|eur|gbp|dollars?|euros?|pounds?|%))',
    '\\b(?:by|before|until) (?:end of (?:day|the day|today)|noon|midday|the \\d{1,2}(?:st|nd|rd|th)?)\\b',
    '\\b(?:order|ticket|case|reference|ref|tracking)(?: number| no\\.?)? #?\\w*\\d\\w*\\b',
    '#\\d+',
  ],
  upset: [
    '!{2,}',
    '\\?{2,}',
    '\\b(?:ridiculous|unacceptable|disgusting|outrageous|terrible|awful|useless|incompetent|furious|angry|fed up|sick of|joke|scam|worst|never again|pathetic)\\b',
    '\\b(?:wtf|omg|seriously)\\b',
    '\\bwhere (?:is|the hell)\\b',
    '\\b(?:cancel|lawyer|complain|review|twitter|facebook|social media)\\b',
  ],
  repeating: [
    '\\b(?:again|third time|second time|already (?:told|said|explained|tried|did)|how many times|keep (?:telling|asking|repeating)|for the \\w+ time)\\b',
  ],
  confirmation: [
    "\\b(?:that's all|that is all|all good|all sorted|that's everything|that helps|that works|perfect|great,? thanks?|thanks?,? (?:that|this|it)(?:'s| is| was)? (?:all|everything|great|fine|helpful|perfect)|ok(?:ay)?,? thanks?|fine,? thanks?|no,? (?:that's|thats) (?:all|it)|nothing else|problem solved|sounds good|much appreciated)\\b",
  ],
  summary: [
    '\\b(?:to (?:recap|summari[sz]e|sum up)|in summary|so,? (?:just )?to confirm|just to confirm|to confirm)\\b',
    "\\bi(?:'ve| have) (?:just |already |now )?(?:arranged|booked|sent|issued|processed|refunded|escalated|created|opened|raised|logged|reset|updated|scheduled|ordered|reserved|applied|added|credited|cancell?ed|requested|submitted|forwarded|reversed|replaced|extended|waived|unlocked|restored|fixed)\\b",
    "\\b(?:you(?:'ll| will)|it(?:'ll| will)) (?:receive|get|have|arrive|be)\\b",
    '\\b(?:your|the) \\p{L}+ (?:is|has been|will be) (?:now )?(?:on its way|sent|refunded|credited|booked|reserved|fixed|arranged|scheduled)\\b',
  ],
  stopwords: new Set(
    (
      'a an the and or but if then so to of in on at for with from by about as is are was were be been being am i you he ' +
      'she it we they me him her us them my your our their this that these those do does did have has had will would ' +
      'can could should may might must shall not no yes please thank thanks sorry hello hi dear very really just ' +
      "also too what when where which who how why there here ok okay i'm you're it's that's i'll we'll i've don't " +
      "can't won't let help understand apologize apologise apologies happy glad sure course certainly absolutely " +
      'great good day have nice everything anything something again all any some more much'
    ).split(' '),
  ),
};
