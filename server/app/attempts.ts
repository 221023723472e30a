/**
 * Attempts: the use cases of playing a scenario. Runs the pure engine, stores every message before
 * it is acknowledged, schedules the customer's typing and the trainee's silence on the injected
 * clock, and tells the transport what to emit through the Notifier port.
 */
import { randomInt, randomUUID } from 'node:crypto';
import { AppError } from '../contracts/errors';
import { StoreError } from '../store/durable-file';
import type {
  AttemptDto,
  CommentDto,
  OverrideDto,
  Scores,
  AttemptResult,
  AttemptSummary,
  MessageDto,
  Mode,
  Outcome,
  ReplyFeedback,
} from '../contracts/events';
import { start as startEngine, type Playable } from '../engine/step';
import type { Effect, EngineInput } from '../engine/state';
import type { Scenario } from '../scenarios/schema';
import type { ReplyScore, Scorer, Turn } from '../scoring/types';
import type {
  AttemptRecord,
  AttemptSummaryRecord,
  Store,
  StoredMessage,
  UserRecord,
} from '../store/port';
import { canSeeAttempt, isStaff } from './access';
import {
  afterCursor,
  cursorOf,
  matches,
  newestFirst,
  type AttemptFilter,
  type AttemptPage,
} from './attempt-filter';
import type { Clock, TimerHandle } from './clock';
import { inlineRunner, type EngineRunner } from './engine-runner';
import { forTrainee, type LibraryEntry, type ScenarioLibrary } from './library';

export interface Notifier {
  typing(attemptId: string): void;
  message(attemptId: string, message: MessageDto): void;
  ended(attemptId: string, ending: string, outcome: Outcome): void;
}

export interface AttemptServiceDeps {
  store: Store;
  library: ScenarioLibrary;
  scorer: Scorer;
  clock: Clock;
  notifier: Notifier;
  /** Where the engine and the scorer run (worker threads on a server); inline by default. */
  engine?: EngineRunner;
  /** Simulated typing delays of the customer; off in tests and benchmarks. */
  delays: boolean;
  log: (message: string) => void;
}

/** How long the customer "types" a line: about a fast typist's speed, capped. */
export function typingDelay(text: string): number {
  return Math.min(6000, 700 + text.length * 35);
}

/** An attempt nobody has touched for this long leaves memory; the store still has it. */
const IDLE_MS = 30 * 60_000;
/** Attempts re-scored at once: as many as there can be engine workers. */
const RESCORE_AT_ONCE = 4;
/** Attempt files read at once when recovering after a restart. */
const RECOVER_AT_ONCE = 16;
const SWEEP_EVERY_MS = 60_000;
/** A failed answer to an acknowledged reply is tried again after 1, 2 and 4 seconds. */
const ANSWER_RETRIES = 3;

/** A scenario as an attempt plays it: the compiled engine input, the scenario and its library entry. */
interface Played {
  playable: Playable;
  scenario: Scenario;
  entry: LibraryEntry;
}

/** A library entry as an attempt plays it, or null when it does not compile. */
function played(entry: LibraryEntry): Played | null {
  return entry.playable && entry.scenario
    ? { playable: entry.playable, scenario: entry.scenario, entry }
    : null;
}

export class AttemptService {
  private lastSweep = 0;
  private readonly silence = new Map<string, TimerHandle>();
  private readonly scheduled = new Map<string, TimerHandle[]>();
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly live = new Map<string, AttemptRecord>();
  /** The scenario version each attempt in memory plays (see `playable`); it goes with the record. */
  private readonly pinned = new Map<string, Played>();
  /**
   * What the scorer made of each reply as the engine answered it, by turn, for attempts in memory,
   * with the compiled scenario it was read with: the close scores the transcript without reading
   * those replies again (the same result, a fraction of the work). It goes with the record.
   */
  private readonly assessed = new Map<
    string,
    { playable: Playable; scores: Array<ReplyScore | null> }
  >();
  private closed = false;

  private readonly engine: EngineRunner;

  constructor(private readonly deps: AttemptServiceDeps) {
    this.engine = deps.engine ?? inlineRunner(deps.scorer);
  }

