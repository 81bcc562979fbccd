/**
 * The compact stored form of the benchmarks that come with an OpenRouter model list (Artificial
 * Analysis, Design Arena): the optional `benchmarks` part of a snapshot or cache file, and the cache's
 * own copy of the last fetched list. Design Arena's category names are stored once.
 * A stored part that is not exactly right is dropped whole, never trusted in part, and never takes the
 * rest of the file with it: benchmarks are an addition to the votes, not a reason to lose them.
 */
import * as v from '../../shared/schema';
import type { DesignArenaValue, OpenRouterBenchmarkSet, OpenRouterModelBenchmarks } from '../boards/leaderboard';
import { describeIssue } from '../sources/arenaSchema';
import { fail, ok, type Result } from '../../shared/result';

/** `[categoryIndex, elo, winRate, rank]`, the category being `designArenaCategories[categoryIndex]`. */
export type StoredDesignArena = [category: number, elo: number | null, winRate: number | null, rank: number | null];
/** `[openRouterId, intelligence, coding, agentic, designArena]`: Artificial Analysis indices, then Design Arena results. */
export type StoredBenchmarkModel = [id: string, intelligence: number | null, coding: number | null, agentic: number | null, designArena: StoredDesignArena[]];

export interface StoredBenchmarks {
  /** Date of the OpenRouter payload (YYYY-MM-DD). */
  readonly date: string;
  /** `[arena, category]`, e.g. `["models", "website"]`. */
  readonly designArenaCategories: readonly (readonly [string, string])[];
  readonly models: readonly StoredBenchmarkModel[];
}

/** Encodes the set, keeping only the OpenRouter ids `keep` accepts (all when omitted), in id order so builds are stable. */
export function encodeBenchmarks(set: OpenRouterBenchmarkSet, keep: (openRouterId: string) => boolean = () => true): StoredBenchmarks {
  const categories: [string, string][] = [];
  const categoryIndex = new Map<string, number>();
  const indexOf = (r: DesignArenaValue): number => {
    const key = `${r.arena}\u0000${r.category}`;
    let i = categoryIndex.get(key);
    if (i === undefined) {
      i = categories.length;
      categories.push([r.arena, r.category]);
      categoryIndex.set(key, i);
    }
    return i;
  };
  const ids = [...set.models.keys()].filter(keep).sort();
  const models = ids.map((id): StoredBenchmarkModel => {
    const b = set.models.get(id) as OpenRouterModelBenchmarks;
    const aa = b.artificialAnalysis;
    return [id, aa?.intelligence ?? null, aa?.coding ?? null, aa?.agentic ?? null, b.designArena.map((r): StoredDesignArena => [indexOf(r), r.elo, r.winRate, r.rank])];
  });
  return { date: set.date, designArenaCategories: categories, models };
}

/** Decodes a stored part this build wrote or `validateBenchmarks` accepted. */
export function decodeBenchmarks(stored: StoredBenchmarks): OpenRouterBenchmarkSet {
  const models = new Map<string, OpenRouterModelBenchmarks>();
  for (const [id, intelligence, coding, agentic, results] of stored.models) {
    const designArena = results.flatMap(([c, elo, winRate, rank]): DesignArenaValue[] => {
      const category = stored.designArenaCategories[c];
      return category ? [{ arena: category[0], category: category[1], elo, winRate, rank }] : [];
    });
    const none = intelligence === null && coding === null && agentic === null;
    models.set(id, { artificialAnalysis: none ? null : { intelligence, coding, agentic }, designArena });
  }
  return { date: stored.date, models };
}

const LIMITS = { models: 5000, categories: 500, results: 200 } as const;
const inRange = (min: number, max: number, integer = false): v.Schema<number> =>
  v.number().check(v.refine((n) => Number.isFinite(n) && n >= min && n <= max && (!integer || Number.isInteger(n)), `not a number from ${min} to ${max}`));
const index = v.number().check(v.refine((n) => Number.isInteger(n) && n >= 0, 'not an index'));
/** The same bounds as the parser of OpenRouter's payload (openRouterBenchmarks.ts). */
const percent = v.nullable(inRange(0, 100));
const slug = v.string().check(v.regex(/^[a-z0-9][a-z0-9 ()._+-]{0,79}$/i));
const openRouterId = v.string().check(v.minLength(3), v.maxLength(200), v.regex(/^[~a-z0-9][a-z0-9._:/~-]*$/i));

const schema = v.object({
  date: v.string().check(v.regex(/^\d{4}-\d{2}-\d{2}$/)),
  designArenaCategories: v.array(v.tuple([slug, slug])).check(v.maxLength(LIMITS.categories)),
  models: v
    .array(v.tuple([openRouterId, percent, percent, percent, v.array(v.tuple([index, v.nullable(inRange(0, 5000)), percent, v.nullable(inRange(1, 10_000, true))])).check(v.maxLength(LIMITS.results))]))
    .check(v.maxLength(LIMITS.models)),
});

/** Checks an untrusted stored part; any fault rejects the whole part (the caller drops it with a note). */
export function validateBenchmarks(value: unknown): Result<StoredBenchmarks> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) return fail(`benchmarks: ${describeIssue(parsed.error)}`);
  const stored = parsed.data as StoredBenchmarks;
  const categories = new Set(stored.designArenaCategories.map(([arena, category]) => `${arena}\u0000${category}`));
  if (categories.size !== stored.designArenaCategories.length) return fail('benchmarks: a Design Arena category is listed twice');
  const ids = new Set<string>();
  for (const [id, , , , results] of stored.models) {
    if (ids.has(id)) return fail(`benchmarks: ${id} is listed twice`);
    ids.add(id);
    const seen = new Set<number>();
    for (const [c] of results) {
      if (c >= stored.designArenaCategories.length) return fail(`benchmarks: ${id} refers to a missing Design Arena category`);
      if (seen.has(c)) return fail(`benchmarks: ${id} has two results in one Design Arena category`);
      seen.add(c);
    }
  }
  return ok(stored);
}

/** The benchmarks parsed from one OpenRouter list (see parseOpenRouterBenchmarks) as the set LeaderboardData carries. */
export function benchmarkSet(models: readonly (OpenRouterModelBenchmarks & { readonly id: string })[], date: string): OpenRouterBenchmarkSet {
  return { date, models: new Map(models.map(({ id, artificialAnalysis, designArena }) => [id, { artificialAnalysis, designArena }])) };
}
