/**
 * Validation of a snapshot file that did not come from this build (a cache file on disk may be
 * truncated, corrupt or tampered with). The embedded snapshot is validated by tests instead.
 */
import * as v from '../../shared/schema';
import { SNAPSHOT_FORMAT, type SnapshotFile } from './snapshotCodec';
import { describeIssue } from '../sources/arenaSchema';
import { validateBenchmarks } from './benchmarkCodec';
import { fail, ok, type Result } from '../../shared/result';

const finite = v.number().check(v.refine(Number.isFinite, 'not finite'));
const count = v.number().check(v.refine((n) => Number.isInteger(n) && n >= 0, 'not a count'));
const date = v.string().check(v.regex(/^\d{4}-\d{2}-\d{2}$/));
const text = v.string().check(v.maxLength(300));
const nullableNumber = v.nullable(finite);

const schema = v.object({
  format: v.literal(SNAPSHOT_FORMAT),
  provenance: v.object({
    arenaDataset: text,
    licence: text,
    retrievedAt: v.nullable(text),
    pricesDate: v.nullable(date),
  }),
  models: v.array(v.tuple([v.string().check(v.minLength(1), v.maxLength(300)), text, text])),
  boards: v.array(
    v.object({
      id: v.string().check(v.minLength(1), v.maxLength(100)),
      publishDate: date,
      categories: v.array(
        v.object({
          id: v.string().check(v.minLength(1), v.maxLength(100)),
          publishDate: date,
          rows: v.array(v.tuple([count, count, finite, v.number().check(v.refine((n) => Number.isFinite(n) && n >= 0, 'negative')), count])),
        }),
      ),
    }),
  ),
  prices: v.array(v.tuple([count, text, nullableNumber, nullableNumber, v.nullable(count), v.union([v.literal(0), v.literal(1)])])),
});

/**
 * Checks an untrusted value is a well-formed snapshot whose model references all resolve. A faulty
 * `benchmarks` part is left out with a note (through `note`), never the snapshot: the votes stand alone.
 */
export function validateSnapshot(value: unknown, note: (text: string) => void = () => undefined): Result<SnapshotFile> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) return fail(`snapshot: ${describeIssue(parsed.error)}`);
  const file = withBenchmarks(parsed.data as SnapshotFile, (value as { benchmarks?: unknown }).benchmarks, note);
  const n = file.models.length;
  for (const b of file.boards) {
    for (const c of b.categories) {
      for (const row of c.rows) if (row[0] >= n) return fail(`snapshot: ${b.id}/${c.id} refers to a missing model`);
    }
  }
  for (const p of file.prices) if (p[0] >= n) return fail('snapshot: a price refers to a missing model');
  if (file.boards.length === 0) return fail('snapshot: no boards');
  return ok(file);
}

/** The file with its benchmarks part when that part is valid; without it (and a note) when not. */
function withBenchmarks(file: SnapshotFile, raw: unknown, note: (text: string) => void): SnapshotFile {
  if (raw === undefined) return file;
  const checked = validateBenchmarks(raw);
  if (checked.ok) return { ...file, benchmarks: checked.value };
  note(`snapshot: the benchmarks part was left out (${checked.error}); the leaderboards are kept`);
  return file;
}
