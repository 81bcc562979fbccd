/**
 * Benchmarks joined to models, on the recorded files: LiveBench (2026_01_08) by name, Artificial
 * Analysis and Design Arena through the OpenRouter price (2026-08-08), onto the embedded snapshot's
 * models. Every join is listed, so a change in the rules shows up here name by name.
 */
import * as assert from 'node:assert/strict';
import { embeddedSnapshot } from './fixtures';
import { buildModelCatalog, type ModelCatalog } from '../../src/core/models/modelCatalog';
import { parseLiveBench, type LiveBenchBoard } from '../../src/core/sources/liveBenchTable';
import { joinBenchmarks } from '../../src/core/models/benchmarkJoin';
import { joinLiveBench, liveBenchModelOf } from '../../src/core/models/liveBenchJoin';
import { liveBenchLab, readLiveBenchName } from '../../src/core/models/liveBenchNames';
import { RECORDED_RELEASE, recordedLiveBench } from '../fixtures/liveBenchFaults';

const { data } = embeddedSnapshot();
const catalog = buildModelCatalog(data);
const recorded = recordedLiveBench();

function liveBench(table = recorded.table): LiveBenchBoard {
  const parsed = parseLiveBench(RECORDED_RELEASE, table, recorded.categories);
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.error);
  return parsed.value;
}

/** A LiveBench board of these names, every score 50. */
function boardOf(...names: string[]): LiveBenchBoard {
  const board = liveBench();
  return { ...board, models: names.map((model) => ({ model, scores: board.categories.map(() => 50), overall: 50 })) };
}

const joinedTo = (c: ModelCatalog, board: LiveBenchBoard): string[] =>
  [...joinLiveBench(c, board).byModel].map(([id, b]) => `${b.sourceName} → ${id}`).sort();
const model = (id: string) => {
  const found = catalog.byId(id);
  assert.ok(found, id);
  return found;
};

const LIVEBENCH_JOINS = [
    'claude-4-1-opus-20250805-base → claude-opus-4.1',
    'claude-4-sonnet-20250514-base → claude-sonnet-4',
    'claude-haiku-4-5-20251001 → claude-haiku-4.5',
    'claude-opus-4-6-thinking-auto-high-effort → claude-opus-4.6-high',
    'claude-opus-4-7-high-effort → claude-opus-4.7-high',
    'claude-opus-4-8-high-effort → claude-opus-4.8-high',
    'claude-sonnet-4-5-20250929 → claude-sonnet-4.5',
    'deepseek-v3.2 → deepseek-v3.2',
    'deepseek-v3.2-exp → deepseek-v3.2-exp',
    'deepseek-v3.2-exp-thinking → deepseek-v3.2-exp-thinking',
    'deepseek-v3.2-thinking → deepseek-v3.2-thinking',
    'deepseek-v4-flash → deepseek-v4-flash',
    'deepseek-v4-pro → deepseek-v4-pro',
    'gemini-3.5-flash-high → gemini-3.5-flash-high',
    'glm-4.6 → glm-4.6',
    'glm-4.6v → glm-4.6v',
    'glm-4.7 → glm-4.7',
    'glm-5 → glm-5',
    'glm-5.1 → glm-5.1',
    'glm-5v-turbo → glm-5v-turbo',
    'gpt-5-mini-high → gpt-5-mini-high',
    'gpt-5-nano-high → gpt-5-nano-high',
    'gpt-5.1-2025-11-13-high → gpt-5.1-high',
    'gpt-5.1-2025-11-13-medium → gpt-5.1-medium',
    'gpt-5.1-codex → gpt-5.1-codex',
    'gpt-5.1-codex-mini → gpt-5.1-codex-mini',
    'gpt-5.2-2025-12-11-high → gpt-5.2-high',
    'gpt-5.2-codex → gpt-5.2-codex',
    'gpt-5.4-high → gpt-5.4-high',
    'gpt-5.4-mini-high → gpt-5.4-mini-high',
    'gpt-5.4-nano-high → gpt-5.4-nano-high',
    'gpt-5.5-high → gpt-5.5-high',
    'gpt-oss-120b → gpt-oss-120b',
    'grok-4-0709 → grok-4.0709',
    'grok-4-1-fast-reasoning → grok-4.1-fast-reasoning',
    'grok-4.20-beta-0309-reasoning → grok-4.20-beta-0309-reasoning',
    'grok-4.3 → grok-4.3',
    'kimi-k2.5-thinking → kimi-k2.5-thinking',
    'kimi-k2.7-code → kimi-k2.7-code',
    'mimo-v2-pro → mimo-v2-pro',
    'minimax-m2.5 → minimax-m2.5',
    'minimax-m2.7 → minimax-m2.7',
    'minimax-m3 → minimax-m3',
    'qwen3-235b-a22b-instruct-2507 → qwen3-235b-a22b-instruct-2507',
    'qwen3-235b-a22b-thinking-2507 → qwen3-235b-a22b-thinking-2507',
    'qwen3-next-80b-a3b-instruct → qwen3-next-80b-a3b-instruct',
    'qwen3-next-80b-a3b-thinking → qwen3-next-80b-a3b-thinking',
    'qwen3.6-plus → qwen3.6-plus',
    'qwen3.7-max → qwen3.7-max',
  ];

