/**
 * Brings the boards up to date: one small revision check, boards only when the dataset moved,
 * prices at most daily. Concurrent refreshes share one run; a failure never replaces good data,
 * and one board failing does not stop the others.
 */
import { ingestArenaRows } from '../sources/arenaIngest';
import { fetchBoardRows, fetchDatasetRevision, type ArenaEndpoints } from '../sources/arenaSource';
import type { CacheStore } from '../store/cacheStore';
import type { FetchLike, HttpOptions } from '../sources/httpJson';
import type { Board, LeaderboardData } from '../boards/leaderboard';
import type { LeaderboardStore } from '../store/leaderboardStore';
import { matchPrices } from '../models/modelMatching';
import type { OpenRouterPrice } from '../sources/openRouterSchema';
import { fetchOpenRouterPrices } from '../sources/openRouterSource';

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
  readonly errors: readonly string[];
  /** Set when a source asked us to wait (HTTP 429). */
  readonly retryAfterMs?: number;
}

export interface RefreshDeps {
  readonly fetch: FetchLike;
  readonly cache: CacheStore;
  readonly now: () => number;
  readonly log: (message: string) => void;
  readonly config: () => RefreshConfig;
}

const isoDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export class RefreshService {
  private running: Promise<RefreshOutcome> | null = null;
  private readonly abort = new AbortController();

  constructor(
    private readonly store: LeaderboardStore,
    private readonly deps: RefreshDeps,
  ) {}

  /** Refreshes now (forced: boards are refetched even if the revision did not move). Calls during a run join it. */
  refresh(force = false): Promise<RefreshOutcome> {
    this.running ??= this.run(force).finally(() => (this.running = null));
    return this.running;
  }

  /** Aborts requests in flight (deactivation). */
  dispose(): void {
    this.abort.abort();
  }

  private http(config: RefreshConfig): HttpOptions {
    return { fetch: this.deps.fetch, timeoutMs: config.timeoutMs, maxBytes: config.maxBytes, signal: this.abort.signal, now: this.deps.now };
  }

  private async run(force: boolean): Promise<RefreshOutcome> {
    const config = this.deps.config();
    if (config.offline) {
      this.store.setStatus({ kind: 'idle', message: 'Offline mode: the network is off (setting modelRankings.data.offline).' });
      return { updated: false, requests: 0, errors: [] };
    }
    await this.store.ensureLoaded();
    this.store.setStatus({ kind: 'loading', message: 'Checking for new leaderboards…' });
    const http = this.http(config);
    const state = await this.deps.cache.readState();
    const revision = await fetchDatasetRevision(config.endpoints, http);
    let requests = revision.requests;
    if (!revision.result.ok) return this.finish(false, requests, [revision.result.error], revision.retryAfterMs);
    const sha = revision.result.value;
    const current = this.store.current;
    const haveAll = current !== null && current.provenance.origin !== 'snapshot' && config.boards.every((b) => current.boards.some((x) => x.id === b.id));
    const pricesStale = state.pricesFetchedAt === null || this.deps.now() - state.pricesFetchedAt > config.pricesMaxAgeMs;
    if (!force && haveAll && sha === state.sha && !pricesStale) {
      await this.deps.cache.writeState({ ...state, checkedAt: this.deps.now() });
      this.deps.log(`dataset unchanged (${sha.slice(0, 8)}): nothing to fetch`);
      return this.finish(false, requests, []);
    }
    const errors: string[] = [];
    let retryAfterMs: number | undefined;
    const boards = new Map<string, Board>((current?.boards ?? []).map((b) => [b.id, b]));
    let boardsOk = true;
    if (force || !haveAll || sha !== state.sha) {
      for (const request of config.boards) {
        this.store.setStatus({ kind: 'loading', message: `Downloading ${request.id}…` });
        const fetched = await fetchBoardRows(config.endpoints, http, request.id, request.categories);
        requests += fetched.requests;
        retryAfterMs ??= fetched.retryAfterMs;
        const board = fetched.result.ok ? ingestArenaRows(request.id, fetched.result.value, null) : fetched.result;
        if (board.ok) boards.set(request.id, board.value);
        else {
          boardsOk = false;
          errors.push(board.error);
        }
      }
    }
    let prices: OpenRouterPrice[] | null = await this.deps.cache.readPrices();
    let pricesFetchedAt = state.pricesFetchedAt;
    if (pricesStale || prices === null) {
      const fetched = await fetchOpenRouterPrices(config.openRouterUrl, http);
      requests += fetched.requests;
      if (fetched.result.ok) {
        prices = fetched.result.value;
        pricesFetchedAt = this.deps.now();
        await this.deps.cache.writePrices(prices);
      } else errors.push(fetched.result.error);
    }
    const changedBoards = [...boards.values()].filter((b) => !current?.boards.includes(b));
    const pricesChanged = pricesFetchedAt !== state.pricesFetchedAt;
    if (changedBoards.length === 0 && !pricesChanged) return this.finish(false, requests, errors, retryAfterMs);
    const data = this.assemble(config, [...boards.values()], prices, current, pricesFetchedAt);
    await this.deps.cache.writeData(data);
    // Remember the revision only when every board arrived, so a partial failure is retried.
    await this.deps.cache.writeState({ sha: boardsOk ? sha : state.sha, checkedAt: this.deps.now(), pricesFetchedAt });
    this.store.replace(data, { kind: 'idle' });
    return this.finish(true, requests, errors, retryAfterMs);
  }

  private assemble(config: RefreshConfig, boards: Board[], prices: OpenRouterPrice[] | null, current: LeaderboardData | null, pricesFetchedAt: number | null): LeaderboardData {
    const entries = boards.flatMap((b) => b.categories.flatMap((c) => c.entries));
    return {
      boards,
      prices: prices ? matchPrices(entries, prices) : (current?.prices ?? new Map()),
      provenance: {
        origin: 'live',
        arenaDataset: config.endpoints.dataset,
        licence: 'CC BY 4.0',
        retrievedAt: new Date(this.deps.now()).toISOString(),
        pricesDate: prices && pricesFetchedAt !== null ? isoDate(pricesFetchedAt) : (current?.provenance.pricesDate ?? null),
      },
    };
  }

  private finish(updated: boolean, requests: number, errors: string[], retryAfterMs?: number): RefreshOutcome {
    if (errors.length > 0) {
      for (const e of errors) this.deps.log(`refresh: ${e}`);
      const kept = this.store.current ? ' Showing the last good data.' : '';
      this.store.setStatus({ kind: 'error', message: `${errors.join('; ')}.${kept}` });
    } else {
      this.store.setStatus({ kind: 'idle' });
    }
    return { updated, requests, errors, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
  }
}
