/**
 * The agent tool's benchmark answers: models ranked by one benchmark (e.g. Artificial Analysis
 * agentic index), optionally under a price, each with its value, its rank within the source, its
 * price and its Arena rank; and a model's benchmark values when it is asked about by name. Every
 * answer names its sources and dates, and says which models were left out for an unknown value or price.
 */
import { BENCHMARK_ATTRIBUTION, type BenchmarkSource } from '../models/joinedBenchmark';
import type { BenchmarkJoin } from '../models/benchmarkJoin';
import { BENCHMARK_METRICS, rankWithin, sourceDate, type BenchmarkMetric } from '../models/benchmarkMetrics';
import type { ModelCatalog } from '../models/modelCatalog';
import type { ModelIdentity } from '../models/modelIdentity';
import type { PriceInfo } from '../boards/leaderboard';
import type { LeaderboardRow } from '../rankings/leaderboardRows';
import { formatContext, formatPrice } from '../../shared/textFormat';
import { formatBenchmarkValue, rankText } from '../comparison/benchmarkText';
import { metricName, SOURCE_ABSENT } from '../comparison/benchmarkComparison';

/** A price limit the answer applies, and the sentence that says so. */
export interface PriceLimit {
  /** Whether a price is known and within the limit. */
  readonly within: (price: PriceInfo | null) => boolean;
  /** Whether the price the limit needs is known at all. */
  readonly known: (price: PriceInfo | null) => boolean;
  readonly sentence: string;
}

/** Where the Arena rank comes from: the rows of one board and category. */
export interface ArenaPlace {
  readonly boardId: string;
  readonly categoryId: string;
  /** "Code Arena · Overall". */
  readonly where: string;
  readonly rows: readonly LeaderboardRow[];
}

const MAX_NAMED_LEFT_OUT = 12;

/** "Artificial Analysis (via OpenRouter), as of 2026-08-08" / "LiveBench (…), release 2026-01-08". */
export function sourceCredit(join: BenchmarkJoin, source: BenchmarkSource): string {
  const date = sourceDate(join.sources, source);
  return `${BENCHMARK_ATTRIBUTION[source]}, ${date === null ? 'not loaded' : source === 'livebench' ? `release ${date}` : `as of ${date}`}`;
}

function priceText(price: PriceInfo | null): string {
  if (!price) return 'price unknown';
  const base = price.match === 'variant' ? ' (its base model’s per-token price)' : '';
  return `${formatPrice(price.inputPerM)}/${formatPrice(price.outputPerM)} per M input/output tokens${base}, context ${formatContext(price.contextLength)}`;
}

function arenaText(catalog: ModelCatalog, model: ModelIdentity, place: ArenaPlace): string {
  const entry = catalog.entryIn(model, place.boardId, place.categoryId);
  const row = entry === null ? undefined : place.rows.find((r) => r.model === entry);
  return row ? `${place.where} #${row.rank} of ${place.rows.length} as ${row.model}` : `not on ${place.where}`;
}

/** Models ranked by one benchmark, best first, within the price limit when one is given. */
export function benchmarkRanking(catalog: ModelCatalog, join: BenchmarkJoin, metric: BenchmarkMetric, top: number, limit: PriceLimit | null, place: ArenaPlace): string[] {
  const credit = sourceCredit(join, metric.source);
  const lines = [`Ranked by the ${metricName(metric)}. Source: ${credit}; ${metric.unit === 'Elo' ? 'Elo ratings' : 'scores out of 100'} without confidence intervals, so a small gap is not a real difference.`];
  if (sourceDate(join.sources, metric.source) === null) {
    lines.push(`- ${SOURCE_ABSENT[metric.source]}`);
    return lines;
  }
  if (limit) lines.push(limit.sentence);
  const pool = metric.pool(join.sources);
  const valued = catalog.models
    .map((model) => ({ model, found: metric.of(join.of(model)) }))
    .filter((m): m is { model: ModelIdentity; found: NonNullable<typeof m.found> } => m.found !== null)
    .sort((x, y) => y.found.value - x.found.value || x.model.name.localeCompare(y.model.name));
  const kept = limit ? valued.filter((m) => limit.within(m.model.price)) : valued;
  kept.slice(0, top).forEach(({ model, found }, i) => {
    const rank = rankText(rankWithin(found.value, pool));
    lines.push(`${i + 1}. ${model.name}${model.organization ? ` (${model.organization})` : ''}: ${metric.label} ${formatBenchmarkValue(found.value, metric)} (${rank} in the source, as ${found.sourceName}); ${priceText(model.price)}; ${arenaText(catalog, model, place)}.`);
  });
  if (kept.length === 0) lines.push('- No model matches.');
  const unknownPrice = limit ? valued.filter((m) => !limit.known(m.model.price)).map((m) => m.model.name) : [];
  if (unknownPrice.length > 0) lines.push(`Left out because their price is unknown (${unknownPrice.length}): ${named(unknownPrice)}.`);
  const valuedIds = new Set(valued.map((m) => m.model.id));
  const noValue = place.rows.map((r) => ({ row: r, model: catalog.modelOfEntry(place.boardId, r.model) })).filter((m) => !m.model || !valuedIds.has(m.model.id));
  if (noValue.length > 0) {
    lines.push(`Left out because the source has no ${metric.label} for them: ${noValue.length} of the ${place.rows.length} models on ${place.where}, among them ${named(noValue.map((m) => `#${m.row.rank} ${m.model?.name ?? m.row.model}`))}.`);
  }
  lines.push(`${valued.length} models on Arena's boards have this value; "#k of n" is the rank among all ${pool.length} models the source has it for.`);
  return lines;
}

const named = (names: readonly string[]): string => `${names.slice(0, MAX_NAMED_LEFT_OUT).join(', ')}${names.length > MAX_NAMED_LEFT_OUT ? ` and ${names.length - MAX_NAMED_LEFT_OUT} more` : ''}`;

/** One indented line with a model's values on every loaded benchmark source, each with its date and the source's name for the model. */
export function benchmarkLine(model: ModelIdentity, join: BenchmarkJoin): string {
  const parts: string[] = [];
  for (const [source, metrics] of Object.entries(BENCHMARK_METRICS) as [BenchmarkSource, readonly BenchmarkMetric[]][]) {
    if (sourceDate(join.sources, source) === null) continue;
    const values = metrics.map((m) => ({ m, found: m.of(join.of(model)) })).filter((v) => v.found !== null);
    const as = values[0]?.found?.sourceName;
    const text = values.map(({ m, found }) => (found ? `${m.label} ${formatBenchmarkValue(found.value, m)}${m.unit === 'Elo' ? ' Elo' : ''} (${rankText(rankWithin(found.value, m.pool(join.sources)))})` : '')).join(', ');
    parts.push(`${sourceCredit(join, source)}: ${values.length > 0 ? `${text}, as ${as ?? ''}` : 'no value for this model'}`);
  }
  return `  Benchmarks (no confidence intervals): ${parts.length > 0 ? parts.join('; ') : 'no benchmark source is loaded'}.`;
}
