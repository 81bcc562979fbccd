// Copies the pictures the UI tests saved into media/ : the README's screenshots (test-results/screenshots →
// media/screenshots) and the walkthrough's step images (test-results/walkthrough → media/walkthrough, shipped in the .vsix).
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const folders = ['screenshots', 'walkthrough'];
if (!folders.some((f) => existsSync(join(root, 'test-results', f)))) {
  console.error('no screenshots yet: run the UI tests (npm test) first');
  process.exit(1);
}
for (const folder of folders) {
  const from = join(root, 'test-results', folder);
  if (!existsSync(from)) continue;
  const to = join(root, 'media', folder);
  mkdirSync(to, { recursive: true });
  for (const f of readdirSync(from).filter((n) => n.endsWith('.png') && !n.endsWith('-failed.png'))) {
    copyFileSync(join(from, f), join(to, f));
    console.log(`media/${folder}/${f}`);
  }
}
