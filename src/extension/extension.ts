/**
 * Entry point of the Node extension host, kept tiny: registers the view and the commands, then loads the rest
 * (`app.js`) right after activation returns. Nothing here parses data or loads the schema library.
 * The web worker host's entry is `webExtension.ts`.
 */
import type * as vscode from 'vscode';
import { activateWith } from './activation';
import type { ExtensionApi, createApp } from './app';

export type { ExtensionApi } from './app';

export function activate(context: vscode.ExtensionContext): ExtensionApi {
  // A separate bundle (dist/app.js), loaded on first need; see esbuild.js.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return activateWith(context, () => (require('./app.js') as { createApp: typeof createApp }).createApp, 'Node');
}

export function deactivate(): void {}
