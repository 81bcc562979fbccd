/**
 * src/shared/schema.ts stands in for zod in the bundles (zod's core was 30 KB of a 150 KB budget). Every module that
 * validates with it is loaded a second time here with zod/mini in its place (withZod.ts): the same schema source, built
 * by zod. Both must give the same verdict, and the same value when they take it, on the real recorded payloads, on
 * every one-place edge change of a small real sample and on thousands of random changes (fast-check). Error texts
 * may differ: ours are short sentences for the log, and no test or user reads zod's.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { edgeValues, mutatedAt, pathMutationOf, placesIn } from './mutations';
import { embeddedSnapshot, REPO_ROOT } from './fixtures';
import { withZod } from './withZod';
import { readRecordedFile, readRecordedOpenRouter, recordedDates, sharedDataDir } from '../../scripts/recordedData';
import * as arenaSchema from '../../src/core/sources/arenaSchema';
import * as openRouterSchema from '../../src/core/sources/openRouterSchema';
import * as openRouterBenchmarks from '../../src/core/sources/openRouterBenchmarks';
import * as snapshotSchema from '../../src/core/store/snapshotSchema';
import * as benchmarkCodec from '../../src/core/store/benchmarkCodec';
import * as historyFile from '../../src/core/rankings/historyFile';
import * as liveBenchReleases from '../../src/core/sources/liveBenchReleases';
import * as cacheStore from '../../src/core/store/cacheStore';
import * as liveBenchCache from '../../src/core/store/liveBenchCache';
import * as rankingsQuery from '../../src/core/views/rankingsQuery';
import * as protocol from '../../src/shared/protocol';
import { compareModels, DEFAULT_COMPARE_CATEGORIES } from '../../src/core/comparison/comparison';
import { buildCompareState } from '../../src/core/comparison/comparisonView';
import { encodeSnapshot } from '../../src/core/store/snapshotCodec';

const zod = {
  arenaSchema: withZod<typeof arenaSchema>('../../src/core/sources/arenaSchema'),
  openRouterSchema: withZod<typeof openRouterSchema>('../../src/core/sources/openRouterSchema'),
  openRouterBenchmarks: withZod<typeof openRouterBenchmarks>('../../src/core/sources/openRouterBenchmarks'),
  snapshotSchema: withZod<typeof snapshotSchema>('../../src/core/store/snapshotSchema'),
  benchmarkCodec: withZod<typeof benchmarkCodec>('../../src/core/store/benchmarkCodec'),
  historyFile: withZod<typeof historyFile>('../../src/core/rankings/historyFile'),
  liveBenchReleases: withZod<typeof liveBenchReleases>('../../src/core/sources/liveBenchReleases'),
  cacheStore: withZod<typeof cacheStore>('../../src/core/store/cacheStore'),
  liveBenchCache: withZod<typeof liveBenchCache>('../../src/core/store/liveBenchCache'),
  rankingsQuery: withZod<typeof rankingsQuery>('../../src/core/views/rankingsQuery'),
  protocol: withZod<typeof protocol>('../../src/shared/protocol'),
};

/** What a check of either kind says: whether it took the value, and the value it gave. */
type Verdict = { taken: boolean; value?: unknown };
const fromParse = (r: { success: boolean; data?: unknown }): Verdict => (r.success ? { taken: true, value: r.data } : { taken: false });
const fromResult = (r: { ok: boolean; value?: unknown }): Verdict => (r.ok ? { taken: true, value: r.value } : { taken: false });
const fromNullable = (value: unknown): Verdict => (value === null ? { taken: false } : { taken: true, value });

/**
 * A copy of `value` with every list cut to its first `keep` items: a real sample small enough to mutate thousands of times.
 * Arrays of up to 6 items are left whole: the files' tuples are that short.
 */
function sample(value: unknown, keep = 2): unknown {
  if (Array.isArray(value)) return value.slice(0, value.length > 6 ? keep : undefined).map((item) => sample(item, keep));
  // An object of more than 20 keys is a map (history's series by model): cut like a list.
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    return Object.fromEntries(entries.slice(0, entries.length > 20 ? keep : undefined).map(([k, item]) => [k, sample(item, keep)]));
  }
  return value;
}

interface Case {
  readonly name: string;
  /** Real values, each taken by both. */
  readonly real: readonly unknown[];
  /** The value mutated, itself taken by both. */
  readonly base: unknown;
  readonly ours: (value: unknown) => Verdict;
  readonly reference: (value: unknown) => Verdict;
}

