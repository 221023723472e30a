/**
 * Scores a whole transcript: patience and positive phrasing over every agent turn, closure over
 * the closing phase, and `overall` weighted by the scenario's rubric.
 */
import { detectIntents } from '../language/intents';
import { normalize } from '../language/text';
import { DIMENSIONS, type Dimension } from '../scenarios/schema';
import { clamp, firstMatch, isMarker, LEXICONS, scoreReply } from './score-reply';
import type { DimensionScores, Finding, TranscriptInput, TranscriptScore } from './types';

/** Points of each closing element on the 0..100 closure scale. */
const CLOSURE = {
  base: 10,
  summary: 25,
  anythingElse: 25,
  thanks: 20,
  farewell: 20,
  premature: -45,
} as const;

export function scoreTranscript(input: TranscriptInput): TranscriptScore {
  const { turns, lang } = input;
  const findings: Finding[] = [];
  const replies: TranscriptScore['replies'] = [];
  const agentTurns: number[] = [];
  turns.forEach((t, i) => {
    if (t.role !== 'agent' || isMarker(t.text) || !t.text.trim()) return;
    agentTurns.push(i);
    const score = scoreReply(t.text, { lang, history: turns.slice(0, i), phrases: input.phrases });
    findings.push(...score.findings);
    replies.push({
      turn: i,
      patience: score.patience,
      positive_phrasing: score.positive_phrasing,
      closure: null,
    });
  });

  const closure = scoreClosure(input, agentTurns, findings);
  const patience = aggregate(replies.map((r) => r.patience));
  const positive = aggregate(replies.map((r) => r.positive_phrasing));
  const scores: DimensionScores = { patience, positive_phrasing: positive, closure };
  return {
    scores: { ...scores, overall: overall(scores, input.rubric) },
    findings: findings.sort((a, b) => a.turn - b.turn || a.span.start - b.span.start),
    replies,
  };
}

/** The mean, pulled towards the worst reply: one outburst is not averaged away. */
function aggregate(values: number[]): number {
  if (!values.length) return 100;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return clamp(0.7 * mean + 0.3 * Math.min(...values));
}

export function overall(
  scores: DimensionScores,
  rubric?: Partial<Record<Dimension, number>>,
): number {
  let sum = 0;
  let weights = 0;
  for (const dim of DIMENSIONS) {
    const value = scores[dim];
    if (value === null) continue;
    const w = rubric?.[dim] ?? (rubric && Object.keys(rubric).length ? 0 : 1);
    sum += value * w;
    weights += w;
  }
  return weights ? clamp(sum / weights) : 0;
}

