// When a change the page just made reaches the screen, for the webview benches. It runs in the page (passed as
// source, like plainTable.mjs), so it uses nothing from its module.
//
// Three moments of the frame that paints the change:
// - `frameStart`: the first animation-frame callback after the change (the bench asks for it before the change is
//   made, so it runs ahead of the page's own callbacks): the frame's main-thread work begins;
// - `frameDone`: a task posted from that callback, which runs once the frame's rendering steps (resize observers,
//   style, layout, paint, commit) are done on the main thread;
// - `presented`: the Element Timing API's render time of a text cell of the change (what the browser reports as
//   painted, including the compositor and the wait for the display; Chromium rounds it to 4 ms).

/**
 * Run in the page before making a change: returns `painted(element)`, to call right after the change with an
 * element that holds text of it; that resolves with the three moments (performance.now() times), or null for
 * `presented` when the browser reports no element timing within 1 s.
 */
export function paintTiming() {
  const frame = new Promise((resolve) => requestAnimationFrame(() => {
    const frameStart = performance.now();
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve({ frameStart, frameDone: performance.now() });
    channel.port2.postMessage(null);
  }));
  return async (element) => {
    const id = `bench-paint-${performance.now()}`;
    element?.setAttribute('elementtiming', id);
    const presented = element ? new Promise((resolve) => {
      const observer = new PerformanceObserver((list) => {
        const entry = list.getEntries().find((e) => e.identifier === id);
        if (entry) done(entry.renderTime);
      });
      const timer = setTimeout(() => done(null), 1000);
      const done = (time) => {
        clearTimeout(timer);
        observer.disconnect();
        resolve(time);
      };
      observer.observe({ type: 'element', buffered: true });
    }) : null;
    const [moments, presentedAt] = await Promise.all([frame, presented]);
    element?.removeAttribute('elementtiming');
    return { ...moments, presented: presentedAt };
  };
}
