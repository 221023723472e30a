/**
 * Scenario format v1: the one schema definition. The validator, the TypeScript types and the
 * committed JSON Schema (`schema/scenario.schema.json`) all come from here.
 */
import { z } from 'zod';
import type { DiagnosticArgs, DiagnosticReason } from './diagnostics';

/**
 * The schema's own messages, each with the reason a UI translates (a zod issue carries only the
 * English text): zod-issues.ts looks a message up here to set `args.reason`.
 */
export const SCHEMA_REASONS = new Map<
  string,
  { reason: DiagnosticReason; args?: DiagnosticArgs }
>();
function because(reason: DiagnosticReason, message: string, args?: DiagnosticArgs): string {
  SCHEMA_REASONS.set(message, args ? { reason, args } : { reason });
  return message;
}

export const DIMENSIONS = ['patience', 'positive_phrasing', 'closure'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const OUTCOMES = ['success', 'failure', 'neutral'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const MOOD_BANDS = ['calm', 'annoyed', 'furious'] as const;
export type MoodBand = (typeof MOOD_BANDS)[number];

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
/**
 * Step, ending, intent and action names: letters of any alphabet (a Russian trainer writes
 * `начало`), digits, `_`, `-`, `.` and inner spaces. The format itself restricts only `id`.
 */
export const NAME_PATTERN = /^[\p{L}\p{N}_](?:[\p{L}\p{N}_ .-]*[\p{L}\p{N}_.-])?$/u;

function oneOf(values: readonly string[]): string {
  const options = values.join(', ');
  return because('one-of', `expected one of ${options}`, { options });
}

const text = z.string().min(1, { error: because('empty', 'must not be empty') });
const name = (what: string) =>
  z
    .string()
    .regex(NAME_PATTERN, {
      error: because(
        'name-format',
        `a ${what} name uses letters, digits, spaces, "_", "." and "-", and does not start or end with a space`,
        { what },
      ),
    })
    .describe(`The name of a ${what} defined in this scenario.`);

const variants = z
  .union(
    [text, z.array(text).min(1, { error: because('no-variants', 'needs at least one variant') })],
    {
      error: because('line-or-variants', 'expected a line of text or a list of variants'),
    },
  )
  .describe('A line, or a list of variants picked at random (seedable).');

const moodBanded = z
  .strictObject({
    calm: variants.optional().describe('Said when the mood is 0..34.'),
    annoyed: variants.optional().describe('Said when the mood is 35..69.'),
    furious: variants.optional().describe('Said when the mood is 70..100.'),
    default: variants.optional().describe('Said when the mood band has no line of its own.'),
  })
  .describe('Lines by the customer’s current mood band.');

export const CustomerLine = z
  .union(
    [
      text,
      z.array(text).min(1, { error: because('no-variants', 'needs at least one variant') }),
      moodBanded,
    ],
    {
      error: because(
        'customer-line',
        'expected a line of text, a list of variants, or a map of mood bands (calm, annoyed, furious, default)',
      ),
    },
  )
  .describe(
    'What the customer says: a line, a list of variants (one picked at random), or a map of mood bands ' +
      '{calm, annoyed, furious, default}. Placeholders {persona.name} and {context.<label>} are filled in.',
  );
export type CustomerLine = z.infer<typeof CustomerLine>;

const phraseList = z
  .union(
    [text, z.array(text).min(1, { error: because('no-phrases', 'needs at least one phrase') })],
    {
      error: because('phrases', 'expected a phrase or a list of phrases'),
    },
  )
  .describe('Phrases matched case-insensitively on whole words, word forms allowed.');

const scoreBounds = z
  .partialRecord(z.enum(DIMENSIONS, { error: oneOf(DIMENSIONS) }), z.number().min(0).max(100))
  .describe('Score bounds per dimension (0..100).');

export interface Condition {
  intent?: string | string[];
  any?: string | string[];
  all?: string | string[];
  regex?: string;
  min?: Partial<Record<Dimension, number>>;
  max?: Partial<Record<Dimension, number>>;
  mood?: { above?: number; below?: number };
  action?: string;
  not?: Condition;
}

export const Condition: z.ZodType<Condition> = z
  .strictObject({
    intent: z
      .union([name('intent'), z.array(name('intent')).min(1)], {
        error: because('intents', 'expected an intent name or a list of intent names'),
      })
      .optional()
      .describe(
        'Holds when the reply expresses any of these intents (built-in or the scenario’s own).',
      ),
    any: phraseList.optional().describe('Holds when the reply contains any of these phrases.'),
    all: phraseList
      .optional()
      .describe('Holds when the reply contains every one of these phrases.'),
    regex: z
      .string()
      .optional()
      .describe('A case-insensitive JavaScript regular expression that must match the reply.'),
    min: scoreBounds.optional().describe('The reply’s score on each dimension is at least this.'),
    max: scoreBounds.optional().describe('The reply’s score on each dimension is at most this.'),
    mood: z
      .strictObject({
        above: z.number().min(0).max(100).optional().describe('Mood before this reply is above N.'),
        below: z.number().min(0).max(100).optional().describe('Mood before this reply is below N.'),
      })
      .optional()
      .describe('The current mood, before this reply’s change.'),
    action: name('action').optional().describe('The trainee pressed this action button.'),
    get not() {
      return Condition.optional().describe('Holds when the inner condition does not hold.');
    },
  })
  .describe('Every key given must hold.');

const moodChange = z
  .number()
  .int({ error: because('whole-number', 'expected a whole number') })
  .min(-100)
  .max(100)
  .describe('Signed change of the mood (0 calm .. 100 walks away), e.g. -15 or +25.');

const ruleBody = {
  mood: moodChange.optional(),
  customer: CustomerLine.optional().describe('The customer’s reaction line.'),
  next: name('step').optional().describe('Go to this step (the customer then says its line).'),
  end: name('ending').optional().describe('End the chat with this ending.'),
};

export const Rule = z
  .strictObject({
    if: Condition.describe('The condition; every key given must hold.'),
    ...ruleBody,
  })
  .describe(
    'A rule: when `if` holds, change the mood, react, and go to `next` or `end` (or stay).',
  );
export type Rule = z.infer<typeof Rule>;

export const Fallback = z
  .strictObject(ruleBody)
  .describe('A rule without `if`: mood, customer, and at most one of next / end.');
export type Fallback = z.infer<typeof Fallback>;

export const Step = z
  .strictObject({
    customer: CustomerLine.optional().describe('What the customer says on entering the step.'),
    hint: text
      .optional()
      .describe('Coach-mode tip shown to the trainee when the customer enters this step.'),
    replies: z
      .array(Rule)
      .optional()
      .describe('Rules checked top to bottom; the first whose `if` holds fires.'),
    otherwise: Fallback.optional().describe(
      'Fires when no rule held; without next/end the chat stays here.',
    ),
    silence: z
      .union([Fallback, z.array(Fallback).min(1)], {
        error: because('rules', 'expected a rule or a list of rules'),
      })
      .optional()
      .describe(
        'Fires when the trainee stays silent for persona.patience seconds. A list is a ladder: the nth ' +
          'silence in a row fires the nth rule, the last one repeats.',
      ),
  })
  .describe('A step of the conversation.');
export type Step = z.infer<typeof Step>;

export const Ending = z
  .strictObject({
    outcome: z.enum(OUTCOMES, { error: oneOf(OUTCOMES) }).describe('success, failure or neutral.'),
    customer: CustomerLine.optional().describe('The customer’s last line.'),
  })
  .describe('An ending of the chat.');
export type Ending = z.infer<typeof Ending>;

export const MoodTrigger = z
  .strictObject({
    at_least: z.number().min(0).max(100).optional().describe('Fires when the mood is at least N.'),
    at_most: z.number().min(0).max(100).optional().describe('Fires when the mood is at most N.'),
    end: name('ending').describe('The ending to go to.'),
  })
  .describe('Checked after every mood change; the first that holds ends the chat at once.');
export type MoodTrigger = z.infer<typeof MoodTrigger>;

export const ScenarioTest = z
  .strictObject({
    name: text.describe('What this test shows.'),
    agent: z
      .array(z.string())
      .min(1, { error: because('no-replies', 'needs at least one reply') })
      .describe(
        'Trainee replies in order; "<silence>" is a silence, "<action:ID>" presses a button.',
      ),
    expect: z
      .strictObject({
        ending: name('ending').optional().describe('The ending the test must reach.'),
        outcome: z.enum(OUTCOMES, { error: oneOf(OUTCOMES) }).optional(),
      })
      .describe('What the playback must reach.'),
    seed: z.number().int().min(0).optional().describe('Random seed for line variants (default 1).'),
  })
  .describe('A test transcript run by `sparring test`.');
export type ScenarioTest = z.infer<typeof ScenarioTest>;

export const Scenario = z
  .strictObject({
    id: z
      .string()
      .regex(ID_PATTERN, {
        error: because(
          'id-format',
          'an id uses lowercase letters, digits and dashes, e.g. "late-blender"',
        ),
      })
      .describe('Unique across the library; lowercase letters, digits, dashes.'),
    version: z
      .literal(1, { error: because('version', 'expected 1 (the only format version)') })
      .describe('Format version: 1.'),
    title: text.describe('The title the trainee sees.'),
    language: z
      .enum(['en', 'ru'], { error: because('language', 'expected en or ru') })
      .describe('en | ru: the scoring lexicon and UI strings.'),
    difficulty: z
      .number()
      .int()
      .min(1)
      .max(5)
      .optional()
      .describe('1 (easy) .. 5 (hardest); default 3.'),
    tags: z.array(text).optional().describe('Tags for filtering the library.'),
    brief: text.optional().describe('Shown to the trainee before the chat starts.'),
    context: z
      .record(
        z.string(),
        z.union([z.string(), z.number(), z.boolean()], { error: because('text', 'expected text') }),
      )
      .optional()
      .describe('The customer card in the agent’s side panel: label -> text.'),
    persona: z
      .strictObject({
        name: text.describe('The customer’s name.'),
        mood: z
          .number()
          .min(0)
          .max(100)
          .optional()
          .describe('Starting anger, 0 (calm) .. 100 (walks away); default 50.'),
        patience: z
          .number()
          .min(5)
          .max(3600)
          .optional()
          .describe('Seconds of trainee silence before a step’s `silence` fires; default 60.'),
        sensitivity: z
          .number()
          .min(0)
          .max(2)
          .optional()
          .describe('0..2: how strongly reply tone moves the mood on its own; default 1.'),
      })
      .describe('The customer.'),
    rubric: z
      .partialRecord(z.enum(DIMENSIONS, { error: oneOf(DIMENSIONS) }), z.number().min(0).max(100))
      .optional()
      .describe('Weights for the overall score; default equal.'),
    phrases: z
      .strictObject({
        avoid: z
          .array(text)
          .optional()
          .describe('Extra phrases that cost positive-phrasing points.'),
        prefer: z
          .array(text)
          .optional()
          .describe('Extra phrases that earn positive-phrasing points.'),
      })
      .optional()
      .describe('Additions to the language’s built-in phrase lists.'),
    intents: z
      .record(
        name('intent'),
        z.array(text).min(1, { error: because('no-phrases', 'needs at least one phrase') }),
      )
      .optional()
      .describe('Custom intents: name -> phrases.'),
    actions: z
      .record(name('action'), text)
      .optional()
      .describe('Buttons in the trainee UI: id -> label.'),
    start: name('step').describe('The first step’s name.'),
    steps: z.record(name('step'), Step).describe('Map of step name -> step.'),
    endings: z
      .record(name('ending'), Ending)
      .describe('Map of ending name -> ending; at least one success.'),
    on_mood: z
      .array(MoodTrigger)
      .optional()
      .describe('Mood triggers, checked after every mood change.'),
    loop_guard: z
      .strictObject({
        max_turns: z
          .number()
          .int()
          .min(1)
          .max(100)
          .optional()
          .describe('Turns allowed in one step; default 10.'),
        end: name('ending')
          .optional()
          .describe('The ending when exceeded; default the built-in "stalled".'),
      })
      .optional()
      .describe('Ends the chat when the trainee spends too many turns in one step.'),
    tests: z.array(ScenarioTest).optional().describe('Test transcripts run by `sparring test`.'),
  })
  .describe('A Sparring scenario, format version 1.');
export type Scenario = z.infer<typeof Scenario>;
