/**
 * The extension in Simplified Chinese, without VS Code: the core's sentences through the zh-cn bundle, and the
 * sidebar's page as the extension builds it (webviewHtml through the fake `vscode` module, whose `l10n.bundle` is the
 * zh-cn bundle) with the built script (dist/sidebar.js) in jsdom.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type * as vscode from 'vscode';
import { buildBoardState } from '../../src/core/views/sidebarState';
import { refreshStatus } from '../../src/core/views/refreshMessages';
import { bundleTranslator, resetTranslator, setTranslator } from '../../src/shared/l10n';
import { PAGE_STRINGS_ELEMENT_ID } from '../../src/shared/protocol';
import { DEFAULT_WATCH } from './defaults';
import { FakeWebview, Uri, env, l10n, useFakeVscode } from './fakeVscode';
import { embeddedSnapshot, REPO_ROOT } from './fixtures';
import { loadWebview } from './webviewDom';

useFakeVscode();

const zhCn = JSON.parse(readFileSync(resolve(REPO_ROOT, 'l10n/bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string>;
const extensionUri = Uri.file(REPO_ROOT) as unknown as vscode.Uri;

async function sidebarPage(state: object): Promise<string> {
  const { webviewHtml } = await import('../../src/extension/webviewHtml.js');
  return webviewHtml(new FakeWebview() as unknown as vscode.Webview, extensionUri, 'sidebar.js', 'Model Rankings', state);
}

describe('the extension in Simplified Chinese (zh-cn)', () => {
  const { data } = embeddedSnapshot();
  const text = (h: { document: Document }, id: string): string => h.document.getElementById(id)?.textContent ?? '';

  beforeEach(() => {
    // What VS Code does for a user whose display language is zh-cn: the bundle loaded, `vscode.l10n.t` translating.
    l10n.bundle = zhCn;
    env.language = 'zh-cn';
    setTranslator(bundleTranslator(zhCn));
  });
  afterEach(() => {
    l10n.bundle = undefined;
    env.language = 'en';
    resetTranslator();
  });

  it('shows the sidebar in Chinese from its first render: headers, controls, heading, date line, count, stars', async () => {
    const state = buildBoardState(data, { boardId: 'webdev', categoryId: 'overall' }, DEFAULT_WATCH, { kind: 'idle' });
    const html = await sidebarPage(state);
    assert.match(html, /<html lang="zh-cn">/);
    const h = loadWebview('sidebar.js', { html });
    const headers = [...h.document.querySelectorAll('thead th')].map((th) => th.textContent);
    assert.deepEqual(headers, ['#', '已关注', '模型', '分数', '±CI', '投票数', '厂商', '许可证', '$/M 输入 · 输出', '上下文']);
    assert.equal(h.document.querySelector('thead th button[data-sort="votes"]')?.getAttribute('title'), '已投票的对战数');
    assert.equal(h.document.getElementById('search')?.getAttribute('placeholder'), '搜索模型、厂商、许可证  ( / )');
    assert.equal(h.document.getElementById('board')?.getAttribute('aria-label'), '榜单');
    assert.deepEqual([...h.document.querySelectorAll('#licence option')].map((o) => o.textContent), ['任意许可证', '开放许可证', '专有']);
    assert.equal(text(h, 'heading'), 'Code Arena · 总榜');
    assert.equal(text(h, 'dateLine'), '发布于 2026-08-19 · 扩展自带的离线快照（获取于 2026-08-21 02:22 UTC）');
    assert.equal(text(h, 'count'), '117 个模型');
    assert.match(text(h, 'prices'), /^价格和上下文窗口：OpenRouter，2026-08-08/);
    const qwen = h.document.querySelector<HTMLTableRowElement>('tbody tr[data-key="qwen3.7-max-20260517"]');
    assert.equal(qwen?.querySelector('.star')?.getAttribute('title'), '已在状态栏中关注（点击取消关注）');
    assert.match(qwen?.cells[2]?.title ?? '', /^Qwen3\.7-Max\n榜单条目名 qwen3\.7-max-20260517\n另见 文本 #\d+，名为 qwen3\.7-max-preview$/);
    // The board picker names the Text board in Chinese too (the host's words, in the board state).
    assert.deepEqual([...h.document.querySelectorAll('#board option')].map((o) => o.textContent), ['Code Arena', '文本', '基准测试']);
    h.deliver({ type: 'status', status: { kind: 'error', message: 'x' } });
    assert.deepEqual([...h.document.querySelectorAll('#status button')].map((b) => b.textContent), ['重试', '显示日志']);
  });

  it('says what a refresh did in Chinese', () => {
    const status = refreshStatus({
      outcome: { updated: false, requests: 3, errors: [], failures: [{ part: 'board', boardId: 'webdev', kind: 'timeout', detail: 'x' }], notes: [], offline: false, downloadedBefore: true },
      data: { ...data, provenance: { ...data.provenance, origin: 'live' } },
      nextTryInMs: 5 * 60_000,
      now: Date.parse('2026-08-21T13:50:00Z'),
      problems: [],
    });
    assert.deepEqual(status, { kind: 'error', message: 'Code Arena 无法更新：服务器未及时响应。正在显示发布于 2026-08-19 的数据；下次尝试在 5 分钟后。' });
  });

  it('puts no translations into an English page, so its first render parses nothing more', async () => {
    l10n.bundle = undefined;
    env.language = 'en';
    resetTranslator();
    const html = await sidebarPage(buildBoardState(data, { boardId: 'webdev', categoryId: 'overall' }, DEFAULT_WATCH, { kind: 'idle' }));
    assert.doesNotMatch(html, new RegExp(PAGE_STRINGS_ELEMENT_ID));
    assert.match(html, /<html lang="en">/);
    const h = loadWebview('sidebar.js', { html });
    assert.equal(h.document.querySelector('thead th button[data-sort="model"]')?.textContent, 'Model');
  });

  it('keeps a page in English where its translations are not a bundle of strings', async () => {
    l10n.bundle = undefined;
    const state = buildBoardState(data, { boardId: 'webdev', categoryId: 'overall' }, DEFAULT_WATCH, { kind: 'idle' });
    const block = (json: string): string => `<script type="application/json" id="${PAGE_STRINGS_ELEMENT_ID}">${json}</script>\n<script nonce`;
    for (const json of ['{"Model": 1, "Score": "分数"}', '["Model"]', '{not json']) {
      const h = loadWebview('sidebar.js', { html: (await sidebarPage(state)).replace('<script nonce', block(json)) });
      assert.equal(h.document.querySelector('thead th button[data-sort="model"]')?.textContent, 'Model', json);
    }
    const h = loadWebview('sidebar.js', { html: (await sidebarPage(state)).replace('<script nonce', block('{"Model": 1, "Score": "分数"}')) });
    assert.equal(h.document.querySelector('thead th button[data-sort="rating"]')?.textContent, '分数', 'the string translations of a bundle are used');
  });
});
