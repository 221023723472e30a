import { scorer } from '../../../server/scoring';
import { EN } from '../../../server/scoring/lexicon-en';
import { RU } from '../../../server/scoring/lexicon-ru';
import type { Turn } from '../../../server/scoring/types';

const reply = (
  text: string,
  lang: 'en' | 'ru' = 'en',
  customer = 'My order is five days late and nobody called me!',
) => scorer.scoreReply(text, { lang, history: [{ role: 'customer', text: customer }] });

describe('scorer: patience', () => {
  test('dismissive and blaming replies lose patience, with the phrase shown and a rewording', () => {
    const good = reply(
      "I'm sorry, I understand how frustrating this is. I'll check your order right now.",
    );
    const bad = reply('Calm down, as I said, you should have checked the tracking page.');
    expect(bad.patience).toBeLessThan(good.patience - 40);
    const calm = bad.findings.find((f) => f.rule === 'patience.dismissive')!;
    expect(calm.text).toBe('Calm down');
    expect(calm.suggestion).toBeTruthy();
    expect(bad.findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['patience.repeating-myself', 'patience.blame']),
    );
  });

  test('shouting costs patience', () => {
    expect(reply('I TOLD YOU ALREADY, WAIT FOR THE COURIER!!!').patience).toBeLessThan(50);
  });

  test('Russian: «успокойтесь» and «я же вам сказала» are flagged in Russian', () => {
    const r = reply(
      'Успокойтесь, я же вам сказала, что заказ в пути.',
      'ru',
      'Где мой заказ?! Уже пять дней жду!!',
    );
    expect(r.patience).toBeLessThan(40);
    expect(r.findings[0]!.message).toMatch(/[а-я]/);
  });
});

describe('scorer: positive phrasing', () => {
  test('what can be done beats what cannot', () => {
    const negative = reply("Unfortunately we can't deliver before Friday, it's not possible.");
    const positive = reply(
      "I understand. I'll reserve one for you now and it arrives on Friday, March 5.",
    );
    expect(positive.positive_phrasing).toBeGreaterThan(negative.positive_phrasing + 25);
    expect(negative.findings.find((f) => f.rule === 'positive.unfortunately')?.text).toBe(
      'Unfortunately',
    );
  });

  test('negation done right: "no problem" and «не проблема» are not negative', () => {
    expect(
      reply('No problem, I will send it today.').findings.some(
        (f) => f.points < 0 && f.dimension === 'positive_phrasing',
      ),
    ).toBe(false);
    expect(
      reply('Не проблема, я отправлю сегодня.', 'ru').findings.some(
        (f) => f.points < 0 && f.dimension === 'positive_phrasing',
      ),
    ).toBe(false);
  });

  test('«к сожалению» and «нельзя» cost points in Russian', () => {
    const r = reply('К сожалению, вернуть деньги нельзя.', 'ru');
    expect(r.findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['positive.unfortunately', 'positive.cannot']),
    );
  });

  test("a concrete detail counts only when it is new: echoing the customer's own figures is not a commitment", () => {
    const rules = (text: string, customer: string, lang: 'en' | 'ru' = 'en') =>
      reply(text, lang, customer).findings.map((f) => f.rule);
    const charged = 'You charged me $49.99 twice on order #4471!';
    expect(rules('You say $49.99 was taken twice on order #4471?', charged)).not.toContain(
      'positive.concrete',
    );
    expect(rules('The duplicate $49.99 will be back on your card by Friday.', charged)).toContain(
      'positive.concrete',
    );
    const ru = 'С меня дважды списали 1500 рублей!';
    expect(rules('Вы говорите, что списали 1500 рублей?', ru, 'ru')).not.toContain(
      'positive.concrete',
    );
    expect(rules('Деньги вернутся на карту в течение 3 рабочих дней.', ru, 'ru')).toContain(
      'positive.concrete',
    );
  });

  test('scenario phrases: avoid and prefer', () => {
    const ctx = {
      lang: 'en' as const,
      history: [] as Turn[],
      phrases: { avoid: ['not my department'], prefer: ['express re-delivery'] },
    };
    expect(
      scorer
        .scoreReply("That's not my department.", ctx)
        .findings.some((f) => f.rule === 'scenario.avoid'),
    ).toBe(true);
    expect(
      scorer
        .scoreReply("I've booked express re-delivery.", ctx)
        .findings.some((f) => f.rule === 'scenario.prefer'),
    ).toBe(true);
  });
});

describe('scorer: anti-gaming', () => {
  test('a stuffed reply never outscores a genuine one', () => {
    const stuffed = reply(
      'Sorry! Thank you! I understand! Happy to help! Thank you so much! Sorry!',
    );
    const genuine = reply(
      "I'm sorry about the delay. I'll book express delivery so it arrives tomorrow before noon.",
    );
    expect(stuffed.patience + stuffed.positive_phrasing).toBeLessThan(
      genuine.patience + genuine.positive_phrasing,
    );
    expect(stuffed.findings.some((f) => f.rule === 'gaming.stuffing')).toBe(true);
  });

  test('repeating an earlier reply is penalised', () => {
    const text = "I'll check the order status for you right away.";
    const history: Turn[] = [
      { role: 'customer', text: 'Where is my order?' },
      { role: 'agent', text },
      { role: 'customer', text: 'You said that already, where is it?' },
    ];
    const again = scorer.scoreReply(text, { lang: 'en', history });
    expect(again.findings.some((f) => f.rule === 'gaming.repetition')).toBe(true);
  });
});

