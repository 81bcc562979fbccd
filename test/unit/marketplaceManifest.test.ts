/**
 * Ready for both marketplaces (issue 16): the manifest fields the VS Code Marketplace and Open VSX require, the
 * 128 × 128 PNG icon, and a `.vsix` (as `npm run package` builds it) that holds only the files meant to ship.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { iconPng, ICON_SIZE } from '../../scripts/buildIcon';
import { REPO_ROOT } from './fixtures';
import { zipEntries, zipEntryData, type ZipEntry } from './zipEntries';

interface Manifest {
  name: string;
  publisher: string;
  version: string;
  displayName: string;
  description: string;
  license: string;
  icon: string;
  engines: { vscode: string };
  categories: string[];
  keywords: string[];
  galleryBanner: { color: string; theme: string };
  repository: { type: string; url: string };
  bugs: { url: string };
  homepage: string;
  scripts: Record<string, string>;
}

const manifest = JSON.parse(readFileSync(resolve(REPO_ROOT, 'package.json'), 'utf8')) as Manifest;
const REPOSITORY = 'https://github.com/model-rankings/model-rankings';
/** Publisher and extension names as vsce and Open VSX accept them. */
const ID = /^[a-z0-9][a-z0-9-]*$/;
/** Semantic versioning 2.0.0 (semver.org's regular expression). */
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
/** The Marketplace's categories (code.visualstudio.com/api/references/extension-manifest, plus AI and Chat). */
const CATEGORIES = new Set(['AI', 'Azure', 'Chat', 'Data Science', 'Debuggers', 'Education', 'Extension Packs', 'Formatters', 'Keymaps', 'Language Packs', 'Linters', 'Machine Learning', 'Notebooks', 'Other', 'Programming Languages', 'SCM Providers', 'Snippets', 'Testing', 'Themes', 'Visualization']);

/** Width and height from a PNG's IHDR chunk, or a reason it is not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | string {
  if (!bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'no PNG signature';
  if (bytes.toString('ascii', 12, 16) !== 'IHDR') return 'the first chunk is not IHDR';
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('marketplace manifest (VS Code Marketplace and Open VSX)', () => {
  it('names the extension with valid ids, a semver version, an engine range, a display name and a description', () => {
    assert.match(manifest.name, ID);
    assert.match(manifest.publisher, ID);
    assert.match(manifest.version, SEMVER);
    // vsce's own rule for engines.vscode.
    assert.match(manifest.engines.vscode, /^\*$|^(\^|>=)?((\d+)|x)\.((\d+)|x)\.((\d+)|x)(-.*)?$/);
    assert.ok(manifest.displayName.trim().length > 0 && manifest.displayName.length <= 50, manifest.displayName);
    assert.ok(manifest.description.trim().length > 0, 'a description');
  });

  it('has a 128 × 128 PNG icon, the one scripts/buildIcon.ts draws', () => {
    assert.match(manifest.icon, /\.png$/, 'the Marketplace refuses SVG icons');
    const path = resolve(REPO_ROOT, manifest.icon);
    assert.ok(existsSync(path), manifest.icon);
    const icon = readFileSync(path);
    assert.deepEqual(pngSize(icon), { width: ICON_SIZE, height: ICON_SIZE });
    assert.equal(ICON_SIZE, 128);
    assert.ok(icon.equals(iconPng()), 'media/icon.png is what `node out/scripts/buildIcon.js` writes; run it after changing the drawing');
  });

  it('has a licence with its file, the repository, issues and home page over https, a banner, categories and keywords', () => {
    assert.equal(manifest.license, 'MIT');
    assert.match(readFileSync(resolve(REPO_ROOT, 'LICENSE'), 'utf8'), /^MIT License/);
    assert.deepEqual(manifest.repository, { type: 'git', url: `${REPOSITORY}.git` });
    assert.equal(manifest.bugs.url, `${REPOSITORY}/issues`);
    assert.equal(manifest.homepage, `${REPOSITORY}#readme`);
    assert.match(manifest.galleryBanner.color, /^#[0-9a-f]{6}$/i);
    assert.ok(['dark', 'light'].includes(manifest.galleryBanner.theme), manifest.galleryBanner.theme);
    assert.ok(manifest.categories.length > 0 && manifest.categories.every((c) => CATEGORIES.has(c)), manifest.categories.join(', '));
    assert.ok(manifest.keywords.length > 0 && manifest.keywords.length <= 30, 'the Marketplace takes at most 30 keywords');
  });

  it('packages without bypassing vsce: no missing-repository pass, no skipped link rewriting', () => {
    const pack = manifest.scripts.package ?? '';
    assert.doesNotMatch(pack, /--allow-missing-repository|--no-rewrite-relative-links|--allow-star-activation|--baseContentUrl|--baseImagesUrl/);
    assert.match(manifest.scripts['vscode:prepublish'] ?? '', /\S/);
  });
});

/** What may ship, by pattern: the bundles, the media the extension loads, and what vsce itself adds. */
const ALLOWED: readonly RegExp[] = [
  /^\[Content_Types\]\.xml$/,
  /^extension\.vsixmanifest$/,
  /^extension\/(package\.json|readme\.md|changelog\.md|LICENSE\.txt)$/,
  /^extension\/dist\/(extension|app|web|sidebar|compare)\.js$/,
  /^extension\/media\/(icon\.png|icon\.svg|webview\.css|snapshot\.json|history\.json)$/,
  /^extension\/media\/walkthrough\/(leaderboard|compare|watch|offline)\.png$/,
  /^extension\/package\.nls(\.zh-cn)?\.json$/,
  /^extension\/l10n\/bundle\.l10n(\.zh-cn)?\.json$/,
];
const allowed = (name: string): boolean => ALLOWED.some((pattern) => pattern.test(name));

