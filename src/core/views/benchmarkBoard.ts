/**
 * The sidebar's Benchmarks board: one row per model with a benchmark value, the Artificial Analysis
 * indices (from OpenRouter's model list), LiveBench's Coding, Agentic Coding and average, and the
 * model's Code Arena rank beside them. Every column names its source and date; a missing value is
 * null (shown "—"), never 0. Which sources are off or not there yet is said in plain sentences.
 */
import type { BenchmarkColumn, BenchmarkRow, BenchmarkState, Option, ViewStatus } from '../../shared/protocol';
import type { LeaderboardData } from '../boards/leaderboard';
import { BOARD } from '../boards/boardCatalog';
import type { BenchmarkJoin } from '../models/benchmarkJoin';
import { BENCHMARK_ATTRIBUTION, type ModelBenchmarks } from '../models/joinedBenchmark';
import type { ModelCatalog } from '../models/modelCatalog';
import type { ModelIdentity } from '../models/modelIdentity';
import { LIVEBENCH_AGENTIC_CODING, LIVEBENCH_CODING } from '../sources/liveBenchTable';
import { releaseDate } from '../sources/liveBenchReleases';
import { isoDay } from '../../shared/textFormat';
import { t, translatable } from '../../shared/l10n';

/** The board's id in the board picker (no Arena board has it). */
export const BENCHMARKS_BOARD_ID = 'benchmarks';
export const BENCHMARKS_BOARD_TITLE = translatable('Benchmarks');

/** What the sources stand at, for the notes under the table. */
export interface BenchmarkSources {
  /** Whether the user turned the source off in the settings. */
  readonly openRouterEnabled: boolean;
  readonly liveBenchEnabled: boolean;
  readonly offline: boolean;
  /** The LiveBench release shown (`2026_01_08`), or null when none has been downloaded yet. */
  readonly liveBenchRelease: string | null;
  /** When the LiveBench copy shown arrived (ms since epoch), or null. */
  readonly liveBenchFetchedAt: number | null;
  /** Why the last LiveBench check failed, naming LiveBench, or null. */
  readonly liveBenchError: string | null;
}


type ValueOf = (b: ModelBenchmarks) => number | null;

interface ColumnSpec {
  readonly id: string;
  readonly label: string;
  readonly source: 'arena' | 'artificial-analysis' | 'livebench';
  readonly what: string;
  readonly value: ValueOf | null;
}

const liveBenchCategory = (name: string): ValueOf => (b) => b.liveBench?.values.categories.find((c) => c.name === name)?.score ?? null;

const COLUMNS: readonly ColumnSpec[] = [
  { id: 'codeArena', label: translatable('Code #'), source: 'arena', what: translatable('Rank on Code Arena (overall)'), value: null },
  { id: 'aaCoding', label: translatable('AA code'), source: 'artificial-analysis', what: translatable('Artificial Analysis coding index'), value: (b) => b.artificialAnalysis?.values.coding ?? null },
  { id: 'aaAgentic', label: translatable('AA agent'), source: 'artificial-analysis', what: translatable('Artificial Analysis agentic index'), value: (b) => b.artificialAnalysis?.values.agentic ?? null },
  { id: 'aaIntelligence', label: translatable('AA intel'), source: 'artificial-analysis', what: translatable('Artificial Analysis intelligence index'), value: (b) => b.artificialAnalysis?.values.intelligence ?? null },
  { id: 'lbCoding', label: translatable('LB code'), source: 'livebench', what: translatable('LiveBench Coding score (0–100)'), value: liveBenchCategory(LIVEBENCH_CODING) },
  { id: 'lbAgentic', label: translatable('LB agent'), source: 'livebench', what: translatable('LiveBench Agentic Coding score (0–100)'), value: liveBenchCategory(LIVEBENCH_AGENTIC_CODING) },
  { id: 'lbOverall', label: translatable('LB avg'), source: 'livebench', what: translatable('LiveBench average over its categories (0–100)'), value: (b) => b.liveBench?.values.overall ?? null },
];

/** The column sorted by default: the one most models have (Artificial Analysis coding), highest first. */
export const DEFAULT_BENCHMARK_SORT = 'aaCoding';

function columnsFor(data: LeaderboardData, sources: BenchmarkSources): BenchmarkColumn[] {
  const aaDate = data.benchmarks?.date ?? null;
  const lbDate = sources.liveBenchRelease ? releaseDate(sources.liveBenchRelease) : null;
  const codeArena = data.boards.find((b) => b.id === BOARD.codeArena)?.categories.find((c) => c.id === 'overall')?.publishDate ?? null;
  return COLUMNS.filter((c) => (c.source === 'artificial-analysis' ? sources.openRouterEnabled : c.source === 'livebench' ? sources.liveBenchEnabled : true)).map((c) => {
    const source =
      c.source === 'arena'
        ? t('Arena, published {0}', codeArena ?? t('unknown'))
        : c.source === 'artificial-analysis'
          ? `${BENCHMARK_ATTRIBUTION['artificial-analysis']}, ${aaDate ?? t('no data')}`
          : t('LiveBench, release {0}', lbDate ?? t('not downloaded yet'));
    return { id: c.id, label: t(c.label), title: t('{0}. Source: {1}.', t(c.what), source), source, lowerIsBetter: c.source === 'arena' };
  });
}

