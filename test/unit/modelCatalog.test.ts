import * as assert from 'node:assert/strict';
import { buildModelCatalog, createModelCatalog, type ModelCatalog } from '../../src/core/models/modelCatalog';
import type { ModelIdentity } from '../../src/core/models/modelIdentity';
import type { Board, LeaderboardData } from '../../src/core/boards/leaderboard';
import { embeddedSnapshot } from './fixtures';

const BOARD_NAMES: Readonly<Record<string, string>> = { webdev: 'Code Arena', text_style_control: 'Text' };

/** Every model of the 2026-08-19 boards listed on both, as the catalog groups them (reviewed by eye, one by one). */
const ACROSS_BOARDS = [
  'Claude Fable 5: Code Arena claude-fable-5 = Text claude-fable-5',
  'Claude Haiku 4.5: Code Arena claude-haiku-4-5-20251001 = Text claude-haiku-4-5-20251001',
  'Claude Opus 4.1: Code Arena claude-opus-4-1-20250805 = Text claude-opus-4-1-20250805',
  'Claude Opus 4.5 · high 32k: Code Arena claude-opus-4-5-20251101-high-32k = Text claude-opus-4-5-20251101-high-32k',
  'Claude Opus 4.5: Code Arena claude-opus-4-5-20251101 = Text claude-opus-4-5-20251101',
  'Claude Opus 4.6 · high: Code Arena claude-opus-4-6-high = Code Arena claude-opus-4-6-thinking = Text claude-opus-4-6-high',
  'Claude Opus 4.6: Code Arena claude-opus-4-6 = Text claude-opus-4-6',
  'Claude Opus 4.7 · high: Code Arena claude-opus-4-7-high = Code Arena claude-opus-4-7-thinking = Text claude-opus-4-7-high',
  'Claude Opus 4.7: Code Arena claude-opus-4-7 = Text claude-opus-4-7',
  'Claude Opus 4.8 · high: Code Arena claude-opus-4-8-high = Text claude-opus-4-8-high',
  'Claude Opus 4.8: Code Arena claude-opus-4-8 = Text claude-opus-4-8',
  'Claude Opus 5 · high: Code Arena claude-opus-5-high = Text claude-opus-5-high',
  'Claude Opus 5 · max: Code Arena claude-opus-5-max = Text claude-opus-5-max',
  'Claude Sonnet 4.5 · high 32k: Code Arena claude-sonnet-4-5-20250929-high-32k = Text claude-sonnet-4-5-20250929-high-32k',
  'Claude Sonnet 4.5: Code Arena claude-sonnet-4-5-20250929 = Text claude-sonnet-4-5-20250929',
  'Claude Sonnet 4.6: Code Arena claude-sonnet-4-6 = Text claude-sonnet-4-6',
  'Claude Sonnet 5 · high: Code Arena claude-sonnet-5-high = Text claude-sonnet-5-high',
  'DeepSeek-V3.2 · thinking: Code Arena deepseek-v3.2-thinking = Text deepseek-v3.2-thinking',
  'DeepSeek-V3.2-Exp: Code Arena deepseek-v3.2-exp = Text deepseek-v3.2-exp',
  'DeepSeek-V3.2: Code Arena deepseek-v3.2 = Text deepseek-v3.2',
  'DeepSeek-V4-Flash-High-Preview: Code Arena deepseek-v4-flash-high-preview = Text deepseek-v4-flash-high-preview',
  'DeepSeek-V4-Pro · high: Code Arena deepseek-v4-pro-high-20260813 = Text deepseek-v4-pro-high-20260813',
  'DeepSeek-V4-Pro-High-Preview: Code Arena deepseek-v4-pro-high-preview = Text deepseek-v4-pro-high-preview',
  'DeepSeek-V4-Pro: Code Arena deepseek-v4-pro = Text deepseek-v4-pro',
  'GLM-4.6: Code Arena glm-4.6 = Text glm-4.6',
  'GLM-4.7: Code Arena glm-4.7 = Text glm-4.7',
  'GLM-5.1: Code Arena glm-5.1 = Text glm-5.1',
  'GLM-5.2-Max: Code Arena glm-5.2-max = Text glm-5.2-max',
  'GLM-5.3-Max: Code Arena glm-5.3-max = Text glm-5.3-max',
  'GLM-5: Code Arena glm-5 = Text glm-5',
  'GLM-5V-Turbo: Code Arena glm-5v-turbo = Text glm-5v-turbo',
  'GPT-5.1 · high: Code Arena gpt-5.1-high = Text gpt-5.1-high',
  'GPT-5.1: Code Arena gpt-5.1 = Text gpt-5.1',
  'GPT-5.2: Code Arena gpt-5.2 = Text gpt-5.2',
  'GPT-5.4-Mini · high: Code Arena gpt-5.4-mini-high = Text gpt-5.4-mini-high',
  'GPT-5.4: Code Arena gpt-5.4 = Text gpt-5.4',
  'Gemini 2.5 Pro: Code Arena gemini-2.5-pro = Text gemini-2.5-pro',
  'Gemini 3 Flash · thinking-minimal: Code Arena gemini-3-flash (thinking-minimal) = Text gemini-3-flash (thinking-minimal)',
  'Gemini 3 Flash: Code Arena gemini-3-flash = Text gemini-3-flash',
  'Gemini 3 Pro: Code Arena gemini-3-pro = Text gemini-3-pro',
  'Gemini 3.1 Flash Lite Preview: Code Arena gemini-3.1-flash-lite-preview = Text gemini-3.1-flash-lite-preview',
  'Gemini 3.1 Pro Preview: Code Arena gemini-3.1-pro-preview = Text gemini-3.1-pro-preview',
  'Gemini 3.5 Flash Lite: Code Arena gemini-3.5-flash-lite = Text gemini-3.5-flash-lite',
  'Gemini 3.5 Flash · high: Code Arena gemini-3.5-flash-high = Text gemini-3.5-flash-high',
  'Gemini 3.5 Flash · medium: Code Arena gemini-3.5-flash-medium = Text gemini-3.5-flash-medium',
  'Gemini 3.6 Flash · high: Code Arena gemini-3.6-flash-high = Code Arena gemini-3.6-flash = Text gemini-3.6-flash-high',
  'Gemini 3.7 Flash · high: Code Arena gemini-3.7-flash-high = Text gemini-3.7-flash-high',
  'Gemma 4 26B A4B: Code Arena gemma-4-26b-a4b = Text gemma-4-26b-a4b',
  'Gemma 4 31B: Code Arena gemma-4-31b = Text gemma-4-31b',
  'Granite 4.1 8B: Code Arena granite-4.1-8b = Text granite-4.1-8b',
  'Grok 4 Fast · reasoning: Code Arena grok-4-fast-reasoning = Text grok-4-fast-reasoning',
  'Grok 4.1 Fast · reasoning: Code Arena grok-4-1-fast-reasoning = Text grok-4-1-fast-reasoning',
  'Grok 4.1 · thinking: Code Arena grok-4.1-thinking = Text grok-4.1-thinking',
  'Grok 4.20 Beta 0309 · reasoning: Code Arena grok-4.20-beta-0309-reasoning = Text grok-4.20-beta-0309-reasoning',
  'Grok 4.3: Code Arena grok-4.3 = Text grok-4.3',
  'Grok 4.5: Code Arena grok-4.5 = Text grok-4.5',
  'Grok 4.6 · high: Code Arena grok-4.6-high = Text grok-4.6-high',
  'Hunyuan Hy3 Preview: Code Arena hunyuan-hy3-preview = Text hunyuan-hy3-preview',
  'Hy3: Code Arena hy3 = Text hy3',
  'Inkling Small: Code Arena Inkling Small = Text Inkling Small',
  'Inkling: Code Arena inkling = Text inkling',
  'Kimi K2 Thinking Turbo: Code Arena kimi-k2-thinking-turbo = Text kimi-k2-thinking-turbo',
  'Kimi K2.5 Instant: Code Arena kimi-k2.5-instant = Text kimi-k2.5-instant',
  'Kimi K2.5 · thinking: Code Arena kimi-k2.5-thinking = Text kimi-k2.5-thinking',
  'Kimi K2.6: Code Arena kimi-k2.6 = Text kimi-k2.6',
  'Kimi K3 Max: Code Arena kimi-k3-max = Text kimi-k3-max',
  'Mercury 2: Code Arena mercury-2 = Text mercury-2',
  'MiMo-V2-Flash · non-thinking: Code Arena mimo-v2-flash (non-thinking) = Text mimo-v2-flash (non-thinking)',
  'MiMo-V2-Flash · thinking: Code Arena mimo-v2-flash (thinking) = Text mimo-v2-flash (thinking)',
  'MiMo-V2-Pro: Code Arena mimo-v2-pro = Text mimo-v2-pro',
  'MiMo-V2.5-Pro: Code Arena mimo-v2.5-pro = Text mimo-v2.5-pro',
  'MiMo-V2.5: Code Arena mimo-v2.5 = Text mimo-v2.5',
  'MiniMax-M2.1-Preview: Code Arena minimax-m2.1-preview = Text minimax-m2.1-preview',
  'MiniMax-M2.5: Code Arena minimax-m2.5 = Text minimax-m2.5',
  'MiniMax-M2.7: Code Arena minimax-m2.7 = Text minimax-m2.7',
  'MiniMax-M2: Code Arena minimax-m2 = Text minimax-m2',
  'MiniMax-M3: Code Arena minimax-m3 = Text minimax-m3',
  'Mistral Large 3: Code Arena mistral-large-3 = Text mistral-large-3',
  'Mistral Medium 3.5: Code Arena mistral-medium-3.5 = Text mistral-medium-3.5',
  'Muse Glimmer: Code Arena muse-glimmer = Text muse-glimmer',
  'Muse Spark 1.1: Code Arena muse-spark-1.1 = Text muse-spark-1.1',
  'Muse Spark 1.2 · xhigh: Code Arena muse-spark-1.2 (xHigh) = Text muse-spark-1.2 (xHigh)',
  'Qwen3-Coder-480B-A35B-Instruct: Code Arena qwen3-coder-480b-a35b-instruct = Text qwen3-coder-480b-a35b-instruct',
  'Qwen3.5-122B-A10B: Code Arena qwen3.5-122b-a10b = Text qwen3.5-122b-a10b',
  'Qwen3.5-27B: Code Arena qwen3.5-27b = Text qwen3.5-27b',
  'Qwen3.5-35B-A3B: Code Arena qwen3.5-35b-a3b = Text qwen3.5-35b-a3b',
  'Qwen3.5-397B-A17B: Code Arena qwen3.5-397b-a17b = Text qwen3.5-397b-a17b',
  'Qwen3.5-Flash: Code Arena qwen3.5-flash = Text qwen3.5-flash',
  'Qwen3.6-Max-Preview: Code Arena qwen3.6-max-preview = Text qwen3.6-max-preview',
  'Qwen3.6-Plus: Code Arena qwen3.6-plus = Text qwen3.6-plus',
  'Qwen3.7-Max: Code Arena qwen3.7-max-20260517 = Text qwen3.7-max-preview',
  'Qwen3.8-Max: Code Arena qwen3.8-max = Text qwen3.8-max',
  'Solar Pro4: Code Arena solar-pro4 = Text solar-pro4',
  'Trinity Large · thinking: Code Arena trinity-large-thinking = Text trinity-large-thinking',
];

