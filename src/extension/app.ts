/**
 * The extension's services and commands, loaded by `extension.ts` right after activation (or at the
 * first command), so activation itself stays a few lines of wiring and no schema library loads then.
 */
import type * as vscode from 'vscode';
import { LeaderboardStore } from '../core/store/leaderboardStore';
import { COMMANDS, type CommandId } from './commandIds';
import { createLog } from './log';
import { onSettingsChanged, readSettings } from './settings';
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
import { fetchModelHistory } from '../core/sources/arenaSource';
import { historyRows } from '../core/rankings/historyFetch';
import type { HttpOptions } from '../core/sources/httpJson';
import { EditorModelsService } from './editorModelsService';
import { registerRankingsTool } from './rankingsTool';
import { RankAlerts } from './rankAlerts';
import { matchEditorModels, type EditorModelMatch } from '../core/models/editorModels';
import { categoryRows, type LeaderboardRow } from '../core/rankings/leaderboardRows';

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
}

/** The running extension: its API for tests and the handlers the bootstrap registers. */
export interface App {
  readonly api: ExtensionApi;
  readonly sidebar: vscode.WebviewViewProvider;
  readonly commands: Readonly<Record<CommandId, (...args: unknown[]) => unknown>>;
}

/** Builds every service; `activationMs` is what the bootstrap measured, for the log. */
export function createApp(context: vscode.ExtensionContext, activationMs: number): App {
  const log = createLog();
  const files = new VscodeFileStore(context.globalStorageUri);
  const cache = new CacheStore(files);
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
  /** The editor's own chat models, as the rows they map to. */
  const yourMatches = (rows: readonly LeaderboardRow[]): EditorModelMatch[] => matchEditorModels(editorModels.current, rows);
  /** The editor's own chat models found among `rows`, as Arena names. */
  const yourNames = (rows: readonly LeaderboardRow[]): string[] => yourMatches(rows).flatMap((m) => (m.row ? [m.row.model] : []));
  /** The editor's own chat models as Arena names, for a board and category. */
  const yourModels = (boardId: string, categoryId: string): string[] => {
    const data = store.current;
    return data ? yourNames(categoryRows(data, boardId, categoryId)) : [];
  };
  /** The user's watch list, or, until they set one, the editor's own chat models found on the board. */
  const watchQueries = (rows: readonly LeaderboardRow[], settings = readSettings()): readonly string[] => {
    if (settings.watchedModelsUserSet) return settings.watchedModels;
    const yours = yourNames(rows);
    return yours.length > 0 ? yours : settings.watchedModels;
  };
  const statusBar = new StatusBar(store, readSettings(), watchQueries);
  const history = new HistoryService(context.extensionUri, files, store, log, async (board, category, model) => {
    const settings = readDataSettings().refresh;
    if (settings.offline) return null;
    const http: HttpOptions = { fetch: (url, init) => fetch(url, init), timeoutMs: settings.timeoutMs, maxBytes: settings.maxBytes };
    const fetched = await fetchModelHistory(settings.endpoints, http, board, category, model);
    const rows = fetched.result.ok ? historyRows(fetched.result.value, model, category) : fetched.result;
    if (!rows.ok) log.info(`history of ${model}: ${rows.error}`);
    return rows.ok ? rows.value : null;
  });
  const comparePanel: ComparePanel = new ComparePanel(context.extensionUri, store, log, () => compare.changeModels(comparePanel.current), history);
  const compare = new CompareCommands(store, comparePanel, context.globalState, () => yourModels('webdev', 'overall'));
  const alerts = new RankAlerts(store, context.globalState, log, (rows, settings) => watchQueries(rows, settings), (models) => compare.compare(models), () => revealWatched(store, sidebar));
  const sidebar: SidebarView = new SidebarView(context.extensionUri, store, context.globalState, {
    watchedModels: () => {
      const data = store.current;
      const settings = readSettings();
      return data ? watchQueries(categoryRows(data, settings.statusBarBoard, settings.statusBarCategory), settings) : settings.watchedModels;
    },
    editorModels: () => editorModels.current,
    toggleWatch: (model) => {
      const sel = sidebar.currentSelection;
      return toggleWatch(store, model, sel.boardId ?? 'webdev', sel.categoryId ?? 'overall');
    },
    compare: (models) => compare.compare(models),
    refresh: async () => void (await refresher.refreshNow(true)),
    history: (boardId, categoryId, model) => history.series(boardId, categoryId, model),
  }, log);

  context.subscriptions.push(
    log,
    statusBar,
    sidebar,
    comparePanel,
    refresher,
    history,
    editorModels,
    alerts,
    editorModels.onChange(() => {
      statusBar.refresh();
      sidebar.refreshView();
    }),
    registerRankingsTool(store),
    onSettingsChanged((settings) => {
      statusBar.updateSettings(settings);
      sidebar.refreshView();
      void refresher.settingsChanged();
    }),
  );
  const text = (arg: unknown): string | undefined => (typeof arg === 'string' ? arg : undefined);
  const commands: Record<CommandId, (...args: unknown[]) => unknown> = {
    [COMMANDS.openLeaderboard]: () => openLeaderboard(),
    [COMMANDS.switchBoard]: (boardId) => switchBoard(store, sidebar, text(boardId)),
    [COMMANDS.watchModel]: (model) => watchModel(store, text(model)),
    [COMMANDS.unwatchModel]: (query) => unwatchModel(text(query)),
    [COMMANDS.revealWatched]: () => revealWatched(store, sidebar),
    [COMMANDS.refresh]: () => refresher.refreshNow(true),
    [COMMANDS.compareModels]: (models) => compare.compare(models),
    [COMMANDS.compareWith]: (context) => compare.compare(context),
    [COMMANDS.compareWatched]: () => compare.compareWatched(),
    [COMMANDS.copyComparison]: () => compare.copyMarkdown(),
  };
  // Data loads after activation returned, so the editor never waits for it.
  setTimeout(() => void store.ensureLoaded().then(() => refresher.start()).catch((error: unknown) => log.error(`start-up: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)), 0);
  log.info(`activate() took ${activationMs.toFixed(1)} ms`);
  const api: ExtensionApi = {
    store,
    statusText: () => statusBar.text,
    refresh: (force = true) => refresher.refreshNow(force),
    comparison: () => ({ ready: comparePanel.isReady, models: comparePanel.current, markdown: comparePanel.markdown() }),
    alerts: () => alerts.shown,
    editorModels: () => {
      const data = store.current;
      return data ? yourMatches(categoryRows(data, 'webdev', 'overall')).map((m) => ({ id: m.model.id, model: m.row?.model ?? null, kind: m.kind })) : [];
    },
    sidebar: () => ({ ready: sidebar.isReady, boardId: sidebar.currentSelection.boardId, categoryId: sidebar.currentSelection.categoryId }),
  };
  return { api, sidebar, commands };
}
