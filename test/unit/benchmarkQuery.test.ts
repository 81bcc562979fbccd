/**
 * The agent tool's benchmark answers on real recorded data (embedded snapshot, recorded LiveBench),
 * checked against a brute-force filter over the data itself.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import { embeddedSnapshot, REPO_ROOT } from './fixtures';
import { answerRankingsQuery } from '../../src/core/views/rankingsQuery';
import { joinBenchmarks } from '../../src/core/models/benchmarkJoin';
import { buildModelCatalog } from '../../src/core/models/modelCatalog';
import { liveBenchModelOf } from '../../src/core/models/liveBenchJoin';
import { RANKABLE_METRIC_IDS } from '../../src/core/models/benchmarkMetrics';
import { liveBenchScore } from '../../src/core/sources/liveBenchTable';
import { recordedLiveBenchBoard } from './recordedBenchmarks';

const { data } = embeddedSnapshot();
const catalog = buildModelCatalog(data);
const liveBench = recordedLiveBenchBoard();
const join = joinBenchmarks(catalog, data, liveBench);

function answer(input: unknown, benchmarks = join): string {
  const result = answerRankingsQuery(data, input, benchmarks);
  assert.ok(result.ok, result.ok ? '' : result.error);
  return result.value;
}

/** The numbered result lines' model names, in order. */
const listed = (text: string): string[] => text.split('\n').filter((l) => /^\d+\. /.test(l)).map((l) => l.replace(/^\d+\. /, '').replace(/ \([a-z.-]+\): .*$/, ''));

