/** "Your models": the chat models of a fake provider extension, mapped to the leaderboard. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, setWatched } from './extensionApi';
import { COMMANDS } from '../../src/extension/commandIds';
import { waitFor } from './waitFor';


describe("Your models (the editor's chat models)", function () {
  this.timeout(60000);
  after(() => vscode.commands.executeCommand('fakeModelProvider.setModels', []));

  it('maps the available chat models to Code Arena rows without any configuration', async () => {
    const extension = await api();
    await setWatched(undefined);
    await vscode.commands.executeCommand('fakeModelProvider.setModels');
    const models = await waitFor(() => extension.editorModels(), (m) => m.length === 2, 'two editor models');
    assert.deepEqual(models, [
      { id: 'claude-opus-4-7', model: 'claude-opus-4-7', kind: 'exact' },
      { id: 'qwen3.7-max', model: 'qwen3.7-max-20260517', kind: 'exact' },
    ]);
  });

  it('lets the status bar follow them while the user has no watch list of their own', async () => {
    const extension = await api();
    const text = await waitFor(() => extension.statusText(), (t) => t.includes('Claude Opus 4.7'), 'status bar on your models');
    assert.equal(text, '$(graph) Claude Opus 4.7 #14 · Qwen3.7-Max #28 · Code');
  });

  it('follows onDidChangeChatModels, showing an effort variant as a proxy', async () => {
    const extension = await api();
    await vscode.commands.executeCommand('fakeModelProvider.setModels', [{ id: 'claude-opus-5', name: 'Claude Opus 5', family: 'claude-opus-5' }]);
    const models = await waitFor(() => extension.editorModels(), (m) => m.length === 1, 'one editor model');
    assert.deepEqual(models, [{ id: 'claude-opus-5', model: 'claude-opus-5-max', kind: 'proxy' }]);
    await waitFor(() => extension.statusText(), (t) => t === '$(graph) Claude Opus 5 (max) #1 · Code', 'status bar follows the change');
  });

  it('has one watch list: Compare Watched, Watch and Unwatch start from what the status bar shows', async () => {
    const extension = await api();
    await setWatched(undefined);
    await vscode.commands.executeCommand('fakeModelProvider.setModels');
    await waitFor(() => extension.statusText(), (t) => t === '$(graph) Claude Opus 4.7 #14 · Qwen3.7-Max #28 · Code', 'status bar on your models');
    assert.deepEqual(extension.watchedModels(), ['claude-opus-4-7', 'qwen3.7-max-20260517']);
    try {
      // Compare Watched compares what the status bar shows, not the shipped default list.
      await vscode.commands.executeCommand(COMMANDS.compareWatched);
      const compared = await waitFor(() => extension.comparison(), (c) => c.models.length >= 2, 'watched models compared');
      assert.deepEqual(compared.models, ['claude-opus-4-7', 'qwen3.7-max-20260517']);
      // Watching one more model keeps the models the user saw watched, instead of writing the defaults.
      await vscode.commands.executeCommand(COMMANDS.watchModel, 'kimi-k3-max');
      const saved = () => vscode.workspace.getConfiguration('modelRankings').inspect<string[]>('watchedModels')?.globalValue;
      await waitFor(saved, (v) => v !== undefined, 'watch list saved');
      assert.deepEqual(saved(), ['claude-opus-4-7', 'qwen3.7-max-20260517', 'kimi-k3-max']);
      await waitFor(() => extension.statusText(), (t) => t === '$(graph) Claude Opus 4.7 #14 · Qwen3.7-Max #28 · Kimi K3 Max #2 · Code', 'status bar shows the saved list');
      await vscode.commands.executeCommand(COMMANDS.unwatchModel, 'claude-opus-4-7');
      await waitFor(saved, (v) => v?.length === 2, 'one model unwatched');
      assert.deepEqual(saved(), ['qwen3.7-max-20260517', 'kimi-k3-max']);
    } finally {
      await setWatched(undefined);
    }
  });

  it('a watch list the user sets wins over the editor models', async () => {
    const extension = await api();
    await setWatched(['kimi-k3-max']);
    try {
      await waitFor(() => extension.statusText(), (t) => t === '$(graph) Kimi K3 Max #2 · Code', 'user watch list');
    } finally {
      await setWatched(undefined);
    }
  });
});
