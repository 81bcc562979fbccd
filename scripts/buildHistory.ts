/**
 * Builds `media/history.json`, the embedded rank history, from every recorded official Code Arena
 * snapshot (23 publish dates, 2026-06-21 → 2026-08-19, overall and React) and both Text snapshots.
 * Usage: node out/scripts/buildHistory.js
 */
import { renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { HistoryIndex } from '../src/core/rankings/history';
import { readRecordedBoard, recordedDates } from './recordedData';

const out = resolve(__dirname, '..', '..', 'media', 'history.json');
const index = new HistoryIndex();
for (const date of recordedDates('webdev')) index.addBoard(readRecordedBoard('webdev', date), ['overall', 'webdev-react']);
for (const date of recordedDates('text_style_control')) index.addBoard(readRecordedBoard('text_style_control', date), ['overall', 'coding']);
const json = JSON.stringify(index.toFile('Official Arena leaderboard dataset snapshots (lmarena-ai/leaderboard-dataset, latest split, recorded daily)'));
writeFileSync(`${out}.tmp`, json);
renameSync(`${out}.tmp`, out);
console.log(`wrote ${out}: ${(json.length / 1024).toFixed(0)} KB`);
