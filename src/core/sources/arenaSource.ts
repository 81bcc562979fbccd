/**
 * The official Arena dataset through the Hugging Face dataset viewer API: the revision (`sha`)
 * for change detection, then each board's `latest` rows, 100 a page, only the wanted categories.
 */
import { datasetInfoSchema, describeIssue, viewerPageSchema } from './arenaSchema';
import { getJson, type HttpFailure, type HttpOptions } from './httpJson';
import { sqlString, whereValueProblem } from './viewerWhere';
import { fail, ok, type Result } from '../../shared/result';

export interface ArenaEndpoints {
  /** e.g. https://datasets-server.huggingface.co */
  readonly viewerBase: string;
  /** e.g. https://huggingface.co */
  readonly hubBase: string;
  readonly dataset: string;
}

export const PAGE_SIZE = 100;
/** No board has anywhere near this many rows; a larger `num_rows_total` is not believed. */
export const MAX_ROWS = 20_000;
const CATEGORY_ID = /^[a-z0-9_-]{1,60}$/i;

/**
 * A fetch outcome plus how many requests it took (for the network benchmark and tests), and when the
 * network itself failed, how (the words a person reads depend on it; none: the answer was unusable).
 */
export type Counted<T> = { readonly result: Result<T>; readonly requests: number; readonly retryAfterMs?: number; readonly failure?: HttpFailure };

/** The dataset's current revision. */
export async function fetchDatasetRevision(endpoints: ArenaEndpoints, http: HttpOptions): Promise<Counted<string>> {
  const response = await getJson(`${endpoints.hubBase}/api/datasets/${endpoints.dataset}`, http);
  if (!response.ok) return { result: fail(response.failure.message), requests: 1, ...retryOf(response.failure) };
  const info = datasetInfoSchema.safeParse(response.json);
  return { result: info.success ? ok(info.data.sha) : fail(`dataset info: ${describeIssue(info.error)}`), requests: 1 };
}

/** The failure itself, and the wait a rate limit asked for. */
function retryOf(failure: HttpFailure): { failure: HttpFailure; retryAfterMs?: number } {
  return failure.kind === 'rateLimited' ? { failure, retryAfterMs: failure.retryAfterMs } : { failure };
}

/** A viewer URL: `/rows` of a split, or `/filter` of it with a `where` clause; one page from `offset`. */
function viewerUrl(endpoints: ArenaEndpoints, board: string, split: 'latest' | 'full', where: string | null, offset: number): string {
  const common = `dataset=${encodeURIComponent(endpoints.dataset)}&config=${encodeURIComponent(board)}&split=${split}`;
  if (where === null) return `${endpoints.viewerBase}/rows?${common}&offset=${offset}&length=${PAGE_SIZE}`;
  return `${endpoints.viewerBase}/filter?${common}&where=${encodeURIComponent(where)}&offset=${offset}&length=${PAGE_SIZE}`;
}

/** The viewer URL of one page: `/rows` for a whole board, `/filter` for chosen categories. */
export function pageUrl(endpoints: ArenaEndpoints, board: string, categories: readonly string[] | null, offset: number): string {
  const where = categories && categories.length > 0 ? categories.map((c) => `"category"=${sqlString(c)}`).join(' OR ') : null;
  return viewerUrl(endpoints, board, 'latest', where, offset);
}

/** All `latest` rows of a board (or of its chosen categories), page by page. */
export async function fetchBoardRows(endpoints: ArenaEndpoints, http: HttpOptions, board: string, categories: readonly string[] | null): Promise<Counted<unknown[]>> {
  if (!CATEGORY_ID.test(board) || (categories ?? []).some((c) => !CATEGORY_ID.test(c))) return { result: fail(`${board}: invalid board or category id`), requests: 0 };
  const rows: unknown[] = [];
  let total = Infinity;
  let requests = 0;
  for (let offset = 0; offset < total; offset += PAGE_SIZE) {
    requests++;
    const response = await getJson(pageUrl(endpoints, board, categories, offset), http);
    if (!response.ok) return { result: fail(`${board}: ${response.failure.message}`), requests, ...retryOf(response.failure) };
    const page = viewerPageSchema.safeParse(response.json);
    if (!page.success) return { result: fail(`${board}: unexpected page shape (${describeIssue(page.error)})`), requests };
    if (page.data.num_rows_total > MAX_ROWS) return { result: fail(`${board}: implausible row count ${page.data.num_rows_total}`), requests };
    total = page.data.num_rows_total;
    if (page.data.rows.length === 0 && offset < total) return { result: fail(`${board}: page at ${offset} was empty before ${total} rows (truncated)`), requests };
    for (const r of page.data.rows) rows.push(r.row);
    if (rows.length > MAX_ROWS) return { result: fail(`${board}: too many rows`), requests };
  }
  if (rows.length !== total) return { result: fail(`${board}: got ${rows.length} of ${total} rows`), requests };
  return { result: ok(rows), requests };
}

/** One model's whole history in one category from the `full` split (one `/filter` request, ≤ 100 dates). */
export async function fetchModelHistory(endpoints: ArenaEndpoints, http: HttpOptions, board: string, category: string, model: string): Promise<Counted<unknown[]>> {
  if (!CATEGORY_ID.test(board) || !CATEGORY_ID.test(category)) return { result: fail('invalid board or category id'), requests: 0 };
  if (model.length > 300) return { result: fail('model name cannot be queried: longer than 300 characters'), requests: 0 };
  const problem = whereValueProblem(model);
  if (problem) return { result: fail(`model name cannot be queried: ${problem}`), requests: 0 };
  const where = `"model_name"=${sqlString(model)} AND "category"=${sqlString(category)}`;
  const response = await getJson(viewerUrl(endpoints, board, 'full', where, 0), http);
  if (!response.ok) return { result: fail(`${board} history: ${response.failure.message}`), requests: 1, ...retryOf(response.failure) };
  const page = viewerPageSchema.safeParse(response.json);
  if (!page.success) return { result: fail(`${board} history: unexpected page shape (${describeIssue(page.error)})`), requests: 1 };
  return { result: ok(page.data.rows.map((r) => r.row)), requests: 1 };
}
