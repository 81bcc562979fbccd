// The whole test suite, in CI order: lint → type-check/compile → production bundle + .vsix →
// unit tests → extension-host tests (real VS Code via code-server) → the same extension-host suites again in the web
// worker extension host (vscode.dev's and github.dev's; layer `host-web`) → UI tests (Chromium) → the UI tests again
// with the same .vsix in the web worker extension host (layer `ui-web`).
// Provisions what it needs (idempotent, cached). Ends with one line: "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const results = mkdtempSync(join(tmpdir(), 'mr-results-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const only = process.env.MODEL_RANKINGS_LAYERS?.split(',') ?? ['unit', 'host', 'host-web', 'ui', 'ui-web'];

function step(title, command, args, env = {}) {
  console.log(`\n=== ${title}`);
  const started = Date.now();
  const run = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`--- ${title}: ${run.status === 0 ? 'ok' : `exit ${run.status ?? run.signal}`} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return run.status === 0;
}

function collect(layer, ok) {
  const file = join(results, `${layer}.json`);
  if (existsSync(file)) {
    const r = JSON.parse(readFileSync(file, 'utf8'));
    totals.passed += r.passed;
    totals.failed += r.failed;
    totals.skipped += r.skipped ?? 0;
    if (!ok && r.failed === 0) totals.failed += 1; // the layer crashed after its tests
  } else if (!ok) {
    totals.failed += 1; // the layer could not run at all: count it as one failure
  }
}

function finish() {
  rmSync(results, { recursive: true, force: true });
  console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(totals.failed > 0 ? 1 : 0);
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
// Suites are discovered from out/: compiled files of renamed or deleted tests must not run again.
rmSync(join(root, 'out'), { recursive: true, force: true });
const checks = [
  ['lint', npx, ['eslint', 'src', 'test', 'scripts', 'bench', 'esbuild.js']],
  ['type-check and compile tests', npx, ['tsc', '-p', '.']],
  ['production bundles and .vsix', 'npm', ['run', '--silent', 'package']],
];
for (const [title, command, args] of checks) {
  if (!step(title, command, args)) {
    totals.failed += 1;
    finish();
  }
}

if (only.includes('unit')) collect('unit', step('unit tests (plain node)', process.execPath, ['test/runMochaLayer.mjs', 'unit', join(results, 'unit.json')]));
if (['host', 'host-web', 'ui', 'ui-web'].some((layer) => only.includes(layer))) {
  if (!step('provision the VS Code host (code-server, Node 24, Chromium)', process.execPath, ['test/harness/provision.mjs'])) {
    totals.failed += 1;
    finish();
  }
}
if (only.includes('host')) {
  collect('host', step('extension-host tests (real VS Code)', process.execPath, ['test/runHostLayer.mjs', 'host'], { MODEL_RANKINGS_RESULTS: join(results, 'host.json') }));
}
// The same suites, bundled for the browser, with the extension moved into the web worker by a user setting.
if (only.includes('host-web')) {
  collect('host-web', step('extension-host tests in the web worker extension host', process.execPath, ['test/runHostLayer.mjs', 'host-web'], { MODEL_RANKINGS_RESULTS: join(results, 'host-web.json') }));
}
if (only.includes('ui')) collect('ui', step('UI tests (workbench in Chromium)', process.execPath, ['test/runMochaLayer.mjs', 'ui', join(results, 'ui.json')], { MODEL_RANKINGS_EXTENSION_HOST: 'node' }));
if (only.includes('ui-web')) {
  collect('ui-web', step('UI tests in the web worker extension host', process.execPath, ['test/runMochaLayer.mjs', 'ui', join(results, 'ui-web.json')], { MODEL_RANKINGS_EXTENSION_HOST: 'webworker' }));
}
finish();
