/** The comparison panel: lays out a prepared comparison as tables (text only). */
import { hostToCompareSchema, type CompareState, type CompareToHost } from '../shared/protocol';
import { el } from './dom';
import { vscodeApi } from './vscodeApi';
import { scoreChart } from './charts';

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
    el('div', {}, `${cell.score} · ${cell.votes} votes`),
    cell.listedAs ? el('div', { class: 'dim listed-as' }, `as ${cell.listedAs}`) : null,
    cell.preliminary ? el('span', { class: 'badge' }, 'preliminary') : null,
  );
}

type Benchmarks = NonNullable<CompareState['benchmarks']>;

/** A value with its rank within the source and the source's name for the model; "—" alone when unknown. */
function benchmarkCell(cell: Benchmarks['sections'][number]['rows'][number]['cells'][number]): Node {
  if (!cell.rank) return el('span', { class: 'dim missing', title: 'This source has no value for this model' }, cell.value);
  return el('div', {}, el('strong', {}, cell.value), el('span', { class: 'dim' }, ` ${cell.rank}`), el('div', { class: 'dim listed-as' }, `as ${cell.sourceName}`));
}

/** One table per source (or why it has none), the reason no gap gets a verdict, and whether the sources agree with Arena. */
function benchmarkSection(state: CompareState, benchmarks: Benchmarks): Node[] {
  const sections = benchmarks.sections.map((s) => {
    const caption = `${s.title}${s.date ? `, ${s.date}` : ''}`;
    if (s.note) return el('div', { class: 'benchmark-source' }, el('h3', {}, caption), el('p', { class: 'dim missing' }, s.note));
    return table(
      `${caption}: value, rank within the source`,
      ['Metric', ...state.models, 'Gap (no verdict)'],
      s.rows.map((r) => [r.metric, ...r.cells.map(benchmarkCell), el('div', {}, ...r.gaps.map((g) => el('div', {}, g)))]),
      'benchmarks',
    );
  });
  return [
    el('h2', {}, 'Benchmarks beside the votes'),
    el('p', { class: 'dim no-verdict' }, benchmarks.noVerdict),
    ...sections,
    el('h2', {}, 'Do the sources agree?'),
    el('ul', { class: 'benchmark-agreements' }, ...benchmarks.agreements.map((a) => el('li', {}, a))),
  ];
}

function render(state: CompareState): void {
  const sideBySide = table(
    'Side by side: rank (range the 95% intervals allow), score ± 95% CI, votes',
    ['Board · category', ...state.models],
    state.categories.map((c) => [el('div', {}, c.title, el('div', { class: 'dim' }, `published ${c.publishDate} · ${c.total} models`)), ...c.cells.map(entryCell)]),
    'side-by-side',
  );
  const verdicts = table(
    'Verdicts: gap ± 95% interval of the difference, win probability, what the gain costs',
    ['Board · category', 'Pair', 'Gap', 'P(win)', 'Verdict', 'Cost of the gain'],
    state.verdicts.map((v) => [v.category, v.pair, v.gap, v.winProbability, el('span', { class: `verdict ${v.verdict}` }, v.verdictText), v.cost]),
  );
  const prices = table(
    'Price (USD per million tokens) and context window',
    ['Model', 'Input', 'Output', 'Blended 3:1', 'Context', 'Source'],
    state.models.map((m, i) => {
      const p = state.prices[i];
      return [m, p?.input ?? '—', p?.output ?? '—', p?.blended ?? '—', p?.context ?? '—', el('span', { class: 'dim' }, p?.note ?? '')];
    }),
  );
  root.replaceChildren(
    el(
      'header',
      { class: 'compare-header' },
      el('h1', {}, `Compare ${state.models.length} models`),
      el(
        'div',
        { class: 'actions' },
        el('button', { type: 'button', id: 'copy' }, 'Copy as Markdown'),
        el('button', { type: 'button', id: 'change', class: 'secondary' }, 'Change models…'),
      ),
    ),
    live,
    sideBySide,
    ...(state.history ? [scoreChart(state.history.series, state.history.title)] : []),
    el('h2', {}, 'Do the boards agree?'),
    el('ul', { class: 'agreements' }, ...state.agreements.map((a) => el('li', {}, a))),
    verdicts,
    ...(state.benchmarks ? benchmarkSection(state, state.benchmarks) : []),
    prices,
    el('h2', {}, `Cheapest statistically tied model (${state.cheapest.category})`),
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
  else live.textContent = 'Copied as Markdown to the clipboard.';
});

root.replaceChildren(el('p', { class: 'dim' }, 'Comparing…'));
send({ type: 'ready' });
