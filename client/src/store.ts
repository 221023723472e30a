/** Client-side persistence: the outbox of unacknowledged messages, drafts, coach feedback. */
import type { AttemptDto, ReplyFeedback } from '../../server/contracts/events';
import { storage } from './dom';

export interface OutboxItem {
  clientId: string;
  kind: 'text' | 'action';
  /** The message text, or the action's label. */
  text: string;
  action?: string;
  createdAt: string;
  status: 'sending' | 'failed';
  /** Error code of the last failed attempt to send. */
  error?: string;
}

const CURRENT_KEY = 'sparring.currentAttempt';

/** Every unacknowledged trainee message of one attempt, kept in localStorage until acked. */
export class Outbox {
  private readonly key: string;

  constructor(readonly attemptId: string) {
    this.key = `sparring.outbox.${attemptId}`;
  }

  list(): OutboxItem[] {
    const items = storage.get<OutboxItem[]>(this.key, []);
    return Array.isArray(items) ? items : [];
  }

  private save(items: OutboxItem[]): void {
    if (items.length === 0) storage.remove(this.key);
    else storage.set(this.key, items);
  }

  add(item: OutboxItem): void {
    this.save([...this.list().filter((i) => i.clientId !== item.clientId), item]);
  }

  update(clientId: string, patch: Partial<OutboxItem>): void {
    this.save(this.list().map((i) => (i.clientId === clientId ? { ...i, ...patch } : i)));
  }

  remove(clientId: string): void {
    this.save(this.list().filter((i) => i.clientId !== clientId));
  }

  has(clientId: string): boolean {
    return this.list().some((i) => i.clientId === clientId);
  }

  clear(): void {
    storage.remove(this.key);
  }
}

export const drafts = {
  get: (attemptId: string): string => storage.get<string>(`sparring.draft.${attemptId}`, ''),
  set: (attemptId: string, text: string): void => {
    if (text) storage.set(`sparring.draft.${attemptId}`, text);
    else storage.remove(`sparring.draft.${attemptId}`);
  },
};

/** Coach feedback per agent message id (the server sends it only in the ack). */
export const feedbackStore = {
  get: (attemptId: string): Record<string, ReplyFeedback> =>
    storage.get<Record<string, ReplyFeedback>>(`sparring.feedback.${attemptId}`, {}),
  set: (attemptId: string, messageId: string, fb: ReplyFeedback): void => {
    const all = feedbackStore.get(attemptId);
    all[messageId] = fb;
    storage.set(`sparring.feedback.${attemptId}`, all);
  },
};

/** The attempt in progress, per user, so the picker can offer to continue it. */
export const currentAttempt = {
  get: (username: string | undefined): string | null => {
    const v = storage.get<{ id?: string; username?: string } | null>(CURRENT_KEY, null);
    return v && v.id && v.username === username ? v.id : null;
  },
  set: (username: string, id: string): void => storage.set(CURRENT_KEY, { id, username }),
  clear: (id?: string): void => {
    const v = storage.get<{ id?: string } | null>(CURRENT_KEY, null);
    if (id === undefined || v?.id === id) storage.remove(CURRENT_KEY);
  },
};

/** Forget everything kept for a closed attempt. */
export function forgetAttempt(attemptId: string): void {
  new Outbox(attemptId).clear();
  drafts.set(attemptId, '');
  storage.remove(`sparring.feedback.${attemptId}`);
  currentAttempt.clear(attemptId);
}

/** An attempt just returned by attempt:start, handed from one screen to the next. */
let handoff: AttemptDto | null = null;
export function handOff(a: AttemptDto): void {
  handoff = a;
}
export function takeHandoff(id: string): AttemptDto | null {
  const a = handoff && handoff.id === id ? handoff : null;
  handoff = null;
  return a;
}
