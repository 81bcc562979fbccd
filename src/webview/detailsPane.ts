/** The pane under the table with the selected row in words and its rank history (asked of the host once per model). */
import type { HistoryView, Row } from '../shared/protocol';
import { rankSparkline } from './charts';
import { el } from './dom';
import { renderDetails } from './tableRender';
import { t } from '../shared/l10n';

export interface DetailsPane {
  /** Shows `row` (or hides the pane); unchanged content is left alone, so typing does not rebuild it. */
  show(row: Row | undefined): void;
  /** A history the host sent; shown when it is the current row's. */
  addHistory(history: HistoryView): void;
  /** Forgets histories (another board or category, or new data). */
  clearHistories(): void;
}

function historyLine(history: HistoryView): HTMLElement {
  const first = history.points[0];
  const last = history.points.at(-1);
  const renamed = history.formerNames.length ? t(' (earlier listed as {0})', history.formerNames.join(', ')) : '';
  return el(
    'div',
    { class: 'trend' },
    rankSparkline(history.points),
    el('span', { class: 'dim' }, first && last ? t(' #{0} on {1} → #{2} on {3}, {4} published dates{5}', first.rank, first.date, last.rank, last.date, history.points.length, renamed) : ''),
  );
}

export function createDetailsPane(container: HTMLElement, requestHistory: (model: string) => void): DetailsPane {
  const histories = new Map<string, HistoryView>();
  let current: { row: Row | undefined; history: HistoryView | undefined } = { row: undefined, history: undefined };

  function show(row: Row | undefined): void {
    const history = row ? histories.get(row.model) : undefined;
    if (row === current.row && history === current.history) return;
    current = { row, history };
    container.hidden = !row;
    if (!row) {
      container.replaceChildren();
      return;
    }
    const trend = history && history.points.length >= 2 ? [historyLine(history)] : [];
    container.replaceChildren(renderDetails(row), ...trend);
    if (!history) requestHistory(row.model);
  }

  return {
    show,
    addHistory(history) {
      histories.set(history.model, history);
      show(current.row);
    },
    clearHistories() {
      histories.clear();
    },
  };
}
