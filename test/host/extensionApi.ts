/** The running Model Rankings extension's API, activating it if needed. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ExtensionApi } from '../../src/extension/extension';

export const EXTENSION_ID = 'model-rankings.model-rankings';

export async function api(): Promise<ExtensionApi> {
  const extension = vscode.extensions.getExtension<ExtensionApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  return extension.isActive ? extension.exports : await extension.activate();
}

/** Sets the user's watch list (any value: tests also write invalid ones); undefined removes the setting. */
export async function setWatched(models: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('modelRankings').update('watchedModels', models, vscode.ConfigurationTarget.Global);
}
