/**
 * The models of a grouping: each group's display name (told apart from look-alikes), id, variant,
 * entries per board and price. The steps are small functions so that each is optimised on its own.
 */
import type { PriceInfo } from '../boards/leaderboard';
import { boardTitle } from '../boards/boardCatalog';
import type { CatalogNote, ModelEntry, ModelIdentity, ModelVariant } from './modelIdentity';
import type { Grouping } from './modelGrouping';
import type { Listing } from './boardListings';
import { effortLevelBases, readVariant, type VariantReading } from './modelVariants';
import { displayKey, displayName, withVariant } from './displayName';
import { visibleName } from './nameSafety';
import { normaliseModelName } from './modelMatching';

/** A model before ids, unique names and base links are settled. */
interface Draft {
  readonly primary: Listing;
  readonly members: readonly Listing[];
  readonly reading: VariantReading | null;
  readonly baseName: string;
  name: string;
}

/** One model per group of the grouping, in the grouping's order; notes on prices that disagree go to `notes`. */
export function catalogModels(grouping: Grouping, prices: ReadonlyMap<string, PriceInfo>, notes: CatalogNote[]): ModelIdentity[] {
  const keys: string[] = [];
  for (const l of grouping.listings) if (l.key !== '') keys.push(l.key);
  const effortBases = effortLevelBases(keys);
  const drafts = draftsOf(grouping, effortBases);
  tellApart(drafts);
  const { ids, idOfBase } = idsOf(drafts);
  const boardOrder = new Map<string, number>();
  for (const l of grouping.listings) if (!boardOrder.has(l.boardId)) boardOrder.set(l.boardId, boardOrder.size);
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

/** Each group's variant and display name. */
function draftsOf({ listings, groups }: Grouping, effortBases: ReadonlyMap<string, string>): Draft[] {
  // Display keys keep release numbers (`gpt-4-0314`), so their bases are looked up by their normalised form.
  const effortBasesShown = { has: (base: string): boolean => effortBases.has(normaliseModelName(base)) };
  const cased = new Map<string, string>();
  return groups.map((indices) => {
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
}

/** The display name of a listing's base (its variant read the same way as for identity). */
function shownBase(primary: Listing, hasVariant: boolean, effortBases: Pick<ReadonlySet<string>, 'has'>, cased: Map<string, string>): string {
  const key = displayKey(primary.name);
  if (!hasVariant) return displayName(key, primary.name, cased);
  const shown = readVariant(key, effortBases);
  return displayName(shown?.base ?? key, null, cased);
}

/** Display names that read alike are told apart by the board's name ("Claude 3.5 Sonnet (claude-3-5-sonnet-20240620)"), or by the board when that is the same too. */
function tellApart(drafts: readonly Draft[]): void {
  for (const tell of [(d: Draft): string => visibleName(d.primary.name), (d: Draft): string => boardTitle(d.primary.boardId)]) {
    const seen = new Map<string, Draft>();
    const alike = new Set<Draft>();
    for (const d of drafts) {
      const other = seen.get(d.name);
      if (other) alike.add(other).add(d);
      else seen.set(d.name, d);
    }
    if (alike.size === 0) return;
    for (const d of alike) d.name = `${withVariant(d.baseName, d.reading?.label ?? null)} (${tell(d)})`;
  }
}

/** Ids: the normalised name where it is free; and the id of each base listed itself. */
function idsOf(drafts: readonly Draft[]): { ids: string[]; idOfBase: Map<string, string> } {
  const usedIds = new Set<string>();
  const idOfBase = new Map<string, string>();
  const ids = drafts.map(({ primary, reading }) => {
    let id = primary.key || `${primary.boardId}:entry-${primary.index}`;
    for (let n = 2; usedIds.has(id); n++) id = `${primary.key || primary.boardId}#${n}`;
    usedIds.add(id);
    if (primary.key && !reading && primary.keptApart === null) idOfBase.set(primary.key, id);
    return id;
  });
  return { ids, idOfBase };
}

function toEntry(l: Listing): ModelEntry {
  return { boardId: l.boardId, name: l.name, organization: l.organization, categories: l.categories, rank: l.rank, rankCategory: l.rankCategory, merge: l.merge };
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

/** Why `-max` or `-medium` was read as an effort level: the sibling effort level listed for the same base. */
function tierReason(label: string, base: string, effortBases: ReadonlyMap<string, string>): string | null {
  if (!label.includes('max') && !label.includes('medium')) return null;
  const word = label.split(' · ').find((part) => part === 'max' || part === 'medium');
  const sibling = word ? effortBases.get(base) : undefined;
  return word && sibling ? `-${word} read as an effort level: ${base} is also listed as ${sibling}` : null;
}