  /**
   * After a restart: re-arm silence timers, answer replies left unanswered and deliver lines whose
   * typing was under way. Only an attempt with lines still to deliver stays in memory; the others
   * are read again when their timer fires or their trainee comes back, so thousands of abandoned
   * chats cost a timer each, not a copy each. Files are read a few at a time.
   */
  async recover(): Promise<number> {
    const open = (await this.deps.store.listAttempts()).filter((s) => s.status !== 'closed');
    let resumed = 0;
    const one = async (id: string) => {
      const record = await this.load(id).catch((error: Error) => {
        this.deps.log(`attempts: cannot recover ${id}: ${error.message}`);
        return null;
      });
      if (!record) return;
      const now = this.deps.clock.now();
      const due = record.messages.filter((m) => m.at > now);
      if (!due.length) this.forget(id);
      if (record.unanswered) this.answerSoon(id);
      this.schedule(record, due, null, now);
      resumed++;
    };
    for (let i = 0; i < open.length; i += RECOVER_AT_ONCE)
      await Promise.all(open.slice(i, i + RECOVER_AT_ONCE).map((s) => one(s.id)));
    return resumed;
  }

  /**
   * Starts an attempt. `join` runs once the attempt exists and before its first lines are
   * delivered, so the caller's connection hears the customer start typing.
   */
  async start(
    user: UserRecord,
    input: { scenarioId: string; mode: Mode; seed?: number },
    join?: (attemptId: string) => unknown,
  ): Promise<AttemptDto> {
    const entry = this.deps.library.get(input.scenarioId);
    if (!entry) throw new AppError('not_found', `no scenario "${input.scenarioId}"`);
    const play = played(entry);
    if (!play) {
      throw new AppError(
        'scenario_invalid',
        `scenario "${input.scenarioId}" does not validate; a trainer must fix it first`,
      );
    }
    if (!this.deps.library.isEnabled(entry.id) && !isStaff(user)) {
      throw new AppError('not_found', `scenario "${input.scenarioId}" is not available`);
    }
    const now = this.deps.clock.now();
    this.sweepIdle(now);
    const seed = input.seed ?? randomInt(0, 2 ** 31);
    const { state, effects } = startEngine(play.playable, seed);
    const record: AttemptRecord = {
      id: randomUUID(),
      userId: user.id,
      username: user.username,
      scenarioId: entry.id,
      scenarioTitle: play.scenario.title,
      language: play.scenario.language,
      mode: input.mode,
      seed,
      ...(entry.version ? { scenarioVersion: entry.version } : {}),
      status: 'active',
      state,
      messages: [],
      ...(user.group ? { group: user.group } : {}),
      ...(isStaff(user) ? { preview: true } : {}),
      createdAt: now,
      updatedAt: now,
    };
    const applied = this.apply(record, effects, now);
    await this.save(record);
    // The first reply finds it here, instead of reading back what was just stored.
    this.live.set(record.id, record);
    this.pinned.set(record.id, play);
    await join?.(record.id);
    // Lines already visible travel in the acknowledgement; only later ones become events.
    this.schedule(
      record,
      applied.lines.filter((l) => l.at > now),
      applied.ended,
      now,
    );
    return this.dto(record);
  }

  resume(user: UserRecord, attemptId: string): Promise<AttemptDto> {
    return this.serial(attemptId, async () => {
      const record = await this.owned(user, attemptId);
      await this.catchUp(record);
      return this.dto(record);
    });
  }

  reply(
    user: UserRecord,
    input: { attemptId: string; text: string; clientId?: string },
  ): Promise<{ message: MessageDto; scores?: ReplyFeedback }> {
    return this.serial(input.attemptId, async () => {
      const { record, seen } = await this.openFor(user, input.attemptId, input.clientId);
      if (seen) return { message: this.messageDto(record, seen) };
      const entry = this.playable(record);
      const now = this.deps.clock.now();
      const history = turnsOf(record.messages);
      const message = this.push(record, {
        role: 'agent',
        text: input.text,
        at: now,
        kind: 'text',
        clientId: input.clientId,
      });
      const applied = await this.respond(
        record,
        entry,
        { type: 'reply', text: input.text, history },
        now,
      );
      const result: { message: MessageDto; scores?: ReplyFeedback } = {
        message: this.messageDto(record, message),
      };
      // Coach mode: the engine's own reading of the reply, so it is scored once.
      if (applied?.score) {
        const turn = record.messages.indexOf(message);
        result.scores = {
          patience: applied.score.patience,
          positive_phrasing: applied.score.positive_phrasing,
          findings: applied.score.findings.map((f) => ({ ...f, turn })),
        };
      }
      return result;
    });
  }

