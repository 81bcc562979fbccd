/**
 * The webviews' stylesheet closes every block it opens. A merge once dropped the `}` of a media query, which put the
 * comparison panel's rules inside "narrow sidebars only" without any test noticing.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO_ROOT } from './fixtures';

/** Depth of `{ }` nesting at each top-level rule start, comments and strings left out. */
function blocks(css: string): { depth: number; opened: number; closed: number; topLevelInsideMedia: string[] } {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/'[^']*'|"[^"]*"/g, '""');
  let depth = 0;
  let opened = 0;
  let closed = 0;
  const topLevelInsideMedia: string[] = [];
  const lines = text.split('\n');
  for (const line of lines) {
    // A rule written at the start of a line (no indent) is meant at the top level.
    if (depth > 0 && /^[^\s}@][^{]*\{\s*$/.test(line)) topLevelInsideMedia.push(line.trim());
    for (const ch of line) {
      if (ch === '{') {
        depth++;
        opened++;
      } else if (ch === '}') {
        depth--;
        closed++;
        assert.ok(depth >= 0, 'a } without its {');
      }
    }
  }
  return { depth, opened, closed, topLevelInsideMedia };
}

describe('the webviews\' stylesheet (media/webview.css)', () => {
  it('closes every block it opens, and writes no unindented rule inside a media query', () => {
    const result = blocks(readFileSync(resolve(REPO_ROOT, 'media', 'webview.css'), 'utf8'));
    assert.equal(result.opened, result.closed);
    assert.equal(result.depth, 0);
    assert.deepEqual(result.topLevelInsideMedia, []);
  });

  it('would have caught the dropped brace', () => {
    const broken = '@media (max-width: 479px) {\n  .a {\n    display: none;\n  }\nh3 {\n  font-size: 1em;\n}\n';
    const result = blocks(broken);
    assert.notEqual(result.depth, 0);
    assert.deepEqual(result.topLevelInsideMedia, ['h3 {']);
  });
});
