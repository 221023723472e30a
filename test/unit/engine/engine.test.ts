import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { play } from '../../../server/engine/playback';
import { nextRandom, seedState } from '../../../server/engine/random';
import type { AttemptState, Effect } from '../../../server/engine/state';
import { compile, start, step, toneEffect, type Playable } from '../../../server/engine/step';
import { parseScenario } from '../../../server/scenarios/load';
import type { Scenario } from '../../../server/scenarios/schema';
import { scorer } from '../../../server/scoring';
import { ROOT } from '../../helpers/cli';

function load(file: string): Scenario {
  const parsed = parseScenario(readFileSync(join(ROOT, file), 'utf8'), file);
  if (!parsed.scenario) throw new Error(parsed.diagnostics.map((d) => d.message).join('\n'));
  return parsed.scenario;
}

const features = compile(load('test/fixtures/valid/engine-features.yaml'), scorer);
const says = (effects: Effect[]) => effects.flatMap((e) => (e.type === 'say' ? [e.text] : []));

describe('engine: start and step', () => {
  test('start enters the first step, fills placeholders, gives the hint and arms the silence timer', () => {
    const { state, effects } = start(features, 7);
    expect(effects).toEqual([
      { type: 'enter', step: 'opening', hint: 'Greet Dana and acknowledge the delay.' },
      { type: 'say', text: 'Hi, Dana here about order #4471.', step: 'opening', mood: 40 },
      { type: 'wait', seconds: 30 },
    ]);
    expect(state).toMatchObject({ status: 'active', step: 'opening', mood: 40, turns: 0 });
  });

  test('a matching rule moves the mood and goes to the next step', () => {
    const s0 = start(features, 1).state;
    const { state, effects } = step(features, s0, {
      type: 'reply',
      text: 'I understand how annoying this is.',
    });
    const assessed = effects.find((e) => e.type === 'assessed');
    expect(assessed?.type === 'assessed' && typeof assessed.score.patience).toBe('number');
    expect(effects.filter((e) => e.type !== 'say' && e.type !== 'assessed')).toEqual([
      { type: 'matched', step: 'opening', rule: 'replies[0]' },
      { type: 'mood', from: 40, to: 20, rule: -20, tone: 0 },
      { type: 'enter', step: 'offer' },
      { type: 'wait', seconds: 30 },
    ]);
    expect(state.step).toBe('offer');
    expect(state.mood).toBe(20);
  });

  test('`all` needs every phrase, in any word form', () => {
    const s0 = start(features, 1).state;
    const { state } = step(features, s0, {
      type: 'reply',
      text: 'Your refund is processed today.',
    });
    expect(state).toMatchObject({ status: 'ended', ending: 'resolved', outcome: 'success' });
    const { state: other } = step(features, s0, {
      type: 'reply',
      text: 'Your refund is processed.',
    });
    expect(other.status).toBe('active');
  });

  test('otherwise picks the line of the current mood band', () => {
    let state = start(features, 1).state;
    const lines: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = step(features, state, { type: 'reply', text: 'Please hold.' });
      state = r.state;
      lines.push(...says(r.effects));
    }
    // 40 → 55 (annoyed) → 70 (furious) → 85 (furious); then the loop guard (max 3 turns) ends it.
    expect(lines.slice(0, 3)).toEqual(['Are you listening?', 'ANSWER ME.', 'ANSWER ME.']);
    const r = step(features, state, { type: 'reply', text: 'Please hold.' });
    expect(r.state).toMatchObject({ status: 'ended', ending: 'walked_away' });
  });

  test('on_mood ends the chat at once', () => {
    const s0: AttemptState = { ...start(features, 1).state, mood: 80 };
    const r = step(features, s0, { type: 'reply', text: 'Please hold.' });
    expect(says(r.effects)).toEqual(['Bye.']);
    expect(r.effects.at(-1)).toEqual({
      type: 'end',
      ending: 'walked_away',
      outcome: 'failure',
      reason: 'mood',
    });
  });

  test('the silence ladder fires in order and its last entry repeats; a reply resets it', () => {
    let state = start(features, 1).state;
    const heard: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = step(features, state, { type: 'silence' });
      state = r.state;
      heard.push(...says(r.effects));
    }
    expect(heard).toEqual(['Hello?', 'HELLO??', 'HELLO??']);
    expect(state.silences).toBe(3);
    expect(step(features, state, { type: 'reply', text: 'hm' }).state.silences).toBe(0);
  });

  test('action buttons match `action` conditions', () => {
    const r = step(features, start(features, 1).state, { type: 'action', action: 'escalate' });
    expect(r.state).toMatchObject({ status: 'ended', ending: 'escalated', outcome: 'neutral' });
  });

  test('mood conditions look at the mood before the reply', () => {
    const s0: AttemptState = { ...start(features, 1).state, mood: 65 };
    const r = step(features, s0, { type: 'reply', text: "I'm sorry." });
    expect(says(r.effects)).toEqual(['Sorry is not enough.']);
    expect(r.state.step).toBe('opening');
  });

  test('the loop guard ends a chat stuck in one step', () => {
    let state: AttemptState = { ...start(features, 1).state };
    const r1 = step(features, state, { type: 'reply', text: 'I understand, that is frustrating.' });
    state = r1.state;
    for (let i = 0; i < 3; i++)
      state = step(features, state, { type: 'reply', text: 'We could do it next week.' }).state;
    expect(state.status).toBe('active');
    const r = step(features, state, { type: 'reply', text: 'Or next week?' });
    expect(r.effects.at(-1)).toEqual({
      type: 'end',
      ending: 'gave_up',
      outcome: 'failure',
      reason: 'loop_guard',
    });
  });

  test('after an ending, inputs change nothing but the turn count', () => {
    const ended = step(features, start(features, 1).state, {
      type: 'action',
      action: 'escalate',
    }).state;
    const r = step(features, ended, { type: 'reply', text: 'Thank you, goodbye!' });
    expect(r.effects).toEqual([]);
    expect(r.state).toEqual({ ...ended, turns: ended.turns + 1 });
  });

  test('state is plain JSON: a stored and restored state plays on identically', () => {
    let state = start(features, 3).state;
    state = step(features, state, { type: 'reply', text: 'I understand.' }).state;
    const restored = JSON.parse(JSON.stringify(state)) as AttemptState;
    const a = step(features, state, { type: 'reply', text: 'Next week then?' });
    const b = step(features, restored, { type: 'reply', text: 'Next week then?' });
    expect(b).toEqual(a);
  });
});

