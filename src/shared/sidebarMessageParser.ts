/**
 * A hand-written parser for the extension's messages to the sidebar. It accepts exactly what the protocol's
 * `hostToSidebarSchema` accepts and builds fresh values with exactly its fields (unknown keys dropped,
 * an optional key kept when present), so the sidebar builds no schemas. A fresh sidebar parses a board
 * state of up to 400 rows cold, in V8's interpreter: with zod's schemas, building them and parsing took
 * most of the first render and put it over its 16 ms budget (`npm run bench`).
 *
 * It imports only types from protocol.ts, and protocol.ts does not import it. A unit test holds the two
 * to the same verdicts and output on real messages, on every one-place change of them and on thousands
 * of random ones.
 */
import type { BenchmarkColumn, BenchmarkRow, BenchmarkState, BoardState, HistoryPointView, HistoryView, HostToSidebar, Option, Row, ViewStatus } from './protocol';
import { fitsCodePoints } from './codePoints';
import { LIMITS } from './protocolLimits';
import { STATUS_MESSAGE_MAX } from './protocolConstants';
import { isRecord } from './isRecord';

type Fields = Record<string, unknown>;
/** What a parser answers for a value it does not take. */
const NO = null;

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isNullableNumber = (v: unknown): v is number | null => v === null || isNumber(v);

/** A string of at most `max` code points, as the schemas count. */
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && fitsCodePoints(v, max);
/** Non-empty: one UTF-16 unit is at least one code point. */
const isId = (v: unknown): v is string => isText(v, LIMITS.id) && v.length >= 1;
const isShort = (v: unknown): v is string => isText(v, LIMITS.shortText);

/** Each item parsed by `item`, or null when one is not taken. */
function list<T>(value: unknown, item: (v: unknown) => T | null): T[] | null {
  if (!Array.isArray(value)) return NO;
  const out = new Array<T>(value.length);
  for (let i = 0; i < value.length; i++) {
    const parsed = item(value[i]);
    if (parsed === null) return NO;
    out[i] = parsed;
  }
  return out;
}

/**
 * One table row. The checks are written out rather than calls to isNumber and friends: a fresh webview runs
 * this 400 times in V8's interpreter, which does not inline calls. `x - x === 0` holds for finite numbers only
 * (NaN and ±Infinity give NaN), as Number.isFinite.
 */
function row(value: unknown): Row | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return NO;
  const { key, rank, rankBest, rankWorst, tiedWith, model, name, variant, alsoOn, organization, license, rating, lower, upper, votes } = value as Fields;
  const { preliminary, inputPerM, outputPerM, contextLength, priceNote, watched } = value as Fields;
  if (typeof key !== 'string' || typeof model !== 'string' || typeof name !== 'string' || typeof organization !== 'string' || typeof license !== 'string') return NO;
  if (typeof rank !== 'number' || typeof rankBest !== 'number' || typeof rankWorst !== 'number' || typeof tiedWith !== 'number') return NO;
  if (typeof rating !== 'number' || typeof lower !== 'number' || typeof upper !== 'number' || typeof votes !== 'number') return NO;
  if (!(rank - rank === 0 && rankBest - rankBest === 0 && rankWorst - rankWorst === 0 && tiedWith - tiedWith === 0)) return NO;
  if (!(rating - rating === 0 && lower - lower === 0 && upper - upper === 0 && votes - votes === 0)) return NO;
  if (typeof preliminary !== 'boolean' || typeof watched !== 'boolean') return NO;
  if (inputPerM !== null && (typeof inputPerM !== 'number' || inputPerM - inputPerM !== 0)) return NO;
  if (outputPerM !== null && (typeof outputPerM !== 'number' || outputPerM - outputPerM !== 0)) return NO;
  if (contextLength !== null && (typeof contextLength !== 'number' || contextLength - contextLength !== 0)) return NO;
  if (priceNote !== null && !isShort(priceNote)) return NO;
  if (variant !== null && !isShort(variant)) return NO;
  if (!isShort(alsoOn)) return NO;
  return {
    key, rank, rankBest, rankWorst, tiedWith, model, name, variant, alsoOn, organization, license, rating, lower, upper, votes,
    preliminary, inputPerM, outputPerM, contextLength, priceNote, watched,
  };
}

function option(value: unknown): Option | null {
  if (!isRecord(value)) return NO;
  const { id, label, count } = value;
  if (!isId(id) || !isShort(label) || (count !== undefined && !isNumber(count))) return NO;
  return 'count' in value ? { id, label, count } : { id, label };
}

function status(value: unknown): ViewStatus | null {
  if (!isRecord(value)) return NO;
  const { kind, message } = value;
  if (kind !== 'idle' && kind !== 'loading' && kind !== 'notice' && kind !== 'error') return NO;
  if (message !== undefined && !isText(message, STATUS_MESSAGE_MAX)) return NO;
  return 'message' in value ? { kind, message } : { kind };
}

