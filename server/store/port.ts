/**
 * The storage port. The lowdb adapter is the default; an in-memory twin serves tests of the core.
 * Records are plain JSON.
 */
import type { AttemptState } from '../engine/state';
import type {
  AttemptResult,
  AttemptStatus,
  CommentDto,
  OverrideDto,
  Mode,
  Outcome,
  Role,
  Scores,
} from '../contracts/events';

export interface UserRecord {
  id: string;
  username: string;
  role: Role;
  passwordHash: string;
  createdAt: string;
  group?: string;
  /** When an admin deactivated the user (ISO); absent while the user may log in. */
  disabledAt?: string;
}

export interface LoginSessionRecord {
  /** sha256 of the cookie token: a stolen store file does not hand out live sessions. */
  tokenHash: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
  /**
   * A fingerprint of the password the session was opened with (see Accounts): once the password
   * changes the session no longer counts, even if ending it never reached the disk or a login with
   * the old password was still finishing. Older sessions have none.
   */
  credential?: string;
}

export interface StoredMessage {
  id: string;
  seq: number;
  role: 'customer' | 'agent';
  text: string;
  /** Epoch ms when the line appears (customer lines: after the typing delay). */
  at: number;
  kind: 'text' | 'action' | 'silence';
  action?: string;
  clientId?: string;
  step: string;
  mood: number;
  hint?: string;
}

export interface AttemptRecord {
  id: string;
  userId: string;
  username: string;
  scenarioId: string;
  scenarioTitle: string;
  /** The version of the scenario the attempt started with (`LibraryEntry.version`). */
  scenarioVersion?: string;
  language: 'en' | 'ru';
  mode: Mode;
  seed: number;
  status: AttemptStatus;
  state: AttemptState;
  messages: StoredMessage[];
  /** Index in `messages` of the first line after the scenario reached its ending. */
  endedAt?: number;
  /** Epoch ms when the trainee's silence fires, while one is pending. */
  silenceDueAt?: number;
  result?: AttemptResult;
  /** The trainee's group when the attempt started. */
  group?: string;
  /** Played by staff (a trainer previewing a scenario): kept out of dashboards, reviews and exports. */
  preview?: boolean;
  comments?: CommentDto[];
  override?: OverrideDto;
  createdAt: number;
  updatedAt: number;
  closedAt?: number;
  /**
   * Exam mode: the trainee's last input is stored and acknowledged, but the customer has not
   * answered it yet. Set only between the two writes; after a crash there, the answer is worked out
   * when the attempt is next loaded.
   */
  unanswered?: boolean;
}

/** What listing needs, kept in a small index so listing never opens attempt files. */
export interface AttemptSummaryRecord {
  id: string;
  userId: string;
  username: string;
  scenarioId: string;
  scenarioTitle: string;
  language: 'en' | 'ru';
  mode: Mode;
  status: AttemptStatus;
  outcome: Outcome | null;
  scores: Scores | null;
  createdAt: number;
  closedAt: number | null;
  group?: string;
  preview?: boolean;
  override?: Partial<Scores>;
  /** Why the scores were overridden, and by whom (with `override`). */
  overrideReason?: string;
  overrideBy?: string;
  /**
   * Closed before the scenario reached an ending (null while in play). Missing from summaries
   * written before it was added: readers then take it from the attempt itself.
   */
  closedEarly?: boolean | null;
  ending: string | null;
  handleMs: number | null;
  firstReplyMs: number | null;
  finalMood: number;
  scorer: string | null;
}

export function summarize(a: AttemptRecord): AttemptSummaryRecord {
  return {
    id: a.id,
    userId: a.userId,
    username: a.username,
    scenarioId: a.scenarioId,
    scenarioTitle: a.scenarioTitle,
    language: a.language,
    mode: a.mode,
    status: a.status,
    outcome: a.result?.outcome ?? null,
    scores: a.result?.scores ?? null,
    createdAt: a.createdAt,
    closedAt: a.closedAt ?? null,
    ...(a.group ? { group: a.group } : {}),
    ...(a.preview ? { preview: true } : {}),
    ...(a.override
      ? {
          override: a.override.scores,
          overrideReason: a.override.reason,
          overrideBy: a.override.author,
        }
      : {}),
    closedEarly: a.result ? a.result.closedEarly : null,
    ending: a.state.ending,
    ...timings(a),
    finalMood: a.state.mood,
    scorer: a.result?.scorer ?? null,
  };
}

/**
 * Handle time (from the first line, whoever wrote it, to the close) and time to first reply (from
 * the customer's first line to the trainee's first message after it). A trainee can write before
 * the customer's opening line has appeared (it is still being typed); neither figure goes negative.
 */
export function timings(a: AttemptRecord): {
  handleMs: number | null;
  firstReplyMs: number | null;
} {
  const first = a.messages.find((m) => m.role === 'customer')?.at ?? a.createdAt;
  const start = a.messages.reduce((t, m) => Math.min(t, m.at), first);
  const reply = a.messages.find((m) => m.role === 'agent' && m.at >= first)?.at;
  return {
    handleMs: a.closedAt ? Math.max(0, a.closedAt - start) : null,
    firstReplyMs: reply === undefined ? null : reply - first,
  };
}

export interface Store {
  getUserByName(username: string): Promise<UserRecord | null>;
  getUser(id: string): Promise<UserRecord | null>;
  listUsers(): Promise<UserRecord[]>;
  putUser(user: UserRecord): Promise<void>;

  putSession(session: LoginSessionRecord): Promise<void>;
  getSession(tokenHash: string): Promise<LoginSessionRecord | null>;
  deleteSession(tokenHash: string): Promise<void>;
  /**
   * Ends every login session of one user (a new password, a deactivation), but the one whose
   * token hash is `except` (the session a user changed their own password from).
   */
  deleteSessionsOf(userId: string, except?: string): Promise<void>;

  /** Writes the whole attempt; must be durable on return (the ack depends on it). */
  putAttempt(attempt: AttemptRecord): Promise<void>;
  getAttempt(id: string): Promise<AttemptRecord | null>;
  listAttempts(filter?: { userId?: string }): Promise<AttemptSummaryRecord[]>;

  /** A random value made once per store and kept (e.g. the salt of export pseudonyms). */
  secret(name: string): Promise<string>;

  close(): Promise<void>;
}
