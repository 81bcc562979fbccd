/**
 * The automatic refresh of one session: runs the service, plans the next try (interval, backoff,
 * Retry-After) and sets the status a person reads. It never stalls: whatever a run meets (a source
 * failing, a disk refusing a write, a bug that throws), the run ends in a status that is not
 * "loading", the next try is planned, and no promise is left to reject unhandled.
 */
import type { LeaderboardData } from '../boards/leaderboard';
import type { LeaderboardStore, StoreStatus } from '../store/leaderboardStore';
import { describeThrown } from './refreshFailure';
import { RefreshPlan, type PlanSettings } from './refreshSchedule';
import type { RefreshOutcome, RefreshService } from './refreshService';

/** The settings a loop runs with. */
export interface LoopSettings extends PlanSettings {
  /** Settings that were unusable and replaced by defaults, as sentences shown with the status. */
  readonly problems: readonly string[];
}

/** What the status after a run is built from (the sentences: `core/views/refreshMessages`). */
export interface RefreshReport {
  readonly outcome: RefreshOutcome;
  /** The data shown after the run. */
  readonly data: LeaderboardData | null;
  /** Milliseconds until the next automatic try; null when none is planned (offline mode). */
  readonly nextTryInMs: number | null;
  readonly now: number;
  readonly problems: readonly string[];
}

/** One pending call at a time (the next automatic refresh). */
export interface OneShotTimer {
  /** Calls `callback` once after `ms`; the caller clears any earlier call first. */
  set(callback: () => void, ms: number): void;
  /** Cancels the call not made yet, if any. */
  clear(): void;
}

/** The loop's log: failures are warnings, bugs are errors, the rest is information. */
export interface LoopLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface RefreshLoopDeps {
  readonly service: Pick<RefreshService, 'refresh' | 'dispose'>;
  readonly store: LeaderboardStore;
  /** When the last check completed (0: never), from the cache. */
  readonly lastCheckedAt: () => Promise<number>;
  readonly settings: () => LoopSettings;
  /** The status a person reads after a run. */
  readonly describe: (report: RefreshReport) => StoreStatus;
  readonly log: LoopLog;
  readonly now: () => number;
  readonly timer: OneShotTimer;
  /** Wraps each run (the editor's progress on the view). */
  readonly around?: (run: () => Promise<RefreshOutcome>) => PromiseLike<RefreshOutcome>;
}

/** A timer on `setTimeout`. */
export function timeoutTimer(): OneShotTimer {
  let handle: ReturnType<typeof setTimeout> | undefined;
  return {
    set: (callback, ms) => void (handle = setTimeout(callback, ms)),
    clear: () => {
      if (handle !== undefined) clearTimeout(handle);
      handle = undefined;
    },
  };
}

/** Used when the settings cannot be read at all before any were: the default interval, online. */
const FALLBACK_SETTINGS: LoopSettings = { intervalMs: 12 * 3_600_000, offline: false, problems: [] };
/** The shortest wait before an automatic refresh, so a plan of 0 never spins. */
const MIN_DELAY_MS = 1000;

export class RefreshLoop {
  readonly #plan = new RefreshPlan();
  #running: Promise<RefreshOutcome> | null = null;
  #lastSettings: LoopSettings | undefined;
  #disposed = false;

  readonly #deps: RefreshLoopDeps;

  constructor(deps: RefreshLoopDeps) {
    this.#deps = deps;
  }

  /** Plans the first automatic refresh from the time of the last check (none when offline). Never rejects. */
  async start(settings: PlanSettings = this.#settings()): Promise<void> {
    let lastCheckedAt = 0;
    try {
      lastCheckedAt = await this.#deps.lastCheckedAt();
    } catch (error) {
      this.#deps.log.warn(`refresh: could not read when the last check was, so one runs now: ${describeThrown(error)}`);
    }
    this.#schedule(this.#plan.plan(settings, lastCheckedAt, this.#deps.now()));
  }

  /** Refreshes now (forced: boards are refetched even if the dataset did not move); a call during a run joins it. Never rejects. */
  refreshNow(force = true): Promise<RefreshOutcome> {
    this.#running ??= this.#runAndPlan(force).finally(() => (this.#running = null));
    return this.#running;
  }

