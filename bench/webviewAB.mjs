// `node bench/webviewAB.mjs OLD [NEW]`: the sidebar's first render of two builds side by side, for judging a change
// on a VM whose speed drifts by up to 2× between phases of a run. OLD and NEW are checkouts after `npm run package`
// (NEW defaults to this one), e.g. `git worktree add /tmp/old <rev> && cd /tmp/old && npm ci && npm run package`.
// The builds alternate, one fresh page each, in one browser; for each size it prints the medians and the median of
// the paired differences (NEW − OLD) with how many pairs NEW won. The page carries VS Code's theme variables and
// default styles when `npm run bench` has saved them (test-results/webview-environment.json).
// Env: RUNS (pairs per size, default 100), BOARD (codeArena or text, default text).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../test/harness/browser.mjs';
import { median, medianOfMeasured } from './stats.mjs';
import { boardStates, readBuild, serveWebviewPage, SIZES, timeFirstRender } from './webviewPage.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const [oldDir, newDir = root] = process.argv.slice(2);
if (!oldDir) {
  console.error('usage: node bench/webviewAB.mjs OLD_CHECKOUT [NEW_CHECKOUT]');
  process.exit(2);
}
const builds = { old: readBuild(resolve(oldDir)), new: readBuild(resolve(newDir)) };
const environmentFile = join(root, 'test-results', 'webview-environment.json');
const environment = existsSync(environmentFile) ? JSON.parse(readFileSync(environmentFile, 'utf8')) : null;
const state = boardStates()[process.env.BOARD ?? 'text'];
const runs = Number(process.env.RUNS ?? 100);

const browser = await launchBrowser({ viewport: Object.values(SIZES)[0] });
try {
  const { page } = browser;
  const { load } = await serveWebviewPage(page, environment);
  console.log(`${state.rows.length} rows, ${runs} pairs per size, ${environment ? 'with' : 'without'} VS Code's page environment`);
  for (const [size, viewport] of Object.entries(SIZES)) {
    await page.setViewportSize(viewport);
    const pairs = [];
    for (let i = 0; i < runs; i++) {
      // Alternate which build goes first, so neither always follows the other.
      const order = i % 2 ? ['new', 'old'] : ['old', 'new'];
      const pair = {};
      for (const name of order) {
        await load(builds[name]);
        pair[name] = await timeFirstRender(page, state);
      }
      pairs.push(pair);
    }
    const of = (name, key) => medianOfMeasured(pairs.map((p) => p[name][key]));
    for (const [what, key] of [['laid out', 'laidOutMs'], ['painted', 'paintedMs'], ['presented', 'presentedMs']]) {
      const diffs = pairs.map((p) => p.new[key] - p.old[key]).filter(Number.isFinite);
      console.log(`${size}, ${what}: old ${of('old', key).toFixed(1)} ms, new ${of('new', key).toFixed(1)} ms (script ${of('old', 'ownScriptMs').toFixed(1)} → ${of('new', 'ownScriptMs').toFixed(1)}); `
        + `paired difference ${median(diffs).toFixed(2)} ms, new faster in ${diffs.filter((d) => d < 0).length} of ${diffs.length}`);
    }
  }
} finally {
  await browser.close();
}
