/** Real recorded data for unit tests (from ../shared/data) and the committed embedded snapshot. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readRecordedBoard } from '../../scripts/recordedData';
import type { Board, LeaderboardData, RatedEntry } from '../../src/core/boards/leaderboard';
import { decodeSnapshot, type SnapshotFile } from '../../src/core/store/snapshotCodec';

export const REPO_ROOT = resolve(__dirname, '..', '..', '..');
export const SNAPSHOT_PATH = resolve(REPO_ROOT, 'media', 'snapshot.json');

const boards = new Map<string, Board>();

/** A recorded board, ingested through the same validation as live data (cached per run). */
export function recordedBoard(subset: string, date: string): Board {
  const key = `${subset}/${date}`;
  let board = boards.get(key);
  if (!board) {
    board = readRecordedBoard(subset, date);
    boards.set(key, board);
  }
  return board;
}

/** Entries of one category of a recorded board. */
export function recordedEntries(subset: string, date: string, category: string): readonly RatedEntry[] {
  const found = recordedBoard(subset, date).categories.find((c) => c.id === category);
  if (!found) throw new Error(`no ${category} in ${subset}/${date}`);
  return found.entries;
}

/** The committed embedded snapshot, as the extension decodes it. */
export function embeddedSnapshot(): { file: SnapshotFile; data: LeaderboardData; bytes: string } {
  const bytes = readFileSync(SNAPSHOT_PATH, 'utf8');
  const file = JSON.parse(bytes) as SnapshotFile;
  return { file, data: decodeSnapshot(file, 'snapshot'), bytes };
}

/** The one entry of a category with this name. */
export function entry<T extends { model: string }>(entries: readonly T[], model: string): T {
  const found = entries.find((e) => e.model === model);
  if (!found) throw new Error(`${model} not found`);
  return found;
}
