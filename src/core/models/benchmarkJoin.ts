/**
 * Every benchmark source joined to the models of one data set: Artificial Analysis and Design Arena
 * (from the OpenRouter list the prices came with) through the price match, LiveBench by name. Each
 * value says its source and date; each source lists what it could not join and why, for the log.
 */
import type { LeaderboardData, OpenRouterBenchmarkSet } from '../boards/leaderboard';
import type { LiveBenchBoard } from '../sources/liveBenchTable';
import type { ModelCatalog } from './modelCatalog';
import type { ModelIdentity } from './modelIdentity';
import type { ModelBenchmarks } from './joinedBenchmark';
import { joinOpenRouterBenchmarks } from './openRouterBenchmarkJoin';
import { joinLiveBench, type LiveBenchJoin } from './liveBenchJoin';

export interface BenchmarkJoin {
  /** By model id, only models with at least one value. */
  readonly byModel: ReadonlyMap<string, ModelBenchmarks>;
  /** Per source, what was not joined and why. */
  readonly notes: { readonly openRouter: readonly string[]; readonly liveBench: readonly string[] };
  /** A model's benchmarks, or null when no source has a value for it. */
  of(model: ModelIdentity): ModelBenchmarks | null;
  /** The sources as they came, joined or not: a value's rank within its source counts every model the source measured. */
  readonly sources: { readonly openRouter: OpenRouterBenchmarkSet | null; readonly liveBench: LiveBenchBoard | null };
}

/** Joins the data's OpenRouter benchmarks and, when given, a LiveBench board to the catalog's models. */
export function joinBenchmarks(catalog: ModelCatalog, data: Pick<LeaderboardData, 'benchmarks'>, liveBench: LiveBenchBoard | null): BenchmarkJoin {
  const openRouter = joinOpenRouterBenchmarks(catalog.models, data.benchmarks);
  const live: LiveBenchJoin = liveBench ? joinLiveBench(catalog, liveBench) : { byModel: new Map(), notes: [] };
  const byModel = new Map<string, ModelBenchmarks>();
  for (const model of catalog.models) {
    const joined: ModelBenchmarks = {
      artificialAnalysis: openRouter.artificialAnalysis.get(model.id) ?? null,
      designArena: openRouter.designArena.get(model.id) ?? null,
      liveBench: live.byModel.get(model.id) ?? null,
    };
    if (joined.artificialAnalysis || joined.designArena || joined.liveBench) byModel.set(model.id, joined);
  }
  return {
    byModel,
    notes: { openRouter: openRouter.notes, liveBench: live.notes },
    of: (model) => byModel.get(model.id) ?? null,
    sources: { openRouter: data.benchmarks ?? null, liveBench },
  };
}
