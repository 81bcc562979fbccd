/** Sidebar actions that do nothing (history is never asked for), for tests of the real SidebarView; `overrides` replace some. */
import type { SidebarActions } from '../../src/extension/sidebarView';
import { joinBenchmarks } from '../../src/core/models/benchmarkJoin';
import { buildModelCatalog } from '../../src/core/models/modelCatalog';

export function fakeSidebarActions(overrides: Partial<SidebarActions> = {}): SidebarActions {
  return {
    watchedModels: () => ['qwen3.7-max'],
    editorModels: () => [],
    toggleWatch: () => Promise.resolve(),
    compare: () => Promise.resolve(),
    refresh: () => Promise.resolve(),
    history: () => Promise.reject(new Error('not used')),
    // The data's own OpenRouter benchmarks, no LiveBench downloaded yet.
    benchmarks: (data) => ({
      join: joinBenchmarks(buildModelCatalog(data), data, null),
      sources: { openRouterEnabled: true, liveBenchEnabled: true, offline: false, liveBenchRelease: null, liveBenchFetchedAt: null, liveBenchError: null },
    }),
    ...overrides,
  };
}
