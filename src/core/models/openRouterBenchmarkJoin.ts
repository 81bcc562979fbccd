/**
 * Artificial Analysis and Design Arena values (keyed by OpenRouter id) joined to models exactly as
 * prices are: through the OpenRouter id the model is priced with. Only an `exact` price match
 * carries them. A variant (`-high`, `-thinking`, a Codex harness) is priced at its base's per-token
 * price, which is the same for every setting, but a benchmark is not: Artificial Analysis measures one
 * reasoning setting per id, and OpenRouter does not say which, so the base's values are never shown
 * as a variant's.
 */
import type { ArtificialAnalysisValues, DesignArenaValue, OpenRouterBenchmarkSet } from '../boards/leaderboard';
import type { ModelIdentity } from './modelIdentity';
import type { JoinedBenchmark } from './joinedBenchmark';

export interface OpenRouterBenchmarkJoin {
  /** By model id. */
  readonly artificialAnalysis: ReadonlyMap<string, JoinedBenchmark<ArtificialAnalysisValues>>;
  readonly designArena: ReadonlyMap<string, JoinedBenchmark<readonly DesignArenaValue[]>>;
  /** What was not joined and why, one line each, naming the source. */
  readonly notes: readonly string[];
}

const note = (text: string): string => `OpenRouter benchmarks: ${text}`;

/** Joins the set to the models (null set: nothing joined, one note). */
export function joinOpenRouterBenchmarks(models: readonly ModelIdentity[], set: OpenRouterBenchmarkSet | null | undefined): OpenRouterBenchmarkJoin {
  const artificialAnalysis = new Map<string, JoinedBenchmark<ArtificialAnalysisValues>>();
  const designArena = new Map<string, JoinedBenchmark<readonly DesignArenaValue[]>>();
  if (!set) return { artificialAnalysis, designArena, notes: [note('this data carries none (it was saved before they were kept)')] };
  const notes: string[] = [];
  // An id that prices two models exactly cannot say which of them it measured.
  const exactly = new Map<string, ModelIdentity[]>();
  for (const model of models) {
    const price = model.price;
    if (!price || !set.models.has(price.openRouterId)) continue;
    if (price.match === 'variant') {
      notes.push(note(`not joined to ${model.name}: ${price.openRouterId} is its base model; a benchmark measures one setting, and OpenRouter does not say it is this one`));
      continue;
    }
    exactly.set(price.openRouterId, [...(exactly.get(price.openRouterId) ?? []), model]);
  }
  for (const [id, claimants] of exactly) {
    const [model] = claimants;
    const values = set.models.get(id);
    if (!model || !values) continue;
    if (claimants.length > 1) {
      notes.push(note(`${id} prices ${claimants.map((m) => m.name).join(' and ')} alike; joined to none, as it cannot say which it measured`));
      continue;
    }
    const because = `${model.name} is priced as ${id}, the same model`;
    if (values.artificialAnalysis) artificialAnalysis.set(model.id, { source: 'artificial-analysis', sourceName: id, date: set.date, because, values: values.artificialAnalysis });
    if (values.designArena.length > 0) designArena.set(model.id, { source: 'design-arena', sourceName: id, date: set.date, because, values: values.designArena });
  }
  return { artificialAnalysis, designArena, notes };
}
