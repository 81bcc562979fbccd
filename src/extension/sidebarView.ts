/**
 * The sidebar leaderboard (a webview view). It owns the selection (board, category), builds the page with the
 * board state in it when the data is loaded (so the table is drawn without waiting for a message), sends what
 * changed since when the view says `ready`, and every change after that, and forwards user intents.
 */
import type * as vscode from 'vscode';
import { hostToSidebarSchema, sidebarToHostSchema, type BenchmarkState, type BoardState, type HostToSidebar, type SidebarToHost } from '../shared/protocol';
import { LIMITS } from '../shared/protocolLimits';
import type { LeaderboardStore } from '../core/store/leaderboardStore';
import type { LeaderboardData } from '../core/boards/leaderboard';
import { boardOptions, buildBoardState, resolveSelection, type Selection } from '../core/views/sidebarState';
import { BENCHMARKS_BOARD_ID, buildBenchmarkState, type BenchmarkSources } from '../core/views/benchmarkBoard';
import type { BenchmarkJoin } from '../core/models/benchmarkJoin';
import { buildModelCatalog } from '../core/models/modelCatalog';
import { webviewHtml, webviewOptions } from './webviewHtml';
import type { Log } from './log';
import { messageFailureText } from './messageFailure';
import { toHistoryView, type HistorySeries } from '../core/rankings/history';
import type { EditorModel } from '../core/models/editorModels';

export interface SidebarActions {
  watchedModels(): readonly string[];
  editorModels(): readonly EditorModel[];
  toggleWatch(model: string): Promise<void>;
  compare(models: readonly string[]): Promise<void>;
  refresh(): Promise<void>;
  history(boardId: string, categoryId: string, model: string): Promise<HistorySeries>;
  /** The benchmark sources joined to the data's models, and where each source stands (the Benchmarks board). */
  benchmarks(data: LeaderboardData): { join: BenchmarkJoin; sources: BenchmarkSources };
}

/** What the view shows: an Arena board, or the Benchmarks board. */
type ViewState = BoardState | BenchmarkState;

const SELECTION_KEY = 'modelRankings.sidebarSelection';

/** The board and category a view's saved state names (VS Code hands the page's `setState` value to resolve), if any. */
function savedSelection(state: unknown): Partial<Selection> {
  if (typeof state !== 'object' || state === null) return {};
  const { boardId, categoryId } = state as Record<string, unknown>;
  const id = (value: unknown): string | undefined => (typeof value === 'string' && value.length > 0 && value.length <= LIMITS.id ? value : undefined);
  return id(boardId) === undefined ? {} : { boardId: id(boardId), categoryId: id(categoryId) };
}

/** Whether two board states show the same thing, apart from the status line. */
function sameBoard(a: ViewState, b: ViewState): boolean {
  return JSON.stringify({ ...a, status: null }) === JSON.stringify({ ...b, status: null });
}

export class SidebarView implements vscode.WebviewViewProvider, vscode.Disposable {
  #view: vscode.WebviewView | undefined;
  #ready = false;
  /** The data of the last board state sent, so a status-only change sends just the status. */
  #posted: LeaderboardData | null = null;
  /** The board state the view's page carries (checked), or null when it carries none (the data was not loaded yet). */
  #pageState: BoardState | null = null;
  #selection: Partial<Selection>;
  #pendingReveal: string | undefined;
  readonly #disposables: vscode.Disposable[] = [];
  /** Listeners on the view shown now: they go with that view (disposed, or resolved again). */
  #viewListeners: vscode.Disposable[] = [];

  readonly #extensionUri: vscode.Uri;
  readonly #store: LeaderboardStore;
  readonly #memento: vscode.Memento;
  readonly #actions: SidebarActions;
  readonly #log: Log;

