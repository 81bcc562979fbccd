/**
 * LiveBench's leaderboard files turned into category scores the way livebench.ai computes them:
 * a category's score is the mean of its task columns, the overall score the mean of the category
 * scores, empty cells (task not run) skipped. The categories come from the categories file, never
 * from a list of our own, so a new task or category is picked up when LiveBench publishes it.
 *
 * Strict where a wrong number could be shown (a category naming a column the table lacks rejects
 * both files), lenient where one cell is bad (that score is left out and said so).
 */
import { parseCsvRows } from './csvRows';
import { fail, ok, type Result } from '../../shared/result';

/** A LiveBench category and its task columns, in the categories file's order. */
export interface LiveBenchCategory {
  readonly name: string;
  readonly tasks: readonly string[];
}

/** One model's scores, 0–100; null where none of the category's tasks was run. */
export interface LiveBenchModel {
  /** LiveBench's id, e.g. `claude-opus-4-7-high-effort`. */
  readonly model: string;
  /** Aligned with `LiveBenchBoard.categories`. */
  readonly scores: readonly (number | null)[];
  /** The mean of the category scores that exist. */
  readonly overall: number | null;
}

export interface LiveBenchBoard {
  /** The question set, e.g. `2026_01_08`. */
  readonly release: string;
  readonly categories: readonly LiveBenchCategory[];
  /** In the table's order. */
  readonly models: readonly LiveBenchModel[];
  /** Non-fatal: what was left out and why (for the log), each line naming LiveBench. */
  readonly problems: readonly string[];
}

/** The categories the product shows beside the votes. */
export const LIVEBENCH_CODING = 'Coding';
export const LIVEBENCH_AGENTIC_CODING = 'Agentic Coding';

const LIMITS = { rows: 5000, columns: 300, categories: 40, tasksPerCategory: 60, nameLength: 120 } as const;
const PRINTABLE = /^[^\p{Cc}\p{Cf}\p{Cs}]+$/u;
const MAX_PROBLEMS = 50;
/** A table where more than this share of the filled cells is unreadable is not believed at all. */
const MAX_BAD_CELL_SHARE = 0.1;

const problem = (text: string): string => `LiveBench: ${text}`;
const quoted = (name: string): string => `'${name.slice(0, 60)}'`;
const cleanName = (raw: string): string | null => {
  const name = raw.trim();
  return name.length > 0 && name.length <= LIMITS.nameLength && PRINTABLE.test(name) ? name : null;
};

/** The categories file: `{ "Coding": ["code_generation", "code_completion"], … }`. */
export function parseLiveBenchCategories(text: string): Result<LiveBenchCategory[]> {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return fail(problem(looksLikeHtml(text) ? 'got a web page instead of the categories file' : 'the categories file is not complete JSON'));
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return fail(problem('the categories file is not an object of category → task columns'));
  const entries = Object.entries(json);
  if (entries.length === 0 || entries.length > LIMITS.categories) return fail(problem(`the categories file lists ${entries.length} categories`));
  const categories: LiveBenchCategory[] = [];
  for (const [rawName, tasks] of entries) {
    const name = cleanName(rawName);
    if (!name) return fail(problem('the categories file has a category without a readable name'));
    if (!Array.isArray(tasks) || tasks.length === 0 || tasks.length > LIMITS.tasksPerCategory || !tasks.every((t): t is string => typeof t === 'string' && cleanName(t) === t)) {
      return fail(problem(`category ${quoted(name)} is not a list of task column names`));
    }
    if (new Set(tasks).size !== tasks.length) return fail(problem(`category ${quoted(name)} names a task twice`));
    categories.push({ name, tasks });
  }
  return ok(categories);
}

function looksLikeHtml(text: string): boolean {
  return /^\s*</.test(text.slice(0, 200));
}

/** A cell's score: null when empty (not run), 'bad' unless a plain decimal number from 0 to 100. */
function score(cell: string): number | null | 'bad' {
  const text = cell.trim();
  if (text === '') return null;
  // Digits, point, sign and exponent only: Number() alone would also read hex, binary and "Infinity".
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (!((c >= 48 && c <= 57) || c === 46 || c === 101 || c === 69 || c === 43 || c === 45)) return 'bad';
  }
  const value = Number(text);
  return value >= 0 && value <= 100 ? value : 'bad';
}

/** The mean of `values` at `indices`, skipping nulls; null when all are. */
function mean(values: readonly (number | null)[], indices: readonly number[]): number | null {
  let sum = 0;
  let count = 0;
  for (const i of indices) {
    const v = values[i];
    if (v !== null && v !== undefined) {
      sum += v;
      count++;
    }
  }
  return count > 0 ? sum / count : null;
}

