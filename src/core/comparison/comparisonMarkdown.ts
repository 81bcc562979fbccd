/** A comparison as a Markdown document, ready for a PR description or a decision record. */
import { listedOn, type Comparison, type CategoryComparison, type ComparedModel, type PairResult } from './comparison';
import { ARENA_ATTRIBUTION, type Provenance } from '../boards/leaderboard';
import { rankRangeText, verdictText } from '../rankings/rankStatistics';
import { escapeMarkdown, formatContext, formatCount, formatInterval, formatPrice, formatScore } from '../../shared/textFormat';
import { blendedPrice } from '../models/pricing';
import type { LeaderboardRow } from '../rankings/leaderboardRows';
import type { BenchmarkComparison } from './benchmarkComparison';
import { benchmarksMarkdown } from './benchmarkText';
import { t } from '../../shared/l10n';

const cell = (text: string): string => escapeMarkdown(text);

/** A board's name for a model as inline code when that is safe (plain slug characters), else escaped text. */
export function codeName(name: string): string {
  return /^[\w.\-() ]{1,200}$/.test(name) ? `\`${name}\`` : cell(name);
}

function entryCell(row: LeaderboardRow | null, related: string | null, listedAs: string | null): string {
  if (!row) return cell(related ? t('not on this board (it lists {0}, a separate entry)', related) : t('not on this board'));
  const range = row.rankBest === row.rankWorst ? '' : ` (${rankRangeText(row)})`;
  const text = cell(`#${row.rank}${range} · ${formatScore(row.rating)} ${formatInterval(row.lower, row.upper)} · ${t('{0} votes', formatCount(row.votes))}${row.preliminary ? t(' · preliminary') : ''}`);
  return listedAs ? `${text} · ${t('as {0}', codeName(listedAs))}` : text;
}

/** "- **Qwen3.7-Max** (alibaba): Code Arena as `qwen3.7-max-20260517`, Text as `qwen3.7-max-preview`", with the reason of each merge. */
function modelLine(compared: ComparedModel, boardIds: readonly string[]): string {
  const { model } = compared;
  if (!model) return `- **${cell(compared.name)}**: ${t('on no board')}`;
  const where = listedOn(model, boardIds, codeName);
  const merges = model.entries.filter((e) => e.merge && (e.merge.rule !== 'same-name' || e.name !== e.merge.sameAs.name));
  const why = merges.map((e) => ` ${codeName(e.name)}: ${cell(e.merge?.because ?? '')}.`).join('');
  return `- **${cell(model.name)}**${model.organization ? ` (${cell(model.organization)})` : ''}: ${where || t('on no compared board')}.${why}`;
}

/** `+41 ± 12` with a real minus sign for negatives. */
export function formatGap(gap: number, halfWidth: number): string {
  const g = Math.round(gap);
  return `${g > 0 ? '+' : g < 0 ? '−' : '±'}${Math.abs(g)} ± ${Math.round(halfWidth)}`;
}

/** What the gain of the better model costs: `+$1.20/M blended for +41 points ($0.03 per point)`. */
export function costText(pair: PairResult): string {
  const c = pair.cost;
  if (!c) return t('price unknown');
  const extra = `${c.extraPerM >= 0 ? '+' : '−'}$${Math.abs(c.extraPerM).toFixed(2)}/M`;
  if (c.perPoint === null) return t('{0}, no score gain', extra);
  if (c.extraPerM <= 0) return t('{0} blended: the better model is also cheaper', extra);
  return t('{0} blended for +{1} points (${2} per point)', extra, Math.round(c.points), c.perPoint.toFixed(3));
}

function pairRows(c: CategoryComparison, models: readonly string[]): string[] {
  return c.pairs.map((p) => {
    const side = (i: number): string => `${cell(models[i] ?? '')}${c.listedAs[i] ? t(' (as {0})', codeName(c.listedAs[i] ?? '')) : ''}`;
    const name = t('{0} vs {1}', side(p.a), side(p.b));
    return `| ${cell(`${c.boardTitle} · ${c.categoryLabel}`)} | ${name} | ${formatGap(p.gap, p.gapHalfWidth)} | ${Math.round(p.winProbability * 100)}% | ${verdictText(p.verdict)} | ${cell(costText(p))} |`;
  });
}

/** The whole comparison as Markdown with scores, intervals, verdicts, prices, benchmarks (when given), dates and attribution. */
export function comparisonMarkdown(comparison: Comparison, provenance: Provenance, benchmarks: BenchmarkComparison | null = null): string {
  const models = comparison.models.map((m) => m.name);
  const boardIds = [...new Set(comparison.categories.map((c) => c.boardId))];
  const out: string[] = [`## ${t('Model comparison: {0}', models.map(cell).join(t(' vs ')))}`, ''];
  for (const m of comparison.models) out.push(modelLine(m, boardIds));
  out.push('');
  out.push(`| ${t('Board · category (published)')} | ${models.map(cell).join(' | ')} |`, `|---|${models.map(() => '---').join('|')}|`);
  for (const c of comparison.categories) {
    out.push(`| ${cell(t('{0} · {1} ({2}, {3} models)', c.boardTitle, c.categoryLabel, c.publishDate, c.total))} | ${c.entries.map((e, i) => entryCell(e, c.relatedNames[i] ?? null, c.listedAs[i] ?? null)).join(' | ')} |`);
  }
  out.push('', `### ${t('Verdicts (gap ± 95% interval of the difference)')}`, '', `| ${[t('Board · category'), t('Pair'), t('Gap'), t('P(win)'), t('Verdict'), t('Cost of the gain')].join(' | ')} |`, '|---|---|---|---|---|---|');
  for (const c of comparison.categories) out.push(...pairRows(c, models));
  out.push('', `### ${t('Do the boards agree?')}`, '');
  for (const a of comparison.agreements) out.push(`- ${cell(a.summary)}`);
  if (benchmarks) out.push(...benchmarksMarkdown(benchmarks, models));
  out.push('', `### ${t('Prices (OpenRouter{0})', provenance.pricesDate ? `, ${provenance.pricesDate}` : '')}`, '', `| ${[t('Model'), t('$/M input'), t('$/M output'), t('Blended 3:1'), t('Context')].join(' | ')} |`, '|---|---|---|---|---|');
  comparison.prices.forEach((p, i) => {
    out.push(`| ${cell(models[i] ?? '')} | ${formatPrice(p?.inputPerM ?? null)} | ${formatPrice(p?.outputPerM ?? null)} | ${formatPrice(blendedPrice(p))} | ${formatContext(p?.contextLength ?? null)} |`);
  });
  const first = comparison.categories[0];
  if (first) {
    out.push('', `### ${t('Cheapest model statistically tied with each ({0})', cell(`${first.boardTitle} · ${first.categoryLabel}`))}`, '');
    first.entries.forEach((e, i) => {
      const alt = first.cheapestTied[i];
      const text = !e ? t('not on this board') : alt ? t('{0} (#{1}, {2}/M blended)', alt.model, alt.rank, formatPrice(blendedPrice(alt.price))) : t('none cheaper with a known price');
      out.push(`- ${cell(models[i] ?? '')}: ${cell(text)}`);
    });
  }
  out.push('', `*${t('{0}. Boards published {1}. Prices: OpenRouter{2}, shown only where the model match is certain.', cell(ARENA_ATTRIBUTION), cell([...new Set(comparison.categories.map((c) => c.publishDate))].join(', ')), provenance.pricesDate ? ` ${cell(provenance.pricesDate)}` : '')}*`);
  return out.join('\n');
}
