/**
 * The LiveBench cache and its schedule: at most one check a day (an hour after a failure), the last
 * good copy kept through every failure and read back after a restart, a corrupt file ignored.
 */
import * as assert from 'node:assert/strict';
import { EMPTY_LIVEBENCH_STATE, LIVEBENCH_CHECK_INTERVAL_MS, LIVEBENCH_RETRY_INTERVAL_MS, LiveBenchCache, liveBenchCheckDue } from '../../src/core/store/liveBenchCache';
import { updateLiveBench, type LiveBenchUpdateOptions } from '../../src/core/store/liveBenchUpdate';
import { FixtureServer, LIVEBENCH_FILES_PATH, LIVEBENCH_LISTING_PATH } from '../fixtures/fixtureServer';
import { TempFileStore } from '../fixtures/tempFileStore';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 7, 21, 9, 0);

describe('LiveBench schedule (pure)', () => {
  it('is due when never checked, a day after a good check, an hour after a failed one', () => {
    assert.equal(liveBenchCheckDue({ checkedAt: null, lastCheckFailed: false }, T0), true);
    assert.equal(liveBenchCheckDue({ checkedAt: T0, lastCheckFailed: false }, T0 + LIVEBENCH_CHECK_INTERVAL_MS - 1), false);
    assert.equal(liveBenchCheckDue({ checkedAt: T0, lastCheckFailed: false }, T0 + LIVEBENCH_CHECK_INTERVAL_MS), true);
    assert.equal(liveBenchCheckDue({ checkedAt: T0, lastCheckFailed: true }, T0 + LIVEBENCH_RETRY_INTERVAL_MS - 1), false);
    assert.equal(liveBenchCheckDue({ checkedAt: T0, lastCheckFailed: true }, T0 + LIVEBENCH_RETRY_INTERVAL_MS), true);
  });

  it('is due when the clock went back before the last check (that time cannot be trusted)', () => {
    assert.equal(liveBenchCheckDue({ checkedAt: T0, lastCheckFailed: false }, T0 - 1), true);
  });
});

describe('LiveBench cache and update', () => {
  let server: FixtureServer;
  let files: TempFileStore;
  let cache: LiveBenchCache;
  let now: number;
  let options: LiveBenchUpdateOptions;

  beforeEach(async () => {
    server = new FixtureServer();
    const base = await server.start();
    files = new TempFileStore();
    cache = new LiveBenchCache(files);
    now = T0;
    options = {
      http: { fetch: (url, init) => fetch(url, init), timeoutMs: 2000, maxBytes: 8 * 1024 * 1024 },
      endpoints: { listingUrl: `${base}${LIVEBENCH_LISTING_PATH}`, filesBase: `${base}${LIVEBENCH_FILES_PATH}` },
      pinnedRelease: null,
      now: () => now,
    };
  });
  afterEach(async () => {
    await server.stop();
    files.remove();
  });

  it('checks at most daily: a second call the same day asks nothing, the next day one 304', async () => {
    const first = await updateLiveBench(cache, options);
    assert.equal(first.requests, 3);
    assert.equal(first.board?.models.length, 126);
    assert.equal(first.fetchedAt, T0);
    now = T0 + 23 * HOUR;
    const sameDay = await updateLiveBench(cache, options);
    assert.deepEqual([sameDay.checked, sameDay.requests, sameDay.board?.models.length, sameDay.error], [false, 0, 126, null]);
    now = T0 + 25 * HOUR;
    const mark = server.liveBenchLog.length;
    const nextDay = await updateLiveBench(cache, options);
    assert.deepEqual([nextDay.checked, nextDay.requests, nextDay.board?.models.length, nextDay.fetchedAt], [true, 1, 126, T0]);
    assert.deepEqual(server.liveBenchLog.slice(mark).map((e) => [e.status, e.bodyBytes]), [[304, 0]]);
    assert.equal((await cache.read()).checkedAt, now);
  });

  it('a forced check asks even the same day', async () => {
    await updateLiveBench(cache, options);
    const forced = await updateLiveBench(cache, { ...options, force: true });
    assert.deepEqual([forced.checked, forced.requests], [true, 1]);
  });

  it('keeps the last good copy through a bad file, says why, and retries an hour later (not sooner)', async () => {
    await updateLiveBench(cache, options);
    server.setLiveBenchFile('table_2026_01_08.csv', '<!DOCTYPE html><html><body>Deploying…</body></html>');
    now = T0 + 25 * HOUR;
    const failed = await updateLiveBench(cache, options);
    assert.equal(failed.error, 'LiveBench: got a web page instead of the table (CSV)');
    assert.equal(failed.board?.models.length, 126, 'the last good board is still shown');
    assert.equal(failed.fetchedAt, T0);
    const held = await cache.read();
    assert.equal(held.lastCheckFailed, true);
    assert.equal(held.copy?.table.text.startsWith('model,'), true, 'the cache still holds the good table');
    now += LIVEBENCH_RETRY_INTERVAL_MS - 1;
    assert.equal((await updateLiveBench(cache, options)).checked, false);
    now += 1;
    const retried = await updateLiveBench(cache, options);
    assert.equal(retried.checked, true);
    assert.equal(retried.error, 'LiveBench: got a web page instead of the table (CSV)', 'the bad file is fetched again, not skipped by a 304');
  });

  it('reads the cached copy back after a restart without asking, and ignores a corrupt cache file', async () => {
    await updateLiveBench(cache, options);
    now = T0 + HOUR;
    const restarted = await updateLiveBench(new LiveBenchCache(files), options);
    assert.deepEqual([restarted.checked, restarted.board?.release, restarted.board?.models.length], [false, '2026_01_08', 126]);
    files.plant('livebench.json', '{"format":1,"checkedAt":');
    const corrupt = await updateLiveBench(cache, options);
    assert.deepEqual(corrupt.notes.slice(0, 1), ['LiveBench cache: not valid JSON (truncated or corrupt); ignored']);
    assert.deepEqual([corrupt.checked, corrupt.requests, corrupt.board?.models.length], [true, 3, 126]);
    files.plant('livebench.json', JSON.stringify({ format: 1, checkedAt: T0, lastCheckFailed: false, copy: { release: '../../etc', listingEtag: null } }));
    assert.deepEqual(await cache.read(), { ...EMPTY_LIVEBENCH_STATE, problem: 'LiveBench cache: not in the expected format; ignored' });
  });

  it('replaces at once a held copy the parser no longer accepts', async () => {
    await updateLiveBench(cache, options);
    const state = await cache.read();
    assert.ok(state.copy);
    await cache.write({ ...state, copy: { ...state.copy, table: { ...state.copy.table, text: 'name,x\n1,2\n' } } });
    const result = await updateLiveBench(cache, options);
    assert.match(result.notes[0] ?? '', /^LiveBench cache: the held copy is no longer accepted \(LiveBench: the table has no 'model' column\); ignored$/);
    assert.deepEqual([result.checked, result.requests, result.board?.models.length], [true, 3, 126]);
  });

  it('records nothing when the check is cancelled (the extension stopping)', async () => {
    const controller = new AbortController();
    server.fault('livebench:listing', 'hang');
    const pending = updateLiveBench(cache, { ...options, http: { ...options.http, signal: controller.signal } });
    // Cancel once the listing request has reached the server.
    while (server.requests.length === 0) await new Promise((resolve) => setImmediate(resolve));
    controller.abort();
    const result = await pending;
    assert.equal(result.error, 'LiveBench: could not read the list of releases: Cancelled');
    assert.equal(await files.read('livebench.json'), null);
  });
});
