/**
 * The comparison's benchmark section on real recorded data: the embedded snapshot (Arena 2026-08-19,
 * OpenRouter 2026-08-08 with Artificial Analysis and Design Arena) and LiveBench's recorded 2026_01_08 files.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import { embeddedSnapshot } from './fixtures';
import { compareModels, DEFAULT_COMPARE_CATEGORIES } from '../../src/core/comparison/comparison';
import { compareBenchmarks, NO_BENCHMARK_VERDICT } from '../../src/core/comparison/benchmarkComparison';
import { buildCompareState } from '../../src/core/comparison/comparisonView';
import { comparisonMarkdown } from '../../src/core/comparison/comparisonMarkdown';
import { joinBenchmarks } from '../../src/core/models/benchmarkJoin';
import { BENCHMARK_METRICS, rankWithin } from '../../src/core/models/benchmarkMetrics';
import { buildModelCatalog } from '../../src/core/models/modelCatalog';
import { parseOpenRouterBenchmarks } from '../../src/core/sources/openRouterBenchmarks';
import { hostToCompareSchema } from '../../src/shared/protocol';
import { sharedDataDir } from '../../scripts/recordedData';
import { recordedLiveBenchBoard } from './recordedBenchmarks';

const { data } = embeddedSnapshot();
const catalog = buildModelCatalog(data);

const SEED = ['qwen3.7-max-20260517', 'claude-opus-4-7'];

describe('comparison: benchmarks beside the votes (Qwen3.7-Max vs Claude Opus 4.7)', () => {
  const comparison = compareModels(data, SEED, DEFAULT_COMPARE_CATEGORIES);
  const withLiveBench = compareBenchmarks(comparison, joinBenchmarks(catalog, data, recordedLiveBenchBoard()));
  const offline = compareBenchmarks(comparison, joinBenchmarks(catalog, data, null));
  const state = buildCompareState(comparison, data.provenance, null, withLiveBench);
  const view = state.benchmarks;

  it('says which effort variant LiveBench measured where it has no value for the model compared, and shows none of its values', () => {
    const hinted = compareBenchmarks(comparison, joinBenchmarks(catalog, data, recordedLiveBenchBoard()), catalog.models);
    const liveBench = hinted.sections.find((s) => s.source === 'livebench');
    assert.ok(liveBench);
    assert.deepEqual(liveBench.variantHints, ['LiveBench lists Claude Opus 4.7 only as Claude Opus 4.7 · high; compare that variant to see its scores.']);
    assert.ok(liveBench.rows.every((r) => r.cells[1] === null), 'the variant\'s values are not shown as the model\'s');
    const markdown = comparisonMarkdown(comparison, data.provenance, hinted);
    assert.match(markdown, /LiveBench lists Claude Opus 4\.7 only as Claude Opus 4\.7 · high/);
    assert.deepEqual(withLiveBench.sections.find((s) => s.source === 'livebench')?.variantHints, [], 'no hint without the catalog');
  });

  it('has a section per source, each with its credit and date', () => {
    assert.ok(view);
    assert.deepEqual(
      view.sections.map((s) => `${s.title} | ${s.date}`),
      [
        "Artificial Analysis (via OpenRouter) | as of 2026-08-08 (OpenRouter's list)",
        "Design Arena (via OpenRouter) | as of 2026-08-08 (OpenRouter's list)",
        'LiveBench (White et al., ICLR 2025) | release 2026-01-08',
      ],
    );
    assert.ok(hostToCompareSchema.safeParse(state).success);
  });

  it('shows each value with its rank within the source, and "—" (never 0) where the source has none', () => {
    const rows = (title: string) => view?.sections.find((s) => s.title.startsWith(title))?.rows.map((r) => `${r.metric}: ${r.cells.map((c) => `${c.value} ${c.rank}`.trim()).join(' | ')}`);
    assert.deepEqual(rows('Artificial Analysis'), ['intelligence index: 46.7 #18 of 73 | 55.0 #10 of 73', 'coding index: 66.0 #17 of 79 | 73.6 #7 of 79', 'agentic index: 30.9 #23 of 73 | 46.3 #11 of 73']);
    // LiveBench measured Claude Opus 4.7 only at high effort (joined to "Claude Opus 4.7 · high"), never this entry.
    assert.deepEqual(rows('LiveBench'), ['overall average: 74.3 #22 of 126 | —', 'Coding: 74.2 #58 of 126 | —', 'Agentic Coding: 51.7 #41 of 126 | —']);
    assert.deepEqual(view?.sections[0]?.rows[1]?.cells.map((c) => c.sourceName), ['qwen/qwen3.7-max', 'anthropic/claude-opus-4.7']);
    for (const s of view?.sections ?? []) for (const r of s.rows) for (const c of r.cells) assert.doesNotMatch(c.value, /^0(\.0)?$/, `${s.title} ${r.metric}`);
  });

  it('ranks within the source among every model it has a value for, counting an OpenRouter id and its :batch tier once', () => {
    const coding = BENCHMARK_METRICS['artificial-analysis'].find((m) => m.id === 'aa-coding');
    assert.ok(coding && data.benchmarks);
    // Brute force over the data's OpenRouter list: every id with a coding index, tiers (`:batch`, `:free`) of a listed id left out.
    const ids = [...data.benchmarks.models].filter(([id, v]) => v.artificialAnalysis?.coding != null && !(id.includes(':') && data.benchmarks?.models.has(id.split(':')[0] ?? '')));
    const values = ids.map(([, v]) => v.artificialAnalysis?.coding ?? 0);
    assert.equal(values.length, 79);
    assert.equal(1 + values.filter((v) => v > 73.6).length, 7);
    // On the full recorded payload (400 models), `anthropic/claude-opus-4.7:batch` repeats the same values: counted once.
    const full = parseOpenRouterBenchmarks(JSON.parse(readFileSync(joinPath(sharedDataDir(), 'openrouter', 'models-2026-08-08.json'), 'utf8')));
    assert.ok(full);
    const set = { date: '2026-08-08', models: new Map(full.models.map((m) => [m.id, { artificialAnalysis: m.artificialAnalysis, designArena: m.designArena }])) };
    const pool = coding.pool({ openRouter: set, liveBench: null });
    const distinct = new Set(full.models.filter((m) => m.artificialAnalysis?.coding != null).map((m) => m.id.split(':')[0]));
    assert.equal(pool.length, distinct.size);
    assert.ok(full.models.some((m) => m.id === 'anthropic/claude-opus-4.7:batch'));
    assert.deepEqual(rankWithin(50, [60, 50, 50, 40]), { rank: 2, of: 4 });
  });

  it('shows the raw gap per pair and says why no verdict is given, never calling a model better', () => {
    const gaps = view?.sections.flatMap((s) => s.rows.map((r) => `${r.metric}: ${r.gaps.join('; ')}`));
    assert.ok(gaps?.includes('coding index: Qwen3.7-Max vs Claude Opus 4.7: −7.6'), gaps?.join('\n'));
    assert.ok(gaps?.includes('Full stack (agents): Qwen3.7-Max vs Claude Opus 4.7: −269'), gaps?.join('\n'));
    assert.ok(gaps?.includes('Coding: Qwen3.7-Max vs Claude Opus 4.7: —'), gaps?.join('\n'));
    assert.equal(view?.noVerdict, NO_BENCHMARK_VERDICT);
    assert.match(NO_BENCHMARK_VERDICT, /no confidence intervals/);
    assert.doesNotMatch(JSON.stringify(view?.sections), /better|worse|wins?\b/i);
  });

  it('says which sources order the pair as Code Arena does and which do not', () => {
    assert.deepEqual(withLiveBench.agreements.map((a) => a.summary), [
      'Code Arena · Overall rates Claude Opus 4.7 clearly better than Qwen3.7-Max. The same order: Artificial Analysis (intelligence index, coding index, agentic index) and Design Arena (Website (models), Code categories (models), Web apps (agents), Full stack (agents)). None orders them the other way.',
    ]);
    assert.deepEqual(withLiveBench.agreements[0]?.opposite, []);
  });

  it('says so when Arena calls a pair tied, and when a source orders a pair against Arena', () => {
    const three = compareModels(data, ['qwen3.7-max-20260517', 'claude-opus-4-7-thinking', 'glm-5.1'], DEFAULT_COMPARE_CATEGORIES);
    const agreements = compareBenchmarks(three, joinBenchmarks(catalog, data, recordedLiveBenchBoard())).agreements.map((a) => a.summary);
    assert.match(agreements[1] ?? '', /^Code Arena · Overall calls Qwen3\.7-Max and GLM-5\.1 statistically tied, so no source can agree or disagree with an order: Qwen3\.7-Max is ahead on Artificial Analysis \(.*\); GLM-5\.1 is ahead on LiveBench \(Coding, Agentic Coding\)\.$/);
    assert.match(agreements[0] ?? '', /^Code Arena · Overall rates Claude Opus 4\.7 · high clearly better than Qwen3\.7-Max\. The same order: LiveBench \(overall average, Coding, Agentic Coding\)\./);
  });

  it('explains an absent LiveBench (not bundled) instead of showing empty rows', () => {
    const live = offline.sections.find((s) => s.source === 'livebench');
    assert.equal(live?.date, null);
    assert.match(live?.absent ?? '', /not bundled with the extension, as LiveBench publishes no data licence/);
    assert.equal(offline.sections.find((s) => s.source === 'artificial-analysis')?.absent, null);
  });

  it('is part of Copy as Markdown', () => {
    const md = comparisonMarkdown(comparison, data.provenance, withLiveBench);
    assert.match(md, /\n### Benchmarks beside the votes\n\nThese sources publish no confidence intervals/);
    assert.match(md, /\n#### Artificial Analysis \(via OpenRouter\), as of 2026-08-08 \(OpenRouter's list\)\n\n\| Metric \| Qwen3\.7-Max \| Claude Opus 4\.7 \| Gap Qwen3\.7-Max vs Claude Opus 4\.7 \|/);
    assert.match(md, /\| coding index \| 66\.0 \(#17 of 79, as qwen/);
    assert.match(md, /\| Coding \| 74\.2 \(#58 of 126, as qwen3\.7-max\) \| — \| — \|/);
    assert.match(md, /#### Do the sources agree with Code Arena\?\n\n- Code Arena · Overall rates Claude Opus 4\.7 clearly better/);
    assert.doesNotMatch(comparisonMarkdown(comparison, data.provenance, offline), /\| Coding \|/);
    assert.doesNotMatch(comparisonMarkdown(comparison, data.provenance), /Benchmarks beside the votes/);
  });
});
