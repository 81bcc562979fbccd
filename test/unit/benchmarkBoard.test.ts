/**
 * The sidebar's Benchmarks board built from the embedded snapshot (Artificial Analysis via OpenRouter,
 * 2026-08-08) and the recorded LiveBench release (2026_01_08): every column names its source and date,
 * a missing value is null (the view shows "—"), never 0, and the notes say which source is off or absent.
 */
import * as assert from 'node:assert/strict';
import { embeddedSnapshot } from './fixtures';
import { buildModelCatalog } from '../../src/core/models/modelCatalog';
import { parseLiveBench, type LiveBenchBoard } from '../../src/core/sources/liveBenchTable';
import { joinBenchmarks } from '../../src/core/models/benchmarkJoin';
import { buildBenchmarkState, BENCHMARKS_BOARD_ID, type BenchmarkSources } from '../../src/core/views/benchmarkBoard';
import { boardOptions } from '../../src/core/views/sidebarState';
import { hostToSidebarSchema, type BenchmarkState } from '../../src/shared/protocol';
import { parseHostToSidebar } from '../../src/shared/sidebarMessageParser';
import { RECORDED_RELEASE, recordedLiveBench } from '../fixtures/liveBenchFaults';

const { data } = embeddedSnapshot();
const catalog = buildModelCatalog(data);
const recorded = recordedLiveBench();
const parsed = parseLiveBench(RECORDED_RELEASE, recorded.table, recorded.categories);
assert.ok(parsed.ok);
const liveBench: LiveBenchBoard = parsed.value;
const FETCHED = Date.parse('2026-11-30T09:00:00Z');
const ALL_ON: BenchmarkSources = { openRouterEnabled: true, liveBenchEnabled: true, offline: false, liveBenchRelease: RECORDED_RELEASE, liveBenchFetchedAt: FETCHED, liveBenchError: null };

function board(sources: Partial<BenchmarkSources> = {}, withLiveBench = true): BenchmarkState {
  const s = { ...ALL_ON, ...sources };
  return buildBenchmarkState(data, catalog, joinBenchmarks(catalog, s.openRouterEnabled ? data : {}, withLiveBench ? liveBench : null), s, boardOptions(data), { kind: 'idle' });
}

const column = (state: BenchmarkState, id: string): number => {
  const index = state.columns.findIndex((c) => c.id === id);
  assert.ok(index >= 0, `column ${id}`);
  return index;
};

