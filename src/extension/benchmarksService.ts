/**
 * Benchmarks in the editor: LiveBench kept up to date (the cached copy at start, a check at most daily,
 * on the user's Refresh, never offline or when turned off) and every benchmark source joined to the
 * current data's models. The views ask `join` and `sources`; `onChange` says when they should ask again.
 */
import * as vscode from 'vscode';
import type { LeaderboardData } from '../core/boards/leaderboard';
import { joinBenchmarks, type BenchmarkJoin } from '../core/models/benchmarkJoin';
import { buildModelCatalog } from '../core/models/modelCatalog';
import type { FetchLike } from '../core/sources/httpJson';
import type { LiveBenchBoard } from '../core/sources/liveBenchTable';
import type { FileStore } from '../core/store/cacheStore';
import { LiveBenchCache } from '../core/store/liveBenchCache';
import { updateLiveBench } from '../core/store/liveBenchUpdate';
import type { BenchmarkSources } from '../core/views/benchmarkBoard';
import { describeThrown } from '../core/refresh/refreshFailure';
import type { Log } from './log';
import type { DataSettings } from './settings';

/** How often the schedule looks whether LiveBench is due (the cache's dates decide; a look that is not due asks nothing). */
const LOOK_INTERVAL_MS = 60 * 60 * 1000;

export interface BenchmarksDependencies {
  readonly files: FileStore;
  readonly fetch: FetchLike;
  readonly settings: () => DataSettings;
  readonly log: Log;
  readonly now?: () => number;
}

export class BenchmarksService implements vscode.Disposable {
  #board: LiveBenchBoard | null = null;
  #fetchedAt: number | null = null;
  #error: string | null = null;
  #running: Promise<void> | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #abort = new AbortController();
  readonly #cache: LiveBenchCache;
  readonly #emitter = new vscode.EventEmitter<void>();
  #joined: { data: LeaderboardData; board: LiveBenchBoard | null; openRouter: boolean; join: BenchmarkJoin } | null = null;
  /** Fires when what the views show may have changed (a LiveBench copy arrived, a check failed). */
  readonly onChange = this.#emitter.event;

  readonly #deps: BenchmarksDependencies;

  constructor(deps: BenchmarksDependencies) {
    this.#deps = deps;
    this.#cache = new LiveBenchCache(deps.files);
  }

  /** Reads the cached copy and checks LiveBench when due; then looks again every hour. Never rejects. */
  async start(): Promise<void> {
    await this.#update(false);
    this.#plan();
  }

  /** The user's Refresh: asks LiveBench now (unless offline or turned off). Never rejects. */
  refreshNow(): Promise<void> {
    return this.#update(true);
  }

  /** After a settings change: turning LiveBench on (or going online) fetches when due. */
  settingsChanged(): Promise<void> {
    this.#emitter.fire();
    return this.#update(false);
  }

  /** Every benchmark source joined to the data's models, as the settings allow. */
  join(data: LeaderboardData): BenchmarkJoin {
    const { openRouter, liveBench } = this.#deps.settings().benchmarks;
    const board = liveBench ? this.#board : null;
    const held = this.#joined;
    if (held && held.data === data && held.board === board && held.openRouter === openRouter) return held.join;
    const join = joinBenchmarks(buildModelCatalog(data), openRouter ? data : {}, board);
    // What was not joined and why, once per new join.
    for (const note of [...join.notes.openRouter, ...join.notes.liveBench].slice(0, 200)) this.#deps.log.info(note);
    this.#joined = { data, board, openRouter, join };
    return join;
  }

  /** Where the sources stand, for the views' notes. */
  sources(): BenchmarkSources {
    const settings = this.#deps.settings();
    return {
      openRouterEnabled: settings.benchmarks.openRouter,
      liveBenchEnabled: settings.benchmarks.liveBench,
      offline: settings.refresh.offline,
      liveBenchRelease: this.#board?.release ?? null,
      liveBenchFetchedAt: this.#board ? this.#fetchedAt : null,
      liveBenchError: this.#error,
    };
  }

  #plan(): void {
    if (this.#abort.signal.aborted) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#update(false).finally(() => this.#plan()), LOOK_INTERVAL_MS);
  }

  /** One update at a time; a forced one waits for the one running, then asks. */
  #update(force: boolean): Promise<void> {
    const previous = this.#running ?? Promise.resolve();
    const next = previous.then(() => this.#run(force));
    this.#running = next;
    return next;
  }

  async #run(force: boolean): Promise<void> {
    const settings = this.#deps.settings();
    if (!settings.benchmarks.liveBench || this.#abort.signal.aborted) return;
    try {
      const status = await updateLiveBench(this.#cache, {
        http: { fetch: this.#deps.fetch, timeoutMs: settings.refresh.timeoutMs, maxBytes: settings.refresh.maxBytes, signal: this.#abort.signal },
        endpoints: settings.benchmarks.liveBenchEndpoints,
        pinnedRelease: null,
        now: this.#deps.now ?? Date.now,
        force,
        cacheOnly: settings.refresh.offline,
      });
      for (const note of status.notes) this.#deps.log.warn(note);
      if (status.error) this.#deps.log.warn(`${status.error}${status.board ? `; keeping release ${status.board.release}` : ''}`);
      else if (status.checked) this.#deps.log.info(`LiveBench checked (${status.requests} request${status.requests === 1 ? '' : 's'}): release ${status.board?.release ?? 'none'}`);
      // The hourly look parses the cached copy again: the same release and download keep the board shown (and its
      // join, and the views), so nothing is redrawn or logged again for a look that found nothing new.
      const same = this.#board !== null && status.board !== null && status.board.release === this.#board.release && status.fetchedAt === this.#fetchedAt;
      const board = same ? this.#board : status.board;
      const changed = board !== this.#board || status.error !== this.#error;
      this.#board = board;
      this.#fetchedAt = status.fetchedAt;
      this.#error = status.error;
      if (changed) this.#emitter.fire();
    } catch (error: unknown) {
      // A cache that cannot be written, or anything else: the copy shown stays, the schedule goes on.
      this.#deps.log.error(`LiveBench update failed: ${describeThrown(error)}`);
      this.#error = 'LiveBench: its copy could not be saved or read (see the log)';
      this.#emitter.fire();
    }
  }

  dispose(): void {
    this.#abort.abort();
    clearTimeout(this.#timer);
    this.#emitter.dispose();
  }
}