/** Both files of one release → the board, or a message naming LiveBench and what is wrong. */
export function parseLiveBench(release: string, tableText: string, categoriesText: string): Result<LiveBenchBoard> {
  const categories = parseLiveBenchCategories(categoriesText);
  if (!categories.ok) return categories;
  if (looksLikeHtml(tableText)) return fail(problem('got a web page instead of the table (CSV)'));
  const csv = parseCsvRows(tableText, LIMITS.rows + 1);
  if (!csv.ok) return fail(problem(`the table is not readable CSV: ${csv.error}`));
  const [header, ...rows] = csv.rows;
  if (!header || rows.length === 0) return fail(problem('the table is empty'));
  if (header.length > LIMITS.columns) return fail(problem(`the table has ${header.length} columns`));
  const columns = header.map((h) => h.trim());
  const modelColumn = columns.indexOf('model');
  if (modelColumn < 0) return fail(problem("the table has no 'model' column"));
  const twice = columns.find((c, i) => columns.indexOf(c) !== i);
  if (twice !== undefined) return fail(problem(`the table has two columns named ${quoted(twice)}`));
  const last = rows.at(-1);
  if (last && last.length < columns.length && !/[\r\n]$/.test(tableText)) return fail(problem('the table ends in the middle of a row (the file is cut short)'));
  const missing = categories.value.flatMap((c) => c.tasks.filter((t) => !columns.includes(t)).map((t) => `${t} (${c.name})`));
  if (missing.length > 0) return fail(problem(`the categories file names columns the table does not have: ${missing.slice(0, 8).join(', ')}`));

  const problems: string[] = [];
  const note = (text: string): void => {
    if (problems.length < MAX_PROBLEMS) problems.push(problem(text));
  };
  const used = new Set(categories.value.flatMap((c) => c.tasks));
  const unused = columns.filter((c, i) => i !== modelColumn && !used.has(c));
  if (unused.length > 0) note(`${unused.length > 1 ? 'columns' : 'column'} ${unused.slice(0, 8).map(quoted).join(', ')} ${unused.length > 1 ? 'belong' : 'belongs'} to no category; not counted`);
  for (const name of [LIVEBENCH_CODING, LIVEBENCH_AGENTIC_CODING]) if (!categories.value.some((c) => c.name === name)) note(`the categories file has no ${quoted(name)} category`);

  const taskIndex = categories.value.map((c) => c.tasks.map((t) => columns.indexOf(t)));
  const usedIndex = [...new Set(taskIndex.flat())];
  const categoryIndex = categories.value.map((_, i) => i);
  const byModel = new Map<string, LiveBenchModel | null>();
  // One row's scores by column, reused row after row (only the used columns are ever read).
  const values: (number | null)[] = columns.map(() => null);
  let filled = 0;
  let bad = 0;
  for (const [r, row] of rows.entries()) {
    const model = cleanName(row[modelColumn] ?? '');
    if (row.length !== columns.length || model === null) {
      note(`row ${r + 2} ${row.length !== columns.length ? `has ${row.length} cells, not ${columns.length}` : 'has no readable model name'}; left out`);
      continue;
    }
    for (const i of usedIndex) {
      const value = score(row[i] ?? '');
      if (value !== null) filled++;
      if (value === 'bad') {
        bad++;
        note(`${quoted(model)}: ${quoted((row[i] ?? '').trim())} in ${columns[i] ?? '?'} is not a score from 0 to 100; left out`);
      }
      values[i] = value === 'bad' ? null : value;
    }
    const scores = taskIndex.map((indices) => mean(values, indices));
    if (byModel.has(model)) {
      // Which of two rows is right is a guess: neither is shown.
      note(`${quoted(model)} has more than one row; left out`);
      byModel.set(model, null);
    } else byModel.set(model, { model, scores, overall: mean(scores, categoryIndex) });
  }
  if (filled > 0 && bad / filled > MAX_BAD_CELL_SHARE) return fail(problem(`${bad} of ${filled} scores in the table are not numbers from 0 to 100`));
  const models = [...byModel.values()].filter((m): m is LiveBenchModel => m !== null);
  if (models.length === 0) return fail(problem('the table has no usable model rows'));
  return ok({ release, categories: categories.value, models, problems });
}

/** A model's score in a named category (e.g. `LIVEBENCH_CODING`); null when it has none or the category does not exist. */
export function liveBenchScore(board: LiveBenchBoard, model: LiveBenchModel, category: string): number | null {
  const index = board.categories.findIndex((c) => c.name === category);
  return index < 0 ? null : (model.scores[index] ?? null);
}
