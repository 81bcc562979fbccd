/**
 * A hand-written parser for the table rows of a board state, installed as zod's fast path
 * (`withParser`): a board can carry 400 rows and a webview parses them cold, where zod's
 * interpreter costs a few milliseconds of the first paint. It accepts exactly what `rowSchema`
 * accepts and builds fresh rows with exactly its fields; on anything else it answers INVALID and
 * zod's own parser runs to say what is wrong. A unit test holds the two to the same verdicts and
 * output on mutated real rows.
 */
import { INVALID } from 'zod/mini';
import type { Row } from './protocol';

/** Longest priceNote `rowSchema` allows (its shortText). */
const SHORT_TEXT = 400;

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isNullableNumber = (v: unknown): v is number | null => v === null || isNumber(v);

function parseRow(value: unknown): Row | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const r = value as Record<string, unknown>;
  const { key, rank, rankBest, rankWorst, tiedWith, model, organization, license, rating, lower, upper, votes } = r;
  const { preliminary, inputPerM, outputPerM, contextLength, priceNote, watched } = r;
  if (typeof key !== 'string' || typeof model !== 'string' || typeof organization !== 'string' || typeof license !== 'string') return null;
  if (!isNumber(rank) || !isNumber(rankBest) || !isNumber(rankWorst) || !isNumber(tiedWith)) return null;
  if (!isNumber(rating) || !isNumber(lower) || !isNumber(upper) || !isNumber(votes)) return null;
  if (typeof preliminary !== 'boolean' || typeof watched !== 'boolean') return null;
  if (!isNullableNumber(inputPerM) || !isNullableNumber(outputPerM) || !isNullableNumber(contextLength)) return null;
  if (priceNote !== null && (typeof priceNote !== 'string' || priceNote.length > SHORT_TEXT)) return null;
  return { key, rank, rankBest, rankWorst, tiedWith, model, organization, license, rating, lower, upper, votes, preliminary, inputPerM, outputPerM, contextLength, priceNote, watched };
}

/** The rows, freshly built, or INVALID for zod's parser to explain. */
export function parseRowsFast(input: unknown): Row[] | typeof INVALID {
  if (!Array.isArray(input)) return INVALID;
  const rows: Row[] = new Array<Row>(input.length);
  for (let i = 0; i < input.length; i++) {
    const row = parseRow(input[i]);
    if (!row) return INVALID;
    rows[i] = row;
  }
  return rows;
}