  action(
    user: UserRecord,
    input: { attemptId: string; action: string; clientId?: string },
  ): Promise<{ message: MessageDto }> {
    return this.serial(input.attemptId, async () => {
      const { record, seen } = await this.openFor(user, input.attemptId, input.clientId);
      if (seen) return { message: this.messageDto(record, seen) };
      const entry = this.playable(record);
      const actions = entry.scenario.actions ?? {};
      // Own keys only: `__proto__` or `constructor` is not an action of any scenario.
      const label = Object.hasOwn(actions, input.action) ? actions[input.action] : undefined;
      if (typeof label !== 'string')
        throw new AppError('bad_request', `this scenario has no action "${input.action}"`);
      const now = this.deps.clock.now();
      const message = this.push(record, {
        role: 'agent',
        text: label,
        at: now,
        kind: 'action',
        action: input.action,
        clientId: input.clientId,
      });
      await this.respond(record, entry, { type: 'action', action: input.action }, now);
      return { message: this.messageDto(record, message) };
    });
  }

  close(user: UserRecord, attemptId: string): Promise<AttemptResult> {
    return this.serial(attemptId, async () => {
      const record = await this.owned(user, attemptId);
      if (record.status === 'closed' && record.result) return record.result;
      await this.catchUp(record);
      const entry = this.playable(record);
      const closedEarly = record.status === 'active';
      const known = this.assessed.get(record.id);
      const score = await this.scoreRecord(
        record,
        entry.scenario,
        closedEarly,
        known?.playable === entry.playable ? known.scores : undefined,
      );
      const now = this.deps.clock.now();
      record.result = {
        outcome: record.state.outcome ?? 'failure',
        ending: record.state.ending,
        closedEarly,
        scores: score.scores,
        findings: score.findings,
        scorer: this.deps.scorer.version,
        scoredAt: new Date(now).toISOString(),
      };
      record.status = 'closed';
      record.closedAt = now;
      delete record.silenceDueAt;
      await this.save(record);
      // Only once the close is stored: if it is not, the chat goes on with its lines and silence.
      this.cancelTimers(record.id);
      this.forget(record.id);
      return record.result;
    });
  }

  /** For HTTP: whoever may see the attempt (see access.ts); others get "not found". */
  get(user: UserRecord, attemptId: string): Promise<AttemptDto> {
    // In the attempt's queue like every other operation: a read from the store that started
    // before a write must not put its older copy back in memory afterwards.
    return this.serial(attemptId, async () => {
      const record = await this.visible(user, attemptId);
      return this.dto(record, isStaff(user) && record.userId !== user.id);
    });
  }

  async list(user: UserRecord, filter: AttemptFilter = {}): Promise<AttemptSummary[]> {
    return (await this.listed(user, filter)).map((r) => this.summaryFor(user, r));
  }

  /** One page of the list, newest first (see AttemptPage), with how many match in all. */
  async listPage(
    user: UserRecord,
    filter: AttemptFilter,
    page: AttemptPage,
  ): Promise<{
    attempts: AttemptSummary[];
    total: number;
    remaining: number;
    next: string | null;
  }> {
    const rows = (await this.listed(user, filter)).sort(newestFirst);
    const start = afterCursor(rows, page.before);
    const end = Math.min(rows.length, start + page.limit);
    return {
      attempts: rows.slice(start, end).map((r) => this.summaryFor(user, r)),
      total: rows.length,
      remaining: rows.length - end,
      next: end < rows.length && end > start ? cursorOf(rows[end - 1]!) : null,
    };
  }

  /** Your own attempts always; others' only when they are real trainee attempts (not staff previews). */
  private async listed(user: UserRecord, filter: AttemptFilter): Promise<AttemptSummaryRecord[]> {
    const rows = await this.deps.store.listAttempts(isStaff(user) ? {} : { userId: user.id });
    return rows.filter(
      (r) => (r.userId === user.id || (!r.preview && canSeeAttempt(user, r))) && matches(r, filter),
    );
  }

  private summaryFor(user: UserRecord, r: AttemptSummaryRecord): AttemptSummary {
    return summaryDto(r, !isStaff(user) && r.mode === 'exam' && r.status !== 'closed');
  }

