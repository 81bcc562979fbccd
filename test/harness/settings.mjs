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

/** The extension's id, as `remote.extensionKind` names it. */
export const EXTENSION_ID = 'model-rankings.model-rankings';
/** The test-only chat-model provider (test/fixtures/fakeModelProvider), a web extension too. */
const FAKE_PROVIDER_ID = 'model-rankings.fake-model-provider';

/**
 * Which extension host the tests run the extension in: `node` (default) or `webworker` (vscode.dev's and
 * github.dev's), from MODEL_RANKINGS_EXTENSION_HOST. The same .vsix runs in either; a user setting moves it.
 * @returns {'node'|'webworker'}
 */
export function testExtensionHost() {
  const host = process.env.MODEL_RANKINGS_EXTENSION_HOST ?? 'node';
  if (host !== 'node' && host !== 'webworker') throw new Error(`MODEL_RANKINGS_EXTENSION_HOST is "${host}": use node or webworker`);
  return host;
}

/**
 * The user setting that puts the extension into the web worker extension host (none for the Node host), with
 * the fake chat-model provider beside it, as in vscode.dev, where the chat extensions run in the same worker.
 * It must move too: in VS Code 1.139 `vscode.lm.selectChatModels` returns only models whose provider runs in the
 * caller's extension host (ExtHostLanguageModels builds them from its own providers' models), so with the provider
 * left in the Node host the extension in the worker sees no chat models (the host-web layer's "Your models" fail).
 */
export function extensionHostSettings() {
  return testExtensionHost() === 'webworker' ? { 'remote.extensionKind': { [EXTENSION_ID]: ['web'], [FAKE_PROVIDER_ID]: ['web'] } } : {};
}

/**
 * Write `<userDataDir>/User/settings.json` = defaults + the extension host's setting + `settings`.
 * @param {string} userDataDir
 * @param {Record<string, unknown>} [settings]
 * @param {{onlyIfMissing?: boolean}} [opts] keep an existing file untouched
 * @returns {string} the settings file path
 */
export function writeUserSettings(userDataDir, settings = {}, { onlyIfMissing = false } = {}) {
  const file = join(userDataDir, 'User', 'settings.json');
  if (onlyIfMissing && existsSync(file)) return file;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ ...DEFAULT_TEST_SETTINGS, ...extensionHostSettings(), ...settings }, null, 2));
  return file;
}

