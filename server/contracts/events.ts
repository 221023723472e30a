/**
 * The socket.io contract, shared by server and client (the client imports types only).
 * Every acknowledgement is `{ok: true, ...data}` or `{ok: false, error: {code, message}}`.
 */
import type { ErrorBody } from './errors';

export type Role = 'trainee' | 'trainer' | 'hr' | 'admin';
export const ROLES: readonly Role[] = ['trainee', 'trainer', 'hr', 'admin'];
export type Mode = 'coach' | 'exam';
export type Outcome = 'success' | 'failure' | 'neutral';
export type Dimension = 'patience' | 'positive_phrasing' | 'closure';

export type Ack<T extends object> = ({ ok: true } & T) | ErrorBody;

export interface Scores {
  patience: number;
  positive_phrasing: number;
  closure: number | null;
  overall: number;
}

export interface FindingDto {
  turn: number;
  span: { start: number; end: number };
  text: string;
  dimension: Dimension;
  points: number;
  rule: string;
  message: string;
  suggestion?: string;
}

/** One line of the chat. `seq` orders messages; `id` is stable across resumes. */
export interface MessageDto {
  id: string;
  seq: number;
  role: 'customer' | 'agent';
  text: string;
  /** ISO time the line appeared (for customer lines: after the typing delay). */
  at: string;
  /** The trainee pressed a button (`text` is its label) or stayed silent. */
  kind?: 'text' | 'action' | 'silence';
  action?: string;
  clientId?: string;
  /** Coach mode only: the customer's mood after this line, and a coaching hint. */
  mood?: number;
  hint?: string;
}

export interface ScenarioSummary {
  id: string;
  title: string;
  language: 'en' | 'ru';
  difficulty: number;
  tags: string[];
  valid: boolean;
  brief?: string;
  enabled?: boolean;
}

export interface ScenarioForTrainee extends ScenarioSummary {
  brief: string;
  context: Record<string, string>;
  persona: { name: string };
  actions: Array<{ id: string; label: string }>;
}

export type AttemptStatus = 'active' | 'ended' | 'closed';

export interface AttemptResult {
  outcome: Outcome;
  ending: string | null;
  /** Closed before the scenario reached an ending: a premature close. */
  closedEarly: boolean;
  scores: Scores;
  findings: FindingDto[];
  scorer: string;
  /** When these scores were computed (ISO). */
  scoredAt?: string;
  /** Earlier scores of this attempt (before a re-scoring with a newer scorer or rubric). */
  history?: Array<{ scores: Scores; scorer: string; scoredAt?: string }>;
}

/** A re-scoring of every closed attempt (GET/POST /api/rescore), running or finished. */
export interface RescoreStatus {
  state: 'running' | 'done' | 'failed';
  /** Closed attempts looked at so far, of `total`. */
  done: number;
  total: number;
  rescored: number;
  skipped: number;
  /** The scorer the attempts are scored with. */
  scorer: string;
  startedAt: string;
  finishedAt?: string;
  /** Why it stopped, when it failed (the attempts re-scored before that keep their new scores). */
  error?: string;
}

/** A trainer's comment on one message of an attempt. */
export interface CommentDto {
  id: string;
  /** Index of the message in the attempt's messages. */
  turn: number;
  text: string;
  author: string;
  at: string;
}

/** Why a user's login sessions were ended (told to their open pages before they close). */
export type SessionsEndedReason = 'password-changed' | 'account-disabled';

/** Whether a trainee is ready for live queues, and what is missing (server/app/reports.ts). */
export interface Readiness {
  username: string;
  group: string | null;
  ready: boolean;
  gaps: ReadinessGap[];
  /** The exams the verdict is based on, newest first. */
  recent: Array<{
    attemptId: string;
    scenarioId: string;
    scenarioTitle: string;
    date: string;
    outcome: Outcome | null;
    overall: number | null;
  }>;
}

export type ReadinessGap =
  | { code: 'few-exams'; have: number; need: number }
  | { code: 'low-score'; count: number; score: number }
  | { code: 'not-resolved'; count: number }
  | { code: 'few-scenarios'; have: number; need: number };

/** One version of a scenario a trainer can go back to (server/app/library.ts). */
export interface ScenarioVersion {
  /** `current`, `bundled`, or the time an upload was replaced. */
  version: string;
  kind: 'current' | 'upload' | 'bundled';
  /** When this version stopped being the current one (uploads replaced since). */
  replacedAt: string | null;
  title: string | null;
}

/** A trainer's score override: the original score stays; both are shown and exported. */
export interface OverrideDto {
  scores: Partial<Scores>;
  reason: string;
  author: string;
  at: string;
}

export interface AttemptDto {
  id: string;
  scenario: ScenarioForTrainee;
  mode: Mode;
  status: AttemptStatus;
  messages: MessageDto[];
  /** The scenario reached an ending (the trainee still closes the chat). */
  ending: { name: string; outcome: Outcome } | null;
  /** Coach mode only. */
  mood?: number;
  result?: AttemptResult;
  startedAt: string;
  /** Staff only: the trainee, their group, trainers' comments and a score override. */
  username?: string;
  group?: string;
  comments?: CommentDto[];
  override?: OverrideDto;
}

export interface AttemptSummary {
  id: string;
  scenarioId: string;
  scenarioTitle: string;
  language: 'en' | 'ru';
  username: string;
  mode: Mode;
  status: AttemptStatus;
  outcome: Outcome | null;
  scores: Scores | null;
  startedAt: string;
  closedAt: string | null;
  group?: string;
  /** The overridden scores, when a trainer overrode them (the original stays in `scores`). */
  override?: Partial<Scores>;
  /** Seconds from the first customer line to closing the chat. */
  handleSeconds?: number | null;
  /** Seconds from the first customer line to the trainee's first reply. */
  firstReplySeconds?: number | null;
  finalMood?: number;
  ending?: string | null;
}

export interface ReplyFeedback {
  patience: number;
  positive_phrasing: number;
  findings: FindingDto[];
}

export interface ClientToServerEvents {
  'attempt:start': (
    p: { scenarioId: string; mode: Mode; seed?: number },
    ack: (r: Ack<{ attempt: AttemptDto }>) => void,
  ) => void;
  'attempt:resume': (
    p: { attemptId: string },
    ack: (r: Ack<{ attempt: AttemptDto }>) => void,
  ) => void;
  'agent:message': (
    p: { attemptId: string; text: string; clientId?: string },
    ack: (r: Ack<{ message: MessageDto; scores?: ReplyFeedback }>) => void,
  ) => void;
  'agent:action': (
    p: { attemptId: string; action: string; clientId?: string },
    ack: (r: Ack<{ message: MessageDto }>) => void,
  ) => void;
  'attempt:close': (
    p: { attemptId: string },
    ack: (r: Ack<{ result: AttemptResult }>) => void,
  ) => void;
}

export interface ServerToClientEvents {
  'customer:typing': (p: { attemptId: string }) => void;
  'customer:message': (p: { attemptId: string; message: MessageDto }) => void;
  'attempt:ended': (p: { attemptId: string; ending: string; outcome: Outcome }) => void;
  /**
   * Sent just before the server closes a connection whose login session an account change ended:
   * a new password (set by the user elsewhere, or by an admin) or a deactivation.
   */
  'session:ended': (p: { reason: SessionsEndedReason }) => void;
}

/** Limits the server enforces at the edge. */
export const LIMITS = {
  messageChars: 4000,
  clientIdChars: 100,
  usernameChars: 64,
  passwordChars: 200,
} as const;
