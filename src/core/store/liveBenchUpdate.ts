/**
 * LiveBench kept up to date: the cached copy is the data until a check brings a better one; a check
 * happens at most daily (hourly after a failure) unless forced; a failed check keeps the last good
 * copy and says why. Clock, storage and fetch are injected (through the cache and `http`).
 */
import { parseLiveBench, type LiveBenchBoard } from '../sources/liveBenchTable';
import { checkLiveBench, type LiveBenchCheckOptions, type LiveBenchCopy } from '../sources/liveBenchSource';
import { liveBenchCheckDue, type LiveBenchCache } from './liveBenchCache';

export interface LiveBenchUpdateOptions extends Omit<LiveBenchCheckOptions, 'now'> {
  readonly now: () => number;
  /** Ask LiveBench even when the last check is recent (a user's explicit refresh). */
  readonly force?: boolean;
  /** Only read the cached copy, never ask (offline). */
  readonly cacheOnly?: boolean;
}

/** What to show, and what happened this time. */
export interface LiveBenchStatus {
  /** The last good board (from this check or the cache); null when there has never been one. */
  readonly board: LiveBenchBoard | null;
  /** When the shown files arrived; null without a board. */
  readonly fetchedAt: number | null;
  /** Whether LiveBench was asked this time. */
  readonly checked: boolean;
  readonly requests: number;
  /** Why this check failed (the board, if any, is the last good one); null when it did not fail. */
  readonly error: string | null;
  readonly retryAfterMs?: number;
  /** For the log: cache problems, listing fallbacks, scores left out. */
  readonly notes: readonly string[];
}

/** Loads the cached copy and, when due (or forced), checks LiveBench and keeps the result. */
export async function updateLiveBench(cache: LiveBenchCache, options: LiveBenchUpdateOptions): Promise<LiveBenchStatus> {
  const state = await cache.read();
  const notes: string[] = state.problem ? [state.problem] : [];
  let held: LiveBenchCopy | null = state.copy;
  let board: LiveBenchBoard | null = null;
  if (held) {
    const parsed = parseLiveBench(held.release, held.table.text, held.categories.text);
    if (parsed.ok) board = parsed.value;
    else {
      notes.push(`LiveBench cache: the held copy is no longer accepted (${parsed.error}); ignored`);
      held = null;
    }
  }
  const now = options.now();
  // A held copy the parser no longer accepts is replaced at once; otherwise the schedule decides.
  const due = (state.copy !== null && held === null) || liveBenchCheckDue(state, now);
  if (options.cacheOnly || (!options.force && !due)) return { board, fetchedAt: held?.fetchedAt ?? null, checked: false, requests: 0, error: null, notes };

  const check = await checkLiveBench(held, { http: options.http, endpoints: options.endpoints, pinnedRelease: options.pinnedRelease, now });
  notes.push(...check.notes);
  if (check.kind === 'failed') {
    // A cancelled check (the extension stopping) is not a failed one: nothing is recorded.
    if (!options.http.signal?.aborted) await cache.write({ copy: held, checkedAt: now, lastCheckFailed: true });
    return { board, fetchedAt: held?.fetchedAt ?? null, checked: true, requests: check.requests, error: check.error, notes, ...(check.retryAfterMs !== undefined ? { retryAfterMs: check.retryAfterMs } : {}) };
  }
  await cache.write({ copy: check.copy, checkedAt: now, lastCheckFailed: false });
  if (check.kind === 'updated') {
    notes.push(...check.board.problems);
    return { board: check.board, fetchedAt: check.copy.fetchedAt, checked: true, requests: check.requests, error: null, notes };
  }
  return { board, fetchedAt: check.copy.fetchedAt, checked: true, requests: check.requests, error: null, notes };
}
