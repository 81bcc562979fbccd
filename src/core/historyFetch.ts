/** Validates rows of a model's `full`-split history into dated entries (invalid rows reject the answer). */
import { checkArenaRow } from './arenaRowCheck';
import type { RatedEntryWithDate } from './history';
import { fail, ok, type Result } from './result';

/** Dated entries for one model, or why the rows are unusable. */
export function historyRows(rows: readonly unknown[], model: string, category: string): Result<RatedEntryWithDate[]> {
  const out: RatedEntryWithDate[] = [];
  for (const raw of rows) {
    const row = checkArenaRow(raw);
    if (!row || !row.leaderboard_publish_date) return fail('history: a row is invalid or undated');
    if (row.model_name !== model || row.category !== category) return fail('history: the answer holds another model or category');
    if (row.rating_lower > row.rating_upper || row.rating < row.rating_lower || row.rating > row.rating_upper) return fail('history: a row has an inconsistent interval');
    out.push({
      model,
      organization: row.organization ?? '',
      license: row.license ?? '',
      rating: row.rating,
      lower: row.rating_lower,
      upper: row.rating_upper,
      variance: row.variance,
      votes: Math.round(row.vote_count),
      rank: Math.round(row.rank ?? 0),
      date: row.leaderboard_publish_date,
    });
  }
  return ok(out);
}