describe('the packaged .vsix', () => {
  const vsix = resolve(REPO_ROOT, 'model-rankings.vsix');
  let entries: ZipEntry[] = [];
  let bytes = Buffer.alloc(0);
  const text = (name: string): string => {
    const entry = entries.find((e) => e.name === name);
    assert.ok(entry, `${name} in the .vsix`);
    return zipEntryData(bytes, entry).toString('utf8');
  };

  before(() => {
    assert.ok(existsSync(vsix), 'run `npm run package` first');
    bytes = readFileSync(vsix);
    entries = zipEntries(bytes);
  });

  it('refuses what must never ship: source maps, sources, tests, node_modules, compiled tests, dot files', () => {
    for (const name of ['extension/dist/app.js.map', 'extension/src/extension/app.ts', 'extension/test/unit/manifest.test.ts', 'extension/node_modules/zod/index.js', 'extension/out/src/extension/app.js', 'extension/.vscode/launch.json', 'extension/media/screenshots/compare.png', 'extension/scripts/buildIcon.ts']) {
      assert.ok(!allowed(name), name);
    }
  });

  it('holds only the intended files, and all of them', () => {
    const names = entries.map((e) => e.name);
    assert.deepEqual(names.filter((n) => !allowed(n)), [], 'files outside the allow-list');
    for (const required of ['extension/package.json', 'extension/LICENSE.txt', 'extension/readme.md', 'extension/dist/extension.js', 'extension/dist/app.js', `extension/${manifest.icon}`, 'extension/media/snapshot.json']) {
      assert.ok(names.includes(required), required);
    }
  });

  /**
   * The host layers run the extension from this folder (VS Code's test runner loads an extension under development
   * from a folder, not from a .vsix); the UI layers install the .vsix. Both run the same code only if the .vsix holds
   * these very files, byte for byte.
   */
  it('holds the very bundles, data and translations the host layers run from this folder', () => {
    const shipped = entries.map((e) => e.name.replace(/^extension\//, '')).filter((n) => /^(dist\/.*\.js|media\/(snapshot|history)\.json|l10n\/.*\.json|package\.nls(\.[a-z-]+)?\.json)$/.test(n));
    assert.ok(shipped.length >= 9, shipped.join(', '));
    for (const name of ['dist/extension.js', 'dist/app.js', 'dist/web.js', 'dist/sidebar.js', 'dist/compare.js']) assert.ok(shipped.includes(name), name);
    for (const name of shipped) {
      const entry = entries.find((e) => e.name === `extension/${name}`)!;
      assert.ok(zipEntryData(bytes, entry).equals(readFileSync(resolve(REPO_ROOT, name))), `${name} in the .vsix is the file in the folder`);
    }
  });

  it('carries this package.json with the icon it names, a 128 × 128 PNG', () => {
    const packed = JSON.parse(text('extension/package.json')) as Manifest;
    assert.deepEqual([packed.name, packed.publisher, packed.version, packed.icon, packed.repository.url], [manifest.name, manifest.publisher, manifest.version, manifest.icon, manifest.repository.url]);
    const icon = entries.find((e) => e.name === `extension/${packed.icon}`);
    assert.ok(icon);
    assert.deepEqual(pngSize(zipEntryData(bytes, icon)), { width: 128, height: 128 });
  });

  it("shows the README's images from the repository, and leaves ranks such as #28 alone (not links to issues)", () => {
    const readme = text('extension/readme.md');
    const targets = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? '');
    assert.ok(targets.length > 0);
    // The Marketplace and Open VSX show the README without the repository's files: every target must be absolute.
    assert.deepEqual(targets.filter((t) => !t.startsWith('https://') && !t.startsWith('#')), []);
    assert.ok(targets.includes(`${REPOSITORY}/raw/HEAD/media/screenshots/sidebar-dark.png`), 'the first screenshot');
    assert.match(readme, /`Qwen3\.7-Max #28 · Claude Opus 5 \(max\) #1 · Code`/);
    assert.doesNotMatch(readme + text('extension/changelog.md'), /\/issues\/\d/);
  });
});
