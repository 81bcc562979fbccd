/**
 * Watchlist alerts: after a refresh brings a new publication, compare it with the one shown before
 * and tell the user, in one rate-limited notification, how their models moved.
 */
import * as vscode from 'vscode';
import type { LeaderboardData } from '../core/boards/leaderboard';
import type { LeaderboardStore } from '../core/store/leaderboardStore';
import { categoryRows } from '../core/rankings/leaderboardRows';
import { changeSummary, detectRankChanges, isOlderPublication, mayNotify, modelsToCompare } from '../core/rankings/rankChanges';
import { boardTitle, categoryLabel } from '../core/boards/boardCatalog';
import { sameModelOn, watchedModelNames } from '../core/models/watchList';
import { buildModelCatalog } from '../core/models/modelCatalog';
import { describeThrown } from '../core/refresh/refreshFailure';
import { readSettings } from './settings';
import type { WatchListService } from './watchListService';
import type { Log } from './log';

const LAST_KEY = 'modelRankings.lastAlertAt';

export class RankAlerts implements vscode.Disposable {
  #previous: LeaderboardData | null = null;
  readonly #subscription: { dispose(): void };
  /** Notifications shown in this session (for tests and the log). */
  readonly shown: string[] = [];

  readonly #store: LeaderboardStore;
  readonly #memento: vscode.Memento;
  readonly #log: Log;
  readonly #watchList: WatchListService;
  readonly #compare: (models: readonly string[]) => Promise<void>;
  readonly #open: () => Promise<void>;

  constructor(
    store: LeaderboardStore,
    memento: vscode.Memento,
    log: Log,
    watchList: WatchListService,
    compare: (models: readonly string[]) => Promise<void>,
    open: () => Promise<void>,
  ) {
    this.#store = store;
    this.#memento = memento;
    this.#log = log;
    this.#watchList = watchList;
    this.#compare = compare;
    this.#open = open;
    // Data already shown when the alerts start is the baseline for the first change.
    this.#previous = store.current;
    // A failure here (a notification that could not be shown, storage) goes to the log, never unhandled.
    this.#subscription = store.onDataChange((data) =>
      this.#check(data).catch((error: unknown) => log.error(`rank alerts: ${describeThrown(error)}`)),
    );
  }

  async #check(next: LeaderboardData): Promise<void> {
    const previous = this.#previous;
    this.#previous = next;
    if (!previous || next.provenance.origin !== 'live') return;
    const settings = readSettings();
    const [board, category] = [settings.statusBarBoard, settings.statusBarCategory];
    if (isOlderPublication(previous, next, board, category)) {
      this.#log.info(`rank alerts: the downloaded ${boardTitle(board)} · ${categoryLabel(category)} is older than the one shown before; not compared`);
      return;
    }
    const before = categoryRows(previous, board, category);
    const after = categoryRows(next, board, category);
    if (before.length === 0 || after.length === 0) return;
    const watched = watchedModelNames(this.#watchList.queriesFor(before, settings), before, sameModelOn(buildModelCatalog(previous), board));
    const changes = detectRankChanges(before, after, watched);
    if (changes.length === 0) return;
    const summary = changeSummary(changes, `${boardTitle(board)} · ${categoryLabel(category)}`);
    this.#log.info(summary);
    const now = Date.now();
    if (!settings.alertsEnabled || !mayNotify(this.#memento.get<number>(LAST_KEY), now, settings.alertsMinIntervalMs)) return;
    this.shown.push(summary);
    await this.#memento.update(LAST_KEY, now);
    const [compare, open] = [vscode.l10n.t('Compare'), vscode.l10n.t('Open')];
    const choice = await vscode.window.showInformationMessage(summary, compare, open);
    if (choice === compare) await this.#compare(modelsToCompare(changes, after));
    else if (choice === open) await this.#open();
  }

  dispose(): void {
    this.#subscription.dispose();
  }
}
