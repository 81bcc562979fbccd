// The figures of one first render, as both webview benches take them, in the page: timeRender runs there (passed as
// source by pageProbes, together with the plainTable and paintTiming functions it calls by name).
import { paintTiming } from './paintTiming.mjs';
import { plainTable } from './plainTable.mjs';

/** The functions the benches run in the page, as script source (top-level declarations, so they call each other by name). */
export function pageProbes() {
  return [plainTable, paintTiming, startRenderTiming, timeRender, timeSidebarRender, finishSidebarRender, timePlainTable].map(String).join('\n');
}

/**
 * Starts timing a render (e.g. the handling of the first board state) about to run; call what it returns right after
 * the render, with a function giving the element whose text's paint to wait for. It times the render to its own end
 * (script), to a laid-out document (style and layout forced, as the frame would do them), to the end of the main-thread
 * work of the frame that paints it, and to the paint the browser reports for that text. Synchronous up to the laid-out
 * document (so it can run inside a message listener, or around the page's own marks); the promise the second call
 * returns resolves with the figures in ms.
 */
export function startRenderTiming() {
  const painted = paintTiming();
  const arrived = performance.now();
  return (paintedElement) => {
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
  };
}

/** Runs `render` and times it (startRenderTiming), to the paint of `paintedElement()`'s text. */
export function timeRender(render, paintedElement) {
  const finish = startRenderTiming();
  render();
  return finish(paintedElement);
}

/**
 * The sidebar's first render: `render` hands it the board state (dispatches it, or calls its listener); timed by
 * timeRender to the paint of the first row's text, with the rows then in the DOM (`rows`: the rows in view).
 */
export function timeSidebarRender(render) {
  const finish = startRenderTiming();
  render();
  return finishSidebarRender(finish);
}

/** The end of a sidebar render timed by startRenderTiming: to the paint of the first row's text, with the rows in view. */
export function finishSidebarRender(finish) {
  const rows = document.querySelectorAll('tbody tr[data-key]').length;
  return finish(() => document.querySelector('tbody tr[data-key] td')).then((figures) => ({ ...figures, rows }));
}

/** The baseline, timed like the sidebar's first render, at the same moment of a fresh document: the plain table put over the page instead. */
export function timePlainTable() {
  let table = null;
  return timeRender(() => (table = plainTable().table), () => table.rows[0].cells[0]);
}
