/**
 * The `benchmarks` field of OpenRouter's `/api/v1/models` (the payload the prices come from, so no
 * extra request): Artificial Analysis indices and Design Arena results, keyed by OpenRouter id.
 * A value that is not a number in its range is dropped on its own — never the model or the list —
 * and the problem list says what was dropped, for the log.
 */
import { openRouterListSchema, openRouterModelSchema } from './openRouterSchema';
import { isRecord } from '../../shared/isRecord';

/** Artificial Analysis indices, 0–100; null where OpenRouter has none (or sent junk). */
export interface ArtificialAnalysisIndices {
  readonly intelligence: number | null;
  readonly coding: number | null;
  readonly agentic: number | null;
}

/** One Design Arena result: a vote-based arena, so an Elo, a win rate (%) and a rank in a category. */
export interface DesignArenaResult {
  /** `models` or `agents` today; any short slug is kept. */
  readonly arena: string;
  readonly category: string;
  readonly elo: number | null;
  readonly winRate: number | null;
  readonly rank: number | null;
}

/** The benchmarks of one OpenRouter model (only models with at least one value are listed). */
export interface OpenRouterBenchmarks {
  readonly id: string;
  readonly artificialAnalysis: ArtificialAnalysisIndices | null;
  readonly designArena: readonly DesignArenaResult[];
}

export interface ParsedBenchmarks {
  readonly models: OpenRouterBenchmarks[];
  /** What was dropped and why, one line each (capped; the last line counts the rest). */
  readonly problems: string[];
}

const AA_FIELDS = [
  ['intelligence', 'intelligence_index'],
  ['coding', 'coding_index'],
  ['agentic', 'agentic_index'],
] as const;
/** Plausible bounds: Elo scores sit around 1000–1600; a rank is a position among at most a few thousand. */
const ELO = { min: 0, max: 5000 };
const MAX_RANK = 10_000;
const SLUG = /^[a-z0-9][a-z0-9 ()._+-]{0,79}$/i;
const MAX_RESULTS = 200;
const MAX_PROBLEMS = 50;

const show = (value: unknown): string => (typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : typeof value === 'number' ? String(value) : typeof value);

class Problems {
  readonly lines: string[] = [];
  #extra = 0;
  add(line: string): void {
    if (this.lines.length < MAX_PROBLEMS) this.lines.push(`OpenRouter benchmarks: ${line}`);
    else this.#extra++;
  }
  done(): string[] {
    return this.#extra > 0 ? [...this.lines, `OpenRouter benchmarks: … and ${this.#extra} more problems`] : this.lines;
  }
}

/** A number within [min, max] (integers only when asked); undefined/null is "none", anything else a problem. */
function bounded(value: unknown, min: number, max: number, integer: boolean, what: string, problems: Problems): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max && (!integer || Number.isInteger(value))) return value;
  problems.add(`${what} ${show(value)} is not ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}; dropped`);
  return null;
}

function artificialAnalysis(id: string, raw: unknown, problems: Problems): ArtificialAnalysisIndices | null {
  if (raw === undefined || raw === null) return null;
  if (!isRecord(raw)) {
    problems.add(`${id}: artificial_analysis is not an object; dropped`);
    return null;
  }
  const [intelligence, coding, agentic] = AA_FIELDS.map(([, field]) => bounded(raw[field], 0, 100, false, `${id}: Artificial Analysis ${field}`, problems));
  const indices = { intelligence: intelligence ?? null, coding: coding ?? null, agentic: agentic ?? null };
  return indices.intelligence === null && indices.coding === null && indices.agentic === null ? null : indices;
}

function designArena(id: string, raw: unknown, problems: Problems): DesignArenaResult[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    problems.add(`${id}: design_arena is not a list; dropped`);
    return [];
  }
  const results: DesignArenaResult[] = [];
  const seen = new Set<string>();
  for (const item of raw.slice(0, MAX_RESULTS)) {
    if (!isRecord(item) || typeof item.arena !== 'string' || !SLUG.test(item.arena) || typeof item.category !== 'string' || !SLUG.test(item.category)) {
      problems.add(`${id}: a Design Arena result without a readable arena and category; dropped`);
      continue;
    }
    const where = `${id}: Design Arena ${item.arena}/${item.category}`;
    const key = `${item.arena}\u0000${item.category}`;
    if (seen.has(key)) {
      problems.add(`${where} is listed twice; the second dropped`);
      continue;
    }
    seen.add(key);
    const result = {
      arena: item.arena,
      category: item.category,
      elo: bounded(item.elo, ELO.min, ELO.max, false, `${where} elo`, problems),
      winRate: bounded(item.win_rate, 0, 100, false, `${where} win_rate`, problems),
      rank: bounded(item.rank, 1, MAX_RANK, true, `${where} rank`, problems),
    };
    if (result.elo !== null || result.winRate !== null || result.rank !== null) results.push(result);
  }
  if (raw.length > MAX_RESULTS) problems.add(`${id}: more than ${MAX_RESULTS} Design Arena results; the rest dropped`);
  return results;
}

/**
 * The benchmarks in a models list (`{data:[...]}` or the bare array); null when it is not a list.
 * Models without an id OpenRouter would accept, or listed twice, are skipped (and said so).
 */
export function parseOpenRouterBenchmarks(payload: unknown): ParsedBenchmarks | null {
  const list = openRouterListSchema.safeParse(payload);
  if (!list.success) return null;
  const raw = Array.isArray(list.data) ? list.data : list.data.data;
  const problems = new Problems();
  const models: OpenRouterBenchmarks[] = [];
  const seen = new Set<string>();
  for (const item of raw) {
    if (!isRecord(item) || item.benchmarks === undefined || item.benchmarks === null) continue;
    const id = openRouterModelSchema.shape.id.safeParse(item.id);
    if (!id.success) {
      problems.add(`a model without a valid id carries benchmarks; skipped`);
      continue;
    }
    if (seen.has(id.data)) {
      problems.add(`${id.data} is listed twice; the second skipped`);
      continue;
    }
    seen.add(id.data);
    const benchmarks = item.benchmarks;
    if (!isRecord(benchmarks)) {
      problems.add(`${id.data}: benchmarks is not an object; dropped`);
      continue;
    }
    const entry = { id: id.data, artificialAnalysis: artificialAnalysis(id.data, benchmarks.artificial_analysis, problems), designArena: designArena(id.data, benchmarks.design_arena, problems) };
    if (entry.artificialAnalysis !== null || entry.designArena.length > 0) models.push(entry);
  }
  return { models, problems: problems.done() };
}
