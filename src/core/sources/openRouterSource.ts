/** OpenRouter's public model list: prices and context windows, and the benchmarks it carries (no key, one request). */
import { getJson, type HttpOptions } from './httpJson';
import { parseOpenRouterModels, type OpenRouterPrice } from './openRouterSchema';
import { parseOpenRouterBenchmarks, type ParsedBenchmarks } from './openRouterBenchmarks';
import { fail, ok } from '../../shared/result';
import type { Counted } from './arenaSource';

/** What one fetch of the model list gives: the prices, and the benchmarks of the same payload (null when it had none readable). */
export interface OpenRouterModelList {
  readonly prices: OpenRouterPrice[];
  readonly benchmarks: ParsedBenchmarks | null;
}

/** Fetches and parses the model list; fewer than 10 usable models is treated as a broken answer. */
export async function fetchOpenRouterModels(url: string, http: HttpOptions): Promise<Counted<OpenRouterModelList>> {
  const response = await getJson(url, http);
  if (!response.ok) return { result: fail(`OpenRouter: ${response.failure.message}`), requests: 1, failure: response.failure };
  const parsed = parseOpenRouterModels(response.json);
  if (!parsed) return { result: fail('OpenRouter: the answer is not a model list'), requests: 1 };
  if (parsed.models.length < 10) return { result: fail(`OpenRouter: only ${parsed.models.length} usable models (${parsed.skipped} invalid)`), requests: 1 };
  return { result: ok({ prices: parsed.models, benchmarks: parseOpenRouterBenchmarks(response.json) }), requests: 1 };
}

/** Fetches and parses the model list's prices; fewer than 10 usable models is treated as a broken answer. */
export async function fetchOpenRouterPrices(url: string, http: HttpOptions): Promise<Counted<OpenRouterPrice[]>> {
  const fetched = await fetchOpenRouterModels(url, http);
  return { ...fetched, result: fetched.result.ok ? ok(fetched.result.value.prices) : fetched.result };
}
