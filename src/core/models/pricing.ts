/** Price arithmetic for comparisons: one blended $/M figure and what a score gain costs. */
import type { PriceInfo } from '../boards/leaderboard';

/** Input:output token ratio of the blend (3:1, the usual assumption for chat and coding use). */
export const BLEND_INPUT_SHARE = 0.75;

/** Blended USD per million tokens (3 input : 1 output), or null when either price is unknown. */
export function blendedPrice(price: PriceInfo | null): number | null {
  if (!price || price.inputPerM === null || price.outputPerM === null) return null;
  return price.inputPerM * BLEND_INPUT_SHARE + price.outputPerM * (1 - BLEND_INPUT_SHARE);
}

export interface PricePerPoint {
  /** Extra blended $/M the higher-scoring model costs (negative: it is cheaper). */
  readonly extraPerM: number;
  /** Score points gained. */
  readonly points: number;
  /** extraPerM / points, or null when the gain is not positive. */
  readonly perPoint: number | null;
}

/** What the better model (a) costs extra for its score gain over b; null when a price is unknown. */
export function pricePerPoint(a: { rating: number; price: PriceInfo | null }, b: { rating: number; price: PriceInfo | null }): PricePerPoint | null {
  const pa = blendedPrice(a.price);
  const pb = blendedPrice(b.price);
  if (pa === null || pb === null) return null;
  const points = a.rating - b.rating;
  const extraPerM = pa - pb;
  return { extraPerM, points, perPoint: points > 0 ? extraPerM / points : null };
}
