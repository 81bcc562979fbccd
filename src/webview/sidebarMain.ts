/** The sidebar webview: receives board states, lets the user search, sort, filter and navigate. */
import type { BenchmarkState, BoardState, Row, SidebarToHost } from '../shared/protocol';
import { parseHostToSidebar } from '../shared/sidebarMessageParser';
import { applyQuery, DEFAULT_QUERY, descendingFirst, organizations, type LicenceFilter, type SortKey, type TableQuery } from './tableModel';
import { renderRow } from './tableRender';
import { buildLayout } from './sidebarLayout';
import { vscodeApi } from './vscodeApi';
import { mark, measured } from './perfMarks';
import { createDetailsPane } from './detailsPane';
import { renderBoardHeader, setOptions, showStatus } from './boardHeader';
import { createBenchmarkTable, type BenchmarkSort, type BenchmarkTable } from './benchmarkTable';
import { createVirtualTable } from './virtualTable';
import { LIMITS } from '../shared/protocolLimits';
import { bindSearchShortcut, bindTableKeys } from './sidebarKeys';
import { trackShownColumns } from './shownColumns';
import { readPageState } from './pageState';
import { t } from '../shared/l10n';
import { usePageStrings } from './pageStrings';

interface SavedState {
  boardId?: string;
  categoryId?: string;
  query?: TableQuery;
  selectedKey?: string;
  expanded?: boolean;
  marked?: string[];
  benchmarkSort?: BenchmarkSort;
}

// The page's words first: every text below is built after this.
usePageStrings(document);
const api = vscodeApi<SavedState>();
const saved: SavedState = api.getState() ?? {};
// The board state the page carries when the host had the data at hand: drawn at the end of this script, so the
// first paint does not wait for the ready → board state round trip through the workbench and the extension host.
const pageState = measured('mr-page-state', () => readPageState(document));
// Ready first: the host builds the board state (or, when this page drew the one it carries, what changed since)
// while this script builds the view. Its answer is a message event, so it is handled after this script has run and
// registered its listener.
send({
  type: 'ready',
  ...(saved.boardId ? { boardId: saved.boardId } : {}),
  ...(saved.categoryId ? { categoryId: saved.categoryId } : {}),
  ...(pageState ? { pageStateShown: true } : {}),
});
mark('mr-ready');
const ui = buildLayout(document.getElementById('app') as HTMLElement);

let state: BoardState | null = null;
let query: TableQuery = { ...DEFAULT_QUERY, ...saved.query };
let visible: Row[] = [];
let selectedKey: string | undefined = saved.selectedKey;
let expanded = saved.expanded ?? false;
/** Models picked for a comparison (by name, so they survive board switches). */
let marked: string[] = saved.marked ?? [];
/** The Benchmarks board, built the first time it shows (never on an Arena board's first render). */
let benchmarks: BenchmarkTable | null = null;
let benchmarkSort: BenchmarkSort | null = saved.benchmarkSort ?? null;
/** Whether the Benchmarks board is showing (else an Arena board). */
let showingBenchmarks = false;

function send(message: SidebarToHost): void {
  api.postMessage(message);
}

function save(): void {
  const boardId = showingBenchmarks ? 'benchmarks' : state?.boardId;
  api.setState({ boardId, categoryId: showingBenchmarks ? undefined : state?.categoryId, query, selectedKey, expanded, marked, ...(benchmarkSort ? { benchmarkSort } : {}) });
}

/** Shows the Arena table or the Benchmarks board; the other's parts hide. */
function showBenchmarks(on: boolean): void {
  showingBenchmarks = on;
  ui.root.classList.toggle('benchmarks-mode', on);
  ui.benchmarks.hidden = !on;
}

function applyBenchmarkState(next: BenchmarkState): void {
  showBenchmarks(true);
  benchmarks ??= createBenchmarkTable(ui.benchmarks, benchmarkSort, (sort) => {
    benchmarkSort = sort;
    save();
  });
  setOptions(ui.board, next.boards, next.boardId);
  ui.heading.textContent = next.title;
  ui.heading.title = next.description;
  ui.dateLine.textContent = next.description;
  ui.search.value = query.search;
  showStatus(ui, next.status);
  benchmarks.show(next, query.search);
  save();
}

/** Re-renders rows from the current state and query (measured as `mr-render`, e.g. per keystroke). */
function renderTable(at?: 'top' | 'selection'): void {
  measured('mr-render', () => renderRows(at));
}

