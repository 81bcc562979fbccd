/** Builds the sidebar's view model from the data, the selection and the watch list. */
import type { BoardState, Option, Row } from '../../shared/protocol';
import { ARENA_ATTRIBUTION, findBoard, type LeaderboardData } from '../boards/leaderboard';
import { BOARD, OVERALL, boardDescription, boardTitle, categoryLabel, compareBoardIds } from '../boards/boardCatalog';
import { categoryRows, type LeaderboardRow } from '../rankings/leaderboardRows';
import { findWatched, sameModelOn } from '../models/watchList';
import { originNote, pricesNote } from './originNote';
import type { StoreStatus } from '../store/leaderboardStore';
import { matchEditorModels, type EditorModel } from '../models/editorModels';
import { buildModelCatalog, type ModelCatalog } from '../models/modelCatalog';
import type { ModelIdentity } from '../models/modelIdentity';
import { BENCHMARKS_BOARD_ID, BENCHMARKS_BOARD_TITLE } from './benchmarkBoard';
import { t } from '../../shared/l10n';

export interface Selection {
  readonly boardId: string;
  readonly categoryId: string;
}

/** Board options in display order (Code Arena first), then the Benchmarks board. */
export function boardOptions(data: LeaderboardData): Option[] {
  const arena = [...data.boards].sort((a, b) => compareBoardIds(a.id, b.id)).map((b) => ({ id: b.id, label: boardTitle(b.id) }));
  return [...arena, { id: BENCHMARKS_BOARD_ID, label: t(BENCHMARKS_BOARD_TITLE) }];
}

/** A selection that exists in the data: unknown boards or categories fall back to defaults. */
export function resolveSelection(data: LeaderboardData, wanted: Partial<Selection>): Selection {
  const board = findBoard(data, wanted.boardId ?? '') ?? findBoard(data, boardOptions(data)[0]?.id ?? '');
  if (!board) return { boardId: wanted.boardId ?? BOARD.codeArena, categoryId: wanted.categoryId ?? OVERALL };
  const has = (id: string | undefined): id is string => id !== undefined && board.categories.some((c) => c.id === id);
  const categoryId = has(wanted.categoryId) ? wanted.categoryId : has(OVERALL) ? OVERALL : (board.categories[0]?.id ?? OVERALL);
  return { boardId: board.id, categoryId };
}

function priceNote(row: LeaderboardRow): string | null {
  if (!row.price) return null;
  const kind = row.price.match === 'variant' ? t(' (priced as the base model; this entry is an effort or harness variant)') : '';
  return `OpenRouter ${row.price.openRouterId}${kind}`;
}

const ALSO_ON_MAX = 300;

/** Where else a model ranks, and under which name: `Text #14 as qwen3.7-max-preview`. */
export function alsoOnText(model: ModelIdentity | null, boardId: string, entryName: string): string {
  if (!model) return '';
  const text = model.entries
    .filter((e) => e.boardId !== boardId)
    .map((e) => `${boardTitle(e.boardId)}${e.rank !== null ? ` #${e.rank}` : ''}${e.name !== entryName ? t(' as {0}', e.name) : ''}`)
    .join(' · ');
  // The protocol's short-text limit counts code points; a long name elsewhere is cut, never the message rejected.
  const points = Array.from(text);
  return points.length > ALSO_ON_MAX ? `${points.slice(0, ALSO_ON_MAX - 1).join('')}…` : text;
}

/** One sidebar row: the entry's figures under its model's display name. */
export function toRow(row: LeaderboardRow, watched: boolean, boardId: string, catalog: ModelCatalog): Row {
  const model = catalog.modelOfEntry(boardId, row.model);
  return {
    key: row.key,
    rank: row.rank,
    rankBest: row.rankBest,
    rankWorst: row.rankWorst,
    tiedWith: row.tiedWith,
    model: row.model,
    name: model?.baseName ?? row.model,
    variant: model?.variant?.label ?? null,
    alsoOn: alsoOnText(model, boardId, row.model),
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
  const catalog = buildModelCatalog(data);
  // A watched model is starred on every board it ranks on, whatever name the board lists it under.
  const sameModel = sameModelOn(catalog, selection.boardId);
  const watchedKeys = new Set(watchQueries.map((q) => findWatched(q, rows, sameModel)?.key).filter((k): k is string => k !== undefined));
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
    rows: rows.map((r) => toRow(r, watchedKeys.has(r.key), selection.boardId, catalog)),
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
