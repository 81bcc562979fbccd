/**
 * Sizes the virtual table needs (viewport height, scroll offset, header and row height), kept up to
 * date by a ResizeObserver and the scroll event instead of being read from the DOM while rendering:
 * a read after a DOM change forces a synchronous layout, which would double the cost of a render.
 */

export interface ViewportMetrics {
  /** Height of the scrolling area in px (0 when it has no layout yet, e.g. hidden or jsdom). */
  readonly viewportHeight: number;
  /** Current scroll offset of the scrolling area in px. */
  readonly scrollTop: number;
  /** Height of the sticky table header in px. */
  readonly headerHeight: number;
  /** Height of one table row in px. */
  readonly rowHeight: number;
  /**
   * Sets the scroll offset renders use; the scroller follows in the next frame (see commitScroll),
   * once the rows that make the content tall enough are in the DOM: written earlier, the browser
   * would clamp it to the old content's height.
   */
  scrollTo(top: number): void;
  /**
   * Reads the viewport and header size now (a forced layout): for a user's selection, whose details
   * pane may just have changed the viewport's height before the ResizeObserver reports it.
   */
  measure(): void;
  /** Re-measures the row height from a rendered row (call in a frame callback, when layout is due anyway); true when it changed. */
  remeasureRow(row: HTMLElement | null): boolean;
}

/** Default row height until one is measured (2.7em at VS Code's 13px font). */
const FALLBACK_ROW_HEIGHT = 35;

/**
 * Starts tracking `scroller`. `probeRow` is a row styled like a data row, measured once now (at
 * startup, before any data arrives) and then removed. `onResize` runs after the viewport changes size, with its previous height.
 */
export function trackViewport(scroller: HTMLElement, header: HTMLElement, probeRow: HTMLElement, onResize: (previousHeight: number) => void): ViewportMetrics {
  let viewportHeight = scroller.clientHeight;
  let scrollTop = scroller.scrollTop;
  let headerHeight = header.offsetHeight;
  const probed = probeRow.getBoundingClientRect().height;
  probeRow.remove();
  let rowHeight = probed > 0 ? probed : FALLBACK_ROW_HEIGHT;

  let pending = false;
  /** Writes the offset set by scrollTo (in a frame callback: the layout this needs is due anyway). */
  const commitScroll = (): void => {
    if (!pending) return;
    pending = false;
    scroller.scrollTop = scrollTop;
  };
  // While a scroll is pending, the offset set by scrollTo wins; its own scroll event brings the clamped value.
  scroller.addEventListener('scroll', () => pending || (scrollTop = scroller.scrollTop), { passive: true });
  if (typeof ResizeObserver === 'function') {
    new ResizeObserver(() => {
      const height = scroller.clientHeight;
      headerHeight = header.offsetHeight;
      if (height === viewportHeight) return;
      const previous = viewportHeight;
      viewportHeight = height;
      onResize(previous);
    }).observe(scroller);
  }
  return {
    get viewportHeight() {
      return viewportHeight;
    },
    get scrollTop() {
      return scrollTop;
    },
    get headerHeight() {
      return headerHeight;
    },
    get rowHeight() {
      return rowHeight;
    },
    scrollTo(top: number) {
      const next = Math.max(0, top);
      if (next === scrollTop) return;
      scrollTop = next;
      if (!pending) requestAnimationFrame(commitScroll);
      pending = true;
    },
    measure() {
      viewportHeight = scroller.clientHeight;
      headerHeight = header.offsetHeight;
    },
    remeasureRow(row: HTMLElement | null) {
      const height = row?.getBoundingClientRect().height ?? 0;
      if (height <= 0 || Math.abs(height - rowHeight) < 0.01) return false;
      rowHeight = height;
      return true;
    },
  };
}
