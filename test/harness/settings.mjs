// User settings for test workbenches: quiet, deterministic, offline-friendly.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Defaults merged under the caller's settings (caller wins). */
export const DEFAULT_TEST_SETTINGS = Object.freeze({
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'window.restoreWindows': 'none',
});

/**
 * Write `<userDataDir>/User/settings.json` = defaults + `settings`.
 * @param {string} userDataDir
 * @param {Record<string, unknown>} [settings]
 * @param {{onlyIfMissing?: boolean}} [opts] keep an existing file untouched
 * @returns {string} the settings file path
 */
export function writeUserSettings(userDataDir, settings = {}, { onlyIfMissing = false } = {}) {
  const file = join(userDataDir, 'User', 'settings.json');
  if (onlyIfMissing && existsSync(file)) return file;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ ...DEFAULT_TEST_SETTINGS, ...settings }, null, 2));
  return file;
}

