/** Search, filter and sort of sidebar rows: pure functions, tested in plain node. */
import type { Row } from '../shared/protocol';

export type SortKey = 'rank' | 'model' | 'rating' | 'ci' | 'votes' | 'organization' | 'license' | 'price' | 'context';
export type LicenceFilter = 'all' | 'open' | 'proprietary';

export interface TableQuery {
  readonly search: string;
  readonly organization: string;
  readonly licence: LicenceFilter;
  readonly hidePreliminary: boolean;
  readonly sortKey: SortKey;
  readonly descending: boolean;
}

export const DEFAULT_QUERY: TableQuery = { search: '', organization: '', licence: 'all', hidePreliminary: false, sortKey: 'rank', descending: false };

/** Licences Arena lists for closed models. */
export function isProprietary(license: string): boolean {
  return /^proprietary$/i.test(license.trim());
}

/** Lower-cased "model organisation licence" per row, built once per row object (a search runs on every keystroke). */
const haystacks = new WeakMap<Row, string>();

/** Case-insensitive match of every search word against the display name, variant, entry name, organisation and licence. */
function matchesSearch(row: Row, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  let hay = haystacks.get(row);
  if (hay === undefined) {
    hay = `${row.name} ${row.variant ?? ''} ${row.model} ${row.organization} ${row.license}`.toLowerCase();
    haystacks.set(row, hay);
  }
  return words.every((w) => hay.includes(w));
}

function sortValue(row: Row, key: SortKey): number | string | null {
  switch (key) {
    case 'rank':
      return row.rank;
    case 'model':
      return `${row.name} ${row.variant ?? ''}`.toLowerCase();
    case 'rating':
      return row.rating;
    case 'ci':
      return row.upper - row.lower;
    case 'votes':
      return row.votes;
    case 'organization':
      return row.organization.toLowerCase() || null;
    case 'license':
      return row.license.toLowerCase() || null;
    case 'price':
      return row.outputPerM;
    case 'context':
      return row.contextLength;
  }
}

/** Whether a column reads best from high to low when first clicked. */
export function descendingFirst(key: SortKey): boolean {
  return key === 'rating' || key === 'votes' || key === 'context';
}

/** All rows in one order; unknown values (no price) always sort last; ties keep the given (rank) order. */
function sortRows(rows: readonly Row[], key: SortKey, descending: boolean): readonly Row[] {
  const dir = descending ? -1 : 1;
  return rows
    .map((row, index) => ({ row, index, value: sortValue(row, key) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
      if (a.value < b.value) return -dir;
      if (a.value > b.value) return dir;
      return a.index - b.index;
    })
    .map((x) => x.row);
}

/** The last sort of each row list, by order: filtering a sorted list keeps it sorted, so keystrokes only filter. */
const sorted = new WeakMap<readonly Row[], { order: string; rows: readonly Row[] }>();

function sortedRows(rows: readonly Row[], key: SortKey, descending: boolean): readonly Row[] {
  const order = `${key}:${descending}`;
  const cached = sorted.get(rows);
  if (cached?.order === order) return cached.rows;
  const result = sortRows(rows, key, descending);
  sorted.set(rows, { order, rows: result });
  return result;
}

/** Rows that pass the query, sorted; unknown values (no price) always sort last; ties keep rank order. */
export function applyQuery(rows: readonly Row[], query: TableQuery): Row[] {
  const words = query.search.toLowerCase().split(/\s+/).filter(Boolean);
  const org = query.organization.toLowerCase();
  return sortedRows(rows, query.sortKey, query.descending).filter(
    (r) =>
      matchesSearch(r, words) &&
      (org === '' || r.organization.toLowerCase() === org) &&
      (query.licence === 'all' || (query.licence === 'proprietary') === isProprietary(r.license)) &&
      !(query.hidePreliminary && r.preliminary),
  );
}

/** Organisations present, for the filter, alphabetically. */
export function organizations(rows: readonly Row[]): string[] {
  return [...new Set(rows.map((r) => r.organization).filter(Boolean))].sort();
}