function model(catalog: ModelCatalog, boardId: string, entry: string): ModelIdentity {
  const found = catalog.modelOfEntry(boardId, entry);
  if (!found) throw new Error(`${entry} is no model on ${boardId}`);
  return found;
}

/** "Qwen3.7-Max: Code Arena qwen3.7-max-20260517 = Text qwen3.7-max-preview". */
function merged(m: ModelIdentity): string {
  return `${m.name}: ${m.entries.map((e) => `${BOARD_NAMES[e.boardId] ?? e.boardId} ${e.name}`).join(' = ')}`;
}

describe('models across boards (the model catalog) on the recorded 2026-08-19 boards', () => {
  const { data } = embeddedSnapshot();
  const catalog = buildModelCatalog(data);

  it('groups the 513 entries of Code Arena and Text into 416 models, and lists every merge across boards', () => {
    const entries = catalog.models.flatMap((m) => m.entries);
    const perBoard = (id: string): number => entries.filter((e) => e.boardId === id).length;
    assert.deepEqual([perBoard('webdev'), perBoard('text_style_control'), entries.length], [120, 393, 513]);
    assert.equal(catalog.models.length, 416);
    const acrossBoards = catalog.models.filter((m) => new Set(m.entries.map((e) => e.boardId)).size > 1).map(merged).sort();
    const underOtherNames = catalog.models.filter((m) => new Set(m.entries.map((e) => e.name)).size > 1).map(merged).sort();
    // Printed so a change to merging shows in the test log, not only as a failure.
    console.log(`      ${entries.length} entries → ${catalog.models.length} models; ${acrossBoards.length} models on both boards, ${underOtherNames.length} under more than one name:`);
    for (const line of underOtherNames) console.log(`        ${line}`);
    for (const line of acrossBoards) console.log(`        ${line}`);
    assert.deepEqual(underOtherNames, [
      'Claude Opus 4.6 · high: Code Arena claude-opus-4-6-high = Code Arena claude-opus-4-6-thinking = Text claude-opus-4-6-high',
      'Claude Opus 4.7 · high: Code Arena claude-opus-4-7-high = Code Arena claude-opus-4-7-thinking = Text claude-opus-4-7-high',
      'Gemini 3.6 Flash · high: Code Arena gemini-3.6-flash-high = Code Arena gemini-3.6-flash = Text gemini-3.6-flash-high',
      'Qwen3.7-Max: Code Arena qwen3.7-max-20260517 = Text qwen3.7-max-preview',
    ]);
    // Every other model on both boards has the very same name on each (checked by eye: same lab, same name).
    assert.equal(acrossBoards.length, 94);
    const sameName = catalog.models.filter((m) => new Set(m.entries.map((e) => e.boardId)).size > 1 && new Set(m.entries.map((e) => e.name)).size === 1);
    assert.equal(sameName.length, 90);
    assert.ok(sameName.every((m) => m.entries.every((e) => e.organization === m.entries[0]?.organization)));
    assert.deepEqual(acrossBoards, ACROSS_BOARDS);
  });

  it('says for each merge across names which rule and which evidence, and lists what it kept apart and why', () => {
    const notes = catalog.notes.map((n) => `${n.kind}: ${n.text}`);
    for (const n of notes) console.log(`        ${n}`);
    assert.deepEqual(notes, [
      'not-merged: Not merged: gpt-5.3-codex (codex-harness) is listed twice in Code Arena · Overall (two entries under one name), so it is matched to no other board.',
      'not-merged: Not merged: hunyuan-turbos-20250416 and hunyuan-turbos-20250226 on Text read the same once normalised (hunyuan-turbos), so each stays a model of its own.',
      'not-merged: Not merged: claude-3-5-sonnet-20241022 and claude-3-5-sonnet-20240620 on Text read the same once normalised (claude-3.5-sonnet), so each stays a model of its own.',
      'not-merged: Not merged: gpt-4o-2024-05-13 and gpt-4o-2024-08-06 on Text read the same once normalised (gpt-4o), so each stays a model of its own.',
      'merged: Merged: claude-opus-4-7-thinking on Code Arena is claude-opus-4-7-high on Code Arena: Arena renamed `X-thinking` to `X-high` on 2026-08-12 (e.g. claude-opus-4-7-thinking → claude-opus-4-7-high, votes carried over); Code Arena still lists the old name in Image to WebDev.',
      'merged: Merged: claude-opus-4-6-thinking on Code Arena is claude-opus-4-6-high on Code Arena: Arena renamed it on 2026-08-12 (Code Arena Overall: 16,054 votes on 2026-08-11, 16,123 under the new name on 2026-08-12); Code Arena still lists the old name in Image to WebDev.',
      'merged: Merged: gemini-3.6-flash on Code Arena is gemini-3.6-flash-high on Code Arena: Arena renamed it on 2026-08-12 (Code Arena Overall: 5,218 votes on 2026-08-11, 5,289 under the new name on 2026-08-12); Code Arena still lists the old name in Image to WebDev.',
      'not-merged: Not merged: deepseek-v4-pro-high-preview and deepseek-v4-pro-high-20260813 are both listed on Code Arena and Text, so the preview stays a model of its own.',
      'not-merged: Not merged: deepseek-v4-flash-high-preview and deepseek-v4-flash-high are both listed on Code Arena, so the preview stays a model of its own.',
      'merged: Merged: qwen3.7-max-preview on Text is qwen3.7-max-20260517 on Code Arena: the preview of qwen3.7-max: the same name but for -preview and the date stamp, no board lists both, and no other entry could be its release.',
      'not-merged: Not merged: qwen3-max-preview and qwen3-max-2025-09-23 are both listed on Text, so the preview stays a model of its own.',
      'not-merged: Not merged: o1-preview and o1-2024-12-17 are both listed on Text, so the preview stays a model of its own.',
      'not-merged: Not merged: qwq-32b-preview and qwq-32b are both listed on Text, so the preview stays a model of its own.',
    ]);
    const qwen = model(catalog, 'text_style_control', 'qwen3.7-max-preview');
    const preview = qwen.entries.find((e) => e.name === 'qwen3.7-max-preview');
    assert.equal(preview?.merge?.rule, 'preview-release');
    assert.deepEqual(preview?.merge?.sameAs, { boardId: 'webdev', name: 'qwen3.7-max-20260517' });
  });

  it('names the top 20 of both boards as people write them, variants with a short label', () => {
    const shown = new Map<string, string>();
    for (const boardId of ['webdev', 'text_style_control']) {
      const overall = data.boards.find((b) => b.id === boardId)?.categories.find((c) => c.id === 'overall')?.entries ?? [];
      const top = overall.slice(0, 20).map((e) => `#${e.rank} ${e.model} → ${model(catalog, boardId, e.model).name}`);
      console.log(`      ${BOARD_NAMES[boardId]} top 20:\n        ${top.join('\n        ')}`);
      for (const e of overall.slice(0, 20)) shown.set(e.model, model(catalog, boardId, e.model).name);
    }
    const expected: [string, string][] = [
      ['claude-opus-4-7', 'Claude Opus 4.7'],
      ['claude-opus-4-7-high', 'Claude Opus 4.7 · high'],
      ['claude-opus-5-max', 'Claude Opus 5 · max'],
      ['claude-opus-5-high', 'Claude Opus 5 · high'],
      ['qwen3.8-max', 'Qwen3.8-Max'],
      ['gpt-5.6-sol-xhigh (codex-harness)', 'GPT-5.6-Sol · xhigh · Codex'],
      ['gpt-5.6-sol-xhigh', 'GPT-5.6-Sol · xhigh'],
      ['gemini-3.1-pro-preview', 'Gemini 3.1 Pro Preview'],
      ['deepseek-v4-pro-high-20260813', 'DeepSeek-V4-Pro · high'],
      ['muse-spark-1.2 (xHigh)', 'Muse Spark 1.2 · xhigh'],
      ['glm-5.3-max', 'GLM-5.3-Max'],
      ['kimi-k3-max', 'Kimi K3 Max'],
    ];
    for (const [entry, name] of expected) assert.equal(shown.get(entry), name, entry);
    assert.equal(model(catalog, 'webdev', 'qwen3.7-max-20260517').name, 'Qwen3.7-Max');
    assert.equal(model(catalog, 'text_style_control', 'gpt-5.5').name, 'GPT-5.5');
    assert.equal(model(catalog, 'text_style_control', 'o4-mini-2025-04-16').name, 'o4-mini');
    assert.equal(new Set(catalog.models.map((m) => m.name)).size, catalog.models.length, 'every display name is unique');
  });

  it('reads -max as an effort level only where the board lists the same base at another level', () => {
    const max = model(catalog, 'webdev', 'claude-opus-5-max');
    assert.deepEqual([max.baseName, max.variant?.label, max.variant?.because], ['Claude Opus 5', 'max', '-max read as an effort level: claude-opus-5 is also listed as claude-opus-5-high']);
    for (const tier of ['qwen3.8-max', 'kimi-k3-max', 'glm-5.3-max']) assert.equal(model(catalog, 'webdev', tier).variant, null, tier);
    assert.equal(model(catalog, 'text_style_control', 'mistral-medium').name, 'Mistral Medium', 'Mistral Medium is a model, not an effort level');
  });

  it('keeps a variant as its own model, related to its base', () => {
    const harness = model(catalog, 'webdev', 'gpt-5.5 (codex-harness)');
    const base = model(catalog, 'text_style_control', 'gpt-5.5');
    assert.notEqual(harness.id, base.id);
    assert.equal(harness.variant?.baseId, base.id);
    assert.equal(catalog.entryOn(harness, 'text_style_control'), null);
    assert.equal(catalog.entryOn(base, 'webdev'), null, 'Code Arena lists GPT-5.5 only through its harness variants');
  });

  it('gives each model its entry per board and per category (a rename leaves the old name in one category)', () => {
    const qwen = model(catalog, 'webdev', 'qwen3.7-max-20260517');
    assert.equal(catalog.modelOfEntry('text_style_control', 'qwen3.7-max-preview'), qwen);
    assert.equal(catalog.entryOn(qwen, 'webdev'), 'qwen3.7-max-20260517');
    assert.equal(catalog.entryOn(qwen, 'text_style_control'), 'qwen3.7-max-preview');
    assert.equal(catalog.entryOn(qwen, 'vision'), null);
    assert.deepEqual([qwen.organization, qwen.price?.openRouterId], ['alibaba', 'qwen/qwen3.7-max']);
    const high = model(catalog, 'webdev', 'claude-opus-4-7-high');
    assert.equal(catalog.entryOn(high, 'webdev'), 'claude-opus-4-7-high');
    assert.equal(catalog.entryIn(high, 'webdev', 'image_to_webdev'), 'claude-opus-4-7-thinking');
    assert.equal(catalog.entryIn(high, 'webdev', 'overall'), 'claude-opus-4-7-high');
    assert.equal(catalog.modelOfEntry('webdev', 'no-such-model'), null);
    assert.equal(buildModelCatalog(data), catalog, 'built once per data set');
  });

  it('finds a model by its name as people write it', () => {
    const opus = model(catalog, 'webdev', 'claude-opus-4-7');
    const qwen = model(catalog, 'webdev', 'qwen3.7-max-20260517');
    const cases: [string, ModelIdentity][] = [
      ['Claude Opus 4.7', opus],
      ['claude-opus-4-7', opus],
      ['claude opus 4 7', opus],
      ['anthropic/claude-opus-4.7', opus],
      ['Anthropic: Claude Opus 4.7', opus],
      ['Qwen3.7-Max', qwen],
      ['qwen 3.7 max', qwen],
      ['qwen3.7-max', qwen],
      ['qwen3.7-max-preview', qwen],
      ['QWEN3.7-MAX-20260517', qwen],
      ['Claude Opus 4.7 at high effort', model(catalog, 'webdev', 'claude-opus-4-7-high')],
      ['Claude Opus 5 max', model(catalog, 'webdev', 'claude-opus-5-max')],
      ['gpt 5.5 codex harness', model(catalog, 'webdev', 'gpt-5.5 (codex-harness)')],
    ];
    for (const [query, expected] of cases) {
      assert.equal(catalog.find(query)[0]?.model.name, expected.name, query);
      assert.equal(catalog.resolve(query), expected, query);
    }
    const opusFamily = catalog.find('claude opus').map((c) => c.model.name);
    assert.ok(opusFamily.length > 3 && opusFamily.every((n) => /^Claude (\d )?Opus/.test(n)), opusFamily.join(', '));
    assert.equal(catalog.resolve('claude opus'), null, 'several models: no guess');
    assert.equal(catalog.find('Claude Opus 4.7')[1]?.model.name, 'Claude Opus 4.7 · high', 'then its variants');
    assert.deepEqual(catalog.find('no such model at all'), []);
  });

  it('tells another source the model of its name, or nothing when not certain', () => {
    const qwen = model(catalog, 'webdev', 'qwen3.7-max-20260517');
    assert.equal(catalog.matchForeign('qwen/qwen3.7-max')?.model, qwen);
    assert.equal(catalog.matchForeign('Qwen3.7 Max', { organization: 'alibaba' })?.model, qwen);
    assert.match(catalog.matchForeign('Qwen3.7 Max')?.because ?? '', /Qwen3\.7 Max reads qwen3\.7-max, the name of Qwen3\.7-Max on Code Arena \(qwen3\.7-max-20260517\)/);
    assert.equal(catalog.matchForeign('Qwen3.7 Max', { organization: 'openai' }), null, 'the source names another lab');
    assert.equal(catalog.matchForeign('claude-opus'), null);
    assert.equal(catalog.matchForeign('gpt-4o'), null, 'two Text entries read gpt-4o');
  });
});

