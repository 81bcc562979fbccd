/**
 * The Compare Models picker as plain data: one item per model (not per board entry), so
 * Qwen3.7-Max is one choice whichever names the boards list it under.
 */
import type { LeaderboardData } from '../boards/leaderboard';
import { boardTitle, categoryLabel } from '../boards/boardCatalog';
import { buildModelCatalog } from '../models/modelCatalog';
import type { ModelEntry, ModelIdentity } from '../models/modelIdentity';
import { t } from '../../shared/l10n';

export interface ComparePickItem {
  /** Display name: "Qwen3.7-Max", "Claude Opus 5 · max". */
  readonly label: string;
  /** Organisation. */
  readonly description: string;
  /** Its entry on each board with its rank: "Code Arena #28 as qwen3.7-max-20260517 · Text #14 as qwen3.7-max-preview". */
  readonly detail: string;
  readonly model: ModelIdentity;
  /** A board's name for it (stable across refreshes, unlike the id): what to store and pass to compareModels. */
  readonly entry: string;
}

/** "Code Arena #28 as qwen3.7-max-20260517", or "Code Arena (Image to WebDev #6) as …" when not in Overall. */
function entryText(e: ModelEntry): string {
  const rank = e.rank === null ? '' : e.rankCategory === 'overall' ? ` #${e.rank}` : ` (${categoryLabel(e.rankCategory ?? '')} #${e.rank})`;
  return t('{0}{1} as {2}', boardTitle(e.boardId), rank, e.name);
}

/** The entry the model is named after on each board (an old name left by a rename is not repeated). */
function entriesPerBoard(model: ModelIdentity): ModelEntry[] {
  return model.entries.filter((e, i) => model.entries.findIndex((o) => o.boardId === e.boardId) === i);
}

/** Sort key: the first board where it has an Overall rank, then that rank. */
function standing(model: ModelIdentity, boardOrder: ReadonlyMap<string, number>): [number, number] {
  const ranked = entriesPerBoard(model).find((e) => e.rankCategory === 'overall' && e.rank !== null);
  return ranked ? [boardOrder.get(ranked.boardId) ?? 99, ranked.rank ?? Infinity] : [Infinity, Infinity];
}

/**
 * Picker items for every model, the models `first` names (recent, watched, the editor's own; any
 * name the catalog resolves) on top in that order, then by rank on the first board.
 */
export function comparePickItems(data: LeaderboardData, first: readonly string[] = []): ComparePickItem[] {
  const catalog = buildModelCatalog(data);
  const boardOrder = new Map<string, number>();
  for (const m of catalog.models) for (const e of m.entries) if (!boardOrder.has(e.boardId)) boardOrder.set(e.boardId, boardOrder.size);
  const front: ModelIdentity[] = [];
  for (const name of first) {
    const model = catalog.resolve(name);
    if (model && !front.includes(model)) front.push(model);
  }
  const rest = catalog.models
    .filter((m) => !front.includes(m))
    .map((m) => ({ m, key: standing(m, boardOrder) }))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.m.name.localeCompare(b.m.name))
    .map(({ m }) => m);
  return [...front, ...rest].map((model) => ({
    label: model.name,
    description: model.organization,
    detail: entriesPerBoard(model).map(entryText).join(' · '),
    model,
    entry: model.entries[0]?.name ?? '',
  }));
}
