/**
 * GET a JSON document with every failure turned into a clear message: connection errors,
 * timeouts, HTTP errors, rate limits (with Retry-After), redirects off https, oversized,
 * truncated or non-JSON bodies. `fetch` is injected; nothing but GET is ever sent.
 */
import { isAllowedDataUrl } from './urlPolicy';

/**
 * Every request follows no redirect by itself (each hop is checked against the policy), except the probe after a
 * browser's failed fetch (see `browserFailure`): `no-cors` mode, which browsers allow only with `redirect: 'follow'`.
 */
export type FetchLike = (
  url: string,
  init:
    | { method: 'GET'; redirect: 'manual'; signal: AbortSignal; headers: Record<string, string>; mode?: undefined }
    | { method: 'GET'; redirect: 'follow'; signal: AbortSignal; headers: Record<string, string>; mode: 'no-cors' },
) => Promise<Response>;

export type HttpFailure =
  | { kind: 'blocked'; message: string }
  | { kind: 'network'; message: string }
  /** The host answers, but not to a browser: it sends no CORS header (web worker extension host). */
  | { kind: 'crossOrigin'; message: string }
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

/**
 * Whether a fetch failure is a browser's: its `TypeError` ("Failed to fetch" in Chromium, "NetworkError when
 * attempting to fetch resource." in Firefox, "Load failed" in Safari) carries no cause, by design the same
 * for an answer CORS withheld and for a host out of reach. Node's fetch always names the cause (ECONNREFUSED).
 */
export function isBrowserFetchFailure(error: unknown): error is TypeError {
  return error instanceof TypeError && error.cause === undefined;
}

/**
 * A browser's failed fetch, told apart: the same request again in `no-cors` mode (an opaque answer the code
 * cannot read, but which arrives whenever the host answers at all) says whether the host is reachable and
 * CORS withheld the answer, or the host is out of reach. One more request, and only after a failure; its answer
 * is never read, so following a redirect there (as `no-cors` requires) fetches nothing the code uses.
 */
async function browserFailure(url: string, error: TypeError, options: HttpOptions, signal: AbortSignal): Promise<HttpFailure> {
  const answers = await options.fetch(url, { method: 'GET', redirect: 'follow', signal, headers: {}, mode: 'no-cors' }).then(
    async (response) => (await response.body?.cancel(), true),
    () => false,
  );
  return answers
    ? { kind: 'crossOrigin', message: `The browser blocked the answer from ${hostOf(url)} (${error.message}): it sends no Access-Control-Allow-Origin header, and a web extension can only read servers that do` }
    : { kind: 'network', message: `Could not reach ${hostOf(url)} from the browser (${error.message})` };
}

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

/** A body as text, or "not modified" (only when the request was conditional), or why there is none. */
export type BodyResult =
  | { readonly ok: true; readonly notModified: true }
  | { readonly ok: true; readonly notModified: false; readonly text: string; readonly headers: Headers }
  | { readonly ok: false; readonly failure: HttpFailure };

/** `2048 KB`, `8 MB`: a size limit in words. */
function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}

const failed = (failure: HttpFailure): { ok: false; failure: HttpFailure } => ({ ok: false, failure });

/** A 304 to a plain request: it named no copy, so "not modified" cannot be its answer. */
export const notModifiedToPlainRequest = (url: string): HttpFailure => ({ kind: 'http', status: 304, message: `${hostOf(url)} answered "not modified" to a plain request` });

/**
 * The one GET loop of every source: follows at most 3 redirects, each of which must stay allowed, and
 * turns every failure into a message. A 304 (in the redirect range) is "not modified" when
 * `conditional`, else a failure: a plain request cannot be answered with it.
 */
export async function getBody(url: string, options: HttpOptions, headers: Record<string, string>, conditional = false): Promise<BodyResult> {
  const now = options.now ?? Date.now;
  let current = url;
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const seconds = Math.round(options.timeoutMs / 1000);
  // A request that failed after the caller cancelled it, or after its time ran out, is reported as that.
  const stopped = (): HttpFailure | null =>
    options.signal?.aborted ? { kind: 'aborted', message: 'Cancelled' } : timeout.aborted ? { kind: 'timeout', message: `${hostOf(current)} did not answer within ${seconds} s` } : null;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    if (!isAllowedDataUrl(current)) return failed({ kind: 'blocked', message: `Refused to fetch ${current.slice(0, 120)}: only https (or loopback http) sources are allowed` });
    const host = hostOf(current);
    let response: Response;
    try {
      response = await options.fetch(current, { method: 'GET', redirect: 'manual', signal, headers });
    } catch (error) {
      const early = stopped();
      if (early) return failed(early);
      if (isBrowserFetchFailure(error)) {
        const failure = await browserFailure(current, error, options, signal);
        return failed(stopped() ?? failure);
      }
      const cause = error instanceof Error ? ((error.cause as { code?: string } | undefined)?.code ?? error.message) : String(error);
      return failed({ kind: 'network', message: `Could not reach ${host} (${cause})` });
    }
    // A browser hides a redirect's target from `redirect: 'manual'`, so it cannot be checked against the policy.
    if (response.type === 'opaqueredirect') return failed({ kind: 'blocked', message: `${host} redirected, and in a browser the target cannot be checked (https only), so it was not followed` });
    if (response.status === 304) {
      await response.body?.cancel();
      return conditional ? { ok: true, notModified: true } : failed(notModifiedToPlainRequest(current));
    }
    if (response.status >= 300 && response.status < 400) {
      const location = response.headers.get('location');
      if (!location) return failed({ kind: 'http', status: response.status, message: `${host} redirected without a location` });
      current = new URL(location, current).toString();
      continue;
    }
    if (response.status === 429) {
      const wait = retryAfterMs(response.headers.get('retry-after'), now());
      return failed({ kind: 'rateLimited', retryAfterMs: wait, message: `${host} is rate limiting requests; retrying after ${Math.ceil(wait / 1000)} s` });
    }
    if (!response.ok) return failed({ kind: 'http', status: response.status, message: `${host} answered HTTP ${response.status}` });
    let text: string | null;
    try {
      text = await readCapped(response, options.maxBytes);
    } catch {
      return failed(timeout.aborted ? { kind: 'timeout', message: `${host} stopped sending within ${seconds} s` } : { kind: 'network', message: `The connection to ${host} broke off` });
    }
    if (text === null) return failed({ kind: 'tooLarge', message: `${host} sent more than ${sizeText(options.maxBytes)}` });
    return { ok: true, notModified: false, text, headers: response.headers };
  }
  return failed({ kind: 'http', status: 310, message: `Too many redirects from ${hostOf(url)}` });
}

/** GETs `url` and parses JSON (see getBody for the rules). */
export async function getJson(url: string, options: HttpOptions): Promise<HttpResult> {
  const body = await getBody(url, options, { accept: 'application/json' });
  if (!body.ok) return body;
  if (body.notModified) return failed(notModifiedToPlainRequest(url));
  try {
    return { ok: true, json: JSON.parse(body.text) as unknown, bytes: body.text.length };
  } catch {
    return failed({ kind: 'badBody', message: `${hostOf(url)} sent something that is not complete JSON` });
  }
}
