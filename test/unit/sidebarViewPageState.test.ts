/**
 * The sidebar view (the extension's side, through the fake `vscode` module; store, protocol and page are real) and
 * the board state its page carries (issue 14): the page is built with the board state when the data is loaded, the
 * host then sends only what changed since, and a hidden view's page is rebuilt so it is current when shown again.
 */
import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { JSDOM } from 'jsdom';
import { LeaderboardStore } from '../../src/core/store/leaderboardStore';
import type { Log } from '../../src/extension/log';
import type { SidebarView as SidebarViewType } from '../../src/extension/sidebarView';
import { fakeSidebarActions } from './fakeSidebarActions';
import { PAGE_STATE_ELEMENT_ID, type BoardState, type HostToSidebar } from '../../src/shared/protocol';
import { FakeWebviewHost, Uri, useFakeVscode } from './fakeVscode';
import { embeddedSnapshot, REPO_ROOT } from './fixtures';

useFakeVscode();

const extensionUri = Uri.file(REPO_ROOT) as unknown as vscode.Uri;
const log: Log = { info: () => undefined, warn: () => undefined, error: (m: string) => assert.fail(`logged an error: ${m}`), show: () => undefined };

function memento(selection?: object): vscode.Memento {
  return { get: () => selection, update: () => Promise.resolve(), keys: () => [] } as unknown as vscode.Memento;
}

const actions = fakeSidebarActions();

/** The board state in the view's page, or null when the page carries none. */
function pageState(view: FakeWebviewHost): BoardState | null {
  const text = new JSDOM(view.webview.html).window.document.getElementById(PAGE_STATE_ELEMENT_ID)?.textContent;
  return text ? (JSON.parse(text) as BoardState) : null;
}

/** Sends `ready` from the view and resolves once the host has handled it (its answer, if any, is posted by then). */
async function ready(sidebar: SidebarViewType, view: FakeWebviewHost, message: object): Promise<HostToSidebar[]> {
  const before = view.webview.posted.length;
  view.webview.messages.fire({ type: 'ready', ...message });
  // The handler awaits the store's load (already done): a few turns of the event loop, until it marked the view ready.
  await new Promise<void>((resolve) => {
    const poll = (): void => (sidebar.isReady ? resolve() : void setImmediate(poll));
    poll();
  });
  await new Promise<void>((resolve) => setImmediate(resolve));
  return view.webview.posted.slice(before) as HostToSidebar[];
}

async function loadedSidebar(selection?: object): Promise<{ sidebar: SidebarViewType; store: LeaderboardStore }> {
  const { SidebarView } = await import('../../src/extension/sidebarView.js');
  const store = new LeaderboardStore(() => Promise.resolve(embeddedSnapshot().data));
  await store.ensureLoaded();
  return { sidebar: new SidebarView(extensionUri, store, memento(selection), actions, log), store };
}