describe('engine: determinism and randomness', () => {
  test('the same seed gives the same variants; other seeds vary them', () => {
    const run = (seed: number) =>
      says(start(features, seed).effects).concat(
        says(
          step(features, start(features, seed).state, { type: 'reply', text: 'I understand.' })
            .effects,
        ),
      );
    expect(run(5)).toEqual(run(5));
    const variants = new Set(Array.from({ length: 30 }, (_, seed) => run(seed)[1]));
    expect(variants).toEqual(new Set(['What now?', 'So what will you do?', 'And?']));
  });

  test('the generator is a pure function of its state', () => {
    const s = seedState(42);
    expect(nextRandom(s)).toEqual(nextRandom(s));
    const { value } = nextRandom(s);
    expect(value).toBeGreaterThanOrEqual(0);
    expect(value).toBeLessThan(1);
  });
});

describe('engine: tone effect', () => {
  test('warm replies calm, rude ones anger, scaled by sensitivity', () => {
    expect(toneEffect({ patience: 95, positive_phrasing: 90, closure: null }, 1)).toBeLessThan(0);
    expect(toneEffect({ patience: 20, positive_phrasing: 30, closure: null }, 1)).toBeGreaterThan(
      0,
    );
    expect(toneEffect({ patience: 20, positive_phrasing: 30, closure: null }, 2)).toBeGreaterThan(
      toneEffect({ patience: 20, positive_phrasing: 30, closure: null }, 1),
    );
    expect(toneEffect({ patience: 0, positive_phrasing: 0, closure: null }, 0)).toBe(0);
  });
});

describe('engine: playback transcripts', () => {
  const blender: Playable = compile(load('test/fixtures/valid/late-blender.yaml'), scorer);

  test('the format example plays to its success ending', () => {
    const p = play(blender, [
      "I'm so sorry, Dana, that's really frustrating, and you should have had a call back.",
      "I've booked free express re-delivery for you: it leaves our warehouse today.",
      'It arrives tomorrow, Thursday, before 1 pm.',
      'Is there anything else I can help with? Have a great day!',
    ]);
    expect(p.transcript.map((t) => `${t.role}@${t.step}: ${t.text}`)).toMatchInlineSnapshot(`
[
  "customer@opening: Where is my blender?! It's FIVE days late and nobody called me back!",
  "agent@opening: I'm so sorry, Dana, that's really frustrating, and you should have had a call back.",
  "customer@explain: So what are you going to do about it?",
  "agent@explain: I've booked free express re-delivery for you: it leaves our warehouse today.",
  "customer@confirm: OK. And when exactly will it arrive?",
  "agent@confirm: It arrives tomorrow, Thursday, before 1 pm.",
  "customer@confirm: Fine. Thanks, that's all I needed.",
  "agent@confirm: Is there anything else I can help with? Have a great day!",
]
`);
    expect(p).toMatchObject({ ending: 'resolved', outcome: 'success', endedAt: 6 });
  });

  test('telling her to calm down loses her', () => {
    const p = play(blender, ['Calm down please.', 'Calm down, as I said.', 'Nothing I can do.']);
    expect(p).toMatchObject({ ending: 'walked_away', outcome: 'failure', mood: 100 });
    // The second reply already took the mood to 100; the third is a closing-phase reply.
    expect(p.transcript.slice(-2)).toEqual([
      {
        role: 'customer',
        text: "Forget it. I'm cancelling the order.",
        step: 'opening',
        mood: 100,
      },
      { role: 'agent', text: 'Nothing I can do.', step: 'opening', mood: 100 },
    ]);
    expect(p.endedAt).toBe(4);
  });

  test('silence is an input: `<silence>` fires the step’s silence rule', () => {
    const p = play(blender, ['<silence>']);
    expect(p.transcript.map((t) => t.text)).toEqual([
      "Where is my blender?! It's FIVE days late and nobody called me back!",
      '<silence>',
      'Hello?? Is anyone there?',
    ]);
    expect(p.mood).toBe(70);
  });
});
