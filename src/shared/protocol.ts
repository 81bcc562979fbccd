/**
 * The one protocol between the extension and its webviews. Every message is defined once here,
 * its direction in its type, and parsed on arrival by these schemas (schema.ts, zod's calls in 2 KB); the one
 * exception is the sidebar, which parses the extension's messages with `sidebarMessageParser.ts`, held to these
 * schemas by a property test (building schemas cost most of its first render).
 */
import * as v from './schema';
import { LIMITS } from './protocolLimits';
import { STATUS_MESSAGE_MAX } from './protocolConstants';

export { PAGE_STATE_ELEMENT_ID, PAGE_STRINGS_ELEMENT_ID, STATUS_MESSAGE_MAX } from './protocolConstants';

const shortText = v.string().check(v.maxLength(LIMITS.shortText));
const id = v.string().check(v.minLength(1), v.maxLength(LIMITS.id));
const modelName = v.string().check(v.minLength(1), v.maxLength(LIMITS.modelName));
const num = v.number();
const nullableNum = v.nullable(v.number());

/** One table row, as the sidebar shows it. */
export const rowSchema = v.object({
  key: v.string(),
  rank: num,
  rankBest: num,
  rankWorst: num,
  tiedWith: num,
  /** The board's entry name (`qwen3.7-max-20260517`): what commands and the watch list use. */
  model: v.string(),
  /** The model's display name without its variant (`Claude Opus 4.7`). */
  name: v.string(),
  /** Its effort, thinking or harness variant (`high`, `max`), or null. */
  variant: v.nullable(shortText),
  /** Where else the same model ranks, under which name (`Text #14 as qwen3.7-max-preview`); empty when nowhere. */
  alsoOn: shortText,
  organization: v.string(),
  license: v.string(),
  rating: num,
  lower: num,
  upper: num,
  votes: num,
  preliminary: v.boolean(),
  inputPerM: nullableNum,
  outputPerM: nullableNum,
  contextLength: nullableNum,
  priceNote: v.nullable(shortText),
  watched: v.boolean(),
});
export type Row = v.infer<typeof rowSchema>;

const optionSchema = v.object({ id, label: shortText, count: v.optional(num) });
export type Option = v.infer<typeof optionSchema>;

/** Where the data stands: loading, fine, a calm notice (offline on a first start), or failed with a message (the old data stays shown). */
const statusSchema = v.object({
  kind: v.enum(['idle', 'loading', 'notice', 'error']),
  message: v.optional(v.string().check(v.maxLength(STATUS_MESSAGE_MAX))),
});
export type ViewStatus = v.infer<typeof statusSchema>;

/** Extension → sidebar: everything the view shows for the selected board and category. */
export const boardStateSchema = v.object({
  type: v.literal('boardState'),
  boards: v.array(optionSchema),
  boardId: id,
  boardTitle: shortText,
  boardDescription: shortText,
  categories: v.array(optionSchema),
  categoryId: id,
  publishDate: shortText,
  originNote: shortText,
  attribution: shortText,
  pricesNote: shortText,
  rows: v.array(rowSchema),
  /** The chat models available in the editor, mapped to this board's rows (pinned above the table). */
  yourModels: v.array(
    v.object({
      name: v.string().check(v.maxLength(LIMITS.modelName)),
      vendor: v.string().check(v.maxLength(LIMITS.vendor)),
      key: v.nullable(v.string()),
      model: v.nullable(v.string()),
      rank: v.nullable(num),
      kind: v.nullable(v.enum(['exact', 'proxy'])),
    }),
  ),
  status: statusSchema,
});
export type BoardState = v.infer<typeof boardStateSchema>;

/** A column of the Benchmarks board: its short label, and its source and date (in `title` and `source`). */
const benchmarkColumnSchema = v.object({
  id,
  label: shortText,
  /** What the column is, with its source and date: the header's tooltip. */
  title: shortText,
  /** `Artificial Analysis (via OpenRouter), 2026-08-08`. */
  source: shortText,
  /** A rank: lower is better (sorted ascending first). */
  lowerIsBetter: v.boolean(),
});
export type BenchmarkColumn = v.infer<typeof benchmarkColumnSchema>;

/** A model on the Benchmarks board: its values aligned with the columns, null where the source has none. */
const benchmarkRowSchema = v.object({
  /** The model's id (unique on the board). */
  key: v.string(),
  /** The entry commands use for it (its Code Arena entry when it has one). */
  model: v.string(),
  name: v.string(),
  variant: v.nullable(shortText),
  organization: v.string(),
  /** The names the sources list it under (tooltip). */
  detail: shortText,
  values: v.array(nullableNum),
});
export type BenchmarkRow = v.infer<typeof benchmarkRowSchema>;

/** Extension → sidebar: the Benchmarks board. */
export const benchmarkStateSchema = v.object({
  type: v.literal('benchmarkState'),
  boards: v.array(optionSchema),
  boardId: id,
  title: shortText,
  description: shortText,
  columns: v.array(benchmarkColumnSchema),
  /** The column sorted by when the user has not chosen one. */
  defaultSort: id,
  rows: v.array(benchmarkRowSchema),
  /** Per source: its date and rules, or why it shows nothing (turned off, not downloaded yet). */
  notes: v.array(shortText),
  attribution: shortText,
  status: statusSchema,
});
export type BenchmarkState = v.infer<typeof benchmarkStateSchema>;

