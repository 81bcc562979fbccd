/**
 * Which board entries are one model. Conservative and explainable: every merge names its rule and
 * evidence, a doubtful case stays apart with a note saying why, and a wrong merge is treated as
 * worse than a missed one. The rules, in the order they run:
 * 1. keep apart names that cannot be trusted (empty, enormous, hidden characters) or that collide
 *    on one board (two entries read the same once normalised, or one name listed twice);
 * 2. join an Arena rename on one board (the alias table, and Arena's `X-thinking` → `X-high`), when
 *    the two names never share a category;
 * 3. join the same name up to date stamp and spelling across boards;
 * 4. join `X-preview` on one board with `X` on another, when no board lists both and nothing else competes.
 * A model never holds two entries listed side by side in one category.
 */
import type { LeaderboardData } from '../boards/leaderboard';
import { boardTitle, categoryLabel } from '../boards/boardCatalog';
import type { CatalogNote } from './modelIdentity';
import { normaliseModelName } from './modelMatching';
import { renameTargetsOf } from './modelAliases';
import { unmergeableReason, visibleName } from './nameSafety';
import { collectListings, type Listing } from './boardListings';
import { ListingJoins } from './listingJoins';

export interface Grouping {
  /** Every distinct name of every board, boards in display order. */
  readonly listings: readonly Listing[];
  /** Per board, its listings by name as published. */
  readonly byName: ReadonlyMap<string, ReadonlyMap<string, Listing>>;
  /** Listing indices per model, the listing the model is named after first. */
  readonly groups: readonly (readonly number[])[];
  readonly notes: readonly CatalogNote[];
}

/** Every listing by normalised name, kept-apart ones too (a preview must know every release candidate). */
type ByKey = ReadonlyMap<string, readonly Listing[]>;

const PREVIEW = '-preview';

const where = (l: Listing): string => boardTitle(l.boardId);
const shown = (l: Listing): string => `${visibleName(l.name)} on ${where(l)}`;
const isOpen = (l: Listing): boolean => l.key !== '' && l.keptApart === null;
const open = (l: Listing | undefined): l is Listing => l !== undefined && isOpen(l);
const keepApart = (l: Listing, why: string): void => {
  l.keptApart ??= why;
};

/** Groups the entries of every board into models. */
export function groupEntries(data: LeaderboardData): Grouping {
  const { listings, byName } = collectListings(data);
  // Each rule is a function of its own: small enough for the optimising compiler to take on early and keep.
  const joins = new ListingJoins(listings);
  const byKey = keyListings(listings, joins);
  keepCollisionsApart(listings, byKey, joins);
  joinRenames(listings, byKey, joins);
  joinSameNames(byKey, joins);
  joinPreviews(byKey, joins);
  return { listings, byName, groups: joins.groups(), notes: joins.notes };
}

/** 1a. The normalised name of every listing whose name can be trusted; the others stay models of their own. */
function keyListings(listings: readonly Listing[], joins: ListingJoins): ByKey {
  const byKey = new Map<string, Listing[]>();
  for (const l of listings) {
    const unsafe = unmergeableReason(l.name);
    if (unsafe) {
      keepApart(l, unsafe);
      joins.refuse([l], `${shown(l)} stays a model of its own: ${unsafe}`);
      continue;
    }
    l.key = normaliseModelName(l.name);
    const list = byKey.get(l.key);
    if (list) list.push(l);
    else byKey.set(l.key, [l]);
  }
  return byKey;
}

/** 1b. Names that collide on one board (two read the same once normalised, or one is listed twice), and every name that could be either. */
function keepCollisionsApart(listings: readonly Listing[], byKey: ByKey, joins: ListingJoins): void {
  const contested = new Map<string, string>();
  for (const first of listings) {
    const list = first.key ? byKey.get(first.key) : undefined;
    if (!list || (list.length === 1 && first.twice === null)) continue;
    const sameBoard = list.length === 1 ? list : list.filter((l) => l.boardId === first.boardId);
    if (sameBoard[0] !== first) continue;
    if (sameBoard.length > 1) {
      const names = sameBoard.map((l) => l.name).join(' and ');
      for (const l of sameBoard) keepApart(l, `${names} on ${where(l)} read the same once normalised (${l.key})`);
      joins.refuse(sameBoard, `${names} on ${where(first)} read the same once normalised (${first.key}), so each stays a model of its own`);
      contested.set(first.key, `${names} on ${where(first)}`);
    } else if (first.twice !== null) {
      keepApart(first, `${first.name} is listed twice in ${where(first)} · ${categoryLabel(first.twice)}`);
      joins.refuse([first], `${first.name} is listed twice in ${where(first)} · ${categoryLabel(first.twice)} (two entries under one name), so it is matched to no other board`);
      contested.set(first.key, `the two entries named ${first.name} on ${where(first)}`);
    }
  }
  if (contested.size === 0) return;
  for (const l of listings) {
    const rival = isOpen(l) ? contested.get(l.key) : undefined;
    if (rival) {
      keepApart(l, `it could be either of ${rival}`);
      joins.refuse([l], `${shown(l)} could be either of ${rival}`);
    }
  }
}

