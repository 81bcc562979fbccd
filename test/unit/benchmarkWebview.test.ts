/**
 * The Benchmarks board in the built sidebar script (dist/sidebar.js) under jsdom: the real board state
 * (embedded snapshot + recorded LiveBench release) drawn as a sortable table with "—" for missing
 * values, sources named in every header, the Arena controls hidden, and back to the Arena table.
 */
import * as assert from 'node:assert/strict';
import { embeddedSnapshot } from './fixtures';
import { buildModelCatalog } from '../../src/core/models/modelCatalog';
import { parseLiveBench } from '../../src/core/sources/liveBenchTable';
import { joinBenchmarks } from '../../src/core/models/benchmarkJoin';
import { buildBenchmarkState } from '../../src/core/views/benchmarkBoard';
import { boardOptions, buildBoardState } from '../../src/core/views/sidebarState';
import { RECORDED_RELEASE, recordedLiveBench } from '../fixtures/liveBenchFaults';
import { DEFAULT_WATCH } from './defaults';
import { loadWebview, type WebviewHarness } from './webviewDom';

const { data } = embeddedSnapshot();
const catalog = buildModelCatalog(data);
const recorded = recordedLiveBench();
const parsed = parseLiveBench(RECORDED_RELEASE, recorded.table, recorded.categories);
assert.ok(parsed.ok);
const state = buildBenchmarkState(
  data,
  catalog,
  joinBenchmarks(catalog, data, parsed.value),
  { openRouterEnabled: true, liveBenchEnabled: true, offline: false, liveBenchRelease: RECORDED_RELEASE, liveBenchFetchedAt: Date.parse('2026-11-30T09:00:00Z'), liveBenchError: null },
  boardOptions(data),
  { kind: 'idle' },
);
const codeArena = buildBoardState(data, { boardId: 'webdev', categoryId: 'overall' }, DEFAULT_WATCH, { kind: 'idle' });

const rows = (h: WebviewHarness): HTMLTableRowElement[] => [...h.document.querySelectorAll<HTMLTableRowElement>('#benchmarks tbody tr')];
const columnValues = (h: WebviewHarness, id: string): string[] => rows(h).map((r) => r.querySelector(`td.col-${id}`)?.textContent ?? '');
const header = (h: WebviewHarness, id: string): HTMLButtonElement => {
  const button = h.document.querySelector<HTMLButtonElement>(`#benchmarks th.col-${id} button`);
  assert.ok(button, id);
  return button;
};
const numbers = (cells: readonly string[]): number[] => cells.filter((c) => c !== '—').map(Number);

describe('the Benchmarks board in the sidebar (jsdom)', function () {
  // jsdom draws a few hundred rows per sort: seconds on a busy machine.
  this.timeout(30_000);
  it('draws every model with its values, "—" where a source has none, sorted by the Artificial Analysis coding index', () => {
    const h = loadWebview('sidebar.js');
    h.deliver(state);
    assert.equal(rows(h).length, state.rows.length);
    assert.equal(h.document.querySelector('#benchmarkBoard')?.hasAttribute('hidden'), false);
    assert.ok(h.document.querySelector('#app')?.classList.contains('benchmarks-mode'), 'the Arena-only controls hide');
    const aa = columnValues(h, 'aaCoding');
    const values = numbers(aa);
    assert.deepEqual(values, [...values].sort((a, b) => b - a), 'highest first');
    assert.ok(aa.indexOf('—') === -1 || aa.slice(aa.indexOf('—')).every((c) => c === '—'), 'missing values last');
    assert.ok(columnValues(h, 'lbCoding').includes('—') && !columnValues(h, 'lbCoding').includes('0.0'), 'missing is "—", never 0');
    assert.equal((h.document.querySelector('#board') as HTMLSelectElement).value, 'benchmarks');
    assert.match(h.document.querySelector('#benchmarkNotes')?.textContent ?? '', /LiveBench release 2026-01-08/);
  });

  it('names each column\'s source and date in its header, and sorts by a header with the keyboard', () => {
    const h = loadWebview('sidebar.js');
    h.deliver(state);
    assert.match(h.document.querySelector('#benchmarks th.col-lbAgentic')?.getAttribute('title') ?? '', /LiveBench Agentic Coding score \(0–100\)\. Source: LiveBench, release 2026-01-08/);
    const button = header(h, 'lbCoding');
    button.click();
    const lb = numbers(columnValues(h, 'lbCoding'));
    assert.ok(lb.length > 10);
    assert.deepEqual(lb, [...lb].sort((a, b) => b - a), 'highest LiveBench Coding first');
    assert.equal(h.document.activeElement?.textContent, 'LB code', 'the focus stays on the header pressed');
    header(h, 'lbCoding').click();
    const ascending = numbers(columnValues(h, 'lbCoding'));
    assert.deepEqual(ascending, [...ascending].sort((a, b) => a - b), 'a second press sorts lowest first');
    header(h, 'codeArena').click();
    const ranks = columnValues(h, 'codeArena').filter((c) => c !== '—').map((c) => Number(c.slice(1)));
    assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b), 'Code Arena rank: best (lowest) first');
  });

  it('filters by the search box, and goes back to the Arena table with its controls', () => {
    const h = loadWebview('sidebar.js');
    h.deliver(state);
    const search = h.document.querySelector('#search') as HTMLInputElement;
    search.value = 'claude opus';
    search.dispatchEvent(new h.dom.window.Event('input'));
    assert.ok(rows(h).length > 0 && rows(h).every((r) => /Claude Opus/.test(r.textContent ?? '')));
    h.deliver(codeArena);
    assert.equal(h.document.querySelector('#app')?.classList.contains('benchmarks-mode'), false);
    assert.equal(h.document.querySelector('#benchmarkBoard')?.hasAttribute('hidden'), true);
    assert.ok(h.document.querySelectorAll('#leaderboard tbody tr[data-key]').length > 0);
  });

  it('renders hostile names as text', () => {
    const h = loadWebview('sidebar.js');
    const row = state.rows[0];
    assert.ok(row);
    h.deliver({ ...state, rows: [{ ...row, name: '<img src=x onerror=alert(1)>', organization: '<b>lab</b>' }] });
    assert.equal(h.document.querySelector('#benchmarks img, #benchmarks b'), null);
    assert.match(rows(h)[0]?.textContent ?? '', /<img src=x onerror=alert\(1\)>/);
  });
});
