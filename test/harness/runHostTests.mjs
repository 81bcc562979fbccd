#!/usr/bin/env node
// Run extension tests (mocha inside the extension host) through @vscode/test-electron.
// Default: the code-server + Chromium shim (fakeCode.mjs), nothing downloaded.
// MODEL_RANKINGS_DESKTOP_VSCODE=1: test-electron's normal path (downloads desktop VS Code).
// CLI: node test/harness/runHostTests.mjs <extPath> <testsIndexJs> [workspaceFolder]
import { runTests } from '@vscode/test-electron';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SHIM_PATH = fileURLToPath(new URL('./fakeCode.mjs', import.meta.url));

/**
 * @param {{extensionDevelopmentPath: string, extensionTestsPath: string,
 *   env?: Record<string, string|undefined>, workspaceFolder?: string, launchArgs?: string[]}} opts
 *   `env` reaches the extension host (process.env there); `workspaceFolder` is opened in the window.
 * @returns {Promise<number>} exit code of the test run (0 = all passed)
 */
export async function runHostTests({ extensionDevelopmentPath, extensionTestsPath, env, workspaceFolder, launchArgs = [] }) {
  const desktop = process.env.MODEL_RANKINGS_DESKTOP_VSCODE === '1';
  try {
    return await runTests({
      ...(desktop ? {} : { vscodeExecutablePath: SHIM_PATH }),
      extensionDevelopmentPath: resolve(extensionDevelopmentPath),
      extensionTestsPath: resolve(extensionTestsPath),
      extensionTestsEnv: env,
      launchArgs: [...(workspaceFolder ? [resolve(workspaceFolder)] : []), ...launchArgs],
    });
  } catch (err) {
    // test-electron rejects with TestRunFailedError on a non-zero exit: turn it back into a code.
    if (err && typeof err === 'object' && 'code' in err && typeof err.code === 'number') return err.code || 1;
    console.error(`runHostTests: ${err?.stack || err}`);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [extPath, testsPath, folder] = process.argv.slice(2);
  if (!extPath || !testsPath) {
    console.error('usage: node test/harness/runHostTests.mjs <extPath> <testsIndexJs> [workspaceFolder]');
    process.exit(2);
  }
  runHostTests({ extensionDevelopmentPath: extPath, extensionTestsPath: testsPath, workspaceFolder: folder })
    .then((code) => process.exit(code));
}