/** Why a source shows nothing, or what state it is in, in plain sentences. */
function sourceNotes(data: LeaderboardData, sources: BenchmarkSources): string[] {
  const notes: string[] = [];
  if (!sources.openRouterEnabled) notes.push(t('Artificial Analysis is turned off in the settings (Model Rankings › Benchmarks: OpenRouter).'));
  else if (!data.benchmarks) notes.push(t('Artificial Analysis: the data shown has no benchmark values; they come with the next OpenRouter download.'));
  else notes.push(t("AA: Artificial Analysis indices as listed by OpenRouter on {0}, shown where the model's OpenRouter match is certain.", data.benchmarks.date));
  if (!sources.liveBenchEnabled) notes.push(t('LiveBench is turned off in the settings (Model Rankings › Benchmarks: LiveBench).'));
  else if (sources.liveBenchRelease === null) {
    notes.push(
      sources.offline
        ? t('LiveBench is not shipped with the extension (it publishes no data licence) and is downloaded on the first refresh; you are offline, so it is not shown.')
        : t('LiveBench is not shipped with the extension (it publishes no data licence): it appears after the first refresh, then stays cached.'),
    );
  } else {
    const fetched = sources.liveBenchFetchedAt !== null ? t(', downloaded {0}', isoDay(sources.liveBenchFetchedAt)) : '';
    notes.push(t('LB: LiveBench release {0}{1}; joined only where the name is the same model at the same effort level.', releaseDate(sources.liveBenchRelease), fetched));
  }
  notes.push(t('These scores come without confidence intervals: small gaps may mean nothing.'));
  return notes;
}

/** The entry a model is acted on by (compare, watch): its Code Arena entry, else its first. */
function entryName(model: ModelIdentity): string {
  return (model.entries.find((e) => e.boardId === BOARD.codeArena) ?? model.entries[0])?.name ?? model.id;
}

/** One line for a row's tooltip: the name each source lists the model under. */
function sourceNames(b: ModelBenchmarks): string {
  const parts: string[] = [];
  if (b.artificialAnalysis) parts.push(`Artificial Analysis via OpenRouter as ${b.artificialAnalysis.sourceName}`);
  if (b.liveBench) parts.push(`LiveBench as ${b.liveBench.sourceName}`);
  return parts.join(' · ').slice(0, 400);
}

/** Everything the Benchmarks board shows. `boards`: the board picker's options (Arena boards and this one). */
export function buildBenchmarkState(
  data: LeaderboardData,
  catalog: ModelCatalog,
  join: BenchmarkJoin,
  sources: BenchmarkSources,
  boards: readonly Option[],
  status: ViewStatus,
): BenchmarkState {
  const columns = columnsFor(data, sources);
  const specs = columns.map((c) => COLUMNS.find((s) => s.id === c.id)!);
  const rows: BenchmarkRow[] = [];
  for (const model of catalog.models) {
    const benchmarks = join.of(model);
    if (!benchmarks) continue;
    const values = specs.map((spec) => (spec.value ? spec.value(benchmarks) : (model.entries.find((e) => e.boardId === BOARD.codeArena && e.rankCategory === 'overall')?.rank ?? null)));
    // A model whose only values are in columns turned off, or only its rank, is not listed.
    if (!values.some((v, i) => v !== null && specs[i]?.source !== 'arena')) continue;
    rows.push({ key: model.id, model: entryName(model), name: model.baseName, variant: model.variant?.label ?? null, organization: model.organization, detail: sourceNames(benchmarks), values });
  }
  const attribution = [
    sources.openRouterEnabled && data.benchmarks ? BENCHMARK_ATTRIBUTION['artificial-analysis'] : null,
    sources.liveBenchEnabled && sources.liveBenchRelease ? BENCHMARK_ATTRIBUTION.livebench : null,
    t('Code Arena ranks: Arena leaderboard dataset, CC BY 4.0'),
  ]
    .filter((s): s is string => s !== null)
    .join(' · ');
  // A failed update with a copy held is an error (the copy shown is getting old); a first download that failed is a
  // calm notice, as the Arena boards' first start without a connection is: nothing shown was lost.
  const liveBenchStatus: ViewStatus | null =
    sources.liveBenchEnabled && sources.liveBenchError ? { kind: sources.liveBenchRelease ? 'error' : 'notice', message: liveBenchErrorSentence(sources) } : null;
  return {
    type: 'benchmarkState',
    boards: [...boards],
    boardId: BENCHMARKS_BOARD_ID,
    title: t(BENCHMARKS_BOARD_TITLE),
    description: t('Benchmark scores beside the votes, joined per model. Sort by any column; "—" means the source has no value for that model.'),
    columns,
    defaultSort: columns.some((c) => c.id === DEFAULT_BENCHMARK_SORT) ? DEFAULT_BENCHMARK_SORT : 'codeArena',
    rows,
    notes: sourceNotes(data, sources),
    attribution,
    // The leaderboards' own trouble first; else LiveBench's.
    status: status.kind === 'error' || status.kind === 'loading' || !liveBenchStatus ? status : liveBenchStatus,
  };
}

/** "LiveBench could not be updated: …. Showing release 2026-01-08 (downloaded …)." */
function liveBenchErrorSentence(sources: BenchmarkSources): string {
  const reason = (sources.liveBenchError ?? '').replace(/^LiveBench:\s*/, '');
  const shown = sources.liveBenchRelease
    ? t('Showing release {0}{1}.', releaseDate(sources.liveBenchRelease), sources.liveBenchFetchedAt !== null ? t(', downloaded {0}', isoDay(sources.liveBenchFetchedAt)) : '')
    : t('No LiveBench scores are shown until a download succeeds.');
  return t('LiveBench could not be updated: {0}. {1} The next try is within the hour.', reason.slice(0, 300), shown).slice(0, 1000);
}