  /** A trainer's comment on one message of an attempt they may see. */
  comment(
    user: UserRecord,
    attemptId: string,
    input: { turn: unknown; text: unknown },
  ): Promise<CommentDto> {
    return this.serial(attemptId, async () => {
      const record = await this.visible(user, attemptId);
      const { turn, text } = input;
      if (
        typeof turn !== 'number' ||
        !Number.isInteger(turn) ||
        turn < 0 ||
        turn >= record.messages.length
      ) {
        throw new AppError(
          'bad_request',
          `turn: the index of a message, 0..${record.messages.length - 1}`,
        );
      }
      if (typeof text !== 'string' || !text.trim() || text.length > 2000) {
        throw new AppError('bad_request', 'text: 1–2000 characters');
      }
      const comment: CommentDto = {
        id: randomUUID(),
        turn,
        text: text.trim(),
        author: user.username,
        at: new Date(this.deps.clock.now()).toISOString(),
      };
      record.comments = [...(record.comments ?? []), comment];
      await this.save(record);
      if (record.status === 'closed') this.forget(record.id);
      return comment;
    });
  }

  /** Overrides scores with a required reason; the original scores stay untouched beside it. */
  override(
    user: UserRecord,
    attemptId: string,
    input: { scores: unknown; reason: unknown },
  ): Promise<OverrideDto> {
    return this.serial(attemptId, async () => {
      const record = await this.visible(user, attemptId);
      if (record.status !== 'closed' || !record.result)
        throw new AppError('conflict', 'only a closed attempt has scores to override');
      const { scores, reason } = input;
      if (typeof reason !== 'string' || reason.trim().length < 3 || reason.length > 1000) {
        throw new AppError('bad_request', 'reason: say why, in 3–1000 characters');
      }
      if (!scores || typeof scores !== 'object' || Array.isArray(scores))
        throw new AppError('bad_request', 'scores: a map of dimension → 0..100');
      const clean: Partial<Scores> = {};
      for (const [k, v] of Object.entries(scores)) {
        if (!['patience', 'positive_phrasing', 'closure', 'overall'].includes(k))
          throw new AppError('bad_request', `scores: unknown dimension "${k}"`);
        if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 100)
          throw new AppError('bad_request', `scores.${k}: a whole number 0..100`);
        (clean as Record<string, number>)[k] = v;
      }
      if (!Object.keys(clean).length)
        throw new AppError('bad_request', 'scores: override at least one dimension');
      const override: OverrideDto = {
        scores: clean,
        reason: reason.trim(),
        author: user.username,
        at: new Date(this.deps.clock.now()).toISOString(),
      };
      record.override = override;
      await this.save(record);
      this.forget(record.id);
      return override;
    });
  }

  /**
   * Recomputes the scores of every closed attempt with the current scorer and the scenario's current
   * rubric; the previous scores move into the result's history. Overrides are left as they are.
   */
  async rescoreAll(
    onProgress?: (done: number, total: number) => void,
  ): Promise<{ rescored: number; skipped: number; scorer: string }> {
    const closed = (await this.deps.store.listAttempts()).filter((s) => s.status === 'closed');
    let rescored = 0;
    let skipped = 0;
    let done = 0;
    let next = 0;
    onProgress?.(0, closed.length);
    // A few attempts at a time, so that every engine worker has one to score.
    let failed = false;
    const lane = async () => {
      while (!failed && next < closed.length) {
        const s = closed[next++]!;
        await this.serial(s.id, async () => {
          const record = await this.deps.store.getAttempt(s.id);
          const entry = record && this.deps.library.get(record.scenarioId);
          if (!record?.result || !entry?.scenario) {
            skipped++;
            return;
          }
          const score = await this.scoreRecord(record, entry.scenario, record.result.closedEarly);
          const { history = [], scores, scorer, scoredAt } = record.result;
          record.result = {
            ...record.result,
            scores: score.scores,
            findings: score.findings,
            scorer: this.deps.scorer.version,
            scoredAt: new Date(this.deps.clock.now()).toISOString(),
            history: [...history, { scores, scorer, ...(scoredAt ? { scoredAt } : {}) }],
          };
          await this.save(record);
          rescored++;
        }).catch((error: unknown) => {
          failed = true; // the other lanes stop after the attempt they are on
          throw error;
        });
        onProgress?.(++done, closed.length);
      }
    };
    await Promise.all(Array.from({ length: RESCORE_AT_ONCE }, lane));
    return { rescored, skipped, scorer: this.deps.scorer.version };
  }

  shutdown(): void {
    this.closed = true;
    for (const id of [...this.silence.keys(), ...this.scheduled.keys()]) this.cancelTimers(id);
  }

  // ---- internals -------------------------------------------------------------------------

  /** Runs one attempt's operations one at a time, in arrival order. */
  private serial<T>(attemptId: string, fn: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(attemptId) ?? Promise.resolve();
    const run = previous.then(fn, fn);
    const tail = run.catch(() => undefined);
    this.queues.set(attemptId, tail);
    void tail.then(() => {
      if (this.queues.get(attemptId) === tail) this.queues.delete(attemptId);
    });
    return run;
  }

  /**
   * After the trainee's input is pushed. Coach mode: the customer answers it and both are stored
   * together (the acknowledgement carries the engine's scores). Exam mode: the input is stored and
   * acknowledged at once, and the answer (the engine's step, its write, the lines) follows as
   * events, next in this attempt's queue: the acknowledgement waits for the disk only, never for
   * the engine. Returns the answer when there is one now.
   */
  private async respond(record: AttemptRecord, entry: Played, input: EngineInput, now: number) {
    if (record.mode === 'coach') return this.answer(record, entry, input, now);
    record.unanswered = true;
    await this.save(record);
    this.answerSoon(record.id);
    return null;
  }

  /** The engine's answer to one input: stepped, stored, and its lines scheduled. */
  private async answer(record: AttemptRecord, entry: Played, input: EngineInput, now: number) {
    const applied = await this.advance(record, entry, input, now);
    await this.save(record);
    this.schedule(record, applied.lines, applied.ended, now);
    return applied;
  }

  private answerSoon(attemptId: string, tries = 0): void {
    void this.serial(attemptId, async () => {
      const record = await this.load(attemptId);
      if (record) await this.catchUp(record);
    }).catch((error: Error) => {
      // Kept as unanswered: tried again in a moment (a worker that died is being replaced), and
      // after that by the silence timer, the trainee's next input or a restart.
      this.deps.log(`attempts: answering ${attemptId} failed: ${error.message}`);
      if (tries >= ANSWER_RETRIES || this.closed) return;
      this.after(attemptId, 1000 * 2 ** tries, () => this.answerSoon(attemptId, tries + 1));
    });
  }

  /** Runs `fn` in `ms` on the clock, as one of the attempt's timers (a close cancels them all). */
  private after(attemptId: string, ms: number, fn: () => void): void {
    const timers = this.scheduled.get(attemptId) ?? [];
    this.scheduled.set(attemptId, timers);
    const handle = this.deps.clock.setTimer(ms, () => {
      timers.splice(timers.indexOf(handle), 1);
      fn();
    });
    timers.push(handle);
  }

  /** Answers a stored, acknowledged input the customer has not answered yet (see `unanswered`). */
  private async catchUp(record: AttemptRecord): Promise<void> {
    if (!record.unanswered || record.status === 'closed' || this.closed) return;
    const entry = this.playable(record);
    const last = record.messages[record.messages.length - 1]!;
    if (last.role !== 'agent') {
      // Only ever the trainee's own last input is answered; anything else is a bug to report.
      delete record.unanswered;
      this.deps.log(`attempts: ${record.id} was marked unanswered after a customer line`);
      return;
    }
    const input: EngineInput =
      last.kind === 'action'
        ? { type: 'action', action: last.action! }
        : { type: 'reply', text: last.text, history: turnsOf(record.messages.slice(0, -1)) };
    // Cleared in memory only: if answering fails, the live copy is dropped and the stored one
    // still says so.
    delete record.unanswered;
    await this.answer(record, entry, input, this.deps.clock.now());
  }

  /**
   * Lets go of attempts abandoned without a close (a closed tab, a lost connection): they would
   * otherwise stay in memory until a restart. One busy with an operation or still delivering lines
   * stays; any later use reads it back from the store. Runs at most once a minute, when an attempt
   * starts.
   */
  private sweepIdle(now: number): void {
    if (now - this.lastSweep < SWEEP_EVERY_MS) return;
    this.lastSweep = now;
    for (const [id, record] of this.live) {
      if (record.updatedAt > now - IDLE_MS || this.queues.has(id)) continue;
      if (this.scheduled.get(id)?.length) continue;
      this.forget(id);
      this.scheduled.delete(id);
    }
  }

  private async load(attemptId: string): Promise<AttemptRecord | null> {
    const cached = this.live.get(attemptId);
    if (cached) return cached;
    let record: AttemptRecord | null;
    try {
      record = await this.deps.store.getAttempt(attemptId);
    } catch (error) {
      if (error instanceof StoreError) {
        this.deps.log(`attempts: ${error.message}`);
        throw new AppError(
          'storage_unavailable',
          error.kind === 'corrupt'
            ? 'this attempt was damaged on disk and has been set aside; an administrator has the details'
            : 'this attempt cannot be read right now',
        );
      }
      throw error;
    }
    if (record && record.status !== 'closed') {
      this.live.set(attemptId, record);
      // Read back after a restart or a long idle: it goes on with the version it started with, if
      // a trainer has saved another since and the one it played is still kept.
      const version = record.scenarioVersion;
      const current = this.deps.library.get(record.scenarioId);
      if (version && current && current.version !== version && !this.pinned.has(attemptId)) {
        const earlier = await this.deps.library.atVersion(record.scenarioId, version);
        const found = earlier && played(earlier);
        if (found) this.pinned.set(attemptId, found);
      }
    }
    return record;
  }

  /**
   * The whole transcript scored with the scenario's current phrases and rubric; `replyScores` are
   * the replies already read with that scenario (see `assessed`).
   */
  private scoreRecord(
    record: AttemptRecord,
    scenario: Scenario,
    closedEarly: boolean,
    replyScores?: Array<ReplyScore | null>,
  ) {
    return this.engine.scoreTranscript({
      lang: record.language,
      turns: turnsOf(record.messages),
      phrases: scenario.phrases,
      rubric: scenario.rubric,
      endedAt: record.endedAt,
      outcome: record.state.outcome ?? undefined,
      closedEarly,
      ...(replyScores ? { replyScores } : {}),
    });
  }

  /**
   * The trainee's own attempt, ready for their next input: a `clientId` already stored returns that
   * message (the retry of an acknowledged send); a closed chat takes no more.
   */
  private async openFor(
    user: UserRecord,
    attemptId: string,
    clientId?: string,
  ): Promise<{ record: AttemptRecord; seen?: StoredMessage }> {
    const record = await this.owned(user, attemptId);
    const seen = clientId ? record.messages.find((m) => m.clientId === clientId) : undefined;
    if (seen) return { record, seen };
    if (record.status === 'closed') throw new AppError('attempt_closed', 'this chat is closed');
    await this.catchUp(record);
    return { record };
  }

  /** An attempt this user may see (see access.ts); others do not exist for them. */
  private async visible(user: UserRecord, attemptId: string): Promise<AttemptRecord> {
    const record = await this.load(attemptId);
    if (!record || !canSeeAttempt(user, record)) throw new AppError('not_found', 'no such attempt');
    return record;
  }

  private async owned(user: UserRecord, attemptId: string): Promise<AttemptRecord> {
    const record = await this.load(attemptId);
    // A foreign attempt is indistinguishable from a missing one.
    if (!record || record.userId !== user.id) throw new AppError('not_found', 'no such attempt');
    return record;
  }

  /** Lets go of an attempt held in memory, and of the scenario version it was playing. */
  private forget(attemptId: string): void {
    this.live.delete(attemptId);
    this.pinned.delete(attemptId);
    this.assessed.delete(attemptId);
  }

  /**
   * The scenario an attempt plays: the version it started with, so a trainer saving or restoring a
   * version does not pull the steps from under a chat in progress. An attempt read back later (after
   * a restart or a long idle) finds that version among the kept uploads or the bundled file (see
   * `load`); only when it is kept nowhere does it play the library's version, and if its step is
   * gone from that one, the trainee is told, not left with a broken chat.
   */
  private playable(record: AttemptRecord): Played {
    const pinned = this.pinned.get(record.id);
    if (pinned) return pinned;
    const entry = this.deps.library.get(record.scenarioId);
    const found = entry && played(entry);
    if (!found) {
      throw new AppError(
        'scenario_invalid',
        `scenario "${record.scenarioId}" is no longer playable`,
      );
    }
    if (record.state.status === 'active' && !Object.hasOwn(found.scenario.steps, record.state.step))
      throw new AppError(
        'scenario_invalid',
        `scenario "${record.scenarioId}" was changed while this chat was open and its step "${record.state.step}" is gone; close this chat and start again`,
      );
    if (record.status !== 'closed' && this.live.has(record.id)) this.pinned.set(record.id, found);
    return found;
  }

  private async save(record: AttemptRecord): Promise<void> {
    record.updatedAt = this.deps.clock.now();
    try {
      await this.deps.store.putAttempt(record);
    } catch (error) {
      this.deps.log(`attempts: cannot store ${record.id}: ${(error as Error).message}`);
      // Keep memory in step with disk: the next operation reloads what was really stored.
      this.forget(record.id);
      throw new AppError(
        'storage_unavailable',
        'your message could not be saved; please try again',
      );
    }
  }

  private push(
    record: AttemptRecord,
    m: Omit<StoredMessage, 'id' | 'seq' | 'step' | 'mood'>,
  ): StoredMessage {
    const message: StoredMessage = {
      id: randomUUID(),
      seq: record.messages.length + 1,
      step: record.state.step,
      mood: record.state.mood,
      ...Object.fromEntries(Object.entries(m).filter(([, v]) => v !== undefined)),
    } as StoredMessage;
    record.messages.push(message);
    return message;
  }

  private async advance(record: AttemptRecord, entry: Played, input: EngineInput, now: number) {
    const wasActive = record.state.status === 'active';
    let result: Awaited<ReturnType<EngineRunner['step']>>;
    try {
      result = await this.engine.step(entry.playable, record.state, input);
    } catch (error) {
      // Nothing of this input was stored: the next operation starts again from the stored attempt.
      this.forget(record.id);
      throw error;
    }
    const { state, effects } = result;
    record.state = state;
    if (wasActive && state.status === 'ended') record.endedAt = record.messages.length;
    const turn = record.messages.length - 1;
    const last = record.messages[turn];
    if (last?.role === 'agent' && last.mood !== state.mood) last.mood = state.mood;
    const applied = this.apply(record, effects, now);
    if (applied.score && input.type === 'reply')
      this.remember(record.id, entry, turn, applied.score);
    return applied;
  }

  /** Keeps a reply's score for the close (see `assessed`); only for an attempt kept in memory. */
  private remember(attemptId: string, entry: Played, turn: number, score: ReplyScore): void {
    if (!this.live.has(attemptId)) return;
    let known = this.assessed.get(attemptId);
    if (known?.playable !== entry.playable)
      this.assessed.set(attemptId, (known = { playable: entry.playable, scores: [] }));
    while (known.scores.length < turn) known.scores.push(null);
    known.scores[turn] = score;
  }

  /** Turns engine effects into stored lines with their times; returns what to deliver. */
  private apply(record: AttemptRecord, effects: Effect[], now: number) {
    let t = now;
    let hint: string | undefined;
    const lines: StoredMessage[] = [];
    let ended: { ending: string; outcome: Outcome; at: number } | null = null;
    let score: ReplyScore | undefined;
    for (const effect of effects) {
      if (effect.type === 'assessed') score = effect.score;
      else if (effect.type === 'enter') hint = effect.hint;
      else if (effect.type === 'say') {
        t += this.deps.delays ? typingDelay(effect.text) : 0;
        const line = this.push(record, {
          role: 'customer',
          text: effect.text,
          at: t,
          kind: 'text',
          hint,
        });
        line.step = effect.step;
        line.mood = effect.mood;
        hint = undefined;
        lines.push(line);
      } else if (effect.type === 'end') {
        record.status = 'ended';
        ended = { ending: effect.ending, outcome: effect.outcome, at: t };
      } else if (effect.type === 'wait') {
        record.silenceDueAt = t + effect.seconds * 1000;
      }
    }
    if (record.status !== 'active') delete record.silenceDueAt;
    return { lines, ended, score };
  }

  /** Delivers lines at their times (typing first), the ending after its line, and arms silence. */
  private schedule(
    record: AttemptRecord,
    lines: StoredMessage[],
    ended: { ending: string; outcome: Outcome; at: number } | null,
    now: number,
  ): void {
    if (this.closed) return;
    const { notifier } = this.deps;
    const id = record.id;
    const later = (at: number, fn: () => void) => (at <= now ? fn() : this.after(id, at - now, fn));
    let typingFrom = now;
    for (const line of lines) {
      later(typingFrom, () => notifier.typing(id));
      later(line.at, () => notifier.message(id, this.messageDto(record, line)));
      typingFrom = line.at;
    }
    if (ended) later(ended.at, () => notifier.ended(id, ended.ending, ended.outcome));
    this.armSilence(record, now);
  }

  private armSilence(record: AttemptRecord, now: number): void {
    this.silence.get(record.id)?.cancel();
    this.silence.delete(record.id);
    const due = record.silenceDueAt;
    if (due === undefined || record.status !== 'active') return;
    this.silence.set(
      record.id,
      this.deps.clock.setTimer(Math.max(0, due - now), () => {
        this.silence.delete(record.id);
        void this.serial(record.id, () => this.fireSilence(record.id, due)).catch((error: Error) =>
          this.deps.log(`attempts: silence on ${record.id} failed: ${error.message}`),
        );
      }),
    );
  }

  private async fireSilence(attemptId: string, due: number): Promise<void> {
    const record = await this.load(attemptId);
    // A reply or a restart may have moved the deadline since this timer was set.
    if (!record || record.status !== 'active' || record.silenceDueAt !== due || this.closed) return;
    // The trainee did write: a stored reply the customer has not answered yet (it was on its way,
    // or answering it failed) is answered now, and the silence never happened.
    if (record.unanswered) return this.catchUp(record);
    await this.answer(record, this.playable(record), { type: 'silence' }, this.deps.clock.now());
  }

  private cancelTimers(attemptId: string): void {
    this.silence.get(attemptId)?.cancel();
    this.silence.delete(attemptId);
    for (const t of this.scheduled.get(attemptId) ?? []) t.cancel();
    this.scheduled.delete(attemptId);
  }

  private messageDto(record: AttemptRecord, m: StoredMessage): MessageDto {
    const dto: MessageDto = {
      id: m.id,
      seq: m.seq,
      role: m.role,
      text: m.text,
      at: new Date(m.at).toISOString(),
      kind: m.kind,
    };
    if (m.action) dto.action = m.action;
    if (m.clientId) dto.clientId = m.clientId;
    if (record.mode === 'coach') {
      dto.mood = m.mood;
      if (m.hint) dto.hint = m.hint;
    }
    return dto;
  }

  private dto(record: AttemptRecord, everything = false): AttemptDto {
    const now = this.deps.clock.now();
    // The version the chat plays: its brief and actions, not a newer version's.
    const entry = this.pinned.get(record.id)?.entry ?? this.deps.library.get(record.scenarioId);
    const scenario = entry?.scenario
      ? forTrainee({ ...entry, scenario: entry.scenario })
      : {
          id: record.scenarioId,
          title: record.scenarioTitle,
          language: record.language,
          difficulty: 3,
          tags: [],
          valid: false,
          brief: '',
          context: {},
          persona: { name: '' },
          actions: [],
        };
    // Lines still being "typed" arrive as events; a closed attempt shows everything.
    const visible = record.messages.filter(
      (m) => everything || record.status === 'closed' || m.at <= now,
    );
    const dto: AttemptDto = {
      id: record.id,
      scenario,
      mode: record.mode,
      status: record.status,
      messages: visible.map((m) => this.messageDto(record, m)),
      ending:
        record.state.ending && record.state.outcome
          ? { name: record.state.ending, outcome: record.state.outcome }
          : null,
      startedAt: new Date(record.createdAt).toISOString(),
    };
    if (record.mode === 'coach' || record.status === 'closed') dto.mood = record.state.mood;
    if (record.result) dto.result = record.result;
    if (record.comments?.length) dto.comments = record.comments;
    if (record.override) dto.override = record.override;
    if (everything) {
      dto.username = record.username;
      if (record.group) dto.group = record.group;
    }
    return dto;
  }
}