function agree(c: Case, value: unknown, what: string): void {
  const ours = c.ours(value);
  const reference = c.reference(value);
  assert.equal(ours.taken, reference.taken, `${c.name}: ${what}`);
  if (ours.taken) assert.deepEqual(ours.value, reference.value, `${c.name}: ${what}`);
}

const { file: snapshotFile, data } = embeddedSnapshot();
/** The snapshot of two boards with two categories of two entries each, written as the extension writes its cache. */
const smallSnapshot: unknown = JSON.parse(
  JSON.stringify(encodeSnapshot({ ...data, boards: data.boards.slice(0, 2).map((b) => ({ ...b, categories: b.categories.slice(0, 2).map((c) => ({ ...c, entries: c.entries.slice(0, 2) })) })) })),
);
const latest = (subset: string): string => recordedDates(subset).at(-1)!;
const codeArenaRows = readRecordedFile('webdev', latest('webdev')).rows;
const textRows = readRecordedFile('text_style_control', latest('text_style_control')).rows;
/** The recording is the list itself; the API wraps it in `{data}`: both shapes are tried. */
const openRouterModels = readRecordedOpenRouter().raw as unknown[];
const history = JSON.parse(readFileSync(resolve(REPO_ROOT, 'media', 'history.json'), 'utf8')) as unknown;
const liveBenchDir = resolve(sharedDataDir(), 'livebench');
const listing = [
  { name: 'README.md', type: 'file', sha: 'a'.repeat(40) },
  { name: 'categories_2026_01_08.json', type: 'file', sha: 'b'.repeat(40) },
  { name: 'table_2026_01_08.csv', type: 'file', sha: 'c'.repeat(40) },
  { name: 'table_2025_12_01.csv', type: 'file', sha: 'd'.repeat(40) },
];
const liveBenchState = {
  format: 1,
  checkedAt: Date.parse('2026-11-30T08:00:00Z'),
  lastCheckFailed: false,
  copy: {
    release: '2026_01_08',
    listingEtag: 'W/"1"',
    table: { text: readFileSync(resolve(liveBenchDir, 'table_2026_01_08.csv'), 'utf8'), sha: 'c'.repeat(40), etag: '"t"', lastModified: null },
    categories: { text: readFileSync(resolve(liveBenchDir, 'categories_2026_01_08.json'), 'utf8'), sha: 'b'.repeat(40), etag: null, lastModified: null },
    fetchedAt: Date.parse('2026-11-30T08:00:00Z'),
  },
};
const compareState = buildCompareState(compareModels(data, ['qwen3.7-max-20260517', 'claude-opus-4-7'], DEFAULT_COMPARE_CATEGORIES), data.provenance);

/** A FileStore holding one file in memory, as JSON: the cache readers parse what they would read from disk. */
function fileHolding(value: unknown): cacheStore.FileStore {
  const bytes = new TextEncoder().encode(JSON.stringify(value) ?? 'null');
  return { read: async () => bytes, writeAtomic: async () => undefined };
}