describe('benchmarks joined to models (recorded LiveBench 2026_01_08, OpenRouter 2026-08-08, Arena 2026-08-19)', () => {
  const join = joinBenchmarks(catalog, data, liveBench());

  it('joins these 49 LiveBench models, each to one model (and says why the other 75 are not joined)', () => {
    const joins = [...join.byModel].filter(([, b]) => b.liveBench).map(([id, b]) => `${b.liveBench?.sourceName ?? ''} → ${id}`).sort();
    const onBoard = (boardId: string): number => [...join.byModel].filter(([id, b]) => b.liveBench && model(id).entries.some((e) => e.boardId === boardId)).length;
    console.log(`      LiveBench: ${joins.length} of ${liveBench().models.length} models joined; ${onBoard('webdev')} on Code Arena, ${onBoard('text_style_control')} on Text`);
    for (const line of joins) console.log(`        ${line}`);
    assert.deepEqual(joins, LIVEBENCH_JOINS);
    assert.deepEqual([onBoard('webdev'), onBoard('text_style_control')], [33, 44]);
    assert.equal(join.notes.liveBench.length, liveBench().models.length - joins.length);
    assert.ok(join.notes.liveBench.every((n) => n.startsWith('LiveBench: ') && n.includes(' not joined: ')));
  });

  it('dates each LiveBench value with its release and names its source row', () => {
    const opus = join.of(model('claude-opus-4.7-high'))?.liveBench;
    assert.equal(opus?.source, 'livebench');
    assert.equal(opus?.date, '2026_01_08');
    assert.equal(opus?.sourceName, 'claude-opus-4-7-high-effort');
    assert.match(opus?.because ?? '', /-<level>-effort read as -<level>/);
    assert.deepEqual(opus?.values.categories.map((c) => c.name), liveBench().categories.map((c) => c.name));
  });

  it('gives Artificial Analysis values to these models, only through an exact price match', () => {
    const aa = [...join.byModel].filter(([, b]) => b.artificialAnalysis).map(([id]) => id).sort();
    console.log(`      Artificial Analysis: ${aa.length} models; Design Arena: ${[...join.byModel].filter(([, b]) => b.designArena).length} models`);
    assert.deepEqual(aa, ARTIFICIAL_ANALYSIS);
    for (const id of aa) assert.equal(model(id).price?.match, 'exact', id);
    const opus = join.of(model('claude-opus-4.7'))?.artificialAnalysis;
    assert.deepEqual([opus?.values.coding, opus?.sourceName, opus?.date], [73.6, 'anthropic/claude-opus-4.7', '2026-08-08']);
    assert.equal(join.of(model('qwen3.7-max'))?.artificialAnalysis?.values.coding, 66);
  });

  it('gives Design Arena results to these models', () => {
    const da = [...join.byModel].filter(([, b]) => b.designArena).map(([id]) => id).sort();
    assert.deepEqual(da, DESIGN_ARENA);
  });

  it("never shows a base model's benchmark as its variant's (priced alike, measured apart)", () => {
    const high = model('claude-opus-4.7-high');
    assert.equal(high.price?.match, 'variant');
    assert.equal(join.of(high)?.artificialAnalysis ?? null, null);
    assert.equal(join.of(high)?.designArena ?? null, null);
    assert.ok(join.notes.openRouter.some((n) => n.includes(`not joined to ${high.name}: anthropic/claude-opus-4.7 is its base model`)));
  });
});

