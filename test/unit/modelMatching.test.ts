import * as assert from 'node:assert/strict';
import { matchPrices, normaliseModelName, OpenRouterIndex, queryMatchesModel } from '../../src/core/models/modelMatching';
import { effortLevelBases, stripVariantSuffix } from '../../src/core/models/modelVariants';
import { readRecordedOpenRouter } from '../../scripts/recordedData';
import { parseOpenRouterModels } from '../../src/core/sources/openRouterSchema';
import { recordedBoard } from './fixtures';

describe('model matching (Arena ↔ OpenRouter), precision first', () => {
  const openRouter = readRecordedOpenRouter();
  const index = new OpenRouterIndex(openRouter.models);
  // What the boards say about effort levels (`claude-opus-5-high` beside `claude-opus-5-max`).
  const effort = effortLevelBases(['webdev', 'text_style_control'].flatMap((b) => recordedBoard(b, '2026-08-19').categories.flatMap((c) => c.entries.map((e) => normaliseModelName(e.model)))));

  it('normalises case, version dashes, spaces and date stamps', () => {
    assert.equal(normaliseModelName('claude-opus-4-7'), 'claude-opus-4.7');
    assert.equal(normaliseModelName('qwen3.7-max-20260517'), 'qwen3.7-max');
    assert.equal(normaliseModelName('Inkling Small'), 'inkling-small');
    assert.equal(normaliseModelName('claude-opus-4-5-20251101-high-32k'), 'claude-opus-4.5-high-32k');
    assert.equal(normaliseModelName('o3-2025-04-16'), 'o3', 'a dashed date stamp is a date stamp too');
    assert.equal(stripVariantSuffix('gpt-5.6-sol-xhigh-(codex-harness)'), 'gpt-5.6-sol');
  });

  it('reads -max and -medium as effort levels only where the board lists the same base with another level', () => {
    const listed = ['claude-opus-5-high', 'claude-opus-5-max', 'qwen3.8-max', 'mistral-medium', 'gpt-5-high', 'gpt-5-medium', 'qwen4-thinking', 'qwen4-max'];
    const evidence = effortLevelBases(listed);
    assert.equal(stripVariantSuffix('claude-opus-5-max', evidence), 'claude-opus-5');
    assert.equal(stripVariantSuffix('gpt-5-medium', evidence), 'gpt-5');
    assert.equal(stripVariantSuffix('qwen3.8-max', evidence), null, '-max is a Qwen model name, not an effort');
    assert.equal(stripVariantSuffix('mistral-medium', evidence), null, 'Mistral Medium is a model, not an effort level');
    assert.equal(stripVariantSuffix('qwen4-max', evidence), null, 'a thinking mode is no evidence of effort levels');
    assert.equal(stripVariantSuffix('claude-opus-5-max'), null, 'no evidence, no stripping');
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
    // From the Text board: the very same dated name, dated slugs, and the lab's own Hugging Face name.
    ['gpt-4o-2024-05-13', 'openai', 'openai/gpt-4o-2024-05-13', 'exact'],
    ['o3-2025-04-16', 'openai', 'openai/o3', 'exact'],
    ['qwen3-coder-480b-a35b-instruct', 'alibaba', 'qwen/qwen3-coder', 'exact'],
    ['qwen3.5-flash', 'alibaba', 'qwen/qwen3.5-flash-02-23', 'exact'],
    ['deepseek-v3', 'deepseek', 'deepseek/deepseek-chat', 'exact'],
    ['deepseek-v3.1-thinking', 'deepseek', 'deepseek/deepseek-chat-v3.1', 'variant'],
  ];
  for (const [arena, org, id, kind] of pairs) {
    it(`matches ${arena} → ${id} (${kind})`, () => {
      const price = index.match(arena, org, effort);
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
    ['mistral-medium', 'mistral', 'Mistral Medium is a model: -medium is no effort level here'],
    ['olmo-3-32b-think', 'allenai', 'its Hugging Face name matches, but no vendor is known for the lab'],
  ];
  for (const [arena, org, why] of nonMatches) {
    it(`does not match ${arena}: ${why}`, () => {
      assert.equal(index.match(arena, org, effort), null);
    });
  }

  it('refuses a name that two OpenRouter models claim', () => {
    const twin = new OpenRouterIndex([
      { id: 'qwen/qwen3.7-max', inputPerM: 1, outputPerM: 2, contextLength: 1000 },
      { id: 'qwen/qwen3-7-max', inputPerM: 9, outputPerM: 9, contextLength: 1000 },
    ]);
    assert.equal(twin.match('qwen3.7-max-20260517', 'alibaba'), null);
  });

  it('uses a model\'s other names only when no id has the name, and only when one model claims it', () => {
    const tiers = new OpenRouterIndex([
      { id: 'deepseek/deepseek-v4-flash', inputPerM: 1, outputPerM: 2, contextLength: 1, canonicalSlug: 'deepseek/deepseek-v4-flash-20260423' },
      { id: 'deepseek/deepseek-v4-flash-0731', inputPerM: 9, outputPerM: 9, contextLength: 1, canonicalSlug: 'deepseek/deepseek-v4-flash-20260731' },
      { id: 'qwen/a', inputPerM: 1, outputPerM: 1, contextLength: 1, huggingFaceId: 'Qwen/Twin-7B' },
      { id: 'qwen/b', inputPerM: 2, outputPerM: 2, contextLength: 1, huggingFaceId: 'Qwen/Twin-7B' },
    ]);
    assert.equal(tiers.match('deepseek-v4-flash', 'deepseek')?.openRouterId, 'deepseek/deepseek-v4-flash', 'the id wins over a dated slug that reads the same');
    assert.equal(tiers.match('twin-7b', 'alibaba'), null, 'two models claim the name');
  });

  it('reads the other names OpenRouter gives a model, dropping a malformed one but never the price', () => {
    const parsed = parseOpenRouterModels({
      data: [
        { id: 'qwen/qwen3-coder', canonical_slug: 'qwen/qwen3-coder-480b-a35b-07-25', hugging_face_id: 'Qwen/Qwen3-Coder-480B-A35B-Instruct', pricing: { prompt: '0.0000003', completion: '0.000001' } },
        { id: 'lab/model', canonical_slug: 'lab/model\u202e', hugging_face_id: '', pricing: { prompt: '0.000001', completion: '0.000002' } },
      ],
    });
    assert.deepEqual(parsed?.models.map((m) => [m.id, m.canonicalSlug, m.huggingFaceId, m.inputPerM]), [
      ['qwen/qwen3-coder', 'qwen/qwen3-coder-480b-a35b-07-25', 'Qwen/Qwen3-Coder-480B-A35B-Instruct', 0.3],
      ['lab/model', undefined, undefined, 1],
    ]);
  });

  it('ignores :batch, :free, ~latest aliases and routers', () => {
    const only = new OpenRouterIndex([
      { id: 'anthropic/claude-opus-5:batch', inputPerM: 1, outputPerM: 1, contextLength: 1 },
      { id: '~anthropic/claude-opus-latest', inputPerM: 1, outputPerM: 1, contextLength: 1 },
    ]);
    assert.equal(only.match('claude-opus-5-max', 'anthropic'), null);
  });

  it('prices 85 of the 116 distinct Code Arena models of 2026-08-19 (both boards matched together, as the extension does), Qwen3.7-Max at its OpenRouter price', function () {
    const boards = [recordedBoard('webdev', '2026-08-19'), recordedBoard('text_style_control', '2026-08-19')];
    const prices = matchPrices(boards.flatMap((b) => b.categories.flatMap((c) => c.entries)), openRouter.models);
    const overall = boards[0]?.categories.find((c) => c.id === 'overall')?.entries ?? [];
    const distinct = new Set(overall.map((e) => e.model));
    const priced = [...distinct].filter((m) => prices.has(m)).length;
    // Reported so a change in coverage is visible in the test log.
    console.log(`      priced: ${priced} of ${distinct.size} distinct Code Arena models, ${prices.size} names on both boards (2026-08-19)`);
    assert.equal(priced, 85);
    assert.equal(distinct.size, 116);
    assert.equal(prices.size, 174);
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
