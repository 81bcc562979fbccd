import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { COMMANDS, SIDEBAR_VIEW_ID, VIEW_CONTAINER_ID } from '../../src/extension/commandIds';
import { REPO_ROOT } from './fixtures';

interface Manifest {
  engines: { vscode: string };
  activationEvents?: string[];
  devDependencies: Record<string, string>;
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
