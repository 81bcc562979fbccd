/**
 * A conditional GET of a text file (CSV, or JSON read as text): the validators of the copy already
 * held (ETag, Last-Modified) go out as If-None-Match / If-Modified-Since, and an unchanged file comes
 * back as "not modified" — one small 304 answer with no body. Failures are the ones `getJson` reports,
 * with the same rules: injected `fetch`, GET only, timeouts, size limit, every redirect hop allowed.
 */
import { hostOf, readCapped, retryAfterMs, type HttpFailure, type HttpOptions } from './httpJson';
import { isAllowedDataUrl } from './urlPolicy';

/** What identifies a version of a file to its server. */
export interface Validators {
  readonly etag: string | null;
  readonly lastModified: string | null;
}

export type TextResult =
  | { readonly ok: true; readonly notModified: true }
  | { readonly ok: true; readonly notModified: false; readonly text: string; readonly validators: Validators }
  | { readonly ok: false; readonly failure: HttpFailure };

const MAX_REDIRECTS = 3;
/** Validators are echoed back to the server: anything odd is not sent at all. */
const HEADER_VALUE = /^[\x20-\x7e]{1,200}$/;

const usable = (value: string | null): string | null => (value !== null && HEADER_VALUE.test(value) ? value : null);

/** The conditional headers for a held copy (none without one). */
export function conditionalHeaders(held: Validators | null): Record<string, string> {
  const headers: Record<string, string> = {};
  const etag = usable(held?.etag ?? null);
  const lastModified = usable(held?.lastModified ?? null);
  if (etag) headers['if-none-match'] = etag;
  if (lastModified) headers['if-modified-since'] = lastModified;
  return headers;
}

/** GETs `url` as text; `held` are the validators of the copy already held (null: fetch unconditionally). */
export async function getTextConditional(url: string, held: Validators | null, options: HttpOptions, accept = 'text/csv, text/plain;q=0.9, */*;q=0.1'): Promise<TextResult> {
  const now = options.now ?? Date.now;
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const headers = { accept, ...conditionalHeaders(held) };
  let current = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    if (!isAllowedDataUrl(current)) return { ok: false, failure: { kind: 'blocked', message: `Refused to fetch ${current.slice(0, 120)}: only https (or loopback http) sources are allowed` } };
    let response: Response;
    try {
      response = await options.fetch(current, { method: 'GET', redirect: 'manual', signal, headers });
    } catch (error) {
      if (options.signal?.aborted) return { ok: false, failure: { kind: 'aborted', message: 'Cancelled' } };
      if (timeout.aborted) return { ok: false, failure: { kind: 'timeout', message: `${hostOf(current)} did not answer within ${Math.round(options.timeoutMs / 1000)} s` } };
      const cause = error instanceof Error ? ((error.cause as { code?: string } | undefined)?.code ?? error.message) : String(error);
      return { ok: false, failure: { kind: 'network', message: `Could not reach ${hostOf(current)} (${cause})` } };
    }
    // 304 is in the redirect range but is the answer we hoped for: the held copy is current.
    if (response.status === 304) {
      await response.body?.cancel();
      return held ? { ok: true, notModified: true } : { ok: false, failure: { kind: 'http', status: 304, message: `${hostOf(current)} answered "not modified" to a plain request` } };
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
    if (text === null) return { ok: false, failure: { kind: 'tooLarge', message: `${hostOf(current)} sent more than ${Math.round(options.maxBytes / 1024)} KB` } };
    return { ok: true, notModified: false, text, validators: { etag: usable(response.headers.get('etag')), lastModified: usable(response.headers.get('last-modified')) } };
  }
  return { ok: false, failure: { kind: 'http', status: 310, message: `Too many redirects from ${hostOf(url)}` } };
}
