/**
 * Localisation, held to the code: every message the code translates is in the English bundle and has a Simplified
 * Chinese translation with the same placeholders; every `%key%` of package.json is in package.nls.json and its
 * Chinese version; and no user-visible literal in the extension or the webviews bypasses the translator.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { englishBundle, findMessages } from '../../scripts/l10nMessages';
import { REPO_ROOT } from './fixtures';
import { literalsBypassingL10n } from './l10nLiterals';

const readJson = (path: string): Record<string, string> => JSON.parse(readFileSync(resolve(REPO_ROOT, path), 'utf8')) as Record<string, string>;
const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{(\d+)\}/g)].map((m) => m[1] ?? ''))].sort();
const keysOf = (o: object): string[] => Object.keys(o).sort();

/** Every `%key%` string value anywhere in the manifest. */
function manifestKeys(value: unknown): string[] {
  if (typeof value === 'string') return /^%([^%]+)%$/.exec(value)?.slice(1) ?? [];
  if (Array.isArray(value)) return value.flatMap(manifestKeys);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(manifestKeys);
  return [];
}

describe('localisation bundles', () => {
  const found = findMessages(REPO_ROOT);
  const english = readJson('l10n/bundle.l10n.json');
  const chinese = readJson('l10n/bundle.l10n.zh-cn.json');

  it('has the English bundle the code asks for (run `npm run l10n:extract` after adding a message)', () => {
    assert.deepEqual(english, englishBundle(found));
    assert.ok(Object.keys(english).length > 200, 'the extraction finds the messages');
  });

  it('translates every message into Simplified Chinese, with the same placeholders', () => {
    assert.deepEqual(keysOf(chinese), keysOf(english), 'the zh-cn bundle has exactly the English keys');
    for (const [message, translation] of Object.entries(chinese)) {
      assert.ok(translation.trim().length > 0, `empty translation of ${JSON.stringify(message)}`);
      assert.deepEqual(placeholders(translation), placeholders(message), `placeholders of ${JSON.stringify(message)}`);
    }
  });

  it('gives every %key% of package.json an English text in package.nls.json and a Chinese one, and leaves no text unused', () => {
    const manifest = JSON.parse(readFileSync(resolve(REPO_ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
    const nls = readJson('package.nls.json');
    const nlsChinese = readJson('package.nls.zh-cn.json');
    const used = [...new Set(manifestKeys(manifest))].sort();
    assert.deepEqual(keysOf(nls), used);
    assert.deepEqual(keysOf(nlsChinese), used);
    for (const key of used) assert.deepEqual(placeholders(nlsChinese[key] ?? ''), placeholders(nls[key] ?? ''), key);
    assert.equal(manifest.l10n, './l10n');
  });

  it('puts every command title, view name and setting description through package.nls.json', () => {
    const manifest = JSON.parse(readFileSync(resolve(REPO_ROOT, 'package.json'), 'utf8')) as {
      contributes: { commands: { title: string }[]; views: Record<string, { name: string }[]>; configuration: { properties: Record<string, { description?: string; markdownDescription?: string }> } };
    };
    const texts = [
      ...manifest.contributes.commands.map((c) => c.title),
      ...Object.values(manifest.contributes.views).flat().map((v) => v.name),
      ...Object.values(manifest.contributes.configuration.properties).map((p) => p.markdownDescription ?? p.description ?? ''),
    ];
    for (const text of texts) assert.match(text, /^%[^%]+%$/);
  });

  it('translates only literal messages, apart from the few tables marked with translatable()', () => {
    // A computed message cannot be a bundle key unless it comes from a table of translatable('…') texts.
    assert.deepEqual(found.dynamic.map((d) => `${d.file}: ${d.text}`), [
      'src/core/boards/boardCatalog.ts: t(title)',
      'src/core/boards/boardCatalog.ts: t(short)',
      'src/core/boards/boardCatalog.ts: t(description)',
      'src/core/boards/boardCatalog.ts: t(known)',
      'src/core/rankings/rankChanges.ts: t(BAND_TEXT[to])',
      'src/core/rankings/rankChanges.ts: t(BAND_TEXT[from])',
      'src/core/views/benchmarkBoard.ts: t(c.label)',
      'src/core/views/benchmarkBoard.ts: t(c.what)',
      'src/core/views/benchmarkBoard.ts: t(BENCHMARKS_BOARD_TITLE)',
      'src/core/views/sidebarState.ts: t(BENCHMARKS_BOARD_TITLE)',
      'src/extension/app.ts: vscode.l10n.t(message, ...args)',
      'src/webview/sidebarLayout.ts: t(title)',
      'src/webview/sidebarLayout.ts: t(label)',
    ]);
  });

  it('lets no user-visible literal in the extension or the webviews bypass l10n', () => {
    assert.deepEqual(literalsBypassingL10n(REPO_ROOT), []);
  });
});
