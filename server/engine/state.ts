import type { Outcome } from '../scenarios/schema';
import type { ReplyScore } from '../scoring/types';

/** An attempt's playback state: plain JSON, stored whole and resumed as is. */
export interface AttemptState {
  /** `active` while the scenario plays; `ended` once it reached an ending (the trainee then closes). */
  status: 'active' | 'ended';
  /** The current step; when ended, the step the ending was reached from. */
  step: string;
  mood: number;
  ending: string | null;
  outcome: Outcome | null;
  /** The seeded generator's state. */
  rng: number;
  /** Trainee inputs handled (replies, actions, silences), including after the ending. */
  turns: number;
  /** Inputs handled in each step, for the loop guard. */
  stepTurns: Record<string, number>;
  /** Silences in a row in the current step, for silence ladders. */
  silences: number;
}

/** What the trainee did. */
export type EngineInput =
  | {
      type: 'reply';
      text: string;
      history?: ReadonlyArray<{ role: 'customer' | 'agent'; text: string }>;
    }
  | { type: 'action'; action: string }
  | { type: 'silence' };

/** What the attempt service must carry out; the engine itself does nothing. */
export type Effect =
  /** The customer enters a step; `hint` is for coach mode only. */
  | { type: 'enter'; step: string; hint?: string }
  /** The customer says a line. */
  | { type: 'say'; text: string; step: string; mood: number }
  /** The mood changed: `rule` from the script, `tone` from the reply's scores. */
  | { type: 'mood'; from: number; to: number; rule: number; tone: number }
  /** How the scorer read the reply (the tone effect and `min`/`max` conditions used it). */
  | { type: 'assessed'; score: ReplyScore }
  /** Which rule answered the input, for explanations and test coverage. */
  | { type: 'matched'; step: string; rule: string }
  /** The scenario reached an ending. */
  | { type: 'end'; ending: string; outcome: Outcome; reason: 'rule' | 'mood' | 'loop_guard' }
  /** Arm the silence timer: if the trainee stays silent this long, feed `{type: 'silence'}`. */
  | { type: 'wait'; seconds: number };

export interface StepResult {
  state: AttemptState;
  effects: Effect[];
}
