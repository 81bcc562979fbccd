/**
 * Entry point, kept tiny: registers the view and the commands, then loads the rest (`app.js`)
 * right after activation returns. Nothing here parses data or loads the schema library.
 */
import * as vscode from 'vscode';
import { COMMANDS, SIDEBAR_VIEW_ID } from './commandIds';
import type { App, ExtensionApi, createApp } from './app';

export type { ExtensionApi } from './app';

export function activate(context: vscode.ExtensionContext): ExtensionApi {
  const started = performance.now();
  let app: App | undefined;
  const load = (): App => {
    // A separate bundle (dist/app.js), loaded on first need; see esbuild.js.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    app ??= (require('./app.js') as { createApp: typeof createApp }).createApp(context, activationMs);
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

export function deactivate(): void {}
