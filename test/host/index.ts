/**
 * Entry point that @vscode/test-electron (or the code-server shim) loads inside the Node extension host: runs the
 * host suites with mocha and reports the counts for the summary line. The web worker extension host runs the same
 * suites from one bundle instead (`webIndex.ts`, built by test/harness/buildWebHostTests.mjs).
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import Mocha from 'mocha';
import { finishRun } from './reportCounts';
import { suiteOrder } from './suiteOrder';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30000, reporter: 'spec' });
  for (const file of suiteOrder(readdirSync(__dirname))) mocha.addFile(resolve(__dirname, file));
  return new Promise((done, fail) => {
    const runner = mocha.run((failures) => void finishRun('host', runner.stats, failures).then(done, fail));
  });
}
