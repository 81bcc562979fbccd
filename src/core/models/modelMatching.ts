/**
 * The one place that decides whether two model names mean the same model: Arena slugs,
 * OpenRouter ids, watch-list entries (and later the editor's own models).
 * Precision first: an uncertain match is no match, because a wrong match shows a wrong price.
 */
import type { PriceInfo } from '../boards/leaderboard';
import type { OpenRouterPrice } from '../sources/openRouterSchema';

/** Arena organisation → OpenRouter vendor prefixes that may price its models. */
const VENDORS: Readonly<Record<string, readonly string[]>> = {
  anthropic: ['anthropic'],
  alibaba: ['qwen'],
  openai: ['openai'],
  google: ['google'],
  zai: ['z-ai'],
  moonshot: ['moonshotai'],
  xai: ['x-ai'],
  deepseek: ['deepseek'],
  meta: ['meta', 'meta-llama'],
  xiaomi: ['xiaomi'],
  minimax: ['minimax'],
  mistral: ['mistralai'],
  tencent: ['tencent'],
  bytedance: ['bytedance-seed', 'bytedance'],
  ibm: ['ibm-granite'],
  'inception-ai': ['inception'],
  thinky: ['thinkingmachines'],
  poolside: ['poolside'],
  upstage: ['upstage'],
  nvidia: ['nvidia'],
  amazon: ['amazon'],
  cohere: ['cohere'],
  microsoft: ['microsoft'],
  stepfun: ['stepfun'],
};

/**
 * Known pairs that normalising cannot find (Arena name → OpenRouter id). Each was checked by hand
 * against the recorded data; the `-it` suffix is Google's naming for the instruction-tuned release.
 */
const ALIASES: Readonly<Record<string, string>> = {
  'gemma-4-31b': 'google/gemma-4-31b-it',
  'gemma-4-26b-a4b': 'google/gemma-4-26b-a4b-it',
};

/** Effort, reasoning-mode and harness suffixes: the same weights at the same per-token price. */
const VARIANT_SUFFIX = /(?:-(?:x?high|medium|low|minimal|thinking|reasoning)(?:-\d+k)?|[-\s]*\((?:codex-harness|x?high|thinking(?:-minimal)?)\))$/i;
/** `-max` is an effort level only where the lab uses it so (`qwen3.8-max` is a model of its own). */
const MAX_EFFORT = /-max$/i;
const MAX_IS_EFFORT: ReadonlySet<string> = new Set(['anthropic']);

/** Arena renamed `*-thinking` models to `*-high` on 2026-08-12. */
export const KNOWN_RENAMES: Readonly<Record<string, string>> = {
  'claude-opus-4-6-thinking': 'claude-opus-4-6-high',
};

/** Names a model may have been renamed to: the rename table, then Arena's 2026-08-12 rule `X-thinking` → `X-high`. */
export function renameTargets(model: string): string[] {
  const targets = KNOWN_RENAMES[model] ? [KNOWN_RENAMES[model]] : [];
  if (model.endsWith('-thinking')) targets.push(`${model.slice(0, -'-thinking'.length)}-high`);
  return targets;
}

/** Names a model may have had before a rename (the inverse of renameTargets), without repeats. */
export function renameSources(model: string): string[] {
  const sources = Object.entries(KNOWN_RENAMES)
    .filter(([, to]) => to === model)
    .map(([from]) => from);
  if (model.endsWith('-high')) sources.push(`${model.slice(0, -'-high'.length)}-thinking`);
  return [...new Set(sources)];
}

/**
 * Canonical form of a name for comparison: lower case, spaces → `-`, version dashes between
 * digits → dots (`claude-opus-4-7` ≡ `claude-opus-4.7`), 8-digit date stamps removed.
 */
