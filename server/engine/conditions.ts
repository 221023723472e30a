/** Evaluates a rule's `if` against one trainee input. Pure; caches compiled phrases and regexes. */
import { detectIntents, isBuiltinIntent, type DetectedIntents } from '../language/intents';
import { compilePhrase, findPhrase, type Phrase } from '../language/phrases';
import { tokenize, type Token } from '../language/text';
import type { Condition, Dimension } from '../scenarios/schema';
import type { DimensionScores } from '../scoring/types';

/** Everything a condition may look at, computed once per input and lazily. */
export interface InputFacts {
  text: string;
  action: string | null;
  moodBefore: number;
  tokens(): readonly Token[];
  intents(): DetectedIntents;
  scores(): DimensionScores | null;
}

export function makeFacts(
  text: string,
  action: string | null,
  moodBefore: number,
  scoresOf: () => DimensionScores | null,
): InputFacts {
  let tokens: Token[] | undefined;
  let intents: DetectedIntents | undefined;
  let scores: DimensionScores | null | undefined;
  return {
    text,
    action,
    moodBefore,
    tokens: () => (tokens ??= tokenize(text)),
    intents: () => (intents ??= detectIntents(text)),
    scores: () => (scores === undefined ? (scores = scoresOf()) : scores),
  };
}

export class ConditionEvaluator {
  private readonly phrases = new Map<string, Phrase>();
  private readonly regexes = new Map<string, RegExp>();
  private readonly customIntents: Map<string, Phrase[]>;

  constructor(customIntents: Record<string, readonly string[]> = {}) {
    this.customIntents = new Map(
      Object.entries(customIntents).map(([name, list]) => [name, list.map((p) => this.phrase(p))]),
    );
  }

  holds(cond: Condition, facts: InputFacts): boolean {
    if (cond.action !== undefined && facts.action !== cond.action) return false;
    if (cond.mood?.above !== undefined && !(facts.moodBefore > cond.mood.above)) return false;
    if (cond.mood?.below !== undefined && !(facts.moodBefore < cond.mood.below)) return false;
    if (cond.intent !== undefined) {
      const names = typeof cond.intent === 'string' ? [cond.intent] : cond.intent;
      if (!names.some((name) => this.expresses(name, facts))) return false;
    }
    if (cond.any !== undefined && !asList(cond.any).some((p) => this.contains(p, facts)))
      return false;
    if (cond.all !== undefined && !asList(cond.all).every((p) => this.contains(p, facts)))
      return false;
    if (cond.regex !== undefined && !this.regex(cond.regex).test(facts.text)) return false;
    if (cond.min !== undefined && !this.bounds(cond.min, facts, (score, bound) => score >= bound))
      return false;
    if (cond.max !== undefined && !this.bounds(cond.max, facts, (score, bound) => score <= bound))
      return false;
    if (cond.not !== undefined && this.holds(cond.not, facts)) return false;
    return true;
  }

  /** Whether the input expresses an intent (built-in patterns plus the scenario's phrases). */
  expresses(name: string, facts: InputFacts): boolean {
    if (!facts.text) return false;
    if (isBuiltinIntent(name) && facts.intents().has(name)) return true;
    const phrases = this.customIntents.get(name);
    return !!phrases && phrases.some((p) => findPhrase(facts.tokens(), p) !== null);
  }

  private contains(phrase: string, facts: InputFacts): boolean {
    return !!facts.text && findPhrase(facts.tokens(), this.phrase(phrase)) !== null;
  }

  private bounds(
    bounds: Partial<Record<Dimension, number>>,
    facts: InputFacts,
    ok: (score: number, bound: number) => boolean,
  ): boolean {
    const scores = facts.scores();
    if (!scores) return false;
    return Object.entries(bounds).every(([dim, bound]) => {
      const score = scores[dim as Dimension];
      return score !== null && bound !== undefined && ok(score, bound);
    });
  }

  private phrase(source: string): Phrase {
    let p = this.phrases.get(source);
    if (!p) this.phrases.set(source, (p = compilePhrase(source)));
    return p;
  }

  private regex(source: string): RegExp {
    let r = this.regexes.get(source);
    if (!r) this.regexes.set(source, (r = new RegExp(source, 'i')));
    return r;
  }
}

function asList(value: string | readonly string[]): readonly string[] {
  return typeof value === 'string' ? [value] : value;
}
