/** One line of a model's coding benchmarks, with sources and dates, for the status bar hover and the agent tool. */
import type { ModelBenchmarks } from '../models/joinedBenchmark';
import { LIVEBENCH_AGENTIC_CODING, LIVEBENCH_CODING } from '../sources/liveBenchTable';
import { releaseDate } from '../sources/liveBenchReleases';

const score = (n: number): string => n.toFixed(1);

/**
 * `Artificial Analysis coding 52.1, agentic 48.0 (2026-08-08) · LiveBench Coding 71.3, Agentic Coding 40.0 (2026-01-08)`,
 * or null when no source has a coding value for the model. Missing values are left out, never shown as 0.
 */
export function codingBenchmarkLine(b: ModelBenchmarks | null): string | null {
  if (!b) return null;
  const parts: string[] = [];
  const aa = b.artificialAnalysis;
  if (aa) {
    const values = [aa.values.coding !== null ? `coding ${score(aa.values.coding)}` : null, aa.values.agentic !== null ? `agentic ${score(aa.values.agentic)}` : null].filter((v) => v !== null);
    if (values.length > 0) parts.push(`Artificial Analysis ${values.join(', ')} (${aa.date})`);
  }
  const lb = b.liveBench;
  if (lb) {
    const values = [LIVEBENCH_CODING, LIVEBENCH_AGENTIC_CODING].flatMap((name) => {
      const value = lb.values.categories.find((c) => c.name === name)?.score ?? null;
      return value !== null ? [`${name} ${score(value)}`] : [];
    });
    if (values.length > 0) parts.push(`LiveBench ${values.join(', ')} (${releaseDate(lb.date)})`);
  }
  return parts.length > 0 ? parts.join(' · ') : null;
}
