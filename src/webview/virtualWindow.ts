/** Which rows of a long table to put in the DOM: the ones in view plus a margin (pure, unit-tested). */

export interface RowWindow {
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
}

/** Rows rendered above and below the viewport, so fast scrolling and Page Up/Down stay smooth. */
export const OVERSCAN = 8;
/** Used when the view has no layout yet (hidden, or jsdom): render this many rows. */
export const FALLBACK_VIEWPORT_ROWS = 20;

/** The window of rows to render for a scroll position. */
export function rowWindow(total: number, scrollTop: number, viewportHeight: number, rowHeight: number, overscan = OVERSCAN): RowWindow {
  if (total <= 0) return { start: 0, end: 0 };
  const height = rowHeight > 0 ? rowHeight : 1;
  const inView = viewportHeight > 0 ? Math.ceil(viewportHeight / height) : FALLBACK_VIEWPORT_ROWS;
  const first = Math.max(0, Math.floor(Math.max(0, scrollTop) / height));
  const start = Math.max(0, Math.min(first, total - 1) - overscan);
  const end = Math.min(total, first + inView + overscan);
  return { start, end: Math.max(end, Math.min(total, start + 1)) };
}

/** The scrollTop that brings a row into view (unchanged when it already is). */
export function scrollToShow(index: number, scrollTop: number, viewportHeight: number, rowHeight: number, headerHeight = 0): number {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (viewportHeight > 0 && bottom > scrollTop + viewportHeight - headerHeight) return bottom - viewportHeight + headerHeight;
  return scrollTop;
}

/** Whether window `outer` holds every row of window `inner`. */
export function covers(outer: RowWindow, inner: RowWindow): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}
