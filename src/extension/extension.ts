/** Entry point: wiring only. Data loads after activation, off the start-up path. */
import * as vscode from 'vscode';
import { LeaderboardStore } from '../core/leaderboardStore';
import { COMMANDS, SIDEBAR_VIEW_ID } from './commandIds';
import { createLog } from './log';
import { onSettingsChanged, readSettings } from './settings';
import { loadEmbeddedSnapshot } from './snapshotLoader';
import { SidebarView } from './sidebarView';
import { StatusBar } from './statusBar';
import { toggleWatch, unwatchModel, watchModel } from './watchCommands';
import { openLeaderboard, revealWatched, switchBoard } from './boardCommands';
import { ComparePanel } from './comparePanel';
import { CompareCommands } from './compareCommands';
import { CacheStore } from '../core/cacheStore';
import { RefreshService, type RefreshOutcome } from '../core/refreshService';
import { chooseInitialData } from '../core/initialData';
import { RefreshController } from './refreshController';
import { VscodeFileStore } from './vscodeFileStore';
import { readDataSettings } from './settings';

/** What tests (and later, other extensions) can read from the running extension. */
export interface ExtensionApi {
  readonly store: LeaderboardStore;
  statusText(): string;
  /** Whether the sidebar webview has said `ready`, and what it shows. */
  sidebar(): { ready: boolean; boardId: string | undefined; categoryId: string | undefined };
  /** Models in the comparison panel and whether it is showing. */
  comparison(): { ready: boolean; models: readonly string[]; markdown: string };
  /** Runs a refresh (as the Refresh command does) and says what happened. */
  refresh(force?: boolean): Promise<RefreshOutcome>;
}

export function activate(context: vscode.ExtensionContext): ExtensionApi {
  const started = performance.now();
  const log = createLog();
  const cache = new CacheStore(new VscodeFileStore(context.globalStorageUri));
  const store = new LeaderboardStore(async () => {
    const [cached, snapshot] = await Promise.all([cache.readData(), loadEmbeddedSnapshot(context.extensionUri)]);
    const initial = chooseInitialData(cached, snapshot);
    if (initial.problem) log.warn(initial.problem);
    return initial.data;
  });
  const service = new RefreshService(store, {
    fetch: (url, init) => fetch(url, init),
    cache,
    now: Date.now,
    log: (m) => log.info(m),
    config: () => readDataSettings().refresh,
  });
  const refresher = new RefreshController(service, cache, store, () => readDataSettings(), log);
  const statusBar = new StatusBar(store, readSettings());
  const comparePanel: ComparePanel = new ComparePanel(context.extensionUri, store, log, () => compare.changeModels(comparePanel.current));
  const compare = new CompareCommands(store, comparePanel, context.globalState);
  const sidebar: SidebarView = new SidebarView(context.extensionUri, store, context.globalState, {
    watchedModels: () => readSettings().watchedModels,
    toggleWatch: (model) => {
      const sel = sidebar.currentSelection;
      return toggleWatch(store, model, sel.boardId ?? 'webdev', sel.categoryId ?? 'overall');
    },
    compare: (models) => compare.compare(models),
    refresh: async () => void (await refresher.refreshNow(true)),
  }, log);

  context.subscriptions.push(
    log,
    statusBar,
    sidebar,
    vscode.window.registerWebviewViewProvider(SIDEBAR_VIEW_ID, sidebar),
    vscode.commands.registerCommand(COMMANDS.openLeaderboard, openLeaderboard),
    vscode.commands.registerCommand(COMMANDS.switchBoard, (boardId?: string) => switchBoard(store, sidebar, boardId)),
    vscode.commands.registerCommand(COMMANDS.watchModel, (model?: string) => watchModel(store, model)),
    vscode.commands.registerCommand(COMMANDS.unwatchModel, (query?: string) => unwatchModel(query)),
    vscode.commands.registerCommand(COMMANDS.revealWatched, () => revealWatched(store, sidebar)),
    comparePanel,
    refresher,
    vscode.commands.registerCommand(COMMANDS.refresh, () => refresher.refreshNow(true)),
    vscode.commands.registerCommand(COMMANDS.compareModels, (models?: unknown) => compare.compare(models)),
    vscode.commands.registerCommand(COMMANDS.compareWith, (context?: unknown) => compare.compare(context)),
    vscode.commands.registerCommand(COMMANDS.compareWatched, () => compare.compareWatched()),
    vscode.commands.registerCommand(COMMANDS.copyComparison, () => compare.copyMarkdown()),
    onSettingsChanged((settings) => {
      statusBar.updateSettings(settings);
      sidebar.refreshView();
      void refresher.settingsChanged();
    }),
  );
  // Load after activation returns so the editor never waits for data.
  setTimeout(() => void store.ensureLoaded().then(() => refresher.start()), 0);
  log.info(`activate() took ${(performance.now() - started).toFixed(1)} ms`);
  return {
    store,
    statusText: () => statusBar.text,
    refresh: (force = true) => refresher.refreshNow(force),
    comparison: () => ({ ready: comparePanel.isReady, models: comparePanel.current, markdown: comparePanel.markdown() }),
    sidebar: () => ({ ready: sidebar.isReady, boardId: sidebar.currentSelection.boardId, categoryId: sidebar.currentSelection.categoryId }),
  };
}

export function deactivate(): void {}
