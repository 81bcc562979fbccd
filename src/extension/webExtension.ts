/**
 * Entry point of the web worker extension host (vscode.dev, github.dev; `browser` in package.json): one bundle,
 * `dist/web.js`, since a web worker cannot `require` a second file. Does what `extension.ts` does.
 */
import type * as vscode from 'vscode';
import { activateWith } from './activation';
import { createApp, type ExtensionApi } from './app';

export type { ExtensionApi } from './app';

export function activate(context: vscode.ExtensionContext): ExtensionApi {
  return activateWith(context, () => createApp, 'web worker');
}

export function deactivate(): void {}
