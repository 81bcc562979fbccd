// Runs the extension-host suites (out/test/host) in a real VS Code; counts go to MODEL_RANKINGS_RESULTS.
// The test profile also gets the test-only fake model provider (test/fixtures/fakeModelProvider,
// vendor `fake-vendor`) installed as a .vsix: code-server loads only one extensionDevelopmentPath.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageFakeModelProvider } from './fixtures/fakeModelProvider/package.mjs';
import { installVsix } from './harness/codeServer.mjs';
import { ensureHost } from './harness/provision.mjs';
import { runHostTests } from './harness/runHostTests.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const workspace = mkdtempSync(join(tmpdir(), 'mr-ws-'));
// A fresh profile every run: no cache or settings left over from an earlier run.
const profile = mkdtempSync(join(tmpdir(), 'mr-ud-'));
const userDataDir = join(profile, 'u');
const extensionsDir = join(profile, 'e');
let code = 1;
try {
  const vsixPath = await packageFakeModelProvider({ outDir: join(profile, 'vsix') });
  // Installed with code-server's CLI (also under MODEL_RANKINGS_DESKTOP_VSCODE=1, unverified there).
  await installVsix({ host: await ensureHost(), vsixPath, extensionsDir, userDataDir });
  code = await runHostTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out', 'test', 'host', 'index.js'),
    env: { MODEL_RANKINGS_RESULTS: process.env.MODEL_RANKINGS_RESULTS },
    workspaceFolder: workspace,
    launchArgs: [`--user-data-dir=${userDataDir}`, `--extensions-dir=${extensionsDir}`],
  });
} catch (err) {
  console.error(`runHostLayer: ${err?.stack || err}`);
} finally {
  rmSync(profile, { recursive: true, force: true });
  rmSync(workspace, { recursive: true, force: true });
}
process.exit(code);
