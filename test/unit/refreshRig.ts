/**
 * A live-refresh rig for unit tests: the loopback fixture server, a cache in a temporary folder,
 * the store on the embedded snapshot, the refresh service, and the loop that runs it the way the
 * extension does (statuses in words, next try planned) with a timer the test fires by hand.
 */
import * as assert from 'node:assert/strict';
import { CacheStore } from '../../src/core/store/cacheStore';
import { LeaderboardStore } from '../../src/core/store/leaderboardStore';
import { RefreshService, type RefreshConfig } from '../../src/core/refresh/refreshService';
import { RefreshLoop, type LoopSettings, type OneShotTimer } from '../../src/core/refresh/refreshLoop';
import { refreshStatus } from '../../src/core/views/refreshMessages';
import type { FetchLike } from '../../src/core/sources/httpJson';
import { FixtureServer } from '../fixtures/fixtureServer';
import { FaultyFileStore } from '../fixtures/tempFileStore';
import { embeddedSnapshot } from './fixtures';

/** The next automatic refresh, made when the test says its time has come. */
export class ManualTimer implements OneShotTimer {
  pending: { readonly callback: () => void; readonly ms: number } | null = null;

  set(callback: () => void, ms: number): void {
    this.pending = { callback, ms };
  }

  clear(): void {
    this.pending = null;
  }

  /** Milliseconds until the planned refresh (fails when none is planned). */
  get plannedIn(): number {
    assert.ok(this.pending, 'a next refresh is planned');
    return this.pending.ms;
  }

  /** Runs the planned refresh now. */
  fire(): void {
    const { callback } = this.pending ?? assert.fail('no refresh planned');
    this.pending = null;
    callback();
  }
}

/** What the loop logged, by level. */
export interface LevelledLog {
  readonly info: string[];
  readonly warn: string[];
  readonly error: string[];
}

export interface Rig {
  readonly server: FixtureServer;
  readonly files: FaultyFileStore;
  readonly cache: CacheStore;
  readonly store: LeaderboardStore;
  readonly service: RefreshService;
  readonly loop: RefreshLoop;
  readonly timer: ManualTimer;
  readonly config: RefreshConfig;
  /** The service's own log (information). */
  readonly log: string[];
  /** The loop's log. */
  readonly loopLog: LevelledLog;
  settings: LoopSettings;
}

export const HOUR = 3_600_000;

/** Node's fetch, as the extension passes it. */
const nodeFetch: FetchLike = (url, init) => fetch(url, init);

/** `fetchImpl`: the fetch the service gets (Node's unless given, e.g. a browser's stand-in). */
export async function rig(overrides: Partial<RefreshConfig> = {}, fetchImpl: FetchLike = nodeFetch): Promise<Rig> {
  const server = new FixtureServer();
  const base = await server.start();
  const files = new FaultyFileStore();
  const cache = new CacheStore(files);
  const store = new LeaderboardStore(async () => embeddedSnapshot().data);
  const log: string[] = [];
  const config: RefreshConfig = {
    endpoints: { viewerBase: base, hubBase: base, dataset: 'lmarena-ai/leaderboard-dataset' },
    openRouterUrl: `${base}/api/v1/models`,
    boards: [
      { id: 'webdev', categories: null },
      { id: 'text_style_control', categories: ['overall', 'coding'] },
    ],
    offline: false,
    pricesMaxAgeMs: 24 * HOUR,
    timeoutMs: 2000,
    maxBytes: 8 * 1024 * 1024,
    ...overrides,
  };
  const service = new RefreshService(store, { fetch: fetchImpl, cache, now: Date.now, log: (m) => log.push(m), config: () => config });
  const timer = new ManualTimer();
  const loopLog: LevelledLog = { info: [], warn: [], error: [] };
  let settings: LoopSettings = { intervalMs: 12 * HOUR, offline: config.offline, problems: [] };
  const loop = new RefreshLoop({
    service,
    store,
    lastCheckedAt: async () => (await cache.readState()).checkedAt,
    settings: () => settings,
    describe: refreshStatus,
    log: { info: (m) => loopLog.info.push(m), warn: (m) => loopLog.warn.push(m), error: (m) => loopLog.error.push(m) },
    now: Date.now,
    timer,
  });
  await store.ensureLoaded();
  return {
    server,
    files,
    cache,
    store,
    service,
    loop,
    timer,
    config,
    log,
    loopLog,
    get settings() {
      return settings;
    },
    set settings(next: LoopSettings) {
      settings = next;
    },
  };
}

export async function teardown(r: Rig): Promise<void> {
  r.loop.dispose();
  await r.server.stop();
  r.files.remove();
}

/** Runs `body` with a fresh rig, torn down afterwards whatever happens. */
export async function withRig(overrides: Partial<RefreshConfig>, body: (r: Rig) => Promise<void>, fetchImpl: FetchLike = nodeFetch): Promise<void> {
  const r = await rig(overrides, fetchImpl);
  try {
    await body(r);
  } finally {
    await teardown(r);
  }
}
