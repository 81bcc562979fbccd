/**
 * Answers for AI agents in the editor (the `modelRankings` language model tool): "rank, score ± CI,
 * votes, price and date of these models on this board" and "top N on this board, optionally under
 * a price". Every answer carries the publish date and the CC-BY attribution.
 */
import * as z from 'zod/mini';
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
import { t } from '../../shared/l10n';

const id = z.string().check(z.regex(/^[a-z0-9_-]{1,60}$/i, 'letters, digits, - and _ only'));

/** The tool's input (mirrors `inputSchema` in package.json). */
export const rankingsQuerySchema = z.object({
  models: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.maxLength(10))),
  board: z.optional(id),
  category: z.optional(id),
  top: z.optional(z.number().check(z.refine((n) => Number.isInteger(n) && n >= 1 && n <= 50, 'a whole number from 1 to 50'))),
  maxBlendedPricePerM: z.optional(z.number().check(z.refine((n) => Number.isFinite(n) && n >= 0, 'a price ≥ 0'))),
});
export type RankingsQuery = z.infer<typeof rankingsQuerySchema>;

function describe(row: LeaderboardRow, total: number, price: PriceInfo | null = row.price): string {
  const range = row.rankBest === row.rankWorst ? '' : t(', rank range {0} from the 95% intervals', rankRangeText(row));
  const priced = price ? t(', ${0}/${1} per M input/output tokens (blended 3:1 {2}), context {3}', price.inputPerM ?? '?', price.outputPerM ?? '?', formatPrice(blendedPrice(price)), formatContext(price.contextLength)) : t(', price unknown');
  return t('{0} ({1}): #{2} of {3}{4}; score {5} (95% CI {6}–{7}), {8} votes{9}{10}', row.model, row.organization || t('unknown org'), row.rank, total, range, row.rating.toFixed(1), row.lower.toFixed(1), row.upper.toFixed(1), formatCount(row.votes), row.preliminary ? t(', preliminary') : '', priced);
}

/** One asked-for model on this board and category, with the entry used and why ("Qwen3.7-Max, listed here as …"). */
function describeAsked(catalog: ModelCatalog, asked: string, rows: readonly LeaderboardRow[], boardId: string, categoryId: string, where: string): string {
  const model = catalog.resolve(asked);
  if (!model) {
    const candidates = catalog.find(asked, 5);
    if (candidates.length === 0) return `- ${t('{0}: no model of that name on any board (write names as people do, e.g. "Qwen3.7-Max", "Claude Opus 4.7", or as Arena lists them, e.g. "qwen3.7-max-20260517").', JSON.stringify(asked.slice(0, 200)))}`;
    return `- ${t('{0} could be {1}: ask again with one of these names.', JSON.stringify(asked.slice(0, 200)), candidates.map((c) => c.model.name).join(', '))}`;
  }
  const entry = catalog.entryIn(model, boardId, categoryId);
  const row = entry === null ? undefined : rows.find((r) => r.model === entry);
  const elsewhere = listedOn(model, model.entries.map((e) => e.boardId).filter((b, i, all) => all.indexOf(b) === i));
  if (!row) return `- ${t('{0}: not on {1}{2}.', model.name, where, elsewhere ? t(' (listed on {0})', elsewhere) : '')}`;
  const merge = model.entries.find((e) => e.boardId === boardId && e.name === row.model)?.merge;
  const why = merge && merge.rule !== 'same-name' ? ` (${merge.because})` : '';
  return `- ${t('{0}, listed here as {1}', model.name, describe(row, rows.length, model.price))}${why}`;
}


/** Validates the input and answers from the data shown now. */
export function answerRankingsQuery(data: LeaderboardData, input: unknown): Result<string> {
  const parsed = rankingsQuerySchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail(t('Invalid input: {0}. Expected {1}.', issue ? `${issue.path.join('.') || 'input'}: ${issue.message}` : t('not an object'), '{models?: string[], board?: "webdev" | "text_style_control" | …, category?: string, top?: 1–50, maxBlendedPricePerM?: number}'));
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
  if (query.models && query.models.length > 0) {
    const catalog = buildModelCatalog(data);
    const where = `${boardTitle(boardId)} · ${categoryLabel(categoryId)}`;
    for (const m of query.models) lines.push(describeAsked(catalog, m, rows, boardId, categoryId, where));
  } else {
    const top = query.top ?? 10;
    const limit = query.maxBlendedPricePerM;
    const pool = limit === undefined ? rows : rows.filter((r) => {
      const p = blendedPrice(r.price);
      return p !== null && p <= limit;
    });
    if (limit !== undefined) lines.push(t('Only models with a known price at or under ${0}/M tokens (blended 3 input : 1 output); models without a known price are left out.', limit));
    for (const r of pool.slice(0, top)) lines.push(`- ${describe(r, rows.length)}`);
    if (pool.length === 0) lines.push(`- ${t('no model matches.')}`);
  }
  lines.push(t('Ranks with overlapping intervals are statistically tied.'), t('{0}. Prices: OpenRouter{1}.', ARENA_ATTRIBUTION, data.provenance.pricesDate ? ` (${data.provenance.pricesDate})` : ''));
  return ok(lines.join('\n'));
}
