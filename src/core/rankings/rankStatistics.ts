/**
 * The statistics a user needs to read a leaderboard honestly: rank ranges from the 95%
 * intervals, a preliminary flag for thin evidence, win probability and a tie test.
 */
import type { RatedEntry } from '../boards/leaderboard';
import { t } from '../../shared/l10n';

/** An entry with what its interval says about its rank. */
export interface RankedEntry extends RatedEntry {
  /** Best rank the intervals allow: 1 + number of models whose lower bound is above this upper bound (Arena's upper-bound rank). */
  readonly rankBest: number;
  /** Worst rank the intervals allow: number of models whose upper bound is not below this lower bound. */
  readonly rankWorst: number;
  /** Number of other models whose 95% interval overlaps this one. */
  readonly tiedWith: number;
  readonly preliminary: boolean;
}

/** Fewer votes than this makes a rating preliminary. */
export const PRELIMINARY_MIN_VOTES = 1000;
/** A 95% half-interval wider than this (score points) makes a rating preliminary. */
export const PRELIMINARY_MAX_HALF_WIDTH = 20;

/** Thin evidence: few votes or a wide interval. */
export function isPreliminary(entry: Pick<RatedEntry, 'votes' | 'lower' | 'upper'>): boolean {
  return entry.votes < PRELIMINARY_MIN_VOTES || (entry.upper - entry.lower) / 2 > PRELIMINARY_MAX_HALF_WIDTH;
}

/** Number of values in an ascending array strictly greater than x. */
function countAbove(sortedAscending: Float64Array, x: number): number {
  let lo = 0;
  let hi = sortedAscending.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sortedAscending[mid] as number) > x) hi = mid;
    else lo = mid + 1;
  }
  return sortedAscending.length - lo;
}

/** Number of values in an ascending array strictly less than x. */
function countBelow(sortedAscending: Float64Array, x: number): number {
  let lo = 0;
  let hi = sortedAscending.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sortedAscending[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Adds rank ranges, tie counts and the preliminary flag to every entry of one category (O(n log n)). */
export function rankCategory(entries: readonly RatedEntry[]): RankedEntry[] {
  const n = entries.length;
  // Typed arrays sort numerically and fast; bounds are finite (ingest guarantees it).
  const lowers = new Float64Array(n);
  const uppers = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const e = entries[i] as RatedEntry;
    lowers[i] = e.lower;
    uppers[i] = e.upper;
  }
  lowers.sort();
  uppers.sort();
  const ranked: RankedEntry[] = new Array<RankedEntry>(n);
  for (let i = 0; i < n; i++) {
    const e = entries[i] as RatedEntry;
    const clearlyAbove = countAbove(lowers, e.upper);
    const clearlyBelow = countBelow(uppers, e.lower);
    ranked[i] = {
      model: e.model,
      organization: e.organization,
      license: e.license,
      rating: e.rating,
      lower: e.lower,
      upper: e.upper,
      variance: e.variance,
      votes: e.votes,
      rank: e.rank,
      rankBest: 1 + clearlyAbove,
      rankWorst: n - clearlyBelow,
      tiedWith: n - 1 - clearlyAbove - clearlyBelow,
      preliminary: isPreliminary(e),
    };
  }
  return ranked;
}

/** Probability that model A beats model B in one battle: 1 / (1 + 10^((Rb − Ra) / 400)). */
export function winProbability(ratingA: number, ratingB: number): number {
  return 1 / (1 + Math.pow(10, (ratingB - ratingA) / 400));
}

/** What the two ratings and their variances say about A versus B. */
export type Verdict = 'tied' | 'likely-better' | 'clearly-better' | 'likely-worse' | 'clearly-worse';

export interface RatingGap {
  /** A's score minus B's. */
  readonly gap: number;
  /** 95% half-interval of the gap: 1.96 · √(varA + varB). */
  readonly gapHalfWidth: number;
  /** gap / √(varA + varB). */
  readonly z: number;
  readonly verdict: Verdict;
}

/** |z| below this: the 95% interval of the gap contains zero, so the two are statistically tied. */
export const Z_TIED = 1.96;
/** |z| at or above this (99.9% two-sided) is "clearly" better rather than "likely". */
export const Z_CLEAR = 3.29;

/** Compares two ratings with their variances: gap ± combined 95% uncertainty and a verdict in words. */
export function compareRatings(a: Pick<RatedEntry, 'rating' | 'variance'>, b: Pick<RatedEntry, 'rating' | 'variance'>): RatingGap {
  const gap = a.rating - b.rating;
  const sd = Math.sqrt(Math.max(0, a.variance) + Math.max(0, b.variance));
  const z = sd > 0 ? gap / sd : gap === 0 ? 0 : Math.sign(gap) * Infinity;
  const size = Math.abs(z);
  let verdict: Verdict = 'tied';
  if (size >= Z_CLEAR) verdict = gap > 0 ? 'clearly-better' : 'clearly-worse';
  else if (size >= Z_TIED) verdict = gap > 0 ? 'likely-better' : 'likely-worse';
  return { gap, gapHalfWidth: 1.96 * sd, z, verdict };
}

/** The verdict in words, with A as the subject. */
export function verdictText(verdict: Verdict): string {
  switch (verdict) {
    case 'tied':
      return t('statistically tied');
    case 'likely-better':
      return t('likely better');
    case 'clearly-better':
      return t('clearly better');
    case 'likely-worse':
      return t('likely worse');
    case 'clearly-worse':
      return t('clearly worse');
  }
}

/** Rank range as text: `28` when certain, `24–33` otherwise. */
export function rankRangeText(entry: Pick<RankedEntry, 'rankBest' | 'rankWorst'>): string {
  return entry.rankBest === entry.rankWorst ? String(entry.rankBest) : `${entry.rankBest}–${entry.rankWorst}`;
}
