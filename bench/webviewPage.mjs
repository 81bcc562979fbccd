// The sidebar's page as VS Code serves a webview, for the benches that time it in Chromium: the built script and
// stylesheet behind the same CSP (nonce'd scripts, no eval, stylesheet by URL), with what VS Code puts into a
// webview's page when that was read from a real one (its theme variables, default styles and body class).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageProbes } from './renderTiming.mjs';

const require = createRequire(import.meta.url);
const { decodeSnapshot } = require('../out/src/core/store/snapshotCodec.js');
const { buildBoardState } = require('../out/src/core/views/sidebarState.js');
const root = fileURLToPath(new URL('..', import.meta.url));

/** The sizes the benches time the sidebar at: a default-width sidebar (5 of a row's 10 cells shown) and a wide panel (all 10). */
export const SIZES = { 'sidebar 320 × 900 px': { width: 320, height: 900 }, 'wide panel 1400 × 900 px': { width: 1400, height: 900 } };

const attribute = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The board states the extension would send for Code Arena (117 rows) and Text (393 rows), from the embedded snapshot. */
export function boardStates() {
  const data = decodeSnapshot(JSON.parse(readFileSync(join(root, 'media', 'snapshot.json'), 'utf8')), 'snapshot');
  const state = (boardId) => buildBoardState(data, { boardId, categoryId: 'overall' }, ['qwen3.7-max', 'top:anthropic'], { kind: 'idle' });
  return { codeArena: state('webdev'), text: state('text_style_control') };
}

/** The sidebar as built in checkout `dir` (after `npm run package`): its script and stylesheet. */
export function readBuild(dir) {
  return { script: readFileSync(join(dir, 'dist', 'sidebar.js'), 'utf8'), css: readFileSync(join(dir, 'media', 'webview.css'), 'utf8') };
}

/**
 * Serves the page on `page`; `load(build)` opens a fresh page with that build and resolves once its view
 * ("Loading…") is painted, as in VS Code before the data message arrives.
 */
export async function serveWebviewPage(page, environment = null) {
  let nonce = '';
  let loads = 0;
  let build = null;
  await page.route('https://webview.test/**', (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/webview.css') return route.fulfill({ contentType: 'text/css', body: build.css });
    if (path === '/sidebar.js') return route.fulfill({ contentType: 'text/javascript', body: build.script });
    const csp = `default-src 'none'; style-src https://webview.test; script-src 'nonce-${nonce}'`;
    return route.fulfill({
      contentType: 'text/html',
      // VS Code puts its variables and default styles into the page ahead of the page's own CSP, as here.
      body: `<!DOCTYPE html><html${environment ? ` style="${attribute(environment.htmlStyle)}"` : ''}><head><meta charset="utf-8">`
        + (environment ? `<style id="_defaultStyles">${environment.defaultStyles.replace(/<\//g, '')}</style>` : '')
        + `<meta http-equiv="Content-Security-Policy" content="${csp}"><link rel="stylesheet" href="/webview.css"></head>`
        + `<body${environment ? ` class="${attribute(environment.bodyClass)}"` : ''}><div id="app"></div><script nonce="${nonce}">window.acquireVsCodeApi = () => ({ postMessage() {}, getState() {}, setState() {} });`
        + `document.addEventListener('securitypolicyviolation', (e) => (window.cspViolations = [...(window.cspViolations ?? []), e.violatedDirective]));`
        + `${pageProbes()}</script>`
        + `<script nonce="${nonce}" src="/sidebar.js"></script></body></html>`,
    });
  });
  return {
    async load(next) {
      build = next;
      nonce = randomBytes(16).toString('base64');
      await page.goto(`https://webview.test/index.html?load=${++loads}`);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(document.body.getBoundingClientRect()))));
    },
  };
}

/** In the page just loaded: the board state's message timed by timeSidebarRender, with the webview's own script mark. */
export function timeFirstRender(page, state) {
  return page.evaluate(async (s) => {
    performance.clearMeasures();
    const figures = await timeSidebarRender(() => window.dispatchEvent(new MessageEvent('message', { data: s })));
    return { ...figures, ownScriptMs: performance.getEntriesByName('mr-message').at(-1)?.duration ?? Number.NaN };
  }, state);
}

/** In the page just loaded, instead of the board state: the plain table, timed the same way (the baseline). */
export function timeBaseline(page) {
  return page.evaluate(() => timePlainTable());
}
