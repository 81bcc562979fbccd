/**
 * The extension's LiveBench service (real class, fake `vscode` module) against the loopback fixture server: a look
 * that finds nothing new keeps the board shown, so the views are not redrawn and the join's notes not logged again.
 */
import * as assert from 'node:assert/strict';
import { FixtureServer } from '../fixtures/fixtureServer';
import { TempFileStore } from '../fixtures/tempFileStore';
import { useFakeVscode } from './fakeVscode';
import { embeddedSnapshot } from './fixtures';
import { liveBenchEndpoints } from '../../src/core/sources/liveBenchSource';
import type { DataSettings } from '../../src/extension/settings';
import type { Log } from '../../src/extension/log';

useFakeVscode();

describe('the LiveBench service in the extension', function () {
  this.timeout(30_000);
  const server = new FixtureServer();
  let base = '';
  before(async () => {
    base = await server.start();
  });
  after(() => server.stop());

  it('downloads once, then a look with nothing new changes nothing the views show and logs no join again', async () => {
    const { BenchmarksService } = await import('../../src/extension/benchmarksService.js');
    const settings = (): DataSettings => ({
      refresh: {
        endpoints: { viewerBase: base, hubBase: base, dataset: 'lmarena-ai/leaderboard-dataset' },
        openRouterUrl: `${base}/api/v1/models`,
        boards: [],
        offline: false,
        pricesMaxAgeMs: 86_400_000,
        timeoutMs: 20_000,
        maxBytes: 8 * 1024 * 1024,
      },
      benchmarks: { openRouter: true, liveBench: true, liveBenchEndpoints: liveBenchEndpoints(base, base) },
      intervalMs: 12 * 3_600_000,
      problems: [],
    });
    const logged: string[] = [];
    const log: Log = { info: (m) => logged.push(m), warn: (m) => logged.push(m), error: (m) => logged.push(m), show: () => undefined };
    const service = new BenchmarksService({ files: new TempFileStore(), fetch: (url, init) => fetch(url, init), settings, log });
    let changes = 0;
    service.onChange(() => changes++);
    try {
      await service.start();
      assert.equal(service.sources().liveBenchRelease, '2026_01_08');
      assert.equal(changes, 1, 'the download is one change');
      const { data } = embeddedSnapshot();
      const join = service.join(data);
      const linesAfterJoin = logged.length;
      const requests = server.liveBenchLog.length;
      // The next look, within the day: the cached copy is read again, LiveBench is not asked.
      await service.start();
      assert.equal(server.liveBenchLog.length, requests, 'not asked again the same day');
      assert.equal(changes, 1, 'nothing new: no change for the views');
      assert.equal(service.join(data), join, 'the same join, not built again');
      assert.equal(logged.length, linesAfterJoin, 'nothing logged again');
    } finally {
      service.dispose();
    }
  });
});
