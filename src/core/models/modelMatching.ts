/**
 * The one place that decides whether two model names mean the same model: Arena slugs,
 * OpenRouter ids, watch-list entries (and later the editor's own models).
 * Precision first: an uncertain match is no match, because a wrong match shows a wrong price.
 */
import type { PriceInfo } from '../boards/leaderboard';
import type { OpenRouterPrice } from '../sources/openRouterSchema';
import { OPENROUTER_ALIASES, RENAMES, renameTargetsOf } from './modelAliases';
import { effortLevelBases, stripVariantSuffix } from './modelVariants';

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

/** Arena renamed `*-thinking` models to `*-high` on 2026-08-12; every rename with its evidence is in modelAliases. */
export const KNOWN_RENAMES: Readonly<Record<string, string>> = Object.fromEntries(RENAMES.map((r) => [r.from, r.to]));

/** Names a model may have been renamed to: the rename table, then Arena's 2026-08-12 rule `X-thinking` → `X-high`. */
export function renameTargets(model: string): string[] {
  return renameTargetsOf(model).map((t) => t.to);
}

/** Names a model may have had before a rename (the inverse of renameTargets), without repeats. */
export function renameSources(model: string): string[] {
  const sources = Object.entries(KNOWN_RENAMES)
    .filter(([, to]) => to === model)
    .map(([from]) => from);
  if (model.endsWith('-high')) sources.push(`${model.slice(0, -'-high'.length)}-thinking`);
  return [...new Set(sources)];
}

