import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { COMMANDS, SIDEBAR_VIEW_ID, VIEW_CONTAINER_ID } from '../../src/extension/commandIds';
import { REPO_ROOT } from './fixtures';

interface Manifest {
  engines: { vscode: string };
  activationEvents?: string[];
  devDependencies: Record<string, string>;
  scripts: Record<string, string>;
  contributes: {
    commands: { command: string; title: string; category: string }[];
    views: Record<string, { id: string; type: string }[]>;
    viewsContainers: { activitybar: { id: string; icon: string }[] };
    menus: Record<string, { command: string }[]>;
  };
}

const manifest = JSON.parse(readFileSync(resolve(REPO_ROOT, 'package.json'), 'utf8')) as Manifest;

describe('package.json contributions', () => {
  it('declares exactly the commands of the command table, all under "Model Rankings"', () => {
    const declared = manifest.contributes.commands.map((c) => c.command).sort();
    assert.deepEqual(declared, Object.values(COMMANDS).sort());
    for (const c of manifest.contributes.commands) assert.equal(c.category, 'Model Rankings', c.command);
  });

  it('only references known commands in menus', () => {
    const known = new Set<string>(Object.values(COMMANDS));
    for (const [menu, items] of Object.entries(manifest.contributes.menus)) {
      for (const item of items) assert.ok(known.has(item.command), `${menu}: ${item.command}`);
    }
  });

  it('contributes the activity bar container and the webview view with the ids the code uses', () => {
    assert.equal(manifest.contributes.viewsContainers.activitybar[0]?.id, VIEW_CONTAINER_ID);
    assert.deepEqual(manifest.contributes.views[VIEW_CONTAINER_ID]?.map((v) => [v.id, v.type]), [[SIDEBAR_VIEW_ID, 'webview']]);
  });

  it('targets a VS Code old enough for the test host and other editors, with matching types', () => {
    assert.equal(manifest.engines.vscode, '^1.95.0');
    assert.equal(manifest.devDependencies['@types/vscode'], '1.95.0');
    assert.ok(!(manifest.activationEvents ?? []).includes('*'));
  });
});

interface LaunchConfig {
  name: string;
  type: string;
  request: string;
  args: string[];
  preLaunchTask?: string;
}

interface Task {
  label: string;
  type?: string;
  script?: string;
  isBackground?: boolean;
  dependsOn?: string[];
  problemMatcher?: string | { background?: { beginsPattern: string; endsPattern: string } };
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(resolve(REPO_ROOT, path), 'utf8')) as T;

/** The command an npm script finally runs, following `npm run [-s|--silent] <script>` to the script it names. */
function finalCommand(script: string): string {
  const seen = new Set<string>();
  let command = manifest.scripts[script];
  for (;;) {
    assert.ok(command !== undefined, `npm script ${script} exists`);
    const next = /^npm run (?:-s |--silent )?([\w:-]+)$/.exec(command)?.[1];
    if (next === undefined) return command;
    assert.ok(!seen.has(next), `npm scripts run in a circle through ${next}`);
    seen.add(next);
    command = manifest.scripts[next];
  }
}

