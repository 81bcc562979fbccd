/**
 * The compared models on each benchmark source beside the votes: each value with its rank within
 * its source, the raw gap per pair, and whether each source orders a pair the way Code Arena does.
 * No source sends an interval, so no gap here is ever called a win: the views say why.
 */
import type { Comparison } from './comparison';
import type { BenchmarkJoin } from '../models/benchmarkJoin';
import { BENCHMARK_ATTRIBUTION, type BenchmarkSource, type ModelBenchmarks } from '../models/joinedBenchmark';
import type { ModelIdentity } from '../models/modelIdentity';
import { BENCHMARK_METRICS, rankWithin, sourceDate, type BenchmarkMetric } from '../models/benchmarkMetrics';
import { BOARD, OVERALL, boardTitle, categoryLabel } from '../boards/boardCatalog';

/** Why no gap gets a verdict, in one sentence for every view. */
export const NO_BENCHMARK_VERDICT =
  'These sources publish no confidence intervals, so a gap cannot be told apart from noise: it is shown as it is, and no model is called better.';

export interface BenchmarkCell {
  readonly value: number;
  /** Rank within the source, among every model it has a value for. */
  readonly rank: number;
  readonly of: number;
  /** The source's name for the model (OpenRouter id, LiveBench row). */
  readonly sourceName: string;
}

export interface BenchmarkGap {
  readonly a: number;
  readonly b: number;
  /** a's value minus b's; null when either value is unknown. */
  readonly gap: number | null;
}

export interface BenchmarkMetricRow {
  readonly metric: BenchmarkMetric;
  /** One per compared model; null where the source has no value for it. */
  readonly cells: readonly (BenchmarkCell | null)[];
  readonly gaps: readonly BenchmarkGap[];
}

export interface BenchmarkSection {
  readonly source: BenchmarkSource;
  /** "Artificial Analysis (via OpenRouter)": the credit the source asks for. */
  readonly title: string;
  /** As of (YYYY-MM-DD), or null when the data carries nothing from this source. */
  readonly date: string | null;
  /** Why the section is empty, when the source is not loaded at all. */
  readonly absent: string | null;
  readonly rows: readonly BenchmarkMetricRow[];
  /**
   * For a compared model the source has no value for, the effort variants of it that it does have, in a sentence:
   * "LiveBench lists Claude Opus 4.7 only as Claude Opus 4.7 · high; compare that variant to see its scores."
   */
  readonly variantHints: readonly string[];
}

export interface BenchmarkAgreement {
  readonly a: number;
  readonly b: number;
  /** Metrics ("Artificial Analysis coding index") ordering the pair as Code Arena does, the other way, or level. */
  readonly same: readonly string[];
  readonly opposite: readonly string[];
  readonly level: readonly string[];
  readonly summary: string;
}

export interface BenchmarkComparison {
  readonly sections: readonly BenchmarkSection[];
  readonly agreements: readonly BenchmarkAgreement[];
}

/** Why a source has no values at all in this data, per source. */
export const SOURCE_ABSENT: Readonly<Record<BenchmarkSource, string>> = {
  'artificial-analysis': 'This data carries no Artificial Analysis values (it was saved before they were kept); a refresh brings them with the prices.',
  'design-arena': 'This data carries no Design Arena values (it was saved before they were kept); a refresh brings them with the prices.',
  livebench:
    'No LiveBench data yet: it is not bundled with the extension, as LiveBench publishes no data licence, and arrives with the first refresh while that source is on.',
};

/** The short name of a source in a sentence: "Artificial Analysis", "LiveBench". */
const SOURCE_NAME: Readonly<Record<BenchmarkSource, string>> = { 'artificial-analysis': 'Artificial Analysis', 'design-arena': 'Design Arena', livebench: 'LiveBench' };

/** "Artificial Analysis coding index", "LiveBench Agentic Coding": a metric named with its source. */
export function metricName(metric: BenchmarkMetric): string {
  return `${SOURCE_NAME[metric.source]} ${metric.label}`;
}

function metricRow(metric: BenchmarkMetric, comparison: Comparison, join: BenchmarkJoin): BenchmarkMetricRow {
  const pool = metric.pool(join.sources);
  const cells = comparison.models.map((m): BenchmarkCell | null => {
    const found = m.model ? metric.of(join.of(m.model)) : null;
    return found ? { value: found.value, ...rankWithin(found.value, pool), sourceName: found.sourceName } : null;
  });
  const gaps: BenchmarkGap[] = [];
  for (let a = 0; a < cells.length; a++) {
    for (let b = a + 1; b < cells.length; b++) {
      const [ca, cb] = [cells[a], cells[b]];
      gaps.push({ a, b, gap: ca && cb ? ca.value - cb.value : null });
    }
  }
  return { metric, cells, gaps };
}

