/**
 * The models of a data set: one per model as people think of it, each with its entry on every board,
 * its variant, display name and price, and the notes on what was merged and what was kept apart.
 * The one place that answers "is this the same model"; built once per LeaderboardData.
 */
import type { LeaderboardData, PriceInfo } from '../boards/leaderboard';
import { boardTitle } from '../boards/boardCatalog';
import type { CatalogNote, ModelEntry, ModelIdentity, ModelVariant } from './modelIdentity';
import { groupEntries, type Grouping } from './modelGrouping';
import type { Listing } from './boardListings';
import { effortLevelBases, readVariant, type VariantReading } from './modelVariants';
import { displayKey, displayName, withVariant } from './displayName';
import { unmergeableReason, visibleName } from './nameSafety';
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
  const models = identities(grouping, data.prices, notes);
  // Listing index → its model, so modelOfEntry reuses the grouping's own name maps.
  const modelOfListing: ModelIdentity[] = [];
  grouping.groups.forEach((indices, i) => {
    const model = models[i];
    if (model) for (const l of indices) modelOfListing[l] = model;
  });
  return new Catalog(models, notes, grouping.byName, modelOfListing);
}

/** The entries' common price: one OpenRouter model for all of them, else none (with a note). */
function priceOf(entries: readonly ModelEntry[], prices: ReadonlyMap<string, PriceInfo>, notes: CatalogNote[]): PriceInfo | null {
  if (entries.length === 1) return prices.get(entries[0]?.name ?? '') ?? null;
  const found: PriceInfo[] = [];
  for (const e of entries) {
    const price = prices.get(e.name);
    if (price) found.push(price);
  }
  const first = found[0];
  if (!first) return null;
  if (found.some((p) => p.openRouterId !== first.openRouterId)) {
    const ids = [...new Set(found.map((p) => p.openRouterId))];
    notes.push({ kind: 'not-merged', entries: entries.map(({ boardId, name }) => ({ boardId, name })), text: `Not priced: the entries of ${entries[0]?.name ?? ''} match different OpenRouter models (${ids.join(', ')}).` });
    return null;
  }
  return found.find((p) => p.match === 'exact') ?? first;
}

function toEntry(l: Listing): ModelEntry {
  return { boardId: l.boardId, name: l.name, organization: l.organization, categories: l.categories, rank: l.rank, rankCategory: l.rankCategory, merge: l.merge };
}

/** A model before ids, unique names and base links are settled. */
interface Draft {
  readonly primary: Listing;
  readonly members: readonly Listing[];
  readonly reading: VariantReading | null;
  readonly baseName: string;
  name: string;
}

