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
import { boardTitle, categoryLabel, compareBoardIds } from '../boards/boardCatalog';
import type { CatalogNote, EntryRef, MergeReason } from './modelIdentity';
import { normaliseModelName } from './modelMatching';
import { renameTargetsOf } from './modelAliases';
import { unmergeableReason, visibleName } from './nameSafety';

/** One distinct name on one board. */
export interface Listing {
  readonly index: number;
  readonly boardId: string;
  readonly name: string;
  readonly organization: string;
  readonly categories: string[];
  rank: number | null;
  rankCategory: string | null;
  /** Normalised name ('' when the name cannot be trusted). */
  key: string;
  /** A category that lists this name twice. */
  twice: string | null;
  /** Why it stays a model of its own (a hostile or colliding name), else null. */
  keptApart: string | null;
  /** How it joined its model; null for the listing a model starts from. */
  merge: MergeReason | null;
  /** A name the model is not named after (an old name left by a rename, a preview merged with its release). */
  secondary: boolean;
}

export interface Grouping {
  /** Every distinct name of every board, boards in display order. */
  readonly listings: readonly Listing[];
  /** Per board, its listings by name as published. */
  readonly byName: ReadonlyMap<string, ReadonlyMap<string, Listing>>;
  /** Listing indices per model, the listing the model is named after first. */
  readonly groups: readonly (readonly number[])[];
  readonly notes: readonly CatalogNote[];
}

const PREVIEW = '-preview';

/**
 * Every distinct name per board with the categories listing it. This touches every row of every
 * category (10,852 in the embedded snapshot), so it does as little per row as it can.
 */
function collect(data: LeaderboardData): { listings: Listing[]; byName: Map<string, Map<string, Listing>> } {
  const listings: Listing[] = [];
  const perBoard = new Map<string, Map<string, Listing>>();
  for (const board of [...data.boards].sort((a, b) => compareBoardIds(a.id, b.id))) {
    const byName = new Map<string, Listing>();
    perBoard.set(board.id, byName);
    for (const category of board.categories) {
      const id = category.id;
      const overall = id === 'overall';
      for (const e of category.entries) {
        const l = byName.get(e.model);
        if (!l) {
          const fresh: Listing = { index: listings.length, boardId: board.id, name: e.model, organization: e.organization, categories: [id], rank: e.rank, rankCategory: id, key: '', twice: null, keptApart: null, merge: null, secondary: false };
          byName.set(e.model, fresh);
          listings.push(fresh);
          continue;
        }
        const categories = l.categories;
        if (categories[categories.length - 1] === id) {
          l.twice ??= id;
          continue;
        }
        categories.push(id);
        if (overall) {
          l.rank = e.rank;
          l.rankCategory = id;
        }
      }
    }
  }
  return { listings, byName: perBoard };
}

const where = (l: Listing): string => boardTitle(l.boardId);
const ref = (l: Listing): EntryRef => ({ boardId: l.boardId, name: l.name });
const shown = (l: Listing): string => `${visibleName(l.name)} on ${where(l)}`;
const isOpen = (l: Listing): boolean => l.key !== '' && l.keptApart === null;
const open = (l: Listing | undefined): l is Listing => l !== undefined && isOpen(l);

/** A group's listings in order: the ones the model is named after first, then by listing order (groups hold one to three). */
function ordered(group: number[], listings: readonly Listing[]): number[] {
  const rank = (i: number): number => (listings[i]?.secondary ? listings.length : 0) + i;
  for (let i = 1; i < group.length; i++) {
    const v = group[i] ?? 0;
    let j = i - 1;
    while (j >= 0 && rank(group[j] ?? 0) > rank(v)) {
      group[j + 1] = group[j] ?? 0;
      j--;
    }
    group[j + 1] = v;
  }
  return group;
}

