/** The scoring interface: what the engine and the attempt service ask of a scorer. */
import type { Lang } from '../language/text';
import type { Dimension } from '../scenarios/schema';

export type Role = 'customer' | 'agent';

export interface Turn {
  role: Role;
  text: string;
}

/** One reason a score went down or up, anchored in the trainee's own words. */
export interface Finding {
  /** Index of the turn in the transcript. */
  turn: number;
  /** Character span in that turn's text, [start, end); empty (start = end) for a reply as a whole. */
  span: { start: number; end: number };
  /** The text of the span. */
  text: string;
  dimension: Dimension;
  /** Negative for a deduction, positive for a credit (points on the 0..100 scale of that reply). */
  points: number;
  /** A stable rule id, e.g. `patience.dismissive`. */
  rule: string;
  /** What is wrong (or right), in the reply's language. */
  message: string;
  /** A better wording, in the reply's language, when there is one. */
  suggestion?: string;
}

export interface DimensionScores {
  patience: number;
  positive_phrasing: number;
  /** null when there is nothing to judge closure on. */
  closure: number | null;
}

export interface ReplyScore extends DimensionScores {
  findings: Finding[];
  /**
   * The customer counted as upset only because of `ReplyContext.mood` (nothing in their words
   * said so): without the mood, as a transcript is scored, the reply could read differently.
   */
  upsetByMood?: true;
}

export interface PhraseOptions {
  avoid?: readonly string[];
  prefer?: readonly string[];
}

export interface ReplyContext {
  lang: Lang;
  /** The turns before this reply. */
  history: readonly Turn[];
  /** The customer's mood before this reply (0 calm .. 100 furious), when known. */
  mood?: number;
  phrases?: PhraseOptions;
}

export interface TranscriptInput {
  lang: Lang;
  turns: readonly Turn[];
  phrases?: PhraseOptions;
  rubric?: Partial<Record<Dimension, number>>;
  /**
   * Index of the first turn after the scenario reached an ending, when it did; `outcome` tells whether
   * the customer confirmed (success). Without it the scorer finds the closing phase in the text.
   */
  endedAt?: number;
  outcome?: 'success' | 'failure' | 'neutral';
  /** The chat was closed before the scenario reached any ending: a premature close. */
  closedEarly?: boolean;
  /**
   * What `scoreReply` already made of agent turns, by turn index (null where there is none): each
   * given with this language and these phrases, the turns before it as history. Used instead of
   * reading those replies again, unless it was `upsetByMood`; the result is the same either way.
   */
  replyScores?: ReadonlyArray<ReplyScore | null>;
}

export interface TranscriptScores extends DimensionScores {
  overall: number;
}

export interface TranscriptScore {
  scores: TranscriptScores;
  findings: Finding[];
  /** Scores of each agent turn, by turn index. */
  replies: Array<{ turn: number } & DimensionScores>;
}

export interface Scorer {
  /** Stored with every score, so numbers from different scorer versions are never mixed up. */
  version: string;
  scoreReply(text: string, context: ReplyContext): ReplyScore;
  scoreTranscript(input: TranscriptInput): TranscriptScore;
}
