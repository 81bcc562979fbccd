/**
 * Which of the table's columns the stylesheet shows at the view's current width. The container queries
 * in webview.css decide (at the default sidebar width four columns are hidden); this module reads their
 * verdict from the header cells, so rows are built without cells nobody would see: a fifth fewer
 * elements for the browser to style on every render at that width.
 */

export interface ShownColumns {
  /** Sort keys of the columns hidden now (empty while the view has no layout: every cell is built). */
  readonly hidden: ReadonlySet<string>;
  /** The same as a string, for render signatures. */
  readonly key: string;
}

/** The column keys whose header cell is not rendered (display: none); none when the header itself has no layout. */
function hiddenIn(headRow: HTMLTableRowElement): Set<string> {
  const hidden = new Set<string>();
  if (headRow.getClientRects().length === 0) return hidden;
  for (const button of headRow.querySelectorAll<HTMLButtonElement>('th button[data-sort]')) {
    const th = button.closest('th');
    if (th && th.getClientRects().length === 0 && button.dataset.sort) hidden.add(button.dataset.sort);
  }
  return hidden;
}

/**
 * Reads the hidden columns now (call when a layout is due anyway, e.g. at startup) and again whenever the
 * header row changes size; `onChange` runs when the set changed (the rows in the DOM must be rebuilt).
 */
export function trackShownColumns(headRow: HTMLTableRowElement, onChange: () => void): ShownColumns {
  let hidden = hiddenIn(headRow);
  let key = [...hidden].join(' ');
  if (typeof ResizeObserver === 'function') {
    // A resize callback runs after layout: reading the header cells here costs no extra layout.
    new ResizeObserver(() => {
      const next = hiddenIn(headRow);
      const nextKey = [...next].join(' ');
      if (nextKey === key) return;
      hidden = next;
      key = nextKey;
      onChange();
    }).observe(headRow);
  }
  return {
    get hidden() {
      return hidden;
    },
    get key() {
      return key;
    },
  };
}
