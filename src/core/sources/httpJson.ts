/**
 * GET a JSON document with every failure turned into a clear message: connection errors,
 * timeouts, HTTP errors, rate limits (with Retry-After), redirects off https, oversized,
 * truncated or non-JSON bodies. `fetch` is injected; nothing but GET is ever sent.
 */
import { isAllowedDataUrl } from './urlPolicy';

export type FetchLike = (url: string, init: { method: 'GET'; redirect: 'manual'; signal: AbortSignal; headers: Record<string, string> }) => Promise<Response>;

export type HttpFailure =
  | { kind: 'blocked'; message: string }
  | { kind: 'network'; message: string }
  | { kind: 'timeout'; message: string }
  | { kind: 'aborted'; message: string }
  | { kind: 'http'; status: number; message: string }
  | { kind: 'rateLimited'; retryAfterMs: number; message: string }
  | { kind: 'tooLarge'; message: string }
  | { kind: 'badBody'; message: string };

export type HttpResult = { ok: true; json: unknown; bytes: number } | { ok: false; failure: HttpFailure };

export interface HttpOptions {
  readonly fetch: FetchLike;
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly signal?: AbortSignal;
  readonly now?: () => number;
}

const MAX_REDIRECTS = 3;
/** Retry-After longer than this is reported as this (a server cannot park us for a day). */
const MAX_RETRY_AFTER_MS = 15 * 60 * 1000;

/** Retry-After in ms from seconds or an HTTP date; 60 s when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number {
  if (header) {
    const seconds = Number(header);
    if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, MAX_RETRY_AFTER_MS);
    const date = Date.parse(header);
    if (Number.isFinite(date)) return Math.min(Math.max(0, date - now), MAX_RETRY_AFTER_MS);
  }
  return 60_000;
}

export const hostOf = (url: string): string => {
  try {
    return new URL(url).host;
  } catch {
    return 'the server';
  }
};

/** Reads a body up to maxBytes; null when it is larger. */
export async function readCapped(response: Response, maxBytes: number): Promise<string | null> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) return null;
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    all.set(c, offset);
    offset += c.byteLength;
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(all);
}

/** GETs `url` and parses JSON, following at most 3 redirects, each of which must stay allowed. */
export async function getJson(url: string, options: HttpOptions): Promise<HttpResult> {
  const now = options.now ?? Date.now;
  let current = url;
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    if (!isAllowedDataUrl(current)) return { ok: false, failure: { kind: 'blocked', message: `Refused to fetch ${current.slice(0, 120)}: only https (or loopback http) sources are allowed` } };
    let response: Response;
    try {
      response = await options.fetch(current, { method: 'GET', redirect: 'manual', signal, headers: { accept: 'application/json' } });
    } catch (error) {
      if (options.signal?.aborted) return { ok: false, failure: { kind: 'aborted', message: 'Cancelled' } };
      if (timeout.aborted) return { ok: false, failure: { kind: 'timeout', message: `${hostOf(current)} did not answer within ${Math.round(options.timeoutMs / 1000)} s` } };
      const cause = error instanceof Error ? ((error.cause as { code?: string } | undefined)?.code ?? error.message) : String(error);
      return { ok: false, failure: { kind: 'network', message: `Could not reach ${hostOf(current)} (${cause})` } };
    }
    if (response.status >= 300 && response.status < 400) {
      const location = response.headers.get('location');
      if (!location) return { ok: false, failure: { kind: 'http', status: response.status, message: `${hostOf(current)} redirected without a location` } };
      current = new URL(location, current).toString();
      continue;
    }
    if (response.status === 429) {
      const wait = retryAfterMs(response.headers.get('retry-after'), now());
      return { ok: false, failure: { kind: 'rateLimited', retryAfterMs: wait, message: `${hostOf(current)} is rate limiting requests; retrying after ${Math.ceil(wait / 1000)} s` } };
    }
    if (!response.ok) return { ok: false, failure: { kind: 'http', status: response.status, message: `${hostOf(current)} answered HTTP ${response.status}` } };
    let text: string | null;
    try {
      text = await readCapped(response, options.maxBytes);
    } catch {
      if (timeout.aborted) return { ok: false, failure: { kind: 'timeout', message: `${hostOf(current)} stopped sending within ${Math.round(options.timeoutMs / 1000)} s` } };
      return { ok: false, failure: { kind: 'network', message: `The connection to ${hostOf(current)} broke off` } };
    }
    if (text === null) return { ok: false, failure: { kind: 'tooLarge', message: `${hostOf(current)} sent more than ${Math.round(options.maxBytes / 1024 / 1024)} MB` } };
    try {
      return { ok: true, json: JSON.parse(text) as unknown, bytes: text.length };
    } catch {
      return { ok: false, failure: { kind: 'badBody', message: `${hostOf(current)} sent something that is not complete JSON` } };
    }
  }
  return { ok: false, failure: { kind: 'http', status: 310, message: `Too many redirects from ${hostOf(url)}` } };
}
