/** Live data in the real extension host, against the loopback fixture server. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ExtensionApi } from '../../src/extension/extension';
import { api, setWatched } from './extensionApi';
import { categoryRows } from '../../src/core/rankings/leaderboardRows';
import { RemoteFixtureServer } from './remoteFixtureServer';
import { waitFor } from './waitFor';

const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('modelRankings');


function qwenRank(extension: ExtensionApi): number | undefined {
  const data = extension.store.current;
  return data ? categoryRows(data, 'webdev', 'overall').find((r) => r.model === 'qwen3.7-max-20260517')?.rank : undefined;
}

describe('Refresh against the fixture server in the extension host', function () {
  this.timeout(60000);
  const server = new RemoteFixtureServer();

  before(async () => {
    const base = await server.start();
    await server.setDate('webdev', '2026-06-21');
    await config().update('data.viewerUrl', base, vscode.ConfigurationTarget.Global);
    await config().update('data.hubUrl', base, vscode.ConfigurationTarget.Global);
    await config().update('data.openRouterUrl', `${base}/api/v1/models`, vscode.ConfigurationTarget.Global);
    await config().update('data.offline', false, vscode.ConfigurationTarget.Global);
  });

  after(async () => {
    for (const key of ['data.viewerUrl', 'data.hubUrl', 'data.openRouterUrl', 'data.offline']) await config().update(key, undefined, vscode.ConfigurationTarget.Global);
    await server.stop();
  });

  it('Refresh replaces the snapshot with the served board: new date and rank', async () => {
    const extension = await api();
    const outcome = await extension.refresh(true);
    assert.deepEqual(outcome.errors, []);
    const data = extension.store.current;
    assert.equal(data?.provenance.origin, 'live');
    assert.equal(data?.boards.find((b) => b.id === 'webdev')?.publishDate, '2026-06-21');
    assert.equal(qwenRank(extension), 10);
    assert.ok((await server.requests()).some((r) => r.path === '/rows'));
  });

  it('a refresh with no news makes exactly one request', async () => {
    const extension = await api();
    const before = (await server.requests()).length;
    const outcome = await extension.refresh(false);
    assert.equal(outcome.requests, 1);
    assert.equal((await server.requests()).length - before, 1);
  });

  it('a failing source leaves the previous data shown, with an error in the view', async () => {
    const extension = await api();
    await server.setSha('e'.repeat(40));
    await server.setDate('webdev', '2026-08-19');
    await server.fault('board:webdev', 'http500');
    const outcome = await extension.refresh(false);
    assert.ok(outcome.errors.some((e) => /HTTP 500/.test(e)));
    assert.equal(qwenRank(extension), 10);
    assert.equal(extension.store.currentStatus.kind, 'error');
    await server.clearFaults();
    await extension.refresh(false);
    await waitFor(() => qwenRank(extension), (r) => r === 28, 'rank after the fault is gone');
    assert.equal(extension.store.currentStatus.kind, 'idle');
  });

  it('refuses a data URL setting that is not https and says so', async () => {
    const extension = await api();
    await config().update('data.hubUrl', 'http://example.com', vscode.ConfigurationTarget.Global);
    try {
      await extension.refresh(false);
      assert.match(extension.store.currentStatus.message ?? '', /data\.hubUrl is not an https URL/);
    } finally {
      await config().update('data.hubUrl', server.baseUrl, vscode.ConfigurationTarget.Global);
    }
  });

  it('a refresh that moves a watched model produces one notification', async () => {
    const extension = await api();
    await setWatched(['qwen3.7-max']);
    await config().update('alerts.minIntervalHours', 0, vscode.ConfigurationTarget.Global);
    try {
      await server.setDate('webdev', '2026-07-02');
      await server.setSha('1'.repeat(40));
      await extension.refresh(false);
      await waitFor(() => qwenRank(extension), (r) => r === 11, 'the 2026-07-02 board');
      const before = extension.alerts().length;
      await server.setDate('webdev', '2026-08-19');
      await server.setSha('2'.repeat(40));
      await extension.refresh(false);
      const shown = await waitFor(() => extension.alerts(), (a) => a.length > before, 'a notification');
      assert.equal(shown.length, before + 1, 'one notification for all changes');
      assert.match(shown.at(-1) ?? '', /^Model Rankings \(Code Arena · Overall\): .*qwen3\.7-max-20260517 \(now #28\)/);
    } finally {
      await setWatched(undefined);
      await config().update('alerts.minIntervalHours', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('the status bar follows the refreshed data', async () => {
    const extension = await api();
    await waitFor(() => extension.statusText(), (t) => t.includes('Qwen3.7-Max #28'), 'status bar after refresh');
  });
});
