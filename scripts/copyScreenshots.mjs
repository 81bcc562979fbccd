// Copies the screenshots the UI tests saved (test-results/screenshots) into media/screenshots for the README.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const from = join(root, 'test-results', 'screenshots');
const to = join(root, 'media', 'screenshots');
if (!existsSync(from)) {
  console.error('no screenshots yet: run the UI tests (npm test) first');
  process.exit(1);
}
mkdirSync(to, { recursive: true });
for (const f of readdirSync(from).filter((n) => n.endsWith('.png'))) {
  copyFileSync(join(from, f), join(to, f));
  console.log(`media/screenshots/${f}`);
}
