/**
 * The extension's webview classes in plain node (a fake `vscode` module, fakeVscode.ts; the store,
 * protocol, page and history are real): the sidebar's listeners go with its view, and a message
 * handler that fails ends in the log, not in an unhandled rejection.
 */
import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { LeaderboardStore } from '../../src/core/store/leaderboardStore';
import type { Log } from '../../src/extension/log';
import { fakeSidebarActions } from './fakeSidebarActions';
import { createdPanels, FakeWebviewHost, Uri, useFakeVscode } from './fakeVscode';
import { embeddedSnapshot, REPO_ROOT } from './fixtures';

useFakeVscode();

const extensionUri = Uri.file(REPO_ROOT) as unknown as vscode.Uri;
const memento = { get: (): undefined => undefined, update: (): Promise<void> => Promise.resolve(), keys: (): string[] => [] } as unknown as vscode.Memento;

/** A log that keeps its lines, and can be waited on for the next error. */
function recordingLog(): Log & { lines: string[]; nextError: Promise<string> } {
  let errorLogged: (line: string) => void = () => undefined;
  const log = {
    lines: [] as string[],
    nextError: new Promise<string>((resolve) => (errorLogged = resolve)),
    info: (m: string) => void log.lines.push(`info ${m}`),
    show: () => undefined,
    warn: (m: string) => void log.lines.push(`warn ${m}`),
    error: (m: string) => {
      log.lines.push(`error ${m}`);
      errorLogged(m);
    },
  };
  return log;
}

/** Resolves with the first unhandled rejection from now on (and stops listening when `stop` is called). */
function watchUnhandledRejections(): { first: Promise<unknown>; stop(): void } {
  let listener: (reason: unknown) => void = () => undefined;
  const first = new Promise<unknown>((resolve) => (listener = resolve));
  process.on('unhandledRejection', listener);
  return { first, stop: () => void process.off('unhandledRejection', listener) };
}


const newStore = (): LeaderboardStore => new LeaderboardStore(() => Promise.resolve(embeddedSnapshot().data));

describe('sidebar view listeners (bug 5a)', () => {
  it('are disposed with each view: none left for old views after resolving three times, none at all after dispose', async () => {
    const { SidebarView } = await import('../../src/extension/sidebarView.js');
    const sidebar = new SidebarView(extensionUri, newStore(), memento, fakeSidebarActions(), recordingLog());
    const views = [new FakeWebviewHost(), new FakeWebviewHost(), new FakeWebviewHost()];
    const resolve = (v: FakeWebviewHost): void => sidebar.resolveWebviewView(v as unknown as vscode.WebviewView);

    resolve(views[0] as FakeWebviewHost);
    assert.equal(views[0]?.undisposedSubscriptions, 3, 'a message listener, a visibility listener and a dispose listener');
    assert.match(views[0]?.webview.html ?? '', /Content-Security-Policy/, 'the real page');
    views[0]?.dispose(); // the user closed the view
    assert.equal(views[0]?.undisposedSubscriptions, 0, 'the listeners of a closed view are disposed with it');

    resolve(views[1] as FakeWebviewHost);
    resolve(views[2] as FakeWebviewHost); // resolved again while the previous view is still there
    assert.deepEqual(views.map((v) => v.undisposedSubscriptions), [0, 0, 3]);

    sidebar.dispose();
    assert.deepEqual(views.map((v) => v.undisposedSubscriptions), [0, 0, 0]);
  });

  it('still serves the view resolved last', async () => {
    const { SidebarView } = await import('../../src/extension/sidebarView.js');
    const sidebar = new SidebarView(extensionUri, newStore(), memento, fakeSidebarActions(), recordingLog());
    const [first, second] = [new FakeWebviewHost(), new FakeWebviewHost()];
    sidebar.resolveWebviewView(first as unknown as vscode.WebviewView);
    first.dispose();
    sidebar.resolveWebviewView(second as unknown as vscode.WebviewView);
    second.webview.messages.fire({ type: 'ready' });
    await new Promise<void>((resolve) => {
      const poll = (): void => (sidebar.isReady && second.webview.posted.length > 0 ? resolve() : void setImmediate(poll));
      poll();
    });
    assert.equal((second.webview.posted[0] as { type: string }).type, 'boardState');
    sidebar.dispose();
  });
});

describe('webview message handlers that fail reach the log', () => {
  it('sidebar: a rejected toggleWatch is an error line with its stack, not an unhandled rejection', async () => {
    const { SidebarView } = await import('../../src/extension/sidebarView.js');
    const log = recordingLog();
    const sidebar = new SidebarView(extensionUri, newStore(), memento, fakeSidebarActions({ toggleWatch: () => Promise.reject(new Error('settings are read-only')) }), log);
    const view = new FakeWebviewHost();
    sidebar.resolveWebviewView(view as unknown as vscode.WebviewView);
    const unhandled = watchUnhandledRejections();
    try {
      view.webview.messages.fire({ type: 'toggleWatch', model: 'qwen3.7-max-20260517' });
      const outcome = await Promise.race([log.nextError.then((line) => ({ line })), unhandled.first.then((reason) => ({ unhandled: reason }))]);
      assert.ok('line' in outcome, `unhandled rejection: ${String((outcome as { unhandled: unknown }).unhandled)}`);
      assert.match(outcome.line, /^sidebar: handling "toggleWatch" failed: Error: settings are read-only\n\s+at /);
    } finally {
      unhandled.stop();
      sidebar.dispose();
    }
  });

  it('comparison panel: a rejected "change models" is an error line, not an unhandled rejection', async () => {
    const { ComparePanel } = await import('../../src/extension/comparePanel.js');
    const { HistoryService } = await import('../../src/extension/historyService.js');
    const log = recordingLog();
    const store = newStore();
    await store.ensureLoaded();
    const files = { read: () => Promise.resolve(null), writeAtomic: () => Promise.resolve() };
    const history = new HistoryService(extensionUri, files, store, log);
    const { joinBenchmarks } = await import('../../src/core/models/benchmarkJoin.js');
    const { buildModelCatalog } = await import('../../src/core/models/modelCatalog.js');
    const panel = new ComparePanel(extensionUri, store, log, () => Promise.reject(new TypeError('quick pick closed')), history, (data) => joinBenchmarks(buildModelCatalog(data), data, null));
    panel.show(['qwen3.7-max-20260517', 'claude-opus-4-7']);
    const host = createdPanels.at(-1);
    assert.ok(host);
    const unhandled = watchUnhandledRejections();
    try {
      host.webview.messages.fire({ type: 'changeModels' });
      const outcome = await Promise.race([log.nextError.then((line) => ({ line })), unhandled.first.then((reason) => ({ unhandled: reason }))]);
      assert.ok('line' in outcome, `unhandled rejection: ${String((outcome as { unhandled: unknown }).unhandled)}`);
      assert.match(outcome.line, /^comparison panel: handling "changeModels" failed: TypeError: quick pick closed\n\s+at /);
    } finally {
      unhandled.stop();
      panel.dispose();
      history.dispose();
    }
    assert.equal(host.undisposedSubscriptions, 0, 'the panel’s listeners are disposed with it');
  });
});
