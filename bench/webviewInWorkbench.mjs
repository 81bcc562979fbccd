// The sidebar's first render inside the real workbench (code-server 4.139.1 in the UI harness's
// Chromium), with the board state the real extension host sends. The sidebar is opened, hidden and
// opened again: each opening is a fresh webview document. Before the webview's own script runs, an
// init script (Playwright's, which the page's CSP does not apply to) wraps the listener that script
// adds for messages, so the first board state is timed from arrival to a laid-out and a painted table, as
// the harness bench times it, and from the webview document's start. Each opening waits for a quiet machine first.
import { activityBarItem as activity, openWorkbench, webviewFrame } from '../test/harness/workbench.mjs';
import { waitFor } from '../test/harness/proc.mjs';
import { medianOfMeasured, summarizeFirstRenders } from './stats.mjs';
import { quietMachine } from './quietMachine.mjs';
import { pageProbes } from './renderTiming.mjs';

/**
 * Runs in every frame before its scripts; acts only in the sidebar's document (the one with `#app` when a message
 * listener is added). When the first board state arrives, `timeSidebarRender` (renderTiming.mjs, defined in the same
 * init script) times the sidebar's handling of it from arrival to a laid-out and to a painted table; in a baseline opening
 * (`__mrMode` set on the workbench's window, which is same-origin in code-server) it times the plain table instead,
 * and the sidebar never sees that message.
 */
function timeFirstBoardState() {
  const add = window.addEventListener.bind(window);
  const mode = () => {
    try {
      return window.top.__mrMode ?? 'unknown';
    } catch {
      return 'unknown';
    }
  };
  window.addEventListener = (type, listener, options) => {
    if (type !== 'message' || typeof listener !== 'function' || !document.getElementById('app')) return add(type, listener, options);
    return add(type, (event) => {
      if (event.data?.type !== 'boardState' || window.__mrTiming) return listener(event);
      const kind = mode();
      const timing = kind === 'baseline' ? timePlainTable() : timeSidebarRender(() => listener(event));
      window.__mrTiming = timing.then((figures) => {
        window.__mrFirstRender = { ...figures, kind, readyAt: performance.getEntriesByName('mr-ready')[0]?.startTime ?? null };
      });
    }, options);
  };
}

/** The figures of the sidebar document now open, once its first board state is laid out; with what VS Code put into its page. */
async function firstRender(page) {
  return waitFor(async () => {
    for (const frame of page.frames()) {
      const found = await frame.evaluate(() => (window.__mrFirstRender ? {
        ...window.__mrFirstRender,
        environment: {
          htmlStyle: document.documentElement.getAttribute('style') ?? '',
          defaultStyles: document.getElementById('_defaultStyles')?.textContent ?? '',
          bodyClass: document.body.className,
        },
      } : null)).catch(() => null);
      if (found) return found;
    }
    return null;
  }, { timeoutMs: 60_000, what: 'the sidebar\'s first board state' });
}

/**
 * Opens the sidebar (a fresh webview document) and returns the figures of its first render (`ours`) or of the plain
 * table in its place (`baseline`); then hides it, which discards the document.
 */
async function openAndTime(page, mode) {
  await page.evaluate((m) => (window.__mrMode = m), mode);
  await activity(page, 'Model Rankings').click();
  const figures = await firstRender(page);
  if (figures.kind !== mode) throw new Error(`the sidebar's document timed "${figures.kind}", not "${mode}" (could it not read the workbench's window?)`);
  return {
    figures,
    hide: async () => {
      await activity(page, 'Explorer').click();
      await waitFor(async () => !(await Promise.all(page.frames().map((f) => f.evaluate(() => Boolean(window.__mrFirstRender)).catch(() => false)))).some(Boolean), { timeoutMs: 20_000, what: 'the sidebar document to close' });
    },
  };
}

function summary({ ours, baselines }) {
  return {
    ...summarizeFirstRenders(ours, baselines),
    readyAt: medianOfMeasured(ours.map((r) => r.readyAt)),
    roundTripMs: medianOfMeasured(ours.map((r) => r.arrivedAt - r.readyAt)),
    laidOutAt: medianOfMeasured(ours.map((r) => r.laidOutAt)),
  };
}

/**
 * `openings` fresh sidebar documents on Code Arena (117 rows, the default board) and then on Text
 * (393 rows: the webview remembers the board it showed), in one workbench, offline on the embedded snapshot;
 * each one right after an opening that times the plain table instead (the baseline).
 */
export async function measureWebviewInWorkbench(vsixPath, { openings = 9 } = {}) {
  const wb = await openWorkbench({ vsixPath, settings: { 'modelRankings.data.offline': true } });
  const boards = { codeArena: { ours: [], baselines: [] }, text: { ours: [], baselines: [] } };
  try {
    await wb.context.addInitScript({ content: `${pageProbes()}\n(${timeFirstBoardState.toString()})();` });
    for (const [board, runs] of Object.entries(boards)) {
      for (let i = 0; i < openings * 2; i++) {
        // Each opening starts on a quiet machine: not during the workbench's start, nor while the last document is torn down.
        await quietMachine({ timeoutMs: 10_000 });
        const ours = i % 2 === 1;
        const { figures, hide } = await openAndTime(wb.page, ours ? 'ours' : 'baseline');
        (ours ? runs.ours : runs.baselines).push(figures);
        if (board === 'codeArena' && i === openings * 2 - 1) {
          // The next openings show Text: pick it, and wait for its rows.
          const frame = webviewFrame(wb.page);
          await frame.locator('#board').selectOption('text_style_control');
          await frame.locator('#count', { hasText: '393 models' }).waitFor({ timeout: 30_000 });
        }
        await hide();
      }
    }
  } finally {
    await wb.close();
  }
  return { codeArena: summary(boards.codeArena), text: summary(boards.text), environment: boards.codeArena.ours[0]?.environment ?? null };
}

if (process.argv[1]?.endsWith('webviewInWorkbench.mjs')) {
  const { environment, ...figures } = await measureWebviewInWorkbench(process.argv[2] ?? 'model-rankings.vsix');
  console.log(JSON.stringify({ ...figures, environment: environment && `${(environment.htmlStyle.match(/--vscode-/g) ?? []).length} variables, body class ${environment.bodyClass}` }, null, 2));
}