describe('LiveBench names: effort levels stay apart', () => {
  it('reads LiveBench effort spellings as Arena writes them, keeping the level', () => {
    assert.equal(readLiveBenchName('claude-opus-4-7-high-effort').name, 'claude-opus-4-7-high');
    assert.equal(readLiveBenchName('claude-opus-4-7-low-effort').name, 'claude-opus-4-7-low');
    assert.equal(readLiveBenchName('claude-opus-4-6-thinking-auto-high-effort').name, 'claude-opus-4-6-high');
    assert.equal(readLiveBenchName('claude-4-1-opus-20250805-base').name, 'claude-opus-4-1-20250805');
    assert.equal(readLiveBenchName('claude-4-1-opus-20250805-thinking-32k').name, 'claude-opus-4-1-20250805-thinking-32k');
    // `-base` of another lab may be pretrained weights: left as it is.
    assert.equal(readLiveBenchName('qwen3-8b-base').name, 'qwen3-8b-base');
    assert.deepEqual(readLiveBenchName('gpt-5.5-xhigh'), { name: 'gpt-5.5-xhigh', rules: [] });
  });

  it('joins claude-opus-4-7-high-effort to Claude Opus 4.7 · high only; the low effort and the base get nothing', () => {
    assert.equal(liveBenchModelOf(catalog, 'claude-opus-4-7-high-effort')?.id, 'claude-opus-4.7-high');
    assert.equal(liveBenchModelOf(catalog, 'claude-opus-4-7-low-effort'), null);
    assert.equal(liveBenchModelOf(catalog, 'claude-opus-4-7-xhigh-effort'), null);
    const joined = joinLiveBench(catalog, boardOf('claude-opus-4-7-high-effort', 'claude-opus-4-7-low-effort', 'claude-opus-4-7-medium-effort'));
    assert.deepEqual([...joined.byModel.keys()], ['claude-opus-4.7-high']);
    assert.equal(joined.byModel.has('claude-opus-4.7'), false);
    assert.ok(joined.notes.some((n) => /claude-opus-4-7-low-effort not joined: no Arena model is named claude-opus-4.7-low .*Arena lists claude-opus-4.7, but not at this setting/.test(n)));
  });

  it('joins none of two rows that read as the same model', () => {
    const joined = joinLiveBench(catalog, boardOf('claude-opus-4-7-high-effort', 'claude-opus-4-7-high'));
    assert.equal(joined.byModel.size, 0);
    assert.ok(joined.notes.some((n) => n.includes('claude-opus-4-7-high-effort and claude-opus-4-7-high all read as Claude Opus 4.7 · high; joined to none')));
  });

  it('does not cross a harness or a thinking budget (gpt-5.5-xhigh is not the Codex-harness entry)', () => {
    assert.equal(liveBenchModelOf(catalog, 'gpt-5.5-xhigh'), null);
    assert.equal(liveBenchModelOf(catalog, 'claude-sonnet-4-5-20250929-thinking-64k'), null);
    assert.equal(liveBenchModelOf(catalog, 'gemini-3.1-pro-preview-high'), null);
  });

  it('agrees with the catalog (matchForeign) on every recorded LiveBench name', () => {
    for (const { model: name } of liveBench().models) {
      const reading = readLiveBenchName(name);
      const lab = liveBenchLab(reading.name);
      const expected = catalog.matchForeign(reading.name, lab ? { organization: lab } : {})?.model.id ?? null;
      assert.equal(liveBenchModelOf(catalog, name)?.id ?? null, expected, name);
    }
  });
});

describe('LiveBench names that cannot be trusted', () => {
  const hostile = [
    'claude-opus-4-7-high\u202e-effort',
    'claude-opus-4-7-\u200bhigh-effort',
    'evil/claude-opus-4-7-high-effort',
    'anthropic/claude-opus-4-7-high-effort',
    `${'claude-opus-4-7-high'.repeat(11)}`,
    '   ',
    'CLAUDE-OPUS-4-7-HIGH-EFFORT\u0000',
    'qwen3.7-max\n',
  ];
  it('joins none and says why, without throwing', () => {
    const joined = joinLiveBench(catalog, boardOf(...hostile));
    assert.deepEqual(joinedTo(catalog, boardOf(...hostile)), []);
    assert.equal(joined.notes.length, hostile.length);
    for (const n of joined.notes) assert.ok(!/[\u0000\u200b\u202e\n]/.test(n), n);
  });

  it('refuses a join across labs (a family naming another lab)', () => {
    // glm-4.6 is Z.ai's on Arena; a LiveBench name read as another lab's family would not join it.
    assert.equal(liveBenchModelOf(catalog, 'glm-4.6')?.id, 'glm-4.6');
    assert.equal(liveBenchLab('glm-4.6'), 'zai');
    assert.equal(liveBenchLab('claude-opus-4-7'), 'anthropic');
    assert.equal(liveBenchLab('unknown-model'), null);
  });
});

