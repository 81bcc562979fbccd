/** Opening the leaderboard, switching boards, revealing the watched models. */
import * as vscode from 'vscode';
import type { LeaderboardStore } from '../core/store/leaderboardStore';
import { boardOptions } from '../core/views/sidebarState';
import { categoryRows } from '../core/rankings/leaderboardRows';
import { resolveWatchList, sameModelOn } from '../core/models/watchList';
import { buildModelCatalog } from '../core/models/modelCatalog';
import { SIDEBAR_VIEW_ID } from './commandIds';
import type { SidebarView } from './sidebarView';
import { readSettings } from './settings';
import type { WatchListService } from './watchListService';

/** Focuses the sidebar view (opening its container). */
export async function openLeaderboard(): Promise<void> {
  await vscode.commands.executeCommand(`${SIDEBAR_VIEW_ID}.focus`);
}

/** Asks for a board (or takes one) and shows it. */
export async function switchBoard(store: LeaderboardStore, sidebar: SidebarView, boardId?: string): Promise<void> {
  const data = await store.ensureLoaded();
  if (!data) return;
  const options = boardOptions(data);
  const id =
    typeof boardId === 'string' && options.some((o) => o.id === boardId)
      ? boardId
      : (await vscode.window.showQuickPick(options.map((o) => ({ label: o.label, description: o.id, id: o.id })), { title: vscode.l10n.t('Model Rankings: Switch Board') }))?.id;
  if (!id) return;
  sidebar.select({ boardId: id, categoryId: undefined });
  await openLeaderboard();
}

/** Status bar click: shows the status bar's board in the sidebar, scrolled to the first watched model. */
export async function revealWatched(store: LeaderboardStore, sidebar: SidebarView, watchList: WatchListService): Promise<void> {
  const data = await store.ensureLoaded();
  const settings = readSettings();
  const selection = { boardId: settings.statusBarBoard, categoryId: settings.statusBarCategory };
  const first = data ? resolveWatchList(watchList.queries(settings), categoryRows(data, selection.boardId, selection.categoryId), sameModelOn(buildModelCatalog(data), selection.boardId)).find((h) => h.row) : undefined;
  if (first?.row) sidebar.reveal(first.row.model, selection);
  else sidebar.select(selection);
  await openLeaderboard();
}
