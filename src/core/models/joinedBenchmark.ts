/**
 * A benchmark value joined to a model of the catalog: what it says, which source said it, as of
 * when, and why it is this model. Plain data, read by the views.
 */
import type { ArtificialAnalysisValues, DesignArenaValue } from '../boards/leaderboard';

export type BenchmarkSource = 'artificial-analysis' | 'design-arena' | 'livebench';

/** Shown beside the values, as the sources ask to be credited. */
export const BENCHMARK_ATTRIBUTION: Readonly<Record<BenchmarkSource, string>> = {
  'artificial-analysis': 'Artificial Analysis (via OpenRouter)',
  'design-arena': 'Design Arena (via OpenRouter)',
  livebench: 'LiveBench (White et al., ICLR 2025)',
};

export interface JoinedBenchmark<T> {
  readonly source: BenchmarkSource;
  /** The source's own name for the model: an OpenRouter id, a LiveBench model. */
  readonly sourceName: string;
  /** As of: the OpenRouter list's date (`2026-08-08`) or the LiveBench release (`2026_01_08`). */
  readonly date: string;
  /** Why it is this model, in one sentence for the log and tooltips. */
  readonly because: string;
  readonly values: T;
}

/** LiveBench's scores of one model (0–100): the overall and each category, in LiveBench's order. */
export interface LiveBenchValues {
  readonly overall: number | null;
  readonly categories: readonly { readonly name: string; readonly score: number | null }[];
}

/** What the benchmark sources say about one model; null where a source has nothing certain. */
export interface ModelBenchmarks {
  readonly artificialAnalysis: JoinedBenchmark<ArtificialAnalysisValues> | null;
  readonly designArena: JoinedBenchmark<readonly DesignArenaValue[]> | null;
  readonly liveBench: JoinedBenchmark<LiveBenchValues> | null;
}
