/**
 * Rows as the views show them: ranked entries of one category joined with prices.
 * Computed once per category and data set, then reused by the sidebar, status bar and compare.
 */
import { findBoard, findCategory, type LeaderboardData, type PriceInfo } from '../boards/leaderboard';
import { rankCategory, type RankedEntry } from './rankStatistics';

export interface LeaderboardRow extends RankedEntry {
  /** Stable within a category even when a name is listed twice (a real quirk of the data). */
  readonly key: string;
  readonly price: PriceInfo | null;
}

const cache = new WeakMap<LeaderboardData, Map<string, readonly LeaderboardRow[]>>();

/** Ranked, priced rows of one category, best first; empty when the board or category does not exist. */
export function categoryRows(data: LeaderboardData, boardId: string, categoryId: string): readonly LeaderboardRow[] {
  let perData = cache.get(data);
  if (!perData) {
    perData = new Map();
    cache.set(data, perData);
  }
  const cacheKey = `${boardId}\u0000${categoryId}`;
  const cached = perData.get(cacheKey);
  if (cached) return cached;
  const board = findBoard(data, boardId);
  const category = board ? findCategory(board, categoryId) : undefined;
  const seen = new Map<string, number>();
  const rows = category
    ? rankCategory(category.entries).map((e): LeaderboardRow => {
        const n = seen.get(e.model) ?? 0;
        seen.set(e.model, n + 1);
        return { ...e, key: n === 0 ? e.model : `${e.model}#${n + 1}`, price: data.prices.get(e.model) ?? null };
      })
    : [];
  perData.set(cacheKey, rows);
  return rows;
}
