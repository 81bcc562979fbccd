/**
 * The extension's services and commands, loaded by `extension.ts` right after activation (or at the
 * first command), so activation itself stays a few lines of wiring and no schema library loads then.
 */
import * as vscode from 'vscode';
import { LeaderboardStore } from '../core/store/leaderboardStore';
import { COMMANDS, type CommandId } from './commandIds';
import { createLog } from './log';
import { onSettingsChanged, readSettings, saveWatchedModels } from './settings';
import { WatchListService } from './watchListService';
import { loadEmbeddedSnapshot } from './snapshotLoader';
import { SidebarView } from './sidebarView';
import { StatusBar } from './statusBar';
import { toggleWatch, unwatchModel, watchModel } from './watchCommands';
import { openLeaderboard, revealWatched, switchBoard } from './boardCommands';
import { ComparePanel } from './comparePanel';
import { CompareCommands } from './compareCommands';
import { CacheStore } from '../core/store/cacheStore';
import { RefreshService, type RefreshOutcome } from '../core/refresh/refreshService';
import { chooseInitialData } from '../core/store/initialData';
import { RefreshController } from './refreshController';
import { VscodeFileStore } from './vscodeFileStore';
import { readDataSettings } from './settings';
import { HistoryService } from './historyService';
import { EditorModelsService } from './editorModelsService';
import { registerRankingsTool } from './rankingsTool';
import { RankAlerts } from './rankAlerts';
import { categoryRows } from '../core/rankings/leaderboardRows';
import { BOARD, OVERALL } from '../core/boards/boardCatalog';
import { buildModelCatalog } from '../core/models/modelCatalog';
import { BenchmarksService } from './benchmarksService';
import type { BenchmarkSources } from '../core/views/benchmarkBoard';
import type { BenchmarkJoin } from '../core/models/benchmarkJoin';
import type { LeaderboardData } from '../core/boards/leaderboard';
import { setTranslator } from '../shared/l10n';
import { describeThrown } from '../core/refresh/refreshFailure';

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
  /** Rank-change notifications shown so far in this session. */
  alerts(): readonly string[];
  /** The editor's chat models and the Code Arena rows they map to. */
  editorModels(): readonly { id: string; model: string | null; kind: 'exact' | 'proxy' | null }[];
  /** The watch list in force (the user's, or until they set one, the editor's models or the default). */
  watchedModels(): readonly string[];
  /** Where the benchmark sources stand (LiveBench release shown, its last error). */
  benchmarkSources(): BenchmarkSources;
  /** Asks LiveBench now, as the Refresh command does. */
  refreshBenchmarks(): Promise<void>;
}

/** The running extension: its API for tests and the handlers the bootstrap registers. */
export interface App {
  readonly api: ExtensionApi;
  readonly sidebar: vscode.WebviewViewProvider;
  readonly commands: Readonly<Record<CommandId, (...args: unknown[]) => unknown>>;
}

/** Builds every service; `activationMs` is what the bootstrap measured, for the log. */
/** Which extension host runs the extension: desktop and remote VS Code's (Node), or vscode.dev's and github.dev's (a web worker). */
export type ExtensionHostKind = 'Node' | 'web worker';

