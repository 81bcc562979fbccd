/**
 * The last good LiveBench copy on disk (`livebench.json` through the injected FileStore), and when
 * LiveBench may be asked again. The copy is the two files as published, with their validators and
 * fetch date — not our parsed board — so a later version of the parser reads an old cache, and the
 * cache format does not change when the board does. A file that does not validate is reported and
 * ignored, never trusted.
 */
import * as v from '../../shared/schema';
import type { FileStore } from './cacheStore';
import { LIVEBENCH_MAX_BYTES, type LiveBenchCopy } from '../sources/liveBenchSource';
import { isRelease } from '../sources/liveBenchReleases';

/** LiveBench adds models a few times a month: a daily look is plenty. */
export const LIVEBENCH_CHECK_INTERVAL_MS = 24 * 60 * 60 * 1000;
/** After a failed check, the next may come sooner than a day, but not sooner than this. */
export const LIVEBENCH_RETRY_INTERVAL_MS = 60 * 60 * 1000;

/** What the cache holds: the copy (if any) and the last check. */
export interface LiveBenchCacheState {
  readonly copy: LiveBenchCopy | null;
  /** When LiveBench was last asked (ms since epoch), successful or not; null: never. */
  readonly checkedAt: number | null;
  readonly lastCheckFailed: boolean;
}

export const EMPTY_LIVEBENCH_STATE: LiveBenchCacheState = { copy: null, checkedAt: null, lastCheckFailed: false };

/**
 * Whether LiveBench may be asked now: never asked; a day since the last good check; an hour since a
 * failed one; or a clock that went back before the last check (its time cannot be trusted).
 */
export function liveBenchCheckDue(state: Pick<LiveBenchCacheState, 'checkedAt' | 'lastCheckFailed'>, now: number): boolean {
  if (state.checkedAt === null || now < state.checkedAt) return true;
  return now - state.checkedAt >= (state.lastCheckFailed ? LIVEBENCH_RETRY_INTERVAL_MS : LIVEBENCH_CHECK_INTERVAL_MS);
}

const FILE = 'livebench.json';
const FORMAT = 1;

const validator = v.nullable(v.string().check(v.maxLength(200)));
const fileSchema = v.object({
  text: v.string().check(v.maxLength(LIVEBENCH_MAX_BYTES)),
  sha: v.nullable(v.string().check(v.regex(/^[0-9a-f]{40,64}$/))),
  etag: validator,
  lastModified: validator,
});
const time = v.number().check(v.gte(0), v.lte(8.64e15));
const stateSchema = v.object({
  format: v.literal(FORMAT),
  checkedAt: v.nullable(time),
  lastCheckFailed: v.boolean(),
  copy: v.nullable(
    v.object({
      release: v.string().check(v.refine(isRelease)),
      listingEtag: validator,
      table: fileSchema,
      categories: fileSchema,
      fetchedAt: time,
    }),
  ),
});

/** Reads and writes the LiveBench cache file. */
export class LiveBenchCache {
  readonly #files: FileStore;

  constructor(files: FileStore) {
    this.#files = files;
  }

  /** The cached state; the empty state when there is none, with `problem` set when the file was unreadable. */
  async read(): Promise<LiveBenchCacheState & { readonly problem?: string }> {
    const bytes = await this.#files.read(FILE);
    if (!bytes) return EMPTY_LIVEBENCH_STATE;
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      return { ...EMPTY_LIVEBENCH_STATE, problem: 'LiveBench cache: not valid JSON (truncated or corrupt); ignored' };
    }
    const parsed = stateSchema.safeParse(json);
    if (!parsed.success) return { ...EMPTY_LIVEBENCH_STATE, problem: 'LiveBench cache: not in the expected format; ignored' };
    return { copy: parsed.data.copy, checkedAt: parsed.data.checkedAt, lastCheckFailed: parsed.data.lastCheckFailed };
  }

  async write(state: LiveBenchCacheState): Promise<void> {
    const file = { format: FORMAT, checkedAt: state.checkedAt, lastCheckFailed: state.lastCheckFailed, copy: state.copy };
    await this.#files.writeAtomic(FILE, new TextEncoder().encode(JSON.stringify(file)));
  }
}
