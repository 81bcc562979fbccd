/**
 * Schemas of the Arena leaderboard dataset (lmarena-ai/leaderboard-dataset) as it arrives:
 * one row per model and category, from the dataset viewer's `/rows` and `/filter` pages or
 * from a recorded file. Uses `zod/mini` to keep the bundle small.
 */
import * as z from 'zod/mini';

/** A publish date as the dataset writes it. */
export const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Model names are shown to users: bounded, printable (no control characters). */
const modelName = z.string().check(
  z.minLength(1),
  z.maxLength(300),
  z.refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'control characters in a name'),
);
/** Organisation and licence are shown as they are only when bounded and printable. */
const label = z.string().check(
  z.maxLength(300),
  z.refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'control characters in a label'),
);
/**
 * An optional text field that cannot be shown (too long, control characters, not text) becomes
 * null (unknown) instead of rejecting the row: it says nothing about the rank, unlike the numbers.
 */
const nullableLabel = z.nullable(label);
// `z.catch` would say the same in one call, but it brings 11 KB of zod's issue-finalising code into the bundle.
const optionalLabel = z.optional(
  z.pipe(
    z.unknown(),
    z.transform((value): string | null => {
      const parsed = nullableLabel.safeParse(value);
      return parsed.success ? parsed.data : null;
    }),
  ),
);
const finite = z.number().check(z.refine(Number.isFinite, 'not a finite number'));
const nonNegative = z.number().check(z.refine((n) => Number.isFinite(n) && n >= 0, 'negative or not finite'));

/**
 * One published row (every board except `agent`). `vote_count` and `rank` are floats in `text`: accepted.
 * A bad number or name rejects the row; an odd organisation or licence only becomes unknown (null).
 */
export const arenaRowSchema = z.object({
  model_name: modelName,
  organization: optionalLabel,
  license: optionalLabel,
  rating: finite,
  rating_lower: finite,
  rating_upper: finite,
  variance: nonNegative,
  vote_count: nonNegative,
  rank: z.optional(z.nullable(nonNegative)),
  category: z.string().check(z.minLength(1), z.maxLength(100)),
  leaderboard_publish_date: z.optional(z.nullable(z.string().check(z.regex(DATE)))),
});
export type ArenaRow = z.infer<typeof arenaRowSchema>;

/** A page of the Hugging Face dataset viewer API (`/rows` or `/filter`). */
export const viewerPageSchema = z.object({
  rows: z.array(z.object({ row_idx: z.optional(z.number()), row: z.unknown() })),
  num_rows_total: nonNegative,
  num_rows_per_page: z.optional(z.number()),
  partial: z.optional(z.boolean()),
});
export type ViewerPage = z.infer<typeof viewerPageSchema>;

/** A recorded `latest` file from the repository's shared data: `{meta, rows}`. */
export const recordedFileSchema = z.object({
  meta: z.object({
    subset: z.string(),
    leaderboard_publish_date: z.string().check(z.regex(DATE)),
    fetched_at: z.optional(z.string()),
    source_url: z.optional(z.string()),
  }),
  rows: z.array(z.unknown()),
});
export type RecordedFile = z.infer<typeof recordedFileSchema>;

/** Dataset info (`/api/datasets/<id>`): the revision tells whether anything was published since. */
export const datasetInfoSchema = z.object({
  sha: z.string().check(z.regex(/^[0-9a-f]{7,64}$/)),
  lastModified: z.optional(z.string()),
});

/** First issue of a failed parse, as a short sentence. */
export function describeIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid data';
  const where = issue.path.length > 0 ? issue.path.join('.') : 'value';
  return `${where}: ${issue.message}`;
}
