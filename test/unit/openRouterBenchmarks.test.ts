/**
 * OpenRouter's `benchmarks` field on the recorded model list: the counts and values the data holds,
 * and bad values dropped one by one (never the model, never the list), said in the problem list.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseOpenRouterBenchmarks, type OpenRouterBenchmarks } from '../../src/core/sources/openRouterBenchmarks';
import { readRecordedOpenRouter } from '../../scripts/recordedData';
import { junk, mutatedAt, pathMutationOf } from './mutations';

const raw = readRecordedOpenRouter().raw as Record<string, unknown>[];

function parsed(list: unknown = raw): { byId: Map<string, OpenRouterBenchmarks>; problems: string[] } {
  const result = parseOpenRouterBenchmarks(list);
  assert.ok(result);
  return { byId: new Map(result.models.map((m) => [m.id, m])), problems: result.problems };
}

/** The recorded list with one model's benchmarks replaced. */
function withBenchmarks(id: string, benchmarks: unknown): Record<string, unknown>[] {
  return raw.map((m) => (m.id === id ? { ...m, benchmarks } : m));
}

describe('OpenRouter benchmarks', () => {
  it('keeps the benchmarks of the recorded list: 217 of 400 models, Artificial Analysis 154, Design Arena 151, nothing dropped', () => {
    assert.equal(raw.length, 400);
    const { byId, problems } = parsed();
    assert.equal(byId.size, 217);
    assert.equal([...byId.values()].filter((m) => m.artificialAnalysis).length, 154);
    assert.equal([...byId.values()].filter((m) => m.designArena.length > 0).length, 151);
    assert.deepEqual(problems, []);
  });

  it('reads the Artificial Analysis coding index of the models the issue names', () => {
    const { byId } = parsed();
    assert.equal(byId.get('qwen/qwen3.7-max')?.artificialAnalysis?.coding, 66.0);
    assert.equal(byId.get('anthropic/claude-opus-4.7')?.artificialAnalysis?.coding, 73.6);
    assert.equal(byId.get('anthropic/claude-opus-5')?.artificialAnalysis?.coding, 78.0);
    assert.deepEqual(byId.get('anthropic/claude-opus-5')?.artificialAnalysis, { intelligence: 63.1, coding: 78, agentic: 59.2 });
  });

  it('keeps a missing index as null (OpenRouter sends null where Artificial Analysis has none)', () => {
    assert.deepEqual(parsed().byId.get('ibm-granite/granite-4.1-8b')?.artificialAnalysis, { intelligence: null, coding: 9.5, agentic: null });
  });

  it('reads Design Arena results with arena, category, Elo, win rate and rank', () => {
    const opus = parsed().byId.get('anthropic/claude-opus-4.7');
    assert.equal(opus?.designArena.length, 20);
    assert.deepEqual(
      opus?.designArena.find((r) => r.arena === 'agents' && r.category === 'fullstack'),
      { arena: 'agents', category: 'fullstack', elo: 1503, winRate: 80.1, rank: 1 },
    );
  });

  it('drops an out-of-range or non-numeric value alone, keeps the rest of the model and the list, and says what was dropped', () => {
    const list = withBenchmarks('qwen/qwen3.7-max', {
      artificial_analysis: { intelligence_index: 146.7, coding_index: '66', agentic_index: 30.9 },
      design_arena: [
        { arena: 'models', category: 'website', elo: Number.NaN, win_rate: 56.5, rank: 16 },
        { arena: 'models', category: 'svg', elo: 1263, win_rate: -3, rank: 2.5 },
        { arena: 'models', category: 'website', elo: 1300, win_rate: 50, rank: 1 },
        { arena: 42, category: 'x', elo: 1200 },
        'nonsense',
      ],
    });
    const { byId, problems } = parsed(list);
    assert.equal(byId.size, 217);
    const qwen = byId.get('qwen/qwen3.7-max');
    assert.deepEqual(qwen?.artificialAnalysis, { intelligence: null, coding: null, agentic: 30.9 });
    assert.deepEqual(qwen?.designArena, [
      { arena: 'models', category: 'website', elo: null, winRate: 56.5, rank: 16 },
      { arena: 'models', category: 'svg', elo: 1263, winRate: null, rank: null },
    ]);
    assert.deepEqual(problems, [
      'OpenRouter benchmarks: qwen/qwen3.7-max: Artificial Analysis intelligence_index 146.7 is not a number from 0 to 100; dropped',
      'OpenRouter benchmarks: qwen/qwen3.7-max: Artificial Analysis coding_index "66" is not a number from 0 to 100; dropped',
      'OpenRouter benchmarks: qwen/qwen3.7-max: Design Arena models/website elo NaN is not a number from 0 to 5000; dropped',
      'OpenRouter benchmarks: qwen/qwen3.7-max: Design Arena models/svg win_rate -3 is not a number from 0 to 100; dropped',
      'OpenRouter benchmarks: qwen/qwen3.7-max: Design Arena models/svg rank 2.5 is not a whole number from 1 to 10000; dropped',
      'OpenRouter benchmarks: qwen/qwen3.7-max: Design Arena models/website is listed twice; the second dropped',
      'OpenRouter benchmarks: qwen/qwen3.7-max: a Design Arena result without a readable arena and category; dropped',
      'OpenRouter benchmarks: qwen/qwen3.7-max: a Design Arena result without a readable arena and category; dropped',
    ]);
  });

  it('drops benchmarks of the wrong shape, skips models without a valid id or listed twice, and lists models with nothing left as none', () => {
    const opus = raw.find((m) => m.id === 'anthropic/claude-opus-5');
    const list = [...withBenchmarks('qwen/qwen3.7-max', { artificial_analysis: 'high', design_arena: {} }), { ...opus, id: '<script>' }, opus];
    const { byId, problems } = parsed(list);
    assert.equal(byId.has('qwen/qwen3.7-max'), false);
    assert.equal(byId.size, 216);
    assert.deepEqual(problems, [
      'OpenRouter benchmarks: qwen/qwen3.7-max: artificial_analysis is not an object; dropped',
      'OpenRouter benchmarks: qwen/qwen3.7-max: design_arena is not a list; dropped',
      'OpenRouter benchmarks: a model without a valid id carries benchmarks; skipped',
      'OpenRouter benchmarks: anthropic/claude-opus-5 is listed twice; the second skipped',
    ]);
    assert.equal(parseOpenRouterBenchmarks({ data: 'nope' }), null);
    assert.deepEqual(parseOpenRouterBenchmarks([]), { models: [], problems: [] });
  });

  it('caps the problem list so a hostile payload cannot flood the log', () => {
    const list = raw.map((m) => ({ ...m, benchmarks: { artificial_analysis: { intelligence_index: -1, coding_index: -1, agentic_index: -1 } } }));
    const { problems } = parsed(list);
    assert.equal(problems.length, 51);
    assert.equal(problems.at(-1), 'OpenRouter benchmarks: … and 1150 more problems');
  });

  it('never throws and never returns a value out of its range, under mutated real payloads (2,000 runs)', () => {
    const sample = raw.filter((m) => m.benchmarks).slice(0, 12);
    fc.assert(
      fc.property(fc.array(pathMutationOf(sample), { minLength: 1, maxLength: 4 }), fc.option(junk), (mutations, extra) => {
        const list = mutatedAt(sample, mutations);
        const result = parseOpenRouterBenchmarks(extra === null ? list : [list, extra].flat());
        if (!result) return;
        for (const m of result.models) {
          assert.ok(m.artificialAnalysis !== null || m.designArena.length > 0);
          for (const v of Object.values(m.artificialAnalysis ?? {})) assert.ok(v === null || (Number.isFinite(v) && v >= 0 && v <= 100));
          for (const r of m.designArena) {
            assert.ok(r.elo === null || (Number.isFinite(r.elo) && r.elo >= 0 && r.elo <= 5000));
            assert.ok(r.winRate === null || (Number.isFinite(r.winRate) && r.winRate >= 0 && r.winRate <= 100));
            assert.ok(r.rank === null || (Number.isInteger(r.rank) && r.rank >= 1));
          }
        }
        assert.ok(result.problems.length <= 51);
      }),
      { numRuns: 2000 },
    );
  });
});