const cases: Case[] = [
  {
    name: 'an Arena row',
    real: [...codeArenaRows, ...textRows.slice(0, 3000)],
    base: codeArenaRows[0],
    ours: (v) => fromParse(arenaSchema.arenaRowSchema.safeParse(v)),
    reference: (v) => fromParse(zod.arenaSchema.arenaRowSchema.safeParse(v)),
  },
  {
    name: 'a dataset viewer page',
    real: [{ rows: codeArenaRows.slice(0, 100).map((row, i) => ({ row_idx: i, row })), num_rows_total: codeArenaRows.length, num_rows_per_page: 100, partial: false }],
    base: { rows: codeArenaRows.slice(0, 2).map((row, i) => ({ row_idx: i, row })), num_rows_total: 2, num_rows_per_page: 100, partial: false },
    ours: (v) => fromParse(arenaSchema.viewerPageSchema.safeParse(v)),
    reference: (v) => fromParse(zod.arenaSchema.viewerPageSchema.safeParse(v)),
  },
  {
    name: 'a recorded Arena file and the dataset info',
    real: [{ meta: { subset: 'webdev', leaderboard_publish_date: latest('webdev'), fetched_at: '2026-08-19T10:00:00Z' }, rows: codeArenaRows }],
    base: { meta: { subset: 'webdev', leaderboard_publish_date: '2026-08-19', fetched_at: '2026-08-19T10:00:00Z', source_url: 'https://huggingface.co/x' }, rows: [1] },
    ours: (v) => fromParse(arenaSchema.recordedFileSchema.safeParse(v)),
    reference: (v) => fromParse(zod.arenaSchema.recordedFileSchema.safeParse(v)),
  },
  {
    name: 'the OpenRouter model list (prices)',
    real: [openRouterModels, { data: openRouterModels }],
    base: { data: openRouterModels.slice(0, 2) },
    ours: (v) => fromNullable(openRouterSchema.parseOpenRouterModels(v)),
    reference: (v) => fromNullable(zod.openRouterSchema.parseOpenRouterModels(v)),
  },
  {
    name: 'the OpenRouter model list (benchmarks)',
    real: [openRouterModels],
    base: { data: openRouterModels.filter((m) => JSON.stringify(m).includes('"benchmarks":{')).slice(0, 2) },
    ours: (v) => fromNullable(openRouterBenchmarks.parseOpenRouterBenchmarks(v)),
    reference: (v) => fromNullable(zod.openRouterBenchmarks.parseOpenRouterBenchmarks(v)),
  },
  {
    name: 'a snapshot or cache file',
    real: [snapshotFile],
    base: smallSnapshot,
    ours: (v) => fromResult(snapshotSchema.validateSnapshot(v)),
    reference: (v) => fromResult(zod.snapshotSchema.validateSnapshot(v)),
  },
  {
    name: 'the stored OpenRouter benchmarks',
    real: [snapshotFile.benchmarks],
    base: (smallSnapshot as { benchmarks: unknown }).benchmarks,
    ours: (v) => fromResult(benchmarkCodec.validateBenchmarks(v)),
    reference: (v) => fromResult(zod.benchmarkCodec.validateBenchmarks(v)),
  },
  {
    name: 'a history file',
    real: [history],
    base: sample(history),
    ours: (v) => fromNullable(historyFile.validateHistoryFile(v)),
    reference: (v) => fromNullable(zod.historyFile.validateHistoryFile(v)),
  },
  {
    name: 'GitHub\'s listing of the LiveBench folder',
    real: [listing],
    base: listing.slice(0, 3),
    ours: (v) => fromNullable(liveBenchReleases.newestListedRelease(v)),
    reference: (v) => fromNullable(zod.liveBenchReleases.newestListedRelease(v)),
  },
  {
    name: 'a question to the agent tool',
    real: [{ models: ['qwen3.7-max', 'claude-opus-4-7'] }, { board: 'webdev', category: 'overall', top: 5 }, { benchmark: 'aa-agentic', maxOutputPricePerM: 5, top: 3 }, {}],
    base: { models: ['qwen3.7-max'], board: 'webdev', category: 'overall', top: 5, maxBlendedPricePerM: 10, maxOutputPricePerM: 5, benchmark: 'aa-coding' },
    ours: (v) => fromResult(rankingsQuery.answerRankingsQuery(data, v)),
    reference: (v) => fromResult(zod.rankingsQuery.answerRankingsQuery(data, v)),
  },
  {
    name: 'a message from the sidebar',
    real: [{ type: 'ready', boardId: 'webdev', categoryId: 'overall', pageStateShown: true }, { type: 'compare', models: ['a', 'b'] }, { type: 'refresh' }, { type: 'toggleWatch', model: 'qwen3.7-max' }],
    base: { type: 'ready', boardId: 'webdev', categoryId: 'overall', pageStateShown: true },
    ours: (v) => fromParse(protocol.sidebarToHostSchema.safeParse(v)),
    reference: (v) => fromParse(zod.protocol.sidebarToHostSchema.safeParse(v)),
  },
  {
    name: 'a comparison panel state',
    real: [compareState, { type: 'copied' }],
    base: sample(compareState),
    ours: (v) => fromParse(protocol.hostToCompareSchema.safeParse(v)),
    reference: (v) => fromParse(zod.protocol.hostToCompareSchema.safeParse(v)),
  },
  {
    name: 'a message from the comparison panel',
    real: [{ type: 'ready' }, { type: 'copyMarkdown' }, { type: 'changeModels' }],
    base: { type: 'ready' },
    ours: (v) => fromParse(protocol.compareToHostSchema.safeParse(v)),
    reference: (v) => fromParse(zod.protocol.compareToHostSchema.safeParse(v)),
  },
];

