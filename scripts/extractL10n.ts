/**
 * Writes `l10n/bundle.l10n.json`, the English bundle, from the messages in src/ (every `t('…')`,
 * `translatable('…')` and `vscode.l10n.t('…')`). Translators copy its keys into `bundle.l10n.<locale>.json`.
 * Usage: npm run l10n:extract
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { englishBundle, findMessages } from './l10nMessages';

const root = resolve(__dirname, '..', '..');
const found = findMessages(root);
for (const call of found.dynamic) console.log(`note: ${call.file}:${call.line} translates a computed message: ${call.text}`);
const bundle = englishBundle(found);
writeFileSync(resolve(root, 'l10n', 'bundle.l10n.json'), `${JSON.stringify(bundle, null, 2)}\n`);
console.log(`l10n/bundle.l10n.json: ${Object.keys(bundle).length} messages`);
