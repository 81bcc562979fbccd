import * as assert from 'node:assert/strict';
import { matchPrices, normaliseModelName, OpenRouterIndex, queryMatchesModel, stripVariantSuffix } from '../../src/core/models/modelMatching';
import { readRecordedOpenRouter } from '../../scripts/recordedData';
import { recordedBoard } from './fixtures';

describe('model matching (Arena ↔ OpenRouter), precision first', () => {
  const openRouter = readRecordedOpenRouter();
  const index = new OpenRouterIndex(openRouter.models);

  it('normalises case, version dashes, spaces and date stamps', () => {
    assert.equal(normaliseModelName('claude-opus-4-7'), 'claude-opus-4.7');
    assert.equal(normaliseModelName('qwen3.7-max-20260517'), 'qwen3.7-max');
    assert.equal(normaliseModelName('Inkling Small'), 'inkling-small');
    assert.equal(normaliseModelName('claude-opus-4-5-20251101-high-32k'), 'claude-opus-4.5-high-32k');
    assert.equal(stripVariantSuffix('gpt-5.6-sol-xhigh-(codex-harness)', 'openai'), 'gpt-5.6-sol');
    assert.equal(stripVariantSuffix('qwen3.8-max', 'alibaba'), null, '-max is a Qwen model name, not an effort');
    assert.equal(stripVariantSuffix('claude-opus-5-max', 'anthropic'), 'claude-opus-5');
  });

  // Real name pairs from the recorded 2026-08-19 Code Arena board and the 2026-08-08 OpenRouter list.
  const pairs: [string, string, string, 'exact' | 'variant'][] = [
    ['qwen3.7-max-20260517', 'alibaba', 'qwen/qwen3.7-max', 'exact'],
    ['qwen3.8-max', 'alibaba', 'qwen/qwen3.8-max', 'exact'],
    ['claude-opus-4-7', 'anthropic', 'anthropic/claude-opus-4.7', 'exact'],
    ['claude-opus-4-7-high', 'anthropic', 'anthropic/claude-opus-4.7', 'variant'],
    ['claude-opus-5-max', 'anthropic', 'anthropic/claude-opus-5', 'variant'],
    ['gpt-5.6-sol-xhigh (codex-harness)', 'openai', 'openai/gpt-5.6-sol', 'variant'],
    ['deepseek-v4-pro-high-20260813', 'deepseek', 'deepseek/deepseek-v4-pro', 'variant'],
    ['mistral-medium-3.5', 'mistral', 'mistralai/mistral-medium-3-5', 'exact'],
    ['Inkling Small', 'thinky', 'thinkingmachines/inkling-small', 'exact'],
    ['gemma-4-31b', 'google', 'google/gemma-4-31b-it', 'exact'],
    ['claude-haiku-4-5-20251001', 'anthropic', 'anthropic/claude-haiku-4.5', 'exact'],
    ['muse-spark-1.2 (xHigh)', 'meta', 'meta/muse-spark-1.2', 'variant'],
  ];
  for (const [arena, org, id, kind] of pairs) {
    it(`matches ${arena} → ${id} (${kind})`, () => {
      const price = index.match(arena, org);
      assert.equal(price?.openRouterId, id);
      assert.equal(price?.match, kind);
    });
  }

  const nonMatches: [string, string, string][] = [
    ['kimi-k3-max', 'moonshot', 'Moonshot `-max` may be a larger model, not an effort: no guess'],
    ['glm-5.3-max', 'zai', 'no glm-5.3 on OpenRouter, and -max is not an effort for Z.ai'],
    ['deepseek-v4-pro-high-preview', 'deepseek', 'a preview is not the release'],
    ['laguna-xs.2', 'poolside', 'laguna-xs-2.1 is another version'],
    ['gemini-3-flash', 'google', 'only gemini-3-flash-preview is priced'],
    ['hunyuan-hy3-preview', 'tencent', 'different name'],
    ['KAT-Coder-Pro-V1', '', 'unknown organisation and no exact name'],
    ['claude-opus-4-7', 'openai', 'organisation contradicts the vendor'],
    ['grok-4.5', 'unknown-lab', 'unknown organisation mapping'],
  ];
  for (const [arena, org, why] of nonMatches) {
    it(`does not match ${arena}: ${why}`, () => {
      assert.equal(index.match(arena, org), null);
    });
  }

  it('refuses a name that two OpenRouter models claim', () => {
    const twin = new OpenRouterIndex([
      { id: 'qwen/qwen3.7-max', inputPerM: 1, outputPerM: 2, contextLength: 1000 },
      { id: 'qwen/qwen3-7-max', inputPerM: 9, outputPerM: 9, contextLength: 1000 },
    ]);
    assert.equal(twin.match('qwen3.7-max-20260517', 'alibaba'), null);
  });

  it('ignores :batch, :free, ~latest aliases and routers', () => {
    const only = new OpenRouterIndex([
      { id: 'anthropic/claude-opus-5:batch', inputPerM: 1, outputPerM: 1, contextLength: 1 },
      { id: '~anthropic/claude-opus-latest', inputPerM: 1, outputPerM: 1, contextLength: 1 },
    ]);
    assert.equal(only.match('claude-opus-5-max', 'anthropic'), null);
  });

  it('prices 83 of the 116 distinct Code Arena models of 2026-08-19, Qwen3.7-Max at its OpenRouter price', function () {
    const overall = recordedBoard('webdev', '2026-08-19').categories.find((c) => c.id === 'overall')?.entries ?? [];
    const prices = matchPrices(overall, openRouter.models);
    const distinct = new Set(overall.map((e) => e.model)).size;
    // Reported so a change in coverage is visible in the test log.
    console.log(`      priced: ${prices.size} of ${distinct} distinct Code Arena models (2026-08-19)`);
    assert.equal(prices.size, 83);
    assert.equal(distinct, 116);
    const qwen = prices.get('qwen3.7-max-20260517');
    const raw = (openRouter.raw as { id: string; pricing: { prompt: string; completion: string }; context_length: number }[]).find((m) => m.id === 'qwen/qwen3.7-max');
    assert.equal(qwen?.inputPerM, Number(raw?.pricing.prompt) * 1e6);
    assert.equal(qwen?.outputPerM, Number(raw?.pricing.completion) * 1e6);
    assert.equal(qwen?.contextLength, raw?.context_length);
    assert.deepEqual([qwen?.inputPerM, qwen?.outputPerM, qwen?.contextLength], [1.475, 4.425, 1000000]);
  });

  it('watch queries match a model with or without its date stamp, and nothing looser', () => {
    assert.equal(queryMatchesModel('qwen3.7-max', 'qwen3.7-max-20260517'), true);
    assert.equal(queryMatchesModel('Qwen3.7-Max', 'qwen3.7-max-20260517'), true);
    assert.equal(queryMatchesModel('qwen3.7', 'qwen3.7-max-20260517'), false);
    assert.equal(queryMatchesModel('claude-opus-4-7', 'claude-opus-4-7-high'), false);
  });
});
