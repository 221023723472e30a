/**
 * The engine: a pure `step(playable, state, input) → {state, effects}`. It decides what the
 * customer does; the caller carries out the effects (send a line, arm a timer, end the chat).
 */
import type { Lang } from '../language/text';
import type { Fallback, Rule, Scenario, Step } from '../scenarios/schema';
import type { DimensionScores, ReplyScore, Scorer } from '../scoring/types';
import { ConditionEvaluator, makeFacts } from './conditions';
import { pickLine } from './lines';
import { seedState } from './random';
import type { AttemptState, Effect, EngineInput, StepResult } from './state';

export const DEFAULTS = {
  mood: 50,
  patience: 60,
  sensitivity: 1,
  maxTurnsInStep: 10,
  difficulty: 3,
} as const;

/** The built-in ending used by the loop guard when the scenario names none. */
export const STALLED_ENDING = 'stalled';

/** A scenario made ready to play: its matchers compiled and its scorer attached. */
export interface Playable {
  scenario: Scenario;
  lang: Lang;
  scorer: Scorer;
  conditions: ConditionEvaluator;
}

export function compile(scenario: Scenario, scorer: Scorer): Playable {
  return {
    scenario,
    lang: scenario.language,
    scorer,
    conditions: new ConditionEvaluator(scenario.intents),
  };
}

/**
 * How much a reply's tone moves the mood on its own, before `persona.sensitivity`: warm, positive
 * replies calm the customer (down to -8), rude or negative ones anger them (up to +12).
 */
export function toneEffect(scores: DimensionScores, sensitivity: number): number {
  const tone = (scores.patience * 2 + scores.positive_phrasing) / 3;
  // A plain, neutral reply (patience 80, positive phrasing 70) leaves the mood where it is.
  const raw = Math.max(-8, Math.min(12, (78 - tone) / 3));
  return Math.round(raw * sensitivity) + 0; // + 0 turns -0 into 0
}

/** Starts an attempt: the customer enters the first step. */
export function start(playable: Playable, seed = 1): StepResult {
  const { scenario } = playable;
  const state: AttemptState = {
    status: 'active',
    step: scenario.start,
    mood: scenario.persona.mood ?? DEFAULTS.mood,
    ending: null,
    outcome: null,
    rng: seedState(seed),
    turns: 0,
    stepTurns: {},
    silences: 0,
  };
  const effects: Effect[] = [];
  const next = enter(playable, state, scenario.start, effects);
  effects.push({ type: 'wait', seconds: patience(scenario) });
  return { state: next, effects };
}

/** Handles one trainee input. After an ending, inputs are counted and change nothing else. */
export function step(playable: Playable, state: AttemptState, input: EngineInput): StepResult {
  const { scenario } = playable;
  let s: AttemptState = { ...state, turns: state.turns + 1 };
  if (s.status === 'ended') return { state: s, effects: [] };
  const stepDef = scenario.steps[s.step];
  if (!stepDef)
    throw new Error(`attempt state names step "${s.step}", which scenario "${scenario.id}" lacks`);
  const effects: Effect[] = [];
  const here = s.step;
  s = { ...s, stepTurns: { ...s.stepTurns, [here]: (s.stepTurns[here] ?? 0) + 1 } };

  const { rule, label, tone, score } = choose(playable, stepDef, s, input);
  s = { ...s, silences: input.type === 'silence' ? s.silences + 1 : 0 };
  if (score) effects.push({ type: 'assessed', score });
  effects.push({ type: 'matched', step: here, rule: label });

  const change = (rule?.mood ?? 0) + tone;
  if (change !== 0) {
    const to = clampMood(s.mood + change);
    effects.push({ type: 'mood', from: s.mood, to, rule: rule?.mood ?? 0, tone });
    s = { ...s, mood: to };
    const trigger = scenario.on_mood?.find((t) =>
      t.at_least !== undefined
        ? s.mood >= t.at_least
        : t.at_most !== undefined && s.mood <= t.at_most,
    );
    if (trigger) return { state: finish(playable, s, trigger.end, 'mood', effects), effects };
  }

  if (rule?.customer !== undefined) s = say(playable, s, rule.customer, here, effects);
  if (rule?.end !== undefined)
    return { state: finish(playable, s, rule.end, 'rule', effects), effects };
  if (rule?.next !== undefined && rule.next !== here) {
    s = enter(playable, { ...s, silences: 0 }, rule.next, effects);
  } else if (
    (s.stepTurns[here] ?? 0) > (scenario.loop_guard?.max_turns ?? DEFAULTS.maxTurnsInStep)
  ) {
    return {
      state: finish(playable, s, scenario.loop_guard?.end ?? STALLED_ENDING, 'loop_guard', effects),
      effects,
    };
  } else if (rule?.next === here) {
    s = enter(playable, { ...s, silences: 0 }, here, effects);
  }
  effects.push({ type: 'wait', seconds: patience(scenario) });
  return { state: s, effects };
}