const list = (items: readonly string[]): string => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`);

/** Metrics grouped by source: "Artificial Analysis (intelligence index, coding index) and LiveBench (Coding)". */
function bySource(metrics: readonly BenchmarkMetric[]): string {
  const groups = new Map<BenchmarkSource, string[]>();
  for (const m of metrics) groups.set(m.source, [...(groups.get(m.source) ?? []), m.label]);
  return list([...groups].map(([source, labels]) => `${SOURCE_NAME[source]} (${labels.join(', ')})`));
}

/** Where the benchmarks order a pair, set against Code Arena's overall verdict for that pair. */
function agreement(comparison: Comparison, rows: readonly BenchmarkMetricRow[], a: number, b: number): BenchmarkAgreement {
  const [na, nb] = [comparison.models[a]?.name ?? '', comparison.models[b]?.name ?? ''];
  const aAhead: BenchmarkMetric[] = [];
  const bAhead: BenchmarkMetric[] = [];
  const level: BenchmarkMetric[] = [];
  for (const row of rows) {
    const gap = row.gaps.find((g) => g.a === a && g.b === b)?.gap;
    if (gap === null || gap === undefined) continue;
    (gap > 0 ? aAhead : gap < 0 ? bAhead : level).push(row.metric);
  }
  const names = (metrics: readonly BenchmarkMetric[]): string[] => metrics.map(metricName);
  const arenaWhere = `${boardTitle(BOARD.codeArena)} · ${categoryLabel(OVERALL)}`;
  const pair = comparison.categories.find((c) => c.boardId === BOARD.codeArena && c.categoryId === OVERALL)?.pairs.find((p) => p.a === a && p.b === b);
  const ahead = (name: string, metrics: readonly BenchmarkMetric[]): string => (metrics.length ? `${name} is ahead on ${bySource(metrics)}` : '');
  const split = [ahead(na, aAhead), ahead(nb, bAhead), level.length ? `they are level on ${bySource(level)}` : ''].filter((t) => t !== '').join('; ');
  const unordered = { same: [], opposite: [], level: names(level) };
  if (aAhead.length + bAhead.length + level.length === 0) {
    return { a, b, ...unordered, summary: `No benchmark source has a value for both ${na} and ${nb}, so none can be set against Arena.` };
  }
  if (!pair) return { a, b, ...unordered, summary: `${arenaWhere} does not list both ${na} and ${nb}, so there is no Arena order to agree with: ${split}.` };
  if (pair.verdict === 'tied') {
    return { a, b, ...unordered, summary: `${arenaWhere} calls ${na} and ${nb} statistically tied, so no source can agree or disagree with an order: ${split}.` };
  }
  const arenaA = pair.gap > 0;
  const [leader, other] = arenaA ? [na, nb] : [nb, na];
  const same = arenaA ? aAhead : bAhead;
  const opposite = arenaA ? bAhead : aAhead;
  const strength = pair.verdict.startsWith('clearly') ? 'clearly' : 'likely';
  const parts = [
    `${arenaWhere} rates ${leader} ${strength} better than ${other}.`,
    same.length ? `The same order: ${bySource(same)}.` : 'No benchmark orders them the same way.',
    opposite.length ? `The other order: ${bySource(opposite)}.` : 'None orders them the other way.',
    level.length ? `Level: ${bySource(level)}.` : '',
  ];
  return { a, b, same: names(same), opposite: names(opposite), level: names(level), summary: parts.filter((p) => p !== '').join(' ') };
}

/** Where a source has no value for a compared model but has one for its effort variants, says which (never a value of theirs). */
function variantHints(source: BenchmarkSource, rows: readonly BenchmarkMetricRow[], comparison: Comparison, join: BenchmarkJoin, catalogModels: readonly ModelIdentity[]): string[] {
  const hints: string[] = [];
  comparison.models.forEach((compared, i) => {
    const model = compared.model;
    if (!model || rows.some((r) => r.cells[i] !== null)) return;
    const variants = catalogModels.filter((m) => m.variant?.baseId === model.id && hasSource(join.of(m), source)).map((m) => m.name);
    if (variants.length === 0) return;
    hints.push(`${SOURCE_NAME[source]} lists ${compared.name} only as ${variants.slice(0, 3).join(', ')}; compare ${variants.length === 1 ? 'that variant' : 'those variants'} to see ${variants.length === 1 ? 'its' : 'their'} scores.`);
  });
  return hints;
}

function hasSource(b: ModelBenchmarks | null, source: BenchmarkSource): boolean {
  if (!b) return false;
  return source === 'artificial-analysis' ? b.artificialAnalysis !== null : source === 'design-arena' ? b.designArena !== null : b.liveBench !== null;
}

/**
 * The benchmark sections and agreements of a comparison, from the benchmarks joined to the same data. `catalogModels`
 * (the data's models) lets a section say which effort variant a source measured instead of the model compared.
 */
export function compareBenchmarks(comparison: Comparison, join: BenchmarkJoin, catalogModels: readonly ModelIdentity[] = []): BenchmarkComparison {
  const sources: BenchmarkSource[] = ['artificial-analysis', 'design-arena', 'livebench'];
  const sections = sources.map((source): BenchmarkSection => {
    const date = sourceDate(join.sources, source);
    const rows = BENCHMARK_METRICS[source].map((m) => metricRow(m, comparison, join));
    return { source, title: BENCHMARK_ATTRIBUTION[source], date, absent: date === null ? SOURCE_ABSENT[source] : null, rows, variantHints: date === null ? [] : variantHints(source, rows, comparison, join, catalogModels) };
  });
  const rows = sections.flatMap((s) => s.rows);
  const agreements: BenchmarkAgreement[] = [];
  for (let a = 0; a < comparison.models.length; a++) for (let b = a + 1; b < comparison.models.length; b++) agreements.push(agreement(comparison, rows, a, b));
  return { sections, agreements };
}
