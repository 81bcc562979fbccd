// Board entries → models: prices matched from the OpenRouter list (matchPrices), then the model
// catalog (createModelCatalog), warm, as a refresh and the first view after it do once per new data.
// Run alone: npx tsc -p . && node --expose-gc bench/modelGrouping.mjs [--breakdown]
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { median } from './stats.mjs';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Medians over 60 timed runs after 100 untimed ones (until the optimising compiler has run), each step from an empty young generation when
 * gc is exposed (as the ingest figures). Two data sets of the same 513 entries: the boards as the
 * default settings download them (Code Arena whole, Text overall/coding/hard prompts: 1,667 rows)
 * and the embedded snapshot (every Text category: 10,852 rows).
 */
export function measureModelGrouping() {
  const { readRecordedBoard, readRecordedOpenRouter } = require('../out/scripts/recordedData.js');
  const { matchPrices } = require('../out/src/core/models/modelMatching.js');
  const { createModelCatalog } = require('../out/src/core/models/modelCatalog.js');
  const { decodeSnapshot } = require('../out/src/core/store/snapshotCodec.js');
  const openRouter = readRecordedOpenRouter().models;
  const code = readRecordedBoard('webdev', '2026-08-19');
  const text = readRecordedBoard('text_style_control', '2026-08-19');
  const downloaded = [code, { ...text, categories: text.categories.filter((c) => ['overall', 'coding', 'hard_prompts'].includes(c.id)) }];
  const snapshot = decodeSnapshot(JSON.parse(readFileSync(`${root}media/snapshot.json`, 'utf8')), 'snapshot');
  const emptyNursery = typeof globalThis.gc === 'function' ? () => globalThis.gc({ type: 'minor' }) : () => {};
  const measure = (boards, provenance) => {
    const entries = boards.flatMap((b) => b.categories.flatMap((c) => c.entries));
    const match = [];
    const group = [];
    let models = 0;
    for (let i = 0; i < 160; i++) {
      emptyNursery();
      let t = performance.now();
      const prices = matchPrices(entries, openRouter);
      const matched = performance.now() - t;
      emptyNursery();
      t = performance.now();
      // Only the count is kept: a catalog held from the previous run would be copied by every collection of this one.
      models = createModelCatalog({ boards, prices, provenance }).models.length;
      const grouped = performance.now() - t;
      if (i < 100) continue;
      match.push(matched);
      group.push(grouped);
    }
    return { rows: entries.length, models, matchMs: median(match), groupMs: median(group), totalMs: median(match.map((m, i) => m + group[i])) };
  };
  return { openRouter: openRouter.length, downloaded: measure(downloaded, snapshot.provenance), snapshot: measure(snapshot.boards, snapshot.provenance) };
}

/**
 * Where the catalog's time goes (`--breakdown`): the grouping alone (groupEntries: which entries are one
 * model), timed the same way in runs of its own after the figures above; the rest of the catalog is naming
 * the models (display names, ids, variants, prices per model).
 */
export function measureGroupingAlone() {
  const { readRecordedBoard, readRecordedOpenRouter } = require('../out/scripts/recordedData.js');
  const { matchPrices } = require('../out/src/core/models/modelMatching.js');
  const { groupEntries } = require('../out/src/core/models/modelGrouping.js');
  const code = readRecordedBoard('webdev', '2026-08-19');
  const text = readRecordedBoard('text_style_control', '2026-08-19');
  const boards = [code, { ...text, categories: text.categories.filter((c) => ['overall', 'coding', 'hard_prompts'].includes(c.id)) }];
  const prices = matchPrices(boards.flatMap((b) => b.categories.flatMap((c) => c.entries)), readRecordedOpenRouter().models);
  const emptyNursery = typeof globalThis.gc === 'function' ? () => globalThis.gc({ type: 'minor' }) : () => {};
  const times = [];
  let groups = 0;
  for (let i = 0; i < 160; i++) {
    emptyNursery();
    const t = performance.now();
    groups = groupEntries({ boards, prices, provenance: null }).groups.length;
    if (i >= 100) times.push(performance.now() - t);
  }
  return { groups, ms: median(times) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = measureModelGrouping();
  for (const [name, m] of Object.entries({ 'default download': r.downloaded, 'embedded snapshot': r.snapshot })) {
    console.log(`${name}: ${m.rows} rows + ${r.openRouter} OpenRouter models → ${m.models} models in ${m.totalMs.toFixed(2)} ms (prices ${m.matchMs.toFixed(2)} ms + catalog ${m.groupMs.toFixed(2)} ms), budget ≤ 2 ms`);
  }
  if (process.argv.includes('--breakdown')) {
    const g = measureGroupingAlone();
    console.log(`default download, catalog: grouping into ${g.groups} models alone ${g.ms.toFixed(2)} ms; the rest of the catalog names them`);
  }
}
