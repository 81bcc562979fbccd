/** The comparison panel: lays out a prepared comparison as tables (text only). */
import { hostToCompareSchema, type CompareState, type CompareToHost } from '../shared/protocol';
import { el } from './dom';
import { vscodeApi } from './vscodeApi';
import { scoreChart } from './charts';
import { t } from '../shared/l10n';
import { usePageStrings } from './pageStrings';

// The page's words first: every text below is built after this.
usePageStrings(document);
const api = vscodeApi<Record<string, never>>();
const root = document.getElementById('app') as HTMLElement;
const live = el('div', { id: 'live', role: 'status', 'aria-live': 'polite', class: 'status' });

function send(message: CompareToHost): void {
  api.postMessage(message);
}

function table(caption: string, head: readonly string[], rows: readonly (readonly (Node | string)[])[], className = ''): HTMLTableElement {
  return el(
    'table',
    { class: `compare ${className}` },
    el('caption', {}, caption),
    el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, ...rows.map((cells) => el('tr', {}, ...cells.map((c, i) => (i === 0 ? el('th', { scope: 'row' }, c) : el('td', {}, c)))))),
  );
}

function entryCell(cell: CompareState['categories'][number]['cells'][number]): Node {
  if (cell.rank === null) return el('span', { class: 'dim missing' }, cell.missing);
  return el(
    'div',
    {},
    el('strong', {}, `#${cell.rank}`),
    cell.range ? el('span', { class: 'dim' }, ` (${cell.range})`) : null,
    el('div', {}, `${cell.score} · ${t('{0} votes', cell.votes)}`),
    cell.listedAs ? el('div', { class: 'dim listed-as' }, t('as {0}', cell.listedAs)) : null,
    cell.preliminary ? el('span', { class: 'badge' }, t('preliminary')) : null,
  );
}

type Benchmarks = NonNullable<CompareState['benchmarks']>;

/** A value with its rank within the source and the source's name for the model; "—" alone when unknown. */
function benchmarkCell(cell: Benchmarks['sections'][number]['rows'][number]['cells'][number]): Node {
  if (!cell.rank) return el('span', { class: 'dim missing', title: t('This source has no value for this model') }, cell.value);
  return el('div', {}, el('strong', {}, cell.value), el('span', { class: 'dim' }, ` ${cell.rank}`), el('div', { class: 'dim listed-as' }, t('as {0}', cell.sourceName)));
}

/** One table per source (or why it has none), the reason no gap gets a verdict, and whether the sources agree with Arena. */
function benchmarkSection(state: CompareState, benchmarks: Benchmarks): Node[] {
  const sections = benchmarks.sections.map((s) => {
    const caption = `${s.title}${s.date ? `, ${s.date}` : ''}`;
    // A source with no values at all says why instead of a table of "—"; a note beside values (which effort
    // variant a source measured instead) goes under the table.
    const anyValue = s.rows.some((r) => r.cells.some((c) => c.rank !== ''));
    if (s.note && !anyValue) return el('div', { class: 'benchmark-source' }, el('h3', {}, caption), el('p', { class: 'dim missing' }, s.note));
    const values = table(
      t('{0}: value, rank within the source', caption),
      [t('Metric'), ...state.models, t('Gap (no verdict)')],
      s.rows.map((r) => [r.metric, ...r.cells.map(benchmarkCell), el('div', {}, ...r.gaps.map((g) => el('div', {}, g)))]),
      'benchmarks',
    );
    return s.note ? el('div', { class: 'benchmark-source' }, values, el('p', { class: 'dim variant-hint' }, s.note)) : values;
  });
  return [
    el('h2', {}, t('Benchmarks beside the votes')),
    el('p', { class: 'dim no-verdict' }, benchmarks.noVerdict),
    ...sections,
    el('h2', {}, t('Do the sources agree?')),
    el('ul', { class: 'benchmark-agreements' }, ...benchmarks.agreements.map((a) => el('li', {}, a))),
  ];
}

function render(state: CompareState): void {
  const sideBySide = table(
    t('Side by side: rank (range the 95% intervals allow), score ± 95% CI, votes'),
    [t('Board · category'), ...state.models],
    state.categories.map((c) => [el('div', {}, c.title, el('div', { class: 'dim' }, t('published {0} · {1} models', c.publishDate, c.total))), ...c.cells.map(entryCell)]),
    'side-by-side',
  );
  const verdicts = table(
    t('Verdicts: gap ± 95% interval of the difference, win probability, what the gain costs'),
    [t('Board · category'), t('Pair'), t('Gap'), t('P(win)'), t('Verdict'), t('Cost of the gain')],
    state.verdicts.map((v) => [v.category, v.pair, v.gap, v.winProbability, el('span', { class: `verdict ${v.verdict}` }, v.verdictText), v.cost]),
  );
  const prices = table(
    t('Price (USD per million tokens) and context window'),
    [t('Model'), t('Input'), t('Output'), t('Blended 3:1'), t('Context'), t('Source')],
    state.models.map((m, i) => {
      const p = state.prices[i];
      return [m, p?.input ?? '—', p?.output ?? '—', p?.blended ?? '—', p?.context ?? '—', el('span', { class: 'dim' }, p?.note ?? '')];
    }),
  );
  root.replaceChildren(
    el(
      'header',
      { class: 'compare-header' },
      el('h1', {}, t('Compare {0} models', state.models.length)),
      el(
        'div',
        { class: 'actions' },
        el('button', { type: 'button', id: 'copy' }, t('Copy as Markdown')),
        el('button', { type: 'button', id: 'change', class: 'secondary' }, t('Change models…')),
      ),
    ),
    live,
    sideBySide,
    ...(state.history ? [scoreChart(state.history.series, state.history.title)] : []),
    el('h2', {}, t('Do the boards agree?')),
    el('ul', { class: 'agreements' }, ...state.agreements.map((a) => el('li', {}, a))),
    verdicts,
    ...(state.benchmarks ? benchmarkSection(state, state.benchmarks) : []),
    prices,
    el('h2', {}, t('Cheapest statistically tied model ({0})', state.cheapest.category)),
    el('ul', {}, ...state.cheapest.items.map((c) => el('li', {}, el('strong', {}, c.model), `: ${c.text}`))),
    el('footer', { class: 'dim' }, state.footer),
  );
  root.setAttribute('aria-busy', 'false');
}

root.addEventListener('click', (e) => {
  const id = (e.target as HTMLElement).closest('button')?.id;
  if (id === 'copy') send({ type: 'copyMarkdown' });
  else if (id === 'change') send({ type: 'changeModels' });
});

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const parsed = hostToCompareSchema.safeParse(event.data);
  if (!parsed.success) return;
  if (parsed.data.type === 'compareState') render(parsed.data);
  else live.textContent = t('Copied as Markdown to the clipboard.');
});

root.replaceChildren(el('p', { class: 'dim' }, t('Comparing…')));
send({ type: 'ready' });