const table = createVirtualTable<Row>({
  scroller: ui.table.parentElement as HTMLElement,
  header: ui.headRow,
  body: ui.body,
  // The selection survives a search that hides it; the first row takes the focus meanwhile.
  renderRow: (row) => renderRow(row, row.key === shownSelection(), marked.includes(row.model), columns.hidden),
  signature: (row) => `${row.key === shownSelection()}|${marked.includes(row.model)}|${columns.key}`,
});
// Read after the table measured its probe row (a layout at startup anyway); a width that hides or shows columns rebuilds the rows.
const columns = trackShownColumns(ui.headRow, () => table.refresh());

const details = createDetailsPane(ui.details, (model) => send({ type: 'requestHistory', model }));

function renderDetailsPane(): void {
  details.show(expanded ? visible.find((r) => r.key === selectedKey) : undefined);
}

/** `at`: scroll to the top (a new board) or to the selected row when the results include it. */
function renderRows(at?: 'top' | 'selection'): void {
  if (!state) return;
  visible = applyQuery(state.rows, query);
  ui.table.setAttribute('aria-rowcount', String(visible.length + 1));
  table.show(visible, at === 'selection' ? visible.findIndex((r) => r.key === selectedKey) : at);
  renderDetailsPane();
  for (const th of ui.headRow.querySelectorAll('th')) {
    const key = th.querySelector('button')?.dataset.sort;
    th.setAttribute('aria-sort', key === query.sortKey ? (query.descending ? 'descending' : 'ascending') : 'none');
  }
  const total = state.rows.length;
  ui.count.textContent = visible.length === total ? t('{0} models', total) : t('{0} of {1} models', visible.length, total);
  ui.empty.hidden = visible.length > 0;
  renderMarkControls();
  ui.empty.textContent = total === 0 ? t('No models in this category.') : t('No model matches the search and filters.');
}

function applyState(next: BoardState): void {
  const boardChanged = showingBenchmarks || state?.boardId !== next.boardId || state?.categoryId !== next.categoryId;
  showBenchmarks(false);
  if (boardChanged || next.originNote !== state?.originNote) details.clearHistories();
  state = next;
  const orgs = organizations(next.rows);
  if (query.organization && !orgs.includes(query.organization)) query = { ...query, organization: '' };
  renderBoardHeader(ui, next, orgs, query.organization);
  ui.licence.value = query.licence;
  ui.hidePreliminary.checked = query.hidePreliminary;
  ui.search.value = query.search;
  renderTable(boardChanged ? 'top' : undefined);
  save();
}

function rowElement(key: string): HTMLTableRowElement | null {
  for (const tr of ui.body.querySelectorAll<HTMLTableRowElement>('tr[data-key]')) if (tr.dataset.key === key) return tr;
  return null;
}

function select(key: string | undefined, focus: boolean): void {
  if (key === undefined) return;
  selectedKey = key;
  // The details pane first: it may change the height left for the table, which the scroll below needs.
  renderDetailsPane();
  const index = visible.findIndex((r) => r.key === key);
  if (index >= 0) table.reveal(index);
  // Re-renders just the rows whose selection changed.
  table.refresh();
  // Scrolled above from the known row height: no layout is forced here.
  if (focus) rowElement(key)?.focus({ preventScroll: true });
  save();
}

let shown: { rows: Row[]; selected: string | undefined; key: string | undefined } | undefined;
/** The selected row when the results show it, else the first row (remembered per result set: asked once per rendered row). */
function shownSelection(): string | undefined {
  if (shown?.rows !== visible || shown.selected !== selectedKey) {
    shown = { rows: visible, selected: selectedKey, key: selectedKey !== undefined && visible.some((r) => r.key === selectedKey) ? selectedKey : visible[0]?.key };
  }
  return shown.key;
}

function moveSelection(delta: number): void {
  if (visible.length === 0) return;
  const index = visible.findIndex((r) => r.key === selectedKey);
  const next = Math.max(0, Math.min(visible.length - 1, (index === -1 ? 0 : index) + delta));
  select(visible[next]?.key, true);
}

function setQuery(patch: Partial<TableQuery>): void {
  query = { ...query, ...patch };
  // Keep the selected model in view when it is among the results (e.g. after clearing a search).
  renderTable('selection');
  save();
}

function onSort(key: SortKey): void {
  setQuery(query.sortKey === key ? { descending: !query.descending } : { sortKey: key, descending: descendingFirst(key) });
}

/** The Compare button's label and the Clear button, from the models picked. */
function renderMarkControls(): void {
  ui.compare.textContent = marked.length >= 2 ? t('Compare {0}', marked.length) : marked.length === 1 ? t('Compare 1 with…') : t('Compare…');
  ui.clearMarks.hidden = marked.length === 0;
}

