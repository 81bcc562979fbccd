/** The real extension in a real VS Code host (code-server or desktop), on the embedded snapshot. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/extension/commandIds';
import { api, setWatched } from './extensionApi';
import { waitFor } from './waitFor';



describe('Model Rankings in the extension host', () => {
  before(async () => {
    // The test profile has a fake chat-model provider installed: start with no editor models,
    // so the status bar shows the default watch list.
    const extension = await api();
    await waitFor(() => extension.editorModels(), (m) => m.length === 2, 'the fake provider is up');
    await vscode.commands.executeCommand('fakeModelProvider.setModels', []);
    await waitFor(() => extension.editorModels(), (m) => m.length === 0, 'no editor models');
  });
  after(() => setWatched(undefined));

  it('activates and registers every command of the table', async () => {
    await api();
    const all = new Set(await vscode.commands.getCommands(true));
    for (const id of Object.values(COMMANDS)) assert.ok(all.has(id), id);
  });

  it('loads the embedded snapshot dated 2026-08-19', async () => {
    const { store } = await api();
    const data = await store.ensureLoaded();
    assert.ok(data);
    assert.deepEqual(data.boards.map((b) => [b.id, b.publishDate]), [['webdev', '2026-08-19'], ['text_style_control', '2026-08-19']]);
    assert.equal(data.provenance.origin, 'snapshot');
  });

  it('shows the default watched models in the status bar', async () => {
    const extension = await api();
    const text = await waitFor(() => extension.statusText(), (t) => t.includes('#'), 'status bar text');
    assert.equal(text, '$(graph) Qwen3.7-Max #28 · Claude Opus 5 (max) #1 · Code');
  });

  it('opens the sidebar and the webview says ready', async () => {
    const extension = await api();
    await vscode.commands.executeCommand(COMMANDS.openLeaderboard);
    const state = await waitFor(() => extension.sidebar(), (s) => s.ready, 'sidebar webview ready');
    assert.equal(state.ready, true);
  });

  it('switches the sidebar to the Text board by command', async () => {
    const extension = await api();
    await vscode.commands.executeCommand(COMMANDS.switchBoard, 'text_style_control');
    const state = await waitFor(() => extension.sidebar(), (s) => s.boardId === 'text_style_control', 'Text board selected');
    assert.equal(state.boardId, 'text_style_control');
    await vscode.commands.executeCommand(COMMANDS.switchBoard, 'webdev');
  });

  it('watches and unwatches a model by command, updating the status bar', async () => {
    const extension = await api();
    await setWatched(['qwen3.7-max']);
    await waitFor(() => extension.statusText(), (t) => t === '$(graph) Qwen3.7-Max #28 · Code', 'one watched model');
    await vscode.commands.executeCommand(COMMANDS.watchModel, 'kimi-k3-max');
    await waitFor(() => extension.statusText(), (t) => t === '$(graph) Qwen3.7-Max #28 · Kimi K3 Max #2 · Code', 'kimi added');
    await vscode.commands.executeCommand(COMMANDS.unwatchModel, 'qwen3.7-max');
    const text = await waitFor(() => extension.statusText(), (t) => t === '$(graph) Kimi K3 Max #2 · Code', 'qwen removed');
    assert.equal(text, '$(graph) Kimi K3 Max #2 · Code');
  });

  it('ignores a malformed watch list setting instead of failing', async () => {
    const extension = await api();
    await setWatched('not-a-list');
    await waitFor(() => extension.statusText(), (t) => t === '$(graph) Qwen3.7-Max #28 · Claude Opus 5 (max) #1 · Code', 'defaults after a bad value');
    await setWatched([42, '', 'top:', 'kimi-k3-max']);
    await waitFor(() => extension.statusText(), (t) => t === '$(graph) Kimi K3 Max #2 · Code', 'bad entries dropped');
  });
});

describe('Rankings for AI agents (language model tool)', () => {
  it('is listed in vscode.lm.tools and answers with real, dated numbers', async () => {
    await api();
    assert.ok(vscode.lm.tools.some((t) => t.name === 'modelRankings_query'));
    const result = await vscode.lm.invokeTool('modelRankings_query', { input: { models: ['qwen3.7-max-20260517'], board: 'webdev' }, toolInvocationToken: undefined });
    const text = result.content.map((p) => (p instanceof vscode.LanguageModelTextPart ? p.value : '')).join('');
    assert.match(text, /^Code Arena · Overall, published 2026-08-19, 117 models\./);
    assert.match(text, /qwen3\.7-max-20260517 \(alibaba\): #28 of 117, rank range 23–32/);
    assert.match(text, /CC BY 4\.0/);
    assert.match(text, /^ {2}Benchmarks \(no confidence intervals\): Artificial Analysis \(via OpenRouter\), as of 2026-08-08: .*coding index 66\.0/m);
  });

  it('answers "best agentic model under $5 per million output tokens" by a benchmark, naming its source and date', async () => {
    await api();
    const result = await vscode.lm.invokeTool('modelRankings_query', { input: { benchmark: 'aa-agentic', maxOutputPricePerM: 5, top: 3 }, toolInvocationToken: undefined });
    const text = result.content.map((p) => (p instanceof vscode.LanguageModelTextPart ? p.value : '')).join('');
    assert.match(text, /^Ranked by the Artificial Analysis agentic index\. Source: Artificial Analysis \(via OpenRouter\), as of 2026-08-08/m);
    assert.equal(text.split('\n').filter((l) => /^\d\. /.test(l)).length, 3, text);
  });

  it('returns a clear error result for bad input', async () => {
    await api();
    const result = await vscode.lm.invokeTool('modelRankings_query', { input: { board: 'nope' }, toolInvocationToken: undefined });
    const text = result.content.map((p) => (p instanceof vscode.LanguageModelTextPart ? p.value : '')).join('');
    assert.match(text, /^Error: Unknown board "nope"/);
  });
});

describe('Compare Models in the extension host', () => {
  it('opens the comparison panel for preselected models and produces the Markdown', async () => {
    const extension = await api();
    await vscode.commands.executeCommand(COMMANDS.compareModels, ['qwen3.7-max-20260517', 'claude-opus-4-7']);
    const state = await waitFor(() => extension.comparison(), (c) => c.ready, 'comparison panel ready');
    assert.deepEqual(state.models, ['qwen3.7-max-20260517', 'claude-opus-4-7']);
    assert.match(state.markdown, /^## Model comparison: Qwen3\.7-Max vs Claude Opus 4\.7/);
    assert.match(state.markdown, /\| Code Arena · Overall \| Qwen3\.7-Max \(as `qwen3\.7-max-20260517`\) vs Claude Opus 4\.7 \| −41 ± 10 \| 44% \| clearly worse \|/);
    assert.match(state.markdown, /\| Text · Overall \| Qwen3\.7-Max \(as `qwen3\.7-max-preview`\) vs Claude Opus 4\.7 \| −20 ± 11 \| 47% \| clearly worse \|/);
    assert.match(state.markdown, /### Benchmarks beside the votes[\s\S]*\| coding index \| 66\.0 \(#\d+ of \d+, as qwen\/qwen3\.7-max\) \| 73\.6 /);
    assert.match(state.markdown, /CC BY 4\.0/);
  });

  it('compares the watched models from the status bar command', async () => {
    const extension = await api();
    await setWatched(['qwen3.7-max', 'kimi-k3-max']);
    await vscode.commands.executeCommand(COMMANDS.compareWatched);
    const state = await waitFor(() => extension.comparison(), (c) => c.models.includes('kimi-k3-max'), 'watched models compared');
    assert.deepEqual(state.models, ['qwen3.7-max-20260517', 'kimi-k3-max']);
    await setWatched(undefined);
  });
});