describe('schema.ts and zod agree on every schema of the extension', function () {
  // Tens of thousands of parses, half of them through zod: seconds on a busy machine.
  this.timeout(120_000);

  it('really compares with zod: the second load of each module is built by zod/mini', () => {
    assert.ok('_zod' in zod.arenaSchema.arenaRowSchema, 'zod stands in for schema.ts');
    assert.ok(!('_zod' in arenaSchema.arenaRowSchema), 'the first load is untouched');
    assert.notEqual(zod.protocol.sidebarToHostSchema, protocol.sidebarToHostSchema);
  });

  for (const c of cases) {
    describe(c.name, () => {
      it('takes every real value, and gives what zod gives', () => {
        for (const [i, value] of c.real.entries()) {
          assert.ok(c.ours(value).taken, `${c.name}: real value ${i} is taken`);
          agree(c, value, `real value ${i}`);
        }
        assert.ok(c.ours(c.base).taken, `${c.name}: the sample to mutate is taken`);
      });

      it('agrees when any one place of a real sample holds an edge value or is dropped', () => {
        const places = placesIn(c.base);
        for (const place of places) {
          for (const value of edgeValues) agree(c, mutatedAt(c.base, [{ ...place, value, drop: false }]), JSON.stringify({ ...place, value }).slice(0, 200));
          agree(c, mutatedAt(c.base, [{ ...place, value: undefined, drop: true }]), JSON.stringify({ ...place, drop: true }));
        }
        for (const value of edgeValues) agree(c, value, `the whole value is ${JSON.stringify(value)?.slice(0, 50)}`);
      });

      it('agrees on 1,000 random changes of a real sample', () => {
        fc.assert(
          fc.property(fc.array(pathMutationOf(c.base), { minLength: 1, maxLength: 3 }), (mutations) => agree(c, mutatedAt(c.base, mutations), JSON.stringify(mutations).slice(0, 200))),
          { numRuns: 1000 },
        );
      });
    });
  }

  describe('the cache files, read back as the extension reads them', () => {
    const prices = readRecordedOpenRouter().models.map((p) => [p.id, p.inputPerM, p.outputPerM, p.contextLength, p.canonicalSlug ?? null, p.huggingFaceId ?? null]);
    const readers = [
      { name: 'the price cache', real: prices, read: (m: typeof cacheStore, v: unknown) => new m.CacheStore(fileHolding(v)).readPrices() },
      { name: 'the refresh state', real: { sha: 'f'.repeat(40), checkedAt: 1_790_000_000_000, pricesFetchedAt: null }, read: (m: typeof cacheStore, v: unknown) => new m.CacheStore(fileHolding(v)).readState() },
    ];
    for (const reader of readers) {
      it(`${reader.name}: the same result for the real file and 1,000 random changes of it`, async () => {
        const base = sample(reader.real, 3);
        assert.deepEqual(await reader.read(cacheStore, reader.real), await reader.read(zod.cacheStore, reader.real));
        await fc.assert(
          fc.asyncProperty(fc.array(pathMutationOf(base), { minLength: 1, maxLength: 3 }), async (mutations) => {
            const value = mutatedAt(base, mutations);
            assert.deepEqual(await reader.read(cacheStore, value), await reader.read(zod.cacheStore, value), JSON.stringify(mutations).slice(0, 200));
          }),
          { numRuns: 1000 },
        );
      });
    }

    it('the LiveBench cache: the same state for a real copy and 1,000 random changes of it', async () => {
      const read = (m: typeof liveBenchCache, v: unknown): Promise<unknown> => new m.LiveBenchCache(fileHolding(v)).read();
      const real = await read(liveBenchCache, liveBenchState);
      assert.ok(typeof real === 'object' && real !== null && 'copy' in real && real.copy !== null, 'the real copy is read');
      assert.deepEqual(real, await read(zod.liveBenchCache, liveBenchState));
      const base = { ...liveBenchState, copy: { ...liveBenchState.copy, table: { ...liveBenchState.copy.table, text: 'model,coding\na,1\n' } } };
      await fc.assert(
        fc.asyncProperty(fc.array(pathMutationOf(base), { minLength: 1, maxLength: 3 }), async (mutations) => {
          const value = mutatedAt(base, mutations);
          assert.deepEqual(await read(liveBenchCache, value), await read(zod.liveBenchCache, value), JSON.stringify(mutations).slice(0, 200));
        }),
        { numRuns: 1000 },
      );
    });
  });
});
