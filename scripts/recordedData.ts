/**
 * Reads the recorded real payloads in `../shared/data` (beside the repository) into the core's
 * model. Used by the snapshot build, tests and benchmarks; never shipped.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { recordedFileSchema, describeIssue } from '../src/core/sources/arenaSchema';
import { ingestArenaRows } from '../src/core/sources/arenaIngest';
import type { Board } from '../src/core/boards/leaderboard';
import { parseOpenRouterModels, type OpenRouterPrice } from '../src/core/sources/openRouterSchema';

/** `../shared/data` relative to the repository root, or the folder named by MODEL_RANKINGS_SHARED_DATA. */
export function sharedDataDir(): string {
  const dir = process.env.MODEL_RANKINGS_SHARED_DATA ?? resolve(__dirname, '..', '..', '..', 'shared', 'data');
  if (!existsSync(dir)) throw new Error(`recorded data not found at ${dir} (set MODEL_RANKINGS_SHARED_DATA)`);
  return dir;
}

/** Path of a recorded Arena file: `lmarena/<subset>/<date>.json`. */
export function recordedArenaPath(subset: string, date: string): string {
  return join(sharedDataDir(), 'lmarena', subset, `${date}.json`);
}

/** Publish dates recorded for a subset, oldest first. */
export function recordedDates(subset: string): string[] {
  return readdirSync(join(sharedDataDir(), 'lmarena', subset))
    .filter((f) => /^\d{4}-\d{2}-\d{2}\.json$/.test(f))
    .map((f) => f.slice(0, 10))
    .sort();
}

/** Raw rows and meta of a recorded file. */
export function readRecordedFile(subset: string, date: string): { rows: unknown[]; publishDate: string; fetchedAt: string | null; bytes: string } {
  const bytes = readFileSync(recordedArenaPath(subset, date), 'utf8');
  const parsed = recordedFileSchema.safeParse(JSON.parse(bytes));
  if (!parsed.success) throw new Error(`${subset}/${date}: ${describeIssue(parsed.error)}`);
  return { rows: parsed.data.rows, publishDate: parsed.data.meta.leaderboard_publish_date, fetchedAt: parsed.data.meta.fetched_at ?? null, bytes };
}

/** A recorded board, validated like live data. */
export function readRecordedBoard(subset: string, date: string): Board {
  const file = readRecordedFile(subset, date);
  const board = ingestArenaRows(subset, file.rows, file.publishDate);
  if (!board.ok) throw new Error(board.error);
  return board.value;
}

/** The recorded OpenRouter model list (2026-08-08). */
export function readRecordedOpenRouter(): { models: OpenRouterPrice[]; date: string; raw: unknown } {
  const dir = join(sharedDataDir(), 'openrouter');
  const file = readdirSync(dir).filter((f) => /^models-\d{4}-\d{2}-\d{2}\.json$/.test(f)).sort().pop();
  if (!file) throw new Error('no recorded OpenRouter file');
  const raw: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const parsed = parseOpenRouterModels(raw);
  if (!parsed) throw new Error(`${file}: not an OpenRouter model list`);
  return { models: parsed.models, date: file.slice(7, 17), raw };
}