function identities(grouping: Grouping, prices: ReadonlyMap<string, PriceInfo>, notes: CatalogNote[]): ModelIdentity[] {
  const { listings, groups } = grouping;
  const boardOrder = new Map<string, number>();
  for (const l of listings) if (!boardOrder.has(l.boardId)) boardOrder.set(l.boardId, boardOrder.size);
  const keys: string[] = [];
  for (const l of listings) if (l.key !== '') keys.push(l.key);
  const effortBases = effortLevelBases(keys);
  // Display keys keep release numbers (`gpt-4-0314`), so their bases are looked up by their normalised form.
  const effortBasesShown = { has: (base: string): boolean => effortBases.has(normaliseModelName(base)) };
  const cased = new Map<string, string>();
  const drafts: Draft[] = groups.map((indices) => {
    const members: Listing[] = [];
    for (const i of indices) {
      const l = listings[i];
      if (l) members.push(l);
    }
    const primary = members[0] as Listing;
    const reading = primary.key ? readVariant(primary.key, effortBases) : null;
    const baseName = primary.key ? shownBase(primary, reading !== null, effortBasesShown, cased) : visibleName(primary.name);
    return { primary, members, reading, baseName, name: withVariant(baseName, reading?.label ?? null) };
  });
  // Display names that read alike are told apart by the board's name ("Claude 3.5 Sonnet (claude-3-5-sonnet-20240620)"), or by the board when that is the same too.
  for (const tell of [(d: Draft): string => visibleName(d.primary.name), (d: Draft): string => boardTitle(d.primary.boardId)]) {
    const seen = new Map<string, Draft>();
    const alike = new Set<Draft>();
    for (const d of drafts) {
      const other = seen.get(d.name);
      if (other) alike.add(other).add(d);
      else seen.set(d.name, d);
    }
    if (alike.size === 0) break;
    for (const d of alike) d.name = `${withVariant(d.baseName, d.reading?.label ?? null)} (${tell(d)})`;
  }
  // Ids: the normalised name where it is free.
  const usedIds = new Set<string>();
  const idOfBase = new Map<string, string>();
  const ids = drafts.map(({ primary, reading }) => {
    let id = primary.key || `${primary.boardId}:entry-${primary.index}`;
    for (let n = 2; usedIds.has(id); n++) id = `${primary.key || primary.boardId}#${n}`;
    usedIds.add(id);
    if (primary.key && !reading && primary.keptApart === null) idOfBase.set(primary.key, id);
    return id;
  });
  return drafts.map(({ primary, members, reading, baseName, name }, i): ModelIdentity => {
    // A stable sort by board keeps the group's order within a board: the entry the model is named after first.
    const ordered = members.length > 1 ? members.slice().sort((a, b) => (boardOrder.get(a.boardId) ?? 0) - (boardOrder.get(b.boardId) ?? 0)) : members;
    const entries = ordered.map(toEntry);
    const variant: ModelVariant | null = reading ? { label: reading.label, baseKey: reading.base, baseId: idOfBase.get(reading.base) ?? null, because: tierReason(reading.label, reading.base, effortBases) } : null;
    return {
      id: ids[i] ?? '',
      name,
      baseName,
      organization: primary.organization || (members.find((m) => m.organization !== '')?.organization ?? ''),
      variant,
      entries,
      price: priceOf(entries, prices, notes),
      keptApart: primary.keptApart,
    };
  });
}

/** The display name of a listing's base (its variant read the same way as for identity). */
function shownBase(primary: Listing, hasVariant: boolean, effortBases: Pick<ReadonlySet<string>, 'has'>, cased: Map<string, string>): string {
  const key = displayKey(primary.name);
  if (!hasVariant) return displayName(key, primary.name, cased);
  const shown = readVariant(key, effortBases);
  return displayName(shown?.base ?? key, null, cased);
}

/** Why `-max` or `-medium` was read as an effort level: the sibling effort level listed for the same base. */
function tierReason(label: string, base: string, effortBases: ReadonlyMap<string, string>): string | null {
  if (!label.includes('max') && !label.includes('medium')) return null;
  const word = label.split(' · ').find((part) => part === 'max' || part === 'medium');
  const sibling = word ? effortBases.get(base) : undefined;
  return word && sibling ? `-${word} read as an effort level: ${base} is also listed as ${sibling}` : null;
}

class Catalog implements ModelCatalog {
  private readonly ids: ReadonlyMap<string, ModelIdentity>;
  private search: ModelSearch | null = null;

  constructor(
    readonly models: readonly ModelIdentity[],
    readonly notes: readonly CatalogNote[],
    /** Board → name → listing, from the grouping. */
    private readonly byName: ReadonlyMap<string, ReadonlyMap<string, Listing>>,
    private readonly modelOfListing: readonly ModelIdentity[],
  ) {
    const ids = new Map<string, ModelIdentity>();
    for (const m of models) ids.set(m.id, m);
    this.ids = ids;
  }

  byId(id: string): ModelIdentity | null {
    return this.ids.get(id) ?? null;
  }

  modelOfEntry(boardId: string, entryName: string): ModelIdentity | null {
    const listing = this.byName.get(boardId)?.get(entryName);
    return listing ? (this.modelOfListing[listing.index] ?? null) : null;
  }

  entryOn(model: ModelIdentity, boardId: string): string | null {
    return model.entries.find((e) => e.boardId === boardId)?.name ?? null;
  }

  entryIn(model: ModelIdentity, boardId: string, categoryId: string): string | null {
    return model.entries.find((e) => e.boardId === boardId && e.categories.includes(categoryId))?.name ?? null;
  }

  find(query: string, limit?: number): readonly ModelCandidate[] {
    this.search ??= new ModelSearch(this.models);
    return this.search.find(query, limit);
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
