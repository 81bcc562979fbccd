/**
 * Entry point that @vscode/test-electron (or the code-server shim) loads inside the Node extension host: runs the
 * host suites with mocha and reports the counts for the summary line. The web worker extension host runs the same
 * suites from one bundle instead (`webIndex.ts`, built by test/harness/buildWebHostTests.mjs).
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import Mocha from 'mocha';
import { startFixtureControl } from '../fixtures/fixtureControl';
import { provideHostTestSetup, readHostTestSetupFile } from './hostTestSetup';
import { finishRun } from './reportCounts';
import { suiteOrder } from './suiteOrder';

export async function run(): Promise<void> {
  // Started by the editor's "Extension Tests" launch configuration, not by test/runHostLayer.mjs: no runner holds
  // the fixture servers, so the control endpoint runs here, in the Node host, and the suites call it all the same.
  const own = (await readHostTestSetupFile()) ? undefined : await startFixtureControl();
  if (own) provideHostTestSetup({ layer: 'host', control: own.url });
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30000, reporter: 'spec' });
  for (const file of suiteOrder(readdirSync(__dirname))) mocha.addFile(resolve(__dirname, file));
  try {
    await new Promise<void>((done, fail) => {
      const runner = mocha.run((failures) => void finishRun('host', runner.stats, failures).then(done, fail));
    });
  } finally {
    await own?.stop();
  }
}
