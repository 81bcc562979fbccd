import * as assert from 'node:assert/strict';
import { compareModels, DEFAULT_COMPARE_CATEGORIES, cheapestTiedWith } from '../../src/core/comparison/comparison';
import { comparisonMarkdown, costText } from '../../src/core/comparison/comparisonMarkdown';
import { blendedPrice, pricePerPoint } from '../../src/core/models/pricing';
import { categoryRows } from '../../src/core/rankings/leaderboardRows';
import { compareRatings } from '../../src/core/rankings/rankStatistics';
import { comparePickItems } from '../../src/core/comparison/comparePickItems';
import { buildModelCatalog } from '../../src/core/models/modelCatalog';
import { embeddedSnapshot, entry } from './fixtures';

describe('comparing models on the embedded snapshot', () => {
  const { data } = embeddedSnapshot();
  const qwen = 'qwen3.7-max-20260517';
  const opus = 'claude-opus-4-7';
  const cmp = compareModels(data, [qwen, opus], DEFAULT_COMPARE_CATEGORIES);

  it('compares Qwen3.7-Max with Claude Opus 4.7 on every default category where either is listed', () => {
    assert.deepEqual(cmp.models.map((m) => m.name), ['Qwen3.7-Max', 'Claude Opus 4.7']);
    const overall = cmp.categories.find((c) => c.boardId === 'webdev' && c.categoryId === 'overall');
    assert.ok(overall);
    assert.deepEqual(overall.entries.map((e) => e?.rank), [28, 14]);
    const pair = overall.pairs[0];
    assert.ok(pair);
    // Hand check: gap = 1516.68 − 1557.95 = −41.3; √(15.04 + variance of opus) …
    const [a, b] = [entry(categoryRows(data, 'webdev', 'overall'), qwen), entry(categoryRows(data, 'webdev', 'overall'), opus)];
    assert.ok(Math.abs(pair.gap - (a.rating - b.rating)) < 1e-9);
    assert.ok(Math.abs(pair.gapHalfWidth - 1.96 * Math.sqrt(a.variance + b.variance)) < 1e-9);
    assert.equal(pair.verdict, 'clearly-worse');
    assert.ok(pair.winProbability > 0.43 && pair.winProbability < 0.45);
  });

  it('compares the seed pair on both boards: Qwen3.7-Max is its preview entry on Text, with a verdict and its price', () => {
    // Names as people write them; the old comparison took entry names and had no Text verdict ("share no board" for Text).
    const seed = compareModels(data, ['Qwen3.7-Max', 'Claude Opus 4.7'], DEFAULT_COMPARE_CATEGORIES);
    const verdict = (boardId: string): string | undefined => seed.categories.find((c) => c.boardId === boardId && c.categoryId === 'overall')?.pairs[0]?.verdict;
    assert.equal(verdict('webdev'), 'clearly-worse');
    assert.equal(verdict('text_style_control'), 'clearly-worse');
    const text = seed.categories.find((c) => c.boardId === 'text_style_control' && c.categoryId === 'overall');
    assert.deepEqual(text?.entries.map((e) => e?.model), ['qwen3.7-max-preview', 'claude-opus-4-7']);
    assert.deepEqual(text?.listedAs, ['qwen3.7-max-preview', null]);
    assert.equal(seed.prices[0]?.openRouterId, 'qwen/qwen3.7-max');
    assert.ok(text?.pairs[0]?.cost, 'the Text verdict is priced at the model price, though the preview entry has none of its own');
    assert.equal(seed.categories.filter((c) => c.pairs.length > 0).length, 10, 'a verdict in every default category where both are listed (3 Code Arena, 7 Text)');
    assert.doesNotMatch(seed.agreements[0]?.summary ?? '', /share no board/);
  });

  it('shows a model missing from a board as missing, naming the related entry it lists instead (never merged)', () => {
    const c = compareModels(data, ['gpt-5.5 (codex-harness)', opus], DEFAULT_COMPARE_CATEGORIES);
    const text = c.categories.find((cat) => cat.boardId === 'text_style_control' && cat.categoryId === 'overall');
    assert.ok(text);
    assert.equal(text.entries[0], null);
    assert.equal(text.relatedNames[0], 'gpt-5.5', 'the base model of the harness variant, a separate entry');
    assert.equal(text.pairs.length, 0, 'no verdict without both models');
    const image = cmp.categories.find((cat) => cat.categoryId === 'image_to_webdev');
    assert.equal(image?.entries[0], null);
  });

  it('reports when the boards disagree (a model leads Code Arena but trails on Text coding)', () => {
    // claude-opus-5-high vs qwen3.8-max: tied on Code Arena overall (z = 0.88): look for a real disagreement instead.
    const c = compareModels(data, ['claude-opus-4-7', 'kimi-k2.6'], DEFAULT_COMPARE_CATEGORIES);
    const a = c.agreements[0];
    assert.ok(a);
    const verdicts = c.categories.flatMap((cat) => cat.pairs.map((p) => `${cat.boardTitle} ${cat.categoryLabel}: ${p.verdict}`));
    assert.ok(verdicts.length >= 4, verdicts.join('; '));
    assert.equal(a.aAhead.length + a.bAhead.length + a.tied.length, verdicts.length);
    if (a.aAhead.length > 0 && a.bAhead.length > 0) assert.match(a.summary, /^The boards disagree/);
    else assert.doesNotMatch(a.summary, /disagree/);
  });

  it('computes the price of the gain: Opus 4.7 costs $7.79/M more (3:1 blend) for 41 points', () => {
    const overall = cmp.categories[0];
    const pair = overall?.pairs[0];
    assert.ok(pair?.cost);
    // Qwen3.7-Max: 0.75·1.475 + 0.25·4.425 = 2.2125; Opus 4.7: 0.75·5 + 0.25·25 = 10.
    assert.ok(Math.abs((blendedPrice(data.prices.get(qwen) ?? null) ?? 0) - 2.2125) < 1e-12);
    assert.equal(blendedPrice(data.prices.get(opus) ?? null), 10);
    assert.ok(Math.abs(pair.cost.extraPerM - 7.7875) < 1e-9);
    assert.match(costText(pair), /^\+\$7\.79\/M blended for \+41 points \(\$0\.18\d per point\)$/);
  });

  it('says "price unknown" when either price is missing, never a guessed number', () => {
    const unpriced = 'glm-5.3-max';
    assert.equal(data.prices.get(unpriced), undefined);
    const c = compareModels(data, [unpriced, opus], { webdev: ['overall'] });
    const pair = c.categories[0]?.pairs[0];
    assert.ok(pair);
    assert.equal(pair.cost, null);
    assert.equal(costText(pair), 'price unknown');
    assert.equal(pricePerPoint({ rating: 1, price: null }, { rating: 0, price: null }), null);
  });

  it('finds the cheapest priced model statistically tied with each selected model', () => {
    const rows = categoryRows(data, 'webdev', 'overall');
    const q = entry(rows, qwen);
    const cheap = cheapestTiedWith(q, rows);
    assert.ok(cheap);
    assert.equal(compareRatings(cheap, q).verdict, 'tied');
    const price = blendedPrice(cheap.price) ?? Infinity;
    assert.ok(price < (blendedPrice(q.price) ?? 0));
    for (const r of rows) {
      const p = blendedPrice(r.price);
      if (p !== null && p < price && r.key !== q.key) assert.notEqual(compareRatings(r, q).verdict, 'tied', `${r.model} is cheaper and tied`);
    }
  });

  it('exports Markdown with scores, intervals, verdicts, prices, dates and the CC-BY attribution', () => {
    const md = comparisonMarkdown(cmp, data.provenance);
    assert.match(md, /^## Model comparison: Qwen3\.7-Max vs Claude Opus 4\.7/);
    assert.match(md, /^- \*\*Qwen3\.7-Max\*\* \(alibaba\): Code Arena as `qwen3\.7-max-20260517`, Text as `qwen3\.7-max-preview`\. `qwen3\.7-max-preview`: the preview of qwen3\.7-max: /m);
    assert.match(md, /\| Code Arena · Overall \(2026-08-19, 117 models\) \| #28 \(23–32\) · 1517 ±8 · 8,373 votes · as `qwen3\.7-max-20260517` \| #14 \(13–16\) · 1558 ±6 · 14,353 votes \|/);
    assert.match(md, /\| Code Arena · Overall \| Qwen3\.7-Max \(as `qwen3\.7-max-20260517`\) vs Claude Opus 4\.7 \| −41 ± 10 \| 44% \| clearly worse \|/);
    assert.match(md, /\| Text · Overall \| Qwen3\.7-Max \(as `qwen3\.7-max-preview`\) vs Claude Opus 4\.7 \| −20 ± 11 \| 47% \| clearly worse \|/);
    assert.match(md, /\| Qwen3\.7-Max \| \$1\.475 \| \$4\.425 \| \\?\$2\.213 \| 1M \|/);
    assert.match(md, /CC BY 4\.0/);
    assert.match(md, /Prices: OpenRouter 2026-08-08/);
  });

  it('escapes pipes and markup in model names so a hostile name cannot break the table', () => {
    const hostile = { ...data, boards: data.boards };
    const c = compareModels(hostile, ['a|b', opus], { webdev: ['overall'] });
    const md = comparisonMarkdown(c, data.provenance);
    assert.match(md, /a\\\|b/);
  });

  it('caps a selection at 6 models and drops duplicates', () => {
    const rows = categoryRows(data, 'webdev', 'overall').slice(0, 8).map((r) => r.model);
    assert.equal(compareModels(data, [...rows, rows[0] ?? ''], { webdev: ['overall'] }).models.length, 6);
    assert.equal(compareModels(data, [qwen, qwen, opus]).models.length, 2);
    assert.equal(compareModels(data, [qwen, 'Qwen3.7-Max', 'qwen3.7-max-preview', opus]).models.length, 2, 'one model under three names');
  });
});

describe('the Compare Models picker (one item per model)', () => {
  const { data } = embeddedSnapshot();
  const items = comparePickItems(data, ['claude-opus-4-7', 'Qwen3.7-Max', 'no-such-model']);

  it('offers each model once, named as people write it, with its entry and rank on each board', () => {
    assert.equal(items.length, buildModelCatalog(data).models.length);
    assert.equal(items.filter((i) => i.label === 'Qwen3.7-Max').length, 1);
    assert.deepEqual(items.slice(0, 2).map((i) => [i.label, i.description, i.detail, i.entry]), [
      ['Claude Opus 4.7', 'anthropic', 'Code Arena #14 as claude-opus-4-7 · Text #6 as claude-opus-4-7', 'claude-opus-4-7'],
      ['Qwen3.7-Max', 'alibaba', 'Code Arena #28 as qwen3.7-max-20260517 · Text #27 as qwen3.7-max-preview', 'qwen3.7-max-20260517'],
    ]);
    assert.deepEqual(items.slice(2, 4).map((i) => i.label), ['Claude Opus 5 · max', 'Kimi K3 Max'], 'then by Code Arena rank');
    const renamed = items.find((i) => i.label === 'Gemini 3.6 Flash · high');
    assert.equal(renamed?.detail, 'Code Arena #21 as gemini-3.6-flash-high · Text #20 as gemini-3.6-flash-high', 'an old name left in one category is not offered again');
    assert.equal(items.find((i) => i.label === 'GPT-5.5')?.detail, 'Text #24 as gpt-5.5');
  });
});
