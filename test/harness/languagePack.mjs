// A test-only language pack for code-server: the workbench starts in `locale` offline, with no real pack installed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Registers a language pack for `locale` in code-server's user data dir, as installing one would (VS Code's
 * `languagepacks.json`), with an empty core translation: started with `--locale <locale>`, the server then resolves
 * that language (the workbench's own words fall back to English), so `vscode.env.language` is `locale` and extensions
 * load their `bundle.l10n.<locale>.json`. Without a registered pack the server falls back to `en`, whatever --locale says.
 * @param {string} userDataDir @param {string} locale e.g. 'zh-cn'
 */
export function registerTestLanguagePack(userDataDir, locale) {
  const dir = join(userDataDir, 'test-language-pack');
  mkdirSync(dir, { recursive: true });
  const core = join(dir, 'main.i18n.json');
  writeFileSync(core, JSON.stringify({ contents: {} }));
  const pack = { hash: `model-rankings-test-${locale}`, extensions: [{ extensionIdentifier: { id: `model-rankings-test.language-pack-${locale}` }, version: '0.0.1' }], translations: { vscode: core }, label: locale };
  writeFileSync(join(userDataDir, 'languagepacks.json'), JSON.stringify({ [locale]: pack }));
}
