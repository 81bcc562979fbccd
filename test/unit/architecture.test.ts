/**
 * The house rules of src/, checked over the real import statements:
 * - src/core is grouped by what the product is about, and imports between the groups run one way
 *   (shared → boards → sources → store → models → refresh → rankings → comparison → views);
 * - the core and the shared protocol never reach into the extension or the webviews, and the
 *   webviews import only the shared folder;
 * - no file imports itself back through a circle.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { REPO_ROOT } from './fixtures';

/** The core's groups, lowest first: a group may import from itself and from groups before it. */
export const CORE_LAYERS = ['boards', 'sources', 'store', 'models', 'refresh', 'rankings', 'comparison', 'views'] as const;

const SRC = resolve(REPO_ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? sourceFiles(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));
}

/** Relative imports (values and types, `import` and `export … from`) of a file, as paths under src/ without `.ts`. */
export function importsOf(file: string, text: string): string[] {
  const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'(\.{1,2}\/[^']+)'/g), ...text.matchAll(/(?:^|\n)\s*import\s+'(\.{1,2}\/[^']+)'/g)];
  return specs.map((m) => relative(SRC, resolve(dirname(file), m[1] ?? '')).replace(/\\/g, '/').replace(/\.(js|ts)$/, ''));
}

const graph = new Map<string, string[]>(
  sourceFiles(SRC).map((file) => [relative(SRC, file).replace(/\\/g, '/').replace(/\.ts$/, ''), importsOf(file, readFileSync(file, 'utf8'))]),
);

/** `core/models/watchList` → its layer's index; -1 for src/shared (below every group). */
function layerOf(module: string): number {
  if (module.startsWith('shared/')) return -1;
  const group = module.split('/')[1] ?? '';
  return (CORE_LAYERS as readonly string[]).indexOf(group);
}

/** Every circle of imports in the graph, as module lists (empty when there is none). */
export function importCircles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const circles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    path.push(node);
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === 'open') circles.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(node, 'done');
  };
  for (const node of [...edges.keys()].sort()) if (!state.has(node)) visit(node);
  return circles;
}

describe('architecture of src/', () => {
  it('reads the imports of every source file (a guard against a scanner that finds nothing)', () => {
    assert.ok(graph.size > 60, `${graph.size} files`);
    assert.ok(graph.get('core/views/sidebarState')?.includes('shared/protocol'));
    assert.ok(graph.get('extension/app')?.some((m) => m.startsWith('core/')));
  });

  it('puts every core file in one of the named groups', () => {
    const loose = [...graph.keys()].filter((m) => m.startsWith('core/') && layerOf(m) < 0);
    assert.deepEqual(loose, [], 'core files outside a group');
  });

  it('keeps imports between core groups one way (shared → boards → … → views)', () => {
    const wrong: string[] = [];
    for (const [from, targets] of graph) {
      if (!from.startsWith('core/')) continue;
      for (const to of targets) {
        if (!to.startsWith('core/') && !to.startsWith('shared/')) wrong.push(`${from} → ${to} (outside core and shared)`);
        else if (layerOf(to) > layerOf(from)) wrong.push(`${from} → ${to}`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  it('keeps shared/ and webview/ away from the extension (and the webviews away from the core)', () => {
    const wrong: string[] = [];
    for (const [from, targets] of graph) {
      if (from.startsWith('shared/')) wrong.push(...targets.filter((t) => !t.startsWith('shared/')).map((t) => `${from} → ${t}`));
      if (from.startsWith('webview/')) wrong.push(...targets.filter((t) => !t.startsWith('shared/') && !t.startsWith('webview/')).map((t) => `${from} → ${t}`));
    }
    assert.deepEqual(wrong, []);
  });

  it('has no import circle anywhere in src/', () => {
    assert.deepEqual(importCircles(graph), []);
  });

  it('finds a circle and a wrong-way import when there is one (the checks can fail)', () => {
    const circle = new Map([
      ['shared/protocol', ['shared/parser']],
      ['shared/parser', ['shared/protocol']],
    ]);
    assert.deepEqual(importCircles(circle), [['shared/parser', 'shared/protocol', 'shared/parser']]);
    assert.ok(layerOf('core/models/watchList') < layerOf('core/rankings/leaderboardRows'));
    assert.deepEqual(importsOf(join(SRC, 'core/models/x.ts'), "import type { A } from '../rankings/leaderboardRows';\nexport { b } from './y';"), [
      'core/rankings/leaderboardRows',
      'core/models/y',
    ]);
  });
});
