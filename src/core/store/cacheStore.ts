/**
 * The last good data on disk: a snapshot file, the OpenRouter price list and a small state file
 * (dataset revision, fetch times). Writes are atomic through the injected FileStore; reads
 * validate everything, and a corrupt file is reported and ignored, never trusted.
 * The benchmarks of the last OpenRouter list are kept in a file of their own beside its prices, so a
 * cache written before they existed still loads (it simply has none until the next price fetch).
 */
import * as v from '../../shared/schema';
import type { LeaderboardData, OpenRouterBenchmarkSet } from '../boards/leaderboard';
import type { OpenRouterPrice } from '../sources/openRouterSchema';
import { decodeSnapshot, encodeSnapshot } from './snapshotCodec';
import { validateSnapshot } from './snapshotSchema';
import { decodeBenchmarks, encodeBenchmarks, validateBenchmarks } from './benchmarkCodec';
import { fail, ok, type Result } from '../../shared/result';

/** Reads and atomically replaces small named files (global storage in VS Code, a folder in tests). */
export interface FileStore {
  read(name: string): Promise<Uint8Array | null>;
  /** Writes to a temporary file, then renames it over `name`. */
  writeAtomic(name: string, bytes: Uint8Array): Promise<void>;
}

export interface CacheState {
  readonly sha: string | null;
  readonly checkedAt: number;
  readonly pricesFetchedAt: number | null;
}

const stateSchema = v.object({
  sha: v.nullable(v.string().check(v.maxLength(64))),
  checkedAt: v.number(),
  pricesFetchedAt: v.nullable(v.number()),
});
const otherName = v.optional(v.nullable(v.string().check(v.maxLength(200))));
/** `[id, input, output, context, canonicalSlug?, huggingFaceId?]`: the other names match models the id does not (older files have four). */
const pricesSchema = v.array(v.tuple([v.string().check(v.maxLength(200)), v.nullable(v.number()), v.nullable(v.number()), v.nullable(v.number()), otherName, otherName]));

const FILES = { data: 'leaderboards.json', prices: 'openrouter-prices.json', benchmarks: 'openrouter-benchmarks.json', state: 'refresh-state.json' } as const;

function parse(bytes: Uint8Array | null): Result<unknown> | null {
  if (!bytes) return null;
  try {
    return ok(JSON.parse(new TextDecoder().decode(bytes)) as unknown);
  } catch {
    return fail('not valid JSON (truncated or corrupt)');
  }
}

const encode = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value));

export class CacheStore {
  readonly #files: FileStore;
  readonly #note: (text: string) => void;

  /** `note` hears what was left out of a file that was otherwise read (a faulty benchmarks part), for the log. */
  constructor(files: FileStore, note: (text: string) => void = () => undefined) {
    this.#files = files;
    this.#note = note;
  }

  /** The cached data, null when there is none, or an error when the file is corrupt. */
  async readData(): Promise<Result<LeaderboardData> | null> {
    const raw = parse(await this.#files.read(FILES.data));
    if (!raw) return null;
    if (!raw.ok) return fail(`cache: ${raw.error}`);
    const checked = validateSnapshot(raw.value, (text) => this.#note(`cache: ${text}`));
    return checked.ok ? ok(decodeSnapshot(checked.value, 'cache')) : fail(`cache: ${checked.error}`);
  }

  async writeData(data: LeaderboardData): Promise<void> {
    await this.#files.writeAtomic(FILES.data, encode(encodeSnapshot(data)));
  }

  async readPrices(): Promise<OpenRouterPrice[] | null> {
    const raw = parse(await this.#files.read(FILES.prices));
    const checked = raw?.ok ? pricesSchema.safeParse(raw.value) : null;
    return checked?.success
      ? checked.data.map(([id, inputPerM, outputPerM, contextLength, canonicalSlug, huggingFaceId]) => ({
          id,
          inputPerM,
          outputPerM,
          contextLength,
          ...(canonicalSlug ? { canonicalSlug } : {}),
          ...(huggingFaceId ? { huggingFaceId } : {}),
        }))
      : null;
  }

  async writePrices(prices: readonly OpenRouterPrice[]): Promise<void> {
    await this.#files.writeAtomic(FILES.prices, encode(prices.map((p) => [p.id, p.inputPerM, p.outputPerM, p.contextLength, p.canonicalSlug ?? null, p.huggingFaceId ?? null])));
  }

  /** The benchmarks of the last fetched OpenRouter list; null when there are none or the file is faulty (said through `note`). */
  async readBenchmarks(): Promise<OpenRouterBenchmarkSet | null> {
    const raw = parse(await this.#files.read(FILES.benchmarks));
    if (!raw) return null;
    const checked = raw.ok ? validateBenchmarks(raw.value) : raw;
    if (checked.ok) return decodeBenchmarks(checked.value);
    this.#note(`cache: the OpenRouter benchmarks file was left out (${checked.error})`);
    return null;
  }

  async writeBenchmarks(benchmarks: OpenRouterBenchmarkSet): Promise<void> {
    await this.#files.writeAtomic(FILES.benchmarks, encode(encodeBenchmarks(benchmarks)));
  }

  async readState(): Promise<CacheState> {
    const raw = parse(await this.#files.read(FILES.state));
    const checked = raw?.ok ? stateSchema.safeParse(raw.value) : null;
    return checked?.success ? checked.data : { sha: null, checkedAt: 0, pricesFetchedAt: null };
  }

  async writeState(state: CacheState): Promise<void> {
    await this.#files.writeAtomic(FILES.state, encode(state));
  }
}
