// Runs one plain-node mocha layer (unit or ui) and writes its counts to a JSON file.
// Usage: node test/runMochaLayer.mjs <unit|ui> <results.json>
import Mocha from 'mocha';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [layer, resultsFile] = process.argv.slice(2);
const root = fileURLToPath(new URL('..', import.meta.url));
const dir = join(root, 'out', 'test', layer);
const files = readdirSync(dir).filter((f) => f.endsWith('.test.js')).sort();
const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: layer === 'ui' ? 180_000 : 20_000, color: !process.env.CI });
for (const f of files) mocha.addFile(join(dir, f));
const runner = mocha.run((failures) => {
  const s = runner.stats ?? { passes: 0, failures, pending: 0 };
  writeFileSync(resultsFile, JSON.stringify({ layer, passed: s.passes, failed: s.failures, skipped: s.pending }));
  process.exitCode = failures > 0 ? 1 : 0;
});
