/**
 * One copy of each string that keeps coming back from the engine workers. A worker's answer
 * arrives as a structured clone, so every string in it is a new copy: the customer's line and its
 * hint, the step's name, and each finding's rule, message and suggestion. Most of them are kept
 * until the attempt closes (the stored messages, the scores the close reuses), which is seconds to
 * minutes: long enough to be copied by the young generation's collections and then collected by a
 * full one, whose pauses every trainee feels. Swapped for the pool's copy as the answer arrives,
 * the new copy is garbage at once and dies young.
 *
 * Bounded: strings longer than `maxLength` are left alone, and when the pool holds more than
 * `maxChars` characters it starts again empty (a scenario library repeats the same few thousand
 * strings; anything else only costs a lookup).
 */
import type { Effect, StepResult } from '../engine/state';
import type { Finding, TranscriptScore } from '../scoring/types';

export class StringPool {
  private readonly strings = new Map<string, string>();
  private chars = 0;

  constructor(
    private readonly maxLength = 2_000,
    private readonly maxChars = 2_000_000,
  ) {}

  get size(): number {
    return this.strings.size;
  }

  /** The pool's copy of `s` (equal to it), kept for next time. */
  get(s: string): string {
    if (s.length > this.maxLength) return s;
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    if (this.chars + s.length > this.maxChars) {
      this.strings.clear();
      this.chars = 0;
    }
    this.strings.set(s, s);
    this.chars += s.length;
    return s;
  }

  /** A finding's fixed texts (not `text`, the trainee's own words, which rarely repeat). */
  finding(f: Finding): void {
    f.rule = this.get(f.rule);
    f.dimension = this.get(f.dimension) as Finding['dimension'];
    f.message = this.get(f.message);
    if (f.suggestion !== undefined) f.suggestion = this.get(f.suggestion);
  }

  effect(e: Effect): void {
    switch (e.type) {
      case 'say':
        e.text = this.get(e.text);
        e.step = this.get(e.step);
        break;
      case 'enter':
        e.step = this.get(e.step);
        if (e.hint !== undefined) e.hint = this.get(e.hint);
        break;
      case 'matched':
        e.step = this.get(e.step);
        e.rule = this.get(e.rule);
        break;
      case 'end':
        e.ending = this.get(e.ending);
        break;
      case 'assessed':
        for (const f of e.score.findings) this.finding(f);
        break;
      default:
        break;
    }
  }

  /** Swaps the strings of an engine step's result in place; returns it. */
  stepResult(r: StepResult): StepResult {
    r.state.step = this.get(r.state.step);
    if (r.state.ending !== null) r.state.ending = this.get(r.state.ending);
    for (const e of r.effects) this.effect(e);
    return r;
  }

  /** Swaps the strings of a transcript's score in place; returns it. */
  transcriptScore(t: TranscriptScore): TranscriptScore {
    for (const f of t.findings) this.finding(f);
    return t;
  }
}
