// The figures of one first render, as both webview benches take them, in the page: timeRender runs there (passed as
// source by pageProbes, together with the plainTable and paintTiming functions it calls by name).
import { paintTiming } from './paintTiming.mjs';
import { plainTable } from './plainTable.mjs';

/** The functions the benches run in the page, as script source (top-level declarations, so they call each other by name). */
export function pageProbes() {
  return [plainTable, paintTiming, timeRender, timeSidebarRender, timePlainTable].map(String).join('\n');
}

/**
 * Runs `render` (e.g. the handling of the first board state) and times it: to its own end (script), to a laid-out
 * document (style and layout forced, as the frame would do them), to the end of the main-thread work of the frame
 * that paints it, and to the paint the browser reports for the text of `paintedElement()`. Synchronous up to the
 * laid-out document (so it can run inside a message listener); the promise it returns resolves with the figures in ms.
 */
export function timeRender(render, paintedElement) {
  const painted = paintTiming();
  const arrived = performance.now();
  render();
  const scripted = performance.now();
  document.body.getBoundingClientRect();
  const laidOut = performance.now();
  return painted(paintedElement()).then((moments) => ({
    arrivedAt: arrived,
    laidOutAt: laidOut,
    scriptMs: scripted - arrived,
    laidOutMs: laidOut - arrived,
    // The main thread's work to a painted frame: to a laid-out document, then the frame's own steps; the wait for the
    // display's next frame in between is the display's cadence, not work.
    paintedMs: laidOut - arrived + (moments.frameDone - moments.frameStart),
    presentedMs: moments.presented === null ? null : moments.presented - arrived,
  }));
}

/**
 * The sidebar's first render: `render` hands it the board state (dispatches it, or calls its listener); timed by
 * timeRender to the paint of the first row's text, with the rows then in the DOM (`rows`: the rows in view).
 */
export function timeSidebarRender(render) {
  let rows = 0;
  return timeRender(() => {
    render();
    rows = document.querySelectorAll('tbody tr[data-key]').length;
  }, () => document.querySelector('tbody tr[data-key] td')).then((figures) => ({ ...figures, rows }));
}

/** The baseline, timed like the sidebar's first render, at the same moment of a fresh document: the plain table put over the page instead. */
export function timePlainTable() {
  let table = null;
  return timeRender(() => (table = plainTable().table), () => table.rows[0].cells[0]);
}
