/** A comparison turned into display strings for the comparison panel (the panel only lays them out). */
import type { CompareState } from '../../shared/protocol';
import { listedOn, type Comparison } from './comparison';
import { costText, formatGap } from './comparisonMarkdown';
import type { BenchmarkComparison } from './benchmarkComparison';
import { benchmarksView } from './benchmarkText';
import { ARENA_ATTRIBUTION, type Provenance } from '../boards/leaderboard';
import { blendedPrice } from '../models/pricing';
import { rankRangeText, verdictText } from '../rankings/rankStatistics';
import { formatContext, formatCount, formatInterval, formatPrice, formatScore } from '../../shared/textFormat';
import { t } from '../../shared/l10n';

/** A model's name in a verdict, with the entry it was compared through when its names differ: "Qwen3.7-Max (as qwen3.7-max-preview)". */
function side(c: Comparison['categories'][number], models: readonly string[], i: number): string {
  const listedAs = c.listedAs[i];
  return `${models[i] ?? ''}${listedAs ? t(' (as {0})', listedAs) : ''}`;
}

/** Builds the panel's state from a comparison (and the models' histories and benchmarks, when known). */
export function buildCompareState(comparison: Comparison, provenance: Provenance, history: CompareState['history'] = null, benchmarks: BenchmarkComparison | null = null): CompareState {
  const models = comparison.models.map((m) => m.name);
  const boardIds = [...new Set(comparison.categories.map((c) => c.boardId))];
  const first = comparison.categories[0];
  /** Which entry is the model on each board, when its names differ ("Code Arena as …, Text as …"). */
  const listed = comparison.models.map((m) => (m.model && new Set(m.model.entries.map((e) => e.name)).size > 1 ? t('Listed on {0}.', listedOn(m.model, boardIds)) : ''));
  return {
    type: 'compareState',
    models,
    prices: comparison.prices.map((p, i) => ({
      input: formatPrice(p?.inputPerM ?? null),
      output: formatPrice(p?.outputPerM ?? null),
      blended: formatPrice(blendedPrice(p)),
      context: formatContext(p?.contextLength ?? null),
      note: `${p ? `OpenRouter ${p.openRouterId}${p.match === 'variant' ? t(' (base model of this effort/harness variant)') : ''}` : t('No certain OpenRouter match: price unknown')}${listed[i] ? ` · ${listed[i]}` : ''}`.slice(0, 400),
    })),
    categories: comparison.categories.map((c) => ({
      title: `${c.boardTitle} · ${c.categoryLabel}`,
      publishDate: c.publishDate,
      total: c.total,
      cells: c.entries.map((e, i) => {
        const related = c.relatedNames[i];
        const listedAs = c.listedAs[i];
        return e
          ? { rank: e.rank, range: e.rankBest === e.rankWorst ? '' : rankRangeText(e), score: `${formatScore(e.rating)} ${formatInterval(e.lower, e.upper)}`, votes: formatCount(e.votes), preliminary: e.preliminary, missing: '', ...(listedAs ? { listedAs: listedAs.slice(0, 400) } : {}) }
          : { rank: null, range: '', score: '', votes: '', preliminary: false, missing: related ? t('Not on this board (lists {0}, a separate entry)', related) : t('Not on this board') };
      }),
    })),
    verdicts: comparison.categories.flatMap((c) =>
      c.pairs.map((p) => ({
        category: `${c.boardTitle} · ${c.categoryLabel}`,
        pair: t('{0} vs {1}', side(c, models, p.a), side(c, models, p.b)),
        gap: formatGap(p.gap, p.gapHalfWidth),
        winProbability: `${Math.round(p.winProbability * 100)}%`,
        verdict: p.verdict,
        verdictText: t('{0} is {1}', models[p.a] ?? '', verdictText(p.verdict)),
        cost: costText(p),
      })),
    ),
    agreements: comparison.agreements.map((a) => a.summary),
    cheapest: {
      category: first ? `${first.boardTitle} · ${first.categoryLabel}` : '',
      items: models.map((m, i) => {
        const e = first?.entries[i];
        const alt = first?.cheapestTied[i];
        const text = !e ? t('not on this board') : alt ? t('{0} (#{1}, {2}/M blended) is statistically tied and cheaper', alt.model, alt.rank, formatPrice(blendedPrice(alt.price))) : t('no cheaper statistically tied model with a known price');
        return { model: m, text };
      }),
    },
    history,
    benchmarks: benchmarks ? benchmarksView(benchmarks, models) : null,
    footer: t('{0}. Boards published {1}. Prices: OpenRouter{2} (blend: 3 input : 1 output), shown only where the model match is certain.', ARENA_ATTRIBUTION, [...new Set(comparison.categories.map((c) => c.publishDate))].join(', '), provenance.pricesDate ? ` ${provenance.pricesDate}` : ''),
  };
}
