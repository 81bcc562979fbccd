/**
 * The one protocol between the extension and its webviews. Every message is defined once here,
 * its direction in its type, and parsed on arrival by these zod/mini schemas; the one exception is the
 * sidebar, which parses the extension's messages with `sidebarMessageParser.ts`, held to these schemas
 * by a property test (zod cost most of its first render).
 */
import * as z from 'zod/mini';
import { LIMITS } from './protocolLimits';
import { STATUS_MESSAGE_MAX } from './protocolConstants';

export { PAGE_STATE_ELEMENT_ID, PAGE_STRINGS_ELEMENT_ID, STATUS_MESSAGE_MAX } from './protocolConstants';

const shortText = z.string().check(z.maxLength(LIMITS.shortText));
const id = z.string().check(z.minLength(1), z.maxLength(LIMITS.id));
const modelName = z.string().check(z.minLength(1), z.maxLength(LIMITS.modelName));
const num = z.number();
const nullableNum = z.nullable(z.number());

/** One table row, as the sidebar shows it. */
export const rowSchema = z.object({
  key: z.string(),
  rank: num,
  rankBest: num,
  rankWorst: num,
  tiedWith: num,
  /** The board's entry name (`qwen3.7-max-20260517`): what commands and the watch list use. */
  model: z.string(),
  /** The model's display name without its variant (`Claude Opus 4.7`). */
  name: z.string(),
  /** Its effort, thinking or harness variant (`high`, `max`), or null. */
  variant: z.nullable(shortText),
  /** Where else the same model ranks, under which name (`Text #14 as qwen3.7-max-preview`); empty when nowhere. */
  alsoOn: shortText,
  organization: z.string(),
  license: z.string(),
  rating: num,
  lower: num,
  upper: num,
  votes: num,
  preliminary: z.boolean(),
  inputPerM: nullableNum,
  outputPerM: nullableNum,
  contextLength: nullableNum,
  priceNote: z.nullable(shortText),
  watched: z.boolean(),
});
export type Row = z.infer<typeof rowSchema>;

const optionSchema = z.object({ id, label: shortText, count: z.optional(num) });
export type Option = z.infer<typeof optionSchema>;

/** Where the data stands: loading, fine, a calm notice (offline on a first start), or failed with a message (the old data stays shown). */
const statusSchema = z.object({
  kind: z.enum(['idle', 'loading', 'notice', 'error']),
  message: z.optional(z.string().check(z.maxLength(STATUS_MESSAGE_MAX))),
});
export type ViewStatus = z.infer<typeof statusSchema>;

/** Extension → sidebar: everything the view shows for the selected board and category. */
export const boardStateSchema = z.object({
  type: z.literal('boardState'),
  boards: z.array(optionSchema),
  boardId: id,
  boardTitle: shortText,
  boardDescription: shortText,
  categories: z.array(optionSchema),
  categoryId: id,
  publishDate: shortText,
  originNote: shortText,
  attribution: shortText,
  pricesNote: shortText,
  rows: z.array(rowSchema),
  /** The chat models available in the editor, mapped to this board's rows (pinned above the table). */
  yourModels: z.array(
    z.object({
      name: z.string().check(z.maxLength(LIMITS.modelName)),
      vendor: z.string().check(z.maxLength(LIMITS.vendor)),
      key: z.nullable(z.string()),
      model: z.nullable(z.string()),
      rank: z.nullable(num),
      kind: z.nullable(z.enum(['exact', 'proxy'])),
    }),
  ),
  status: statusSchema,
});
export type BoardState = z.infer<typeof boardStateSchema>;

/** A column of the Benchmarks board: its short label, and its source and date (in `title` and `source`). */
const benchmarkColumnSchema = z.object({
  id,
  label: shortText,
  /** What the column is, with its source and date: the header's tooltip. */
  title: shortText,
  /** `Artificial Analysis (via OpenRouter), 2026-08-08`. */
  source: shortText,
  /** A rank: lower is better (sorted ascending first). */
  lowerIsBetter: z.boolean(),
});
export type BenchmarkColumn = z.infer<typeof benchmarkColumnSchema>;

/** A model on the Benchmarks board: its values aligned with the columns, null where the source has none. */
const benchmarkRowSchema = z.object({
  /** The model's id (unique on the board). */
  key: z.string(),
  /** The entry commands use for it (its Code Arena entry when it has one). */
  model: z.string(),
  name: z.string(),
  variant: z.nullable(shortText),
  organization: z.string(),
  /** The names the sources list it under (tooltip). */
  detail: shortText,
  values: z.array(nullableNum),
});
export type BenchmarkRow = z.infer<typeof benchmarkRowSchema>;

/** Extension → sidebar: the Benchmarks board. */
export const benchmarkStateSchema = z.object({
  type: z.literal('benchmarkState'),
  boards: z.array(optionSchema),
  boardId: id,
  title: shortText,
  description: shortText,
  columns: z.array(benchmarkColumnSchema),
  /** The column sorted by when the user has not chosen one. */
  defaultSort: id,
  rows: z.array(benchmarkRowSchema),
  /** Per source: its date and rules, or why it shows nothing (turned off, not downloaded yet). */
  notes: z.array(shortText),
  attribution: shortText,
  status: statusSchema,
});
export type BenchmarkState = z.infer<typeof benchmarkStateSchema>;

