// Webview render time in Chromium (the UI harness's browser): from the data message to a laid-out and a painted
// table, for the 117-row Code Arena and 393-row Text boards, beside a plain table as a fresh page's first content
// (the baseline), and per search keystroke.
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../test/harness/browser.mjs';
import { median, summarizeFirstRenders } from './stats.mjs';
import { boardStates, readBuild, serveWebviewPage, timeBaseline, timeFirstRender } from './webviewPage.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * `viewports`: named sizes of the webview, measured in turn (npm run bench passes webviewPage.mjs's SIZES). `environment`: what VS Code adds to a webview's page, as read from a real one
 * (webviewInWorkbench.mjs): the theme's CSS variables on `<html>`, the default styles and the body's theme class.
 */
export async function measureWebview({ runs = 25, viewports = { wide: { width: 1400, height: 900 } }, environment = null } = {}) {
  const states = boardStates();
  const build = readBuild(root);
  const browser = await launchBrowser({ viewport: Object.values(viewports)[0] });
  const out = Object.fromEntries(Object.keys(viewports).map((name) => [name, {}]));
  try {
    const { page } = browser;
    const { load } = await serveWebviewPage(page, environment);
    /** CSP violations reported by any page loaded. */
    const violations = new Set();
    const noteViolations = async () => (await page.evaluate(() => window.cspViolations ?? [])).forEach((v) => violations.add(v));
    /** One first render in a fresh page: the board state, or (`null`) the plain table instead (the baseline). */
    const firstRender = async (state) => {
      await load(build);
      const result = state ? await timeFirstRender(page, state) : await timeBaseline(page);
      await noteViolations();
      return result;
    };
    /** Types "claude" and back, as a person types (each keystroke after the previous one was painted and the table settled): each input event → laid-out table. */
    const typing = async (state) => {
      await load(build);
      const times = await page.evaluate(async (s) => {
        const settled = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => setTimeout(resolve, 20))));
        window.dispatchEvent(new MessageEvent('message', { data: s }));
        await settled();
        const input = document.getElementById('search');
        const out = [];
        for (const text of ['c', 'cl', 'cla', 'clau', 'claud', 'claude', 'claud', 'clau', 'cla', 'cl', 'c', '']) {
          const t0 = performance.now();
          input.value = text;
          input.dispatchEvent(new Event('input'));
          document.querySelector('tbody')?.getBoundingClientRect();
          out.push(performance.now() - t0);
          await settled();
        }
        return out;
      }, state);
      await noteViolations();
      return times;
    };
    // The sizes and the boards alternate, so each verdict comes from the same phases of the machine (this VM's
    // speed changes by up to 2× between phases of one run) and the same browser state (caches, JIT); each round times
    // the baseline right before the boards, at each size.
    const first = {};
    const keys = {};
    const baselines = {};
    for (const size of Object.keys(viewports)) {
      first[size] = Object.fromEntries(Object.keys(states).map((name) => [name, []]));
      baselines[size] = [];
      keys[size] = [];
    }
    for (let i = 0; i < runs; i++) {
      for (const [size, viewport] of Object.entries(viewports)) {
        await page.setViewportSize(viewport);
        baselines[size].push(await firstRender(null));
        for (const [name, state] of Object.entries(states)) first[size][name].push(await firstRender(state));
        // Keystrokes on the larger board, in the first five rounds.
        if (i < 5) keys[size].push(...(await typing(states.text)));
      }
    }
    for (const [size, boards] of Object.entries(first)) {
      for (const [name, runsOfBoard] of Object.entries(boards)) {
        out[size][name] = { ...summarizeFirstRenders(runsOfBoard, baselines[size]), boardRows: states[name].rows.length, scriptMs: median(runsOfBoard.map((r) => r.ownScriptMs)) };
      }
      out[size].keystroke = { rows: states.text.rows.length, medianMs: median(keys[size]), worstMs: Math.max(...keys[size]) };
      out[size].cspViolations = [...violations];
    }
  } finally {
    await browser.close();
  }
  return out;
}

if (process.argv[1]?.endsWith('webviewRender.mjs')) console.log(JSON.stringify(await measureWebview(), null, 2));
