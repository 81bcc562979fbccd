/** Runs refreshes: on schedule (interval, backoff, Retry-After), on command, with progress in the view. */
import * as vscode from 'vscode';
import type { RefreshOutcome, RefreshService } from '../core/refreshService';
import { nextRefreshDelay } from '../core/refreshSchedule';
import type { CacheStore } from '../core/cacheStore';
import type { LeaderboardStore } from '../core/leaderboardStore';
import { SIDEBAR_VIEW_ID } from './commandIds';
import type { Log } from './log';
import type { DataSettings } from './settings';

export class RefreshController implements vscode.Disposable {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private disposed = false;

  constructor(
    private readonly service: RefreshService,
    private readonly cache: CacheStore,
    private readonly store: LeaderboardStore,
    private readonly settings: () => DataSettings,
    private readonly log: Log,
  ) {}

  /** Schedules the first automatic refresh from the time of the last check (none when offline). */
  async start(): Promise<void> {
    const state = await this.cache.readState();
    this.schedule(nextRefreshDelay({ intervalMs: this.settings().intervalMs, lastCheckedAt: state.checkedAt, now: Date.now(), consecutiveFailures: 0 }));
  }

  /** Refreshes now, showing progress on the leaderboard view. */
  async refreshNow(force = true): Promise<RefreshOutcome> {
    const settings = this.settings();
    for (const problem of settings.problems) this.log.warn(problem);
    const outcome = await vscode.window.withProgress({ location: { viewId: SIDEBAR_VIEW_ID }, title: 'Refreshing leaderboards' }, () => this.service.refresh(force));
    if (settings.problems.length > 0) {
      const rest = this.store.currentStatus.message;
      this.store.setStatus({ kind: 'error', message: [...settings.problems, ...(rest ? [rest] : [])].join('; ') });
    }
    this.failures = outcome.errors.length > 0 ? this.failures + 1 : 0;
    this.log.info(`refresh: ${outcome.updated ? 'updated' : 'no change'}, ${outcome.requests} request(s)${outcome.errors.length ? `, ${outcome.errors.length} error(s)` : ''}`);
    const delay = nextRefreshDelay({
      intervalMs: settings.intervalMs,
      lastCheckedAt: Date.now(),
      now: Date.now(),
      consecutiveFailures: this.failures,
      ...(outcome.retryAfterMs !== undefined ? { retryAfterMs: outcome.retryAfterMs } : {}),
    });
    this.schedule(delay);
    return outcome;
  }

  /** Re-plans after a settings change (e.g. offline turned on or off). */
  async settingsChanged(): Promise<void> {
    await this.start();
  }

  private schedule(delayMs: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.disposed || this.settings().refresh.offline) return;
    this.timer = setTimeout(() => void this.refreshNow(false), Math.max(1000, delayMs));
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    this.service.dispose();
  }
}
