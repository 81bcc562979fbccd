/** Builds the sidebar's view model from the data, the selection and the watch list. */
import type { BoardState, Option, Row } from '../../shared/protocol';
import { ARENA_ATTRIBUTION, findBoard, type LeaderboardData } from '../boards/leaderboard';
import { BOARD, OVERALL, boardDescription, boardTitle, categoryLabel, compareBoardIds, defaultCategory } from '../boards/boardCatalog';
import { categoryRows, type LeaderboardRow } from '../rankings/leaderboardRows';
import { findWatched } from '../models/watchList';
import { originNote, pricesNote } from './originNote';
import type { StoreStatus } from '../store/leaderboardStore';
import { matchEditorModels, type EditorModel } from '../models/editorModels';

export interface Selection {
  readonly boardId: string;
  readonly categoryId: string;
}

/** Board options in display order (Code Arena first). */
export function boardOptions(data: LeaderboardData): Option[] {
  return [...data.boards].sort((a, b) => compareBoardIds(a.id, b.id)).map((b) => ({ id: b.id, label: boardTitle(b.id) }));
}

/** A selection that exists in the data: unknown boards or categories fall back to defaults. */
export function resolveSelection(data: LeaderboardData, wanted: Partial<Selection>): Selection {
  const boards = boardOptions(data);
  const board = findBoard(data, wanted.boardId ?? '') ?? findBoard(data, boards[0]?.id ?? '');
  if (!board) return { boardId: wanted.boardId ?? BOARD.codeArena, categoryId: wanted.categoryId ?? OVERALL };
  const has = (id: string | undefined): id is string => id !== undefined && board.categories.some((c) => c.id === id);
  const fallback = defaultCategory(board.id);
  const categoryId = has(wanted.categoryId) ? wanted.categoryId : has(fallback) ? fallback : (board.categories[0]?.id ?? fallback);
  return { boardId: board.id, categoryId };
}

function priceNote(row: LeaderboardRow): string | null {
  if (!row.price) return null;
  const kind = row.price.match === 'variant' ? ' (priced as the base model; this entry is an effort or harness variant)' : '';
  return `OpenRouter ${row.price.openRouterId}${kind}`;
}

/** One sidebar row. */
export function toRow(row: LeaderboardRow, watched: boolean): Row {
  return {
    key: row.key,
    rank: row.rank,
    rankBest: row.rankBest,
    rankWorst: row.rankWorst,
    tiedWith: row.tiedWith,
    model: row.model,
    organization: row.organization,
    license: row.license,
    rating: row.rating,
    lower: row.lower,
    upper: row.upper,
    votes: row.votes,
    preliminary: row.preliminary,
    inputPerM: row.price?.inputPerM ?? null,
    outputPerM: row.price?.outputPerM ?? null,
    contextLength: row.price?.contextLength ?? null,
    priceNote: priceNote(row),
    watched,
  };
}

/** Everything the sidebar shows for one selection. */
export function buildBoardState(
  data: LeaderboardData,
  selection: Selection,
  watchQueries: readonly string[],
  status: StoreStatus,
  editorModels: readonly EditorModel[] = [],
): BoardState {
  const board = findBoard(data, selection.boardId);
  const rows = categoryRows(data, selection.boardId, selection.categoryId);
  const watchedKeys = new Set(watchQueries.map((q) => findWatched(q, rows)?.key).filter((k): k is string => k !== undefined));
  const category = board?.categories.find((c) => c.id === selection.categoryId);
  return {
    type: 'boardState',
    boards: boardOptions(data),
    boardId: selection.boardId,
    boardTitle: boardTitle(selection.boardId),
    boardDescription: boardDescription(selection.boardId),
    categories: (board?.categories ?? []).map((c) => ({ id: c.id, label: categoryLabel(c.id), count: c.entries.length })),
    categoryId: selection.categoryId,
    publishDate: category?.publishDate ?? board?.publishDate ?? '',
    originNote: originNote(data.provenance),
    attribution: ARENA_ATTRIBUTION,
    pricesNote: pricesNote(data.provenance),
    rows: rows.map((r) => toRow(r, watchedKeys.has(r.key))),
    yourModels: matchEditorModels(editorModels, rows).map((m) => ({
      name: m.model.name,
      vendor: m.model.vendor,
      key: m.row?.key ?? null,
      model: m.row?.model ?? null,
      rank: m.row?.rank ?? null,
      kind: m.kind,
    })),
    status: status.message !== undefined ? { kind: status.kind, message: status.message } : { kind: status.kind },
  };
}
