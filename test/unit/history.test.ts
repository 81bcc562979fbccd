import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { HistoryIndex, type HistoryFile } from '../../src/core/rankings/history';
import { validateHistoryFile } from '../../src/core/rankings/historyFile';
import { categoryRows } from '../../src/core/rankings/leaderboardRows';
import { detectRankChanges, bandOf, changeSummary, mayNotify } from '../../src/core/rankings/rankChanges';
import { rankCategory } from '../../src/core/rankings/rankStatistics';
import { REPO_ROOT, recordedBoard, recordedEntries } from './fixtures';
import type { LeaderboardRow } from '../../src/core/rankings/leaderboardRows';

const HISTORY = resolve(REPO_ROOT, 'media', 'history.json');
const embedded = (): HistoryFile => JSON.parse(readFileSync(HISTORY, 'utf8')) as HistoryFile;

/** Rows of a recorded Code Arena board, ranked as the views show them. */
function rowsOf(date: string): LeaderboardRow[] {
  return rankCategory(recordedEntries('webdev', date, 'overall')).map((e) => ({ ...e, key: e.model, price: null }));
}

describe('rank history', () => {
  const index = new HistoryIndex();
  index.addFile(embedded());

  it('shows Qwen3.7-Max falling from #10 (2026-06-21) to #28 (2026-08-19) from the embedded data alone', () => {
    const s = index.series('webdev', 'overall', 'qwen3.7-max-20260517');
    assert.equal(s.points.length, 23);
    assert.deepEqual([s.points[0]?.date, s.points[0]?.rank, Math.round((s.points[0]?.rating ?? 0) * 10) / 10], ['2026-06-21', 10, 1529.8]);
    assert.deepEqual([s.points.at(-1)?.date, s.points.at(-1)?.rank, Math.round((s.points.at(-1)?.rating ?? 0) * 10) / 10], ['2026-08-19', 28, 1516.7]);
  });

  it('follows the 2026-08-12 rename of -thinking models to -high', () => {
    const s = index.series('webdev', 'overall', 'claude-opus-4-6-high');
    assert.deepEqual(s.formerNames, ['claude-opus-4-6-thinking']);
    assert.equal(s.points[0]?.date, '2026-06-21');
    assert.equal(s.points.at(-1)?.date, '2026-08-19');
    assert.equal(new Set(s.points.map((p) => p.date)).size, s.points.length, 'no date twice');
  });

  it('does not merge two models that were listed at the same time', () => {
    const fake = new HistoryIndex();
    const board = recordedBoard('webdev', '2026-07-02');
    fake.addBoard(board, ['overall']);
    fake.addBoard({ ...board, publishDate: '2026-07-03', categories: board.categories.map((c) => ({ ...c, publishDate: '2026-07-03', entries: c.entries.map((e) => ({ ...e, model: e.model.replace(/-thinking$/, '-high') })) })) }, ['overall']);
    const thinking = board.categories[0]?.entries.find((e) => e.model.endsWith('-thinking'))?.model;
    assert.ok(thinking);
    const high = thinking.replace(/-thinking$/, '-high');
    assert.equal(fake.series('webdev', 'overall', high).formerNames.length, 1, 'old name ends before the new one starts');
    fake.addBoard({ ...board, publishDate: '2026-07-04', categories: board.categories.map((c) => ({ ...c, publishDate: '2026-07-04' })) }, ['overall']);
    assert.equal(fake.series('webdev', 'overall', high).formerNames.length, 0, 'both names listed on 2026-07-04: two models');
  });

  it('is exactly what the build script makes from the recorded data, and validates', () => {
    const before = readFileSync(HISTORY, 'utf8');
    execFileSync(process.execPath, ['out/scripts/buildHistory.js'], { cwd: REPO_ROOT, stdio: 'pipe' });
    assert.equal(readFileSync(HISTORY, 'utf8'), before, 'run `node out/scripts/buildHistory.js` and commit media/history.json');
    assert.ok(validateHistoryFile(JSON.parse(before)));
    assert.equal(validateHistoryFile({ format: 1, source: 'x', tracks: [{ board: 'b', category: 'c', dates: ['yesterday'], series: {} }] }), null);
  });
});

describe('rank changes between two real publications (2026-07-02 → 2026-08-19)', () => {
  const before = rowsOf('2026-07-02');
  const after = rowsOf('2026-08-19');

  it('reports new models entering above Qwen3.7-Max, and a renamed -thinking model', () => {
    const thinking = before.find((r) => r.model === 'claude-opus-4-6-thinking');
    assert.ok(thinking, 'claude-opus-4-6-thinking was on the 2026-07-02 board');
    const changes = detectRankChanges(before, after, ['qwen3.7-max-20260517', 'claude-opus-4-6-thinking']);
    const qwen = changes.filter((c) => c.model === 'qwen3.7-max-20260517');
    assert.ok(qwen.some((c) => c.kind === 'entered-above' && /entered above qwen3\.7-max-20260517 \(now #28\)/.test(c.text)), JSON.stringify(qwen));
    const renamed = changes.find((c) => c.model === 'claude-opus-4-6-thinking');
    assert.equal(renamed?.kind, 'renamed');
    assert.match(renamed?.text ?? '', /now listed as claude-opus-4-6-high/);
    assert.match(changeSummary(changes, 'Code Arena · Overall'), /^Model Rankings \(Code Arena · Overall\): /);
  });

  it('reports a band change and nothing when nothing moved', () => {
    const topRow = after[0];
    assert.ok(topRow);
    assert.equal(bandOf(topRow), 'tied-with-first');
    const demoted = after.map((r) => (r.model === topRow.model ? { ...r, rank: 12, rankBest: 9 } : r));
    assert.deepEqual(detectRankChanges(after, demoted, [topRow.model]).map((c) => c.kind), ['band']);
    assert.deepEqual(detectRankChanges(after, after, after.slice(0, 20).map((r) => r.model)), []);
  });

  it('says a model that vanished without a successor has disappeared', () => {
    const gone = after.slice(1);
    assert.deepEqual(detectRankChanges(after, gone, [after[0]?.model ?? '']).map((c) => c.kind), ['disappeared']);
  });

  it('rate-limits notifications', () => {
    const hour = 3600_000;
    assert.equal(mayNotify(undefined, 0, 6 * hour), true);
    assert.equal(mayNotify(0, 5 * hour, 6 * hour), false);
    assert.equal(mayNotify(0, 6 * hour, 6 * hour), true);
    assert.equal(mayNotify(10, 10, 0), true);
  });
});

describe('the views use the same rows the history is built from', () => {
  it('keeps the embedded snapshot and the last history point identical for Code Arena overall', async () => {
    const { embeddedSnapshot } = await import('./fixtures.js');
    const { data } = embeddedSnapshot();
    const index = new HistoryIndex();
    index.addFile(embedded());
    for (const row of categoryRows(data, 'webdev', 'overall').slice(0, 30)) {
      const last = index.series('webdev', 'overall', row.model).points.at(-1);
      assert.equal(last?.rank, row.rank, row.model);
    }
  });
});