  /** Re-plans after a settings change that can move the next refresh (interval, offline mode); never sooner than a backoff or Retry-After allows. */
  async settingsChanged(): Promise<void> {
    const settings = this.#settings();
    if (this.#plan.changesPlan(settings)) await this.start(settings);
  }

  dispose(): void {
    this.#disposed = true;
    this.#deps.timer.clear();
    this.#deps.service.dispose();
  }

  #settings(): LoopSettings {
    try {
      this.#lastSettings = this.#deps.settings();
    } catch (error) {
      this.#deps.log.error(`refresh: could not read the settings, using the last ones read: ${describeThrown(error)}`);
    }
    return this.#lastSettings ?? FALLBACK_SETTINGS;
  }

  async #runAndPlan(force: boolean): Promise<RefreshOutcome> {
    const settings = this.#settings();
    for (const problem of settings.problems) this.#deps.log.warn(problem);
    const outcome = await this.#run(force);
    const now = this.#deps.now();
    // The next try is planned before anything else, so nothing below can stop the schedule.
    const planned = this.#plan.afterRefresh(settings, outcome.failures.length > 0, outcome.retryAfterMs, now);
    const nextTryInMs = planned === null ? null : Math.max(MIN_DELAY_MS, planned);
    this.#schedule(nextTryInMs);
    this.#logOutcome(outcome, nextTryInMs);
    this.#showStatus({ outcome, data: this.#deps.store.current, nextTryInMs, now, problems: settings.problems });
    return outcome;
  }

  /** One run of the service; a throw (from the progress wrapper, or a service that broke its promise) becomes a failure. */
  async #run(force: boolean): Promise<RefreshOutcome> {
    const run = (): Promise<RefreshOutcome> => this.#deps.service.refresh(force);
    try {
      return await (this.#deps.around ? this.#deps.around(run) : run());
    } catch (error) {
      const detail = `refresh failed unexpectedly: ${describeThrown(error)}`;
      return { updated: false, requests: 0, errors: [detail], failures: [{ part: 'unexpected', detail }], notes: [], offline: false, downloadedBefore: false };
    }
  }

  #showStatus(report: RefreshReport): void {
    let status: StoreStatus;
    try {
      status = this.#deps.describe(report);
    } catch (error) {
      this.#deps.log.error(`refresh: could not word the status: ${describeThrown(error)}`);
      status = { kind: report.outcome.failures.length > 0 ? 'error' : 'idle', ...(report.outcome.failures.length > 0 ? { message: 'The leaderboards could not be updated. The log has the details.' } : {}) };
    }
    try {
      this.#deps.store.setStatus(status);
    } catch (error) {
      this.#deps.log.error(`refresh: a view failed to take the new status: ${describeThrown(error)}`);
    }
  }

  #logOutcome(outcome: RefreshOutcome, nextTryInMs: number | null): void {
    const { log } = this.#deps;
    for (const failure of outcome.failures) {
      if (failure.part === 'unexpected') log.error(`refresh: ${failure.detail}`);
      // Board and price details name their source already; the revision check's do not.
      else log.warn(`refresh: ${failure.part === 'dataset' ? 'dataset check: ' : ''}${failure.detail}`);
    }
    for (const note of outcome.notes) log.warn(`refresh: ${note}`);
    if (outcome.offline) return log.info('refresh: offline mode, nothing fetched');
    const next = nextTryInMs === null ? 'none planned' : `in ${Math.round(nextTryInMs / 1000)} s`;
    const summary = `${outcome.updated ? 'updated' : 'no change'}, ${outcome.requests} request(s)`;
    if (outcome.failures.length > 0) log.warn(`refresh: ${summary}, ${outcome.failures.length} failure(s); next try ${next}`);
    else log.info(`refresh: ${summary}; next check ${next}`);
  }

  /** Sets the timer for the next automatic refresh (none when offline: `delayMs` null). */
  #schedule(delayMs: number | null): void {
    this.#deps.timer.clear();
    if (this.#disposed || delayMs === null) return;
    this.#deps.timer.set(() => {
      // refreshNow never rejects; the handler is there so that even a broken promise is logged, not left unhandled.
      this.refreshNow(false).then(undefined, (error: unknown) => this.#deps.log.error(`refresh: ${describeThrown(error)}`));
    }, Math.max(MIN_DELAY_MS, delayMs));
  }
}
