/**
 * Resolves the user's watch list against a category: a model name (`qwen3.7-max` watches
 * `qwen3.7-max-20260517`) or `top:<organization>` (the best-ranked model of a lab).
 */
import type { LeaderboardRow } from './leaderboardRows';
import { queryMatchesModel } from './modelMatching';

export interface WatchHit {
  readonly query: string;
  /** The best-ranked matching row, or null when the model is not on this board. */
  readonly row: LeaderboardRow | null;
}

const TOP_OF_ORG = /^top:([a-z0-9_.-]+)$/i;

/** Whether a watch-list entry is well formed (a name, or `top:<organization>`). */
export function isValidWatchQuery(query: string): boolean {
  const q = query.trim();
  return q.length > 0 && q.length <= 200 && !/[\u0000-\u001f]/.test(q) && (!q.toLowerCase().startsWith('top:') || TOP_OF_ORG.test(q));
}

/** The row a query names, best rank first (rows are in rank order). */
export function findWatched(query: string, rows: readonly LeaderboardRow[]): LeaderboardRow | null {
  const top = TOP_OF_ORG.exec(query.trim());
  if (top) {
    const org = (top[1] ?? '').toLowerCase();
    return rows.find((r) => r.organization.toLowerCase() === org) ?? null;
  }
  return rows.find((r) => queryMatchesModel(query, r.model)) ?? null;
}

/** The model each query names (queries naming nothing are skipped; repeats are kept). */
export function watchedModelNames(queries: readonly string[], rows: readonly LeaderboardRow[]): string[] {
  return queries.map((q) => findWatched(q, rows)?.model).filter((m): m is string => m !== undefined);
}

/** Resolves every query, keeping the user's order and dropping duplicates of the same row. */
export function resolveWatchList(queries: readonly string[], rows: readonly LeaderboardRow[]): WatchHit[] {
  const hits: WatchHit[] = [];
  const seen = new Set<string>();
  for (const query of queries) {
    const row = findWatched(query, rows);
    if (row && seen.has(row.key)) continue;
    if (row) seen.add(row.key);
    hits.push({ query, row });
  }
  return hits;
}

/**
 * The watch list after the user toggles a model's star: queries that name it (including a
 * `top:<org>` that resolves to it on these rows) are removed, or its exact name is added.
 */
export function toggleWatchQuery(queries: readonly string[], model: string, rows: readonly LeaderboardRow[]): string[] {
  const naming = (q: string): boolean => queryMatchesModel(q, model) || findWatched(q, rows)?.model === model;
  const remaining = queries.filter((q) => !naming(q));
  return remaining.length < queries.length ? remaining : [...queries, model];
}
