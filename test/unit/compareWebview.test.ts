import * as assert from 'node:assert/strict';
import { compareModels, DEFAULT_COMPARE_CATEGORIES } from '../../src/core/comparison/comparison';
import { buildCompareState } from '../../src/core/comparison/comparisonView';
import { hostToCompareSchema } from '../../src/shared/protocol';
import { embeddedSnapshot } from './fixtures';
import { loadWebview } from './webviewDom';

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

  it('renders hostile model names as text', () => {
    const h = loadWebview('compare.js');
    const hostile = '<img src=x onerror="window.__pwned=1">';
    h.deliver({ ...state, models: [hostile, 'b'], agreements: [`${hostile} leads`] });
    assert.equal(h.document.querySelector('img'), null);
    assert.ok((h.document.body.textContent ?? '').includes(hostile));
  });
});
