/**
 * Answers for AI agents in the editor (the `modelRankings` language model tool): "rank, score ± CI,
 * votes, price, benchmarks and date of these models on this board", "top N on this board, optionally
 * under a price" and "best by this benchmark, optionally under a price" (benchmarkQuery). Every answer
 * carries the publish date and the attribution of each source it uses.
 */
import * as v from '../../shared/schema';
import { boardTitle, categoryLabel } from '../boards/boardCatalog';
import { ARENA_ATTRIBUTION, findBoard, findCategory, type LeaderboardData, type PriceInfo } from '../boards/leaderboard';
import { categoryRows, type LeaderboardRow } from '../rankings/leaderboardRows';
import { buildModelCatalog, type ModelCatalog } from '../models/modelCatalog';
import { listedOn } from '../comparison/comparison';
import { originNote } from './originNote';
import { blendedPrice } from '../models/pricing';
import { rankRangeText } from '../rankings/rankStatistics';
import { fail, ok, type Result } from '../../shared/result';
import { formatContext, formatCount, formatPrice } from '../../shared/textFormat';
import { joinBenchmarks, type BenchmarkJoin } from '../models/benchmarkJoin';
import { RANKABLE_METRIC_IDS, rankableMetric } from '../models/benchmarkMetrics';
import { benchmarkLine, benchmarkRanking, type PriceLimit } from './benchmarkQuery';
import { t } from '../../shared/l10n';

const id = v.string().check(v.regex(/^[a-z0-9_-]{1,60}$/i, 'letters, digits, - and _ only'));

/** The tool's input (mirrors `inputSchema` in package.json). */
export const rankingsQuerySchema = v.object({
  models: v.optional(v.array(v.string().check(v.minLength(1), v.maxLength(200))).check(v.maxLength(10))),
  board: v.optional(id),
  category: v.optional(id),
  top: v.optional(v.number().check(v.refine((n) => Number.isInteger(n) && n >= 1 && n <= 50, 'a whole number from 1 to 50'))),
  maxBlendedPricePerM: v.optional(v.number().check(v.refine((n) => Number.isFinite(n) && n >= 0, 'a price ≥ 0'))),
  maxOutputPricePerM: v.optional(v.number().check(v.refine((n) => Number.isFinite(n) && n >= 0, 'a price ≥ 0'))),
  /** Rank by this benchmark instead of the board's score. */
  benchmark: v.optional(v.enum(RANKABLE_METRIC_IDS)),
});
export type RankingsQuery = v.infer<typeof rankingsQuerySchema>;

function describe(row: LeaderboardRow, total: number, price: PriceInfo | null = row.price): string {
  const range = row.rankBest === row.rankWorst ? '' : t(', rank range {0} from the 95% intervals', rankRangeText(row));
  const priced = price ? t(', ${0}/${1} per M input/output tokens (blended 3:1 {2}), context {3}', price.inputPerM ?? '?', price.outputPerM ?? '?', formatPrice(blendedPrice(price)), formatContext(price.contextLength)) : t(', price unknown');
  return t('{0} ({1}): #{2} of {3}{4}; score {5} (95% CI {6}–{7}), {8} votes{9}{10}', row.model, row.organization || t('unknown org'), row.rank, total, range, row.rating.toFixed(1), row.lower.toFixed(1), row.upper.toFixed(1), formatCount(row.votes), row.preliminary ? t(', preliminary') : '', priced);
}

/** The price limits asked for (blended, output), or null when none. */
function priceLimit(query: RankingsQuery): PriceLimit | null {
  const blended = query.maxBlendedPricePerM;
  const output = query.maxOutputPricePerM;
  if (blended === undefined && output === undefined) return null;
  const known = (p: PriceInfo | null): boolean => (blended === undefined || blendedPrice(p) !== null) && (output === undefined || (p?.outputPerM ?? null) !== null);
  const within = (p: PriceInfo | null): boolean => {
    if (!known(p)) return false;
    const b = blendedPrice(p);
    const o = p?.outputPerM ?? null;
    return (blended === undefined || (b !== null && b <= blended)) && (output === undefined || (o !== null && o <= output));
  };
  const limits = [blended === undefined ? '' : `$${blended}/M tokens blended (3 input : 1 output)`, output === undefined ? '' : `$${output}/M output tokens`].filter((t) => t !== '');
  return { known, within, sentence: `Only models with a known price at or under ${limits.join(' and ')}; models without a known price are left out.` };
}

