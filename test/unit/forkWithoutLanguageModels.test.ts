/**
 * Editors built on VS Code that install from Open VSX (VSCodium, Theia, …) may have no Language Model API, or a
 * stub of it that throws (issue 16): "Your models" and the #modelRankings agent tool are then absent, and
 * starting them throws nothing. The real services and sidebar run on the fake `vscode` module, whose `lm` each
 * test sets.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type * as vscode from 'vscode';
import { JSDOM } from 'jsdom';
import { LeaderboardStore } from '../../src/core/store/leaderboardStore';
import type { Log } from '../../src/extension/log';
import type { EditorModelsService as EditorModelsServiceClass } from '../../src/extension/editorModelsService';
import type { registerRankingsTool as RegisterRankingsTool } from '../../src/extension/rankingsTool';
import { PAGE_STATE_ELEMENT_ID, type BoardState } from '../../src/shared/protocol';
import { fakeSidebarActions } from './fakeSidebarActions';
import { FakeWebviewHost, setLanguageModelApi, Uri, useFakeVscode, type FakeLanguageModelApi } from './fakeVscode';
import { embeddedSnapshot, REPO_ROOT } from './fixtures';
import { joinBenchmarks } from '../../src/core/models/benchmarkJoin';
import { buildModelCatalog } from '../../src/core/models/modelCatalog';
import type { LeaderboardData } from '../../src/core/boards/leaderboard';

/** The tool's benchmarks: the data's own OpenRouter values, no LiveBench. */
const noBenchmarks = (data: LeaderboardData) => joinBenchmarks(buildModelCatalog(data), data, null);

useFakeVscode();

/** A log that keeps what was written, by level. */
function recordingLog(): Log & { readonly infos: string[]; readonly warnings: string[] } {
  const infos: string[] = [];
  const warnings: string[] = [];
  return { infos, warnings, info: (m) => void infos.push(m), warn: (m) => void warnings.push(m), error: (m) => assert.fail(`logged an error: ${m}`), show: () => undefined };
}

async function services(): Promise<{ EditorModelsService: typeof EditorModelsServiceClass; registerRankingsTool: typeof RegisterRankingsTool; TOOL_NAME: string }> {
  // Loaded after useFakeVscode(), so their `require('vscode')` gets the fake.
  const { EditorModelsService } = await import('../../src/extension/editorModelsService.js');
  const { registerRankingsTool, TOOL_NAME } = await import('../../src/extension/rankingsTool.js');
  return { EditorModelsService, registerRankingsTool, TOOL_NAME };
}

const store = new LeaderboardStore(() => Promise.resolve(embeddedSnapshot().data));