describe('agent tool: "best agentic coding model under $5 per million output tokens"', () => {
  it('ranks by the Artificial Analysis agentic index: the same models as a brute-force filter over the OpenRouter list', () => {
    const text = answer({ benchmark: 'aa-agentic', maxOutputPricePerM: 5, top: 5 });
    // Brute force: a model priced exactly as an OpenRouter id (as prices are joined) with that id's agentic index, output price known and ≤ $5.
    const brute = catalog.models
      .filter((m) => m.price?.match === 'exact' && m.price.outputPerM !== null && m.price.outputPerM <= 5)
      .map((m) => ({ name: m.name, value: data.benchmarks?.models.get(m.price?.openRouterId ?? '')?.artificialAnalysis?.agentic ?? null }))
      .filter((m): m is { name: string; value: number } => m.value !== null)
      .sort((x, y) => y.value - x.value || x.name.localeCompare(y.name));
    assert.deepEqual(listed(text), brute.slice(0, 5).map((m) => m.name));
    assert.equal(listed(text)[0], 'Muse Spark 1.1');
    assert.match(text, /^Ranked by the Artificial Analysis agentic index\. Source: Artificial Analysis \(via OpenRouter\), as of 2026-08-08; scores out of 100 without confidence intervals/m);
    assert.match(text, /^1\. Muse Spark 1\.1 \(meta\): agentic index 39\.7 \(#15 of 73 in the source, as meta\/muse-spark-1\.1\); \$1\.25\/\$4\.25 per M input\/output tokens, context 1M; Code Arena · Overall #20 of 117 as muse-spark-1\.1\.$/m);
    assert.match(text, /Only models with a known price at or under \$5\/M output tokens; models without a known price are left out\./);
    assert.match(text, /^Left out because the source has no agentic index for them: 77 of the 117 models on Code Arena · Overall, among them #1 Claude Opus 5 · max, /m);
    assert.match(text, /CC BY 4\.0\. Prices: OpenRouter \(2026-08-08\)\./);
  });

  it('ranks by LiveBench Agentic Coding: the same models as a brute-force filter over the LiveBench table, naming those with an unknown price', () => {
    const text = answer({ benchmark: 'livebench-agentic-coding', maxOutputPricePerM: 5, top: 5 });
    const brute = liveBench.models
      .map((row) => ({ model: liveBenchModelOf(catalog, row.model), value: liveBenchScore(liveBench, row, 'Agentic Coding') }))
      .filter((r) => r.model !== null && r.value !== null && r.model.price?.outputPerM != null && r.model.price.outputPerM <= 5)
      .sort((x, y) => (y.value ?? 0) - (x.value ?? 0) || (x.model?.name ?? '').localeCompare(y.model?.name ?? ''));
    assert.deepEqual(listed(text), brute.slice(0, 5).map((r) => r.model?.name));
    assert.match(text, /^1\. Kimi K2\.7 Code \(moonshot\): Agentic Coding 70\.0 \(#2 of 126 in the source, as kimi-k2\.7-code\); \$0\.70\/\$3\.50 per M/m);
    assert.match(text, /Source: LiveBench \(White et al\., ICLR 2025\), release 2026-01-08/);
    assert.match(text, /^Left out because their price is unknown \(4\): Grok 4\.20 Beta 0309 · reasoning, Grok 4\.1 Fast · reasoning, Grok 4 0709, MiMo-V2-Pro\.$/m);
    // No model in the list shows a 0 for a value it does not have.
    assert.doesNotMatch(text, /Agentic Coding 0\.0/);
  });

  it('explains that LiveBench is absent before a refresh instead of ranking nothing silently', () => {
    const text = answer({ benchmark: 'livebench-coding' }, joinBenchmarks(catalog, data, null));
    assert.match(text, /^- No LiveBench data yet: it is not bundled with the extension, as LiveBench publishes no data licence/m);
    assert.equal(listed(text).length, 0);
  });

  it('combines a blended price limit with a benchmark, and keeps the Arena top-N answer as it was', () => {
    const text = answer({ benchmark: 'aa-coding', maxBlendedPricePerM: 3, top: 3 });
    assert.equal(listed(text).length, 3);
    assert.match(text, /at or under \$3\/M tokens blended \(3 input : 1 output\)/);
    const plain = answer({ top: 3, maxOutputPricePerM: 5 });
    assert.equal(plain.split('\n').filter((l) => l.startsWith('- ')).length, 3);
  });

  it('gives the benchmark values of named models, each with its source, date and the entry used', () => {
    const text = answer({ models: ['Qwen3.7-Max', 'Claude Opus 4.7'] });
    assert.match(text, /^ {2}Benchmarks \(no confidence intervals\): Artificial Analysis \(via OpenRouter\), as of 2026-08-08: intelligence index 46\.7 \(#18 of 73\), coding index 66\.0 \(#17 of 79\), agentic index 30\.9 \(#23 of 73\), as qwen\/qwen3\.7-max; .*LiveBench \(White et al\., ICLR 2025\), release 2026-01-08: overall average 74\.3 \(#22 of 126\), Coding 74\.2 \(#58 of 126\), Agentic Coding 51\.7 \(#41 of 126\), as qwen3\.7-max\.$/m);
    assert.match(text, /coding index 73\.6 \(#7 of 79\).*as anthropic\/claude-opus-4\.7; .*LiveBench \(White et al\., ICLR 2025\), release 2026-01-08: no value for this model\.$/m);
  });

  it('rejects an unknown benchmark with the list of known ones', () => {
    const result = answerRankingsQuery(data, { benchmark: 'swe-bench' }, join);
    assert.equal(result.ok, false);
    if (!result.ok) assert.match(result.error, /Invalid input: benchmark.*"aa-coding" \| "aa-agentic"/);
  });

  it('offers exactly these benchmarks in package.json', () => {
    const manifest = JSON.parse(readFileSync(joinPath(REPO_ROOT, 'package.json'), 'utf8')) as { contributes: { languageModelTools: { inputSchema: { properties: Record<string, { enum?: string[] }> } }[] } };
    const properties = manifest.contributes.languageModelTools[0]?.inputSchema.properties;
    assert.deepEqual(properties?.benchmark?.enum, [...RANKABLE_METRIC_IDS]);
    assert.ok(properties?.maxOutputPricePerM);
  });
});
