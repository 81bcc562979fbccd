/**
 * Builds the embedded snapshot `media/snapshot.json` from the recorded real payloads:
 * Code Arena (webdev) and Text (text_style_control) of 2026-08-19 with every category,
 * and OpenRouter prices (2026-08-08) joined where the model match is certain, with the Artificial
 * Analysis and Design Arena values the same OpenRouter list gives for the models that price an entry.
 * LiveBench is not bundled: it publishes no data licence.
 * Usage: node out/scripts/buildSnapshot.js [webdevDate] [textDate]
 */
import { writeFileSync, renameSync } from 'node:fs';
import { resolve } from 'node:path';
import { readRecordedBoard, readRecordedFile, readRecordedOpenRouter } from './recordedData';
import { ARENA_DATASET, type LeaderboardData } from '../src/core/boards/leaderboard';
import { matchPrices } from '../src/core/models/modelMatching';
import { encodeSnapshot } from '../src/core/store/snapshotCodec';
import { validateSnapshot } from '../src/core/store/snapshotSchema';
import { benchmarkSet } from '../src/core/store/benchmarkCodec';
import { parseOpenRouterBenchmarks } from '../src/core/sources/openRouterBenchmarks';

const webdevDate = process.argv[2] ?? '2026-08-19';
const textDate = process.argv[3] ?? '2026-08-19';
// The same override as snapshot:update, whose fallback runs this script (tests write to a temp file).
const out = process.env.MODEL_RANKINGS_SNAPSHOT_OUT ?? resolve(__dirname, '..', '..', 'media', 'snapshot.json');

const boards = [readRecordedBoard('webdev', webdevDate), readRecordedBoard('text_style_control', textDate)];
const openRouter = readRecordedOpenRouter();
const models = boards.flatMap((b) => b.categories.flatMap((c) => c.entries));
const prices = matchPrices(models, openRouter.models);
const parsedBenchmarks = parseOpenRouterBenchmarks(openRouter.raw);
if (!parsedBenchmarks) throw new Error('the recorded OpenRouter file has no readable model list');
if (parsedBenchmarks.problems.length > 0) console.warn(parsedBenchmarks.problems.join('\n'));
const data: LeaderboardData = {
  boards,
  prices,
  provenance: {
    origin: 'snapshot',
    arenaDataset: ARENA_DATASET,
    licence: 'CC BY 4.0',
    retrievedAt: readRecordedFile('webdev', webdevDate).fetchedAt,
    pricesDate: openRouter.date,
  },
  benchmarks: benchmarkSet(parsedBenchmarks.models, openRouter.date),
};
const file = encodeSnapshot(data);
const checked = validateSnapshot(JSON.parse(JSON.stringify(file)), (note) => {
  throw new Error(note);
});
if (!checked.ok) throw new Error(checked.error);
const json = JSON.stringify(file);
writeFileSync(`${out}.tmp`, json);
renameSync(`${out}.tmp`, out);
const distinct = new Set(models.map((m) => m.model)).size;
console.log(`wrote ${out}: ${(json.length / 1024).toFixed(0)} KB, ${boards.length} boards, ${distinct} models, ${prices.size} priced, benchmarks of ${file.benchmarks?.models.length ?? 0} OpenRouter models`);
