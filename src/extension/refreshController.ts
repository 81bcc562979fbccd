/** Runs refreshes: on schedule (interval, backoff, Retry-After), on command, with progress in the view. */
import * as vscode from 'vscode';
import type { RefreshOutcome, RefreshService } from '../core/refresh/refreshService';
import { RefreshPlan, type PlanSettings } from '../core/refresh/refreshSchedule';
import type { CacheStore } from '../core/store/cacheStore';
import type { LeaderboardStore } from '../core/store/leaderboardStore';
import { SIDEBAR_VIEW_ID } from './commandIds';
import type { Log } from './log';
import type { DataSettings } from './settings';

const planSettings = (settings: DataSettings): PlanSettings => ({ intervalMs: settings.intervalMs, offline: settings.refresh.offline });

export class RefreshController implements vscode.Disposable {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly plan = new RefreshPlan();
  private disposed = false;

  constructor(
    private readonly service: RefreshService,
    private readonly cache: CacheStore,
    private readonly store: LeaderboardStore,
    private readonly settings: () => DataSettings,
    private readonly log: Log,
  ) {}

  /** Schedules the first automatic refresh from the time of the last check (none when offline). */
  async start(settings: PlanSettings = planSettings(this.settings())): Promise<void> {
    const state = await this.cache.readState();
    this.schedule(this.plan.plan(settings, state.checkedAt, Date.now()));
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
    this.log.info(`refresh: ${outcome.updated ? 'updated' : 'no change'}, ${outcome.requests} request(s)${outcome.errors.length ? `, ${outcome.errors.length} error(s)` : ''}`);
    this.schedule(this.plan.afterRefresh(planSettings(settings), outcome.errors.length > 0, outcome.retryAfterMs, Date.now()));
    return outcome;
  }

  /** Re-plans after a settings change that can move the next refresh (interval, offline mode); never sooner than a backoff or Retry-After allows. */
  async settingsChanged(): Promise<void> {
    const settings = planSettings(this.settings());
    if (this.plan.changesPlan(settings)) await this.start(settings);
  }

  /** Sets the timer for the next automatic refresh (none when offline: `delayMs` null). */
  private schedule(delayMs: number | null): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.disposed || delayMs === null) return;
    this.timer = setTimeout(() => void this.refreshNow(false), Math.max(1000, delayMs));
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    this.service.dispose();
  }
}