/** What normalising may change besides case: spaces, a date stamp, a dash between digits. */
const MAY_CHANGE = /\s|-20\d\d|\d-\d/;
const DATE_STAMPS = /-20\d{2}-?[01]\d-?[0-3]\d(?=$|[-\s(])/g;
const SPACE = /\s/;
const SPACE_RUNS = /\s+/g;

/**
 * Canonical form of a name for comparison: lower case, spaces → `-`, version dashes between
 * digits → dots (`claude-opus-4-7` ≡ `claude-opus-4.7`), date stamps (`-20260517`, `-2025-04-16`) removed.
 */
export function normaliseModelName(name: string): string {
  let s = name.toLowerCase();
  // Most names need nothing more (every catalog build reads about 1,000 of them): one test instead of three replaces.
  if (!MAY_CHANGE.test(s)) return s;
  s = s.trim().replace(DATE_STAMPS, '');
  s = s.replace(SPACE_RUNS, '-');
  return dotVersionDashes(s);
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isWordChar = (c: number): boolean => isDigit(c) || (c >= 97 && c <= 122) || c === 95;

/**
 * `4-7` → `4.7` wherever a dash joins two numbers, except before a size (`qwen3-235b`, `phi-3-4k`):
 * a character loop, as the regex with lookaheads was the slowest step of grouping ~500 names.
 */
function dotVersionDashes(s: string): string {
  let out = '';
  let from = 0;
  // From dash to dash (indexOf scans faster than a loop over every character).
  for (let i = s.indexOf('-', 1); i > 0 && i < s.length - 1; i = s.indexOf('-', i + 1)) {
    if (!isDigit(s.charCodeAt(i - 1)) || !isDigit(s.charCodeAt(i + 1))) continue;
    let j = i + 1;
    while (j < s.length && isDigit(s.charCodeAt(j))) j++;
    const after = s.charCodeAt(j);
    if ((after === 107 || after === 98) && (j + 1 >= s.length || !isWordChar(s.charCodeAt(j + 1)))) continue;
    out += `${s.slice(from, i)}.`;
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** Arena name → OpenRouter id, where the names differ by more than spelling. */
const ALIAS_IDS: ReadonlyMap<string, string> = new Map(OPENROUTER_ALIASES.map((a) => [a.arenaName, a.openRouterId]));

/** `vendor/model` split of an OpenRouter id; null for routers, aliases (`~…`) and `:batch`/`:free` variants. */
function splitOpenRouterId(id: string): { vendor: string; model: string } | null {
  if (id.startsWith('~') || id.includes(':')) return null;
  const slash = id.indexOf('/');
  if (slash <= 0) return null;
  const vendor = id.slice(0, slash);
  if (vendor === 'openrouter') return null;
  return { vendor, model: id.slice(slash + 1) };
}

/** The part after `vendor/` of a slug, normalised; '' when there is none. */
function slugKey(slug: string | undefined): string {
  const slash = slug?.indexOf('/') ?? -1;
  return slug && slash > 0 ? normaliseModelName(slug.slice(slash + 1)) : '';
}

function addTo(index: Map<string, OpenRouterPrice[]>, key: string, m: OpenRouterPrice): void {
  if (!key) return;
  const list = index.get(key);
  if (!list) index.set(key, [m]);
  else if (!list.includes(m)) list.push(m);
}

/**
 * Index of OpenRouter models by normalised name. Two tiers: the id's own name, then the other names
 * OpenRouter gives the same model (its dated `canonical_slug`, its Hugging Face repository, which
 * is the lab's own name for open weights). A name claimed by two models is ambiguous and matches nothing.
 */
export class OpenRouterIndex {
  readonly #byVerbatim = new Map<string, OpenRouterPrice[]>();
  readonly #byName = new Map<string, OpenRouterPrice[]>();
  readonly #byOtherName = new Map<string, OpenRouterPrice[]>();
  /** By id, built on first use: only the alias table asks (two names), not worth 400 entries per match. */
  #byId: Map<string, OpenRouterPrice> | null = null;
  readonly #vendorOf = new Map<OpenRouterPrice, string>();

  readonly #models: readonly OpenRouterPrice[];

  constructor(models: readonly OpenRouterPrice[]) {
    this.#models = models;
    for (const m of models) {
      const parts = splitOpenRouterId(m.id);
      if (!parts) continue;
      this.#vendorOf.set(m, parts.vendor);
      addTo(this.#byVerbatim, parts.model.toLowerCase(), m);
      addTo(this.#byName, normaliseModelName(parts.model), m);
      addTo(this.#byOtherName, slugKey(m.canonicalSlug), m);
      addTo(this.#byOtherName, slugKey(m.huggingFaceId), m);
    }
  }

  /** The one OpenRouter model with this normalised name from an allowed vendor, or null (none or several). */
  #unique(index: ReadonlyMap<string, OpenRouterPrice[]>, key: string, vendors: readonly string[] | null): OpenRouterPrice | null {
    const candidates = index.get(key);
    if (!candidates) return null;
    let found: OpenRouterPrice | null = null;
    for (const m of candidates) {
      if (vendors !== null && !vendors.includes(this.#vendorOf.get(m) ?? '')) continue;
      if (found) return null;
      found = m;
    }
    return found;
  }

  /** The id's own name first; only when no id has the name, the other names (a lower tier, never mixed with the first). */
  #named(key: string, vendors: readonly string[] | null): OpenRouterPrice | null {
    if (this.#byName.has(key)) return this.#unique(this.#byName, key, vendors);
    return vendors === null ? null : this.#unique(this.#byOtherName, key, vendors);
  }

  /**
   * Price of an Arena model, or null when the match is not certain.
   * Order: alias table, the very same name, the same name up to date stamp and spelling, then the
   * name without its effort suffixes (a "variant" match).
   * When the organisation is known, the OpenRouter vendor must belong to it. `effortBases` holds the
   * bases whose `-max`/`-medium` the boards show to be effort levels (see effortLevelBases).
   */
  match(arenaName: string, organization: string, effortBases: Pick<ReadonlySet<string>, 'has'> = new Set(), key = normaliseModelName(arenaName)): PriceInfo | null {
    const lower = arenaName.toLowerCase();
    const alias = ALIAS_IDS.get(lower);
    if (alias) {
      this.#byId ??= new Map(this.#models.map((model) => [model.id, model]));
      const m = this.#byId.get(alias);
      return m ? toPriceInfo(m, 'exact') : null;
    }
    const vendors = organization ? (VENDORS[organization.toLowerCase()] ?? []) : null;
    if (vendors !== null && vendors.length === 0) return null;
    // The very same name first: `gpt-4o-2024-05-13` is openai/gpt-4o-2024-05-13, though two gpt-4o versions read alike once dates are dropped.
    const verbatim = this.#unique(this.#byVerbatim, SPACE.test(lower) ? lower.trim().replace(SPACE_RUNS, '-') : lower, vendors);
    if (verbatim) return toPriceInfo(verbatim, 'exact');
    const exact = this.#named(key, vendors);
    if (exact) return toPriceInfo(exact, 'exact');
    // With no organisation to check the vendor against, only an exact name is certain enough.
    const base = vendors === null ? null : stripVariantSuffix(key, effortBases);
    if (!base) return null;
    const variant = this.#named(base, vendors);
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
  const distinct = new Map<string, string>();
  for (const e of arenaModels) if (!distinct.has(e.model)) distinct.set(e.model, e.organization);
  const names = [...distinct.keys()];
  const keys = names.map(normaliseModelName);
  const effortBases = effortLevelBases(keys);
  const prices = new Map<string, PriceInfo>();
  names.forEach((model, i) => {
    const price = index.match(model, distinct.get(model) ?? '', effortBases, keys[i]);
    if (price) prices.set(model, price);
  });
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