/** One asked-for model on this board and category, with the entry used and why ("Qwen3.7-Max, listed here as …"), and its benchmarks. */
function describeAsked(catalog: ModelCatalog, asked: string, rows: readonly LeaderboardRow[], boardId: string, categoryId: string, where: string, benchmarks: BenchmarkJoin): string {
  const model = catalog.resolve(asked);
  if (!model) {
    const candidates = catalog.find(asked, 5);
    if (candidates.length === 0) return `- ${t('{0}: no model of that name on any board (write names as people do, e.g. "Qwen3.7-Max", "Claude Opus 4.7", or as Arena lists them, e.g. "qwen3.7-max-20260517").', JSON.stringify(asked.slice(0, 200)))}`;
    return `- ${t('{0} could be {1}: ask again with one of these names.', JSON.stringify(asked.slice(0, 200)), candidates.map((c) => c.model.name).join(', '))}`;
  }
  const entry = catalog.entryIn(model, boardId, categoryId);
  const row = entry === null ? undefined : rows.find((r) => r.model === entry);
  const elsewhere = listedOn(model, model.entries.map((e) => e.boardId).filter((b, i, all) => all.indexOf(b) === i));
  const values = benchmarkLine(model, benchmarks);
  if (!row) return `- ${t('{0}: not on {1}{2}.', model.name, where, elsewhere ? t(' (listed on {0})', elsewhere) : '')}\n${values}`;
  const merge = model.entries.find((e) => e.boardId === boardId && e.name === row.model)?.merge;
  const why = merge && merge.rule !== 'same-name' ? ` (${merge.because})` : '';
  return `- ${t('{0}, listed here as {1}', model.name, describe(row, rows.length, model.price))}${why}\n${values}`;
}


/**
 * Validates the input and answers from the data shown now and the benchmarks joined to it (by
 * default the ones that data carries, Artificial Analysis and Design Arena, without LiveBench).
 */
export function answerRankingsQuery(data: LeaderboardData, input: unknown, benchmarks?: BenchmarkJoin): Result<string> {
  const parsed = rankingsQuerySchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail(t('Invalid input: {0}. Expected {1}.', issue ? `${issue.path.join('.') || 'input'}: ${issue.message}` : t('not an object'), `{models?: string[], board?: "webdev" | "text_style_control" | …, category?: string, top?: 1–50, maxBlendedPricePerM?: number, maxOutputPricePerM?: number, benchmark?: ${RANKABLE_METRIC_IDS.map((m) => `"${m}"`).join(' | ')}}`));
  }
  const query = parsed.data;
  const boardId = query.board ?? 'webdev';
  const board = findBoard(data, boardId);
  if (!board) return fail(t('Unknown board "{0}". Available: {1}.', boardId, data.boards.map((b) => `${b.id} (${boardTitle(b.id)})`).join(', ')));
  const categoryId = query.category ?? 'overall';
  const category = findCategory(board, categoryId);
  if (!category) return fail(t('Board {0} has no category "{1}". Available: {2}.', boardId, categoryId, board.categories.map((c) => c.id).join(', ')));
  const rows = categoryRows(data, boardId, categoryId);
  const lines = [t('{0} · {1}, published {2}, {3} models. Source: {4}.', boardTitle(boardId), categoryLabel(categoryId), category.publishDate, rows.length, originNote(data.provenance))];
  const catalog = buildModelCatalog(data);
  const join = benchmarks ?? joinBenchmarks(catalog, data, null);
  const where = `${boardTitle(boardId)} · ${categoryLabel(categoryId)}`;
  const limit = priceLimit(query);
  if (query.models && query.models.length > 0) {
    for (const m of query.models) lines.push(describeAsked(catalog, m, rows, boardId, categoryId, where, join));
  } else if (query.benchmark) {
    lines.push(...benchmarkRanking(catalog, join, rankableMetric(query.benchmark), query.top ?? 10, limit, { boardId, categoryId, where, rows }));
  } else {
    const top = query.top ?? 10;
    const pool = limit === null ? rows : rows.filter((r) => limit.within(r.price));
    if (limit) lines.push(limit.sentence);
    for (const r of pool.slice(0, top)) lines.push(`- ${describe(r, rows.length)}`);
    if (pool.length === 0) lines.push(`- ${t('no model matches.')}`);
  }
  lines.push(t('Ranks with overlapping intervals are statistically tied.'), t('{0}. Prices: OpenRouter{1}.', ARENA_ATTRIBUTION, data.provenance.pricesDate ? ` (${data.provenance.pricesDate})` : ''));
  return ok(lines.join('\n'));
}
