// Headless Debian Chromium driven by playwright-core (no browser download needed).
import { rmSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from './provision.mjs';
import { shortTmpDir } from './proc.mjs';

/** Flags that keep Chromium off the (closed) network and quiet on a headless root machine. */
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/**
 * Launch Chromium with a fresh temp profile.
 * @param {{executablePath?: string, viewport?: {width: number, height: number}}} [opts]
 * @returns {Promise<{context: import('playwright-core').BrowserContext, page: import('playwright-core').Page, close: () => Promise<void>}>}
 */
export async function launchBrowser(opts = {}) {
  const profile = shortTmpDir('chr');
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: opts.executablePath ?? CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: opts.viewport ?? { width: 1400, height: 900 },
    });
  } catch (err) {
    rmSync(profile, { recursive: true, force: true });
    throw err;
  }
  const page = context.pages()[0] ?? await context.newPage();
  let closed;
  const close = () => (closed ??= context.close().catch(() => {}).finally(() => rmSync(profile, { recursive: true, force: true })));
  return { context, page, close };
}
