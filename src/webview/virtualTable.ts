/**
 * The virtualised table body: only the rows in view are in the DOM, with spacer rows standing in for
 * the others. A new set of rows is painted with just the rows in view; the margin above and below
 * (OVERSCAN rows, for smooth scrolling and Page Up/Down) is added after that frame. Rows already in the
 * DOM that would render the same stay in place (a search keystroke mostly removes rows), so the browser
 * lays out only what changed. Sizes come from ViewportMetrics, so rendering never forces a layout.
 */
import { el } from './dom';
import { covers, OVERSCAN, rowWindow, scrollToShow, type RowWindow } from './virtualWindow';
import { trackViewport } from './viewportMetrics';

export interface VirtualTable<T> {
  /** Shows `rows` at the current scroll position, at the top, or scrolled to show row index `at`. */
  show(rows: readonly T[], at?: 'top' | number): void;
  /** Re-renders the window (e.g. marks or the selection changed): rows whose signature changed are rebuilt. */
  refresh(): void;
  /** Scrolls row `index` into view, rendering it when it is outside the window (measures the viewport first: a user's selection). */
  reveal(index: number): void;
  /** The rows in the DOM (index range into the rows shown). */
  readonly rendered: RowWindow;
}

export interface VirtualTableParts<T> {
  readonly scroller: HTMLElement;
  readonly header: HTMLElement;
  readonly body: HTMLTableSectionElement;
  /** One `<tr>` for a row (its `aria-rowindex` is set here). */
  readonly renderRow: (row: T) => HTMLTableRowElement;
  /** What else a row's rendering depends on (e.g. selected, marked): a row object renders the same while this is unchanged. */
  readonly signature: (row: T) => string;
}

