// Playwright helpers for UI tests: a normal (non-smoke) code-server with a .vsix installed,
// opened in headless Chromium, plus small helpers to drive and capture the workbench.
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './browser.mjs';
import { installVsix, startCodeServer } from './codeServer.mjs';
import { shortTmpDir, waitFor } from './proc.mjs';
import { ensureHost } from './provision.mjs';
import { testExtensionHost, writeUserSettings } from './settings.mjs';
import { registerTestLanguagePack } from './languagePack.mjs';

/** Repository root (two levels above this file). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * @typedef {import('playwright-core').Page} Page
 * @typedef {{page: Page, context: import('playwright-core').BrowserContext,
 *   server: import('./codeServer.mjs').CodeServer, userDataDir: string, close: () => Promise<void>}} Workbench
 */

/**
 * Provision, install `vsixPath` into fresh dirs, start code-server, open `folder` in Chromium and
 * wait for the workbench. Always call `close()` (it stops the browser and server, removes temp dirs).
 * @param {{vsixPath?: string, extraVsixPaths?: string[], folder?: string, settings?: Record<string, unknown>,
 *   log?: (msg: string) => void, timeoutMs?: number, locale?: string}} [opts]
 *   `settings` are merged over DEFAULT_TEST_SETTINGS (settings.mjs); `folder` defaults to the repo root; `locale`
 *   (e.g. 'zh-cn') starts the workbench in that display language (languagePack.mjs).
 * @returns {Promise<Workbench>}
 */
export async function openWorkbench({ vsixPath, extraVsixPaths = [], folder = REPO_ROOT, settings = {}, log = () => {}, timeoutMs = 90_000, locale } = {}) {
  const host = await ensureHost({ log });
  const base = shortTmpDir('wb');
  const userDataDir = join(base, 'u');
  const extensionsDir = join(base, 'e');
  mkdirSync(extensionsDir, { recursive: true });
  writeUserSettings(userDataDir, settings);
  if (locale) registerTestLanguagePack(userDataDir, locale);
  /** @type {import('./codeServer.mjs').CodeServer|undefined} */
  let server;
  /** @type {Awaited<ReturnType<typeof launchBrowser>>|undefined} */
  let browser;
  let closed;
  const close = () => (closed ??= (async () => {
    await browser?.close();
    await server?.stop();
    rmSync(base, { recursive: true, force: true });
  })());
  try {
    for (const path of [vsixPath, ...extraVsixPaths].filter(Boolean)) {
      log(`installing ${path}`);
      await installVsix({ host, vsixPath: resolve(path), extensionsDir, userDataDir });
    }
    server = await startCodeServer({
      host, userDataDir, extensionsDir, folder: resolve(folder), ...(locale ? { extraArgs: ['--locale', locale] } : {}),
      log: process.env.MODEL_RANKINGS_VERBOSE === '1' ? (l) => log(`[code-server] ${l}`) : undefined,
    });
    browser = await launchBrowser();
    const { page } = browser;
    page.setDefaultTimeout(30_000);
    log(`opening ${server.url}`);
    await page.goto(`${server.url}?folder=${encodeURIComponent(resolve(folder))}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: timeoutMs });
    return { page, context: browser.context, server, userDataDir, close };
  } catch (err) {
    await close();
    throw err;
  }
}

/**
 * Run a command by its exact palette title: F1, type it, click its row. Retries (re-typing) until
 * the command is listed, since extension commands appear only once the extension host has
 * registered the extension.
 * @param {Page} page @param {string} title e.g. 'Model Rankings: Open Leaderboard'
 * @param {{timeoutMs?: number}} [opts]
 */
export async function runCommand(page, title, { timeoutMs = 30_000 } = {}) {
  const input = page.locator('.quick-input-widget input');
  const label = title.replace(/["\\]/g, '\\$&');
  const row = page.locator(`.quick-input-list .monaco-list-row[aria-label="${label}"],`
    + ` .quick-input-list .monaco-list-row[aria-label^="${label}, "]`).first();
  await waitFor(async () => {
    if (!(await input.isVisible())) await page.keyboard.press('F1');
    await input.waitFor({ state: 'visible', timeout: 5000 });
    await input.fill('>');
    await input.fill(`>${title}`);
    return row.waitFor({ state: 'visible', timeout: 1000 }).then(() => true, () => false);
  }, { timeoutMs, intervalMs: 500, what: `command "${title}" in the command palette` });
  await row.click();
  await input.waitFor({ state: 'hidden' });
}

/**
 * An activity bar item by the start of its label (e.g. 'Model Rankings', 'Explorer').
 * @param {Page} page @param {string} label
 */
export function activityBarItem(page, label) {
  return page.locator(`.activitybar .action-item a[aria-label^="${label}"], .activitybar .action-item[aria-label^="${label}"]`).first();
}

/**
 * The content frame of a webview (`iframe.webview` → `#active-frame`).
 * @param {Page} page @param {number} [index] which webview, in DOM order (0 = first)
 * @returns {import('playwright-core').FrameLocator}
 */
export function webviewFrame(page, index = 0) {
  return page.frameLocator('iframe.webview').nth(index).frameLocator('#active-frame');
}

/**
 * Save a full-window screenshot to `<repo>/test-results/screenshots/<name>.png` (animations finished).
 * @param {Page} page @param {string} name file name without extension
 * @returns {Promise<string>} the PNG path
 */
export async function screenshot(page, name) {
  // The web worker run's screenshots go beside the Node run's, not over them.
  const dir = join(REPO_ROOT, 'test-results', testExtensionHost() === 'webworker' ? 'screenshots-webworker' : 'screenshots');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.png`);
  await page.screenshot({ path: file, animations: 'disabled' });
  return file;
}
