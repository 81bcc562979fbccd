/**
 * Schemas of the Arena leaderboard dataset (lmarena-ai/leaderboard-dataset) as it arrives:
 * one row per model and category, from the dataset viewer's `/rows` and `/filter` pages or
 * from a recorded file.
 */
import * as v from '../../shared/schema';

/** A publish date as the dataset writes it. */
export const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Model names are shown to users: bounded, printable (no control characters). */
const modelName = v.string().check(
  v.minLength(1),
  v.maxLength(300),
  v.refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'control characters in a name'),
);
/** Organisation and licence are shown as they are only when bounded and printable. */
const label = v.string().check(
  v.maxLength(300),
  v.refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'control characters in a label'),
);
/**
 * An optional text field that cannot be shown (too long, control characters, not text) becomes
 * null (unknown) instead of rejecting the row: it says nothing about the rank, unlike the numbers.
 */
const nullableLabel = v.nullable(label);
// A bad label is caught here rather than failing the row: it becomes null.
const optionalLabel = v.optional(
  v.pipe(
    v.unknown(),
    v.transform((value): string | null => {
      const parsed = nullableLabel.safeParse(value);
      return parsed.success ? parsed.data : null;
    }),
  ),
);
const finite = v.number().check(v.refine(Number.isFinite, 'not a finite number'));
const nonNegative = v.number().check(v.refine((n) => Number.isFinite(n) && n >= 0, 'negative or not finite'));

/**
 * One published row (every board except `agent`). `vote_count` and `rank` are floats in `text`: accepted.
 * A bad number or name rejects the row; an odd organisation or licence only becomes unknown (null).
 */
export const arenaRowSchema = v.object({
  model_name: modelName,
  organization: optionalLabel,
  license: optionalLabel,
  rating: finite,
  rating_lower: finite,
  rating_upper: finite,
  variance: nonNegative,
  vote_count: nonNegative,
  rank: v.optional(v.nullable(nonNegative)),
  category: v.string().check(v.minLength(1), v.maxLength(100)),
  leaderboard_publish_date: v.optional(v.nullable(v.string().check(v.regex(DATE)))),
});
export type ArenaRow = v.infer<typeof arenaRowSchema>;

/** A page of the Hugging Face dataset viewer API (`/rows` or `/filter`). */
export const viewerPageSchema = v.object({
  rows: v.array(v.object({ row_idx: v.optional(v.number()), row: v.unknown() })),
  num_rows_total: nonNegative,
  num_rows_per_page: v.optional(v.number()),
  partial: v.optional(v.boolean()),
});
export type ViewerPage = v.infer<typeof viewerPageSchema>;

/** A recorded `latest` file from the repository's shared data: `{meta, rows}`. */
export const recordedFileSchema = v.object({
  meta: v.object({
    subset: v.string(),
    leaderboard_publish_date: v.string().check(v.regex(DATE)),
    fetched_at: v.optional(v.string()),
    source_url: v.optional(v.string()),
  }),
  rows: v.array(v.unknown()),
});
export type RecordedFile = v.infer<typeof recordedFileSchema>;

/** Dataset info (`/api/datasets/<id>`): the revision tells whether anything was published since. */
export const datasetInfoSchema = v.object({
  sha: v.string().check(v.regex(/^[0-9a-f]{7,64}$/)),
  lastModified: v.optional(v.string()),
});

/** First issue of a failed parse, as a short sentence. */
export function describeIssue(error: v.SchemaError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid data';
  const where = issue.path.length > 0 ? issue.path.join('.') : 'value';
  return `${where}: ${issue.message}`;
}
