/**
 * Which LiveBench release (question set) is the newest. livebench.ai hard-codes its list of releases
 * in its script, so the files themselves are the record: the repository's `public/` folder holds
 * `table_<release>.csv` and `categories_<release>.json` for every release. The newest release with
 * both files is the current one. The listing (GitHub's contents API) also carries each file's blob
 * sha, so an unchanged listing proves both files unchanged without asking for them.
 */
import * as v from '../../shared/schema';

/** `2026_01_08`: the date LiveBench gives a question set. */
export const RELEASE = /^(\d{4})_(\d{2})_(\d{2})$/;

/** The release known to exist when this was written (2026-07-01); used when no listing could be read. */
export const KNOWN_RELEASE = '2026_01_08';

/** A release id that is a real calendar date (so it sorts and reads as one). */
export function isRelease(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const m = RELEASE.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCFullYear() === Number(m[1]) && date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]);
}

/** The two files of a release. */
/** A release (`2026_01_08`) as a date (`2026-01-08`), the way every view shows it. */
export const releaseDate = (release: string): string => release.replace(/_/g, '-');

export const tableFile = (release: string): string => `table_${release}.csv`;
export const categoriesFile = (release: string): string => `categories_${release}.json`;

/** The newest release in a folder listing, with the blob shas of its two files. */
export interface ListedRelease {
  readonly release: string;
  readonly tableSha: string | null;
  readonly categoriesSha: string | null;
}

const entrySchema = v.object({
  name: v.string().check(v.maxLength(200)),
  type: v.optional(v.string()),
  sha: v.optional(v.string().check(v.regex(/^[0-9a-f]{40,64}$/))),
});
const listingSchema = v.array(v.unknown()).check(v.maxLength(5000));

/** Reads GitHub's contents listing of the folder (an array of `{name, type, sha, …}`); null when it is not one or has no complete release. */
export function newestListedRelease(json: unknown): ListedRelease | null {
  const listing = listingSchema.safeParse(json);
  if (!listing.success) return null;
  const shas = new Map<string, string | null>();
  for (const item of listing.data) {
    const entry = entrySchema.safeParse(item);
    if (entry.success && (entry.data.type === undefined || entry.data.type === 'file')) shas.set(entry.data.name, entry.data.sha ?? null);
  }
  const releases = [...shas.keys()]
    .map((name) => /^table_(.+)\.csv$/.exec(name)?.[1])
    .filter((r): r is string => r !== undefined && isRelease(r) && shas.has(categoriesFile(r)))
    .sort();
  const release = releases.at(-1);
  return release === undefined ? null : { release, tableSha: shas.get(tableFile(release)) ?? null, categoriesSha: shas.get(categoriesFile(release)) ?? null };
}