  constructor(extensionUri: vscode.Uri, store: LeaderboardStore, memento: vscode.Memento, actions: SidebarActions, log: Log) {
    this.#extensionUri = extensionUri;
    this.#store = store;
    this.#memento = memento;
    this.#actions = actions;
    this.#log = log;
    this.#selection = memento.get<Partial<Selection>>(SELECTION_KEY) ?? {};
    // A status change with the data already shown sends just the status, not the whole board again.
    this.#disposables.push(this.#store.onChange((data) => (data !== null && data === this.#posted ? this.#postStatus() : this.#postState())));
  }

  resolveWebviewView(view: vscode.WebviewView, context?: vscode.WebviewViewResolveContext): void {
    this.#disposeViewListeners();
    this.#view = view;
    this.#ready = false;
    this.#posted = null;
    // Which board shows is decided as on `ready` (the host's own choice, else the one the view showed last), but
    // before the page is built: the page carries that board's state.
    const saved = savedSelection(context?.state);
    if (saved.boardId !== undefined && this.#selection.boardId === undefined) this.#selection = saved;
    view.webview.options = webviewOptions(this.#extensionUri);
    this.#setPage(view);
    this.#viewListeners = [
      view.webview.onDidReceiveMessage((raw: unknown) => {
        this.#onMessage(raw).catch((error: unknown) => this.#log.error(messageFailureText('sidebar', raw, error)));
      }),
      view.onDidChangeVisibility(() => {
        if (view.visible) return;
        // A hidden view's page is discarded (no retainContextWhenHidden), and loaded again from `html` when shown:
        // it is rebuilt now with the board state of this moment, and on each change while hidden (postState, postStatus).
        this.#ready = false;
        this.#posted = null;
        this.#setPage(view);
      }),
      view.onDidDispose(() => {
        this.#view = undefined;
        this.#ready = false;
        this.#disposeViewListeners();
      }),
    ];
    void this.#store.ensureLoaded();
  }

  /** Sets the view's page, with the board state in it when the data is loaded. */
  #setPage(view: vscode.WebviewView): void {
    const data = this.#store.current;
    // The Benchmarks board is not carried in the page (the Arena table's first render is what the page speeds up).
    const state = data ? this.#viewState(data) : null;
    this.#pageState = state?.type === 'boardState' ? this.#checked(state) : null;
    view.webview.html = webviewHtml(view.webview, this.#extensionUri, 'sidebar.js', 'Model Rankings', this.#pageState ?? undefined);
  }

  #disposeViewListeners(): void {
    for (const d of this.#viewListeners) d.dispose();
    this.#viewListeners = [];
  }

  /** Whether the webview is loaded and has asked for data. */
  get isReady(): boolean {
    return this.#view !== undefined && this.#ready;
  }

  /** The board and category shown now. */
  get currentSelection(): Partial<Selection> {
    return this.#selection;
  }

  /** Shows a board (and optionally a category) and remembers the choice. */
  select(selection: Partial<Selection>): void {
    this.#selection = { ...this.#selection, ...selection };
    void this.#memento.update(SELECTION_KEY, this.#selection);
    this.#postState();
  }

  /** Selects a board/category and scrolls to a model once the view shows it. */
  reveal(model: string, selection: Partial<Selection>): void {
    this.#pendingReveal = model;
    this.select(selection);
  }

  /** Re-sends the state (after the watch list or settings changed). */
  refreshView(): void {
    this.#postState();
  }

  async #onMessage(raw: unknown): Promise<void> {
    const parsed = sidebarToHostSchema.safeParse(raw);
    if (!parsed.success) {
      this.#log.warn(`sidebar sent an unknown message: ${JSON.stringify(raw).slice(0, 200)}`);
      return;
    }
    const message: SidebarToHost = parsed.data;
    switch (message.type) {
      case 'ready':
        if (message.boardId && this.#selection.boardId === undefined) this.#selection = { boardId: message.boardId, categoryId: message.categoryId };
        await this.#store.ensureLoaded();
        // The page that said ready is gone if the view was hidden meanwhile: the next one says ready again.
        if (!this.#view?.visible) return;
        // Ready once loaded: what changed while loading is in the one answer below, not sent on its own before it.
        this.#ready = true;
        this.#postState(message.pageStateShown === true ? this.#pageState : null);
        return;
      case 'selectBoard':
        this.select({ boardId: message.boardId, categoryId: undefined });
        return;
      case 'selectCategory':
        this.select({ categoryId: message.categoryId });
        return;
      case 'toggleWatch':
        await this.#actions.toggleWatch(message.model);
        return;
      case 'compare':
        await this.#actions.compare(message.models);
        return;
      case 'refresh':
        await this.#actions.refresh();
        return;
      case 'showLog':
        this.#log.show();
        return;
      case 'requestHistory': {
        const data = this.#store.current;
        if (!data) return;
        if (this.#selection.boardId === BENCHMARKS_BOARD_ID) return;
        const { boardId, categoryId } = resolveSelection(data, this.#selection);
        const series = await this.#actions.history(boardId, categoryId, message.model);
        this.#post({ type: 'history', boardId, categoryId, history: toHistoryView(series) });
        return;
      }
    }
  }

  /** The message as parsed by the protocol (parsing our own messages keeps it honest in both directions), or null, logged. */
  #checked<T extends HostToSidebar>(message: T): T | null {
    const checked = hostToSidebarSchema.safeParse(message);
    if (checked.success) return checked.data as T;
    this.#log.error(`not sent to the sidebar (invalid ${message.type} message): ${checked.error.message.slice(0, 300)}`);
    return null;
  }

  #post(message: HostToSidebar): void {
    if (!this.#view || !this.#ready) return;
    const checked = this.#checked(message);
    if (checked) this.#send(checked);
  }

  /** Sends a message already checked. */
  #send(message: HostToSidebar): void {
    if (this.#view && this.#ready) void this.#view.webview.postMessage(message);
  }

  #viewState(data: LeaderboardData): ViewState {
    if (this.#selection.boardId === BENCHMARKS_BOARD_ID) {
      const { join, sources } = this.#actions.benchmarks(data);
      return buildBenchmarkState(data, buildModelCatalog(data), join, sources, boardOptions(data), this.#store.currentStatus);
    }
    return buildBoardState(data, resolveSelection(data, this.#selection), this.#actions.watchedModels(), this.#store.currentStatus, this.#actions.editorModels());
  }

  #postStatus(): void {
    if (this.#view && !this.#view.visible) this.#setPage(this.#view);
    // The Benchmarks board's status also says how LiveBench stands: it is sent whole (a few KB).
    else if (this.#selection.boardId === BENCHMARKS_BOARD_ID && this.#store.current) this.#postState();
    else this.#post({ type: 'status', status: { ...this.#store.currentStatus } });
  }

  /** `shown`: the board state the view drew from its page before it said ready; only what changed since is sent. */
  #postState(shown: ViewState | null = null): void {
    if (!this.#view) return;
    // A hidden view has no page to tell: the page it will load when shown gets the change.
    if (!this.#view.visible) {
      this.#setPage(this.#view);
      return;
    }
    // Nothing is built for a view that is not ready yet (it asks with `ready`).
    if (!this.#ready) return;
    const data = this.#store.current;
    if (!data) {
      this.#postStatus();
      return;
    }
    const state = this.#checked(this.#viewState(data));
    if (!state) return;
    if (shown && sameBoard(shown, state)) {
      // Already drawn: no second render of the same board; a status that changed since is sent on its own.
      if (JSON.stringify(shown.status) !== JSON.stringify(state.status)) this.#post({ type: 'status', status: state.status });
    } else this.#send(state);
    this.#posted = data;
    if (this.#pendingReveal !== undefined) {
      this.#post({ type: 'reveal', model: this.#pendingReveal });
      this.#pendingReveal = undefined;
    }
  }

  dispose(): void {
    this.#disposeViewListeners();
    for (const d of this.#disposables) d.dispose();
  }
}
