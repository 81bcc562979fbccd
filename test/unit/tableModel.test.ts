import * as assert from 'node:assert/strict';
import { applyQuery, DEFAULT_QUERY, organizations } from '../../src/webview/tableModel';
import { covers, rowWindow, scrollToShow } from '../../src/webview/virtualWindow';
import { buildBoardState } from '../../src/core/views/sidebarState';
import { hostToSidebarSchema } from '../../src/shared/protocol';
import { DEFAULT_WATCH } from './defaults';
import { embeddedSnapshot } from './fixtures';

describe('sidebar state and table queries on the embedded Code Arena board', () => {
  const { data } = embeddedSnapshot();
  const state = buildBoardState(data, { boardId: 'webdev', categoryId: 'overall' }, DEFAULT_WATCH, { kind: 'idle' });

  it('builds a board state that passes the protocol schema, Code Arena first, dated', () => {
    assert.ok(hostToSidebarSchema.safeParse(state).success);
    assert.deepEqual(state.boards.map((b) => b.label), ['Code Arena', 'Text', 'Benchmarks']);
    assert.equal(state.publishDate, '2026-08-19');
    assert.match(state.originNote, /Offline snapshot/);
    assert.match(state.attribution, /CC BY 4\.0/);
    assert.equal(state.rows.length, 117);
    assert.deepEqual(state.rows.filter((r) => r.watched).map((r) => r.model), ['claude-opus-5-max', 'qwen3.7-max-20260517']);
  });

  it('searches every word across model, organisation and licence', () => {
    assert.deepEqual(applyQuery(state.rows, { ...DEFAULT_QUERY, search: 'qwen max' }).map((r) => r.model), ['qwen3.8-max', 'qwen3.7-max-20260517', 'qwen3.6-max-preview']);
    assert.equal(applyQuery(state.rows, { ...DEFAULT_QUERY, search: 'ANTHROPIC opus' }).length, applyQuery(state.rows, { ...DEFAULT_QUERY, search: 'claude-opus' }).length);
  });

  it('sorts by price with unknown prices last, and by votes descending', () => {
    const byPrice = applyQuery(state.rows, { ...DEFAULT_QUERY, sortKey: 'price' });
    const priced = byPrice.filter((r) => r.outputPerM !== null);
    assert.ok(priced.length > 50);
    assert.deepEqual(byPrice.slice(0, priced.length), priced, 'priced rows first');
    for (let i = 1; i < priced.length; i++) assert.ok((priced[i - 1]?.outputPerM ?? 0) <= (priced[i]?.outputPerM ?? 0));
    const byVotes = applyQuery(state.rows, { ...DEFAULT_QUERY, sortKey: 'votes', descending: true });
    assert.ok((byVotes[0]?.votes ?? 0) >= (byVotes[1]?.votes ?? 0));
  });

  it('filters by organisation, licence and preliminary', () => {
    assert.ok(organizations(state.rows).includes('anthropic'));
    const open = applyQuery(state.rows, { ...DEFAULT_QUERY, licence: 'open' });
    assert.ok(open.length > 10 && open.every((r) => r.license !== 'Proprietary'));
    assert.ok(applyQuery(state.rows, { ...DEFAULT_QUERY, organization: 'alibaba' }).every((r) => r.organization === 'alibaba'));
    assert.equal(applyQuery(state.rows, { ...DEFAULT_QUERY, hidePreliminary: true }).length, 117 - 12);
  });
});

describe('virtual window of table rows', () => {
  it('renders the rows in view plus the overscan, clamped to the table', () => {
    assert.deepEqual(rowWindow(393, 0, 600, 30), { start: 0, end: 28 });
    assert.deepEqual(rowWindow(393, 3000, 600, 30), { start: 92, end: 128 });
    assert.deepEqual(rowWindow(393, 99999, 600, 30), { start: 384, end: 393 });
    assert.deepEqual(rowWindow(0, 0, 600, 30), { start: 0, end: 0 });
    assert.deepEqual(rowWindow(10, 0, 0, 0), { start: 0, end: 10 });
    assert.equal(scrollToShow(50, 0, 600, 30), 51 * 30 - 600);
    assert.equal(scrollToShow(5, 600, 600, 30), 150);
    assert.equal(scrollToShow(25, 600, 600, 30), 600);
  });

  it('tells whether a rendered window already holds the rows another one needs', () => {
    assert.equal(covers({ start: 0, end: 20 }, rowWindow(393, 0, 630, 35, 0)), true);
    assert.equal(covers({ start: 0, end: 20 }, rowWindow(393, 0, 900, 35, 0)), false);
    assert.equal(covers({ start: 10, end: 30 }, { start: 9, end: 20 }), false);
  });
});
