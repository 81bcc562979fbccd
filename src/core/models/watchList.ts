/**
 * Resolves the user's watch list against a category: a model name (`qwen3.7-max` watches
 * `qwen3.7-max-20260517`) or `top:<organization>` (the best-ranked model of a lab).
 */
import { queryMatchesModel } from './modelMatching';
import type { ModelCatalog } from './modelCatalog';

/** Whether a watch query names the model a board entry is (across renames and boards); absent: by name alone. */
export type SameModel = (query: string, entry: string) => boolean;

/**
 * Queries and entries as the catalog sees them: `qwen3.7-max-20260517` (a Code Arena name) names
 * `qwen3.7-max-preview` on Text, because both are Qwen3.7-Max. Each query is resolved once.
 */
export function sameModelOn(catalog: ModelCatalog, boardId: string): SameModel {
  const resolved = new Map<string, ReturnType<ModelCatalog['resolve']>>();
  return (query, entry) => {
    if (!resolved.has(query)) resolved.set(query, catalog.resolve(query));
    const model = resolved.get(query);
    return model !== null && model !== undefined && catalog.modelOfEntry(boardId, entry) === model;
  };
}

/** What a watch query is resolved against: a board row's name, lab and key (stable within a category). */
export interface WatchableRow {
  readonly key: string;
  readonly model: string;
  readonly organization: string;
}

export interface WatchHit<T extends WatchableRow = WatchableRow> {
  readonly query: string;
  /** The best-ranked matching row, or null when the model is not on this board. */
  readonly row: T | null;
}

const TOP_OF_ORG = /^top:([a-z0-9_.-]+)$/i;

/** Whether a watch-list entry is well formed (a name, or `top:<organization>`). */
export function isValidWatchQuery(query: string): boolean {
  const q = query.trim();
  return q.length > 0 && q.length <= 200 && !/[\u0000-\u001f]/.test(q) && (!q.toLowerCase().startsWith('top:') || TOP_OF_ORG.test(q));
}

/** The row a query names, best rank first (rows are in rank order). */
export function findWatched<T extends WatchableRow>(query: string, rows: readonly T[], sameModel?: SameModel): T | null {
  const top = TOP_OF_ORG.exec(query.trim());
  if (top) {
    const org = (top[1] ?? '').toLowerCase();
    return rows.find((r) => r.organization.toLowerCase() === org) ?? null;
  }
  return rows.find((r) => queryMatchesModel(query, r.model)) ?? (sameModel ? rows.find((r) => sameModel(query, r.model)) : undefined) ?? null;
}

/** The model each query names (queries naming nothing are skipped; repeats are kept). */
export function watchedModelNames(queries: readonly string[], rows: readonly WatchableRow[], sameModel?: SameModel): string[] {
  return queries.map((q) => findWatched(q, rows, sameModel)?.model).filter((m): m is string => m !== undefined);
}

/** Resolves every query, keeping the user's order and dropping duplicates of the same row. */
export function resolveWatchList<T extends WatchableRow>(queries: readonly string[], rows: readonly T[], sameModel?: SameModel): WatchHit<T>[] {
  const hits: WatchHit<T>[] = [];
  const seen = new Set<string>();
  for (const query of queries) {
    const row = findWatched(query, rows, sameModel);
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
export function toggleWatchQuery(queries: readonly string[], model: string, rows: readonly WatchableRow[], sameModel?: SameModel): string[] {
  const naming = (q: string): boolean => queryMatchesModel(q, model) || sameModel?.(q, model) === true || findWatched(q, rows, sameModel)?.model === model;
  const remaining = queries.filter((q) => !naming(q));
  return remaining.length < queries.length ? remaining : [...queries, model];
}

/** The watch list as the settings hold it: the entries, and whether the user ever set it. */
export interface WatchSetting {
  readonly queries: readonly string[];
  readonly userSet: boolean;
}

/**
 * The watch list in force, the one every view and command uses: the user's own list once they set
 * one; until then the editor's own chat models found on the board (as board names), or else the
 * shipped default. A star click or a Watch command edits this list, so what the user sees starred
 * is what gets saved.
 */
export function effectiveWatchQueries(setting: WatchSetting, editorModelNames: readonly string[]): readonly string[] {
  if (setting.userSet) return setting.queries;
  return editorModelNames.length > 0 ? [...new Set(editorModelNames)] : setting.queries;
}
