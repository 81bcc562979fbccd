/**
 * Entry point that @vscode/test-electron (or the code-server shim) loads inside the extension
 * host: runs the host suites with mocha and writes the counts for the summary line.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30000, reporter: 'spec' });
  // Every suite in this folder runs without being listed anywhere: in name order, except that the
  // suites that replace the embedded snapshot with downloaded data (`*.download.test.js`) run last.
  const suites = readdirSync(__dirname).filter((f) => f.endsWith('.test.js'));
  const downloads = (f: string): number => (f.endsWith('.download.test.js') ? 1 : 0);
  for (const file of suites.sort((a, b) => downloads(a) - downloads(b) || a.localeCompare(b))) mocha.addFile(resolve(__dirname, file));
  return new Promise((done, fail) => {
    const runner = mocha.run((failures) => {
      const out = process.env.MODEL_RANKINGS_RESULTS;
      const stats = runner.stats ?? { passes: 0, failures, pending: 0 };
      if (out) writeFileSync(out, JSON.stringify({ layer: 'host', passed: stats.passes, failed: stats.failures, skipped: stats.pending }));
      if (failures > 0) fail(new Error(`${failures} host test(s) failed`));
      else done();
    });
  });
}
