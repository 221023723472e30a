/** Socket payloads are parsed once, here, at the edge. */
import { z } from 'zod';
import { AppError } from '../contracts/errors';
import { LIMITS } from '../contracts/events';

const id = z.string().min(1).max(100);
const clientId = z.string().min(1).max(LIMITS.clientIdChars).optional();

export const Payloads = {
  'attempt:start': z.strictObject({
    scenarioId: id,
    mode: z.enum(['coach', 'exam']),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31)
      .optional(),
  }),
  'attempt:resume': z.strictObject({ attemptId: id }),
  'agent:message': z.strictObject({
    attemptId: id,
    text: z.string(),
    clientId,
  }),
  'agent:action': z.strictObject({ attemptId: id, action: z.string().min(1).max(100), clientId }),
  'attempt:close': z.strictObject({ attemptId: id }),
} as const;

export type EventName = keyof typeof Payloads;

/** Parses a payload or throws a `bad_request` / `too_long` AppError that says what is wrong. */
export function parsePayload<E extends EventName>(
  event: E,
  payload: unknown,
): z.infer<(typeof Payloads)[E]> {
  if (
    event === 'agent:message' &&
    payload &&
    typeof payload === 'object' &&
    typeof (payload as { text?: unknown }).text === 'string'
  ) {
    const text = (payload as { text: string }).text;
    if (text.length > LIMITS.messageChars) {
      throw new AppError(
        'too_long',
        `the message is ${text.length} characters; the limit is ${LIMITS.messageChars}`,
      );
    }
    if (!text.trim()) throw new AppError('bad_request', 'the message is empty');
  }
  const parsed = Payloads[event].safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? issue.path.join('.') : 'payload';
    throw new AppError('bad_request', `${event}: ${where}: ${issue.message}`);
  }
  return parsed.data as z.infer<(typeof Payloads)[E]>;
}