export function normaliseModelName(name: string): string {
  let s = name.trim().toLowerCase();
  s = s.replace(/-20\d{6}(?=$|[-\s(])/g, '');
  s = s.replace(/\s+/g, '-');
  s = s.replace(/(\d)-(?=\d(?!\d*[kb]\b))/g, '$1.');
  return s;
}

/**
 * The name with its trailing effort/harness suffixes removed (`gpt-5.6-sol-xhigh (codex-harness)`
 * → `gpt-5.6-sol`), or null when it has none. `-max` counts only for labs that use it as an effort.
 */
export function stripVariantSuffix(name: string, organization = ''): string | null {
  let stripped = name;
  for (let i = 0; i < 3; i++) {
    const next = stripped.replace(VARIANT_SUFFIX, '').replace(MAX_IS_EFFORT.has(organization.toLowerCase()) ? MAX_EFFORT : /$^/, '');
    if (next === stripped || next.length === 0) break;
    stripped = next;
  }
  return stripped !== name ? stripped : null;
}

/** `vendor/model` split of an OpenRouter id; null for routers, aliases (`~…`) and `:batch`/`:free` variants. */
function splitOpenRouterId(id: string): { vendor: string; model: string } | null {
  if (id.startsWith('~') || id.includes(':')) return null;
  const slash = id.indexOf('/');
  if (slash <= 0) return null;
  const vendor = id.slice(0, slash);
  if (vendor === 'openrouter') return null;
  return { vendor, model: id.slice(slash + 1) };
}

/** Index of OpenRouter models by normalised name; names claimed by two ids are ambiguous and dropped. */
export class OpenRouterIndex {
  private readonly byName = new Map<string, OpenRouterPrice[]>();
  private readonly byId = new Map<string, OpenRouterPrice>();

  constructor(models: readonly OpenRouterPrice[]) {
    for (const m of models) {
      const parts = splitOpenRouterId(m.id);
      this.byId.set(m.id, m);
      if (!parts) continue;
      const key = normaliseModelName(parts.model);
      const list = this.byName.get(key) ?? [];
      list.push(m);
      this.byName.set(key, list);
    }
  }

  /** The one OpenRouter model with this normalised name from an allowed vendor, or null (none or several). */
  private unique(key: string, vendors: readonly string[] | null): OpenRouterPrice | null {
    const found = (this.byName.get(key) ?? []).filter((m) => {
      const vendor = splitOpenRouterId(m.id)?.vendor ?? '';
      return vendors === null || vendors.includes(vendor);
    });
    return found.length === 1 ? (found[0] ?? null) : null;
  }

  /**
   * Price of an Arena model, or null when the match is not certain.
   * Order: alias table, same name, then the name without one effort suffix (a "variant" match).
   * When the organisation is known, the OpenRouter vendor must belong to it.
   */
  match(arenaName: string, organization: string): PriceInfo | null {
    const alias = ALIASES[arenaName.toLowerCase()];
    if (alias) {
      const m = this.byId.get(alias);
      return m ? toPriceInfo(m, 'exact') : null;
    }
    const vendors = organization ? (VENDORS[organization.toLowerCase()] ?? []) : null;
    if (vendors !== null && vendors.length === 0) return null;
    const key = normaliseModelName(arenaName);
    const exact = this.unique(key, vendors);
    if (exact) return toPriceInfo(exact, 'exact');
    // With no organisation to check the vendor against, only an exact name is certain enough.
    const base = vendors === null ? null : stripVariantSuffix(key, organization);
    if (!base) return null;
    const variant = this.unique(base, vendors);
    return variant ? toPriceInfo(variant, 'variant') : null;
  }
}

function toPriceInfo(m: OpenRouterPrice, match: PriceInfo['match']): PriceInfo {
  return { openRouterId: m.id, inputPerM: m.inputPerM, outputPerM: m.outputPerM, contextLength: m.contextLength, match };
}

/** Prices for every distinct Arena model that matches with certainty. */
export function matchPrices(
  arenaModels: Iterable<{ model: string; organization: string }>,
  openRouter: readonly OpenRouterPrice[],
): Map<string, PriceInfo> {
  const index = new OpenRouterIndex(openRouter);
  const prices = new Map<string, PriceInfo>();
  for (const { model, organization } of arenaModels) {
    if (prices.has(model)) continue;
    const price = index.match(model, organization);
    if (price) prices.set(model, price);
  }
  return prices;
}

/**
 * Whether a watch-list query names this Arena model: the same normalised name, or the name
 * with its date stamp removed (`qwen3.7-max` watches `qwen3.7-max-20260517`).
 */
export function queryMatchesModel(query: string, arenaName: string): boolean {
  const q = normaliseModelName(query);
  return q.length > 0 && normaliseModelName(arenaName) === q;
}

/**
 * The best-ranked row named `model`: the same name, else the same name but for a date stamp
 * (`qwen3.7-max` ≡ `qwen3.7-max-20260517`), nothing looser. Rows are in rank order.
 */
export function findModelRow<T extends { readonly model: string }>(rows: readonly T[], model: string): T | undefined {
  const key = normaliseModelName(model);
  return rows.find((r) => r.model === model) ?? rows.find((r) => normaliseModelName(r.model) === key);
}
