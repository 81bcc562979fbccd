// Heap growth of loading all boards the way the extension host does (run with --expose-gc):
// decode the embedded snapshot, rank every category, and ingest both recorded live boards.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { decodeSnapshot } = require('../out/src/core/store/snapshotCodec');
const { categoryRows } = require('../out/src/core/rankings/leaderboardRows');
const { readRecordedBoard } = require('../out/scripts/recordedData');

const root = join(__dirname, '..');
global.gc();
const before = process.memoryUsage().heapUsed;
const data = decodeSnapshot(JSON.parse(readFileSync(join(root, 'media', 'snapshot.json'), 'utf8')), 'snapshot');
let rows = 0;
for (const b of data.boards) for (const c of b.categories) rows += categoryRows(data, b.id, c.id).length;
const live = [readRecordedBoard('webdev', '2026-08-19'), readRecordedBoard('text_style_control', '2026-08-19')];
global.gc();
const after = process.memoryUsage().heapUsed;
console.log(JSON.stringify({ mb: (after - before) / 1024 / 1024, rows, liveBoards: live.length }));
