/**
 * Configuration read in one place, validated, with defaults on bad values. Setting keys live
 * here and in package.json only.
 */
import * as vscode from 'vscode';
import { isValidWatchQuery } from '../core/watchList';

export const SECTION = 'modelRankings';

export interface Settings {
  /** Models in the status bar: names (`qwen3.7-max`) or `top:<organization>`. */
  readonly watchedModels: readonly string[];
  readonly statusBarBoard: string;
  readonly statusBarCategory: string;
  readonly statusBarEnabled: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  watchedModels: ['qwen3.7-max', 'top:anthropic'],
  statusBarBoard: 'webdev',
  statusBarCategory: 'overall',
  statusBarEnabled: true,
};

const ID_PATTERN = /^[a-z0-9_.-]{1,100}$/i;

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' && ID_PATTERN.test(value) ? value : fallback;
}

/** Reads and validates the settings; a bad value falls back to its default. */
export function readSettings(config: vscode.WorkspaceConfiguration = vscode.workspace.getConfiguration(SECTION)): Settings {
  const watched = config.get<unknown>('watchedModels');
  return {
    watchedModels: Array.isArray(watched)
      ? watched.filter((q): q is string => typeof q === 'string' && isValidWatchQuery(q)).map((q) => q.trim()).slice(0, 20)
      : DEFAULT_SETTINGS.watchedModels,
    statusBarBoard: stringOr(config.get<unknown>('statusBar.board'), DEFAULT_SETTINGS.statusBarBoard),
    statusBarCategory: stringOr(config.get<unknown>('statusBar.category'), DEFAULT_SETTINGS.statusBarCategory),
    statusBarEnabled: config.get<unknown>('statusBar.enabled') !== false,
  };
}

/** Saves the watch list to the user's settings. */
export async function saveWatchedModels(models: readonly string[]): Promise<void> {
  await vscode.workspace.getConfiguration(SECTION).update('watchedModels', [...models], vscode.ConfigurationTarget.Global);
}

/** Calls back (with fresh settings) when any of this extension's settings change. */
export function onSettingsChanged(listener: (settings: Settings) => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration(SECTION)) listener(readSettings());
  });
}
