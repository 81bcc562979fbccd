/**
 * The bookkeeping of grouping: which listings are joined so far (a union-find over listing indices),
 * the members of each group, and the notes on what was merged and what was refused. The rules that
 * decide the joins are in modelGrouping.
 */
import { boardTitle, categoryLabel } from '../boards/boardCatalog';
import type { CatalogNote, EntryRef, MergeReason } from './modelIdentity';
import type { Listing } from './boardListings';

/** How a listing is named in a note. */
export const entryRef = (l: Listing): EntryRef => ({ boardId: l.boardId, name: l.name });

export class ListingJoins {
  readonly #parent: number[];
  /** Members of each group of more than one listing, by root (a listing alone has no entry: fewer arrays to build). */
  readonly #members = new Map<number, number[]>();
  readonly notes: CatalogNote[] = [];

  constructor(readonly listings: readonly Listing[]) {
    this.#parent = listings.map((l) => l.index);
  }

  /** The listing a group is known by (its root), compressing the path on the way. */
  root(i: number): number {
    const parent = this.#parent;
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    for (let j = i; j !== r; ) {
      const next = parent[j] ?? r;
      parent[j] = r;
      j = next;
    }
    return r;
  }

  /** The listings of the group rooted at `r`. */
  membersOf(r: number): readonly number[] {
    return this.#members.get(r) ?? [r];
  }

  refuse(entries: readonly Listing[], text: string): void {
    this.notes.push({ kind: 'not-merged', entries: entries.map(entryRef), text: `Not merged: ${text}.` });
  }

  /** Where the groups of `a` and `b` would both be listed in one category (then they are two models), or null. */
  clash(a: number, b: number): string | null {
    for (const x of this.membersOf(this.root(a))) {
      for (const y of this.membersOf(this.root(b))) {
        const lx = this.listings[x];
        const ly = this.listings[y];
        if (!lx || !ly || lx.boardId !== ly.boardId) continue;
        const shared = lx.categories.find((c) => ly.categories.includes(c));
        if (shared !== undefined) return `${lx.name} and ${ly.name} are both listed in ${boardTitle(lx.boardId)} · ${categoryLabel(shared)}`;
      }
    }
    return null;
  }

  /** Joins `joining`'s group to `anchor`'s, noting why (a same name on two boards goes without a note). */
  join(joining: Listing, anchor: Listing, rule: MergeReason['rule'], because: string): void {
    const ra = this.root(joining.index);
    const rb = this.root(anchor.index);
    if (ra === rb) return;
    this.#parent[ra] = rb;
    const into = this.#members.get(rb) ?? [rb];
    for (const m of this.membersOf(ra)) into.push(m);
    this.#members.set(rb, into);
    this.#members.delete(ra);
    joining.merge = { rule, sameAs: entryRef(anchor), because };
    if (rule !== 'same-name' || joining.name !== anchor.name) {
      this.notes.push({ kind: 'merged', entries: [entryRef(joining), entryRef(anchor)], text: `Merged: ${joining.name} on ${boardTitle(joining.boardId)} is ${anchor.name} on ${boardTitle(anchor.boardId)}: ${because}.` });
    }
  }

  /** Groups in the order of their first listing; within a group, the listing the model is named after first. */
  groups(): (readonly number[])[] {
    const groups: (readonly number[])[] = [];
    for (const l of this.listings) {
      const group = this.#members.get(this.root(l.index));
      if (!group) groups.push([l.index]);
      else if (group.every((i) => i >= l.index)) groups.push(this.#ordered(group));
    }
    return groups;
  }

  /** A group's listings in order: the ones the model is named after first, then by listing order (groups hold one to three). */
  #ordered(group: number[]): number[] {
    const listings = this.listings;
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
}
