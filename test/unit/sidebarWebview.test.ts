/**
 * The sidebar script as built (dist/sidebar.js) running in jsdom with a fake acquireVsCodeApi:
 * what a user sees and does in the table, without VS Code.
 */
import * as assert from 'node:assert/strict';
import { buildBoardState } from '../../src/core/views/sidebarState';
import type { BoardState } from '../../src/shared/protocol';
import { DEFAULT_WATCH } from './defaults';
import { embeddedSnapshot } from './fixtures';
import { loadWebview, type WebviewHarness } from './webviewDom';

interface Harness extends WebviewHarness {
  rows(): HTMLTableRowElement[];
  /** Types `text` into the search box (replacing what was there), as one input event. */
  type(text: string): void;
}

/** The model name a row shows: the name's own text (the comparison mark, variant and badge are elements beside it). */
function shownName(row: HTMLTableRowElement | undefined): string | undefined {
  const cell = row?.querySelector('td.model .name');
  return cell ? [...cell.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('') : undefined;
}

function openSidebar(): Harness {
  const h = loadWebview('sidebar.js');
  const type = (text: string): void => {
    const search = h.document.getElementById('search') as HTMLInputElement;
    search.value = text;
    search.dispatchEvent(new h.dom.window.Event('input'));
  };
  return { ...h, type, rows: () => [...h.document.querySelectorAll<HTMLTableRowElement>('tbody tr[data-key]')] };
}

describe('sidebar webview script (jsdom)', () => {
  const { data } = embeddedSnapshot();
  const state: BoardState = buildBoardState(data, { boardId: 'webdev', categoryId: 'overall' }, DEFAULT_WATCH, { kind: 'idle' });

  it('says ready first, shows loading, then announces all 117 rows and renders the ones in view, with date and attribution', () => {
    const h = openSidebar();
    assert.deepEqual(h.sent[0], { type: 'ready' });
    assert.match(h.dom.window.document.getElementById('status')?.textContent ?? '', /Loading/);
    h.deliver(state);
    assert.equal(h.dom.window.document.getElementById('leaderboard')?.getAttribute('aria-rowcount'), '118');
    // Virtualised: jsdom has no layout, so the fallback window (20 rows + 8 overscan) is rendered, then a spacer.
    assert.equal(h.rows().length, 28);
    assert.equal(h.rows()[27]?.getAttribute('aria-rowindex'), '29');
    assert.equal(h.dom.window.document.querySelectorAll('tbody tr.spacer').length, 1);
    const doc = h.dom.window.document;
    assert.match(doc.getElementById('dateLine')?.textContent ?? '', /Published 2026-08-19 · Offline snapshot/);
    assert.match(doc.getElementById('attribution')?.textContent ?? '', /lmarena-ai\/leaderboard-dataset.*CC BY 4\.0/);
    const qwen = h.rows().find((r) => r.dataset.key === 'qwen3.7-max-20260517');
    assert.ok(qwen);
    const cells = [...qwen.cells].map((c) => c.textContent);
    assert.deepEqual(cells.slice(0, 6), ['2823–32', '★', 'Qwen3.7-Max', '1517', '±8', '8,373']);
    // The board's own entry name, and where else the same model ranks, are in the name's tooltip.
    assert.match(qwen.cells[2]?.title ?? '', /^Qwen3\.7-Max\nListed as qwen3\.7-max-20260517\nAlso Text #\d+ as qwen3\.7-max-preview$/);
    const opus5 = h.rows().find((r) => r.dataset.key === 'claude-opus-5-max');
    assert.equal(opus5?.querySelector('td.model')?.textContent, 'Claude Opus 5 · max', 'an effort variant reads as the model and its level');
    assert.equal(cells[8], '$1.475 · $4.425');
    assert.equal(cells[9], '1M');
  });

  it("paints a new board's rows in view first, even when its first frame resizes the view, and adds the margin after that frame", async () => {
    // 35 px rows (jsdom measures none: the fallback height) in a 700 px view: 20 rows in view, 8 more above and below as the margin.
    const h = loadWebview('sidebar.js', { viewportHeight: 700 });
    const rows = (): number => h.document.querySelectorAll('tbody tr[data-key]').length;
    const afterFrame = (): Promise<void> => new Promise((resolve) => h.dom.window.setTimeout(resolve, 0));
    /** The view takes a new height, which the frame's resize observers report. */
    const resize = (px: number): void => {
      h.setViewportHeight(px);
      h.resizeObservers();
    };
    h.deliver(state);
    assert.equal(rows(), 20, 'the first render holds the rows in view only');
    // The board's header is taller than "Loading…": the frame's resize observers see a shorter view (18 rows).
    resize(630);
    assert.equal(rows(), 20, 'the resize in the first frame neither adds the margin nor drops a row before the paint');
    h.animationFrame();
    await afterFrame();
    assert.equal(rows(), 18 + 8, 'after the first frame: the rows in view and the margin below them');
    // A resize later (no first frame pending) renders the margin at once.
    resize(900);
    assert.equal(rows(), 26 + 8);
    // A new board whose first frame finds a taller view renders the rows that came into view, still without the margin.
    resize(630);
    h.deliver({ ...state, categoryId: 'webdev-react' });
    assert.equal(rows(), 18, 'the new board: rows in view only');
    resize(900);
    assert.equal(rows(), 26, 'the rows that came into view, no margin yet');
    h.animationFrame();
    await afterFrame();
    assert.equal(rows(), 26 + 8);
  });

  it('renders hostile names as inert text', () => {
    const h = openSidebar();
    const hostile = '<img src=x onerror="window.__pwned=1"></table><script>window.__pwned=2</script>';
    const rows = state.rows.map((r, i) => (i === 0 ? { ...r, model: hostile, name: hostile, variant: hostile, key: hostile, organization: '<b>x</b>' } : r));
    h.deliver({ ...state, rows });
    const doc = h.dom.window.document;
    assert.equal(doc.querySelector('tbody img, tbody script, tbody b'), null);
    assert.equal(shownName(h.rows()[0]), hostile);
    assert.equal(h.rows()[0]?.querySelector('td.model .variant')?.textContent, ` · ${hostile}`);
    assert.equal((h.dom.window as unknown as { __pwned?: number }).__pwned, undefined);
  });

  it('filters as the user types and sorts when a header is clicked', () => {
    const h = openSidebar();
    h.deliver(state);
    const doc = h.dom.window.document;
    h.type('claude opus');
    assert.ok(h.rows().length > 3 && h.rows().every((r) => shownName(r)?.startsWith('Claude Opus')));
    // The board's own name finds the model too.
    h.type('qwen3.7-max-2026');
    assert.deepEqual(h.rows().map((r) => shownName(r)), ['Qwen3.7-Max']);
    assert.match(doc.getElementById('count')?.textContent ?? '', /of 117 models/);
    h.type('zzz-no-such-model');
    assert.equal(h.rows().length, 0);
    assert.equal(doc.getElementById('empty')?.hidden, false);
    h.type('');
    (doc.querySelector('button[data-sort="votes"]') as HTMLButtonElement).click();
    const votes = h.rows().map((r) => Number(r.cells[5]?.textContent?.replace(/,/g, '')));
    assert.deepEqual(votes, [...votes].sort((a, b) => b - a));
    assert.equal(doc.querySelector('button[data-sort="votes"]')?.parentElement?.getAttribute('aria-sort'), 'descending');
  });

  it('while typing, shows exactly the matching rows in order and leaves rows that still match in place', () => {
    const h = openSidebar();
    h.deliver(state);
    const doc = h.dom.window.document;
    const expected = (text: string): string[] => state.rows.filter((r) => `${r.model} ${r.organization} ${r.license}`.toLowerCase().includes(text)).map((r) => r.key);
    h.type('c');
    const before = new Map(h.rows().map((tr) => [tr.dataset.key, tr]));
    h.type('cl');
    assert.deepEqual(h.rows().map((tr) => tr.dataset.key), expected('cl').slice(0, h.rows().length));
    assert.deepEqual(h.rows().map((tr) => tr.getAttribute('aria-rowindex')), h.rows().map((_, i) => String(i + 2)), 'row indices follow the new order');
    const kept = h.rows().filter((tr) => before.get(tr.dataset.key) === tr);
    assert.ok(kept.length >= 10, `rows matching both "c" and "cl" are the same elements (kept ${kept.length})`);
    // Selecting a row rebuilds only the rows whose selection changed, and the result is consistent.
    h.press('ArrowDown');
    assert.deepEqual([...doc.querySelectorAll('tr.selected')].map((tr) => tr.getAttribute('data-key')), [expected('cl')[1]]);
    assert.equal(doc.querySelectorAll('tbody tr[tabindex="0"]').length, 1);
    h.type('');
    assert.deepEqual(h.rows().map((tr) => tr.dataset.key), state.rows.slice(0, h.rows().length).map((r) => r.key));
    assert.equal(doc.querySelectorAll('tr.selected').length, 1, 'the selection survives clearing the search');
  });

  it('moves with the arrow keys, opens details with Enter, watches with W, and asks the host to switch boards', () => {
    const h = openSidebar();
    h.deliver(state);
    const doc = h.dom.window.document;
    const key = h.press;
    key('ArrowDown');
    key('ArrowDown');
    assert.equal(doc.querySelector('tr.selected')?.getAttribute('data-key'), 'qwen3.8-max');
    key('Enter');
    const details = doc.getElementById('details');
    assert.equal(details?.hidden, false);
    assert.match(details?.textContent ?? '', /qwen3\.8-max.*Rank 3 .*Score 1668\.8/);
    key('w');
    assert.deepEqual(h.sent.at(-1), { type: 'toggleWatch', model: 'qwen3.8-max' });
    key('End');
    assert.equal(doc.querySelector('tr.selected')?.getAttribute('data-key'), state.rows.at(-1)?.key, 'End renders and selects the last row');
    const board = doc.getElementById('board') as HTMLSelectElement;
    board.value = 'text_style_control';
    board.dispatchEvent(new h.dom.window.Event('change'));
    assert.deepEqual(h.sent.at(-1), { type: 'selectBoard', boardId: 'text_style_control' });
  });

  it('picks models for a comparison with C, then asks the host to compare them', () => {
    const h = openSidebar();
    h.deliver(state);
    const doc = h.dom.window.document;
    const key = h.press;
    key('ArrowDown');
    key('c');
    key('ArrowDown');
    key('c');
    const button = doc.getElementById('compare') as HTMLButtonElement;
    assert.equal(button.textContent, 'Compare 2');
    assert.equal(doc.querySelectorAll('tr.marked').length, 2);
    button.click();
    assert.deepEqual(h.sent.at(-1), { type: 'compare', models: ['kimi-k3-max', 'qwen3.8-max'] });
    const context = JSON.parse(h.rows()[0]?.getAttribute('data-vscode-context') ?? '{}') as { webviewSection?: string; model?: string };
    assert.deepEqual([context.webviewSection, context.model], ['row', 'claude-opus-5-max']);
  });

  it("pins the editor's own models above the table; a click selects the row", () => {
    const h = openSidebar();
    const withYours = buildBoardState(data, { boardId: 'webdev', categoryId: 'overall' }, DEFAULT_WATCH, { kind: 'idle' }, [
      { id: 'claude-opus-5', name: 'Claude Opus 5', vendor: 'copilot', family: 'claude-opus-5', version: '1' },
      { id: 'gpt-9', name: 'GPT-9', vendor: 'copilot', family: 'gpt-9', version: '1' },
    ]);
    h.deliver(withYours);
    const buttons = [...h.dom.window.document.querySelectorAll<HTMLButtonElement>('#yourModels button')];
    assert.deepEqual(buttons.map((b) => b.textContent), ['Claude Opus 5 → #1 claude-opus-5-max (proxy: an effort variant)', 'GPT-9 → not on this board']);
    assert.equal(buttons[1]?.disabled, true);
    buttons[0]?.click();
    assert.equal(h.dom.window.document.querySelector('tr.selected')?.getAttribute('data-key'), 'claude-opus-5-max');
  });

  it('scrolls to and selects a revealed model, clearing a search that hid it', () => {
    const h = openSidebar();
    h.deliver(state);
    const doc = h.dom.window.document;
    const search = doc.getElementById('search') as HTMLInputElement;
    h.type('gemini');
    h.deliver({ type: 'reveal', model: 'qwen3.7-max-20260517' });
    assert.equal(search.value, '');
    assert.equal(doc.querySelector('tr.selected')?.getAttribute('data-key'), 'qwen3.7-max-20260517');
  });

  it('ignores messages that do not fit the protocol and shows errors with a Retry button', () => {
    const h = openSidebar();
    h.deliver({ type: 'boardState', rows: 'nope' });
    h.deliver('<img src=x>');
    assert.equal(h.rows().length, 0);
    h.deliver({ type: 'status', status: { kind: 'error', message: 'Network down' } });
    const status = h.dom.window.document.getElementById('status');
    assert.match(status?.textContent ?? '', /Network down/);
    (status?.querySelector('button') as HTMLButtonElement).click();
    assert.deepEqual(h.sent.at(-1), { type: 'refresh' });
  });

  it("gives the error banner a Show log button that asks the extension to open its log, and an offline first start a calm line with Try now", () => {
    const h = openSidebar();
    h.deliver(state);
    const message = 'Code Arena could not be updated: the data it sent could not be read. Showing the data published 2026-08-19; next try in 1 minute.';
    h.deliver({ type: 'status', status: { kind: 'error', message } });
    const status = h.document.getElementById('status') as HTMLElement;
    assert.equal(status.className, 'status error');
    const buttons = [...status.querySelectorAll('button')];
    assert.deepEqual(buttons.map((b) => b.textContent), ['Retry', 'Show log']);
    assert.equal(status.firstChild?.textContent, message, 'the sentence first, as text');
    buttons[1]?.click();
    assert.deepEqual(h.sent.at(-1), { type: 'showLog' });
    h.deliver({ type: 'status', status: { kind: 'notice', message: 'Offline: showing the snapshot shipped with the extension, published 2026-08-19. Will try again in 1 minute.' } });
    assert.equal(status.className, 'status notice');
    assert.deepEqual([...status.querySelectorAll('button')].map((b) => b.textContent), ['Try now']);
    status.querySelector('button')?.click();
    assert.deepEqual(h.sent.at(-1), { type: 'refresh' });
    h.deliver({ type: 'status', status: { kind: 'idle' } });
    assert.equal(status.querySelectorAll('button').length, 0);
  });
});
