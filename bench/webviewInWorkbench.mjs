// The sidebar's first render inside the real workbench (code-server 4.139.1 in the UI harness's
// Chromium), with the board state the real extension host builds. The sidebar is opened, hidden and
// opened again: each opening is a fresh webview document. Before the webview's own script runs, an
// init script (Playwright's, which the page's CSP does not apply to) hooks where the first board state
// reaches the view: the board state its page carries (the marks around its drawing), or else the listener
// the script adds for messages. It is timed from there to a laid-out and a painted table, as the harness
// bench times it, and the opening from the webview document's start and from the click that opened it.
// Each opening waits for a quiet machine first.
import { activityBarItem as activity, openWorkbench, webviewFrame } from '../test/harness/workbench.mjs';
import { waitFor } from '../test/harness/proc.mjs';
import { medianOfMeasured, summarizeFirstRenders } from './stats.mjs';
import { quietMachine } from './quietMachine.mjs';
import { pageProbes } from './renderTiming.mjs';

/**
 * Runs in every frame before its scripts; acts only in the sidebar's document (the one with `#app`). When the first
 * board state reaches the view, `startRenderTiming` (renderTiming.mjs, defined in the same init script) times the
 * sidebar's drawing of it to a laid-out and to a painted table:
 * - from the page (`path: 'page'`): between the marks the script sets around drawing the board state its page carries
 *   (`mr-first-state`), with the reading of it before (`mr-page-state`) added, as a message's parsing is in its handling;
 * - from a message (`path: 'message'`, a build whose page carries none): from the message's arrival at the script's listener.
 * In a baseline opening (`__mrMode` set on the workbench's window, which is same-origin in code-server) the page's board
 * state is hidden from the script, which then asks for it as without one, and the plain table is timed at the arrival
 * of the board state message instead; the sidebar never sees that message.
 */
