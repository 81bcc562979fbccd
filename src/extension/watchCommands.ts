/** Watch and unwatch models from the palette, the sidebar and the status bar. */
import * as vscode from 'vscode';
import type { LeaderboardStore } from '../core/store/leaderboardStore';
import { categoryRows } from '../core/rankings/leaderboardRows';
import { OVERALL, boardTitle, compareBoardIds } from '../core/boards/boardCatalog';
import type { WatchListService } from './watchListService';

interface ModelPick extends vscode.QuickPickItem {
  readonly model: string;
}

/** Every distinct model of the overall categories, best board first, for a Quick Pick. */
function modelPicks(store: LeaderboardStore): ModelPick[] {
  const data = store.current;
  if (!data) return [];
  const seen = new Map<string, ModelPick>();
  for (const board of [...data.boards].sort((a, b) => compareBoardIds(a.id, b.id))) {
    for (const row of categoryRows(data, board.id, OVERALL)) {
      if (seen.has(row.model)) continue;
      seen.set(row.model, { label: row.model, description: `#${row.rank} ${boardTitle(board.id)}`, detail: row.organization || undefined, model: row.model });
    }
  }
  return [...seen.values()];
}

/** Adds a model to the watch list (asks which when none is given). */
export async function watchModel(store: LeaderboardStore, watchList: WatchListService, model?: string): Promise<void> {
  await store.ensureLoaded();
  const name =
    typeof model === 'string' && model.length > 0
      ? model
      : (await vscode.window.showQuickPick(modelPicks(store), { title: vscode.l10n.t('Model Rankings: Watch Model'), placeHolder: vscode.l10n.t('Model to show in the status bar'), matchOnDescription: true, matchOnDetail: true }))?.model;
  if (!name) return;
  await watchList.watch(name);
}

/** Removes entries from the watch list (asks which when none is given). */
export async function unwatchModel(watchList: WatchListService, query?: string): Promise<void> {
  const current = watchList.queries();
  let remove: readonly string[] | undefined = typeof query === 'string' ? [query] : undefined;
  if (!remove) {
    const picked = await vscode.window.showQuickPick(
      current.map((q) => ({ label: q })),
      { title: vscode.l10n.t('Model Rankings: Unwatch Model'), placeHolder: current.length ? vscode.l10n.t('Models to remove from the status bar') : vscode.l10n.t('No watched models'), canPickMany: true },
    );
    remove = picked?.map((p) => p.label);
  }
  if (!remove || remove.length === 0) return;
  await watchList.unwatch(remove);
}

/** Stars or unstars a model from the sidebar. */
export async function toggleWatch(store: LeaderboardStore, watchList: WatchListService, model: string, boardId: string, categoryId: string): Promise<void> {
  const data = store.current;
  await watchList.toggle(model, boardId, data ? categoryRows(data, boardId, categoryId) : []);
}
