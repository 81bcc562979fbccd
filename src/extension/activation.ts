/**
 * What both entry points do on activation: register the view and the commands, then create the app (every
 * service) right after activation returns, or earlier when the view or a command needs it.
 */
import * as vscode from 'vscode';
import { COMMANDS, SIDEBAR_VIEW_ID } from './commandIds';
import type { App, ExtensionApi, ExtensionHostKind, createApp } from './app';

/**
 * Activates with `loadApp` giving the app's factory: in the Node host it loads the second bundle
 * (`dist/app.js`), in the web worker (one bundle, no `require` of files) it is already there.
 */
export function activateWith(context: vscode.ExtensionContext, loadApp: () => typeof createApp, host: ExtensionHostKind): ExtensionApi {
  const started = performance.now();
  let app: App | undefined;
  const load = (): App => {
    app ??= loadApp()(context, activationMs, host);
    return app;
  };
  context.subscriptions.push(
    vscode.window.registerWebviewViewProvider(SIDEBAR_VIEW_ID, { resolveWebviewView: (view, state, token) => load().sidebar.resolveWebviewView(view, state, token) }),
    ...Object.values(COMMANDS).map((id) => vscode.commands.registerCommand(id, (...args: unknown[]) => load().commands[id](...args))),
  );
  const activationMs = performance.now() - started;
  setTimeout(load, 0);
  return {
    get store() {
      return load().api.store;
    },
    statusText: () => load().api.statusText(),
    sidebar: () => load().api.sidebar(),
    comparison: () => load().api.comparison(),
    refresh: (force) => load().api.refresh(force),
    alerts: () => load().api.alerts(),
    editorModels: () => load().api.editorModels(),
    watchedModels: () => load().api.watchedModels(),
    benchmarkSources: () => load().api.benchmarkSources(),
    refreshBenchmarks: () => load().api.refreshBenchmarks(),
  };
}
