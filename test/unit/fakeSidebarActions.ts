/** Sidebar actions that do nothing (history is never asked for), for tests of the real SidebarView; `overrides` replace some. */
import type { SidebarActions } from '../../src/extension/sidebarView';

export function fakeSidebarActions(overrides: Partial<SidebarActions> = {}): SidebarActions {
  return {
    watchedModels: () => ['qwen3.7-max'],
    editorModels: () => [],
    toggleWatch: () => Promise.resolve(),
    compare: () => Promise.resolve(),
    refresh: () => Promise.resolve(),
    history: () => Promise.reject(new Error('not used')),
    ...overrides,
  };
}
