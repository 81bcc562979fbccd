/**
 * "Should I switch from A to B?": side by side on every board and category, with verdicts that
 * respect the intervals, agreement between boards, prices and the cheapest tied alternative.
 */
import type { LeaderboardData, PriceInfo } from '../boards/leaderboard';
import { boardTitle, categoryLabel, compareBoardIds } from '../boards/boardCatalog';
import { categoryRows, type LeaderboardRow } from '../rankings/leaderboardRows';
import { compareRatings, winProbability, type RatingGap } from '../rankings/rankStatistics';
import { blendedPrice, pricePerPoint, type PricePerPoint } from '../models/pricing';
import { findModelRow, normaliseModelName } from '../models/modelMatching';
import { stripVariantSuffix } from '../models/modelVariants';
import { LIMITS } from '../../shared/protocolLimits';

export const MIN_COMPARE = 2;
/** The most models one comparison takes: the protocol's limit. */
export const MAX_COMPARE = LIMITS.compareModels;

export interface PairResult extends RatingGap {
  readonly a: number;
  readonly b: number;
  /** Probability that a beats b in one battle. */
  readonly winProbability: number;
  /** Price of a's gain over b (a is the higher-scoring of the two), or null when a price is unknown. */
  readonly cost: PricePerPoint | null;
}

export interface CategoryComparison {
  readonly boardId: string;
  readonly boardTitle: string;
  readonly categoryId: string;
  readonly categoryLabel: string;
  readonly publishDate: string;
  readonly total: number;
  /** One per selected model, in selection order; null when the model is not in this category. */
  readonly entries: readonly (LeaderboardRow | null)[];
  /** For a model not in this category: a differently named entry that may be related (shown as a hint, never merged). */
  readonly relatedNames: readonly (string | null)[];
  readonly pairs: readonly PairResult[];
  /** Per selected model: the cheapest priced model statistically tied with it here (null: none cheaper, or no price). */
  readonly cheapestTied: readonly (LeaderboardRow | null)[];
}

export interface Agreement {
  readonly a: number;
  readonly b: number;
  /** Categories where a is significantly ahead / behind / tied. */
  readonly aAhead: readonly string[];
  readonly bAhead: readonly string[];
  readonly tied: readonly string[];
  readonly summary: string;
}

export interface Comparison {
  readonly models: readonly string[];
  readonly prices: readonly (PriceInfo | null)[];
  readonly categories: readonly CategoryComparison[];
  readonly agreements: readonly Agreement[];
}


/** Family key for hints: no date, no `-preview`, no effort suffix. */
function familyKey(name: string, _organization: string): string {
  const base = normaliseModelName(name).replace(/-preview$/, '');
  return stripVariantSuffix(base) ?? base;
}

/** A differently named entry of the same family (`qwen3.7-max-preview` for `qwen3.7-max-20260517`), for a hint only. */
function relatedName(rows: readonly LeaderboardRow[], model: string, organization: string): string | null {
  const key = familyKey(model, organization);
  return rows.find((r) => r.model !== model && familyKey(r.model, r.organization) === key)?.model ?? null;
}

/** Cheapest priced row whose rating is statistically tied with `row`, if cheaper than `row` itself. */
export function cheapestTiedWith(row: LeaderboardRow, rows: readonly LeaderboardRow[]): LeaderboardRow | null {
  const own = blendedPrice(row.price);
  let best: LeaderboardRow | null = null;
  let bestPrice = Infinity;
  for (const other of rows) {
    if (other.key === row.key) continue;
    const price = blendedPrice(other.price);
    if (price === null || price >= bestPrice) continue;
    if (own !== null && price >= own) continue;
    if (compareRatings(other, row).verdict !== 'tied') continue;
    best = other;
    bestPrice = price;
  }
  return best;
}

function comparePair(rows: readonly (LeaderboardRow | null)[], a: number, b: number): PairResult | null {
  const ra = rows[a];
  const rb = rows[b];
  if (!ra || !rb) return null;
  const gap = compareRatings(ra, rb);
  const [hi, lo] = ra.rating >= rb.rating ? [ra, rb] : [rb, ra];
  return { ...gap, a, b, winProbability: winProbability(ra.rating, rb.rating), cost: pricePerPoint(hi, lo) };
}

