/**
 * Configuration read in one place, validated, with defaults on bad values. Setting keys live
 * here and in package.json only.
 */
import * as vscode from 'vscode';
import { isValidWatchQuery } from '../core/models/watchList';
import { normaliseBaseUrl } from '../core/sources/urlPolicy';
import type { BoardRequest, RefreshConfig } from '../core/refresh/refreshService';
import { ARENA_DATASET } from '../core/boards/leaderboard';
import { SETTING_DEFAULTS as D } from './settingsDefaults';
import { liveBenchEndpoints, type LiveBenchEndpoints } from '../core/sources/liveBenchSource';

export const SECTION = 'modelRankings';

export interface Settings {
  /** Models in the status bar: names (`qwen3.7-max`) or `top:<organization>`. */
  readonly watchedModels: readonly string[];
  /** False while the user never set the watch list: then the status bar follows the editor's own models. */
  readonly watchedModelsUserSet: boolean;
  readonly statusBarBoard: string;
  readonly alertsEnabled: boolean;
  readonly alertsMinIntervalMs: number;
  readonly statusBarCategory: string;
  readonly statusBarEnabled: boolean;
}

const HOUR_MS = 3600 * 1000;

export const DEFAULT_SETTINGS: Settings = {
  watchedModels: D.watchedModels,
  watchedModelsUserSet: false,
  statusBarBoard: D['statusBar.board'],
  alertsEnabled: D['alerts.enabled'],
  alertsMinIntervalMs: D['alerts.minIntervalHours'] * HOUR_MS,
  statusBarCategory: D['statusBar.category'],
  statusBarEnabled: D['statusBar.enabled'],
};

const ID_PATTERN = /^[a-z0-9_.-]{1,100}$/i;

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' && ID_PATTERN.test(value) ? value : fallback;
}

/** Reads and validates the settings; a bad value falls back to its default. */
export function readSettings(config: vscode.WorkspaceConfiguration = vscode.workspace.getConfiguration(SECTION)): Settings {
  const watched = config.get<unknown>('watchedModels');
  const inspected = config.inspect<unknown>('watchedModels');
  const userSet = [inspected?.globalValue, inspected?.workspaceValue, inspected?.workspaceFolderValue].some((v) => v !== undefined);
  const hours = config.get<unknown>('alerts.minIntervalHours');
  return {
    watchedModelsUserSet: userSet,
    alertsEnabled: config.get<unknown>('alerts.enabled') !== false,
    alertsMinIntervalMs: (typeof hours === 'number' && Number.isFinite(hours) && hours >= 0 && hours <= 24 * 30 ? hours : D['alerts.minIntervalHours']) * HOUR_MS,
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

/** Where and how often to fetch; bad values fall back to defaults and are reported in `problems`. */
export interface DataSettings {
  readonly refresh: RefreshConfig;
  /** Benchmark sources: each can be turned off; `data.offline` turns LiveBench's downloads off too. */
  readonly benchmarks: BenchmarkSettings;
  readonly intervalMs: number;
  readonly problems: readonly string[];
}

export interface BenchmarkSettings {
  /** Show the Artificial Analysis indices carried by OpenRouter's model list. */
  readonly openRouter: boolean;
  /** Download and show LiveBench. */
  readonly liveBench: boolean;
  readonly liveBenchEndpoints: LiveBenchEndpoints;
}

const DATA_DEFAULTS = {
  viewerUrl: D['data.viewerUrl'],
  hubUrl: D['data.hubUrl'],
  openRouterUrl: D['data.openRouterUrl'],
  boards: D['data.boards'] as readonly string[],
  categories: D['data.categories'] as Readonly<Record<string, readonly string[]>>,
  refreshIntervalHours: D['data.refreshIntervalHours'],
};

const BOARD_ID = /^[a-z0-9_-]{1,60}$/i;

function urlSetting(config: vscode.WorkspaceConfiguration, key: string, fallback: string, problems: string[]): string {
  const raw = config.get<unknown>(key);
  if (raw === undefined || raw === '' || raw === fallback) return fallback;
  const url = normaliseBaseUrl(raw);
  if (url) return url;
  problems.push(vscode.l10n.t('Setting modelRankings.{0} is not an https URL; using {1}', key, fallback));
  return fallback;
}

/** Reads the data-source settings. */
export function readDataSettings(config: vscode.WorkspaceConfiguration = vscode.workspace.getConfiguration(SECTION)): DataSettings {
  const problems: string[] = [];
  const boardsRaw = config.get<unknown>('data.boards');
  const boards = Array.isArray(boardsRaw) ? boardsRaw.filter((b): b is string => typeof b === 'string' && BOARD_ID.test(b)).slice(0, 10) : DATA_DEFAULTS.boards;
  const categoriesRaw = config.get<unknown>('data.categories');
  const categories: Record<string, readonly string[]> = { ...DATA_DEFAULTS.categories };
  if (categoriesRaw && typeof categoriesRaw === 'object' && !Array.isArray(categoriesRaw)) {
    for (const [board, list] of Object.entries(categoriesRaw as Record<string, unknown>)) {
      if (!BOARD_ID.test(board)) continue;
      if (Array.isArray(list)) categories[board] = list.filter((c): c is string => typeof c === 'string' && BOARD_ID.test(c)).slice(0, 40);
      else if (list === null) delete categories[board];
    }
  }
  const hours = config.get<unknown>('data.refreshIntervalHours');
  const intervalHours = typeof hours === 'number' && Number.isFinite(hours) && hours >= 1 && hours <= 24 * 7 ? hours : DATA_DEFAULTS.refreshIntervalHours;
  const requests: BoardRequest[] = (boards.length > 0 ? boards : DATA_DEFAULTS.boards).map((id) => {
    const list = categories[id];
    return { id, categories: list && list.length > 0 ? list : null };
  });
  return {
    refresh: {
      endpoints: { viewerBase: urlSetting(config, 'data.viewerUrl', DATA_DEFAULTS.viewerUrl, problems), hubBase: urlSetting(config, 'data.hubUrl', DATA_DEFAULTS.hubUrl, problems), dataset: ARENA_DATASET },
      openRouterUrl: urlSetting(config, 'data.openRouterUrl', DATA_DEFAULTS.openRouterUrl, problems),
      boards: requests,
      offline: config.get<unknown>('data.offline') === true,
      pricesMaxAgeMs: 24 * 3600 * 1000,
      timeoutMs: 20_000,
      maxBytes: 8 * 1024 * 1024,
    },
    benchmarks: {
      openRouter: config.get<unknown>('benchmarks.openRouter') !== false,
      liveBench: config.get<unknown>('benchmarks.liveBench') !== false,
      liveBenchEndpoints: liveBenchEndpoints(urlSetting(config, 'data.gitHubApiUrl', D['data.gitHubApiUrl'], problems), urlSetting(config, 'data.gitHubRawUrl', D['data.gitHubRawUrl'], problems)),
    },
    intervalMs: intervalHours * HOUR_MS,
    problems,
  };
}
