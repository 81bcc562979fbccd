/**
 * One check of LiveBench, given the copy already held:
 * 1. the release listing, conditionally — unchanged (304) means no file changed: done, one request;
 * 2. otherwise the newest release's two files, each skipped when the listing shows its blob unchanged,
 *    else fetched conditionally (304 keeps the held text);
 * 3. new text is parsed and validated before it replaces anything.
 * When the listing cannot be read (GitHub's API rate limit, an outage) the last known release's files
 * are checked directly, so LiveBench data still refreshes; a pinned release skips the listing.
 */
import type { HttpFailure, HttpOptions } from './httpJson';
import { getTextConditional, type Validators } from './httpText';
import { parseLiveBench, type LiveBenchBoard } from './liveBenchTable';
import { KNOWN_RELEASE, categoriesFile, isRelease, newestListedRelease, tableFile, type ListedRelease } from './liveBenchReleases';

export interface LiveBenchEndpoints {
  /** GitHub's contents listing of the site's `public/` folder. */
  readonly listingUrl: string;
  /** The folder the two files are read from (no trailing slash). */
  readonly filesBase: string;
}

/** The site repository on GitHub, from the API's and the raw files' base URLs: listing and files from the same branch, so they agree. */
export function liveBenchEndpoints(gitHubApi: string, gitHubRaw: string): LiveBenchEndpoints {
  return {
    listingUrl: `${gitHubApi}/repos/LiveBench/livebench.github.io/contents/public?ref=main`,
    filesBase: `${gitHubRaw}/LiveBench/livebench.github.io/main/public`,
  };
}

export const LIVEBENCH_ENDPOINTS: LiveBenchEndpoints = liveBenchEndpoints('https://api.github.com', 'https://raw.githubusercontent.com');

/** The table is ~21 KB; anything near this is not the leaderboard. */
export const LIVEBENCH_MAX_BYTES = 2 * 1024 * 1024;

/** A held file: its text and what identifies its version (blob sha from the listing, HTTP validators). */
export interface LiveBenchFile extends Validators {
  readonly text: string;
  readonly sha: string | null;
}

/** The last good copy of a release: the two files as LiveBench published them. */
export interface LiveBenchCopy {
  readonly release: string;
  /** ETag of the listing these files are known to match (null: check the listing in full next time). */
  readonly listingEtag: string | null;
  readonly table: LiveBenchFile;
  readonly categories: LiveBenchFile;
  /** When a file of this copy last arrived (ms since epoch). */
  readonly fetchedAt: number;
}

export type LiveBenchCheck =
  /** Nothing new: `copy` is the held copy, with the listing's ETag brought up to date. */
  | { readonly kind: 'unchanged'; readonly copy: LiveBenchCopy; readonly requests: number; readonly notes: readonly string[] }
  | { readonly kind: 'updated'; readonly copy: LiveBenchCopy; readonly board: LiveBenchBoard; readonly requests: number; readonly notes: readonly string[] }
  /** The held copy stays; `error` names LiveBench and says what went wrong. */
  | { readonly kind: 'failed'; readonly error: string; readonly requests: number; readonly retryAfterMs?: number; readonly notes: readonly string[] };

export interface LiveBenchCheckOptions {
  readonly http: HttpOptions;
  readonly endpoints: LiveBenchEndpoints;
  /** A release chosen by the user (`YYYY_MM_DD`); null to follow the newest. */
  readonly pinnedRelease: string | null;
  readonly now: number;
}

/** Failures that the files would meet as well: no point trying them after the listing. */
const FATAL: readonly HttpFailure['kind'][] = ['aborted', 'network', 'crossOrigin', 'timeout', 'blocked'];

const failed = (error: string, requests: number, notes: readonly string[], failure?: HttpFailure): LiveBenchCheck => ({
  kind: 'failed',
  error: `LiveBench: ${error}`,
  requests,
  notes,
  ...(failure?.kind === 'rateLimited' ? { retryAfterMs: failure.retryAfterMs } : {}),
});

type Fetched = { readonly file: LiveBenchFile; readonly fresh: boolean } | { readonly failure: HttpFailure };

