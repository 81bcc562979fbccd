/** Validation of a history file read from disk (the cache of seen snapshots is untrusted). */
import * as z from 'zod/mini';
import type { HistoryFile } from './history';

const num = z.number().check(z.refine(Number.isFinite, 'not finite'));
const schema = z.object({
  format: z.literal(1),
  source: z.string().check(z.maxLength(300)),
  tracks: z.array(
    z.object({
      board: z.string().check(z.maxLength(100)),
      category: z.string().check(z.maxLength(100)),
      dates: z.array(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
      series: z.record(z.string().check(z.maxLength(300)), z.array(z.tuple([num, num, num, num, num]))),
    }),
  ),
});

/** The file when it is well formed, else null. */
export function validateHistoryFile(value: unknown): HistoryFile | null {
  const parsed = schema.safeParse(value);
  return parsed.success ? (parsed.data as HistoryFile) : null;
}