/** One point of a model's history on a board/category. */
const historyPointSchema = v.object({ date: shortText, rating: num, lower: num, upper: num, rank: num });
export type HistoryPointView = v.infer<typeof historyPointSchema>;

/** A model's history (renames followed), for the sparkline and the comparison chart. */
export const historySchema = v.object({
  model: v.string(),
  formerNames: v.array(v.string()),
  points: v.array(historyPointSchema),
});
export type HistoryView = v.infer<typeof historySchema>;

/** The extension's messages to the sidebar. */
export const hostToSidebarSchema = v.discriminatedUnion('type', [
  boardStateSchema,
  benchmarkStateSchema,
  /** The history of the selected model on the board and category shown. */
  v.object({ type: v.literal('history'), boardId: id, categoryId: id, history: historySchema }),
  /** Scroll to a model and select it (status bar click, "Reveal"). */
  v.object({ type: v.literal('reveal'), model: modelName }),
  v.object({ type: v.literal('status'), status: statusSchema }),
]);
export type HostToSidebar = v.infer<typeof hostToSidebarSchema>;

export const sidebarToHostSchema = v.discriminatedUnion('type', [
  /**
   * The view is ready; it sends what it last showed so the host can restore it, and whether it drew the board state
   * its page carried (then the host sends only what changed since the page was made).
   */
  v.object({ type: v.literal('ready'), boardId: v.optional(id), categoryId: v.optional(id), pageStateShown: v.optional(v.boolean()) }),
  v.object({ type: v.literal('selectBoard'), boardId: id }),
  v.object({ type: v.literal('selectCategory'), categoryId: id }),
  v.object({ type: v.literal('toggleWatch'), model: modelName }),
  v.object({ type: v.literal('compare'), models: v.array(modelName).check(v.maxLength(LIMITS.compareModels)) }),
  v.object({ type: v.literal('refresh') }),
  v.object({ type: v.literal('requestHistory'), model: modelName }),
  /** Open the extension's log (the error banner's "Show log"): the technical detail is there. */
  v.object({ type: v.literal('showLog') }),
]);
export type SidebarToHost = v.infer<typeof sidebarToHostSchema>;

const verdictEnum = v.enum(['tied', 'likely-better', 'clearly-better', 'likely-worse', 'clearly-worse']);

/**
 * The compared models on the benchmark sources beside the votes: per source its credit and date, per
 * metric each model's value ("—" when unknown, never 0) with its rank within the source, and the raw
 * gaps, which get no verdict as no source sends an interval.
 */
const compareBenchmarksSchema = v.object({
  sections: v.array(
    v.object({
      title: shortText,
      /** "as of 2026-08-08"; empty when the source is not loaded. */
      date: shortText,
      /** Why the section has no values at all, else empty. */
      note: shortText,
      rows: v.array(
        v.object({
          metric: shortText,
          /** One per model: value ("—" when unknown), rank within the source ("#7 of 79", empty when unknown), the source's name for the model. */
          cells: v.array(v.object({ value: shortText, rank: shortText, sourceName: shortText })),
          /** One per pair of models: "Qwen3.7-Max − Claude Opus 4.7: −7.6". */
          gaps: v.array(shortText),
        }),
      ),
    }),
  ),
  /** Why no gap gets a verdict. */
  noVerdict: shortText,
  /** Per pair: which sources order it as Code Arena does, and which do not. */
  agreements: v.array(v.string()),
});
export type CompareBenchmarks = v.infer<typeof compareBenchmarksSchema>;

/** Extension → comparison panel: a comparison ready to display (all numbers already formatted). */
export const compareStateSchema = v.object({
  type: v.literal('compareState'),
  models: v.array(v.string()),
  prices: v.array(v.object({ input: shortText, output: shortText, blended: shortText, context: shortText, note: shortText })),
  categories: v.array(
    v.object({
      title: shortText,
      publishDate: shortText,
      total: num,
      cells: v.array(
        v.object({
          rank: v.nullable(num),
          range: shortText,
          score: shortText,
          votes: shortText,
          preliminary: v.boolean(),
          missing: shortText,
          /** The board's name for the model here, when it is listed under different names on different boards. */
          listedAs: v.optional(shortText),
        }),
      ),
    }),
  ),
  verdicts: v.array(v.object({ category: shortText, pair: v.string(), gap: shortText, winProbability: shortText, verdict: verdictEnum, verdictText: shortText, cost: shortText })),
  agreements: v.array(v.string()),
  cheapest: v.object({ category: shortText, items: v.array(v.object({ model: v.string(), text: v.string() })) }),
  /** Score over time (95% band) on one board/category, when history exists. */
  history: v.nullable(v.object({ title: shortText, series: v.array(historySchema) })),
  /** Benchmarks beside the votes; absent or null when none were given. */
  benchmarks: v.optional(v.nullable(compareBenchmarksSchema)),
  footer: v.string(),
});
export type CompareState = v.infer<typeof compareStateSchema>;

export const hostToCompareSchema = v.discriminatedUnion('type', [compareStateSchema, v.object({ type: v.literal('copied') })]);
export type HostToCompare = v.infer<typeof hostToCompareSchema>;

export const compareToHostSchema = v.discriminatedUnion('type', [
  v.object({ type: v.literal('ready') }),
  v.object({ type: v.literal('copyMarkdown') }),
  v.object({ type: v.literal('changeModels') }),
]);
export type CompareToHost = v.infer<typeof compareToHostSchema>;
