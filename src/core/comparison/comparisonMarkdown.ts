/** A comparison as a Markdown document, ready for a PR description or a decision record. */
import { listedOn, type Comparison, type CategoryComparison, type ComparedModel, type PairResult } from './comparison';
import { ARENA_ATTRIBUTION, type Provenance } from '../boards/leaderboard';
import { rankRangeText, verdictText } from '../rankings/rankStatistics';
import { escapeMarkdown, formatContext, formatCount, formatInterval, formatPrice, formatScore } from '../../shared/textFormat';
import { blendedPrice } from '../models/pricing';
import type { LeaderboardRow } from '../rankings/leaderboardRows';
import type { BenchmarkComparison } from './benchmarkComparison';
import { benchmarksMarkdown } from './benchmarkText';

const cell = (text: string): string => escapeMarkdown(text);

/** A board's name for a model as inline code when that is safe (plain slug characters), else escaped text. */
export function codeName(name: string): string {
  return /^[\w.\-() ]{1,200}$/.test(name) ? `\`${name}\`` : cell(name);
}

function entryCell(row: LeaderboardRow | null, related: string | null, listedAs: string | null): string {
  if (!row) return cell(related ? `not on this board (it lists ${related}, a separate entry)` : 'not on this board');
  const range = row.rankBest === row.rankWorst ? '' : ` (${rankRangeText(row)})`;
  const text = cell(`#${row.rank}${range} · ${formatScore(row.rating)} ${formatInterval(row.lower, row.upper)} · ${formatCount(row.votes)} votes${row.preliminary ? ' · preliminary' : ''}`);
  return listedAs ? `${text} · as ${codeName(listedAs)}` : text;
}

/** "- **Qwen3.7-Max** (alibaba): Code Arena as `qwen3.7-max-20260517`, Text as `qwen3.7-max-preview`", with the reason of each merge. */
function modelLine(compared: ComparedModel, boardIds: readonly string[]): string {
  const { model } = compared;
  if (!model) return `- **${cell(compared.name)}**: on no board`;
  const where = listedOn(model, boardIds, codeName);
  const merges = model.entries.filter((e) => e.merge && (e.merge.rule !== 'same-name' || e.name !== e.merge.sameAs.name));
  const why = merges.map((e) => ` ${codeName(e.name)}: ${cell(e.merge?.because ?? '')}.`).join('');
  return `- **${cell(model.name)}**${model.organization ? ` (${cell(model.organization)})` : ''}: ${where || 'on no compared board'}.${why}`;
}

/** `+41 ± 12` with a real minus sign for negatives. */
export function formatGap(gap: number, halfWidth: number): string {
  const g = Math.round(gap);
  return `${g > 0 ? '+' : g < 0 ? '−' : '±'}${Math.abs(g)} ± ${Math.round(halfWidth)}`;
}

/** What the gain of the better model costs: `+$1.20/M blended for +41 points ($0.03 per point)`. */
export function costText(pair: PairResult): string {
  const c = pair.cost;
  if (!c) return 'price unknown';
  const extra = `${c.extraPerM >= 0 ? '+' : '−'}$${Math.abs(c.extraPerM).toFixed(2)}/M`;
  if (c.perPoint === null) return `${extra}, no score gain`;
  if (c.extraPerM <= 0) return `${extra} blended: the better model is also cheaper`;
  return `${extra} blended for +${Math.round(c.points)} points ($${c.perPoint.toFixed(3)} per point)`;
}

function pairRows(c: CategoryComparison, models: readonly string[]): string[] {
  return c.pairs.map((p) => {
    const side = (i: number): string => `${cell(models[i] ?? '')}${c.listedAs[i] ? ` (as ${codeName(c.listedAs[i] ?? '')})` : ''}`;
    const name = `${side(p.a)} vs ${side(p.b)}`;
    return `| ${cell(`${c.boardTitle} · ${c.categoryLabel}`)} | ${name} | ${formatGap(p.gap, p.gapHalfWidth)} | ${Math.round(p.winProbability * 100)}% | ${verdictText(p.verdict)} | ${cell(costText(p))} |`;
  });
}

/** The whole comparison as Markdown with scores, intervals, verdicts, prices, benchmarks (when given), dates and attribution. */
export function comparisonMarkdown(comparison: Comparison, provenance: Provenance, benchmarks: BenchmarkComparison | null = null): string {
  const models = comparison.models.map((m) => m.name);
  const boardIds = [...new Set(comparison.categories.map((c) => c.boardId))];
  const out: string[] = [`## Model comparison: ${models.map(cell).join(' vs ')}`, ''];
  for (const m of comparison.models) out.push(modelLine(m, boardIds));
  out.push('');
  out.push(`| Board · category (published) | ${models.map(cell).join(' | ')} |`, `|---|${models.map(() => '---').join('|')}|`);
  for (const c of comparison.categories) {
    out.push(`| ${cell(`${c.boardTitle} · ${c.categoryLabel} (${c.publishDate}, ${c.total} models)`)} | ${c.entries.map((e, i) => entryCell(e, c.relatedNames[i] ?? null, c.listedAs[i] ?? null)).join(' | ')} |`);
  }
  out.push('', '### Verdicts (gap ± 95% interval of the difference)', '', '| Board · category | Pair | Gap | P(win) | Verdict | Cost of the gain |', '|---|---|---|---|---|---|');
  for (const c of comparison.categories) out.push(...pairRows(c, models));
  out.push('', '### Do the boards agree?', '');
  for (const a of comparison.agreements) out.push(`- ${cell(a.summary)}`);
  if (benchmarks) out.push(...benchmarksMarkdown(benchmarks, models));
  out.push('', `### Prices (OpenRouter${provenance.pricesDate ? `, ${provenance.pricesDate}` : ''})`, '', '| Model | $/M input | $/M output | Blended 3:1 | Context |', '|---|---|---|---|---|');
  comparison.prices.forEach((p, i) => {
    out.push(`| ${cell(models[i] ?? '')} | ${formatPrice(p?.inputPerM ?? null)} | ${formatPrice(p?.outputPerM ?? null)} | ${formatPrice(blendedPrice(p))} | ${formatContext(p?.contextLength ?? null)} |`);
  });
  const first = comparison.categories[0];
  if (first) {
    out.push('', `### Cheapest model statistically tied with each (${cell(`${first.boardTitle} · ${first.categoryLabel}`)})`, '');
    first.entries.forEach((e, i) => {
      const alt = first.cheapestTied[i];
      const text = !e ? 'not on this board' : alt ? `${alt.model} (#${alt.rank}, ${formatPrice(blendedPrice(alt.price))}/M blended)` : 'none cheaper with a known price';
      out.push(`- ${cell(models[i] ?? '')}: ${cell(text)}`);
    });
  }
  out.push('', `*${cell(ARENA_ATTRIBUTION)}. Boards published ${cell([...new Set(comparison.categories.map((c) => c.publishDate))].join(', '))}. Prices: OpenRouter${provenance.pricesDate ? ` ${cell(provenance.pricesDate)}` : ''}, shown only where the model match is certain.*`);
  return out.join('\n');
}
