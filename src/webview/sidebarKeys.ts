/** The sidebar's keyboard: the table's keys (selection, details, watch, compare) and `/` to search. */

export interface TableKeyActions {
  /** Moves the selection by `delta` rows (clamped to the first and last row). */
  move(delta: number): void;
  /** Enter or Space: opens or closes the selected row's details. */
  toggleDetails(): void;
  /** W: watches or unwatches the selected model in the status bar. */
  toggleWatch(): void;
  /** C: picks the selected model for a comparison, or drops it. */
  toggleMark(): void;
}

const MOVES: Readonly<Record<string, number>> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10, Home: -1e9, End: 1e9 };

/** Keys on the table body (its rows hold the focus). */
export function bindTableKeys(body: HTMLElement, actions: TableKeyActions): void {
  body.addEventListener('keydown', (e) => {
    const delta = MOVES[e.key];
    if (delta !== undefined) {
      e.preventDefault();
      actions.move(delta);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      actions.toggleDetails();
    } else if (e.key === 'w' || e.key === 'W') {
      actions.toggleWatch();
    } else if (e.key === 'c' || e.key === 'C') {
      actions.toggleMark();
    }
  });
}

/** `/` anywhere in the view (outside the search box) focuses the search box. */
export function bindSearchShortcut(search: HTMLInputElement): void {
  document.addEventListener('keydown', (e) => {
    if (e.key === '/' && document.activeElement !== search) {
      e.preventDefault();
      search.focus();
    }
  });
}
