/**
 * A conditional GET of a text file (CSV, or JSON read as text): the validators of the copy already
 * held (ETag, Last-Modified) go out as If-None-Match / If-Modified-Since, and an unchanged file comes
 * back as "not modified" — one small 304 answer with no body. Failures are the ones `getJson` reports,
 * with the same rules: injected `fetch`, GET only, timeouts, size limit, every redirect hop allowed.
 */
import { getBody, notModifiedToPlainRequest, type HttpFailure, type HttpOptions } from './httpJson';

/** What identifies a version of a file to its server. */
export interface Validators {
  readonly etag: string | null;
  readonly lastModified: string | null;
}

export type TextResult =
  | { readonly ok: true; readonly notModified: true }
  | { readonly ok: true; readonly notModified: false; readonly text: string; readonly validators: Validators }
  | { readonly ok: false; readonly failure: HttpFailure };

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
  const body = await getBody(url, options, { accept, ...conditionalHeaders(held) }, true);
  if (!body.ok) return body;
  if (body.notModified) {
    return held ? body : { ok: false, failure: notModifiedToPlainRequest(url) };
  }
  return { ok: true, notModified: false, text: body.text, validators: { etag: usable(body.headers.get('etag')), lastModified: usable(body.headers.get('last-modified')) } };
}