/** Checks LiveBench against `held` (null: nothing held yet) and returns what to keep. */
export async function checkLiveBench(held: LiveBenchCopy | null, options: LiveBenchCheckOptions): Promise<LiveBenchCheck> {
  const http: HttpOptions = { ...options.http, maxBytes: Math.min(options.http.maxBytes, LIVEBENCH_MAX_BYTES) };
  const notes: string[] = [];
  let requests = 0;
  let target: ListedRelease | null = null;
  let listingEtag: string | null = null;
  if (options.pinnedRelease !== null) {
    if (!isRelease(options.pinnedRelease)) return failed(`'${options.pinnedRelease.slice(0, 40)}' is not a release (YYYY_MM_DD)`, 0, notes);
    target = { release: options.pinnedRelease, tableSha: null, categoriesSha: null };
  } else {
    const sentEtag = held?.listingEtag ?? null;
    const listing = await getTextConditional(options.endpoints.listingUrl, sentEtag ? { etag: sentEtag, lastModified: null } : null, http, 'application/vnd.github+json, application/json;q=0.9');
    requests++;
    if (listing.ok && listing.notModified && held) return { kind: 'unchanged', copy: held, requests, notes };
    if (listing.ok && !listing.notModified) {
      target = newestListedRelease(parseJson(listing.text));
      // Only a listing that was understood may stand for the files next time.
      listingEtag = target ? listing.validators.etag : null;
      if (!target) notes.push('LiveBench: the list of releases has no release with both files; checking the last known release');
    } else if (!listing.ok) {
      if (FATAL.includes(listing.failure.kind)) return failed(`could not read the list of releases: ${listing.failure.message}`, requests, notes, listing.failure);
      notes.push(`LiveBench: could not read the list of releases (${listing.failure.message}); checking the last known release`);
    }
  }
  // Without a listing the shas are unknown; the held release (or the one known when this was written) is checked.
  target ??= { release: held?.release ?? KNOWN_RELEASE, tableSha: null, categoriesSha: null };
  const same = held?.release === target.release ? held : null;
  const base = `${options.endpoints.filesBase}/`;
  const table = await fileOf(same?.table ?? null, target.tableSha, `${base}${tableFile(target.release)}`, http, 'text/csv, text/plain;q=0.9, */*;q=0.1');
  requests += table.requests;
  if ('failure' in table.result) return failed(`the table could not be read: ${table.result.failure.message}`, requests, notes, table.result.failure);
  // Without shas, an unchanged table stands for both files: they are published together (see docs-benchmarks.md).
  const categories =
    target.categoriesSha === null && same && !table.result.fresh && table.requests > 0
      ? { result: { file: same.categories, fresh: false }, requests: 0, consistent: true }
      : await fileOf(same?.categories ?? null, target.categoriesSha, `${base}${categoriesFile(target.release)}`, http, 'application/json, text/plain;q=0.9');
  requests += categories.requests;
  if ('failure' in categories.result) return failed(`the categories file could not be read: ${categories.result.failure.message}`, requests, notes, categories.result.failure);
  // The listing's ETag is kept only when both files match it; else the next check reads the listing again.
  const etag = table.consistent && categories.consistent ? listingEtag : (held?.listingEtag ?? null);
  if (same && !table.result.fresh && !categories.result.fresh) return { kind: 'unchanged', copy: { ...same, listingEtag: etag, table: table.result.file, categories: categories.result.file }, requests, notes };
  const board = parseLiveBench(target.release, table.result.file.text, categories.result.file.text);
  if (!board.ok) return { kind: 'failed', error: board.error, requests, notes };
  const copy: LiveBenchCopy = { release: target.release, listingEtag: etag, table: table.result.file, categories: categories.result.file, fetchedAt: options.now };
  return { kind: 'updated', copy, board: board.value, requests, notes };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/**
 * One file: the held one when the listing shows the same blob (no request), else a conditional GET.
 * `consistent` says whether what is held afterwards is the blob the listing names.
 */
async function fileOf(held: LiveBenchFile | null, listedSha: string | null, url: string, http: HttpOptions, accept: string): Promise<{ result: Fetched; requests: number; consistent: boolean }> {
  if (held && listedSha !== null && held.sha === listedSha) return { result: { file: held, fresh: false }, requests: 0, consistent: true };
  const got = await getTextConditional(url, held, http, accept);
  if (!got.ok) return { result: { failure: got.failure }, requests: 1, consistent: false };
  if (got.notModified) {
    if (!held) return { result: { failure: { kind: 'http', status: 304, message: 'not modified without a held copy' } }, requests: 1, consistent: false };
    // A copy read without a listing has no sha: the 304 vouches for it, and it takes the listed one.
    if (held.sha === null) return { result: { file: { ...held, sha: listedSha }, fresh: false }, requests: 1, consistent: true };
    // A 304 although the listing names another blob: a cache in between is behind; keep the held text and look again next time.
    return { result: { file: held, fresh: false }, requests: 1, consistent: listedSha === null || listedSha === held.sha };
  }
  return { result: { file: { text: got.text, sha: listedSha, ...got.validators }, fresh: true }, requests: 1, consistent: true };
}
