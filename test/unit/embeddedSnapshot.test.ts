import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { validateSnapshot } from '../../src/core/store/snapshotSchema';
import { categoryRows } from '../../src/core/rankings/leaderboardRows';
import { rankCategory } from '../../src/core/rankings/rankStatistics';
import { embeddedSnapshot, entry, recordedEntries, REPO_ROOT, SNAPSHOT_PATH } from './fixtures';

describe('the embedded snapshot (media/snapshot.json)', () => {
  const { file, data, bytes } = embeddedSnapshot();

  it('is a valid snapshot file (validated here, not on the activation path)', () => {
    const result = validateSnapshot(JSON.parse(bytes));
    assert.ok(result.ok, result.ok ? '' : result.error);
  });

  it('is exactly what the build script makes from the recorded data', () => {
    const before = readFileSync(SNAPSHOT_PATH, 'utf8');
    execFileSync(process.execPath, ['out/scripts/buildSnapshot.js'], { cwd: REPO_ROOT, stdio: 'pipe' });
    assert.equal(readFileSync(SNAPSHOT_PATH, 'utf8'), before, 'run `npm run snapshot:build` and commit media/snapshot.json');
  });

  it('holds Code Arena (all 5 categories) and Text (all 29) published 2026-08-19, with provenance', () => {
    assert.deepEqual(data.boards.map((b) => [b.id, b.publishDate, b.categories.length]), [
      ['webdev', '2026-08-19', 5],
      ['text_style_control', '2026-08-19', 29],
    ]);
    assert.equal(file.provenance.arenaDataset, 'lmarena-ai/leaderboard-dataset');
    assert.equal(file.provenance.licence, 'CC BY 4.0');
    assert.equal(file.provenance.pricesDate, '2026-08-08');
    assert.equal(data.provenance.origin, 'snapshot');
  });

  it('gives the same ranks, rank ranges and votes as the recorded source for every row of every category', () => {
    for (const board of data.boards) for (const { id: category } of board.categories) {
      const source = rankCategory(recordedEntries(board.id, '2026-08-19', category));
      const shipped = categoryRows(data, board.id, category);
      assert.equal(shipped.length, source.length);
      shipped.forEach((row, i) => {
        const src = source[i];
        assert.ok(src);
        assert.deepEqual([row.model, row.rank, row.votes, row.rankBest, row.rankWorst], [src.model, src.rank, src.votes, src.rankBest, src.rankWorst], `${category} row ${i}`);
        assert.ok(Math.abs(row.rating - src.rating) <= 0.00005 && Math.abs(row.upper - src.upper) <= 0.00011);
      });
    }
  });

  it('shows Qwen3.7-Max at #28 (1517 ± 8, 8,373 votes) with its OpenRouter price', () => {
    const qwen = entry(categoryRows(data, 'webdev', 'overall'), 'qwen3.7-max-20260517');
    assert.deepEqual([qwen.rank, Math.round(qwen.rating), Math.round((qwen.upper - qwen.lower) / 2), qwen.votes], [28, 1517, 8, 8373]);
    assert.equal(qwen.price?.openRouterId, 'qwen/qwen3.7-max');
  });

  it('stays within its size budget (under 300 KB compressed inside the .vsix)', () => {
    const compressed = gzipSync(bytes).length;
    console.log(`      snapshot: ${(bytes.length / 1024).toFixed(0)} KB raw, ${(compressed / 1024).toFixed(0)} KB gzip`);
    assert.ok(compressed < 300 * 1024, String(compressed));
  });
});
