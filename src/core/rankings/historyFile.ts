/** Validation of a history file read from disk (the cache of seen snapshots is untrusted). */
import * as v from '../../shared/schema';
import type { HistoryFile } from './history';

const num = v.number().check(v.refine(Number.isFinite, 'not finite'));
const schema = v.object({
  format: v.literal(1),
  source: v.string().check(v.maxLength(300)),
  tracks: v.array(
    v.object({
      board: v.string().check(v.maxLength(100)),
      category: v.string().check(v.maxLength(100)),
      dates: v.array(v.string().check(v.regex(/^\d{4}-\d{2}-\d{2}$/))),
      series: v.record(v.string().check(v.maxLength(300)), v.array(v.tuple([num, num, num, num, num]))),
    }),
  ),
});

/** The file when it is well formed, else null. */
export function validateHistoryFile(value: unknown): HistoryFile | null {
  const parsed = schema.safeParse(value);
  return parsed.success ? (parsed.data as HistoryFile) : null;
}
