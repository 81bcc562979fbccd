/** Validates rows of a model's `full`-split history into dated entries (invalid rows reject the answer). */
import { createRowChecker } from '../sources/arenaRowCheck';
import { rowProblem, toEntry } from '../sources/arenaIngest';
import type { RatedEntryWithDate } from './history';
import { fail, ok, type Result } from '../../shared/result';

/** Dated entries for one model, or why the rows are unusable. */
export function historyRows(rows: readonly unknown[], model: string, category: string): Result<RatedEntryWithDate[]> {
  const out: RatedEntryWithDate[] = [];
  const checkArenaRow = createRowChecker();
  for (const raw of rows) {
    const row = checkArenaRow(raw);
    if (!row || !row.leaderboard_publish_date) return fail('history: a row is invalid or undated');
    if (row.model_name !== model || row.category !== category) return fail('history: the answer holds another model or category');
    const problem = rowProblem(row);
    if (problem) return fail(`history: ${problem}`);
    out.push({ ...toEntry(row), date: row.leaderboard_publish_date });
  }
  return ok(out);
}
