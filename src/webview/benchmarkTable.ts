/**
 * The Benchmarks board in the sidebar: a sortable table of the models' benchmark values (about 100–250
 * rows, drawn whole), its sources' notes and attribution. Every header says its source and date in its
 * tooltip; a missing value is "—"; missing values sort last whichever the direction.
 */
import type { BenchmarkRow, BenchmarkState } from '../shared/protocol';
import { el } from './dom';
import { t } from '../shared/l10n';

export interface BenchmarkSort {
  readonly column: string;
  readonly descending: boolean;
}

export interface BenchmarkTable {
  /** Draws a state (sorted as the user last chose, else by its default column), filtered by `search`. */
  show(state: BenchmarkState, search: string): void;
  /** Filters the rows shown. */
  search(text: string): void;
  readonly sort: BenchmarkSort | null;
}

const cell = (value: number | null, isRank: boolean): string => (value === null ? '—' : isRank ? `#${value}` : value.toFixed(1));

/** Compares two values, missing ones last in either direction. */
function compareValues(a: number | null, b: number | null, descending: boolean): number {
  if (a === null || b === null) return a === null ? (b === null ? 0 : 1) : -1;
  return descending ? b - a : a - b;
}

/** Builds the board inside `root` (hidden until shown); `saved` is the sort the user chose before. */
export function createBenchmarkTable(root: HTMLElement, saved: BenchmarkSort | null, onSort: (sort: BenchmarkSort) => void): BenchmarkTable {
  const headRow = el('tr', {});
  const body = el('tbody', {});
  const caption = el('caption', { class: 'visually-hidden' });
  const table = el('table', { id: 'benchmarks', class: 'benchmarks' }, caption, el('thead', {}, headRow), body);
  const count = el('p', { class: 'dim', id: 'benchmarkCount' });
  const notes = el('ul', { class: 'dim notes', id: 'benchmarkNotes' });
  const attribution = el('p', { class: 'dim', id: 'benchmarkAttribution' });
  const narrowHint = el('p', { class: 'dim benchmark-narrow-hint' }, t('Widen the sidebar for the Artificial Analysis agentic and intelligence indices and the LiveBench average.'));
  root.replaceChildren(el('div', { class: 'table-wrap benchmark-wrap' }, table), count, narrowHint, notes, attribution);

  let state: BenchmarkState | null = null;
  let sort: BenchmarkSort | null = saved;
  let query = '';
  /** The sort drawn last (the user's, or the state's default). */
  let drawn: BenchmarkSort | null = null;

  function matches(row: BenchmarkRow, words: readonly string[]): boolean {
    const text = `${row.name} ${row.variant ?? ''} ${row.organization} ${row.model}`.toLowerCase();
    return words.every((w) => text.includes(w));
  }

  function renderHead(current: BenchmarkState, active: BenchmarkSort): void {
    headRow.replaceChildren(
      el('th', { scope: 'col', class: 'model' }, t('Model')),
      ...current.columns.map((c) => {
        const sorted = c.id === active.column;
        const th = el(
          'th',
          { scope: 'col', class: `num col-${c.id}`, 'aria-sort': sorted ? (active.descending ? 'descending' : 'ascending') : 'none', title: c.title },
          el('button', { type: 'button', 'data-sort': c.id, 'aria-label': `${c.label}: ${c.title}` }, el('span', { class: 'label' }, c.label)),
        );
        return th;
      }),
    );
  }

  function renderBody(): void {
    if (!state) return;
    const current = state;
    const active = sort && current.columns.some((c) => c.id === sort?.column) ? sort : { column: current.defaultSort, descending: !current.columns.find((c) => c.id === current.defaultSort)?.lowerIsBetter };
    drawn = active;
    renderHead(current, active);
    const index = current.columns.findIndex((c) => c.id === active.column);
    const words = query.toLowerCase().split(/\s+/).filter((w) => w.length > 0);
    const rows = current.rows.filter((r) => matches(r, words));
    rows.sort((a, b) => compareValues(a.values[index] ?? null, b.values[index] ?? null, active.descending) || a.name.localeCompare(b.name));
    body.replaceChildren(
      ...rows.map((row) =>
        el(
          'tr',
          { 'data-key': row.key, title: row.detail || undefined },
          el('td', { class: 'model' }, el('span', { class: 'name' }, row.name), row.variant ? el('span', { class: 'variant' }, ` · ${row.variant}`) : null, el('span', { class: 'org dim' }, row.organization)),
          ...row.values.map((v, i) => el('td', { class: `num col-${current.columns[i]?.id ?? ''}` }, cell(v, current.columns[i]?.lowerIsBetter === true))),
        ),
      ),
    );
    caption.textContent = t('{0}: {1} models', current.title, rows.length);
    count.textContent = rows.length === current.rows.length ? t('{0} models with benchmark scores', rows.length) : t('{0} of {1} models', rows.length, current.rows.length);
  }

  headRow.addEventListener('click', (e) => {
    const id = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-sort]')?.dataset.sort;
    const column = state?.columns.find((c) => c.id === id);
    if (!column) return;
    sort = { column: column.id, descending: drawn?.column === column.id ? !drawn.descending : !column.lowerIsBetter };
    onSort(sort);
    renderBody();
    // The header was drawn again: the focus goes back to the button the user pressed.
    for (const button of headRow.querySelectorAll<HTMLButtonElement>('button[data-sort]')) if (button.dataset.sort === column.id) button.focus();
  });

  return {
    show(next, search) {
      state = next;
      query = search;
      notes.replaceChildren(...next.notes.map((n) => el('li', {}, n)));
      attribution.textContent = next.attribution;
      renderBody();
    },
    search(text) {
      query = text;
      renderBody();
    },
    get sort() {
      return sort;
    },
  };
}
