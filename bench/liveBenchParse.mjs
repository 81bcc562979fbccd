// LiveBench parse + join time: both recorded files (table CSV + categories JSON) → category scores, joined to
// the embedded snapshot's models (its catalog built once, as the extension keeps it), warm, the median of many runs
// in one process. Run alone (`node bench/liveBenchParse.mjs` after `npx tsc -p .`)
// or from runBench.mjs.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './stats.mjs';

const require = createRequire(import.meta.url);

/** Median and 90th percentile (ms) of `runs` warm parses after `warmup` untimed ones; the first (cold) parse too. */
export function measureLiveBenchParse({ runs = 500, warmup = 50 } = {}) {
  const { parseLiveBench } = require('../out/src/core/sources/liveBenchTable.js');
  const { sharedDataDir } = require('../out/scripts/recordedData.js');
  const dir = join(sharedDataDir(), 'livebench');
  const table = readFileSync(join(dir, 'table_2026_01_08.csv'), 'utf8');
  const categories = readFileSync(join(dir, 'categories_2026_01_08.json'), 'utf8');
  const { joinLiveBench } = require('../out/src/core/models/liveBenchJoin.js');
  const { buildModelCatalog } = require('../out/src/core/models/modelCatalog.js');
  const { decodeSnapshot } = require('../out/src/core/store/snapshotCodec.js');
  const data = decodeSnapshot(JSON.parse(readFileSync(join(fileURLToPath(new URL('..', import.meta.url)), 'media', 'snapshot.json'), 'utf8')), 'snapshot');
  const catalog = buildModelCatalog(data);
  let joined = 0;
  const parse = () => {
    const board = parseLiveBench('2026_01_08', table, categories);
    if (!board.ok) throw new Error(board.error);
    joined = joinLiveBench(catalog, board.value).byModel.size;
    return board.value;
  };
  let t = performance.now();
  const board = parse();
  const firstMs = performance.now() - t;
  for (let i = 0; i < warmup; i++) parse();
  const times = [];
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    parse();
    times.push(performance.now() - t);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const joinTimes = [];
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    joinLiveBench(catalog, board);
    joinTimes.push(performance.now() - t);
  }
  return { medianMs: median(times), p90Ms: sorted[Math.floor(sorted.length * 0.9)], firstMs, joinMedianMs: median(joinTimes), joined, bytes: table.length + categories.length, models: board.models.length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const m = measureLiveBenchParse();
  console.log(`LiveBench parse + join warm (both files, ${(m.bytes / 1024).toFixed(1)} KB, ${m.models} models): median ${m.medianMs.toFixed(3)} ms, p90 ${m.p90Ms.toFixed(3)} ms; first call ${m.firstMs.toFixed(2)} ms (budget ≤ 5 ms warm)`);
}
