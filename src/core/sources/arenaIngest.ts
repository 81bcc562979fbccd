/**
 * Turns untrusted Arena rows into a Board, or says why not. A board with any invalid row is
 * rejected whole: dropping rows would silently change every rank below them. An organisation or
 * licence that cannot be shown is not a reason: that field becomes unknown, and a note says so.
 */
import { arenaRowSchema, describeIssue, type ArenaRow } from './arenaSchema';
import { createRowChecker, labelProblem } from './arenaRowCheck';
import type { Board, CategoryBoard, RatedEntry } from '../boards/leaderboard';
import { compareCategoryIds } from '../boards/boardCatalog';
import { fail, ok, type Result } from '../../shared/result';

/** Scores are on the Elo scale; anything outside this is not a real rating. */
const PLAUSIBLE_RATING = { min: 0, max: 5000 };
/** Rounding slack allowed when checking lower ≤ rating ≤ upper. */
const EPSILON = 1e-6;

/** Checks one row beyond its types: interval order and plausible values. */
export function rowProblem(row: ArenaRow): string | null {
  if (row.rating_lower > row.rating_upper + EPSILON) return 'rating_lower is above rating_upper';
  if (row.rating < row.rating_lower - EPSILON || row.rating > row.rating_upper + EPSILON) return 'rating is outside its interval';
  if (row.rating < PLAUSIBLE_RATING.min || row.rating > PLAUSIBLE_RATING.max) return 'rating is not plausible';
  return null;
}

/** A checked row as a leaderboard entry. */
export function toEntry(row: ArenaRow): RatedEntry {
  return {
    model: row.model_name,
    organization: row.organization ?? '',
    license: row.license ?? '',
    rating: row.rating,
    lower: row.rating_lower,
    upper: row.rating_upper,
    variance: row.variance,
    votes: Math.round(row.vote_count),
    rank: row.rank == null ? 0 : Math.round(row.rank),
  };
}

/** Sorts by rating and fills in plain ranks where the source left them out. */
function finishCategory(id: string, publishDate: string, entries: RatedEntry[]): CategoryBoard {
  // Published pages arrive in rank order: sort only when they do not.
  let sorted = true;
  for (let i = 1; i < entries.length && sorted; i++) sorted = (entries[i - 1] as RatedEntry).rating >= (entries[i] as RatedEntry).rating;
  if (!sorted) entries.sort((a, b) => b.rating - a.rating);
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as RatedEntry;
    if (e.rank <= 0) entries[i] = { ...e, rank: i + 1 };
  }
  return { id, publishDate, entries };
}

/** What the log says about a row whose organisation or licence became unknown. */
function unknownFieldNotes(boardId: string, index: number, raw: Record<string, unknown>, row: ArenaRow): string[] {
  const notes: string[] = [];
  for (const field of ['organization', 'license'] as const) {
    const problem = row[field] === raw[field] ? null : labelProblem(raw[field]);
    if (problem) notes.push(`${boardId}: row ${index} (${row.model_name.slice(0, 60)}): ${field} ignored (${problem}); shown as unknown`);
  }
  return notes;
}

/**
 * Validates rows of one board and groups them by category.
 * @param boardId dataset subset, e.g. `webdev`
 * @param rows untrusted rows (already unwrapped from viewer pages or a recorded file)
 * @param fallbackPublishDate used when rows carry no `leaderboard_publish_date`
 * @param onNote told about each field that became unknown (board, row, model, field, why), for the log
 */
export function ingestArenaRows(boardId: string, rows: readonly unknown[], fallbackPublishDate: string | null, onNote?: (note: string) => void): Result<Board> {
  if (rows.length === 0) return fail(`${boardId}: no rows`);
  const byCategory = new Map<string, { date: string; entries: RatedEntry[] }>();
  const checkArenaRow = createRowChecker();
  let lastCategory: string | undefined;
  let lastGroup: { date: string; entries: RatedEntry[] } | undefined;
  for (let i = 0; i < rows.length; i++) {
    // Fast check first; the schema runs only to explain a rejected row.
    const row = checkArenaRow(rows[i]);
    if (!row) {
      const parsed = arenaRowSchema.safeParse(rows[i]);
      return fail(`${boardId}: row ${i}: ${parsed.success ? 'invalid row' : describeIssue(parsed.error)}`);
    }
    // The checker hands back a copy only when it made a field unknown.
    if (row !== rows[i]) for (const note of unknownFieldNotes(boardId, i, rows[i] as Record<string, unknown>, row)) onNote?.(note);
    const problem = rowProblem(row);
    if (problem) return fail(`${boardId}: row ${i} (${row.model_name.slice(0, 60)}): ${problem}`);
    const date = row.leaderboard_publish_date ?? fallbackPublishDate;
    if (!date) return fail(`${boardId}: row ${i} has no publish date`);
    // Rows arrive grouped by category: reuse the last group before asking the map.
    let group = row.category === lastCategory ? lastGroup : byCategory.get(row.category);
    if (!group) {
      group = { date, entries: [] };
      byCategory.set(row.category, group);
    } else if (date > group.date) {
      group.date = date;
    }
    group.entries.push(toEntry(row));
    lastCategory = row.category;
    lastGroup = group;
  }
  const categories = [...byCategory.entries()]
    .map(([id, g]) => finishCategory(id, g.date, g.entries))
    .sort((a, b) => compareCategoryIds(a.id, b.id));
  const publishDate = categories.reduce((latest, c) => (c.publishDate > latest ? c.publishDate : latest), '');
  return ok({ id: boardId, publishDate, categories });
}
