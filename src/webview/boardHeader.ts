/** Everything above and around the table that follows the board state: pickers, headings, date, attribution, status, your models. */
import type { BoardState, ViewStatus } from '../shared/protocol';
import { el } from './dom';
import { t } from '../shared/l10n';
import type { SidebarElements } from './sidebarLayout';

/** The options each select was last filled with: a refresh with the same boards, categories and labs leaves them alone. */
const filledWith = new WeakMap<HTMLSelectElement, string>();

/** Fills a select (only when its options changed) and selects `value`. */
export function setOptions(select: HTMLSelectElement, options: readonly { id: string; label: string }[], value: string): void {
  const key = JSON.stringify(options);
  if (filledWith.get(select) !== key) {
    // `new Option(text, value)` sets text, never markup.
    select.replaceChildren(...options.map((o) => new Option(o.label, o.id)));
    filledWith.set(select, key);
  }
  select.value = value;
}

/**
 * Loading, fine, a calm notice (offline on a first start) with "Try now", or an error with Retry and
 * "Show log" (the technical detail is in the log; the old data stays shown).
 */
export function showStatus(ui: SidebarElements, status: ViewStatus): void {
  ui.status.className = `status ${status.kind}`;
  ui.status.textContent = status.message ?? '';
  ui.root.setAttribute('aria-busy', status.kind === 'loading' ? 'true' : 'false');
  if (status.kind === 'error') {
    ui.status.append(
      el(
        'span',
        { class: 'status-actions' },
        el('button', { type: 'button', 'data-action': 'retry' }, t('Retry')),
        el('button', { type: 'button', class: 'secondary', 'data-action': 'showLog', title: t('Open the Model Rankings log in the Output view') }, t('Show log')),
      ),
    );
  } else if (status.kind === 'notice') {
    ui.status.append(el('span', { class: 'status-actions' }, el('button', { type: 'button', class: 'secondary', 'data-action': 'retry' }, t('Try now'))));
  }
}

/** The editor's own chat models, pinned above the table, each a button that selects its row. */
function renderYourModels(ui: SidebarElements, next: BoardState): void {
  ui.yourModels.hidden = next.yourModels.length === 0;
  if (next.yourModels.length === 0) return;
  ui.yourModels.replaceChildren(
    el('div', { class: 'dim' }, t('Your models (available in this editor):')),
    ...next.yourModels.map((m) => {
      const where = m.model === null ? t('not on this board') : `#${m.rank} ${m.model}${m.kind === 'proxy' ? t(' (proxy: an effort variant)') : ''}`;
      return el('button', { type: 'button', class: 'your-model', 'data-key': m.key ?? undefined, disabled: m.key === null, title: `${m.vendor}: ${m.name}` }, `${m.name} → ${where}`);
    }),
  );
}

/** Shows a board state's pickers, headings, publish date, attribution, prices note, your models and status; `organizations` fill the lab filter. */
export function renderBoardHeader(ui: SidebarElements, next: BoardState, organizations: readonly string[], organization: string): void {
  setOptions(ui.board, next.boards, next.boardId);
  setOptions(ui.category, next.categories.map((c) => ({ id: c.id, label: `${c.label} (${c.count ?? 0})` })), next.categoryId);
  setOptions(ui.organization, [{ id: '', label: t('All labs') }, ...organizations.map((o) => ({ id: o, label: o }))], organization);
  const category = next.categories.find((c) => c.id === next.categoryId);
  ui.heading.textContent = `${next.boardTitle} · ${category?.label ?? next.categoryId}`;
  ui.heading.title = next.boardDescription;
  ui.dateLine.textContent = t('Published {0} · {1}', next.publishDate, next.originNote);
  ui.caption.textContent = t('{0} leaderboard, {1}, published {2}', next.boardTitle, category?.label ?? next.categoryId, next.publishDate);
  ui.attribution.textContent = t('{0} · published {1}', next.attribution, next.publishDate);
  ui.prices.textContent = next.pricesNote;
  renderYourModels(ui, next);
  showStatus(ui, next.status);
}