/** "Overall, Coding": the categories of a listing, for a note. */
function categoryList(categories: readonly string[]): string {
  let text = '';
  for (const c of categories) text = text.length === 0 ? categoryLabel(c) : `${text}, ${categoryLabel(c)}`;
  return text;
}

/** 2. Renames within one board. */
function joinRenames(listings: readonly Listing[], byKey: ByKey, joins: ListingJoins): void {
  for (const old of listings) {
    if (!isOpen(old)) continue;
    for (const target of renameTargetsOf(old.name)) {
      const renamed = byKey.get(normaliseModelName(target.to))?.find((l) => l.boardId === old.boardId);
      if (!open(renamed) || joins.root(renamed.index) === joins.root(old.index)) continue;
      const conflict = joins.clash(old.index, renamed.index);
      if (conflict) {
        joins.refuse([old, renamed], `${conflict}, so the rename ${old.name} → ${renamed.name} does not apply there`);
        continue;
      }
      joins.join(old, renamed, 'rename', `${target.reason}; ${where(old)} still lists the old name in ${categoryList(old.categories)}`);
      old.secondary = true;
    }
  }
}

/** 3. The same name (up to date stamp and spelling) on several boards. */
function joinSameNames(byKey: ByKey, joins: ListingJoins): void {
  for (const all of byKey.values()) {
    if (all.length < 2) continue;
    let anchor: Listing | null = null;
    for (const other of all) {
      if (!isOpen(other)) continue;
      if (!anchor) {
        anchor = other;
        continue;
      }
      const sameName = other.name === anchor.name;
      const [ao, oo] = [anchor.organization, other.organization];
      if (ao !== oo && (!sameName || (ao !== '' && oo !== ''))) {
        joins.refuse([other, anchor], `${shown(other)} (${oo || 'no organisation'}) and ${shown(anchor)} (${ao || 'no organisation'}) name different organisations`);
        continue;
      }
      const conflict = joins.clash(other.index, anchor.index);
      if (conflict) {
        joins.refuse([other, anchor], conflict);
        continue;
      }
      joins.join(other, anchor, 'same-name', sameName ? 'the same name' : `the same name up to ${/\d{6}/.test(other.name + anchor.name) ? 'the date stamp' : 'spelling'} (both read ${anchor.key})`);
    }
  }
}

/** 4. A preview on one board, its release on another. */
function joinPreviews(byKey: ByKey, joins: ListingJoins): void {
  for (const all of byKey.values()) {
    const key = all[0]?.key ?? '';
    if (!key.endsWith(PREVIEW) || key.length === PREVIEW.length) continue;
    const base = key.slice(0, -PREVIEW.length);
    const releases = byKey.get(base) ?? [];
    const previews = all.filter(isOpen);
    const preview = previews[0];
    const release = releases[0];
    if (!preview || !release) continue;
    const bothOn = [...new Set(releases.map((r) => r.boardId))].filter((b) => all.some((p) => p.boardId === b));
    const pair = `${preview.name} and ${[...new Set(releases.map((r) => r.name))].join(', ')}`;
    if (bothOn.length > 0) {
      joins.refuse([preview, release], `${pair} are both listed on ${bothOn.map(boardTitle).join(' and ')}, so the preview stays a model of its own`);
      continue;
    }
    const releaseGroups = new Set(releases.map((r) => (isOpen(r) ? joins.root(r.index) : -1 - r.index)));
    const previewGroups = new Set(previews.map((p) => joins.root(p.index)));
    if (releaseGroups.size !== 1 || previewGroups.size !== 1 || !isOpen(release)) {
      joins.refuse([preview, release], `${pair} could pair up in more than one way, so none is taken as the other's release`);
      continue;
    }
    if (preview.organization === '' || preview.organization !== release.organization) {
      joins.refuse([preview, release], `${shown(preview)} and ${shown(release)} do not name the same organisation`);
      continue;
    }
    const conflict = joins.clash(preview.index, release.index);
    if (conflict) {
      joins.refuse([preview, release], conflict);
      continue;
    }
    joins.join(preview, release, 'preview-release', `the preview of ${base}: the same name but for -preview${release.name !== base ? ' and the date stamp' : ''}, no board lists both, and no other entry could be its release`);
    for (const p of joins.membersOf(joins.root(release.index))) {
      const l = joins.listings[p];
      if (l?.key === key) l.secondary = true;
    }
  }
}