/** One point of a model's history on a board/category. */
const historyPointSchema = z.object({ date: shortText, rating: num, lower: num, upper: num, rank: num });
export type HistoryPointView = z.infer<typeof historyPointSchema>;

/** A model's history (renames followed), for the sparkline and the comparison chart. */
export const historySchema = z.object({
  model: z.string(),
  formerNames: z.array(z.string()),
  points: z.array(historyPointSchema),
});
export type HistoryView = z.infer<typeof historySchema>;

/** The extension's messages to the sidebar. */
export const hostToSidebarSchema = z.discriminatedUnion('type', [
  boardStateSchema,
  benchmarkStateSchema,
  /** The history of the selected model on the board and category shown. */
  z.object({ type: z.literal('history'), boardId: id, categoryId: id, history: historySchema }),
  /** Scroll to a model and select it (status bar click, "Reveal"). */
  z.object({ type: z.literal('reveal'), model: modelName }),
  z.object({ type: z.literal('status'), status: statusSchema }),
]);
export type HostToSidebar = z.infer<typeof hostToSidebarSchema>;

export const sidebarToHostSchema = z.discriminatedUnion('type', [
  /**
   * The view is ready; it sends what it last showed so the host can restore it, and whether it drew the board state
   * its page carried (then the host sends only what changed since the page was made).
   */
  z.object({ type: z.literal('ready'), boardId: z.optional(id), categoryId: z.optional(id), pageStateShown: z.optional(z.boolean()) }),
  z.object({ type: z.literal('selectBoard'), boardId: id }),
  z.object({ type: z.literal('selectCategory'), categoryId: id }),
  z.object({ type: z.literal('toggleWatch'), model: modelName }),
  z.object({ type: z.literal('compare'), models: z.array(modelName).check(z.maxLength(LIMITS.compareModels)) }),
  z.object({ type: z.literal('refresh') }),
  z.object({ type: z.literal('requestHistory'), model: modelName }),
  /** Open the extension's log (the error banner's "Show log"): the technical detail is there. */
  z.object({ type: z.literal('showLog') }),
]);
export type SidebarToHost = z.infer<typeof sidebarToHostSchema>;

const verdictEnum = z.enum(['tied', 'likely-better', 'clearly-better', 'likely-worse', 'clearly-worse']);

/**
 * The compared models on the benchmark sources beside the votes: per source its credit and date, per
 * metric each model's value ("—" when unknown, never 0) with its rank within the source, and the raw
 * gaps, which get no verdict as no source sends an interval.
 */
const compareBenchmarksSchema = z.object({
  sections: z.array(
    z.object({
      title: shortText,
      /** "as of 2026-08-08"; empty when the source is not loaded. */
      date: shortText,
      /** Why the section has no values at all, else empty. */
      note: shortText,
      rows: z.array(
        z.object({
          metric: shortText,
          /** One per model: value ("—" when unknown), rank within the source ("#7 of 79", empty when unknown), the source's name for the model. */
          cells: z.array(z.object({ value: shortText, rank: shortText, sourceName: shortText })),
          /** One per pair of models: "Qwen3.7-Max − Claude Opus 4.7: −7.6". */
          gaps: z.array(shortText),
        }),
      ),
    }),
  ),
  /** Why no gap gets a verdict. */
  noVerdict: shortText,
  /** Per pair: which sources order it as Code Arena does, and which do not. */
  agreements: z.array(z.string()),
});
export type CompareBenchmarks = z.infer<typeof compareBenchmarksSchema>;

/** Extension → comparison panel: a comparison ready to display (all numbers already formatted). */
export const compareStateSchema = z.object({
  type: z.literal('compareState'),
  models: z.array(z.string()),
  prices: z.array(z.object({ input: shortText, output: shortText, blended: shortText, context: shortText, note: shortText })),
  categories: z.array(
    z.object({
      title: shortText,
      publishDate: shortText,
      total: num,
      cells: z.array(
        z.object({
          rank: z.nullable(num),
          range: shortText,
          score: shortText,
          votes: shortText,
          preliminary: z.boolean(),
          missing: shortText,
          /** The board's name for the model here, when it is listed under different names on different boards. */
          listedAs: z.optional(shortText),
        }),
      ),
    }),
  ),
  verdicts: z.array(z.object({ category: shortText, pair: z.string(), gap: shortText, winProbability: shortText, verdict: verdictEnum, verdictText: shortText, cost: shortText })),
  agreements: z.array(z.string()),
  cheapest: z.object({ category: shortText, items: z.array(z.object({ model: z.string(), text: z.string() })) }),
  /** Score over time (95% band) on one board/category, when history exists. */
  history: z.nullable(z.object({ title: shortText, series: z.array(historySchema) })),
  /** Benchmarks beside the votes; absent or null when none were given. */
  benchmarks: z.optional(z.nullable(compareBenchmarksSchema)),
  footer: z.string(),
});
export type CompareState = z.infer<typeof compareStateSchema>;

export const hostToCompareSchema = z.discriminatedUnion('type', [compareStateSchema, z.object({ type: z.literal('copied') })]);
export type HostToCompare = z.infer<typeof hostToCompareSchema>;

export const compareToHostSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('copyMarkdown') }),
  z.object({ type: z.literal('changeModels') }),
]);
export type CompareToHost = z.infer<typeof compareToHostSchema>;
