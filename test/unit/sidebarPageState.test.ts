/**
 * The board state the sidebar's page carries (issue 14): the page as the extension builds it (webviewHtml, through
 * the fake `vscode` module) with the built script (dist/sidebar.js) in jsdom. The table is drawn from the page before
 * any message; a page state that is not a valid board state is ignored, and the view waits for messages as before.
 */
import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { JSDOM } from 'jsdom';
import { buildBoardState } from '../../src/core/views/sidebarState';
import { PAGE_STATE_ELEMENT_ID, type BoardState } from '../../src/shared/protocol';
import { DEFAULT_WATCH } from './defaults';
import { FakeWebview, Uri, useFakeVscode } from './fakeVscode';
import { embeddedSnapshot, REPO_ROOT } from './fixtures';
import { loadWebview, type WebviewHarness } from './webviewDom';

useFakeVscode();

const extensionUri = Uri.file(REPO_ROOT) as unknown as vscode.Uri;
const HOSTILE = '</script><script>window.__pwned=1</script><!--<script>\u2028\u2029&amp;';

/** The sidebar page as the extension builds it, carrying `state` when given. */
async function sidebarPage(state?: object): Promise<string> {
  const { webviewHtml } = await import('../../src/extension/webviewHtml.js');
  return webviewHtml(new FakeWebview() as unknown as vscode.Webview, extensionUri, 'sidebar.js', 'Model Rankings', state);
}

/** The sidebar page with this raw text in its data block, as a builder that does not escape would write it. */
async function pageWithBlock(text: string): Promise<string> {
  return (await sidebarPage()).replace('<script nonce', `<script type="application/json" id="${PAGE_STATE_ELEMENT_ID}">${text}</script>\n<script nonce`);
}

const rows = (h: WebviewHarness): HTMLTableRowElement[] => [...h.document.querySelectorAll<HTMLTableRowElement>('tbody tr[data-key]')];

describe('sidebar page carrying its first board state (jsdom)', () => {
  const { data } = embeddedSnapshot();
  const state: BoardState = buildBoardState(data, { boardId: 'webdev', categoryId: 'overall' }, DEFAULT_WATCH, { kind: 'idle' });

  it('draws the table from the page before any message, and tells the host it did', async () => {
    const h = loadWebview('sidebar.js', { html: await sidebarPage(state) });
    assert.deepEqual(h.sent, [{ type: 'ready', pageStateShown: true }], 'ready, saying the page state is shown, and nothing else');
    assert.equal(rows(h).length, 28, 'the rows in view (jsdom: the fallback window of 20 + 8), before any message');
    assert.equal(rows(h)[0]?.dataset.key, 'claude-opus-5-max');
    assert.equal(h.document.getElementById('leaderboard')?.getAttribute('aria-rowcount'), '118');
    assert.match(h.document.getElementById('heading')?.textContent ?? '', /^Code Arena · Overall$/);
    assert.doesNotMatch(h.document.getElementById('status')?.textContent ?? '', /Loading/);
    assert.equal(h.document.getElementById(PAGE_STATE_ELEMENT_ID), null, 'the data block is read once and removed');
    // Later messages are handled as before: a status that changed since the page was made.
    h.deliver({ type: 'status', status: { kind: 'error', message: 'Network down' } });
    assert.match(h.document.getElementById('status')?.textContent ?? '', /Network down/);
    assert.equal(rows(h).length, 28);
  });

  it('applies what the view saved (search, selection, details) to the table drawn from the page, as to a message', async () => {
    const savedState = { boardId: 'webdev', categoryId: 'overall', query: { search: 'qwen' }, selectedKey: 'qwen3.7-max-20260517', expanded: true };
    const h = loadWebview('sidebar.js', { html: await sidebarPage(state), savedState });
    assert.deepEqual(h.sent, [
      { type: 'ready', boardId: 'webdev', categoryId: 'overall', pageStateShown: true },
      { type: 'requestHistory', model: 'qwen3.7-max-20260517' },
    ], 'ready, then the history for the details shown again');
    assert.equal((h.document.getElementById('search') as HTMLInputElement).value, 'qwen');
    assert.ok(rows(h).length > 0 && rows(h).every((r) => r.textContent?.toLowerCase().includes('qwen')));
    assert.equal(h.document.querySelector('tr.selected')?.getAttribute('data-key'), 'qwen3.7-max-20260517');
    assert.match(h.document.getElementById('details')?.textContent ?? '', /qwen3\.7-max-20260517/);
  });

  it('shows hostile names from the page as text: the escaped block parses back to the same state', async () => {
    const hostile = { ...state, rows: state.rows.map((r, i) => (i === 0 ? { ...r, name: HOSTILE, organization: HOSTILE } : r)) };
    const html = await sidebarPage(hostile);
    const h = loadWebview('sidebar.js', { html });
    assert.deepEqual(h.sent, [{ type: 'ready', pageStateShown: true }]);
    assert.equal(rows(h)[0]?.querySelector('td.model .name')?.firstChild?.textContent, HOSTILE);
    assert.equal(h.document.querySelectorAll('script').length, 1, 'only the page’s own script element: nothing came out of the data block');
    assert.equal((h.dom.window as unknown as { __pwned?: number }).__pwned, undefined);
  });

  for (const [what, text] of [
    ['a block cut short by an unescaped </script> in a name', JSON.stringify({ ...state, rows: [{ ...state.rows[0], name: HOSTILE }] })],
    ['a board state that does not fit the protocol', JSON.stringify({ ...state, rows: 'nope' })],
    ['another message than a board state', JSON.stringify({ type: 'reveal', model: 'qwen3.7-max-20260517' })],
    ['text that is not JSON', '{"type":"boardState",'],
    ['an empty block', ''],
  ] as const) {
    it(`ignores ${what}: the view waits for messages, as without one`, async () => {
      const h = loadWebview('sidebar.js', { html: await pageWithBlock(text) });
      assert.deepEqual(h.sent, [{ type: 'ready' }], 'ready without saying a page state is shown: the host sends the board state');
      assert.equal(rows(h).length, 0);
      assert.match(h.document.getElementById('status')?.textContent ?? '', /Loading/);
      assert.equal((h.dom.window as unknown as { __pwned?: number }).__pwned, undefined);
      h.deliver(state);
      assert.equal(rows(h).length, 28, 'the board state message draws the table');
    });
  }

  it('keeps a U+2028 or U+2029 in a name as it is, escaped or not', async () => {
    const named = (name: string): BoardState => ({ ...state, rows: state.rows.map((r, i) => (i === 0 ? { ...r, name } : r)) });
    const name = 'Line\u2028Paragraph\u2029End';
    for (const html of [await sidebarPage(named(name)), await pageWithBlock(JSON.stringify(named(name)))]) {
      const h = loadWebview('sidebar.js', { html });
      assert.deepEqual(h.sent, [{ type: 'ready', pageStateShown: true }]);
      assert.equal(rows(h)[0]?.querySelector('td.model .name')?.firstChild?.textContent, name);
    }
  });
});

