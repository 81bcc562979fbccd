// The figures of one first render, as both webview benches take them, in the page: timeRender runs there (passed as
// source by pageProbes, together with the plainTable and paintTiming functions it calls by name).
import { paintTiming } from './paintTiming.mjs';
import { plainTable } from './plainTable.mjs';

/** The functions the benches run in the page, as script source (top-level declarations, so they call each other by name). */
export function pageProbes() {
  return [plainTable, paintTiming, timeRender].map(String).join('\n');
}

/**
 * Runs `render` (the handling of the first board state) and times it: to its own end (script), to a laid-out table
 * (style and layout forced, as the frame would do them), to the end of the main-thread work of the frame that
 * paints it, and to the paint the browser reports. Once the page has settled, the plain table is timed the same
 * way in the same page. Synchronous up to the laid-out table (so it can run inside a message listener); the
 * promise it returns resolves with the figures in ms.
 */
export function timeRender(render) {
  const painted = paintTiming();
  const arrived = performance.now();
  render();
  const scripted = performance.now();
  document.querySelector('tbody tr:last-child')?.getBoundingClientRect();
  const laidOut = performance.now();
  const rowsLaidOut = document.querySelectorAll('tbody tr[data-key]').length;
  const afterFrames = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => requestAnimationFrame(() => setTimeout(resolve, 20)))));
  return (async () => {
    const ours = await painted(document.querySelector('tbody tr[data-key] td'));
    // The margin rows the sidebar adds after its first frame, and their frame, are not the baseline's.
    await afterFrames();
    const basePainted = paintTiming();
    const baseStart = performance.now();
    const base = plainTable();
    const baseMoments = await basePainted(base.table.rows[0].cells[0]);
    base.table.remove();
    const frameMs = (m) => m.frameDone - m.frameStart;
    return {
      arrivedAt: arrived,
      scriptMs: scripted - arrived,
      laidOutMs: laidOut - arrived,
      laidOutAt: laidOut,
      rowsLaidOut,
      // The main thread's work to a painted frame: ours to a laid-out table, then the frame's own steps; the wait
      // for the display's next frame in between is the display's cadence, not work.
      paintedMs: laidOut - arrived + frameMs(ours),
      presentedMs: ours.presented === null ? null : ours.presented - arrived,
      baselineLaidOutMs: base.ms,
      baselinePaintedMs: base.ms + frameMs(baseMoments),
      baselinePresentedMs: baseMoments.presented === null ? null : baseMoments.presented - baseStart,
    };
  })();
}
