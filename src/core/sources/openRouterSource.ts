/** OpenRouter's public model list: prices and context windows (no key, one request). */
import { getJson, type HttpOptions } from './httpJson';
import { parseOpenRouterModels, type OpenRouterPrice } from './openRouterSchema';
import { fail, ok } from '../../shared/result';
import type { Counted } from './arenaSource';

/** Fetches and parses the model list; fewer than 10 usable models is treated as a broken answer. */
export async function fetchOpenRouterPrices(url: string, http: HttpOptions): Promise<Counted<OpenRouterPrice[]>> {
  const response = await getJson(url, http);
  if (!response.ok) return { result: fail(`OpenRouter: ${response.failure.message}`), requests: 1, failure: response.failure };
  const parsed = parseOpenRouterModels(response.json);
  if (!parsed) return { result: fail('OpenRouter: the answer is not a model list'), requests: 1 };
  if (parsed.models.length < 10) return { result: fail(`OpenRouter: only ${parsed.models.length} usable models (${parsed.skipped} invalid)`), requests: 1 };
  return { result: ok(parsed.models), requests: 1 };
}
