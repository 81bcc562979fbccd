// One cold measurement in a fresh process: the first JSON.parse, or the first parse + ingest, of a file.
// Usage: node bench/coldIngest.cjs <file> <parse|ingest>; prints milliseconds.
const { readFileSync } = require('node:fs');
const { ingestArenaRows } = require('../out/src/core/sources/arenaIngest');

const [file, mode] = process.argv.slice(2);
const bytes = readFileSync(file, 'utf8');
const start = process.hrtime.bigint();
const json = JSON.parse(bytes);
if (mode === 'ingest') {
  const board = ingestArenaRows('bench', json.rows, json.meta.leaderboard_publish_date);
  if (!board.ok) throw new Error(board.error);
}
console.log(Number(process.hrtime.bigint() - start) / 1e6);