function timeFirstBoardState() {
  const mode = () => {
    try {
      return window.top.__mrMode ?? 'unknown';
    } catch {
      return 'unknown';
    }
  };
  /** `parseMs`: the reading of the page's board state, before the marks; a message's parsing is inside its handling. */
  const done = (timing, kind, path, parseMs = 0) => {
    window.__mrTiming = timing.then((f) => {
      window.__mrFirstRender = {
        ...f,
        scriptMs: f.scriptMs + parseMs,
        laidOutMs: f.laidOutMs + parseMs,
        paintedMs: f.paintedMs + parseMs,
        presentedMs: f.presentedMs === null ? null : f.presentedMs + parseMs,
        // The opening's moments, in ms from the document's start (`laidOutAt` too).
        paintedAt: f.laidOutAt + (f.paintedMs - f.laidOutMs),
        presentedAt: f.presentedMs === null ? null : f.arrivedAt + f.presentedMs,
        kind,
        path,
        readyAt: performance.getEntriesByName('mr-ready')[0]?.startTime ?? null,
        timeOrigin: performance.timeOrigin,
        cspViolations: window.__mrCsp ?? [],
      };
    });
  };
  // The webview's document replaces the one this runs in (same window): hooks go on the window and the prototypes.
  const add = window.addEventListener.bind(window);
  add('securitypolicyviolation', (e) => (window.__mrCsp = [...(window.__mrCsp ?? []), e.violatedDirective]), true);
  const getElementById = Document.prototype.getElementById;
  const byId = (id) => getElementById.call(document, id);
  Document.prototype.getElementById = function (id) {
    return id === 'initial-state' && mode() === 'baseline' ? null : getElementById.call(this, id);
  };
  const mark = performance.mark.bind(performance);
  let finish = null;
  performance.mark = (name, options) => {
    if (name === 'mr-first-state-start' && !window.__mrTiming && byId('app')) finish = startRenderTiming();
    const entry = mark(name, options);
    if (name === 'mr-first-state-end' && finish) {
      done(finishSidebarRender(finish), mode(), 'page', performance.getEntriesByName('mr-page-state')[0]?.duration ?? 0);
      finish = null;
    }
    return entry;
  };
  window.addEventListener = (type, listener, options) => {
    if (type !== 'message' || typeof listener !== 'function' || !byId('app')) return add(type, listener, options);
    return add(type, (event) => {
      if (event.data?.type !== 'boardState' || window.__mrTiming) return listener(event);
      const kind = mode();
      done(kind === 'baseline' ? timePlainTable() : timeSidebarRender(() => listener(event)), kind, 'message');
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
 * table in its place (`baseline`), with the opening timed from the click too (`fromClick`: the workbench's and the
 * webview's clocks meet at their time origins); then hides it, which discards the document.
 */
async function openAndTime(page, mode) {
  await page.evaluate((m) => {
    window.__mrMode = m;
    window.__mrClickAt = null;
    if (!window.__mrClickListener) {
      window.__mrClickListener = true;
      window.addEventListener('pointerdown', () => (window.__mrClickAt ??= performance.timeOrigin + performance.now()), true);
    }
  }, mode);
  await activity(page, 'Model Rankings').click();
  const figures = await firstRender(page);
  if (figures.kind !== mode) throw new Error(`the sidebar's document timed "${figures.kind}", not "${mode}" (could it not read the workbench's window?)`);
  const clickAt = await page.evaluate(() => window.__mrClickAt);
  const sinceClick = (at) => (clickAt === null || at === null ? null : figures.timeOrigin + at - clickAt);
  figures.fromClick = { documentStartMs: sinceClick(0), laidOutMs: sinceClick(figures.laidOutAt), paintedMs: sinceClick(figures.paintedAt) };
  return {
    figures,
    hide: async () => {
      await activity(page, 'Explorer').click();
      await waitFor(async () => !(await Promise.all(page.frames().map((f) => f.evaluate(() => Boolean(window.__mrFirstRender)).catch(() => false)))).some(Boolean), { timeoutMs: 20_000, what: 'the sidebar document to close' });
    },
  };
}

/**
 * The first renders' figures (summarizeFirstRenders) and the openings': from the document's start to ready, the
 * table laid out, painted (the main thread's work to the frame that paints it) and presented; the ready → board
 * state round trip in the way of the first paint (none when the page carried the board state: its table is laid
 * out before the script's task ends, and so before any message is handled) and its share of the opening; from the
 * click to the document's start, the table laid out and painted.
 */
function summary({ ours, baselines }) {
  const of = (pick) => medianOfMeasured(ours.map(pick));
  const roundTrip = (r) => (r.path === 'message' ? r.arrivedAt - r.readyAt : 0);
  return {
    ...summarizeFirstRenders(ours, baselines),
    fromPage: ours.filter((r) => r.path === 'page').length,
    cspViolations: [...new Set(ours.flatMap((r) => r.cspViolations))],
    readyAt: of((r) => r.readyAt),
    roundTripMs: of(roundTrip),
    roundTripShare: of((r) => roundTrip(r) / r.laidOutAt),
    laidOutAt: of((r) => r.laidOutAt),
    paintedAt: of((r) => r.paintedAt),
    presentedAt: of((r) => r.presentedAt),
    fromClick: {
      documentStartMs: of((r) => r.fromClick.documentStartMs),
      laidOutMs: of((r) => r.fromClick.laidOutMs),
      paintedMs: of((r) => r.fromClick.paintedMs),
    },
  };
}

/** The board the openings after Code Arena's show: picked in the view, which remembers it. */
const TEXT_BOARD = { id: 'text_style_control', count: '393 models' };

/**
 * A workbench with the .vsix at `vsixPath` installed, offline on the embedded snapshot, with its webview documents'
 * first board state timed (timeFirstBoardState). `opening(mode)` opens the sidebar on a quiet machine, takes the
 * figures of its first render (openAndTime) and hides it again; `pick` (a board id and the row count it shows) is
 * picked in the view before it is hidden, for the openings after it.
 */
export async function openTimedWorkbench(vsixPath) {
  const wb = await openWorkbench({ vsixPath, settings: { 'modelRankings.data.offline': true } });
  try {
    await wb.context.addInitScript({ content: `${pageProbes()}\n(${timeFirstBoardState.toString()})();` });
  } catch (error) {
    await wb.close();
    throw error;
  }
  return {
    close: () => wb.close(),
    async opening(mode, pick = null) {
      // Each opening starts on a quiet machine: not during the workbench's start, nor while the last document is torn down.
      await quietMachine({ timeoutMs: 10_000 });
      const { figures, hide } = await openAndTime(wb.page, mode);
      if (pick) {
        const frame = webviewFrame(wb.page);
        await frame.locator('#board').selectOption(pick.id);
        await frame.locator('#count', { hasText: pick.count }).waitFor({ timeout: 30_000 });
      }
      await hide();
      return figures;
    },
  };
}

/**
 * `openings` fresh sidebar documents on Code Arena (117 rows, the default board) and then on Text
 * (393 rows: the webview remembers the board it showed), in one workbench, offline on the embedded snapshot;
 * each one right after an opening that times the plain table instead (the baseline), unless `baselines` is false.
 */
export async function measureWebviewInWorkbench(vsixPath, { openings = 9, baselines = true } = {}) {
  const wb = await openTimedWorkbench(vsixPath);
  const boards = { codeArena: { ours: [], baselines: [] }, text: { ours: [], baselines: [] } };
  try {
    for (const [board, runs] of Object.entries(boards)) {
      const last = baselines ? openings * 2 - 1 : openings - 1;
      for (let i = 0; i <= last; i++) {
        const ours = !baselines || i % 2 === 1;
        const figures = await wb.opening(ours ? 'ours' : 'baseline', board === 'codeArena' && i === last ? TEXT_BOARD : null);
        (ours ? runs.ours : runs.baselines).push(figures);
      }
    }
  } finally {
    await wb.close();
  }
  return { codeArena: summary(boards.codeArena), text: summary(boards.text), environment: boards.codeArena.ours[0]?.environment ?? null };
}

/**
 * The sidebar's openings of two builds side by side (`oldVsix`, `newVsix`): two workbenches open at once, their
 * openings alternating in pairs (which build goes first alternates too), `openings` pairs on Code Arena and then on
 * Text; both builds so meet the same phases of a machine whose speed drifts. Per board and build, the openings'
 * summary (no plain tables), and the median paired difference (new − old) of the opening from the click to the table
 * laid out, with how many pairs the new build won.
 */
export async function measureOpeningsSideBySide(oldVsix, newVsix, { openings = 15 } = {}) {
  const builds = { old: await openTimedWorkbench(oldVsix) };
  const out = {};
  try {
    builds.new = await openTimedWorkbench(newVsix);
    for (const board of ['codeArena', 'text']) {
      const pairs = [];
      for (let i = 0; i < openings; i++) {
        const pair = {};
        for (const name of i % 2 ? ['new', 'old'] : ['old', 'new']) pair[name] = await builds[name].opening('ours', board === 'codeArena' && i === openings - 1 ? TEXT_BOARD : null);
        pairs.push(pair);
      }
      const diffs = pairs.map((p) => p.new.fromClick.laidOutMs - p.old.fromClick.laidOutMs).filter(Number.isFinite);
      out[board] = {
        old: summary({ ours: pairs.map((p) => p.old), baselines: [] }),
        new: summary({ ours: pairs.map((p) => p.new), baselines: [] }),
        fromClickDifferenceMs: medianOfMeasured(diffs),
        newFaster: diffs.filter((d) => d < 0).length,
        pairs: diffs.length,
      };
    }
  } finally {
    await Promise.all(Object.values(builds).map((b) => b.close()));
  }
  return out;
}

/** One line: the opening of both builds and their paired difference. */
export function openingComparison({ old, new: next, fromClickDifferenceMs, newFaster, pairs }) {
  return `old ${openingText(old)}; new ${openingText(next)}; click → laid out, paired difference ${fromClickDifferenceMs.toFixed(1)} ms, new faster in ${newFaster} of ${pairs}`;
}

/** An opening's figures in words. */
export function openingText(o) {
  const f = (n) => (n === null ? '–' : n.toFixed(1));
  return `document start → laid out ${f(o.laidOutAt)} ms (painted ${f(o.paintedAt)}), ready at ${f(o.readyAt)}, round trip in the path ${f(o.roundTripMs)} ms `
    + `(${Math.round((o.roundTripShare ?? 0) * 100)}% of the opening), click → laid out ${f(o.fromClick.laidOutMs)} ms (document start at ${f(o.fromClick.documentStartMs)}), ${o.fromPage} of ${o.runs} drawn from the page`;
}

// `node bench/webviewInWorkbench.mjs [VSIX]`; env OPENINGS (per board, default 9), BASELINES=0 to time no plain tables.
if (process.argv[1]?.endsWith('webviewInWorkbench.mjs')) {
  const options = { openings: Number(process.env.OPENINGS ?? 9), baselines: process.env.BASELINES !== '0' };
  const { environment, ...figures } = await measureWebviewInWorkbench(process.argv[2] ?? 'model-rankings.vsix', options);
  console.log(JSON.stringify({ ...figures, environment: environment && `${(environment.htmlStyle.match(/--vscode-/g) ?? []).length} variables, body class ${environment.bodyClass}` }, null, 2));
}