const ARTIFICIAL_ANALYSIS = [
    'claude-fable-5', 'claude-haiku-4.5', 'claude-opus-4.7', 'claude-opus-4.8', 'claude-sonnet-4',
    'claude-sonnet-4.5', 'claude-sonnet-4.6', 'command-a-03.2025', 'deepseek-r1', 'deepseek-v3.0324',
    'deepseek-v3.1-terminus', 'deepseek-v3.2', 'deepseek-v4-pro', 'gemini-2.5-pro', 'gemini-3.1-flash-lite-preview',
    'gemini-3.1-pro-preview', 'gemini-3.5-flash-lite', 'gemini-3.6-flash-high', 'gemma-3-12b-it', 'gemma-3-27b-it',
    'gemma-3-4b-it', 'gemma-3n-e4b-it', 'gemma-4-26b-a4b', 'gemma-4-31b', 'glm-4.6', 'glm-4.7', 'glm-5.1',
    'gpt-4-turbo', 'gpt-4.1-mini', 'gpt-4.1-nano', 'gpt-4o', 'gpt-5.1', 'gpt-5.4', 'gpt-5.5', 'gpt-oss-120b',
    'gpt-oss-20b', 'granite-4.1-8b', 'grok-4.3', 'grok-4.5', 'inkling', 'inkling-small', 'kimi-k2.6',
    'kimi-k2.7-code', 'llama-3.1-8b-instruct', 'llama-3.3-70b-instruct', 'llama-4-maverick-17b-128e-instruct',
    'llama-4-scout-17b-16e-instruct', 'mercury-2', 'mimo-v2.5', 'mimo-v2.5-pro', 'minimax-m2.7', 'minimax-m3',
    'mistral-medium-3.5', 'muse-spark-1.1', 'nvidia-nemotron-3-nano-30b-a3b-bf16', 'o1', 'o3-mini-high',
    'qwen3-235b-a22b-thinking-2507', 'qwen3-32b', 'qwen3-next-80b-a3b-thinking', 'qwen3.5-122b-a10b',
    'qwen3.5-35b-a3b', 'qwen3.5-397b-a17b', 'qwen3.6-plus', 'qwen3.7-max', 'qwen3.7-plus', 'qwen3.8-max',
    'trinity-large-thinking',
  ];

const DESIGN_ARENA = [
    'claude-fable-5', 'claude-haiku-4.5', 'claude-opus-4', 'claude-opus-4.1', 'claude-opus-4.5', 'claude-opus-4.6',
    'claude-opus-4.7', 'claude-opus-4.8', 'claude-sonnet-4', 'claude-sonnet-4.5', 'claude-sonnet-4.6',
    'deepseek-r1.0528', 'deepseek-v3', 'deepseek-v3.1', 'deepseek-v3.1-terminus', 'deepseek-v3.2',
    'deepseek-v3.2-exp', 'deepseek-v4-flash', 'deepseek-v4-pro', 'gemini-2.5-flash', 'gemini-2.5-pro',
    'gemini-3.1-flash-lite-preview', 'gemini-3.1-pro-preview', 'gemini-3.6-flash-high', 'glm-4.5', 'glm-4.5-air',
    'glm-4.6', 'glm-4.7', 'glm-4.7-flash', 'glm-5', 'glm-5.1', 'glm-5v-turbo', 'gpt-4.1', 'gpt-4.1-mini',
    'gpt-4.1-nano', 'gpt-5.1', 'gpt-5.1-codex', 'gpt-5.1-codex-mini', 'gpt-5.2', 'gpt-5.2-codex', 'gpt-5.4',
    'gpt-5.5', 'gpt-oss-120b', 'gpt-oss-20b', 'grok-4.3', 'grok-4.5', 'hy3', 'inkling', 'kimi-k2.6', 'kimi-k2.7-code',
    'llama-4-maverick-17b-128e-instruct', 'llama-4-scout-17b-16e-instruct', 'mercury-2', 'mimo-v2.5', 'mimo-v2.5-pro',
    'minimax-m2', 'minimax-m2.5', 'minimax-m2.7', 'minimax-m3', 'muse-spark-1.1', 'o3', 'o4-mini', 'qwen3-235b-a22b',
    'qwen3-235b-a22b-instruct-2507', 'qwen3-235b-a22b-thinking-2507', 'qwen3-30b-a3b',
    'qwen3-coder-480b-a35b-instruct', 'qwen3-max', 'qwen3.5-397b-a17b', 'qwen3.6-plus', 'qwen3.7-max', 'qwen3.7-plus',
    'trinity-large-thinking',
  ];
