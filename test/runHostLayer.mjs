// Runs the extension-host suites (out/test/host) in a real VS Code; counts go to MODEL_RANKINGS_RESULTS.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runHostTests } from './harness/runHostTests.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const workspace = mkdtempSync(join(tmpdir(), 'mr-ws-'));
// A fresh profile every run: no cache or settings left over from an earlier run.
const profile = mkdtempSync(join(tmpdir(), 'mr-ud-'));
const code = await runHostTests({
  extensionDevelopmentPath: root,
  extensionTestsPath: join(root, 'out', 'test', 'host', 'index.js'),
  env: { MODEL_RANKINGS_RESULTS: process.env.MODEL_RANKINGS_RESULTS },
  workspaceFolder: workspace,
  launchArgs: [`--user-data-dir=${join(profile, 'u')}`, `--extensions-dir=${join(profile, 'e')}`],
});
rmSync(profile, { recursive: true, force: true });
rmSync(workspace, { recursive: true, force: true });
process.exit(code);
