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
import { buildModelCatalog, type ModelCatalog } from '../models/modelCatalog';
import type { ModelIdentity } from '../models/modelIdentity';
import { LIMITS } from '../../shared/protocolLimits';
import { t } from '../../shared/l10n';

export const MIN_COMPARE = 2;
/** The most models one comparison takes: the protocol's limit. */
export const MAX_COMPARE = LIMITS.compareModels;

/** One compared model: a model of the catalog, or a name no board lists (shown as missing everywhere). */
export interface ComparedModel {
  /** What the comparison calls it: the display name ("Qwen3.7-Max"), or the name as given. */
  readonly name: string;
  readonly model: ModelIdentity | null;
}

export interface PairResult extends RatingGap {
  readonly a: number;
  readonly b: number;
  /** Probability that a beats b in one battle. */
  readonly winProbability: number;
  /** Price of the gain of the higher-scoring of the two, at the models' prices, or null when a price is unknown. */
  readonly cost: PricePerPoint | null;
}

export interface CategoryComparison {
  readonly boardId: string;
  readonly boardTitle: string;
  readonly categoryId: string;
  readonly categoryLabel: string;
  readonly publishDate: string;
  readonly total: number;
  /** One per selected model, in selection order; null when the model is not in this category. `row.model` is the entry used. */
  readonly entries: readonly (LeaderboardRow | null)[];
  /**
   * Per model, the entry's name when the model is listed under different names on different boards
   * (so a reader sees "as qwen3.7-max-preview"), else null.
   */
  readonly listedAs: readonly (string | null)[];
  /** For a model not in this category: an entry of a related model listed here (its base or a sibling variant), a hint only. */
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
  readonly models: readonly ComparedModel[];
  /** Per model: its price (the same for every entry of the model). */
  readonly prices: readonly (PriceInfo | null)[];
  readonly categories: readonly CategoryComparison[];
  readonly agreements: readonly Agreement[];
}

/** Family of a model for hints: its variant's base, else its own name less `-preview`. */
function familyOf(model: ModelIdentity): string {
  return model.variant?.baseKey ?? normaliseModelName(model.entries[0]?.name ?? '').replace(/-preview$/, '');
}

/** An entry of this category of the model's base (`gpt-5.5` for `gpt-5.5 (codex-harness)`), else of its family, for a hint only. */
function relatedName(catalog: ModelCatalog, boardId: string, rows: readonly LeaderboardRow[], model: ModelIdentity | null): string | null {
  if (!model) return null;
  const base = model.variant?.baseId ? catalog.byId(model.variant.baseId) : null;
  const baseEntry = base ? rows.find((r) => catalog.modelOfEntry(boardId, r.model) === base) : undefined;
  if (baseEntry) return baseEntry.model;
  const family = familyOf(model);
  for (const r of rows) {
    const other = catalog.modelOfEntry(boardId, r.model);
    if (other && other.id !== model.id && familyOf(other) === family) return r.model;
  }
  return null;
}

/**
 * Cheapest priced row whose rating is statistically tied with `row`, if cheaper than `row` itself
 * (at `ownPrice` when given: a model's price, which its preview entry may lack).
 */