function compareCategory(
  data: LeaderboardData,
  boardId: string,
  categoryId: string,
  publishDate: string,
  models: readonly string[],
  organizations: readonly string[],
): CategoryComparison | null {
  const rows = categoryRows(data, boardId, categoryId);
  const entries = models.map((m) => findModelRow(rows, m) ?? null);
  if (entries.every((e) => e === null)) return null;
  const pairs: PairResult[] = [];
  for (let a = 0; a < models.length; a++) {
    for (let b = a + 1; b < models.length; b++) {
      const pair = comparePair(entries, a, b);
      if (pair) pairs.push(pair);
    }
  }
  return {
    boardId,
    boardTitle: boardTitle(boardId),
    categoryId,
    categoryLabel: categoryLabel(categoryId),
    publishDate,
    total: rows.length,
    entries,
    relatedNames: entries.map((e, i) => (e ? null : relatedName(rows, models[i] ?? '', organizations[i] ?? ''))),
    pairs,
    cheapestTied: entries.map((e) => (e ? cheapestTiedWith(e, rows) : null)),
  };
}

/** A model's organisation, from the first board that lists it ('' when unknown). */
function organizationOf(data: LeaderboardData, model: string): string {
  for (const board of data.boards) for (const c of board.categories) for (const e of c.entries) if (e.model === model) return e.organization;
  return '';
}

/** Where two models' verdicts point across categories, in words ("the boards disagree: …"). */
function agreement(categories: readonly CategoryComparison[], models: readonly string[], a: number, b: number): Agreement {
  const aAhead: string[] = [];
  const bAhead: string[] = [];
  const tied: string[] = [];
  for (const c of categories) {
    const pair = c.pairs.find((p) => p.a === a && p.b === b);
    if (!pair) continue;
    const where = `${c.boardTitle} ${c.categoryLabel}`;
    if (pair.verdict === 'tied') tied.push(where);
    else if (pair.gap > 0) aAhead.push(where);
    else bAhead.push(where);
  }
  const [na, nb] = [models[a] ?? '', models[b] ?? ''];
  let summary: string;
  if (aAhead.length + bAhead.length + tied.length === 0) summary = `${na} and ${nb} share no board.`;
  else if (aAhead.length > 0 && bAhead.length > 0)
    summary = `The boards disagree: ${na} leads on ${aAhead.join(', ')}; ${nb} leads on ${bAhead.join(', ')}.`;
  else if (aAhead.length > 0) summary = `${na} is ahead wherever the gap is real (${aAhead.join(', ')})${tied.length ? `; tied on ${tied.length} other categor${tied.length === 1 ? 'y' : 'ies'}` : ''}.`;
  else if (bAhead.length > 0) summary = `${nb} is ahead wherever the gap is real (${bAhead.join(', ')})${tied.length ? `; tied on ${tied.length} other categor${tied.length === 1 ? 'y' : 'ies'}` : ''}.`;
  else summary = `${na} and ${nb} are statistically tied on every shared category.`;
  return { a, b, aAhead, bAhead, tied, summary };
}

/**
 * Compares 2–6 models on every board and the given categories of each board (all categories
 * when `categoriesPerBoard` has no entry for a board).
 */
export function compareModels(data: LeaderboardData, models: readonly string[], categoriesPerBoard: Readonly<Record<string, readonly string[]>> = {}): Comparison {
  const unique = [...new Set(models)].slice(0, MAX_COMPARE);
  const organizations = unique.map((m) => organizationOf(data, m));
  const categories: CategoryComparison[] = [];
  for (const board of [...data.boards].sort((x, y) => compareBoardIds(x.id, y.id))) {
    const wanted = categoriesPerBoard[board.id];
    for (const category of board.categories) {
      if (wanted && !wanted.includes(category.id)) continue;
      const result = compareCategory(data, board.id, category.id, category.publishDate, unique, organizations);
      if (result) categories.push(result);
    }
  }
  const agreements: Agreement[] = [];
  for (let a = 0; a < unique.length; a++) for (let b = a + 1; b < unique.length; b++) agreements.push(agreement(categories, unique, a, b));
  return { models: unique, prices: unique.map((m) => data.prices.get(m) ?? null), categories, agreements };
}

/** Categories compared by default: what a developer picking a coding assistant looks at. */
export const DEFAULT_COMPARE_CATEGORIES: Readonly<Record<string, readonly string[]>> = {
  webdev: ['overall', 'webdev-react', 'webdev-html', 'image_to_webdev'],
  text_style_control: ['overall', 'coding', 'hard_prompts', 'instruction_following', 'math', 'longer_query', 'multi_turn'],
};
