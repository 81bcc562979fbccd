/**
 * The models of a data set: one per model as people think of it, each with its entry on every board,
 * its variant, display name and price, and the notes on what was merged and what was kept apart.
 * The one place that answers "is this the same model"; built once per LeaderboardData.
 */
import type { LeaderboardData } from '../boards/leaderboard';
import { boardTitle } from '../boards/boardCatalog';
import type { CatalogNote, ModelIdentity } from './modelIdentity';
import { groupEntries } from './modelGrouping';
import type { Listing } from './boardListings';
import { catalogModels } from './catalogModels';
import { unmergeableReason } from './nameSafety';
import { normaliseModelName } from './modelMatching';
import { ModelSearch, SAME_NAME_SCORE, type ModelCandidate } from './modelSearch';

/** How a source other than Arena (a benchmark, a price list) asks for the model of one of its names. */
export interface ForeignNameRules {
  /** The lab the source names, checked against the model's organisation when both are known. */
  readonly organization?: string;
}

/** The model a foreign name is, and why. */
export interface ForeignMatch {
  readonly model: ModelIdentity;
  readonly because: string;
}

export interface ModelCatalog {
  /** Every model, in board order (Code Arena's first). */
  readonly models: readonly ModelIdentity[];
  /** What was merged across names and what was kept apart, for the log. Identical names on two boards go without a note. */
  readonly notes: readonly CatalogNote[];
  byId(id: string): ModelIdentity | null;
  /** The model a board's entry is, or null when the board has no entry of that name. */
  modelOfEntry(boardId: string, entryName: string): ModelIdentity | null;
  /** The model's entry on a board (the one it is listed under in most categories), or null. */
  entryOn(model: ModelIdentity, boardId: string): string | null;
  /** The model's entry in one category of a board (a rename can leave an old name in one category), or null. */
  entryIn(model: ModelIdentity, boardId: string, categoryId: string): string | null;
  /** Ranked candidates for a name as people write it ("Claude Opus 4.7", "qwen 3.7 max"). */
  find(query: string, limit?: number): readonly ModelCandidate[];
  /** The one model a name means (an entry name, id, display name, or the same words), or null when none or several. */
  resolve(name: string): ModelIdentity | null;
  /** The model another source's name is: the same name up to date stamp and spelling, after a `vendor/` prefix; null when not certain. */
  matchForeign(name: string, rules?: ForeignNameRules): ForeignMatch | null;
}

const cache = new WeakMap<LeaderboardData, ModelCatalog>();

/** The catalog of a data set (built once per LeaderboardData, then shared by every view). */
export function buildModelCatalog(data: LeaderboardData): ModelCatalog {
  let catalog = cache.get(data);
  if (!catalog) {
    catalog = createModelCatalog(data);
    cache.set(data, catalog);
  }
  return catalog;
}

/** A fresh catalog, not cached (benchmarks measure this). */
export function createModelCatalog(data: LeaderboardData): ModelCatalog {
  const grouping = groupEntries(data);
  const notes = [...grouping.notes];
  const models = catalogModels(grouping, data.prices, notes);
  // Listing index → its model, so modelOfEntry reuses the grouping's own name maps.
  const modelOfListing: ModelIdentity[] = [];
  grouping.groups.forEach((indices, i) => {
    const model = models[i];
    if (model) for (const l of indices) modelOfListing[l] = model;
  });
  return new Catalog(models, notes, grouping.byName, modelOfListing);
}

class Catalog implements ModelCatalog {
  // Built on first use, like the search index: a refresh builds a catalog, not every view asks these.
  #ids: ReadonlyMap<string, ModelIdentity> | null = null;
  #search: ModelSearch | null = null;

  readonly #byName: ReadonlyMap<string, ReadonlyMap<string, Listing>>;
  readonly #modelOfListing: readonly ModelIdentity[];

  constructor(
    readonly models: readonly ModelIdentity[],
    readonly notes: readonly CatalogNote[],
    /** Board → name → listing, from the grouping. */
    byName: ReadonlyMap<string, ReadonlyMap<string, Listing>>,
    modelOfListing: readonly ModelIdentity[],
  ) {
    this.#byName = byName;
    this.#modelOfListing = modelOfListing;
  }

  byId(id: string): ModelIdentity | null {
    if (!this.#ids) {
      const ids = new Map<string, ModelIdentity>();
      for (const m of this.models) ids.set(m.id, m);
      this.#ids = ids;
    }
    return this.#ids.get(id) ?? null;
  }

  modelOfEntry(boardId: string, entryName: string): ModelIdentity | null {
    const listing = this.#byName.get(boardId)?.get(entryName);
    return listing ? (this.#modelOfListing[listing.index] ?? null) : null;
  }

  entryOn(model: ModelIdentity, boardId: string): string | null {
    return model.entries.find((e) => e.boardId === boardId)?.name ?? null;
  }

  entryIn(model: ModelIdentity, boardId: string, categoryId: string): string | null {
    return model.entries.find((e) => e.boardId === boardId && e.categories.includes(categoryId))?.name ?? null;
  }

  find(query: string, limit?: number): readonly ModelCandidate[] {
    this.#search ??= new ModelSearch(this.models);
    return this.#search.find(query, limit);
  }

  resolve(name: string): ModelIdentity | null {
    const [first, second] = this.find(name, 2);
    if (!first || first.score < SAME_NAME_SCORE) return null;
    return second && second.score === first.score ? null : first.model;
  }

  matchForeign(name: string, rules: ForeignNameRules = {}): ForeignMatch | null {
    const slash = name.lastIndexOf('/');
    const local = slash >= 0 ? name.slice(slash + 1) : name;
    const key = normaliseModelName(local);
    if (unmergeableReason(name) !== null || !key) return null;
    const found = this.models.filter((m) => m.keptApart === null && m.entries.some((e) => normaliseModelName(e.name) === key));
    const [model] = found;
    if (!model || found.length > 1) return null;
    const org = rules.organization?.toLowerCase() ?? '';
    if (org && model.organization && org !== model.organization.toLowerCase()) return null;
    const entry = model.entries.find((e) => normaliseModelName(e.name) === key);
    return entry ? { model, because: `${local} reads ${key}, the name of ${model.name} on ${boardTitle(entry.boardId)} (${entry.name})` } : null;
  }
}