function scoreClosure(
  input: TranscriptInput,
  agentTurns: number[],
  findings: Finding[],
): number | null {
  const { turns, lang } = input;
  const lex = LEXICONS[lang];
  const m = lex.lexicon.messages;
  if (!agentTurns.length) return null;
  const intentsOf = (i: number) => detectIntents(turns[i]!.text);
  const confirms = (i: number) =>
    turns[i]!.role === 'customer' &&
    firstMatch(lex.confirmation, normalize(turns[i]!.text)) !== null;

  // Where the closing phase starts: the reply that led to the ending, or else the first reply
  // that closes (farewell, "anything else?") or answers the customer's confirmation.
  let closingStart: number | undefined;
  if (input.endedAt !== undefined) {
    closingStart =
      [...agentTurns].reverse().find((i) => i < input.endedAt!) ??
      agentTurns.find((i) => i >= input.endedAt!);
  } else {
    closingStart = agentTurns.find((i) => {
      const intents = intentsOf(i);
      return (
        intents.has('farewell') ||
        intents.has('anything_else') ||
        turns.slice(0, i).some((_, j) => confirms(j))
      );
    });
  }
  if (closingStart === undefined) {
    if (!input.closedEarly) return null;
    const last = agentTurns[agentTurns.length - 1]!;
    findings.push(
      finding(
        last,
        turns[last]!.text,
        CLOSURE.premature,
        'closure.premature',
        m.prematureClose,
        m.prematureCloseFix,
      ),
    );
    return clamp(CLOSURE.base);
  }
  const phase = agentTurns.filter((i) => i >= closingStart!);
  const lastAgent = phase[phase.length - 1]!;
  const phaseIntents = phase.map((i) => ({ i, intents: intentsOf(i) }));
  const anyIntent = (name: Parameters<ReturnType<typeof detectIntents>['has']>[0]) =>
    phaseIntents.find((p) => p.intents.has(name));

  let score: number = CLOSURE.base;
  const credit = (
    pts: number,
    turn: number,
    span: { start: number; end: number },
    rule: string,
    message: string,
  ) => {
    score += pts;
    findings.push({
      turn,
      span,
      text: turns[turn]!.text.slice(span.start, span.end),
      dimension: 'closure',
      points: pts,
      rule,
      message,
    });
  };
  const missing = (pts: number, rule: string, message: string, suggestion: string) => {
    findings.push(
      finding(lastAgent, turns[lastAgent]!.text, -pts, rule, message, suggestion, true),
    );
  };

  const summaryTurn = [closingStart, ...phase].find(
    (i) => firstMatch(lex.summary, normalize(turns[i]!.text)) !== null,
  );
  if (summaryTurn !== undefined)
    credit(
      CLOSURE.summary,
      summaryTurn,
      firstMatch(lex.summary, normalize(turns[summaryTurn]!.text))!,
      'closure.summary',
      m.closureSummary.replace(/^.*$/, okText(lang, 'summary')),
    );
  else missing(CLOSURE.summary, 'closure.summary', m.closureSummary, m.closureSummaryFix);
  const anythingElse = anyIntent('anything_else');
  if (anythingElse)
    credit(
      CLOSURE.anythingElse,
      anythingElse.i,
      anythingElse.intents.get('anything_else')![0]!,
      'closure.anything-else',
      okText(lang, 'anythingElse'),
    );
  else
    missing(
      CLOSURE.anythingElse,
      'closure.anything-else',
      m.closureAnythingElse,
      m.closureAnythingElseFix,
    );
  const thanks = anyIntent('thanks');
  if (thanks)
    credit(
      CLOSURE.thanks,
      thanks.i,
      thanks.intents.get('thanks')![0]!,
      'closure.thanks',
      okText(lang, 'thanks'),
    );
  else missing(CLOSURE.thanks, 'closure.thanks', m.closureThanks, m.closureThanksFix);
  const farewell = anyIntent('farewell');
  if (farewell)
    credit(
      CLOSURE.farewell,
      farewell.i,
      farewell.intents.get('farewell')![0]!,
      'closure.farewell',
      okText(lang, 'farewell'),
    );
  else missing(CLOSURE.farewell, 'closure.farewell', m.closureFarewell, m.closureFarewellFix);

  // A goodbye before the customer confirmed, or with their question still open, is premature.
  if (farewell || input.closedEarly) {
    const at = farewell?.i ?? lastAgent;
    const before = turns.slice(0, at);
    const lastCustomer = [...before].reverse().find((t) => t.role === 'customer');
    const confirmed =
      input.endedAt !== undefined
        ? input.endedAt <= at || input.outcome !== undefined
        : before.some((_, j) => confirms(j));
    const successLater = input.endedAt !== undefined && input.endedAt > at;
    if (input.closedEarly || successLater || !confirmed) {
      findings.push(
        finding(
          at,
          turns[at]!.text,
          CLOSURE.premature,
          'closure.premature',
          m.prematureClose,
          m.prematureCloseFix,
        ),
      );
      score += CLOSURE.premature;
    } else if (
      lastCustomer &&
      lastCustomer.text.includes('?') &&
      !confirms(turns.indexOf(lastCustomer)) &&
      input.endedAt === undefined
    ) {
      findings.push(
        finding(
          at,
          turns[at]!.text,
          -20,
          'closure.open-question',
          m.openQuestion,
          m.openQuestionFix,
        ),
      );
      score -= 20;
    }
  }
  return clamp(score);
}

function finding(
  turn: number,
  text: string,
  points: number,
  rule: string,
  message: string,
  suggestion?: string,
  whole = false,
): Finding {
  const span = whole ? { start: text.length, end: text.length } : { start: 0, end: text.length };
  return {
    turn,
    span,
    text: text.slice(span.start, span.end),
    dimension: 'closure',
    points,
    rule,
    message,
    ...(suggestion ? { suggestion } : {}),
  };
}

function okText(
  lang: 'en' | 'ru',
  what: 'summary' | 'anythingElse' | 'thanks' | 'farewell',
): string {
  const texts = {
    en: {
      summary: 'Sums up what was done.',
      anythingElse: 'Checks whether anything else is needed.',
      thanks: 'Thanks the customer.',
      farewell: 'Says goodbye.',
    },
    ru: {
      summary: 'Подводит итог сделанного.',
      anythingElse: 'Уточняет, нужна ли ещё помощь.',
      thanks: 'Благодарит клиента.',
      farewell: 'Прощается.',
    },
  } as const;
  return texts[lang][what];
}
