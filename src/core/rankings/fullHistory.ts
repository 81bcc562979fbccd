/**
 * One model's whole history from the dataset's `full` split (one `/filter` request), validated into
 * dated entries. Cancellable: the caller's signal aborts the request, and a cancelled fetch is just
 * "no history", never an error.
 */
import { fetchModelHistory, type ArenaEndpoints } from '../sources/arenaSource';
import type { FetchLike, HttpOptions } from '../sources/httpJson';
import { historyRows } from './historyFetch';
import type { RatedEntryWithDate } from './history';

/** The data settings a history fetch reads (a subset of the refresh settings). */
export interface FullHistoryConfig {
  readonly endpoints: ArenaEndpoints;
  readonly offline: boolean;
  readonly timeoutMs: number;
  readonly maxBytes: number;
}

/** Where a history comes from and where a failure is told. */
export interface FullHistorySource {
  readonly fetch: FetchLike;
  /** Read at each fetch, so a changed setting applies to the next one. */
  readonly config: () => FullHistoryConfig;
  /** Why a history could not be had (a failed or refused request; never a cancelled one). */
  readonly log: (message: string) => void;
}

/** A model's dated history in one category, or null: offline, cancelled, or failed (then logged). */
export async function fetchFullHistory(source: FullHistorySource, board: string, category: string, model: string, signal: AbortSignal): Promise<RatedEntryWithDate[] | null> {
  const config = source.config();
  if (config.offline || signal.aborted) return null;
  const http: HttpOptions = { fetch: source.fetch, timeoutMs: config.timeoutMs, maxBytes: config.maxBytes, signal };
  const fetched = await fetchModelHistory(config.endpoints, http, board, category, model);
  // Cancelled (the extension is shutting down): whatever the request ended in is not news.
  if (signal.aborted) return null;
  const rows = fetched.result.ok ? historyRows(fetched.result.value, model, category) : fetched.result;
  if (!rows.ok) {
    source.log(`history of ${model}: ${rows.error}`);
    return null;
  }
  return rows.value;
}
