/**
 * The `where` clause of a dataset viewer `/filter` request. The viewer pastes it into a DuckDB query
 * (`SELECT … FROM data WHERE {where}`), so every value goes in as one SQL string literal, and a value
 * the viewer would refuse is never sent.
 */

/**
 * A SQL string literal holding exactly `value`: in single quotes, a single quote inside doubled
 * (`it's` → `'it''s'`). DuckDB's plain literals have no other escapes (a backslash is itself).
 */
export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/**
 * The viewer answers HTTP 400 to any `where` that holds `;`, `--`, `/*` or `*\/`, even inside a quoted
 * literal (huggingface/dataset-viewer, `validate_where_parameter` of the filter route); no quoting helps.
 */
const REFUSED_BY_VIEWER = /;|--|\/\*|\*\//;

/** Why a value cannot be asked for in a `where` clause, or null when it can. */
export function whereValueProblem(value: string): string | null {
  if (REFUSED_BY_VIEWER.test(value)) return 'the dataset viewer refuses queries containing ";", "--", "/*" or "*/"';
  return null;
}
