/**
 * A hand-written check of one Arena row, equivalent to `arenaRowSchema` but several times faster
 * on the hot path (thousands of rows per refresh). When it says no, the zod schema runs to give
 * the precise message; a unit test holds the two to the same verdicts on mutated real rows.
 */
import { fitsCodePoints } from '../../shared/codePoints';
import { DATE, type ArenaRow } from './arenaSchema';

const CONTROL = /[\u0000-\u001f\u007f]/;

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isNonNegative = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isLabel = (v: unknown): boolean => v === undefined || v === null || (typeof v === 'string' && fitsCodePoints(v, 300));

/**
 * A row checker for one batch of rows. Names and dates repeat in every category, so it remembers
 * the strings it has already checked and runs each regex once per distinct value.
 */
export function createRowChecker(): (value: unknown) => ArenaRow | null {
  const checkedNames = new Set<string>();
  const checkedDates = new Set<string>();
  return (value) => checkRow(value, checkedNames, checkedDates);
}

/** The row as an ArenaRow when it passes every rule of the schema, else null. */
export function checkArenaRow(value: unknown): ArenaRow | null {
  return checkRow(value, new Set(), new Set());
}

function checkRow(value: unknown, checkedNames: Set<string>, checkedDates: Set<string>): ArenaRow | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const r = value as Record<string, unknown>;
  const name = r.model_name;
  if (typeof name !== 'string' || name.length === 0 || !fitsCodePoints(name, 300)) return null;
  if (!checkedNames.has(name)) {
    if (CONTROL.test(name)) return null;
    checkedNames.add(name);
  }
  if (!isLabel(r.organization) || !isLabel(r.license)) return null;
  if (!isFiniteNumber(r.rating) || !isFiniteNumber(r.rating_lower) || !isFiniteNumber(r.rating_upper)) return null;
  if (!isNonNegative(r.variance) || !isNonNegative(r.vote_count)) return null;
  if (r.rank !== undefined && r.rank !== null && !isNonNegative(r.rank)) return null;
  const category = r.category;
  if (typeof category !== 'string' || category.length === 0 || !fitsCodePoints(category, 100)) return null;
  const date = r.leaderboard_publish_date;
  if (date !== undefined && date !== null) {
    if (typeof date !== 'string') return null;
    if (!checkedDates.has(date)) {
      if (!DATE.test(date)) return null;
      checkedDates.add(date);
    }
  }
  return r as unknown as ArenaRow;
}
