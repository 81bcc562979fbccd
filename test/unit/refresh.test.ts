/**
 * Live data against the loopback fixture server: change detection, partial success, and every
 * failure the issue lists. Each fault test checks that the previous good data stays shown and
 * that the error is reported.
 */
import * as assert from 'node:assert/strict';
import type { LeaderboardStore } from '../../src/core/store/leaderboardStore';
import { RefreshService } from '../../src/core/refresh/refreshService';
import { categoryRows } from '../../src/core/rankings/leaderboardRows';
import { FixtureServer, type Fault, type Target } from '../fixtures/fixtureServer';
import { entry } from './fixtures';
import { rig, teardown, withRig } from './refreshRig';

function qwenRank(store: LeaderboardStore): number {
  const data = store.current;
  assert.ok(data);
  return entry(categoryRows(data, 'webdev', 'overall'), 'qwen3.7-max-20260517').rank;
}

describe('live refresh against the loopback fixture server', function () {
  this.timeout(30000);

  it('downloads the boards in pages, joins prices, caches them, and shows them as live', () =>
    withRig({}, async (r) => {
      r.server.dates.webdev = '2026-08-12';
      const outcome = await r.service.refresh();
      assert.deepEqual(outcome.errors, []);
      assert.equal(outcome.updated, true);
      // 1 info + 5 webdev pages (493 rows) + 8 text pages (overall 393 + coding 388 = 781) + 1 OpenRouter.
      assert.equal(outcome.requests, 15);
      assert.equal(r.server.requests.length, 15);
      const data = r.store.current;
      assert.ok(data);
      assert.equal(data.provenance.origin, 'live');
      assert.deepEqual(data.boards.map((b) => [b.id, b.publishDate, b.categories.map((c) => c.id)]), [
        ['webdev', '2026-08-12', ['overall', 'webdev', 'webdev-react', 'webdev-html', 'image_to_webdev']],
        ['text_style_control', '2026-08-19', ['overall', 'coding']],
      ]);
      assert.ok(data.prices.get('qwen3.7-max-20260517'));
      const filters = r.server.requests.filter((q) => q.path === '/filter');
      assert.equal(filters[0]?.query.get('where'), `"category"='overall' OR "category"='coding'`);
      const cached = await r.cache.readData();
      assert.ok(cached?.ok);
      assert.equal(cached.value.boards[0]?.publishDate, '2026-08-12');
    }));

  it("keeps the benchmarks that come with OpenRouter's list, dated the day they were fetched, and reuses them from the cache", () =>
    withRig({}, async (r) => {
      await r.cache.writeState({ sha: null, checkedAt: 0, pricesFetchedAt: null });
      const outcome = await r.service.refresh();
      assert.deepEqual(outcome.errors, []);
      const today = new Date().toISOString().slice(0, 10);
      const live = r.store.current?.benchmarks;
      assert.equal(live?.date, today);
      assert.equal(live.models.get('anthropic/claude-opus-4.7')?.artificialAnalysis?.coding, 73.6);
      assert.deepEqual(await r.cache.readBenchmarks(), live);
      const cached = await r.cache.readData();
      assert.ok(cached?.ok);
      assert.equal(cached.value.benchmarks?.models.get('anthropic/claude-opus-4.7')?.artificialAnalysis?.coding, 73.6);
      // Prices are fresh now: a forced refresh refetches the boards only, and the benchmarks come from the cache.
      const requestsBefore = r.server.requests.filter((q) => q.path === '/api/v1/models').length;
      await r.service.refresh(true);
      assert.equal(r.server.requests.filter((q) => q.path === '/api/v1/models').length, requestsBefore);
      assert.equal(r.store.current?.benchmarks?.models.get('anthropic/claude-opus-4.7')?.artificialAnalysis?.coding, 73.6);
      assert.equal(r.store.current?.benchmarks?.date, today);
    }));

  it('makes exactly one request when the dataset revision has not moved', () =>
    withRig({}, async (r) => {
      await r.service.refresh();
      const before = r.server.requests.length;
      const outcome = await r.service.refresh(false);
      assert.equal(outcome.updated, false);
      assert.equal(outcome.requests, 1);
      assert.equal(r.server.requests.length - before, 1);
      assert.equal(r.server.requests.at(-1)?.path, '/api/datasets/lmarena-ai/leaderboard-dataset');
    }));

  it('tells data listeners about new data only, not about status changes', () =>
    withRig({}, async (r) => {
      const data: unknown[] = [];
      let changes = 0;
      r.store.onChange(() => changes++);
      r.store.onDataChange((d) => data.push(d));
      await r.service.refresh();
      assert.deepEqual(data, [r.store.current]);
      await r.service.refresh(false);
      assert.equal(data.length, 1, 'a refresh with no news changes only the status');
      assert.ok(changes > data.length, `status changes were reported to onChange (${changes})`);
    }));

  it('refetches when the revision moves and shows the new rank', () =>
    withRig({}, async (r) => {
      r.server.dates.webdev = '2026-06-21';
      await r.service.refresh();
      assert.equal(qwenRank(r.store), 10);
      r.server.dates.webdev = '2026-08-19';
      r.server.sha = 'b'.repeat(40);
      const outcome = await r.service.refresh(false);
      assert.equal(outcome.updated, true);
      assert.equal(qwenRank(r.store), 28);
    }));

  it('coalesces concurrent refreshes into one run', () =>
    withRig({}, async (r) => {
      const [a, b] = await Promise.all([r.service.refresh(), r.service.refresh()]);
      assert.equal(a, b);
      assert.equal(r.server.requests.filter((q) => q.path.startsWith('/api/datasets')).length, 1);
    }));

  /** Each fault: where, what the log keeps (technical), and what a person reads (in words). */
  const faults: [string, Target, Fault, RegExp, RegExp][] = [
    ['HTTP 500 on the dataset info', 'info', 'http500', /HTTP 500/, /^Code Arena and Text could not be updated: the server had an error\./],
    ['HTTP 404 on a board', 'board:webdev', 'http404', /webdev: .*HTTP 404/, /^Code Arena could not be updated: the server turned the request down\./],
    ['a rate limit (429 with Retry-After)', 'info', 'rateLimited', /rate limiting.*120 s/, /could not be updated: the server asked us to wait \(too many requests\)\..*; next try in 2 minutes\.$/],
    ['a redirect to plain http', 'info', 'redirectToHttp', /only https/, /could not be updated: the server redirected to an address that is not allowed \(https only\)\./],
    ['a timeout', 'board:webdev', 'hang', /did not answer within 1 s/, /^Code Arena could not be updated: the server did not answer in time\./],
    ['a body that is not JSON (a Cloudflare page)', 'board:webdev', 'notJson', /not complete JSON/, /^Code Arena could not be updated: the data it sent could not be read\./],
    ['a truncated body', 'board:webdev', 'truncated', /not complete JSON/, /^Code Arena could not be updated: the data it sent could not be read\./],
    ['an oversized body', 'board:webdev', 'oversized', /more than 8 MB/, /^Code Arena could not be updated: the data it sent could not be read\./],
    ['a row missing its rating', 'board:webdev', 'missingField', /row 0: rating/, /^Code Arena could not be updated: the data it sent could not be read\./],
    ['NaN as a rating', 'board:webdev', 'nan', /rating/, /^Code Arena could not be updated: the data it sent could not be read\./],
    ['negative votes', 'board:webdev', 'negativeVotes', /vote_count/, /^Code Arena could not be updated: the data it sent could not be read\./],
    ['lower bound above upper', 'board:webdev', 'lowerAboveUpper', /rating_lower is above rating_upper/, /^Code Arena could not be updated: the data it sent could not be read\./],
    ['fewer rows than the page total promises', 'board:webdev', 'wrongTotal', /empty before|got \d+ of \d+/, /^Code Arena could not be updated: the data it sent could not be read\./],
    ['dataset info without a sha', 'info', 'missingField', /sha/, /^Code Arena and Text could not be updated: the data they sent could not be read\./],
  ];
  for (const [what, target, fault, detail, words] of faults) {
    it(`keeps the previous good data and reports ${what}: in words in the view, in detail in the log`, async () => {
      const r = await rig({ timeoutMs: 1000 });
      try {
        r.server.dates.webdev = '2026-06-21';
        await r.loop.refreshNow();
        assert.equal(qwenRank(r.store), 10);
        const good = r.store.current;
        r.server.dates.webdev = '2026-08-19';
        r.server.sha = 'c'.repeat(40);
        r.server.fault(target, fault);
        const outcome = await r.loop.refreshNow(true);
        assert.ok(outcome.errors.some((e) => detail.test(e)), outcome.errors.join(' | '));
        assert.ok(r.loopLog.warn.some((m) => detail.test(m)), 'the technical detail is logged as a warning');
        const { kind, message = '' } = r.store.currentStatus;
        assert.equal(kind, 'error');
        assert.match(message, words);
        // Code Arena keeps its 2026-06-21 board; when every board failed, Text's 2026-08-19 one is named too.
        assert.match(message, /Showing (the data|Code Arena) published 2026-06-21( and Text published 2026-08-19)?; next try in (1|2) minutes?\.$/);
        assert.doesNotMatch(message, /HTTP|127\.0\.0\.1|row \d|JSON|vote_count|rating_/, 'no technical detail in the view');
        assert.equal(qwenRank(r.store), 10, 'the old board is still shown');
        if (target !== 'board:text_style_control') assert.equal(r.store.current?.boards.find((b) => b.id === 'webdev'), good?.boards.find((b) => b.id === 'webdev'));
        if (fault === 'rateLimited') assert.equal(outcome.retryAfterMs, 120_000);
      } finally {
        await teardown(r);
      }
    });
  }

  it('updates the boards that worked when another fails (partial success)', () =>
    withRig({}, async (r) => {
      r.server.dates.webdev = '2026-06-21';
      await r.service.refresh();
      r.server.dates.webdev = '2026-08-19';
      r.server.sha = 'd'.repeat(40);
      r.server.fault('board:text_style_control', 'http500');
      const outcome = await r.service.refresh(false);
      assert.equal(outcome.updated, true);
      assert.equal(qwenRank(r.store), 28);
      assert.equal(outcome.errors.length, 1);
      assert.match(outcome.errors[0] ?? '', /text_style_control/);
      // The revision is not remembered, so the next refresh tries the failed board again.
      r.server.clearFaults();
      const retry = await r.service.refresh(false);
      assert.ok(retry.requests > 1);
      assert.deepEqual(retry.errors, []);
    }));

  it('resolves, never rejects, when the cache refuses every write (read-only disk), and says what could not be saved', () =>
    withRig({}, async (r) => {
      r.files.writes = 'EROFS';
      const outcome = await r.service.refresh();
      assert.equal(outcome.updated, true);
      assert.deepEqual(
        outcome.failures.map((f) => f.part),
        ['saving', 'saving'],
      );
      assert.match(outcome.errors.join(' | '), /could not save the prices \(EROFS: read-only file system.*could not save the leaderboards \(EROFS/);
      assert.equal((await r.cache.readState()).sha, null, 'the revision is not remembered, so the next refresh downloads again');
    }));

  it('reports a connection refused and an unresolvable host clearly', async () => {
    const r = await rig({ timeoutMs: 3000 });
    const port = new URL(r.server.baseUrl).port;
    await r.server.stop();
    try {
      const refused = new RefreshService(r.store, { fetch: (u, i) => fetch(u, i), cache: r.cache, now: Date.now, log: () => undefined, config: () => r.config });
      const outcome = await refused.refresh();
      assert.match(outcome.errors[0] ?? '', new RegExp(`Could not reach 127\\.0\\.0\\.1:${port} \\(ECONNREFUSED\\)`));
      const dns = new RefreshService(r.store, {
        fetch: (u, i) => fetch(u, i),
        cache: r.cache,
        now: Date.now,
        log: () => undefined,
        config: () => ({ ...r.config, endpoints: { ...r.config.endpoints, hubBase: 'https://no-such-host.invalid' } }),
      });
      const dnsOutcome = await dns.refresh();
      assert.match(dnsOutcome.errors[0] ?? '', /Could not reach no-such-host\.invalid/);
      assert.equal(r.store.current?.provenance.origin, 'snapshot', 'the snapshot stays');
    } finally {
      r.files.remove();
    }
  });

  it('sends nothing at all when offline', () =>
    withRig({ offline: true }, async (r) => {
      r.settings = { ...r.settings, offline: true };
      const outcome = await r.loop.refreshNow();
      assert.equal(outcome.requests, 0);
      assert.equal(r.server.requests.length, 0);
      assert.deepEqual(r.store.currentStatus, { kind: 'idle', message: 'Offline mode: the network is off (setting modelRankings.data.offline).' });
      assert.equal(r.timer.pending, null, 'no automatic refresh is planned');
    }));

  it('ignores a corrupt or truncated cache file and falls back to the snapshot', () =>
    withRig({}, async (r) => {
      await r.service.refresh();
      const good = await r.files.read('leaderboards.json');
      assert.ok(good);
      r.files.plant('leaderboards.json', new TextDecoder().decode(good).slice(0, 5000));
      const truncated = await r.cache.readData();
      assert.equal(truncated?.ok, false);
      r.files.plant('leaderboards.json', JSON.stringify({ format: 1, boards: 'x' }));
      const wrong = await r.cache.readData();
      assert.equal(wrong?.ok, false);
      r.files.plant('refresh-state.json', '{"sha": 5');
      assert.deepEqual(await r.cache.readState(), { sha: null, checkedAt: 0, pricesFetchedAt: null });
    }));

  it('aborts requests in flight on dispose', () =>
    withRig({ timeoutMs: 10000 }, async (r) => {
      r.server.fault('info', 'hang');
      const pending = r.service.refresh();
      setImmediate(() => r.service.dispose());
      const outcome = await pending;
      assert.match(outcome.errors[0] ?? '', /Cancelled/);
    }));
});

describe("a model's history from the full split (fixture server)", function () {
  this.timeout(30000);

  it('fetches all 23 Code Arena publications of Qwen3.7-Max in one request', async () => {
    const { fetchModelHistory } = await import('../../src/core/sources/arenaSource.js');
    const { historyRows } = await import('../../src/core/rankings/historyFetch.js');
    const { HistoryIndex } = await import('../../src/core/rankings/history.js');
    const server = new FixtureServer();
    const base = await server.start();
    try {
      const http = { fetch: (u: string, i: Parameters<typeof fetch>[1]) => fetch(u, i), timeoutMs: 5000, maxBytes: 8 * 1024 * 1024 };
      const fetched = await fetchModelHistory({ viewerBase: base, hubBase: base, dataset: 'lmarena-ai/leaderboard-dataset' }, http, 'webdev', 'overall', 'qwen3.7-max-20260517');
      assert.equal(fetched.requests, 1);
      assert.ok(fetched.result.ok);
      const rows = historyRows(fetched.result.value, 'qwen3.7-max-20260517', 'overall');
      assert.ok(rows.ok);
      const index = new HistoryIndex();
      index.addRows('webdev', 'overall', rows.value);
      const series = index.series('webdev', 'overall', 'qwen3.7-max-20260517');
      assert.equal(series.points.length, 23);
      assert.deepEqual([series.points[0]?.rank, series.points.at(-1)?.rank], [10, 28]);
      assert.equal(server.requests[0]?.query.get('split'), 'full');
      assert.equal(server.requests[0]?.query.get('where'), `"model_name"='qwen3.7-max-20260517' AND "category"='overall'`);
      const refused = await fetchModelHistory({ viewerBase: base, hubBase: base, dataset: 'x' }, http, 'webdev', 'overall', "x'; DROP TABLE data; --");
      assert.equal(refused.requests, 0, 'a name the viewer would refuse (";", "--") is never sent');
      assert.equal(historyRows([{ ...(fetched.result.value[0] as object), model_name: 'other' }], 'qwen3.7-max-20260517', 'overall').ok, false);
    } finally {
      await server.stop();
    }
  });
});

describe('npm run snapshot:update', function () {
  this.timeout(60000);

  it('rebuilds the snapshot from the live sources (fixture server) and states their dates', async () => {
    const { execFile } = await import('node:child_process');
    const { promisify } = await import('node:util');
    const { readFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { validateSnapshot } = await import('../../src/core/store/snapshotSchema.js');
    const server = new FixtureServer();
    const base = await server.start();
    server.dates.webdev = '2026-08-14';
    const out = join(tmpdir(), `mr-snapshot-${process.pid}.json`);
    try {
      const { stdout } = await promisify(execFile)(process.execPath, [join(__dirname, '..', '..', 'scripts', 'updateSnapshot.js')], {
        env: { ...process.env, MODEL_RANKINGS_VIEWER_URL: base, MODEL_RANKINGS_HUB_URL: base, MODEL_RANKINGS_OPENROUTER_URL: `${base}/api/v1/models`, MODEL_RANKINGS_SNAPSHOT_OUT: out },
      });
      assert.match(stdout, /snapshot from the live sources: webdev published 2026-08-14, text_style_control published 2026-08-19/);
      const file = validateSnapshot(JSON.parse(readFileSync(out, 'utf8')));
      assert.ok(file.ok);
      assert.deepEqual(file.value.boards.map((b) => [b.id, b.publishDate, b.categories.length]), [['webdev', '2026-08-14', 5], ['text_style_control', '2026-08-19', 29]]);
      assert.ok(file.value.prices.length > 100);
    } finally {
      rmSync(out, { force: true });
      await server.stop();
    }
  });
});
