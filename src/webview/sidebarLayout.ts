/** The sidebar's static skeleton: controls, status line, table head, footer. */
import { el } from './dom';
import { t } from '../shared/l10n';
import { COLUMNS } from './tableRender';

export interface SidebarElements {
  readonly root: HTMLElement;
  readonly board: HTMLSelectElement;
  readonly category: HTMLSelectElement;
  readonly search: HTMLInputElement;
  readonly organization: HTMLSelectElement;
  readonly licence: HTMLSelectElement;
  readonly hidePreliminary: HTMLInputElement;
  readonly heading: HTMLElement;
  readonly dateLine: HTMLElement;
  readonly status: HTMLElement;
  readonly table: HTMLTableElement;
  readonly caption: HTMLTableCaptionElement;
  readonly headRow: HTMLTableRowElement;
  readonly body: HTMLTableSectionElement;
  readonly empty: HTMLElement;
  readonly count: HTMLElement;
  readonly attribution: HTMLElement;
  readonly prices: HTMLElement;
  readonly compare: HTMLButtonElement;
  readonly details: HTMLElement;
  readonly yourModels: HTMLElement;
  readonly clearMarks: HTMLButtonElement;
  /** The Benchmarks board's place (filled when first shown); the Arena-only parts hide while it shows. */
  readonly benchmarks: HTMLElement;
}

function labelled(text: string, control: HTMLElement, className = 'field'): HTMLElement {
  return el('label', { class: className }, el('span', {}, text), control);
}

/** A column header's sort button: in a narrow column its label is cut short with an ellipsis, never its sort arrow (CSS). */
function sortButton(key: string, label: string, title: string | undefined): HTMLButtonElement {
  return el('button', { type: 'button', 'data-sort': key, title: title === undefined ? undefined : t(title) }, el('span', { class: 'label' }, t(label)));
}

/** Builds the skeleton once; rendering fills it. */
export function buildLayout(root: HTMLElement): SidebarElements {
  const board = el('select', { id: 'board', 'aria-label': t('Board') });
  const category = el('select', { id: 'category', 'aria-label': t('Category') });
  const search = el('input', { id: 'search', type: 'search', placeholder: t('Search models, labs, licences  ( / )'), 'aria-label': t('Search models'), spellcheck: 'false', autocomplete: 'off' });
  const organization = el('select', { id: 'organization', 'aria-label': t('Filter by organisation') }, el('option', { value: '' }, t('All labs')));
  const licence = el(
    'select',
    { id: 'licence', 'aria-label': t('Filter by licence') },
    el('option', { value: 'all' }, t('Any licence')),
    el('option', { value: 'open' }, t('Open licences')),
    el('option', { value: 'proprietary' }, t('Proprietary')),
  );
  const hidePreliminary = el('input', { id: 'hidePreliminary', type: 'checkbox' });
  const compare = el('button', { id: 'compare', type: 'button', title: t('Compare the models picked with C (or pick in a list)') }, t('Compare…'));
  const clearMarks = el('button', { id: 'clearMarks', type: 'button', class: 'secondary', hidden: true }, t('Clear'));
  const heading = el('h2', { id: 'heading' });
  const dateLine = el('p', { id: 'dateLine', class: 'dim' });
  const status = el('div', { id: 'status', role: 'status', 'aria-live': 'polite' });
  const caption = el('caption', { class: 'visually-hidden' });
  const headRow = el('tr', {});
  headRow.append(el('th', { scope: 'col', class: 'num', 'aria-sort': 'ascending' }, sortButton('rank', COLUMNS[0]?.label ?? '#', COLUMNS[0]?.title)));
  headRow.append(el('th', { scope: 'col', class: 'watch', title: t('Watched in the status bar') }, el('span', { class: 'visually-hidden' }, t('Watched'))));
  for (const col of COLUMNS.slice(1)) {
    const className = [col.numeric ? 'num' : '', col.className ?? ''].join(' ').trim() || undefined;
    headRow.append(el('th', { scope: 'col', class: className, 'aria-sort': 'none' }, sortButton(col.key, col.label, col.title)));
  }
  const body = el('tbody', {});
  const headerRow = el('thead', {}, headRow);
  headRow.setAttribute('aria-rowindex', '1');
  const table = el('table', { id: 'leaderboard', 'aria-describedby': 'dateLine' }, caption, headerRow, body);
  const empty = el('p', { id: 'empty', class: 'empty arena-only', hidden: true });
  const yourModels = el('section', { id: 'yourModels', class: 'arena-only', 'aria-label': t('Your models'), hidden: true });
  const details = el('section', { id: 'details', class: 'arena-only', 'aria-live': 'polite', 'aria-label': t('Selected model'), hidden: true });
  const count = el('span', { id: 'count' });
  const attribution = el('p', { id: 'attribution', class: 'dim' });
  const prices = el('p', { id: 'prices', class: 'dim' });
  const benchmarks = el('section', { id: 'benchmarkBoard', 'aria-label': t('Benchmarks'), hidden: true });
  root.classList.add('sidebar-app');
  document.documentElement.classList.add('sidebar-page');
  root.replaceChildren(
    el('div', { class: 'controls' }, labelled(t('Board'), board), labelled(t('Category'), category, 'field arena-only')),
    el('div', { class: 'controls' }, search),
    el(
      'div',
      { class: 'controls filters arena-only' },
      organization,
      licence,
      el('label', { class: 'check' }, hidePreliminary, el('span', {}, t('Hide preliminary'))),
      compare,
      clearMarks,
    ),
    el('header', {}, heading, dateLine),
    yourModels,
    status,
    benchmarks,
    el('div', { class: 'table-wrap arena-only' }, table),
    empty,
    details,
    el('footer', { class: 'arena-only' }, el('p', { class: 'dim' }, count, el('span', { class: 'keys' }, t(' · ↑↓ move · Enter details · W watch · C pick to compare')), el('span', { class: 'narrow-hint' }, t(' · widen the sidebar for more columns'))), attribution, prices),
  );
  return { root, board, category, search, organization, licence, hidePreliminary, heading, dateLine, status, table, caption, headRow, body, empty, count, attribution, prices, compare, clearMarks, details, yourModels, benchmarks };
}
