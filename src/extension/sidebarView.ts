/**
 * The sidebar leaderboard (a webview view). It owns the selection (board, category), sends a
 * full board state when the view says `ready` or anything changes, and forwards user intents.
 */
import type * as vscode from 'vscode';
import { hostToSidebarSchema, sidebarToHostSchema, type HostToSidebar, type SidebarToHost } from '../shared/protocol';
import type { LeaderboardStore } from '../core/store/leaderboardStore';
import type { LeaderboardData } from '../core/boards/leaderboard';
import { buildBoardState, resolveSelection, type Selection } from '../core/views/sidebarState';
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
}

const SELECTION_KEY = 'modelRankings.sidebarSelection';

export class SidebarView implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private ready = false;
  /** The data of the last board state sent, so a status-only change sends just the status. */
  private posted: LeaderboardData | null = null;
  private selection: Partial<Selection>;
  private pendingReveal: string | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  /** Listeners on the view shown now: they go with that view (disposed, or resolved again). */
  private viewListeners: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly store: LeaderboardStore,
    private readonly memento: vscode.Memento,
    private readonly actions: SidebarActions,
    private readonly log: Log,
  ) {
    this.selection = memento.get<Partial<Selection>>(SELECTION_KEY) ?? {};
    // A status change with the data already shown sends just the status, not the whole board again.
    this.disposables.push(this.store.onChange((data) => (data !== null && data === this.posted ? this.postStatus() : this.postState())));
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.disposeViewListeners();
    this.view = view;
    this.ready = false;
    this.posted = null;
    view.webview.options = webviewOptions(this.extensionUri);
    view.webview.html = webviewHtml(view.webview, this.extensionUri, 'sidebar.js', 'Model Rankings');
    this.viewListeners = [
      view.webview.onDidReceiveMessage((raw: unknown) => {
        this.onMessage(raw).catch((error: unknown) => this.log.error(messageFailureText('sidebar', raw, error)));
      }),
      view.onDidDispose(() => {
        this.view = undefined;
        this.ready = false;
        this.disposeViewListeners();
      }),
    ];
    void this.store.ensureLoaded();
  }

  private disposeViewListeners(): void {
    for (const d of this.viewListeners) d.dispose();
    this.viewListeners = [];
  }

  /** Whether the webview is loaded and has asked for data. */
  get isReady(): boolean {
    return this.view !== undefined && this.ready;
  }

  /** The board and category shown now. */
  get currentSelection(): Partial<Selection> {
    return this.selection;
  }

  /** Shows a board (and optionally a category) and remembers the choice. */
  select(selection: Partial<Selection>): void {
    this.selection = { ...this.selection, ...selection };
    void this.memento.update(SELECTION_KEY, this.selection);
    this.postState();
  }

  /** Selects a board/category and scrolls to a model once the view shows it. */
  reveal(model: string, selection: Partial<Selection>): void {
    this.pendingReveal = model;
    this.select(selection);
  }

  /** Re-sends the state (after the watch list or settings changed). */
  refreshView(): void {
    this.postState();
  }

  private async onMessage(raw: unknown): Promise<void> {
    const parsed = sidebarToHostSchema.safeParse(raw);
    if (!parsed.success) {
      this.log.warn(`sidebar sent an unknown message: ${JSON.stringify(raw).slice(0, 200)}`);
      return;
    }
    const message: SidebarToHost = parsed.data;
    switch (message.type) {
      case 'ready':
        this.ready = true;
        if (message.boardId && this.selection.boardId === undefined) this.selection = { boardId: message.boardId, categoryId: message.categoryId };
        await this.store.ensureLoaded();
        this.postState();
        return;
      case 'selectBoard':
        this.select({ boardId: message.boardId, categoryId: undefined });
        return;
      case 'selectCategory':
        this.select({ categoryId: message.categoryId });
        return;
      case 'toggleWatch':
        await this.actions.toggleWatch(message.model);
        return;
      case 'compare':
        await this.actions.compare(message.models);
        return;
      case 'refresh':
        await this.actions.refresh();
        return;
      case 'showLog':
        this.log.show();
        return;
      case 'requestHistory': {
        const data = this.store.current;
        if (!data) return;
        const { boardId, categoryId } = resolveSelection(data, this.selection);
        const series = await this.actions.history(boardId, categoryId, message.model);
        this.post({ type: 'history', boardId, categoryId, history: toHistoryView(series) });
        return;
      }
    }
  }

  private post(message: HostToSidebar): void {
    if (!this.view || !this.ready) return;
    // Parsing our own message keeps the protocol honest in both directions.
    const checked = hostToSidebarSchema.safeParse(message);
    if (!checked.success) {
      this.log.error(`not sent to the sidebar (invalid ${message.type} message): ${checked.error.message.slice(0, 300)}`);
      return;
    }
    void this.view.webview.postMessage(checked.data);
  }

  private postStatus(): void {
    this.post({ type: 'status', status: { ...this.store.currentStatus } });
  }

  private postState(): void {
    // Nothing is built for a view that is not there or not ready yet (it asks with `ready`).
    if (!this.view || !this.ready) return;
    const data = this.store.current;
    if (!data) {
      this.postStatus();
      return;
    }
    const selection = resolveSelection(data, this.selection);
    this.post(buildBoardState(data, selection, this.actions.watchedModels(), this.store.currentStatus, this.actions.editorModels()));
    this.posted = data;
    if (this.pendingReveal !== undefined && this.ready) {
      this.post({ type: 'reveal', model: this.pendingReveal });
      this.pendingReveal = undefined;
    }
  }

  dispose(): void {
    this.disposeViewListeners();
    for (const d of this.disposables) d.dispose();
  }
}
