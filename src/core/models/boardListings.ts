/**
 * Every distinct name on every board, with the categories listing it: what grouping works on.
 */
import type { LeaderboardData } from '../boards/leaderboard';
import { compareBoardIds } from '../boards/boardCatalog';
import type { MergeReason } from './modelIdentity';

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

/** The listings of every board (boards in display order), and per board its listings by name as published. */
export interface BoardListings {
  readonly listings: Listing[];
  readonly byName: Map<string, Map<string, Listing>>;
}

/**
 * Every distinct name per board with the categories listing it. This touches every row of every
 * category (10,852 in the embedded snapshot), so it does as little per row as it can.
 */
export function collectListings(data: LeaderboardData): BoardListings {
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
