/**
 * Brings the boards up to date: one small revision check, boards only when the dataset moved,
 * prices at most daily. Concurrent refreshes share one run; a failure never replaces good data,
 * one board failing does not stop the others, and nothing (a source, the disk, a bug) makes a
 * run reject: every failure comes back in the outcome.
 */
import { ingestArenaRows } from '../sources/arenaIngest';
import { fetchBoardRows, fetchDatasetRevision, type ArenaEndpoints } from '../sources/arenaSource';
import type { CacheState, CacheStore } from '../store/cacheStore';
import type { FetchLike, HttpOptions } from '../sources/httpJson';
import type { Board, LeaderboardData, OpenRouterBenchmarkSet } from '../boards/leaderboard';
import type { LeaderboardStore } from '../store/leaderboardStore';
import { matchPrices } from '../models/modelMatching';
import type { OpenRouterPrice } from '../sources/openRouterSchema';
import { fetchOpenRouterModels } from '../sources/openRouterSource';
import { benchmarkSet } from '../store/benchmarkCodec';
import { boardTitle } from '../boards/boardCatalog';
import { describeThrown, sourceFailureKind, type RefreshFailure } from './refreshFailure';
import { isoDay } from '../../shared/textFormat';

export interface BoardRequest {
  readonly id: string;
  /** Categories to fetch, or null for all. */
  readonly categories: readonly string[] | null;
}

export interface RefreshConfig {
  readonly endpoints: ArenaEndpoints;
  readonly openRouterUrl: string;
  readonly boards: readonly BoardRequest[];
  readonly offline: boolean;
  readonly pricesMaxAgeMs: number;
  readonly timeoutMs: number;
  readonly maxBytes: number;
}

export interface RefreshOutcome {
  /** New data was shown. */
  readonly updated: boolean;
  readonly requests: number;
  /** One technical message per failure, for the log (the same as each failure's detail). */
  readonly errors: readonly string[];
  /** What failed, sorted into what a person is told. */
  readonly failures: readonly RefreshFailure[];
  /** Worth a warning in the log, but not a failure (a field of a row shown as unknown). */
  readonly notes: readonly string[];
  /** Set when a source asked us to wait (HTTP 429). */
  readonly retryAfterMs?: number;
  /** The network is off by setting: nothing was tried. */
  readonly offline: boolean;
  /** A refresh had reached the dataset before this one (false on a first start with no cache). */
  readonly downloadedBefore: boolean;
}

export interface RefreshDeps {
  readonly fetch: FetchLike;
  readonly cache: CacheStore;
  readonly now: () => number;
  readonly log: (message: string) => void;
  readonly config: () => RefreshConfig;
}


const NO_STATE: CacheState = { sha: null, checkedAt: 0, pricesFetchedAt: null };

/** What one run has found so far: kept outside the run, so an unexpected throw still reports it. */
class RunTally {
  requests = 0;
  readonly failures: RefreshFailure[] = [];
  readonly notes: string[] = [];
  retryAfterMs: number | undefined;
  downloadedBefore = false;

  outcome(updated: boolean, offline = false): RefreshOutcome {
    return {
      updated,
      requests: this.requests,
      errors: this.failures.map((f) => f.detail),
      failures: this.failures,
      notes: this.notes,
      offline,
      downloadedBefore: this.downloadedBefore,
      ...(this.retryAfterMs !== undefined ? { retryAfterMs: this.retryAfterMs } : {}),
    };
  }
}

export class RefreshService {
  #running: Promise<RefreshOutcome> | null = null;
  readonly #abort = new AbortController();

  readonly #store: LeaderboardStore;
  readonly #deps: RefreshDeps;

  constructor(store: LeaderboardStore, deps: RefreshDeps) {
    this.#store = store;
    this.#deps = deps;
  }