/** Picks the rule that answers an input, and the tone effect of a reply. */
function choose(
  playable: Playable,
  stepDef: Step,
  state: AttemptState,
  input: EngineInput,
): { rule: Rule | Fallback | undefined; label: string; tone: number; score?: ReplyScore } {
  const { scenario } = playable;
  if (input.type === 'silence') {
    const ladder =
      stepDef.silence === undefined
        ? []
        : Array.isArray(stepDef.silence)
          ? stepDef.silence
          : [stepDef.silence];
    const index = Math.min(state.silences, ladder.length - 1);
    return index >= 0
      ? {
          rule: ladder[index],
          label: Array.isArray(stepDef.silence) ? `silence[${index}]` : 'silence',
          tone: 0,
        }
      : { rule: undefined, label: 'none', tone: 0 };
  }
  const text = input.type === 'reply' ? input.text : '';
  let scores: ReplyScore | null = null;
  if (input.type === 'reply' && text.trim()) {
    scores = playable.scorer.scoreReply(text, {
      lang: playable.lang,
      history: input.history ?? [],
      mood: state.mood,
      phrases: scenario.phrases,
    });
  }
  const facts = makeFacts(
    text,
    input.type === 'action' ? input.action : null,
    state.mood,
    () => scores,
  );
  const tone = scores
    ? toneEffect(scores, scenario.persona.sensitivity ?? DEFAULTS.sensitivity)
    : 0;
  const rules = stepDef.replies ?? [];
  for (let i = 0; i < rules.length; i++) {
    if (playable.conditions.holds(rules[i]!.if, facts))
      return { rule: rules[i], label: `replies[${i}]`, tone, ...(scores ? { score: scores } : {}) };
  }
  const assessed = scores ? { score: scores } : {};
  return stepDef.otherwise
    ? { rule: stepDef.otherwise, label: 'otherwise', tone, ...assessed }
    : { rule: undefined, label: 'none', tone, ...assessed };
}

function enter(
  playable: Playable,
  state: AttemptState,
  stepName: string,
  effects: Effect[],
): AttemptState {
  const stepDef = playable.scenario.steps[stepName]!;
  effects.push(
    stepDef.hint === undefined
      ? { type: 'enter', step: stepName }
      : { type: 'enter', step: stepName, hint: stepDef.hint },
  );
  let s: AttemptState = { ...state, step: stepName };
  if (stepDef.customer !== undefined) s = say(playable, s, stepDef.customer, stepName, effects);
  return s;
}

function say(
  playable: Playable,
  state: AttemptState,
  line: NonNullable<Step['customer']>,
  stepName: string,
  effects: Effect[],
): AttemptState {
  const { text, rng } = pickLine(line, state.mood, state.rng, playable.scenario);
  effects.push({ type: 'say', text, step: stepName, mood: state.mood });
  return { ...state, rng };
}

function finish(
  playable: Playable,
  state: AttemptState,
  endingName: string,
  reason: 'rule' | 'mood' | 'loop_guard',
  effects: Effect[],
): AttemptState {
  const ending = playable.scenario.endings[endingName] ?? { outcome: 'failure' as const };
  let s: AttemptState = { ...state, status: 'ended', ending: endingName, outcome: ending.outcome };
  if (ending.customer !== undefined) s = say(playable, s, ending.customer, state.step, effects);
  effects.push({ type: 'end', ending: endingName, outcome: ending.outcome, reason });
  return s;
}

function clampMood(mood: number): number {
  return Math.max(0, Math.min(100, mood));
}

function patience(scenario: Scenario): number {
  return scenario.persona.patience ?? DEFAULTS.patience;
}
