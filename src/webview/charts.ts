/** Small SVG charts built with DOM calls (no markup strings): a rank sparkline and a score-band chart. */
import type { HistoryPointView, HistoryView } from '../shared/protocol';
import { el } from './dom';
import { t } from '../shared/l10n';

const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

const day = (date: string): number => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/** Maps values to pixels. */
function scale(min: number, max: number, from: number, to: number): (v: number) => number {
  const span = max - min || 1;
  return (v) => from + ((v - min) / span) * (to - from);
}

/** Rank over time (rank 1 at the top), with the first and last rank labelled. */
export function rankSparkline(points: readonly HistoryPointView[], width = 240, height = 44): Element {
  const first = points[0];
  const last = points.at(-1);
  const label = first && last ? t('Rank #{0} on {1} → #{2} on {3}', first.rank, first.date, last.rank, last.date) : t('No history');
  const root = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': label, class: 'sparkline' });
  if (!first || !last || points.length < 2) return root;
  const x = scale(day(first.date), day(last.date), 4, width - 4);
  const ranks = points.map((p) => p.rank);
  const y = scale(Math.min(...ranks), Math.max(...ranks), 6, height - 6);
  root.append(svg('polyline', { points: points.map((p) => `${x(day(p.date)).toFixed(1)},${y(p.rank).toFixed(1)}`).join(' '), class: 'spark-line', fill: 'none' }));
  for (const p of [first, last]) root.append(svg('circle', { cx: x(day(p.date)).toFixed(1), cy: y(p.rank).toFixed(1), r: 2.5, class: 'spark-dot' }));
  const title = svg('title', {});
  title.textContent = label;
  root.prepend(title);
  return root;
}

/** Score with its 95% band over time, one colour per model, with a legend and axis labels. */
export function scoreChart(series: readonly HistoryView[], title: string, width = 640, height = 220): HTMLElement {
  const all = series.flatMap((s) => s.points);
  const figure = el('figure', { class: 'history-chart' }, el('figcaption', {}, title));
  if (all.length < 2) return figure;
  const pad = { left: 44, right: 10, top: 10, bottom: 24 };
  const days = all.map((p) => day(p.date));
  const x = scale(Math.min(...days), Math.max(...days), pad.left, width - pad.right);
  const [minScore, maxScore] = [Math.min(...all.map((p) => p.lower)), Math.max(...all.map((p) => p.upper))];
  const y = scale(minScore, maxScore, height - pad.bottom, pad.top);
  const root = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': title, class: 'chart' });
  const axis = (text: string, ax: number, ay: number, anchor: string): SVGTextElement => {
    const t = svg('text', { x: ax, y: ay, 'text-anchor': anchor, class: 'axis-label' });
    t.textContent = text;
    return t;
  };
  const firstDate = all.reduce((a, p) => (p.date < a ? p.date : a), all[0]?.date ?? '');
  const lastDate = all.reduce((a, p) => (p.date > a ? p.date : a), '');
  root.append(
    svg('line', { x1: pad.left, y1: height - pad.bottom, x2: width - pad.right, y2: height - pad.bottom, class: 'axis' }),
    svg('line', { x1: pad.left, y1: pad.top, x2: pad.left, y2: height - pad.bottom, class: 'axis' }),
    axis(String(Math.round(maxScore)), pad.left - 4, pad.top + 8, 'end'),
    axis(String(Math.round(minScore)), pad.left - 4, height - pad.bottom, 'end'),
    axis(firstDate, pad.left, height - 6, 'start'),
    axis(lastDate, width - pad.right, height - 6, 'end'),
  );
  const legend = el('ul', { class: 'legend' });
  series.forEach((s, i) => {
    const pts = s.points;
    if (pts.length === 0) return;
    const upper = pts.map((p) => `${x(day(p.date)).toFixed(1)},${y(p.upper).toFixed(1)}`);
    const lower = [...pts].reverse().map((p) => `${x(day(p.date)).toFixed(1)},${y(p.lower).toFixed(1)}`);
    root.append(svg('polygon', { points: [...upper, ...lower].join(' '), class: `band series-${i % 6}` }));
    root.append(svg('polyline', { points: pts.map((p) => `${x(day(p.date)).toFixed(1)},${y(p.rating).toFixed(1)}`).join(' '), class: `line series-${i % 6}`, fill: 'none' }));
    const first = pts[0];
    const last = pts.at(-1);
    const text = first && last ? `${s.model}: #${first.rank} (${first.date}, ${Math.round(first.rating)}) → #${last.rank} (${last.date}, ${Math.round(last.rating)})` : s.model;
    const renamed = s.formerNames.length ? ` — earlier listed as ${s.formerNames.join(', ')}` : '';
    legend.append(el('li', { class: `series-${i % 6}` }, el('span', { class: 'swatch' }), `${text}${renamed}`));
  });
  figure.append(root, legend);
  return figure;
}
