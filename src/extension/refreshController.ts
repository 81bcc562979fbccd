/**
 * Runs refreshes in the editor: the core's RefreshLoop (schedule, backoff, never stalling, the
 * status in words) with VS Code's progress on the leaderboard view and the extension's log.
 */
import * as vscode from 'vscode';
import type { RefreshOutcome, RefreshService } from '../core/refresh/refreshService';
import { RefreshLoop, timeoutTimer, type LoopSettings } from '../core/refresh/refreshLoop';
import type { CacheStore } from '../core/store/cacheStore';
import type { LeaderboardStore } from '../core/store/leaderboardStore';
import { refreshStatus } from '../core/views/refreshMessages';
import { SIDEBAR_VIEW_ID } from './commandIds';
import type { Log } from './log';
import type { DataSettings } from './settings';

const loopSettings = (settings: DataSettings): LoopSettings => ({ intervalMs: settings.intervalMs, offline: settings.refresh.offline, problems: settings.problems });

export class RefreshController implements vscode.Disposable {
  readonly #loop: RefreshLoop;

  constructor(service: RefreshService, cache: CacheStore, store: LeaderboardStore, settings: () => DataSettings, log: Log) {
    this.#loop = new RefreshLoop({
      service,
      store,
      lastCheckedAt: async () => (await cache.readState()).checkedAt,
      settings: () => loopSettings(settings()),
      describe: refreshStatus,
      log,
      now: Date.now,
      timer: timeoutTimer(),
      around: (run) => vscode.window.withProgress({ location: { viewId: SIDEBAR_VIEW_ID }, title: vscode.l10n.t('Refreshing leaderboards') }, run),
    });
  }

  /** Plans the first automatic refresh from the time of the last check (none when offline). Never rejects. */
  start(): Promise<void> {
    return this.#loop.start();
  }

  /** Refreshes now, showing progress on the leaderboard view. Never rejects. */
  refreshNow(force = true): Promise<RefreshOutcome> {
    return this.#loop.refreshNow(force);
  }

  /** Re-plans after a settings change that can move the next refresh. */
  settingsChanged(): Promise<void> {
    return this.#loop.settingsChanged();
  }

  dispose(): void {
    this.#loop.dispose();
  }
}
