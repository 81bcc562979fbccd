/**
 * Performance marks around the webview's own work (script time, before the browser's style and layout):
 * read by the benchmark, and visible in DevTools' Performance panel.
 */

const supported = typeof performance !== 'undefined' && typeof performance.mark === 'function' && typeof performance.measure === 'function';

/** Runs `work` between two marks and records a measure named `name`. */
export function measured<T>(name: string, work: () => T): T {
  if (!supported) return work();
  performance.mark(`${name}-start`);
  const result = work();
  performance.mark(`${name}-end`);
  performance.measure(name, `${name}-start`, `${name}-end`);
  return result;
}

/** Marks a moment (e.g. `mr-ready`, when the webview asked for its data). */
export function mark(name: string): void {
  if (supported) performance.mark(name);
}
