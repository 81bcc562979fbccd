/** Renders the leaderboard table rows and the details of one (text only: untrusted strings never go in as markup). */
import type { Row } from '../shared/protocol';
import { el } from './dom';
import type { SortKey } from './tableModel';
import { formatContext, formatCount, formatInterval, formatPrice, formatScore } from '../shared/textFormat';
import { t, translatable } from '../shared/l10n';

export interface Column {
  readonly key: SortKey;
  /** CSS class that lets narrow sidebars hide the column (details keep the value). */
  readonly className?: string;
  readonly label: string;
  readonly title: string;
  readonly numeric: boolean;
}

export const COLUMNS: readonly Column[] = [
  { key: 'rank', label: '#', title: translatable('Rank, with the range the 95% intervals allow'), numeric: true },
  { key: 'model', label: translatable('Model'), title: translatable('Model (hover a name for the board\'s own entry name)'), numeric: false },
  { key: 'rating', label: translatable('Score'), title: translatable('Arena score'), numeric: true },
  { key: 'ci', label: '±CI', title: translatable('Half-width of the 95% confidence interval of the score'), numeric: true, className: 'col-ci' },
  { key: 'votes', label: translatable('Votes'), title: translatable('Battles voted'), numeric: true, className: 'col-votes' },
  { key: 'organization', label: translatable('Org'), title: translatable('Organisation'), numeric: false, className: 'col-org' },
  { key: 'license', label: translatable('Licence'), title: translatable('Licence'), numeric: false, className: 'col-license' },
  { key: 'price', label: translatable('$/M in · out'), title: translatable('USD per million input · output tokens (OpenRouter)'), numeric: true, className: 'col-price' },
  { key: 'context', label: translatable('Context'), title: translatable('Context window (OpenRouter)'), numeric: true, className: 'col-context' },
];

/** The display name with its variant: `Claude Opus 5 · max`. */
export function fullName(row: Row): string {
  return row.variant ? `${row.name} · ${row.variant}` : row.name;
}

/** The tooltip of a name: the display name, and the entry as the board lists it. */
function modelTitle(row: Row): string {
  return `${fullName(row)}\n${t('Listed as {0}', row.model)}${row.alsoOn ? `\n${t('Also {0}', row.alsoOn)}` : ''}`;
}

/** `24–33` when the intervals leave the rank uncertain, else empty. */
function rankRange(row: Row): string {
  return row.rankBest === row.rankWorst ? '' : `${row.rankBest}–${row.rankWorst}`;
}

function rankTitle(row: Row): string {
  const range = rankRange(row);
  const tie = row.tiedWith > 0 ? (row.tiedWith === 1 ? t('; statistically tied with 1 other') : t('; statistically tied with {0} others', row.tiedWith)) : '';
  return range ? t('Rank {0}; the 95% intervals allow {1}{2}', row.rank, range, tie) : t('Rank {0}{1}', row.rank, tie);
}

function priceText(row: Row): string {
  if (row.inputPerM === null && row.outputPerM === null) return '—';
  return `${formatPrice(row.inputPerM)} · ${formatPrice(row.outputPerM)}`;
}

const NONE: ReadonlySet<string> = new Set();

/** Appends a `<td>` with text (never markup) to `tr`. */
function cell(tr: HTMLTableRowElement, className: string, text: string, title?: string): HTMLTableCellElement {
  const td = document.createElement('td');
  if (className) td.className = className;
  if (title !== undefined) td.title = title;
  td.textContent = text;
  tr.appendChild(td);
  return td;
}