describe('contributor conventions', () => {
  it('builds the production bundles before vsce packages or publishes (vscode:prepublish)', () => {
    assert.equal(finalCommand('vscode:prepublish'), 'node esbuild.js --production');
    assert.ok(existsSync(resolve(REPO_ROOT, 'esbuild.js')));
    assert.match(readFileSync(resolve(REPO_ROOT, 'esbuild.js'), 'utf8'), /process\.argv\.includes\('--production'\)/);
  });

  it('packages with vsce, which runs the prepublish build, and shows its output and warnings', () => {
    const pack = manifest.scripts.package ?? '';
    assert.match(pack, /^vsce package .*--out model-rankings\.vsix$/);
    assert.ok(!/esbuild|>|\|\||;/.test(pack), `the build is vsce's prepublish step, its output is not hidden and its exit code is the script's: ${pack}`);
  });

  // Read in each test, so a missing file fails the tests that need it (not the loading of this file).
  const config = (name: string): LaunchConfig => {
    const found = readJson<{ configurations: LaunchConfig[] }>('.vscode/launch.json').configurations.find((c) => c.name === name);
    assert.ok(found, `launch configuration "${name}"`);
    return found;
  };
  const task = (label: string): Task => {
    const found = readJson<{ tasks: Task[] }>('.vscode/tasks.json').tasks.find((t) => t.label === label);
    assert.ok(found, `task "${label}" in .vscode/tasks.json`);
    return found;
  };

  it('launches the extension from this folder after the watch task ("Run Extension")', () => {
    const run = config('Run Extension');
    assert.deepEqual([run.type, run.request], ['extensionHost', 'launch']);
    assert.ok(run.args.includes('--extensionDevelopmentPath=${workspaceFolder}'));
    task(run.preLaunchTask ?? '');
  });

  it('runs the extension-host suites ("Extension Tests") from their compiled entry, with the test-only model provider', () => {
    const tests = config('Extension Tests');
    assert.deepEqual([tests.type, tests.request], ['extensionHost', 'launch']);
    assert.ok(tests.args.includes('--extensionDevelopmentPath=${workspaceFolder}'));
    const entry = tests.args.find((a) => a.startsWith('--extensionTestsPath='))?.replace('--extensionTestsPath=${workspaceFolder}/', '');
    assert.equal(entry, 'out/test/host/index.js');
    assert.ok(existsSync(resolve(REPO_ROOT, 'test/host/index.ts')), 'its source');
    assert.ok(existsSync(resolve(REPO_ROOT, entry)), 'compiled by tsc (the watch task runs tsc --watch)');
    for (const path of tests.args.filter((a) => a.startsWith('--extensionDevelopmentPath=')).map((a) => a.replace(/^--extensionDevelopmentPath=\$\{workspaceFolder\}\/?/, ''))) {
      assert.ok(existsSync(resolve(REPO_ROOT, path, 'package.json')), `an extension at ./${path}`);
    }
    task(tests.preLaunchTask ?? '');
  });

  it('watches with esbuild and tsc in the background, each waiting for the lines its tool prints', () => {
    const watch = task(config('Run Extension').preLaunchTask ?? '');
    const parts = (watch.dependsOn ?? [watch.label]).map(task);
    const esbuild = parts.find((t) => t.script === 'watch');
    const tsc = parts.find((t) => t.script === 'watch:tsc');
    assert.ok(esbuild && tsc, 'both the esbuild and the tsc watch');
    for (const t of [esbuild, tsc]) {
      assert.equal(t.type, 'npm');
      assert.equal(t.isBackground, true, t.label);
    }
    assert.equal(manifest.scripts.watch, 'node esbuild.js --watch');
    assert.match(manifest.scripts['watch:tsc'] ?? '', /^tsc -p \. --watch\b/);
    assert.equal(tsc.problemMatcher, '$tsc-watch');
    const background = typeof esbuild.problemMatcher === 'object' ? esbuild.problemMatcher.background : undefined;
    assert.ok(background, 'a background matcher for esbuild.js');
    const source = readFileSync(resolve(REPO_ROOT, 'esbuild.js'), 'utf8');
    const printed = [...source.matchAll(/console\.log\('(\[watch\][^']*)'\)/g)].map((m) => m[1] ?? '');
    assert.ok(printed.some((line) => new RegExp(background.beginsPattern).test(line)), `esbuild.js prints a line the begin pattern matches: ${printed.join(' | ')}`);
    assert.ok(printed.some((line) => new RegExp(background.endsPattern).test(line)), 'and one the end pattern matches');
  });

  it('keeps .vscode/ (and everything but the allowlist) out of the .vsix, as vsce ls lists it', function () {
    this.timeout(30000);
    assert.ok(existsSync(resolve(REPO_ROOT, '.vscode', 'launch.json')));
    const listed = execFileSync(process.execPath, [resolve(REPO_ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'ls', '--no-dependencies'], { cwd: REPO_ROOT, encoding: 'utf8' })
      .split('\n')
      .filter((l) => l.trim() !== '')
      .sort();
    assert.ok(!listed.some((f) => f.startsWith('.vscode')), listed.join(', '));
    assert.deepEqual(listed, ['CHANGELOG.md', 'LICENSE', 'README.md', 'dist/app.js', 'dist/compare.js', 'dist/extension.js', 'dist/sidebar.js', 'dist/web.js', 'l10n/bundle.l10n.json', 'l10n/bundle.l10n.zh-cn.json', 'media/history.json', 'media/icon.png', 'media/icon.svg', 'media/snapshot.json', 'media/walkthrough/compare.png', 'media/walkthrough/leaderboard.png', 'media/walkthrough/offline.png', 'media/walkthrough/watch.png', 'media/webview.css', 'package.json', 'package.nls.json', 'package.nls.zh-cn.json']);
  });
});
