import * as assert from 'node:assert/strict';
import { compareModels, DEFAULT_COMPARE_CATEGORIES, cheapestTiedWith } from '../../src/core/comparison/comparison';
import { comparisonMarkdown, costText } from '../../src/core/comparison/comparisonMarkdown';
import { blendedPrice, pricePerPoint } from '../../src/core/models/pricing';
import { categoryRows } from '../../src/core/rankings/leaderboardRows';
import { compareRatings } from '../../src/core/rankings/rankStatistics';
import { embeddedSnapshot, entry } from './fixtures';

describe('comparing models on the embedded snapshot', () => {
  const { data } = embeddedSnapshot();
  const qwen = 'qwen3.7-max-20260517';
  const opus = 'claude-opus-4-7';
  const cmp = compareModels(data, [qwen, opus], DEFAULT_COMPARE_CATEGORIES);

  it('compares Qwen3.7-Max with Claude Opus 4.7 on every default category where either is listed', () => {
    assert.deepEqual(cmp.models, [qwen, opus]);
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

  it('shows a model missing from a board as missing, naming the separate entry it lists instead (never merged)', () => {
    const text = cmp.categories.find((c) => c.boardId === 'text_style_control' && c.categoryId === 'overall');
    assert.ok(text);
    assert.equal(text.entries[0], null);
    assert.equal(text.relatedNames[0], 'qwen3.7-max-preview');
    assert.equal(text.pairs.length, 0, 'no verdict without both models');
    const image = cmp.categories.find((c) => c.categoryId === 'image_to_webdev');
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
    assert.match(md, /^## Model comparison: qwen3\.7-max-20260517 vs claude-opus-4-7/);
    assert.match(md, /\| Code Arena · Overall \(2026-08-19, 117 models\) \| #28 \(23–32\) · 1517 ±8 · 8,373 votes \| #14 \(13–16\) · 1558 ±6 · 14,353 votes \|/);
    assert.match(md, /\| Code Arena · Overall \| qwen3\.7-max-20260517 vs claude-opus-4-7 \| −41 ± 10 \| 44% \| clearly worse \|/);
    assert.match(md, /not on this board \(it lists qwen3\.7-max-preview, a separate entry\)/);
    assert.match(md, /\| qwen3\.7-max-20260517 \| \$1\.475 \| \$4\.425 \| \\?\$2\.213 \| 1M \|/);
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
  });
});
