// Runs the extension-host suites (test/host) in a real VS Code, in one of two extension hosts:
//   node test/runHostLayer.mjs [host]   the Node extension host (out/test/host/index.js, after `tsc`)
//   node test/runHostLayer.mjs host-web the web worker extension host of vscode.dev and github.dev: the same suites
//                                       as one browser bundle (test/harness/buildWebHostTests.mjs), with the same
//                                       extension moved there by the `remote.extensionKind` user setting.
// The fixture servers live here, behind a control endpoint the suites call (no Node `http` in the worker); the
// suites find it, and the layer's name, in a setup file in the test workspace folder. Their counts come back
// through that endpoint and go to MODEL_RANKINGS_RESULTS.
// The test profile also gets the test-only fake model provider (test/fixtures/fakeModelProvider,
// vendor `fake-vendor`) installed as a .vsix: code-server loads only one extensionDevelopmentPath.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageFakeModelProvider } from './fixtures/fakeModelProvider/package.mjs';
import { buildWebHostTests } from './harness/buildWebHostTests.mjs';
import { installVsix } from './harness/codeServer.mjs';
import { ensureHost } from './harness/provision.mjs';
import { runHostTests } from './harness/runHostTests.mjs';
import { writeUserSettings } from './harness/settings.mjs';

const layer = process.argv[2] ?? 'host';
if (layer !== 'host' && layer !== 'host-web') {
  console.error(`usage: node test/runHostLayer.mjs [host|host-web] (got "${layer}")`);
  process.exit(2);
}
// The user settings (here and in fakeCode.mjs) put the extension and the fake provider where this says.
process.env.MODEL_RANKINGS_EXTENSION_HOST = layer === 'host-web' ? 'webworker' : 'node';

const root = fileURLToPath(new URL('..', import.meta.url));
const { startFixtureControl, writeHostTestSetup } = await import('../out/test/fixtures/fixtureControl.js');
const workspace = mkdtempSync(join(tmpdir(), 'mr-ws-'));
// A fresh profile every run: no cache or settings left over from an earlier run.
const profile = mkdtempSync(join(tmpdir(), 'mr-ud-'));
const userDataDir = join(profile, 'u');
const extensionsDir = join(profile, 'e');
const control = await startFixtureControl();
let code = 1;
try {
  writeHostTestSetup(workspace, { layer, control: control.url });
  writeUserSettings(userDataDir);
  const extensionTestsPath = layer === 'host-web' ? await buildWebHostTests() : join(root, 'out', 'test', 'host', 'index.js');
  const vsixPath = await packageFakeModelProvider({ outDir: join(profile, 'vsix') });
  // Installed with code-server's CLI (also under MODEL_RANKINGS_DESKTOP_VSCODE=1, unverified there).
  await installVsix({ host: await ensureHost(), vsixPath, extensionsDir, userDataDir });
  code = await runHostTests({
    extensionDevelopmentPath: root,
    extensionTestsPath,
    workspaceFolder: workspace,
    launchArgs: [`--user-data-dir=${userDataDir}`, `--extensions-dir=${extensionsDir}`],
  });
} catch (err) {
  console.error(`runHostLayer: ${err?.stack || err}`);
} finally {
  await control.stop();
  rmSync(profile, { recursive: true, force: true });
  rmSync(workspace, { recursive: true, force: true });
}
const counts = control.counts();
if (!counts) console.error(`runHostLayer: the ${layer} suites reported no counts`);
const out = process.env.MODEL_RANKINGS_RESULTS;
if (out && counts) writeFileSync(out, JSON.stringify({ layer, ...counts }));
process.exit(counts ? code : code || 1);