function yourModel(value: unknown): BoardState['yourModels'][number] | null {
  if (!isRecord(value)) return NO;
  const { name, vendor, key, model, rank, kind } = value;
  if (!isText(name, LIMITS.modelName) || !isText(vendor, LIMITS.vendor)) return NO;
  if ((key !== null && typeof key !== 'string') || (model !== null && typeof model !== 'string') || !isNullableNumber(rank)) return NO;
  if (kind !== null && kind !== 'exact' && kind !== 'proxy') return NO;
  return { name, vendor, key, model, rank, kind };
}

function boardState(m: Fields): BoardState | null {
  const { boardId, boardTitle, boardDescription, categoryId, publishDate, originNote, attribution, pricesNote } = m;
  if (!isId(boardId) || !isId(categoryId)) return NO;
  if (!isShort(boardTitle) || !isShort(boardDescription) || !isShort(publishDate) || !isShort(originNote) || !isShort(attribution) || !isShort(pricesNote)) return NO;
  const boards = list(m.boards, option);
  const categories = list(m.categories, option);
  const rows = list(m.rows, row);
  const yourModels = list(m.yourModels, yourModel);
  const parsedStatus = status(m.status);
  if (!boards || !categories || !rows || !yourModels || !parsedStatus) return NO;
  return { type: 'boardState', boards, boardId, boardTitle, boardDescription, categories, categoryId, publishDate, originNote, attribution, pricesNote, rows, yourModels, status: parsedStatus };
}

function benchmarkColumn(value: unknown): BenchmarkColumn | null {
  if (!isRecord(value)) return NO;
  const { id, label, title, source, lowerIsBetter } = value;
  if (!isId(id) || !isShort(label) || !isShort(title) || !isShort(source) || typeof lowerIsBetter !== 'boolean') return NO;
  return { id, label, title, source, lowerIsBetter };
}

function benchmarkRow(value: unknown): BenchmarkRow | null {
  if (!isRecord(value)) return NO;
  const { key, model, name, variant, organization, detail } = value;
  if (typeof key !== 'string' || typeof model !== 'string' || typeof name !== 'string' || typeof organization !== 'string') return NO;
  if ((variant !== null && !isShort(variant)) || !isShort(detail)) return NO;
  const values = value.values;
  // Not `list`: null is a value here (no score), not a rejection. An index loop, as `every` would skip holes.
  if (!Array.isArray(values)) return NO;
  const copy = new Array<number | null>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v: unknown = values[i];
    if (!isNullableNumber(v)) return NO;
    copy[i] = v;
  }
  return { key, model, name, variant, organization, detail, values: copy };
}

/** The Benchmarks board (about 250 rows: parsed like a board state). */
function benchmarkState(m: Fields): BenchmarkState | null {
  const { boardId, title, description, defaultSort, attribution } = m;
  if (!isId(boardId) || !isShort(title) || !isShort(description) || !isId(defaultSort) || !isShort(attribution)) return NO;
  const boards = list(m.boards, option);
  const columns = list(m.columns, benchmarkColumn);
  const rows = list(m.rows, benchmarkRow);
  const notes = list(m.notes, (v) => (isShort(v) ? v : NO));
  const parsedStatus = status(m.status);
  if (!boards || !columns || !rows || !notes || !parsedStatus) return NO;
  return { type: 'benchmarkState', boards, boardId, title, description, columns, defaultSort, rows, notes, attribution, status: parsedStatus };
}

function historyPoint(value: unknown): HistoryPointView | null {
  if (!isRecord(value)) return NO;
  const { date, rating, lower, upper, rank } = value;
  if (!isShort(date) || !isNumber(rating) || !isNumber(lower) || !isNumber(upper) || !isNumber(rank)) return NO;
  return { date, rating, lower, upper, rank };
}

function history(value: unknown): HistoryView | null {
  if (!isRecord(value) || typeof value.model !== 'string') return NO;
  const formerNames = list(value.formerNames, (v) => (typeof v === 'string' ? v : NO));
  const points = list(value.points, historyPoint);
  if (!formerNames || !points) return NO;
  return { model: value.model, formerNames, points };
}

/** A message from the extension, freshly built, or null when the protocol's `hostToSidebarSchema` would reject it. */
export function parseHostToSidebar(input: unknown): HostToSidebar | null {
  if (!isRecord(input)) return NO;
  switch (input.type) {
    case 'boardState':
      return boardState(input);
    case 'benchmarkState':
      return benchmarkState(input);
    case 'status': {
      const parsed = status(input.status);
      return parsed && { type: 'status', status: parsed };
    }
    case 'history': {
      const { boardId, categoryId } = input;
      const parsed = history(input.history);
      return isId(boardId) && isId(categoryId) && parsed ? { type: 'history', boardId, categoryId, history: parsed } : NO;
    }
    case 'reveal': {
      const { model } = input;
      return isText(model, LIMITS.modelName) && model.length >= 1 ? { type: 'reveal', model } : NO;
    }
    default:
      return NO;
  }
}