describe('the page builder (webviewHtml) with a page state', () => {
  const { data } = embeddedSnapshot();
  const state: BoardState = buildBoardState(data, { boardId: 'webdev', categoryId: 'overall' }, DEFAULT_WATCH, { kind: 'idle' });

  it('escapes what could end the data block early, and the block parses back to the same state', async () => {
    const { inertJson } = await import('../../src/extension/webviewHtml.js');
    const value = { text: HOSTILE };
    const json = inertJson(value);
    assert.doesNotMatch(json, /[<>&\u2028\u2029]/, 'none of < > & U+2028 U+2029 is left as itself');
    assert.equal(json, '{"text":"\\u003c/script\\u003e\\u003cscript\\u003ewindow.__pwned=1\\u003c/script\\u003e\\u003c!--\\u003cscript\\u003e\\u2028\\u2029\\u0026amp;"}');
    assert.deepEqual(JSON.parse(json), value);

    const hostile = { ...state, rows: state.rows.map((r, i) => (i === 0 ? { ...r, name: HOSTILE } : r)) };
    const html = await sidebarPage(hostile);
    const doc = new JSDOM(html).window.document;
    assert.deepEqual(JSON.parse(doc.getElementById(PAGE_STATE_ELEMENT_ID)?.textContent ?? ''), hostile);
    assert.equal((html.match(/<\/script/gi) ?? []).length, 2, 'one end tag for the data block and one for the script: none from the data');
  });

  it('keeps the strict CSP: a nonce for scripts, no unsafe-inline or eval, and the nonce’d script is the only one that runs', async () => {
    const html = await sidebarPage(state);
    const doc = new JSDOM(html).window.document;
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    assert.match(csp, /script-src 'nonce-[A-Za-z0-9+/=]{24}'(;|$)/);
    assert.match(csp, /default-src 'none'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    const scripts = [...doc.querySelectorAll('script')];
    assert.deepEqual(scripts.map((s) => s.getAttribute('type')), ['application/json', null], 'a JSON data block (which no browser runs) and the script');
    assert.equal(scripts[0]?.hasAttribute('nonce'), false, 'the data block has no nonce: under the CSP it could never run');
    assert.ok(scripts[1]?.getAttribute('nonce') && scripts[1].getAttribute('src')?.endsWith('/dist/sidebar.js'));
    assert.equal(doc.querySelectorAll('[style], style').length, 0, 'no inline styles');
  });

  it('builds the page without a data block when given no state (as before)', async () => {
    const doc = new JSDOM(await sidebarPage()).window.document;
    assert.equal(doc.getElementById(PAGE_STATE_ELEMENT_ID), null);
    assert.equal(doc.querySelectorAll('script').length, 1);
  });
});