  /**
   * Refreshes now (forced: boards are refetched even if the revision did not move). Calls during a run
   * join it. Never rejects: whatever fails (a source, the disk, a bug) is in the outcome's failures.
   * It shows progress as the store's status; the status after the run is for its caller to set
   * (`RefreshLoop`, which knows when the next try is).
   */
  refresh(force = false): Promise<RefreshOutcome> {
    this.#running ??= this.#runSafely(force).finally(() => (this.#running = null));
    return this.#running;
  }

  /** Aborts requests in flight (deactivation). */
  dispose(): void {
    this.#abort.abort();
  }

  #http(config: RefreshConfig): HttpOptions {
    return { fetch: this.#deps.fetch, timeoutMs: config.timeoutMs, maxBytes: config.maxBytes, signal: this.#abort.signal, now: this.#deps.now };
  }

  async #runSafely(force: boolean): Promise<RefreshOutcome> {
    const tally = new RunTally();
    try {
      return await this.#run(force, tally);
    } catch (error) {
      tally.failures.push({ part: 'unexpected', detail: `refresh failed unexpectedly: ${describeThrown(error)}` });
      return tally.outcome(false);
    }
  }

  /** A cache operation that may fail (read-only or full disk, permissions): the failure is recorded and `fallback` returned. */
  async #disk<T>(tally: RunTally, part: 'reading' | 'saving', what: string, operation: () => Promise<T>, fallback: T): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      tally.failures.push({ part, detail: `cache: could not ${part === 'reading' ? 'read' : 'save'} ${what} (${reason})` });
      return fallback;
    }
  }

  async #run(force: boolean, tally: RunTally): Promise<RefreshOutcome> {
    const config = this.#deps.config();
    if (config.offline) return tally.outcome(false, true);
    await this.#store.ensureLoaded();
    this.#store.setStatus({ kind: 'loading', message: 'Checking for new leaderboards…' });
    const http = this.#http(config);
    const { cache } = this.#deps;
    const state = await this.#disk(tally, 'reading', 'the refresh state', () => cache.readState(), NO_STATE);
    const current = this.#store.current;
    tally.downloadedBefore = state.checkedAt > 0 || (current !== null && current.provenance.origin !== 'snapshot');
    const revision = await fetchDatasetRevision(config.endpoints, http);
    tally.requests += revision.requests;
    if (!revision.result.ok) {
      tally.failures.push({ part: 'dataset', kind: sourceFailureKind(revision.failure), detail: revision.result.error });
      tally.retryAfterMs = revision.retryAfterMs;
      return tally.outcome(false);
    }
    const sha = revision.result.value;
    const haveAll = current !== null && current.provenance.origin !== 'snapshot' && config.boards.every((b) => current.boards.some((x) => x.id === b.id));
    const pricesStale = state.pricesFetchedAt === null || this.#deps.now() - state.pricesFetchedAt > config.pricesMaxAgeMs;
    if (!force && haveAll && sha === state.sha && !pricesStale) {
      await this.#disk(tally, 'saving', 'the refresh state', () => cache.writeState({ ...state, checkedAt: this.#deps.now() }), undefined);
      this.#deps.log(`dataset unchanged (${sha.slice(0, 8)}): nothing to fetch`);
      return tally.outcome(false);
    }
    const boards = new Map<string, Board>((current?.boards ?? []).map((b) => [b.id, b]));
    let boardsOk = true;
    if (force || !haveAll || sha !== state.sha) {
      for (const request of config.boards) {
        this.#store.setStatus({ kind: 'loading', message: `Downloading ${boardTitle(request.id)}…` });
        const fetched = await fetchBoardRows(config.endpoints, http, request.id, request.categories);
        tally.requests += fetched.requests;
        tally.retryAfterMs ??= fetched.retryAfterMs;
        const board = fetched.result.ok ? ingestArenaRows(request.id, fetched.result.value, null, (note) => tally.notes.push(note)) : fetched.result;
        if (board.ok) boards.set(request.id, board.value);
        else {
          boardsOk = false;
          tally.failures.push({ part: 'board', boardId: request.id, kind: fetched.result.ok ? 'unreadable' : sourceFailureKind(fetched.failure), detail: board.error });
        }
      }
    }
    let prices = await this.#disk(tally, 'reading', 'the prices', () => cache.readPrices(), null);
    // The benchmarks that came with the cached prices (none in a cache from before they were kept).
    let benchmarks = prices === null ? null : await this.#disk(tally, 'reading', 'the benchmarks', () => cache.readBenchmarks(), null);
    let pricesFetchedAt = state.pricesFetchedAt;
    let pricesSaved = true;
    if (pricesStale || prices === null) {
      const fetched = await fetchOpenRouterModels(config.openRouterUrl, http);
      tally.requests += fetched.requests;
      if (fetched.result.ok) {
        const fresh = fetched.result.value;
        prices = fresh.prices;
        pricesFetchedAt = this.#deps.now();
        const freshBenchmarks = fresh.benchmarks ? benchmarkSet(fresh.benchmarks.models, isoDay(pricesFetchedAt)) : null;
        benchmarks = freshBenchmarks;
        tally.notes.push(...(fresh.benchmarks?.problems ?? []));
        // Prices and their benchmarks are saved as one step: the list is fetched again unless both are on disk.
        pricesSaved = await this.#disk(
          tally,
          'saving',
          'the prices',
          async () => {
            await cache.writePrices(fresh.prices);
            if (freshBenchmarks) await cache.writeBenchmarks(freshBenchmarks);
            return true;
          },
          false,
        );
      } else tally.failures.push({ part: 'prices', kind: sourceFailureKind(fetched.failure), detail: fetched.result.error });
    }
    const changedBoards = [...boards.values()].filter((b) => !current?.boards.includes(b));
    const pricesChanged = pricesFetchedAt !== state.pricesFetchedAt;
    if (changedBoards.length === 0 && !pricesChanged) return tally.outcome(false);
    const data = this.#assemble(config, [...boards.values()], prices, current, pricesFetchedAt, benchmarks);
    const saved = await this.#disk(tally, 'saving', 'the leaderboards', async () => (await cache.writeData(data), true), false);
    // Remember the revision only when every board arrived and was saved, so a partial failure is retried,
    // and the prices' time only when they were saved, so prices that are not on disk are fetched again.
    if (saved) {
      const next: CacheState = { sha: boardsOk ? sha : state.sha, checkedAt: this.#deps.now(), pricesFetchedAt: pricesSaved ? pricesFetchedAt : state.pricesFetchedAt };
      await this.#disk(tally, 'saving', 'the refresh state', () => cache.writeState(next), undefined);
    }
    // Good data is shown even when the disk refused it; the status after the run says so.
    this.#store.replace(data, this.#store.currentStatus);
    return tally.outcome(true);
  }

  #assemble(
    config: RefreshConfig,
    boards: Board[],
    prices: OpenRouterPrice[] | null,
    current: LeaderboardData | null,
    pricesFetchedAt: number | null,
    fetchedBenchmarks: OpenRouterBenchmarkSet | null,
  ): LeaderboardData {
    const entries = boards.flatMap((b) => b.categories.flatMap((c) => c.entries));
    // Benchmarks are dated on their own, so the last known ones stay when no list came with the prices.
    const benchmarks = fetchedBenchmarks ?? current?.benchmarks;
    return {
      ...(benchmarks ? { benchmarks } : {}),
      boards,
      prices: prices ? matchPrices(entries, prices) : (current?.prices ?? new Map()),
      provenance: {
        origin: 'live',
        arenaDataset: config.endpoints.dataset,
        licence: 'CC BY 4.0',
        retrievedAt: new Date(this.#deps.now()).toISOString(),
        pricesDate: prices && pricesFetchedAt !== null ? isoDay(pricesFetchedAt) : (current?.provenance.pricesDate ?? null),
      },
    };
  }
}