/** Groups the entries of every board into models. */
export function groupEntries(data: LeaderboardData): Grouping {
  const { listings, byName } = collect(data);
  const parent = listings.map((l) => l.index);
  /** Members of each group of more than one listing, by root (a listing alone has no entry: fewer arrays to build). */
  const members = new Map<number, number[]>();
  const membersOf = (r: number): readonly number[] => members.get(r) ?? [r];
  const notes: CatalogNote[] = [];
  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    for (let j = i; j !== r; ) {
      const next = parent[j] ?? r;
      parent[j] = r;
      j = next;
    }
    return r;
  };
  const refuse = (entries: readonly Listing[], text: string): void => {
    notes.push({ kind: 'not-merged', entries: entries.map(ref), text: `Not merged: ${text}.` });
  };
  const keepApart = (l: Listing, why: string): void => {
    l.keptApart ??= why;
  };
  /** Where two models would both be listed in one category (then they are two models), or null. */
  const clash = (a: number, b: number): string | null => {
    for (const x of membersOf(root(a))) {
      for (const y of membersOf(root(b))) {
        const lx = listings[x];
        const ly = listings[y];
        if (!lx || !ly || lx.boardId !== ly.boardId) continue;
        const shared = lx.categories.find((c) => ly.categories.includes(c));
        if (shared !== undefined) return `${lx.name} and ${ly.name} are both listed in ${boardTitle(lx.boardId)} · ${categoryLabel(shared)}`;
      }
    }
    return null;
  };
  const join = (joining: Listing, anchor: Listing, rule: MergeReason['rule'], because: string): void => {
    const ra = root(joining.index);
    const rb = root(anchor.index);
    if (ra === rb) return;
    parent[ra] = rb;
    const into = members.get(rb) ?? [rb];
    for (const m of membersOf(ra)) into.push(m);
    members.set(rb, into);
    members.delete(ra);
    joining.merge = { rule, sameAs: ref(anchor), because };
    if (rule !== 'same-name' || joining.name !== anchor.name) notes.push({ kind: 'merged', entries: [ref(joining), ref(anchor)], text: `Merged: ${joining.name} on ${where(joining)} is ${anchor.name} on ${where(anchor)}: ${because}.` });
  };

  // 1. Names that cannot be trusted, and names that collide on one board.
  /** Every listing by normalised name, kept-apart ones too (a preview must know every release candidate). */
  const byKey = new Map<string, Listing[]>();
  for (const l of listings) {
    const unsafe = unmergeableReason(l.name);
    if (unsafe) {
      keepApart(l, unsafe);
      refuse([l], `${shown(l)} stays a model of its own: ${unsafe}`);
      continue;
    }
    l.key = normaliseModelName(l.name);
    const list = byKey.get(l.key);
    if (list) list.push(l);
    else byKey.set(l.key, [l]);
  }
  const contested = new Map<string, string>();
  for (const first of listings) {
    const list = first.key ? byKey.get(first.key) : undefined;
    if (!list || (list.length === 1 && first.twice === null)) continue;
    const sameBoard = list.length === 1 ? list : list.filter((l) => l.boardId === first.boardId);
    if (sameBoard[0] !== first) continue;
    if (sameBoard.length > 1) {
      const names = sameBoard.map((l) => l.name).join(' and ');
      for (const l of sameBoard) keepApart(l, `${names} on ${where(l)} read the same once normalised (${l.key})`);
      refuse(sameBoard, `${names} on ${where(first)} read the same once normalised (${first.key}), so each stays a model of its own`);
      contested.set(first.key, `${names} on ${where(first)}`);
    } else if (first.twice !== null) {
      keepApart(first, `${first.name} is listed twice in ${where(first)} · ${categoryLabel(first.twice)}`);
      refuse([first], `${first.name} is listed twice in ${where(first)} · ${categoryLabel(first.twice)} (two entries under one name), so it is matched to no other board`);
      contested.set(first.key, `the two entries named ${first.name} on ${where(first)}`);
    }
  }
  if (contested.size > 0) {
    for (const l of listings) {
      const rival = isOpen(l) ? contested.get(l.key) : undefined;
      if (rival) {
        keepApart(l, `it could be either of ${rival}`);
        refuse([l], `${shown(l)} could be either of ${rival}`);
      }
    }
  }
  const onBoard = (boardId: string, key: string): Listing | undefined => byKey.get(key)?.find((l) => l.boardId === boardId);

  // 2. Renames within one board.
  for (const old of listings) {
    if (!isOpen(old)) continue;
    for (const target of renameTargetsOf(old.name)) {
      const renamed = onBoard(old.boardId, normaliseModelName(target.to));
      if (!open(renamed) || root(renamed.index) === root(old.index)) continue;
      const conflict = clash(old.index, renamed.index);
      if (conflict) {
        refuse([old, renamed], `${conflict}, so the rename ${old.name} → ${renamed.name} does not apply there`);
        continue;
      }
      join(old, renamed, 'rename', `${target.reason}; ${where(old)} still lists the old name in ${old.categories.map(categoryLabel).join(', ')}`);
      old.secondary = true;
    }
  }

  // 3. The same name (up to date stamp and spelling) on several boards.
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
        refuse([other, anchor], `${shown(other)} (${oo || 'no organisation'}) and ${shown(anchor)} (${ao || 'no organisation'}) name different organisations`);
        continue;
      }
      const conflict = clash(other.index, anchor.index);
      if (conflict) {
        refuse([other, anchor], conflict);
        continue;
      }
      join(other, anchor, 'same-name', sameName ? 'the same name' : `the same name up to ${/\d{6}/.test(other.name + anchor.name) ? 'the date stamp' : 'spelling'} (both read ${anchor.key})`);
    }
  }

  // 4. A preview on one board, its release on another.
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
      refuse([preview, release], `${pair} are both listed on ${bothOn.map(boardTitle).join(' and ')}, so the preview stays a model of its own`);
      continue;
    }
    const releaseGroups = new Set(releases.map((r) => (isOpen(r) ? root(r.index) : -1 - r.index)));
    const previewGroups = new Set(previews.map((p) => root(p.index)));
    if (releaseGroups.size !== 1 || previewGroups.size !== 1 || !isOpen(release)) {
      refuse([preview, release], `${pair} could pair up in more than one way, so none is taken as the other's release`);
      continue;
    }
    if (preview.organization === '' || preview.organization !== release.organization) {
      refuse([preview, release], `${shown(preview)} and ${shown(release)} do not name the same organisation`);
      continue;
    }
    const conflict = clash(preview.index, release.index);
    if (conflict) {
      refuse([preview, release], conflict);
      continue;
    }
    join(preview, release, 'preview-release', `the preview of ${base}: the same name but for -preview${release.name !== base ? ' and the date stamp' : ''}, no board lists both, and no other entry could be its release`);
    for (const p of membersOf(root(release.index))) {
      const l = listings[p];
      if (l?.key === key) l.secondary = true;
    }
  }

  // Groups in the order of their first listing; within a group, the listing the model is named after first.
  const groups: (readonly number[])[] = [];
  for (const l of listings) {
    const group = members.get(root(l.index));
    if (!group) groups.push([l.index]);
    else if (group.every((i) => i >= l.index)) groups.push(ordered(group, listings));
  }
  return { listings, byName, groups, notes };
}