export function createVirtualTable<T extends object>({ scroller, header, body, renderRow, signature }: VirtualTableParts<T>): VirtualTable<T> {
  let rows: readonly T[] = [];
  let rendered: RowWindow = { start: 0, end: 0 };
  /** The `<tr>` of each row in the DOM, with the signature it was rendered with. */
  let inDom = new Map<T, { tr: HTMLTableRowElement; signature: string }>();
  const topSpacer = spacer();
  const bottomSpacer = spacer();
  let fillQueued = false;
  /** The row last brought into view on request (a selection): it stays in view when the view changes size. */
  let anchor: number | undefined;
  // Measured now, while the view shows "Loading…": a probe row styled like the data rows.
  const metrics = trackViewport(scroller, header, body.appendChild(el('tr', { 'data-key': '', 'aria-hidden': 'true' }, el('td', {}, 'M'))), keepAnchorInView);

  /** A spacer row standing in for rows not in the DOM. One cell without colspan: a spacer must not add columns (narrow sidebars hide some). */
  function spacer(): HTMLTableRowElement {
    return el('tr', { class: 'spacer', 'aria-hidden': 'true' }, el('td', {}));
  }

  /** The spacer sized for `count` rows, or null when none are left out (CSSOM styles are allowed by the CSP). */
  function sized(tr: HTMLTableRowElement, count: number): HTMLTableRowElement | null {
    if (count <= 0) return null;
    const height = `${count * metrics.rowHeight}px`;
    if (tr.style.height !== height) tr.style.height = height;
    return tr;
  }

  /** The `<tr>` for row `index`: the one in the DOM when it renders the same, else a new one. */
  function rowNode(index: number, next: Map<T, { tr: HTMLTableRowElement; signature: string }>): HTMLTableRowElement {
    const row = rows[index] as T;
    const sig = signature(row);
    const existing = inDom.get(row);
    const tr = existing?.signature === sig ? existing.tr : renderRow(row);
    const rowIndex = String(index + 2);
    if (tr.getAttribute('aria-rowindex') !== rowIndex) tr.setAttribute('aria-rowindex', rowIndex);
    next.set(row, { tr, signature: sig });
    return tr;
  }

  /** Makes the body's children exactly `nodes`, leaving in place the ones already there in the same order. */
  function reconcile(nodes: readonly HTMLTableRowElement[]): void {
    const keep = new Set<Node>(nodes);
    let cursor = body.firstChild;
    const dropStale = (): void => {
      while (cursor && !keep.has(cursor)) {
        const stale: ChildNode = cursor;
        cursor = cursor.nextSibling;
        stale.remove();
      }
    };
    for (const node of nodes) {
      dropStale();
      if (cursor === node) cursor = cursor.nextSibling;
      else body.insertBefore(node, cursor);
    }
    dropStale();
  }

  /** The window around the scroll position, or around row `anchor`; without a layout (hidden view) the fallback window keeps its margin. */
  function windowFor(anchor: number | undefined, withMargin: boolean): RowWindow {
    const { scrollTop, viewportHeight, rowHeight } = metrics;
    const margin = withMargin || viewportHeight === 0 ? OVERSCAN : 0;
    const range = rowWindow(rows.length, scrollTop, viewportHeight, rowHeight, margin);
    if (anchor === undefined || (anchor >= range.start && anchor < range.end)) return range;
    return rowWindow(rows.length, anchor * rowHeight, viewportHeight, rowHeight, margin);
  }

  function render(anchor?: number, withMargin = true): void {
    renderRange(windowFor(anchor, withMargin));
    if (!withMargin) queueMarginFill();
  }

  function renderRange(range: RowWindow): void {
    const next = new Map<T, { tr: HTMLTableRowElement; signature: string }>();
    const nodes: HTMLTableRowElement[] = [];
    const top = sized(topSpacer, range.start);
    if (top) nodes.push(top);
    for (let i = range.start; i < range.end; i++) nodes.push(rowNode(i, next));
    const bottom = sized(bottomSpacer, rows.length - range.end);
    if (bottom) nodes.push(bottom);
    reconcile(nodes);
    inDom = next;
    rendered = range;
  }

  /** After the frame is painted: add the margin rows around the rendered ones (the rows in view stay in place). */
  function queueMarginFill(): void {
    if (fillQueued) return;
    fillQueued = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        fillQueued = false;
        metrics.remeasureRow(body.querySelector<HTMLElement>('tr[data-key]'));
        render();
      }),
    );
  }

  let scrollQueued = false;
  scroller.addEventListener('scroll', () => {
    if (scrollQueued) return;
    scrollQueued = true;
    requestAnimationFrame(() => {
      scrollQueued = false;
      const range = windowFor(undefined, true);
      if (range.start !== rendered.start || range.end !== rendered.end) render();
    });
  });

  /** After a resize (e.g. the details pane grew when a history arrived): a requested row that was in view stays in view. */
  function keepAnchorInView(previousHeight: number): void {
    if (anchor !== undefined && anchor < rows.length) {
      const top = anchor * metrics.rowHeight;
      const wasInView = top >= metrics.scrollTop && top + metrics.rowHeight <= metrics.scrollTop + previousHeight - metrics.headerHeight + 1;
      if (wasInView) scrollToRow(anchor);
    }
    // A new board changes the header's height, so its first frame reports a resize: the margin is still queued
    // then, and rendering it (or dropping a row now out of view) here would add a layout before the first paint.
    if (!fillQueued) render();
    else if (!covers(rendered, windowFor(undefined, false))) render(undefined, false);
  }


  function scrollToRow(index: number): void {
    metrics.scrollTo(scrollToShow(index, metrics.scrollTop, metrics.viewportHeight, metrics.rowHeight, metrics.headerHeight));
  }

  return {
    show(next, at) {
      rows = next;
      anchor = typeof at === 'number' && at >= 0 ? at : undefined;
      if (at === 'top') metrics.scrollTo(0);
      else if (at !== undefined && at >= 0) scrollToRow(at);
      else {
        // Fewer rows than before: the browser will clamp the scroll offset; clamp it here the same way.
        const max = Math.max(0, rows.length * metrics.rowHeight + metrics.headerHeight - metrics.viewportHeight);
        if (metrics.scrollTop > max) metrics.scrollTo(max);
      }
      render(undefined, false);
    },
    refresh() {
      renderRange({ start: Math.min(rendered.start, rows.length), end: Math.min(rendered.end, rows.length) });
    },
    reveal(index) {
      anchor = index;
      metrics.measure();
      scrollToRow(index);
      if (index < rendered.start || index >= rendered.end) render(index);
    },
    get rendered() {
      return rendered;
    },
  };
}