export function createApp(context: vscode.ExtensionContext, activationMs: number, host: ExtensionHostKind): App {
  // The core's sentences in the user's language, from the same bundle as the host's (l10n/).
  setTranslator((message, ...args) => vscode.l10n.t(message, ...args));
  const log = createLog();
  const files = new VscodeFileStore(context.globalStorageUri);
  const cache = new CacheStore(files, (text) => log.warn(text));
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
  const editorModels = new EditorModelsService(log);
  const watchList = new WatchListService({ store, editorModelNames: (rows) => editorModels.namesOn(rows), readSettings: () => readSettings(), save: saveWatchedModels });
  const benchmarks = new BenchmarksService({ files, fetch: (url, init) => fetch(url, init), settings: () => readDataSettings(), log });
  const statusBar = new StatusBar(store, readSettings(), watchList, (data) => benchmarks.join(data));
  const history = new HistoryService(context.extensionUri, files, store, log, {
    fetch: (url, init) => fetch(url, init),
    config: () => readDataSettings().refresh,
    log: (m) => log.info(m),
  });
  // The benchmarks beside the votes (LiveBench as downloaded, each source as the settings allow), for every view.
  const benchmarksOf = (data: LeaderboardData): BenchmarkJoin => benchmarks.join(data);
  const comparePanel: ComparePanel = new ComparePanel(context.extensionUri, store, log, () => compare.changeModels(comparePanel.current), history, benchmarksOf);
  const compare = new CompareCommands(store, comparePanel, context.globalState, watchList, () => editorModels.namesOn(watchList.statusRows()));
  const alerts = new RankAlerts(store, context.globalState, log, watchList, (models) => compare.compare(models), () => revealWatched(store, sidebar, watchList));
  const sidebar: SidebarView = new SidebarView(context.extensionUri, store, context.globalState, {
    watchedModels: () => watchList.queries(),
    editorModels: () => editorModels.current,
    toggleWatch: (model) => {
      const sel = sidebar.currentSelection;
      return toggleWatch(store, watchList, model, sel.boardId ?? BOARD.codeArena, sel.categoryId ?? OVERALL);
    },
    compare: (models) => compare.compare(models),
    refresh: async () => void (await Promise.all([refresher.refreshNow(true), benchmarks.refreshNow()])),
    history: (boardId, categoryId, model) => history.series(boardId, categoryId, model),
    benchmarks: (data) => ({ join: benchmarks.join(data), sources: benchmarks.sources() }),
  }, log);

  context.subscriptions.push(
    log,
    statusBar,
    sidebar,
    comparePanel,
    refresher,
    benchmarks,
    benchmarks.onChange(() => {
      statusBar.refresh();
      sidebar.refreshView();
      comparePanel.refreshView();
    }),
    history,
    editorModels,
    alerts,
    editorModels.onChange(() => {
      statusBar.refresh();
      sidebar.refreshView();
    }),
    registerRankingsTool(store, log, benchmarksOf),
    // How board entries became models (merges, and names kept apart with the reason), once per data set.
    store.onDataChange((data) => buildModelCatalog(data).notes.forEach((note) => log.info(note.text))),
    onSettingsChanged((settings) => {
      statusBar.updateSettings(settings);
      sidebar.refreshView();
      void refresher.settingsChanged();
      void benchmarks.settingsChanged();
    }),
  );
  const text = (arg: unknown): string | undefined => (typeof arg === 'string' ? arg : undefined);
  const commands: Record<CommandId, (...args: unknown[]) => unknown> = {
    [COMMANDS.openLeaderboard]: () => openLeaderboard(),
    [COMMANDS.switchBoard]: (boardId) => switchBoard(store, sidebar, text(boardId)),
    [COMMANDS.watchModel]: (model) => watchModel(store, watchList, text(model)),
    [COMMANDS.unwatchModel]: (query) => unwatchModel(watchList, text(query)),
    [COMMANDS.revealWatched]: () => revealWatched(store, sidebar, watchList),
    [COMMANDS.refresh]: async () => (await Promise.all([refresher.refreshNow(true), benchmarks.refreshNow()]))[0],
    [COMMANDS.compareModels]: (models) => compare.compare(models),
    [COMMANDS.compareWith]: (context) => compare.compare(context),
    [COMMANDS.compareWatched]: () => compare.compareWatched(),
    [COMMANDS.copyComparison]: () => compare.copyMarkdown(),
  };
  // Data loads after activation returned, so the editor never waits for it.
  setTimeout(() => void store.ensureLoaded().then(() => Promise.all([refresher.start(), benchmarks.start()])).catch((error: unknown) => log.error(`start-up: ${describeThrown(error)}`)), 0);
  log.info(`activate() took ${activationMs.toFixed(1)} ms (${host} extension host)`);
  const api: ExtensionApi = {
    store,
    statusText: () => statusBar.text,
    refresh: (force = true) => refresher.refreshNow(force),
    comparison: () => ({ ready: comparePanel.isReady, models: comparePanel.current, markdown: comparePanel.markdown() }),
    alerts: () => alerts.shown,
    editorModels: () => {
      const data = store.current;
      return data ? editorModels.matchesOn(categoryRows(data, BOARD.codeArena, OVERALL)).map((m) => ({ id: m.model.id, model: m.row?.model ?? null, kind: m.kind })) : [];
    },
    watchedModels: () => watchList.queries(),
    benchmarkSources: () => benchmarks.sources(),
    refreshBenchmarks: () => benchmarks.refreshNow(),
    sidebar: () => ({ ready: sidebar.isReady, boardId: sidebar.currentSelection.boardId, categoryId: sidebar.currentSelection.categoryId }),
  };
  return { api, sidebar, commands };
}
