/**
 * Maps the chat models available in the editor (VS Code Language Model API) to leaderboard rows,
 * with the same precision-first rules as prices: the same name (or family), else an effort variant
 * of it shown as a "proxy"; anything looser is no match.
 */
import { normaliseModelName } from './modelMatching';
import { effortLevelBases, stripVariantSuffix } from './modelVariants';

/** What the editor tells us about a chat model. */
export interface EditorModel {
  readonly id: string;
  readonly name: string;
  readonly vendor: string;
  readonly family: string;
  readonly version: string;
}

/** What an editor model is matched against: a board row's name and lab. */
export interface NamedRow {
  readonly model: string;
  readonly organization: string;
}

export interface EditorModelMatch<T extends NamedRow = NamedRow> {
  readonly model: EditorModel;
  readonly row: T | null;
  /** `exact`: the same model; `proxy`: scored through an effort/harness variant of it. */
  readonly kind: 'exact' | 'proxy' | null;
}

function keysOf(m: EditorModel): string[] {
  return [...new Set([m.family, m.id, m.name].filter((k) => k.length > 0 && k.length <= 200).map(normaliseModelName))];
}

/** The first (best-ranked) row per normalised name, and per name without its effort/harness suffix: built once per rows. */
interface RowIndex<T extends NamedRow> {
  readonly exact: ReadonlyMap<string, T>;
  readonly proxy: ReadonlyMap<string, T>;
}

function indexRows<T extends NamedRow>(rows: readonly T[]): RowIndex<T> {
  const exact = new Map<string, T>();
  const proxy = new Map<string, T>();
  const names = rows.map((row) => normaliseModelName(row.model));
  const effortBases = effortLevelBases(names);
  for (const [i, row] of rows.entries()) {
    const name = names[i] ?? '';
    if (!exact.has(name)) exact.set(name, row);
    const stripped = stripVariantSuffix(name, effortBases);
    if (stripped !== null && !proxy.has(stripped)) proxy.set(stripped, row);
  }
  return { exact, proxy };
}

function matchIndexed<T extends NamedRow>(model: EditorModel, index: RowIndex<T>): EditorModelMatch<T> {
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
export function matchEditorModel<T extends NamedRow>(model: EditorModel, rows: readonly T[]): EditorModelMatch<T> {
  return matchIndexed(model, indexRows(rows));
}

/** Matches every editor model (duplicates of the same vendor/id dropped); the rows are indexed once. */
export function matchEditorModels<T extends NamedRow>(models: readonly EditorModel[], rows: readonly T[]): EditorModelMatch<T>[] {
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