describe('the Benchmarks board (sidebar)', () => {
  it('lists every model with a benchmark value, with its Code Arena rank beside the scores', () => {
    const state = board();
    assert.equal(state.boardId, BENCHMARKS_BOARD_ID);
    assert.deepEqual(state.columns.map((c) => c.label), ['Code #', 'AA code', 'AA agent', 'AA intel', 'LB code', 'LB agent', 'LB avg']);
    const join = joinBenchmarks(catalog, data, liveBench);
    const shown = [...join.byModel.values()].filter((b) => b.artificialAnalysis !== null || b.liveBench !== null);
    assert.equal(state.rows.length, shown.length, 'one row per model with an Artificial Analysis or LiveBench value');
    assert.ok(shown.length < join.byModel.size, 'models with only Design Arena results are left to the comparison');
    console.log(`      ${state.rows.length} models on the Benchmarks board`);
    const opus = state.rows.find((r) => r.name === 'Claude Opus 4.7' && r.variant === null);
    assert.ok(opus, 'Claude Opus 4.7 is listed');
    const rank = catalog.byId(opus.key)?.entries.find((e) => e.boardId === 'webdev')?.rank ?? null;
    assert.equal(opus.values[column(state, 'codeArena')], rank);
    assert.ok(typeof opus.values[column(state, 'aaCoding')] === 'number', 'its Artificial Analysis coding index');
  });

  it('gives each row exactly the joined values, and null (never 0) where a source has none', () => {
    const state = board();
    const join = joinBenchmarks(catalog, data, liveBench);
    let nulls = 0;
    for (const row of state.rows) {
      const model = catalog.byId(row.key);
      assert.ok(model);
      const b = join.of(model);
      assert.ok(b);
      assert.equal(row.values[column(state, 'aaCoding')], b.artificialAnalysis?.values.coding ?? null);
      assert.equal(row.values[column(state, 'lbOverall')], b.liveBench?.values.overall ?? null);
      assert.equal(row.values[column(state, 'lbCoding')], b.liveBench?.values.categories.find((c) => c.name === 'Coding')?.score ?? null);
      nulls += row.values.filter((v) => v === null).length;
    }
    assert.ok(nulls > 0, 'some models lack some values');
    assert.ok(state.rows.some((r) => r.values[column(state, 'lbCoding')] !== null), 'LiveBench values joined');
  });

  it('names the source and date of every column', () => {
    const state = board();
    const aa = state.columns[column(state, 'aaCoding')];
    assert.match(aa?.title ?? '', /Artificial Analysis coding index\. Source: Artificial Analysis \(via OpenRouter\), 2026-08-08\./);
    assert.match(state.columns[column(state, 'lbAgentic')]?.source ?? '', /LiveBench, release 2026-01-08/);
    assert.match(state.columns[column(state, 'codeArena')]?.source ?? '', /Arena, published 2026-08-19/);
    assert.match(state.notes.join('\n'), /LiveBench release 2026-01-08, downloaded 2026-11-30/);
    assert.match(state.attribution, /LiveBench \(White et al\., ICLR 2025\)/);
  });

  it('explains why LiveBench is absent before the first download, offline, or when turned off', () => {
    const first = board({ liveBenchRelease: null, liveBenchFetchedAt: null }, false);
    assert.match(first.notes.join(' '), /LiveBench is not shipped with the extension \(it publishes no data licence\): it appears after the first refresh/);
    assert.ok(first.rows.every((r) => r.values[column(first, 'lbCoding')] === null));
    assert.match(board({ liveBenchRelease: null, offline: true }, false).notes.join(' '), /you are offline/);
    const off = board({ liveBenchEnabled: false }, false);
    assert.ok(!off.columns.some((c) => c.id.startsWith('lb')), 'no LiveBench columns');
    assert.match(off.notes.join(' '), /LiveBench is turned off in the settings/);
    const aaOff = board({ openRouterEnabled: false });
    assert.ok(!aaOff.columns.some((c) => c.id.startsWith('aa')));
    assert.equal(aaOff.defaultSort, 'codeArena');
    assert.ok(aaOff.rows.every((r) => r.values.some((v, i) => v !== null && aaOff.columns[i]?.id.startsWith('lb'))), 'only models with a LiveBench value');
  });

  it('says in a sentence, naming LiveBench, when its update failed, and keeps the copy shown', () => {
    const state = board({ liveBenchError: 'LiveBench: the table could not be read: the server answered HTTP 500' });
    assert.equal(state.status.kind, 'error');
    assert.equal(
      state.status.message,
      'LiveBench could not be updated: the table could not be read: the server answered HTTP 500. Showing release 2026-01-08, downloaded 2026-11-30. The next try is within the hour.',
    );
    assert.ok(state.rows.some((r) => r.values[column(state, 'lbCoding')] !== null), 'the last good LiveBench values stay');
    const first = board({ liveBenchRelease: null, liveBenchFetchedAt: null, liveBenchError: 'LiveBench: could not read the list of releases: no connection' }, false);
    assert.deepEqual(first.status, {
      kind: 'notice',
      message: 'LiveBench could not be updated: could not read the list of releases: no connection. No LiveBench scores are shown until a download succeeds. The next try is within the hour.',
    }, 'a first download that failed is a calm notice, not an error');
  });

  it('is a valid protocol message, parsed the same by the sidebar\'s parser and zod', () => {
    const state = board();
    const viaZod = hostToSidebarSchema.safeParse(state);
    assert.ok(viaZod.success, viaZod.success ? '' : viaZod.error.message);
    assert.deepEqual(parseHostToSidebar(state), viaZod.data);
    for (const bad of [{ ...state, rows: [{ ...state.rows[0], values: ['52'] }] }, { ...state, columns: [{ ...state.columns[0], lowerIsBetter: 'yes' }] }, { ...state, notes: [7] }]) {
      assert.equal(parseHostToSidebar(bad), null);
      assert.equal(hostToSidebarSchema.safeParse(bad).success, false);
    }
  });
});
