/**
 * Maps the chat models available in the editor (VS Code Language Model API) to leaderboard rows,
 * with the same precision-first rules as prices: the same name (or family), else an effort variant
 * of it shown as a "proxy"; anything looser is no match.
 */
import type { LeaderboardRow } from './leaderboardRows';
import { normaliseModelName, stripVariantSuffix } from './modelMatching';

/** What the editor tells us about a chat model. */
export interface EditorModel {
  readonly id: string;
  readonly name: string;
  readonly vendor: string;
  readonly family: string;
  readonly version: string;
}

export interface EditorModelMatch {
  readonly model: EditorModel;
  readonly row: LeaderboardRow | null;
  /** `exact`: the same model; `proxy`: scored through an effort/harness variant of it. */
  readonly kind: 'exact' | 'proxy' | null;
}

function keysOf(m: EditorModel): string[] {
  return [...new Set([m.family, m.id, m.name].filter((k) => k.length > 0 && k.length <= 200).map(normaliseModelName))];
}

/** The first (best-ranked) row per normalised name, and per name without its effort/harness suffix: built once per rows. */
interface RowIndex {
  readonly exact: ReadonlyMap<string, LeaderboardRow>;
  readonly proxy: ReadonlyMap<string, LeaderboardRow>;
}

function indexRows(rows: readonly LeaderboardRow[]): RowIndex {
  const exact = new Map<string, LeaderboardRow>();
  const proxy = new Map<string, LeaderboardRow>();
  for (const row of rows) {
    const name = normaliseModelName(row.model);
    if (!exact.has(name)) exact.set(name, row);
    const stripped = stripVariantSuffix(name, row.organization);
    if (stripped !== null && !proxy.has(stripped)) proxy.set(stripped, row);
  }
  return { exact, proxy };
}

function matchIndexed(model: EditorModel, index: RowIndex): EditorModelMatch {
  const keys = keysOf(model);
  for (const key of keys) {
    const exact = index.exact.get(key);
    if (exact) return { model, row: exact, kind: 'exact' };
  }
  for (const key of keys) {
    const proxy = index.proxy.get(key);
    if (proxy) return { model, row: proxy, kind: 'proxy' };
  }
  return { model, row: null, kind: null };
}

/** The best-ranked row for one editor model, or none. */
export function matchEditorModel(model: EditorModel, rows: readonly LeaderboardRow[]): EditorModelMatch {
  return matchIndexed(model, indexRows(rows));
}

/** Matches every editor model (duplicates of the same vendor/id dropped); the rows are indexed once. */
export function matchEditorModels(models: readonly EditorModel[], rows: readonly LeaderboardRow[]): EditorModelMatch[] {
  const seen = new Set<string>();
  const unique = models.filter((m) => {
    const k = `${m.vendor}/${m.id}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  if (unique.length === 0) return [];
  const index = indexRows(rows);
  return unique.map((m) => matchIndexed(m, index));
}
