/**
 * The benchmarks part of the snapshot and cache formats: additive (old files load the same), carried
 * through encode/decode, and a faulty part dropped with a note, never the leaderboards with it.
 */
import * as assert from 'node:assert/strict';
import { embeddedSnapshot } from './fixtures';
import { TempFileStore } from '../fixtures/tempFileStore';
import { validateSnapshot } from '../../src/core/store/snapshotSchema';
import { decodeSnapshot, encodeSnapshot, type SnapshotFile } from '../../src/core/store/snapshotCodec';
import { validateBenchmarks } from '../../src/core/store/benchmarkCodec';
import { CacheStore } from '../../src/core/store/cacheStore';

const { file, data } = embeddedSnapshot();
const copy = (): Record<string, unknown> => JSON.parse(JSON.stringify(file)) as Record<string, unknown>;

describe('benchmarks in the snapshot and cache formats', () => {
  it('the embedded snapshot carries Artificial Analysis and Design Arena of the OpenRouter models that price an entry, as of 2026-08-08', () => {
    assert.equal(file.benchmarks?.date, '2026-08-08');
    const priced = new Set(file.prices.map((p) => p[1]));
    assert.ok(file.benchmarks.models.every(([id]) => priced.has(id)));
    assert.equal(file.benchmarks.models.length, 112);
    const opus = data.benchmarks?.models.get('anthropic/claude-opus-4.7');
    assert.equal(opus?.artificialAnalysis?.coding, 73.6);
    assert.ok(validateBenchmarks(JSON.parse(JSON.stringify(file.benchmarks))).ok);
  });

  it('round-trips through encode and decode', () => {
    const again = decodeSnapshot(JSON.parse(JSON.stringify(encodeSnapshot(data))) as SnapshotFile, 'cache');
    assert.deepEqual(again.benchmarks, data.benchmarks);
  });

  it('loads a file without benchmarks (written before they were kept) as before', () => {
    const { benchmarks: _dropped, ...old } = copy();
    const notes: string[] = [];
    const checked = validateSnapshot(old, (n) => notes.push(n));
    assert.ok(checked.ok);
    assert.equal(checked.value.benchmarks, undefined);
    assert.equal(decodeSnapshot(checked.value, 'cache').benchmarks, undefined);
    assert.deepEqual(notes, []);
  });

  const faults: [string, (b: Record<string, unknown>) => unknown][] = [
    ['not an object', () => 'junk'],
    ['a score out of range', (b) => ({ ...b, models: [['anthropic/claude-opus-4.7', 500, null, null, []]] })],
    ['a missing Design Arena category', (b) => ({ ...b, models: [['anthropic/claude-opus-4.7', null, null, null, [[9999, 1300, 50, 1]]]] })],
    ['an id listed twice', (b) => ({ ...b, models: [['a/b', 1, 1, 1, []], ['a/b', 1, 1, 1, []]] })],
    ['a hostile id', (b) => ({ ...b, models: [['a/\u202eb', 1, 1, 1, []]] })],
    ['a bad date', (b) => ({ ...b, date: 'yesterday' })],
    ['a fractional rank', (b) => ({ ...b, models: [['a/b', null, null, null, [[0, 1300, 50, 1.5]]]] })],
  ];
  for (const [what, mutate] of faults) {
    it(`drops a benchmarks part with ${what}, with a note, and keeps the leaderboards`, () => {
      const value = copy();
      value.benchmarks = mutate(value.benchmarks as Record<string, unknown>);
      const notes: string[] = [];
      const checked = validateSnapshot(value, (n) => notes.push(n));
      assert.ok(checked.ok, checked.ok ? '' : checked.error);
      assert.equal(checked.value.benchmarks, undefined);
      assert.equal(checked.value.boards.length, 2);
      assert.equal(notes.length, 1);
      assert.match(notes[0] ?? '', /^snapshot: the benchmarks part was left out \(benchmarks: .+\); the leaderboards are kept$/);
    });
  }

  it('the cache keeps the benchmarks of the last OpenRouter list, and drops a corrupt file with a note', async () => {
    const files = new TempFileStore();
    const notes: string[] = [];
    const cache = new CacheStore(files, (n) => notes.push(n));
    try {
      assert.equal(await cache.readBenchmarks(), null);
      const set = data.benchmarks;
      assert.ok(set);
      await cache.writeBenchmarks(set);
      assert.deepEqual(await cache.readBenchmarks(), set);
      files.plant('openrouter-benchmarks.json', '{"date":"2026-08-08","designArenaCategories":[],"models":[["a/b",1,1,1,[[0,1,1,1]]]]}');
      assert.equal(await cache.readBenchmarks(), null);
      files.plant('leaderboards.json', JSON.stringify({ ...copy(), benchmarks: { date: 'x' } }));
      const read = await cache.readData();
      assert.ok(read?.ok);
      assert.equal(read.value.benchmarks, undefined);
      assert.equal(read.value.boards.length, 2);
      assert.deepEqual(notes.map((n) => n.slice(0, 60)), ['cache: the OpenRouter benchmarks file was left out (benchmar', 'cache: snapshot: the benchmarks part was left out (benchmark']);
    } finally {
      files.remove();
    }
  });
});
