/**
 * Times parsing the recorded LiveBench files and joining them, and the OpenRouter benchmarks, to the
 * embedded snapshot's models (warm: the catalog is built once per data set, as in the extension).
 * Usage: node out/scripts/measureBenchmarkJoin.js [runs]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sharedDataDir } from './recordedData';
import { decodeSnapshot, type SnapshotFile } from '../src/core/store/snapshotCodec';
import { buildModelCatalog } from '../src/core/models/modelCatalog';
import { parseLiveBench } from '../src/core/sources/liveBenchTable';
import { joinBenchmarks } from '../src/core/models/benchmarkJoin';

const runs = Number(process.argv[2] ?? 500);
const dir = join(sharedDataDir(), 'livebench');
const table = readFileSync(join(dir, 'table_2026_01_08.csv'), 'utf8');
const categories = readFileSync(join(dir, 'categories_2026_01_08.json'), 'utf8');
const data = decodeSnapshot(JSON.parse(readFileSync(resolve(__dirname, '..', '..', 'media', 'snapshot.json'), 'utf8')) as SnapshotFile, 'snapshot');
const catalog = buildModelCatalog(data);
const total: number[] = [];
const parseOnly: number[] = [];
let joined = 0;
for (let i = 0; i < runs; i++) {
  const start = process.hrtime.bigint();
  const board = parseLiveBench('2026_01_08', table, categories);
  const parsed = process.hrtime.bigint();
  if (!board.ok) throw new Error(board.error);
  joined = joinBenchmarks(catalog, data, board.value).byModel.size;
  total.push(Number(process.hrtime.bigint() - start) / 1e6);
  parseOnly.push(Number(parsed - start) / 1e6);
}
const median = (times: number[]): string => (times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0).toFixed(2);
console.log(`${runs} warm runs, medians: LiveBench parse ${median(parseOnly)} ms; parse + join of every source ${median(total)} ms (${joined} models with a value)`);
