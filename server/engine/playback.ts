/**
 * Plays a scripted list of trainee replies through the engine: what `sparring play` and
 * `sparring test` run. Pure: the same scenario, replies and seed give the same transcript.
 */
import type { Outcome } from '../scenarios/schema';
import type { TranscriptScore } from '../scoring/types';
import { parseSpecialReply } from './lines';
import type { AttemptState, Effect, EngineInput } from './state';
import { start, step, type Playable } from './step';

export interface TranscriptEntry {
  role: 'customer' | 'agent';
  text: string;
  /** The step the line belongs to (for a reply: the step it answered). */
  step: string;
  /** The customer's mood when the line was said (for a reply: after it). */
  mood: number;
}

export interface Playback {
  ending: string | null;
  outcome: Outcome | null;
  mood: number;
  transcript: TranscriptEntry[];
  state: AttemptState;
  /** Index in the transcript of the first line after the ending was reached. */
  endedAt?: number;
  /** Steps entered, rules that fired (`step/replies[0]`), for coverage. */
  visited: { steps: Set<string>; rules: Set<string> };
}

export function play(playable: Playable, replies: readonly string[], seed = 1): Playback {
  const transcript: TranscriptEntry[] = [];
  const visited = { steps: new Set<string>(), rules: new Set<string>() };
  let endedAt: number | undefined;
  const apply = (effects: Effect[]) => {
    for (const effect of effects) {
      if (effect.type === 'say')
        transcript.push({
          role: 'customer',
          text: effect.text,
          step: effect.step,
          mood: effect.mood,
        });
      else if (effect.type === 'enter') visited.steps.add(effect.step);
      else if (effect.type === 'matched') visited.rules.add(`${effect.step}/${effect.rule}`);
    }
  };
  let { state, effects } = start(playable, seed);
  apply(effects);
  for (const reply of replies) {
    const special = parseSpecialReply(reply);
    const input: EngineInput =
      special?.kind === 'silence'
        ? { type: 'silence' }
        : special?.kind === 'action'
          ? { type: 'action', action: special.action }
          : {
              type: 'reply',
              text: reply,
              history: transcript.map(({ role, text }) => ({ role, text })),
            };
    const answered = state.step;
    const index = transcript.length;
    const wasActive = state.status === 'active';
    ({ state, effects } = step(playable, state, input));
    transcript.splice(index, 0, { role: 'agent', text: reply, step: answered, mood: state.mood });
    apply(effects);
    if (wasActive && state.status === 'ended') endedAt = index + 1;
  }
  return {
    ending: state.ending,
    outcome: state.outcome,
    mood: state.mood,
    transcript,
    state,
    endedAt,
    visited,
  };
}

/** Scores a playback's transcript with the playable's scorer and the scenario's rubric. */
export function scorePlayback(playable: Playable, playback: Playback): TranscriptScore {
  return playable.scorer.scoreTranscript({
    lang: playable.lang,
    turns: playback.transcript.map(({ role, text }) => ({ role, text })),
    phrases: playable.scenario.phrases,
    rubric: playable.scenario.rubric,
    endedAt: playback.endedAt,
    outcome: playback.outcome ?? undefined,
    closedEarly: playback.state.status !== 'ended',
  });
}