/** A board from lists of `[name, organization]` per category, ranked in list order. */
function board(id: string, categories: Record<string, readonly (readonly [string, string])[]>): Board {
  return {
    id,
    publishDate: '2026-08-19',
    categories: Object.entries(categories).map(([cid, list]) => ({
      id: cid,
      publishDate: '2026-08-19',
      entries: list.map(([model, organization], i) => ({ model, organization, license: 'x', rating: 1500 - i, lower: 1490 - i, upper: 1510 - i, variance: 25, votes: 1000, rank: i + 1 })),
    })),
  };
}

function dataOf(...boards: Board[]): LeaderboardData {
  return { boards, prices: new Map(), provenance: { origin: 'snapshot', arenaDataset: 'x', licence: 'x', retrievedAt: null, pricesDate: null } };
}

describe('names that never merge silently', () => {
  it('keeps empty, enormous, control- and bidi-laden names as models of their own, with a note', () => {
    const long = `claude-opus-4-7${'x'.repeat(200)}`;
    const hostile = ['', '   ', long, 'claude-opus-4-7\u202e', 'claude-opus-4-7\u0007', 'claude-opus-4-7\u200b'];
    const catalog = createModelCatalog(
      dataOf(board('webdev', { overall: hostile.map((n) => [n, 'anthropic'] as const) }), board('text_style_control', { overall: [...hostile, 'claude-opus-4-7'].map((n) => [n, 'anthropic'] as const) })),
    );
    assert.equal(catalog.models.length, 13, 'six hostile names on each board, none merged, and the clean name alone');
    assert.ok(catalog.models.filter((m) => m.keptApart !== null).every((m) => m.entries.length === 1));
    const notes = catalog.notes.map((n) => n.text);
    assert.ok(notes.includes('Not merged: (empty name) on Code Arena stays a model of its own: the name is empty.'), notes.join('\n'));
    assert.ok(notes.includes('Not merged: claude-opus-4-7\\u202E on Text stays a model of its own: the name contains a bidirectional-text control character.'), notes.join('\n'));
    assert.ok(notes.includes('Not merged: claude-opus-4-7\\u0007 on Code Arena stays a model of its own: the name contains a control character.'), notes.join('\n'));
    assert.ok(notes.includes('Not merged: claude-opus-4-7\\u200B on Code Arena stays a model of its own: the name contains an invisible character.'), notes.join('\n'));
    assert.ok(notes.some((n) => n.startsWith('Not merged: claude-opus-4-7xxxx') && n.endsWith('the name is 215 characters long (more than 200).')), notes.join('\n'));
    assert.equal(catalog.modelOfEntry('text_style_control', 'claude-opus-4-7\u202e')?.name, 'claude-opus-4-7\\u202E (Text)', 'hidden characters spelled out, told apart from the same name on Code Arena');
    for (const query of ['', ' ', long, 'claude-opus-4-7\u202e', 'claude\u0000opus']) assert.deepEqual(catalog.find(query), [], JSON.stringify(query));
    assert.equal(catalog.matchForeign('claude-opus-4-7\u202e'), null);
  });

  it('keeps apart names that collide once normalised, and anything that could be either', () => {
    const catalog = createModelCatalog(
      dataOf(
        board('webdev', { overall: [['claude-opus-4-7', 'anthropic'], ['Claude Opus 4.7', 'anthropic'], ['gpt-x', 'openai'], ['gpt-x', 'openai']] }),
        board('text_style_control', { overall: [['claude-opus-4.7', 'anthropic'], ['gpt-x', 'openai'], ['grok-9', 'xai']] }),
        board('vision', { overall: [['grok-9', 'openai']] }),
      ),
    );
    assert.equal(catalog.models.length, 7, 'nothing merged');
    assert.deepEqual(
      catalog.notes.map((n) => n.text),
      [
        'Not merged: claude-opus-4-7 and Claude Opus 4.7 on Code Arena read the same once normalised (claude-opus-4.7), so each stays a model of its own.',
        'Not merged: gpt-x is listed twice in Code Arena · Overall (two entries under one name), so it is matched to no other board.',
        'Not merged: claude-opus-4.7 on Text could be either of claude-opus-4-7 and Claude Opus 4.7 on Code Arena.',
        'Not merged: gpt-x on Text could be either of the two entries named gpt-x on Code Arena.',
        'Not merged: grok-9 on Vision (openai) and grok-9 on Text (xai) name different organisations.',
      ],
    );
    const names = catalog.models.map((m) => m.name);
    assert.equal(new Set(names).size, names.length, `display names told apart: ${names.join(', ')}`);
  });

  it('takes a preview as its release only on different boards, the same lab, and with no other candidate', () => {
    const catalog = createModelCatalog(
      dataOf(
        board('webdev', { overall: [['alpha-9-20260501', 'lab'], ['beta-2-preview', 'lab'], ['beta-2', 'lab'], ['gamma-1-preview', 'lab']] }),
        board('text_style_control', { overall: [['alpha-9-preview', 'lab'], ['beta-2-preview', 'lab'], ['gamma-1', 'other'], ['delta-preview', 'lab']] }),
        board('vision', { overall: [['delta-20260101', 'lab'], ['delta-20260301', 'lab']] }),
      ),
    );
    const alpha = catalog.modelOfEntry('webdev', 'alpha-9-20260501');
    assert.equal(catalog.modelOfEntry('text_style_control', 'alpha-9-preview'), alpha, 'the one clean case merges');
    assert.notEqual(catalog.modelOfEntry('webdev', 'beta-2'), catalog.modelOfEntry('webdev', 'beta-2-preview'), 'both listed on one board');
    assert.notEqual(catalog.modelOfEntry('webdev', 'gamma-1-preview'), catalog.modelOfEntry('text_style_control', 'gamma-1'), 'another lab');
    assert.notEqual(catalog.modelOfEntry('text_style_control', 'delta-preview'), catalog.modelOfEntry('vision', 'delta-20260101'), 'two releases could be it');
    const refused = catalog.notes.filter((n) => n.kind === 'not-merged').map((n) => n.text);
    assert.ok(refused.some((t) => t.includes('beta-2-preview and beta-2 are both listed on Code Arena')), refused.join('\n'));
    assert.ok(refused.some((t) => t.includes('do not name the same organisation')), refused.join('\n'));
    assert.ok(refused.some((t) => t.includes('delta-20260101 and delta-20260301 on Vision read the same once normalised')), refused.join('\n'));
  });

  it('applies a rename only where the two names never share a category', () => {
    const catalog = createModelCatalog(
      dataOf(board('webdev', { overall: [['m-1-high', 'lab'], ['m-1-thinking', 'lab'], ['n-2-high', 'lab']], image_to_webdev: [['n-2-thinking', 'lab']] })),
    );
    assert.notEqual(catalog.modelOfEntry('webdev', 'm-1-high'), catalog.modelOfEntry('webdev', 'm-1-thinking'));
    assert.equal(catalog.modelOfEntry('webdev', 'n-2-high'), catalog.modelOfEntry('webdev', 'n-2-thinking'));
    assert.ok(catalog.notes.some((n) => n.text === 'Not merged: m-1-thinking and m-1-high are both listed in Code Arena · Overall, so the rename m-1-thinking → m-1-high does not apply there.'));
  });
});