describe('sidebar view: the board state in its page (issue 14)', () => {
  it('builds the page with the board state when the data is loaded; the page drew it, so ready is answered with nothing', async () => {
    const { sidebar } = await loadedSidebar();
    const view = new FakeWebviewHost();
    sidebar.resolveWebviewView(view as unknown as vscode.WebviewView);
    const carried = pageState(view);
    assert.equal(carried?.type, 'boardState');
    assert.equal(carried?.boardId, 'webdev', 'Code Arena, the default board');
    assert.equal(carried?.rows.length, 117);
    assert.deepEqual(await ready(sidebar, view, { pageStateShown: true }), [], 'no second render of the same board');
    sidebar.dispose();
  });

  it('sends the board state on ready when the page could not draw its own (as before)', async () => {
    const { sidebar } = await loadedSidebar();
    const view = new FakeWebviewHost();
    sidebar.resolveWebviewView(view as unknown as vscode.WebviewView);
    const posted = await ready(sidebar, view, {});
    assert.deepEqual(posted.map((m) => m.type), ['boardState']);
    assert.deepEqual(posted[0], pageState(view));
    sidebar.dispose();
  });

  it('builds the page without a board state while the data is loading, and sends it on ready (as before)', async () => {
    const { SidebarView } = await import('../../src/extension/sidebarView.js');
    const store = new LeaderboardStore(() => Promise.resolve(embeddedSnapshot().data));
    const sidebar = new SidebarView(extensionUri, store, memento(), actions, log);
    const view = new FakeWebviewHost();
    sidebar.resolveWebviewView(view as unknown as vscode.WebviewView);
    assert.equal(pageState(view), null);
    const posted = await ready(sidebar, view, {});
    assert.deepEqual(posted.map((m) => m.type), ['boardState']);
    sidebar.dispose();
  });

  it('answers the ready of a page hidden while the data loads with nothing: its view is not ready, and the next page carries the board', async () => {
    const { SidebarView } = await import('../../src/extension/sidebarView.js');
    let load: (data: ReturnType<typeof embeddedSnapshot>['data']) => void = () => undefined;
    const store = new LeaderboardStore(() => new Promise((resolve) => (load = resolve)));
    const sidebar = new SidebarView(extensionUri, store, memento(), actions, log);
    const view = new FakeWebviewHost();
    sidebar.resolveWebviewView(view as unknown as vscode.WebviewView);
    view.webview.messages.fire({ type: 'ready' });
    view.hide();
    load(embeddedSnapshot().data);
    await store.ensureLoaded();
    await new Promise<void>((resolve) => setImmediate(resolve));
    assert.equal(sidebar.isReady, false);
    assert.deepEqual(view.webview.posted, []);
    assert.equal(pageState(view)?.rows.length, 117, 'the hidden view’s page was rebuilt when the data came');
    view.show();
    assert.deepEqual(await ready(sidebar, view, { pageStateShown: true }), []);
    sidebar.dispose();
  });

  it('sends what changed between the page and ready: a status alone, or the new board state', async () => {
    const { sidebar, store } = await loadedSidebar();
    const view = new FakeWebviewHost();
    sidebar.resolveWebviewView(view as unknown as vscode.WebviewView);
    store.setStatus({ kind: 'error', message: 'Code Arena could not be updated.' });
    assert.deepEqual(await ready(sidebar, view, { pageStateShown: true }), [{ type: 'status', status: { kind: 'error', message: 'Code Arena could not be updated.' } }]);

    const again = new FakeWebviewHost();
    sidebar.resolveWebviewView(again as unknown as vscode.WebviewView);
    const data = store.current;
    assert.ok(data);
    store.replace({ ...data, provenance: { ...data.provenance, origin: 'live', retrievedAt: '2026-08-20T08:00:00Z' } });
    const posted = await ready(sidebar, again, { pageStateShown: true });
    assert.deepEqual(posted.map((m) => m.type), ['boardState'], 'new data: the whole board state');
    assert.notDeepEqual(posted[0], pageState(again));
    sidebar.dispose();
  });

  it("builds the page for the board the view showed last (its saved state) when the host has no choice of its own, and the host's choice otherwise", async () => {
    const saved = { state: { boardId: 'text_style_control', categoryId: 'coding', query: { search: 'claude' } } } as unknown as vscode.WebviewViewResolveContext;
    const { sidebar } = await loadedSidebar();
    const view = new FakeWebviewHost();
    sidebar.resolveWebviewView(view as unknown as vscode.WebviewView, saved);
    assert.deepEqual([pageState(view)?.boardId, pageState(view)?.categoryId], ['text_style_control', 'coding']);
    assert.deepEqual(await ready(sidebar, view, { boardId: 'text_style_control', categoryId: 'coding', pageStateShown: true }), []);
    sidebar.dispose();

    const chosen = await loadedSidebar({ boardId: 'webdev', categoryId: 'overall' });
    const other = new FakeWebviewHost();
    chosen.sidebar.resolveWebviewView(other as unknown as vscode.WebviewView, saved);
    assert.equal(pageState(other)?.boardId, 'webdev', 'as on ready: the host’s own choice wins');
    chosen.sidebar.dispose();
  });

  it('rebuilds a hidden view’s page with each change, so the view shown again draws the current board at once', async () => {
    const { sidebar, store } = await loadedSidebar();
    const view = new FakeWebviewHost();
    sidebar.resolveWebviewView(view as unknown as vscode.WebviewView);
    await ready(sidebar, view, { pageStateShown: true });
    view.hide();
    const postedAtHide = view.webview.posted.length;
    assert.equal(sidebar.isReady, false, 'a hidden view has no page');
    // Switch Board / a status bar click while the view is hidden.
    sidebar.reveal('qwen3.7-max-preview', { boardId: 'text_style_control', categoryId: 'overall' });
    assert.equal(pageState(view)?.boardId, 'text_style_control');
    store.setStatus({ kind: 'notice', message: 'Offline.' });
    assert.deepEqual(pageState(view)?.status, { kind: 'notice', message: 'Offline.' });
    assert.equal(view.webview.posted.length, postedAtHide, 'nothing posted to a hidden view');
    view.show();
    const posted = await ready(sidebar, view, { boardId: 'webdev', categoryId: 'overall', pageStateShown: true });
    assert.deepEqual(posted, [{ type: 'reveal', model: 'qwen3.7-max-preview' }], 'the board is drawn from the page; only the reveal is sent');
    sidebar.dispose();
  });
});
