/** HTTP client for /api: JSON in, JSON out, every failure turned into an ApiError with a code. */
import type { Role } from '../../server/contracts/events';

export interface User {
  username: string;
  role: Role;
  group?: string;
}

export class ApiError extends Error {
  constructor(
    /** An ErrorCode from errors.ts, or a client-side one: `network`, `timeout`, `unknown`. */
    readonly code: string,
    message: string,
    readonly status = 0,
    /** The whole JSON error body (e.g. `diagnostics` of a 422 scenario upload). */
    readonly body: Record<string, unknown> | null = null,
  ) {
    super(message);
  }
}

type Json = Record<string, unknown>;

let onUnauthorized: (() => void) | null = null;

/** Called when a request other than login answers 401: the login session has expired. */
export function setUnauthorizedHandler(fn: () => void): void {
  onUnauthorized = fn;
}

export async function request<T extends object>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
  opts: { auth?: boolean; timeoutMs?: number } = {},
): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs ?? 20000);
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: controller.signal,
    });
  } catch (err) {
    const aborted = err instanceof DOMException && err.name === 'AbortError';
    throw new ApiError(aborted ? 'timeout' : 'network', String(err));
  } finally {
    clearTimeout(timer);
  }
  const data = (await res.json().catch(() => null)) as Json | null;
  if (!res.ok || !data || data.ok !== true) {
    const error = (data?.error ?? {}) as { code?: string; message?: string };
    const code = error.code ?? codeOfStatus(res.status);
    if (res.status === 401 && opts.auth !== false && onUnauthorized) onUnauthorized();
    throw new ApiError(code, error.message ?? res.statusText, res.status, data);
  }
  return data as T;
}

function codeOfStatus(status: number): string {
  if (status === 400) return 'bad_request';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 413) return 'too_long';
  if (status === 429) return 'rate_limited';
  if (status === 503) return 'storage_unavailable';
  if (status >= 500) return 'internal';
  return 'unknown';
}

export const api = {
  get: <T extends object>(path: string) => request<T>('GET', path),
  post: <T extends object>(path: string, body?: unknown, opts?: { auth?: boolean }) =>
    request<T>('POST', path, body ?? {}, opts),
  put: <T extends object>(path: string, body: unknown) => request<T>('PUT', path, body),
  patch: <T extends object>(path: string, body: unknown) => request<T>('PATCH', path, body),
};

/** A query string from the non-empty values (`?a=1&b=x`), or '' when all are empty. */
export function query(
  params: Record<string, string | number | boolean | null | undefined>,
): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === null || v === undefined || v === '' || v === false) continue;
    q.set(k, v === true ? '1' : String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}