/** The transcript as the engine and the scorer read it; buttons become `<action:ID>` markers. */
export function turnsOf(messages: readonly StoredMessage[]): Turn[] {
  return messages.map((m) => ({
    role: m.role,
    text: m.kind === 'action' ? `<action:${m.action}>` : m.text,
  }));
}

/** `hideMood`: an exam still in play keeps its mood meter from the trainee, in lists too. */
function summaryDto(s: AttemptSummaryRecord, hideMood = false): AttemptSummary {
  return {
    id: s.id,
    scenarioId: s.scenarioId,
    scenarioTitle: s.scenarioTitle,
    language: s.language,
    username: s.username,
    mode: s.mode,
    status: s.status,
    outcome: s.outcome,
    scores: s.scores,
    startedAt: new Date(s.createdAt).toISOString(),
    closedAt: s.closedAt === null ? null : new Date(s.closedAt).toISOString(),
    ...(s.group ? { group: s.group } : {}),
    ...(s.override ? { override: s.override } : {}),
    handleSeconds:
      s.handleMs === null || s.handleMs === undefined ? null : Math.round(s.handleMs / 1000),
    firstReplySeconds:
      s.firstReplyMs === null || s.firstReplyMs === undefined
        ? null
        : Math.round(s.firstReplyMs / 1000),
    ...(hideMood ? {} : { finalMood: s.finalMood }),
    ending: s.ending ?? null,
  };
}
