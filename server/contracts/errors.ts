/** Every error code a client or user can see. One place, so the UI can translate each. */
export const ERROR_CODES = {
  bad_request: 'bad_request',
  unauthorized: 'unauthorized',
  /** A login with the right password to an account an admin has deactivated. */
  account_disabled: 'account_disabled',
  forbidden: 'forbidden',
  not_found: 'not_found',
  conflict: 'conflict',
  too_long: 'too_long',
  rate_limited: 'rate_limited',
  attempt_closed: 'attempt_closed',
  scenario_invalid: 'scenario_invalid',
  storage_unavailable: 'storage_unavailable',
  internal: 'internal',
} as const;
export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

export interface ErrorBody {
  ok: false;
  error: { code: ErrorCode; message: string };
}

/** A known failure: its code and message may cross the wire. Anything else becomes `internal`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly status = statusOf(code),
  ) {
    super(message);
  }
}

export function statusOf(code: ErrorCode): number {
  switch (code) {
    case 'bad_request':
    case 'too_long':
    case 'scenario_invalid':
      return 400;
    case 'unauthorized':
    case 'account_disabled':
      return 401;
    case 'forbidden':
      return 403;
    case 'not_found':
      return 404;
    case 'conflict':
    case 'attempt_closed':
      return 409;
    case 'rate_limited':
      return 429;
    case 'storage_unavailable':
      return 503;
    default:
      return 500;
  }
}
