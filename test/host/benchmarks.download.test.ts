/**
 * Benchmarks in the real extension host: LiveBench downloaded from the loopback fixture server (GitHub's listing and
 * raw files, with ETags), a check with no news answered 304, a failing LiveBench that keeps its last good copy and
 * leaves the leaderboards alone, and the settings that turn each source off.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api } from './extensionApi';
import { RemoteFixtureServer } from './remoteFixtureServer';
import { waitFor } from './waitFor';
import { COMMANDS } from '../../src/extension/commandIds';

const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('modelRankings');
const KEYS = ['data.gitHubApiUrl', 'data.gitHubRawUrl', 'data.offline', 'benchmarks.liveBench', 'benchmarks.openRouter'];

describe('Benchmarks from the fixture server in the extension host', function () {
  this.timeout(60000);
  const server = new RemoteFixtureServer();

  before(async () => {
    const base = await server.start();
    await config().update('data.gitHubApiUrl', base, vscode.ConfigurationTarget.Global);
    await config().update('data.gitHubRawUrl', base, vscode.ConfigurationTarget.Global);
    await config().update('data.offline', false, vscode.ConfigurationTarget.Global);
  });

  after(async () => {
    for (const key of KEYS) await config().update(key, undefined, vscode.ConfigurationTarget.Global);
    await server.stop();
  });

  it('Refresh downloads LiveBench\'s newest release; the next check with no news is one request answered 304', async () => {
    const extension = await api();
    await extension.refreshBenchmarks();
    const sources = extension.benchmarkSources();
    assert.equal(sources.liveBenchRelease, '2026_01_08');
    assert.equal(sources.liveBenchError, null);
    assert.ok((await server.liveBenchLog()).some((e) => e.path.includes('table_2026_01_08.csv') && e.status === 200));
    const before = (await server.liveBenchLog()).length;
    await extension.refreshBenchmarks();
    const exchanges = (await server.liveBenchLog()).slice(before);
    assert.equal(exchanges.length, 1, 'one request');
    assert.equal(exchanges[0]?.status, 304);
    assert.equal(exchanges[0]?.bodyBytes, 0, 'no body');
  });

  it('the seed comparison shows Artificial Analysis and, after the download, LiveBench beside the Arena verdicts, with dates', async () => {
    const extension = await api();
    await vscode.commands.executeCommand(COMMANDS.compareModels, ['qwen3.7-max-20260517', 'claude-opus-4-7']);
    const markdown = await waitFor(() => extension.comparison().markdown, (m) => /LiveBench \(White et al\., ICLR 2025\), release 2026-01-08/.test(m), 'LiveBench in the comparison');
    assert.match(markdown, /\| Code Arena · Overall \| Qwen3\.7-Max \(as `qwen3\.7-max-20260517`\) vs Claude Opus 4\.7 \| −41 ± 10 \| 44% \| clearly worse \|/);
    assert.match(markdown, /#### Artificial Analysis \(via OpenRouter\), as of 2026-08-08[\s\S]*\| coding index \| 66\.0 \(#\d+ of \d+, as qwen\/qwen3\.7-max\) \| 73\.6 /);
    assert.match(markdown, /\| Coding \| \d+\.\d \(#\d+ of \d+, as qwen3\.7-max[^)]*\) \| — \|/, 'LiveBench Coding for Qwen3.7-Max, none for the base Claude Opus 4.7');
    assert.match(markdown, /LiveBench lists Claude Opus 4\.7 only as Claude Opus 4\.7 · high/);
    assert.match(markdown, /#### Do the sources agree with Code Arena\?/);
  });

  it('a failing LiveBench keeps its last good copy, says so naming LiveBench, and leaves the leaderboards alone', async () => {
    const extension = await api();
    await server.setLiveBenchFile('table_2026_01_08.csv', `${(await server.liveBenchFile('table_2026_01_08.csv')) ?? ''}\n`);
    await server.fault('livebench:table', 'http500');
    try {
      await extension.refreshBenchmarks();
      const sources = extension.benchmarkSources();
      assert.equal(sources.liveBenchRelease, '2026_01_08', 'the last good copy stays');
      assert.match(sources.liveBenchError ?? '', /^LiveBench: the table could not be read/);
      assert.notEqual(extension.store.currentStatus.kind, 'error', 'the leaderboards are untouched');
    } finally {
      await server.clearFaults();
    }
    await extension.refreshBenchmarks();
    assert.equal(extension.benchmarkSources().liveBenchError, null);
  });

  it('turning LiveBench off, or going offline, asks LiveBench nothing; the settings say so to the views', async () => {
    const extension = await api();
    await config().update('benchmarks.liveBench', false, vscode.ConfigurationTarget.Global);
    await waitFor(() => extension.benchmarkSources().liveBenchEnabled, (on) => !on, 'LiveBench turned off');
    const before = (await server.liveBenchLog()).length;
    await extension.refreshBenchmarks();
    assert.equal((await server.liveBenchLog()).length, before, 'no request when turned off');
    await config().update('benchmarks.liveBench', undefined, vscode.ConfigurationTarget.Global);
    await config().update('data.offline', true, vscode.ConfigurationTarget.Global);
    await waitFor(() => extension.benchmarkSources().offline, (offline) => offline, 'offline');
    await extension.refreshBenchmarks();
    assert.equal((await server.liveBenchLog()).length, before, 'no request offline');
    assert.equal(extension.benchmarkSources().liveBenchRelease, '2026_01_08', 'the cached copy is still shown offline');
    await config().update('benchmarks.openRouter', false, vscode.ConfigurationTarget.Global);
    await waitFor(() => extension.benchmarkSources().openRouterEnabled, (on) => !on, 'Artificial Analysis turned off');
  });
});
