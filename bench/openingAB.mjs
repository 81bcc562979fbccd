// `node bench/openingAB.mjs OLD [NEW]`: the sidebar's opening in the real workbench, two builds side by side, for
// judging a change to what happens between the click and the first paint (the page, the extension host, the
// messages). OLD and NEW are checkouts after `npm run package` (NEW defaults to this one), e.g.
// `git worktree add /tmp/old <rev> && cd /tmp/old && npm ci && npm run package`. Both run at once, each in a
// workbench of its own, their openings alternating (webviewInWorkbench.mjs, measureOpeningsSideBySide).
// Env: OPENINGS (pairs per board, default 15).
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureOpeningsSideBySide, openingComparison } from './webviewInWorkbench.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const [oldDir, newDir = root] = process.argv.slice(2);
if (!oldDir) {
  console.error('usage: node bench/openingAB.mjs OLD_CHECKOUT [NEW_CHECKOUT]');
  process.exit(2);
}
const vsix = (dir) => join(resolve(dir), 'model-rankings.vsix');
const figures = await measureOpeningsSideBySide(vsix(oldDir), vsix(newDir), { openings: Number(process.env.OPENINGS ?? 15) });
console.log(JSON.stringify(figures, null, 2));
for (const [board, f] of Object.entries(figures)) console.log(`${board}: ${openingComparison(f)}`);