describe('an editor without the Language Model API (VS Code forks)', () => {
  afterEach(() => setLanguageModelApi(undefined));

  it('starts "Your models" and the agent tool with no vscode.lm: nothing throws, nothing is listed, no warning', async () => {
    setLanguageModelApi(undefined);
    const { EditorModelsService, registerRankingsTool } = await services();
    const log = recordingLog();
    const editorModels = new EditorModelsService(log);
    await editorModels.refresh();
    assert.deepEqual(editorModels.current, []);
    await store.ensureLoaded();
    assert.deepEqual(editorModels.namesOn(store.current?.boards[0]?.categories[0]?.entries ?? []), []);
    const tool = registerRankingsTool(store, log, noBenchmarks);
    tool.dispose();
    editorModels.dispose();
    // Not a failure the user should read about in the log: the editor simply has no such API.
    assert.deepEqual(log.warnings, []);
    assert.ok(log.infos.some((m) => m.includes('"Your models" stays empty')), log.infos.join('\n'));
  });

  it('hides "Your models" in the sidebar: the board state in its page lists none', async () => {
    setLanguageModelApi(undefined);
    const { EditorModelsService } = await services();
    const editorModels = new EditorModelsService(recordingLog());
    const { SidebarView } = await import('../../src/extension/sidebarView.js');
    await store.ensureLoaded();
    const memento = { get: () => undefined, update: () => Promise.resolve(), keys: () => [] } as unknown as vscode.Memento;
    const sidebar = new SidebarView(Uri.file(REPO_ROOT) as unknown as vscode.Uri, store, memento, fakeSidebarActions({ editorModels: () => editorModels.current }), recordingLog());
    const view = new FakeWebviewHost();
    sidebar.resolveWebviewView(view as unknown as vscode.WebviewView);
    const text = new JSDOM(view.webview.html).window.document.getElementById(PAGE_STATE_ELEMENT_ID)?.textContent;
    assert.ok(text, 'the page carries the board state');
    const state = JSON.parse(text) as BoardState;
    assert.equal(state.boardId, 'webdev');
    // The page hides the section when the list is empty (boardHeader.ts renderYourModels).
    assert.deepEqual(state.yourModels, []);
    sidebar.dispose();
  });

  it("survives a fork's stub of vscode.lm whose functions throw: the tool and the updates are left out, with a warning each", async () => {
    const stub: FakeLanguageModelApi = {
      selectChatModels: () => Promise.reject(new Error('chat is not available in this editor')),
      onDidChangeChatModels: () => {
        throw new Error('onDidChangeChatModels is not implemented');
      },
      registerTool: () => {
        throw new Error('Extension cannot use API proposal: lmTools');
      },
    };
    setLanguageModelApi(stub);
    const { EditorModelsService, registerRankingsTool } = await services();
    const log = recordingLog();
    const editorModels = new EditorModelsService(log);
    await editorModels.refresh();
    assert.deepEqual(editorModels.current, []);
    registerRankingsTool(store, log, noBenchmarks).dispose();
    editorModels.dispose();
    assert.ok(log.warnings.some((m) => m.includes('does not report changes to its chat models')), log.warnings.join('\n'));
    assert.ok(log.warnings.some((m) => m.includes('refused the #modelRankings tool') && m.includes('lmTools')), log.warnings.join('\n'));
  });

  it('with the API, still registers the tool and lists the chat models (the guards hide nothing that works)', async () => {
    const registered: string[] = [];
    let disposedTools = 0;
    setLanguageModelApi({
      selectChatModels: () => Promise.resolve([{ id: 'claude-opus-4.7', name: 'Claude Opus 4.7', vendor: 'copilot', family: 'claude-opus-4.7', version: '1' }]),
      onDidChangeChatModels: () => ({ dispose: () => undefined }),
      registerTool: (name) => {
        registered.push(name);
        return { dispose: () => void disposedTools++ };
      },
    });
    const { EditorModelsService, registerRankingsTool, TOOL_NAME } = await services();
    const log = recordingLog();
    const editorModels = new EditorModelsService(log);
    await editorModels.refresh();
    assert.deepEqual(editorModels.current.map((m) => m.name), ['Claude Opus 4.7']);
    registerRankingsTool(store, log, noBenchmarks).dispose();
    assert.deepEqual([registered, disposedTools], [[TOOL_NAME], 1]);
    editorModels.dispose();
    assert.deepEqual(log.warnings, []);
  });
});

describe('the manifest in an editor without the Language Model API', () => {
  interface Contributes {
    languageModelTools?: { name: string }[];
    menus: Record<string, { command: string; when?: string }[]>;
    commands: { command: string; enablement?: string }[];
    [point: string]: unknown;
  }
  const contributes = (JSON.parse(readFileSync(resolve(REPO_ROOT, 'package.json'), 'utf8')) as { contributes: Contributes }).contributes;

  it('needs the API only for the agent tool, a contribution point such editors ignore; no menu or command depends on chat', () => {
    const chatPoints = Object.keys(contributes).filter((point) => /^(languageModel|chat)/.test(point));
    assert.deepEqual(chatPoints, ['languageModelTools']);
    assert.deepEqual(contributes.languageModelTools?.map((t) => t.name), ['modelRankings_query']);
    const menus = Object.entries(contributes.menus);
    assert.deepEqual(menus.filter(([menu]) => menu.startsWith('chat')).map(([menu]) => menu), [], 'no chat menus');
    const clauses = [...menus.flatMap(([, items]) => items.map((i) => i.when ?? '')), ...contributes.commands.map((c) => c.enablement ?? '')];
    assert.deepEqual(clauses.filter((when) => /chat|languageModel|\blm\b/i.test(when)), [], 'no when clause on chat or language model context keys');
  });
});
