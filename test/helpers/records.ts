/** Attempt records for tests of the store, reports and exports. */
import type { Finding } from '../../server/scoring/types';
import type { AttemptRecord, StoredMessage } from '../../server/store/port';

export const ATTEMPT_ID = '00000000-aaaa-bbbb-cccc-000000000001';

/** An exam in play with `messages` lines, customer and agent in turn. */
export function activeAttempt(messages: number, id = ATTEMPT_ID): AttemptRecord {
  return {
    id,
    userId: 'u1',
    username: 'una',
    scenarioId: 'en-double-charge',
    scenarioTitle: 'Charged twice',
    language: 'en',
    mode: 'exam',
    seed: 1,
    status: 'active',
    state: {
      status: 'active',
      step: 'opening',
      mood: 50,
      ending: null,
      outcome: null,
      rng: 1,
      turns: messages,
      stepTurns: {},
      silences: 0,
    },
    messages: Array.from({ length: messages }, (_, i) => ({
      id: `m${i}`,
      seq: i + 1,
      role: i % 2 ? 'agent' : 'customer',
      text: `line ${i}`,
      at: i,
      kind: 'text',
      step: 'opening',
      mood: 50,
    })),
    createdAt: 1,
    updatedAt: 1,
  };
}

let made = 0;

/**
 * An attempt as reports and exports read it: closed a minute after it started (scores 50, outcome
 * success) unless `status` says it is still in play. Each call gets a new id.
 */
export function reportedAttempt(o: {
  createdAt: number;
  status?: 'active' | 'closed';
  messages?: Array<{ role: 'customer' | 'agent'; at: number }>;
  findings?: Finding[];
}): AttemptRecord {
  made++;
  const closed = (o.status ?? 'closed') === 'closed';
  return {
    id: `a${String(made).padStart(8, '0')}-0000-4000-8000-000000000000`,
    userId: 'u1',
    username: 'ann',
    scenarioId: 'sc',
    scenarioTitle: 'Scenario',
    language: 'en',
    mode: 'exam',
    seed: 1,
    status: closed ? 'closed' : 'active',
    state: {
      status: closed ? 'ended' : 'active',
      step: 's',
      mood: 50,
      ending: closed ? 'done' : null,
      outcome: closed ? 'success' : null,
      rng: 1,
      turns: 1,
      stepTurns: {},
      silences: 0,
    },
    messages: (o.messages ?? []).map((m, i): StoredMessage => ({
      id: `m${i}`,
      seq: i + 1,
      text: 'x',
      kind: 'text',
      step: 's',
      mood: 50,
      ...m,
    })),
    ...(closed
      ? {
          result: {
            outcome: 'success' as const,
            ending: 'done',
            closedEarly: false,
            scores: { patience: 50, positive_phrasing: 50, closure: 50, overall: 50 },
            findings: o.findings ?? [],
            scorer: 'lexicon-1',
            scoredAt: '',
          },
          closedAt: o.createdAt + 60_000,
        }
      : {}),
    createdAt: o.createdAt,
    updatedAt: o.createdAt,
  };
}