/** One `<tr>` for a row; `marked` rows are picked for a comparison; no cells for the `hidden` columns (sort keys). */
export function renderRow(row: Row, selected: boolean, marked = false, hidden: ReadonlySet<string> = NONE): HTMLTableRowElement {
  const tr = document.createElement('tr');
  tr.setAttribute('data-key', row.key);
  // The row's context menu offers "Compare With…" (package.json `webview/context`).
  tr.setAttribute('data-vscode-context', JSON.stringify({ webviewSection: 'row', model: row.model, preventDefaultContextMenuItems: true }));
  tr.tabIndex = selected ? 0 : -1;
  tr.setAttribute('aria-selected', selected ? 'true' : 'false');
  if (selected || marked) tr.className = selected && marked ? 'selected marked' : selected ? 'selected' : 'marked';
  const range = rankRange(row);
  const rank = cell(tr, 'num rank', String(row.rank), rankTitle(row));
  if (range) rank.appendChild(el('span', { class: 'range' }, range));
  // A light element rather than a <button> per row (rows are re-created while scrolling); W does the same from the keyboard.
  cell(tr, 'watch', '').appendChild(el('span', { class: `star${row.watched ? ' on' : ''}`, role: 'button', 'aria-pressed': row.watched ? 'true' : 'false', title: row.watched ? t('Watched in the status bar (click to unwatch)') : t('Watch in the status bar'), 'data-action': 'watch' }, row.watched ? '★' : '☆'));
  // The display name wraps onto a second line rather than being cut short; the board's own entry name is in
  // the title and the details. The mark, variant and badge are bidi-isolated, so a name's direction controls
  // cannot reorder them.
  const model = cell(tr, 'model', '', modelTitle(row));
  const name = model.appendChild(el('div', { class: 'name' }, row.name));
  if (row.variant) name.append(el('span', { class: 'variant' }, ` · ${row.variant}`));
  if (marked) name.prepend(el('span', { class: 'mark', title: t('Picked for comparison (C)') }, '⇄ '));
  if (row.preliminary) name.append(el('span', { class: 'badge', title: t('Preliminary: few votes or a wide interval') }, t('prelim.')));
  const interval = formatInterval(row.lower, row.upper);
  const score = cell(tr, 'num score', formatScore(row.rating), t('{0} (95% CI {1} – {2})', row.rating.toFixed(1), row.lower.toFixed(1), row.upper.toFixed(1)));
  // Where the ±CI column gives its room to the names, the interval sits under the score, as the range under the rank.
  if (hidden.has('ci')) score.appendChild(el('span', { class: 'ci-under' }, interval));
  else cell(tr, 'num dim col-ci', interval);
  if (!hidden.has('votes')) cell(tr, 'num col-votes', formatCount(row.votes));
  if (!hidden.has('organization')) cell(tr, 'dim col-org', row.organization || '—');
  if (!hidden.has('license')) cell(tr, 'dim col-license', row.license || '—');
  if (!hidden.has('price')) cell(tr, 'num col-price', priceText(row), row.priceNote ?? t('No certain OpenRouter match: price unknown'));
  if (!hidden.has('context')) cell(tr, 'num col-context', formatContext(row.contextLength));
  return tr;
}

/** The details of the selected row, in words (shown in a pane under the table). */
export function renderDetails(row: Row): HTMLElement {
  const range = rankRange(row);
  const facts = [
    `${row.organization || t('Unknown organisation')} · ${row.license || t('licence not stated')}`,
    t('Rank {0}{1}{2}', row.rank, range ? t(' (95% range {0})', range) : '', row.tiedWith > 0 ? t(', tied with {0}', row.tiedWith) : ''),
    t('Score {0} [{1} – {2}]', row.rating.toFixed(1), row.lower.toFixed(1), row.upper.toFixed(1)),
    t('{0} votes{1}', formatCount(row.votes), row.preliminary ? t(' (preliminary)') : ''),
    row.priceNote ? t('{0} per M tokens, context {1} — {2}', priceText(row), formatContext(row.contextLength), row.priceNote) : t('Price: no certain match'),
  ];
  const listed = el('div', { class: 'dim' }, t('Listed here as {0}{1}', row.model, row.alsoOn ? t('; also {0}', row.alsoOn) : ''));
  return el('div', { class: 'details', 'data-details-for': row.key }, el('strong', { class: 'name' }, fullName(row)), listed, ...facts.map((f) => el('div', {}, f)));
}