function toggleMark(key: string | undefined): void {
  const row = visible.find((r) => r.key === key);
  if (!row) return;
  marked = marked.includes(row.model) ? marked.filter((m) => m !== row.model) : [...marked, row.model].slice(-LIMITS.compareModels);
  renderMarkControls();
  // Re-renders the rows whose mark changed.
  select(key, true);
}

/** Clears the search and filters (the sort stays), e.g. to show a model they hid. */
function showAllRows(): void {
  const { search, organization, licence, hidePreliminary } = DEFAULT_QUERY;
  setQuery({ search, organization, licence, hidePreliminary });
}

function toggleWatch(key: string | undefined): void {
  const row = visible.find((r) => r.key === key);
  if (row) send({ type: 'toggleWatch', model: row.model });
}

ui.board.addEventListener('change', () => send({ type: 'selectBoard', boardId: ui.board.value }));
ui.category.addEventListener('change', () => send({ type: 'selectCategory', categoryId: ui.category.value }));
ui.search.addEventListener('input', () => {
  if (!showingBenchmarks) return setQuery({ search: ui.search.value });
  query = { ...query, search: ui.search.value };
  benchmarks?.search(query.search);
  save();
});
ui.organization.addEventListener('change', () => setQuery({ organization: ui.organization.value }));
ui.licence.addEventListener('change', () => setQuery({ licence: ui.licence.value as LicenceFilter }));
ui.hidePreliminary.addEventListener('change', () => setQuery({ hidePreliminary: ui.hidePreliminary.checked }));
ui.search.addEventListener('keydown', (e) => {
  if (e.key === 'ArrowDown') {
    e.preventDefault();
    select(shownSelection(), true);
  }
});
ui.headRow.addEventListener('click', (e) => {
  const key = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-sort]')?.dataset.sort;
  if (key) onSort(key as SortKey);
});
ui.yourModels.addEventListener('click', (e) => {
  const key = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-key]')?.dataset.key;
  if (!key) return;
  if (!visible.some((r) => r.key === key)) showAllRows();
  select(key, true);
});
ui.compare.addEventListener('click', () => send({ type: 'compare', models: marked }));
ui.clearMarks.addEventListener('click', () => {
  marked = [];
  renderMarkControls();
  table.refresh();
  save();
});
ui.status.addEventListener('click', (e) => {
  const action = (e.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
  if (action === 'retry') send({ type: 'refresh' });
  else if (action === 'showLog') send({ type: 'showLog' });
});
ui.body.addEventListener('click', (e) => {
  const target = e.target as HTMLElement;
  const key = target.closest<HTMLTableRowElement>('tr[data-key]')?.dataset.key;
  if (target.closest('[data-action="watch"]')) toggleWatch(key);
  else if (key === selectedKey) {
    expanded = !expanded;
    select(key, true);
  } else select(key, true);
});
bindTableKeys(ui.body, {
  move: moveSelection,
  toggleDetails: () => {
    expanded = !expanded;
    select(shownSelection(), true);
  },
  toggleWatch: () => toggleWatch(selectedKey),
  toggleMark: () => toggleMark(selectedKey),
});
bindSearchShortcut(ui.search);

function onMessage(event: MessageEvent<unknown>): void {
  const message = parseHostToSidebar(event.data);
  if (!message) return;
  switch (message.type) {
    case 'boardState':
      applyState(message);
      return;
    case 'benchmarkState':
      applyBenchmarkState(message);
      return;
    case 'status':
      showStatus(ui, message.status);
      return;
    case 'history':
      if (message.boardId !== state?.boardId || message.categoryId !== state.categoryId) return;
      details.addHistory(message.history);
      return;
    case 'reveal': {
      const row = state?.rows.find((r) => r.model === message.model);
      if (!row) return;
      if (!visible.some((r) => r.key === row.key)) showAllRows();
      ui.search.value = query.search;
      select(row.key, true);
      rowElement(row.key)?.classList.add('flash');
      return;
    }
  }
}

// Each message is measured (`mr-message`: parsing and rendering, before the browser's style and layout).
window.addEventListener('message', (event: MessageEvent<unknown>) => measured('mr-message', () => onMessage(event)));

// The page's board state is measured as `mr-first-state` (with `mr-page-state`, its reading: as `mr-message` for a message).
if (pageState) measured('mr-first-state', () => applyState(pageState));
else showStatus(ui, { kind: 'loading', message: t('Loading leaderboards…') });
