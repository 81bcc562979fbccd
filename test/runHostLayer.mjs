// Runs the extension-host suites (out/test/host) in a real VS Code; counts go to MODEL_RANKINGS_RESULTS.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runHostTests } from './harness/runHostTests.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const workspace = mkdtempSync(join(tmpdir(), 'mr-ws-'));
const code = await runHostTests({
  extensionDevelopmentPath: root,
  extensionTestsPath: join(root, 'out', 'test', 'host', 'index.js'),
  env: { MODEL_RANKINGS_RESULTS: process.env.MODEL_RANKINGS_RESULTS },
  workspaceFolder: workspace,
});
process.exit(code);
