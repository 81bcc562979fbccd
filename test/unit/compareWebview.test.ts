import * as assert from 'node:assert/strict';
import { compareModels, DEFAULT_COMPARE_CATEGORIES } from '../../src/core/comparison/comparison';
import { buildCompareState } from '../../src/core/comparison/comparisonView';
import { hostToCompareSchema } from '../../src/shared/protocol';
import { embeddedSnapshot } from './fixtures';
import { loadWebview } from './webviewDom';
import { compareBenchmarks } from '../../src/core/comparison/benchmarkComparison';
import { joinBenchmarks } from '../../src/core/models/benchmarkJoin';
import { buildModelCatalog } from '../../src/core/models/modelCatalog';
import { recordedLiveBenchBoard } from './recordedBenchmarks';

describe('comparison panel script (jsdom)', () => {
  const { data } = embeddedSnapshot();
  const state = buildCompareState(compareModels(data, ['qwen3.7-max-20260517', 'claude-opus-4-7'], DEFAULT_COMPARE_CATEGORIES), data.provenance);

  it('builds a state that fits the protocol, each cell naming the entry when the model has several names', () => {
    assert.ok(hostToCompareSchema.safeParse(state).success);
    const text = state.categories.find((c) => c.title === 'Text · Overall');
    assert.deepEqual(text?.cells.map((c) => c.listedAs), ['qwen3.7-max-preview', undefined]);
    const missing = buildCompareState(compareModels(data, ['gpt-5.5 (codex-harness)', 'claude-opus-4-7'], DEFAULT_COMPARE_CATEGORIES), data.provenance);
    assert.equal(missing.categories.find((c) => c.title === 'Text · Overall')?.cells[0]?.missing, 'Not on this board (lists gpt-5.5, a separate entry)');
  });

  it('shows both models side by side per category, with verdicts, prices and attribution', () => {
    const h = loadWebview('compare.js');
    assert.deepEqual(h.sent[0], { type: 'ready' });
    h.deliver(state);
    const doc = h.document;
    const side = doc.querySelector('table.side-by-side') as HTMLTableElement;
    const head = [...side.querySelectorAll('thead th')].map((t) => t.textContent);
    assert.deepEqual(head, ['Board · category', 'Qwen3.7-Max', 'Claude Opus 4.7']);
    const firstRow = side.querySelector('tbody tr') as HTMLTableRowElement;
    assert.match(firstRow.textContent ?? '', /Code Arena · Overall.*published 2026-08-19.*#28 \(23–32\)1517 ±8 · 8,373 votesas qwen3\.7-max-20260517#14 \(13–16\)1558 ±6 · 14,353 votes/);
    // Each cell names the entry used where the board lists the model under another name.
    const textRow = [...side.querySelectorAll('tbody tr')].find((tr) => tr.textContent?.startsWith('Text · Overall'));
    assert.deepEqual([...(textRow?.querySelectorAll('.listed-as') ?? [])].map((e) => e.textContent), ['as qwen3.7-max-preview']);
    const verdicts = [...doc.querySelectorAll('.verdict.clearly-worse')].map((v) => v.closest('tr')?.textContent ?? '');
    assert.ok(verdicts.some((t) => t.startsWith('Code Arena · OverallQwen3.7-Max (as qwen3.7-max-20260517) vs Claude Opus 4.7')), verdicts.join('\n'));
    assert.ok(verdicts.some((t) => t.startsWith('Text · OverallQwen3.7-Max (as qwen3.7-max-preview) vs Claude Opus 4.7')), verdicts.join('\n'));
    assert.equal(doc.querySelector('.verdict.clearly-worse')?.textContent, 'Qwen3.7-Max is clearly worse');
    assert.match(doc.body.textContent ?? '', /OpenRouter qwen\/qwen3\.7-max · Listed on Code Arena as qwen3\.7-max-20260517, Text as qwen3\.7-max-preview\./);
    assert.match(doc.body.textContent ?? '', /\$1\.475.*\$4\.425/);
    assert.match(doc.querySelector('footer')?.textContent ?? '', /CC BY 4\.0.*2026-08-19.*OpenRouter 2026-08-08/);
  });

  it('asks the host to copy Markdown and confirms it', () => {
    const h = loadWebview('compare.js');
    h.deliver(state);
    (h.document.getElementById('copy') as HTMLButtonElement).click();
    assert.deepEqual(h.sent.at(-1), { type: 'copyMarkdown' });
    h.deliver({ type: 'copied' });
    assert.match(h.document.getElementById('live')?.textContent ?? '', /Copied/);
  });

  it('shows a benchmark section per source: value, rank within the source, "—" where unknown, the gap, why no verdict, and agreement', () => {
    const comparison = compareModels(data, ['qwen3.7-max-20260517', 'claude-opus-4-7'], DEFAULT_COMPARE_CATEGORIES);
    const benchmarks = compareBenchmarks(comparison, joinBenchmarks(buildModelCatalog(data), data, recordedLiveBenchBoard()));
    const h = loadWebview('compare.js');
    h.deliver(buildCompareState(comparison, data.provenance, null, benchmarks));
    const doc = h.document;
    const tables = [...doc.querySelectorAll('table.benchmarks')];
    assert.deepEqual(tables.map((t) => t.querySelector('caption')?.textContent), [
      "Artificial Analysis (via OpenRouter), as of 2026-08-08 (OpenRouter's list): value, rank within the source",
      "Design Arena (via OpenRouter), as of 2026-08-08 (OpenRouter's list): value, rank within the source",
      'LiveBench (White et al., ICLR 2025), release 2026-01-08: value, rank within the source',
    ]);
    assert.deepEqual([...(tables[0]?.querySelectorAll('thead th') ?? [])].map((t) => t.textContent), ['Metric', 'Qwen3.7-Max', 'Claude Opus 4.7', 'Gap (no verdict)']);
    const row = (table: Element | undefined, metric: string): string[] => {
      const tr = [...(table?.querySelectorAll('tbody tr') ?? [])].find((r) => r.querySelector('th')?.textContent === metric);
      return [...(tr?.querySelectorAll('td') ?? [])].map((td) => td.textContent ?? '');
    };
    assert.deepEqual(row(tables[0], 'coding index'), ['66.0 #17 of 79as qwen/qwen3.7-max', '73.6 #7 of 79as anthropic/claude-opus-4.7', 'Qwen3.7-Max vs Claude Opus 4.7: −7.6']);
    assert.deepEqual(row(tables[2], 'Agentic Coding'), ['51.7 #41 of 126as qwen3.7-max', '—', 'Qwen3.7-Max vs Claude Opus 4.7: —']);
    assert.match(doc.querySelector('.no-verdict')?.textContent ?? '', /no confidence intervals, so a gap cannot be told apart from noise/);
    const agreements = [...doc.querySelectorAll('.benchmark-agreements li')].map((li) => li.textContent);
    assert.equal(agreements.length, 1);
    assert.match(agreements[0] ?? '', /^Code Arena · Overall rates Claude Opus 4\.7 clearly better than Qwen3\.7-Max\. The same order: Artificial Analysis/);
    // Before the first refresh: LiveBench says why it is absent.
    h.deliver(buildCompareState(comparison, data.provenance, null, compareBenchmarks(comparison, joinBenchmarks(buildModelCatalog(data), data, null))));
    assert.equal(h.document.querySelectorAll('table.benchmarks').length, 2);
    assert.match(h.document.querySelector('.benchmark-source')?.textContent ?? '', /^LiveBench .*No LiveBench data yet: it is not bundled/);
    // A state without benchmarks (an older host) still renders.
    h.deliver(state);
    assert.equal(h.document.querySelectorAll('table.benchmarks').length, 0);
    assert.ok(h.document.querySelector('table.side-by-side'));
  });

  it('renders hostile model names as text', () => {
    const h = loadWebview('compare.js');
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const benchmarks = { sections: [{ title: hostile, date: '', note: '', rows: [{ metric: hostile, cells: [{ value: hostile, rank: '#1 of 2', sourceName: hostile }], gaps: [hostile] }] }], noVerdict: hostile, agreements: [hostile] };
    h.deliver({ ...state, models: [hostile, 'b'], agreements: [`${hostile} leads`], benchmarks });
    assert.equal(h.document.querySelector('img'), null);
    assert.ok((h.document.body.textContent ?? '').includes(hostile));
  });
});
