/**
 * OpenRouter `/api/v1/models`: prices (USD per token, as strings) and context windows.
 * Models that fail the schema are skipped one by one: a price is only shown when it parsed.
 */
import * as v from '../../shared/schema';

const price = v.optional(v.nullable(v.string().check(v.maxLength(40))));
/** A model's other names (`canonical_slug`, `hugging_face_id`); anything malformed is dropped, not the model. */
const SLUG = /^[a-z0-9][a-z0-9._/-]{0,199}$/i;

export const openRouterModelSchema = v.object({
  id: v.string().check(v.minLength(3), v.maxLength(200), v.regex(/^[~a-z0-9][a-z0-9._:/~-]*$/i)),
  name: v.optional(v.string()),
  context_length: v.optional(v.nullable(v.number())),
  pricing: v.optional(
    v.nullable(
      v.object({
        prompt: price,
        completion: price,
      }),
    ),
  ),
});
export type OpenRouterModel = v.infer<typeof openRouterModelSchema>;

/** The response envelope `{data:[...]}` (or the bare array a recorded file holds). */
export const openRouterListSchema = v.union([v.object({ data: v.array(v.unknown()) }), v.array(v.unknown())]);

/** A model's price as numbers: USD per million tokens, or null when absent, variable (-1) or not a number. */
export interface OpenRouterPrice {
  readonly id: string;
  readonly inputPerM: number | null;
  readonly outputPerM: number | null;
  readonly contextLength: number | null;
  /** The dated slug OpenRouter keeps across renames of `id` (`openai/o3-2025-04-16` for `openai/o3`). */
  readonly canonicalSlug?: string;
  /** The model's Hugging Face repository (`Qwen/Qwen3-Coder-480B-A35B-Instruct`): the lab's own name for open weights. */
  readonly huggingFaceId?: string;
}

const slug = (value: unknown): string | undefined => (typeof value === 'string' && SLUG.test(value) ? value : undefined);

/** "0.0000025" → 2.5 ($/M); null for missing, negative (OpenRouter's "variable"), or junk. */
export function perMillion(perToken: string | null | undefined): number | null {
  if (perToken == null || !/^\d+(\.\d+)?(e-?\d+)?$/i.test(perToken.trim())) return null;
  const value = Number(perToken) * 1e6;
  return Number.isFinite(value) && value >= 0 && value < 1e6 ? Math.round(value * 1e6) / 1e6 : null;
}

/** Parses a models list; returns the priced models and how many entries were skipped as invalid. */
export function parseOpenRouterModels(payload: unknown): { models: OpenRouterPrice[]; skipped: number } | null {
  const list = openRouterListSchema.safeParse(payload);
  if (!list.success) return null;
  const raw = Array.isArray(list.data) ? list.data : list.data.data;
  const models: OpenRouterPrice[] = [];
  let skipped = 0;
  for (const item of raw) {
    const parsed = openRouterModelSchema.safeParse(item);
    if (!parsed.success) {
      skipped++;
      continue;
    }
    const m = parsed.data;
    const context = m.context_length != null && Number.isInteger(m.context_length) && m.context_length > 0 ? m.context_length : null;
    // Read beside the schema so a malformed alternative name drops only that name, never the price.
    const names = item as { canonical_slug?: unknown; hugging_face_id?: unknown };
    const canonicalSlug = slug(names.canonical_slug);
    const huggingFaceId = slug(names.hugging_face_id);
    models.push({
      id: m.id,
      inputPerM: perMillion(m.pricing?.prompt),
      outputPerM: perMillion(m.pricing?.completion),
      contextLength: context,
      ...(canonicalSlug ? { canonicalSlug } : {}),
      ...(huggingFaceId ? { huggingFaceId } : {}),
    });
  }
  return { models, skipped };
}