describe('scorer: closure over a transcript', () => {
  const turns = (agentClose: string): Turn[] => [
    { role: 'customer', text: 'My parcel never came.' },
    { role: 'agent', text: "I'm sorry about that. I've sent a replacement, it arrives tomorrow." },
    { role: 'customer', text: 'Great, thanks.' },
    { role: 'agent', text: agentClose },
  ];

  test('null when there is no closing phase', () => {
    const r = scorer.scoreTranscript({ lang: 'en', turns: turns('').slice(0, 2) });
    expect(r.scores.closure).toBeNull();
    expect(r.scores.overall).toBe(Math.round((r.scores.patience + r.scores.positive_phrasing) / 2));
  });

  test('a full closing scores high; a bare goodbye low', () => {
    const full = scorer.scoreTranscript({
      lang: 'en',
      turns: turns(
        'To recap, the replacement arrives tomorrow. Is there anything else I can help with? Thank you, have a great day!',
      ),
    });
    const bare = scorer.scoreTranscript({ lang: 'en', turns: turns('Bye.') });
    expect(full.scores.closure).toBeGreaterThanOrEqual(90);
    expect(bare.scores.closure).toBeLessThan(50);
    expect(
      bare.findings.filter((f) => f.dimension === 'closure' && f.points < 0).map((f) => f.rule),
    ).toEqual(expect.arrayContaining(['closure.anything-else', 'closure.thanks']));
  });

  test('goodbye before the customer confirmed is a premature close', () => {
    const r = scorer.scoreTranscript({
      lang: 'en',
      turns: [
        { role: 'customer', text: 'My parcel never came. What will you do?' },
        { role: 'agent', text: 'Thank you for contacting us, have a great day!' },
      ],
    });
    expect(r.findings.some((f) => f.rule === 'closure.premature')).toBe(true);
    expect(r.scores.closure).toBeLessThan(40);
  });

  test('the rubric weights overall', () => {
    const t = turns('Is there anything else? Thanks, goodbye!');
    const a = scorer.scoreTranscript({ lang: 'en', turns: t, rubric: { closure: 1 } });
    expect(a.scores.overall).toBe(a.scores.closure);
  });

  test('deterministic: same input, same output', () => {
    const t = turns('Thanks, bye!');
    expect(scorer.scoreTranscript({ lang: 'en', turns: t })).toEqual(
      scorer.scoreTranscript({ lang: 'en', turns: t }),
    );
  });
});

describe('scorer: a transcript with its replies already read', () => {
  const history: Turn[] = [
    { role: 'customer', text: 'Hi, could you tell me when my parcel will arrive?' },
  ];
  const text = 'Let me check the tracking for you right now.';

  test('a reply says when only the mood made the customer upset', () => {
    const calm = scorer.scoreReply(text, { lang: 'en', history, mood: 10 });
    const angry = scorer.scoreReply(text, { lang: 'en', history, mood: 80 });
    const said = scorer.scoreReply(text, {
      lang: 'en',
      history: [{ role: 'customer', text: 'This is ridiculous, WHERE IS MY PARCEL?' }],
      mood: 80,
    });
    expect(calm.upsetByMood).toBeUndefined();
    expect(angry.upsetByMood).toBe(true);
    expect(said.upsetByMood).toBeUndefined();
    expect(scorer.scoreReply(text, { lang: 'en', history }).upsetByMood).toBeUndefined();
  });

  test('a reading handed in is used for its turn; one that the mood coloured is read again', () => {
    const turns: Turn[] = [...history, { role: 'agent', text }];
    const fresh = scorer.scoreReply(text, { lang: 'en', history });
    const handed = { ...fresh, patience: 7, findings: [] };
    const used = scorer.scoreTranscript({ lang: 'en', turns, replyScores: [null, handed] });
    expect(used.replies).toEqual([
      { turn: 1, patience: 7, positive_phrasing: fresh.positive_phrasing, closure: null },
    ]);
    const ignored = scorer.scoreTranscript({
      lang: 'en',
      turns,
      replyScores: [null, { ...handed, upsetByMood: true }],
    });
    expect(ignored).toEqual(scorer.scoreTranscript({ lang: 'en', turns }));
    expect(ignored.replies[0]!.patience).toBe(fresh.patience);
  });
});

describe('scorer: the lexicons', () => {
  test.each([
    ['en', EN],
    ['ru', RU],
  ])('%s: every rule has an id of its own (findings and reports key on it)', (_lang, lexicon) => {
    const ids = lexicon.rules.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});
