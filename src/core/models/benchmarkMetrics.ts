/**
 * The benchmark numbers the views show, one metric each: how to read it from a model's joined
 * benchmarks, and every value its source has (joined to a model or not), so a value is ranked
 * within its own source ("#3 of 79"), never among only the models Arena happens to list.
 */
import type { OpenRouterBenchmarkSet, OpenRouterModelBenchmarks } from '../boards/leaderboard';
import { LIVEBENCH_AGENTIC_CODING, LIVEBENCH_CODING, liveBenchScore, type LiveBenchBoard } from '../sources/liveBenchTable';
import type { BenchmarkJoin } from './benchmarkJoin';
import type { BenchmarkSource, ModelBenchmarks } from './joinedBenchmark';
import { releaseDate } from '../sources/liveBenchReleases';

/** One model's value of one metric, with the source's own name for the model and the source's date. */
export interface MetricValue {
  readonly value: number;
  /** The OpenRouter id or LiveBench row the value is from. */
  readonly sourceName: string;
  readonly date: string;
}

export interface BenchmarkMetric {
  /** Stable id, e.g. `aa-coding`, `livebench-agentic-coding`, `design-arena-models-website`. */
  readonly id: string;
  readonly source: BenchmarkSource;
  /** The metric within its source: "coding index", "Agentic Coding". */
  readonly label: string;
  /** "Elo" for Design Arena's vote ratings; the others are scores out of 100. */
  readonly unit: 'score' | 'Elo';
  of(benchmarks: ModelBenchmarks | null): MetricValue | null;
  /** Every value the source has for this metric, one per model it measured. */
  pool(sources: BenchmarkJoin['sources']): readonly number[];
}

/** The metrics an agent can rank by (the tool's `benchmark` input). */
export const RANKABLE_METRIC_IDS = ['aa-coding', 'aa-agentic', 'aa-intelligence', 'livebench-coding', 'livebench-agentic-coding', 'livebench-overall'] as const;
export type RankableMetricId = (typeof RANKABLE_METRIC_IDS)[number];

/**
 * OpenRouter lists one model under several ids (`anthropic/claude-opus-4.7` and `…:batch`, `…:free`),
 * each carrying the same benchmarks; a tier id whose base id is listed too is the same model, counted once.
 */
function openRouterModels(set: OpenRouterBenchmarkSet | null): OpenRouterModelBenchmarks[] {
  if (!set) return [];
  return [...set.models].filter(([id]) => !(id.includes(':') && set.models.has(id.slice(0, id.indexOf(':'))))).map(([, v]) => v);
}

const present = (values: readonly (number | null | undefined)[]): number[] => values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));

function artificialAnalysis(key: 'intelligence' | 'coding' | 'agentic', id: RankableMetricId): BenchmarkMetric {
  return {
    id,
    source: 'artificial-analysis',
    label: `${key} index`,
    unit: 'score',
    of: (b) => {
      const joined = b?.artificialAnalysis;
      const value = joined?.values[key];
      return joined && typeof value === 'number' ? { value, sourceName: joined.sourceName, date: joined.date } : null;
    },
    pool: (sources) => present(openRouterModels(sources.openRouter).map((m) => m.artificialAnalysis?.[key])),
  };
}

/** `null` category: LiveBench's overall average. */
function liveBench(category: string | null, id: RankableMetricId): BenchmarkMetric {
  const scoreOf = (board: LiveBenchBoard, row: LiveBenchBoard['models'][number]): number | null => (category === null ? row.overall : liveBenchScore(board, row, category));
  return {
    id,
    source: 'livebench',
    label: category ?? 'overall average',
    unit: 'score',
    of: (b) => {
      const joined = b?.liveBench;
      if (!joined) return null;
      const value = category === null ? joined.values.overall : (joined.values.categories.find((c) => c.name === category)?.score ?? null);
      return value === null ? null : { value, sourceName: joined.sourceName, date: joined.date };
    },
    pool: (sources) => {
      const board = sources.liveBench;
      return board ? present(board.models.map((row) => scoreOf(board, row))) : [];
    },
  };
}

function designArena(arena: string, category: string, label: string): BenchmarkMetric {
  const elo = (values: readonly { arena: string; category: string; elo: number | null }[] | undefined): number | null => values?.find((v) => v.arena === arena && v.category === category)?.elo ?? null;
  return {
    id: `design-arena-${arena}-${category}`,
    source: 'design-arena',
    label,
    unit: 'Elo',
    of: (b) => {
      const joined = b?.designArena;
      const value = elo(joined?.values);
      return joined && value !== null ? { value, sourceName: joined.sourceName, date: joined.date } : null;
    },
    pool: (sources) => present(openRouterModels(sources.openRouter).map((m) => elo(m.designArena))),
  };
}

/** The metrics of each source, in the order the views show them. */
export const BENCHMARK_METRICS: Readonly<Record<BenchmarkSource, readonly BenchmarkMetric[]>> = {
  'artificial-analysis': [artificialAnalysis('intelligence', 'aa-intelligence'), artificialAnalysis('coding', 'aa-coding'), artificialAnalysis('agentic', 'aa-agentic')],
  // Design Arena rates dozens of categories; these are the ones about building software, as Code Arena is.
  'design-arena': [
    designArena('models', 'website', 'Website (models)'),
    designArena('models', 'codecategories', 'Code categories (models)'),
    designArena('agents', 'webapps', 'Web apps (agents)'),
    designArena('agents', 'fullstack', 'Full stack (agents)'),
  ],
  livebench: [liveBench(null, 'livebench-overall'), liveBench(LIVEBENCH_CODING, 'livebench-coding'), liveBench(LIVEBENCH_AGENTIC_CODING, 'livebench-agentic-coding')],
};

/** A rankable metric by id. */
export function rankableMetric(id: RankableMetricId): BenchmarkMetric {
  const metric = Object.values(BENCHMARK_METRICS).flat().find((m) => m.id === id);
  if (!metric) throw new Error(`no benchmark metric ${id}`);
  return metric;
}

/** A value's rank within its source: 1 + how many of the source's values are higher (equal values share a rank). */
export function rankWithin(value: number, pool: readonly number[]): { rank: number; of: number } {
  let higher = 0;
  for (const v of pool) if (v > value) higher++;
  return { rank: higher + 1, of: Math.max(pool.length, higher + 1) };
}

/** The date a source's values are as of: the OpenRouter list's day, or LiveBench's release (`2026_01_08` → `2026-01-08`); null when the source is not loaded. */
export function sourceDate(sources: BenchmarkJoin['sources'], source: BenchmarkSource): string | null {
  if (source === 'livebench') return sources.liveBench ? releaseDate(sources.liveBench.release) : null;
  return sources.openRouter?.date ?? null;
}