export function cheapestTiedWith(row: LeaderboardRow, rows: readonly LeaderboardRow[], ownPrice: PriceInfo | null = row.price): LeaderboardRow | null {
  const own = blendedPrice(ownPrice);
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

function comparePair(rows: readonly (LeaderboardRow | null)[], prices: readonly (PriceInfo | null)[], a: number, b: number): PairResult | null {
  const ra = rows[a];
  const rb = rows[b];
  if (!ra || !rb) return null;
  const gap = compareRatings(ra, rb);
  const [pa, pb] = [{ rating: ra.rating, price: prices[a] ?? null }, { rating: rb.rating, price: prices[b] ?? null }];
  const [hi, lo] = ra.rating >= rb.rating ? [pa, pb] : [pb, pa];
  return { ...gap, a, b, winProbability: winProbability(ra.rating, rb.rating), cost: pricePerPoint(hi, lo) };
}

/** The row a compared model has in this category: its entry here, or (for a name no model has) the same name. */
function rowOf(catalog: ModelCatalog, rows: readonly LeaderboardRow[], boardId: string, categoryId: string, compared: ComparedModel): LeaderboardRow | null {
  if (!compared.model) return findModelRow(rows, compared.name) ?? null;
  const entry = catalog.entryIn(compared.model, boardId, categoryId);
  return entry === null ? null : (rows.find((r) => r.model === entry) ?? null);
}

function compareCategory(
  data: LeaderboardData,
  catalog: ModelCatalog,
  boardId: string,
  categoryId: string,
  publishDate: string,
  models: readonly ComparedModel[],
  prices: readonly (PriceInfo | null)[],
): CategoryComparison | null {
  const rows = categoryRows(data, boardId, categoryId);
  const entries = models.map((m) => rowOf(catalog, rows, boardId, categoryId, m));
  if (entries.every((e) => e === null)) return null;
  const pairs: PairResult[] = [];
  for (let a = 0; a < models.length; a++) {
    for (let b = a + 1; b < models.length; b++) {
      const pair = comparePair(entries, prices, a, b);
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
    listedAs: entries.map((e, i) => (e && hasSeveralNames(models[i]?.model ?? null) ? e.model : null)),
    relatedNames: entries.map((e, i) => (e ? null : relatedName(catalog, boardId, rows, models[i]?.model ?? null))),
    pairs,
    cheapestTied: entries.map((e, i) => (e ? cheapestTiedWith(e, rows, prices[i] ?? null) : null)),
  };
}

/** Whether a model is listed under more than one name (then each cell says which entry it is). */
function hasSeveralNames(model: ModelIdentity | null): boolean {
  return model !== null && new Set(model.entries.map((e) => e.name)).size > 1;
}

/** `; tied on 2 other categories`, or nothing. */
function tiedOn(count: number): string {
  return count === 0 ? '' : count === 1 ? t('; tied on 1 other category') : t('; tied on {0} other categories', count);
}

/** Where two models' verdicts point across categories, in words ("the boards disagree: …"). */
function agreement(categories: readonly CategoryComparison[], names: readonly string[], a: number, b: number): Agreement {
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
  const [na, nb] = [names[a] ?? '', names[b] ?? ''];
  let summary: string;
  if (aAhead.length + bAhead.length + tied.length === 0) summary = t('{0} and {1} share no board.', na, nb);
  else if (aAhead.length > 0 && bAhead.length > 0)
    summary = t('The boards disagree: {0} leads on {1}; {2} leads on {3}.', na, aAhead.join(t(', ')), nb, bAhead.join(t(', ')));
  else if (aAhead.length > 0) summary = t('{0} is ahead wherever the gap is real ({1}){2}.', na, aAhead.join(t(', ')), tiedOn(tied.length));
  else if (bAhead.length > 0) summary = t('{0} is ahead wherever the gap is real ({1}){2}.', nb, bAhead.join(t(', ')), tiedOn(tied.length));
  else summary = t('{0} and {1} are statistically tied on every shared category.', na, nb);
  return { a, b, aAhead, bAhead, tied, summary };
}

/**
 * The models to compare, from what a caller has: catalog models, or names as people write them
 * (entry names, "Qwen3.7-Max", "claude opus 4.7"). Repeats are dropped; a name no model has is kept
 * as given (it shows as missing everywhere).
 */
export function resolveCompared(catalog: ModelCatalog, models: readonly (string | ModelIdentity)[]): ComparedModel[] {
  const seen = new Set<string>();
  const result: ComparedModel[] = [];
  for (const m of models) {
    const model = typeof m === 'string' ? catalog.resolve(m) : (catalog.byId(m.id) ?? m);
    const key = model ? `model:${model.id}` : `name:${String(m)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(model ? { name: model.name, model } : { name: String(m), model: null });
  }
  return result.slice(0, MAX_COMPARE);
}

/**
 * Compares 2–6 models on every board where any of their entries ranks, in the given categories of
 * each board (all categories when `categoriesPerBoard` has no entry for a board). Each model is
 * compared through its own entry on each board: Qwen3.7-Max as `qwen3.7-max-20260517` on Code Arena
 * and as `qwen3.7-max-preview` on Text.
 */
export function compareModels(data: LeaderboardData, models: readonly (string | ModelIdentity)[], categoriesPerBoard: Readonly<Record<string, readonly string[]>> = {}): Comparison {
  const catalog = buildModelCatalog(data);
  const compared = resolveCompared(catalog, models);
  const prices = compared.map((c) => (c.model ? c.model.price : (data.prices.get(c.name) ?? null)));
  const categories: CategoryComparison[] = [];
  for (const board of [...data.boards].sort((x, y) => compareBoardIds(x.id, y.id))) {
    const wanted = categoriesPerBoard[board.id];
    for (const category of board.categories) {
      if (wanted && !wanted.includes(category.id)) continue;
      const result = compareCategory(data, catalog, board.id, category.id, category.publishDate, compared, prices);
      if (result) categories.push(result);
    }
  }
  const names = compared.map((c) => c.name);
  const agreements: Agreement[] = [];
  for (let a = 0; a < compared.length; a++) for (let b = a + 1; b < compared.length; b++) agreements.push(agreement(categories, names, a, b));
  return { models: compared, prices, categories, agreements };
}

/** The names of the compared models on one board (the name as given for one it does not list): for per-board lookups such as history. */
export function entryNamesOn(data: LeaderboardData, comparison: Comparison, boardId: string): string[] {
  const catalog = buildModelCatalog(data);
  return comparison.models.map((c) => (c.model ? (catalog.entryOn(c.model, boardId) ?? c.name) : c.name));
}

/** Where a model is listed: "Code Arena as qwen3.7-max-20260517, Text as qwen3.7-max-preview". */
export function listedOn(model: ModelIdentity, boardIds: readonly string[], quote: (name: string) => string = (n) => n): string {
  return boardIds
    .map((b) => {
      const entry = model.entries.find((e) => e.boardId === b);
      return entry ? t('{0} as {1}', boardTitle(b), quote(entry.name)) : null;
    })
    .filter((t): t is string => t !== null)
    .join(t(', '));
}

/** Categories compared by default: what a developer picking a coding assistant looks at. */
export const DEFAULT_COMPARE_CATEGORIES: Readonly<Record<string, readonly string[]>> = {
  webdev: ['overall', 'webdev-react', 'webdev-html', 'image_to_webdev'],
  text_style_control: ['overall', 'coding', 'hard_prompts', 'instruction_following', 'math', 'longer_query', 'multi_turn'],
};
