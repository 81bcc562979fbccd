/** The benchmark part of a comparison as display strings: for the panel's state and for Copy as Markdown. */
import type { CompareBenchmarks } from '../../shared/protocol';
import { escapeMarkdown } from '../../shared/textFormat';
import type { BenchmarkMetric } from '../models/benchmarkMetrics';
import { NO_BENCHMARK_VERDICT, type BenchmarkCell, type BenchmarkComparison, type BenchmarkGap } from './benchmarkComparison';

/** What a reader sees for an unknown value: never 0, which would read as a real, very low score. */
export const UNKNOWN = '—';

/** `66.0` for a score out of 100, `1296` for an Elo. */
export function formatBenchmarkValue(value: number, metric: BenchmarkMetric): string {
  return metric.unit === 'Elo' ? Math.round(value).toString() : value.toFixed(1);
}

/** `−7.6` with a real minus sign, `+21`, `0.0`; `—` when a value is unknown. */
export function formatBenchmarkGap(gap: number | null, metric: BenchmarkMetric): string {
  if (gap === null) return UNKNOWN;
  const text = formatBenchmarkValue(Math.abs(gap), metric);
  return Number(text) === 0 ? text : `${gap > 0 ? '+' : '−'}${text}`;
}

/** `#7 of 79`: the rank among every model the source has a value for. */
export function rankText(cell: Pick<BenchmarkCell, 'rank' | 'of'>): string {
  return `#${cell.rank} of ${cell.of}`;
}

function gapText(gap: BenchmarkGap, metric: BenchmarkMetric, names: readonly string[]): string {
  return `${names[gap.a] ?? ''} vs ${names[gap.b] ?? ''}: ${formatBenchmarkGap(gap.gap, metric)}`;
}

/** "as of 2026-08-08" (OpenRouter's list) or "release 2026-01-08" (LiveBench's question set). */
function dateText(section: BenchmarkComparison['sections'][number]): string {
  if (section.date === null) return '';
  return section.source === 'livebench' ? `release ${section.date}` : `as of ${section.date} (OpenRouter's list)`;
}

/** The panel's benchmark section. */
export function benchmarksView(comparison: BenchmarkComparison, names: readonly string[]): CompareBenchmarks {
  return {
    sections: comparison.sections.map((s) => ({
      title: s.title,
      date: dateText(s),
      note: (s.absent ?? s.variantHints.join(' ')).slice(0, 400),
      rows: s.rows.map((r) => ({
        metric: r.metric.label,
        cells: r.cells.map((c) => (c ? { value: formatBenchmarkValue(c.value, r.metric), rank: rankText(c), sourceName: c.sourceName.slice(0, 300) } : { value: UNKNOWN, rank: '', sourceName: '' })),
        gaps: r.gaps.map((g) => gapText(g, r.metric, names).slice(0, 400)),
      })),
    })),
    noVerdict: NO_BENCHMARK_VERDICT,
    agreements: comparison.agreements.map((a) => a.summary),
  };
}

/** The benchmark section of the Markdown export: a table per source, the gaps, why no verdict, and the agreement per pair. */
export function benchmarksMarkdown(comparison: BenchmarkComparison, names: readonly string[]): string[] {
  const cell = escapeMarkdown;
  const out: string[] = ['', '### Benchmarks beside the votes', '', cell(NO_BENCHMARK_VERDICT)];
  const pairs = comparison.sections[0]?.rows[0]?.gaps ?? [];
  for (const s of comparison.sections) {
    out.push('', `#### ${cell(s.title)}${s.date ? `, ${cell(dateText(s))}` : ''}`, '');
    if (s.absent) {
      out.push(cell(s.absent));
      continue;
    }
    out.push(
      `| Metric | ${names.map(cell).join(' | ')} | ${pairs.map((g) => cell(`Gap ${names[g.a] ?? ''} vs ${names[g.b] ?? ''}`)).join(' | ')} |`,
      `|---|${names.map(() => '---').join('|')}|${pairs.map(() => '---').join('|')}|`,
    );
    for (const r of s.rows) {
      const values = r.cells.map((c) => (c ? cell(`${formatBenchmarkValue(c.value, r.metric)} (${rankText(c)}, as ${c.sourceName})`) : UNKNOWN));
      out.push(`| ${cell(r.metric.label)} | ${values.join(' | ')} | ${r.gaps.map((g) => formatBenchmarkGap(g.gap, r.metric)).join(' | ')} |`);
    }
    if (s.variantHints.length > 0) out.push('', ...s.variantHints.map(cell));
  }
  out.push('', '#### Do the sources agree with Code Arena?', '');
  for (const a of comparison.agreements) out.push(`- ${cell(a.summary)}`);
  return out;
}
