/**
 * The host suites' runner in the web worker extension host, where there is no Node: mocha's browser build (loaded
 * first by the bundle's entry, it sets the global `mocha`), the suites bundled in, the counts reported over fetch.
 * test/harness/buildWebHostTests.mjs builds the bundle, which calls `runSuites` with a function that loads every
 * suite in `suiteOrder`: the suites must load after `mocha.setup`, which defines `describe` and `it`.
 */
import { finishRun } from './reportCounts';

export function runSuites(loadSuites: () => void): Promise<void> {
  mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30000 });
  loadSuites();
  return new Promise((done, fail) => {
    const runner = mocha.run((failures) => void finishRun('host-web', runner.stats, failures).then(done, fail));
  });
}
