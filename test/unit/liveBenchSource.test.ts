/**
 * LiveBench against the loopback fixture server (GitHub's listing and the raw files, with ETags,
 * Last-Modified and 304s): how many requests each kind of check takes, how a new model or release
 * is found, the fallbacks when the listing cannot be read, and every served fault.
 */
import * as assert from 'node:assert/strict';
import { checkLiveBench, type LiveBenchCheck, type LiveBenchCopy, type LiveBenchEndpoints } from '../../src/core/sources/liveBenchSource';
import { getTextConditional } from '../../src/core/sources/httpText';
import type { HttpOptions } from '../../src/core/sources/httpJson';
import { KNOWN_RELEASE, newestListedRelease } from '../../src/core/sources/liveBenchReleases';
import { FixtureServer, LIVEBENCH_FILES_PATH, LIVEBENCH_LISTING_PATH, type Fault, type Target } from '../fixtures/fixtureServer';
import { recordedLiveBench } from '../fixtures/liveBenchFaults';

let server: FixtureServer;
let endpoints: LiveBenchEndpoints;
const http: HttpOptions = { fetch: (url, init) => fetch(url, init), timeoutMs: 2000, maxBytes: 8 * 1024 * 1024 };
const NEW_ROW = 'claude-test-9-max,99.0,90.0,90.0,90.0,90.0,90.0,80.0,90.0,90.0,90.0,90.0,90.0,80.0,90.0,90.0,90.0,90.0,90.0,90.0,90.0,80.0,90.0,90.0\n';

const check = (held: LiveBenchCopy | null, pinnedRelease: string | null = null, options: HttpOptions = http): Promise<LiveBenchCheck> =>
  checkLiveBench(held, { http: options, endpoints, pinnedRelease, now: 1_780_000_000_000 });

function updated(result: LiveBenchCheck): Extract<LiveBenchCheck, { kind: 'updated' }> {
  assert.equal(result.kind, 'updated', result.kind === 'failed' ? result.error : '');
  return result as Extract<LiveBenchCheck, { kind: 'updated' }>;
}

/** The server's answers since `from`, as "path status bytes". */
const exchanges = (from: number): string[] => server.liveBenchLog.slice(from).map((e) => `${e.path.split('/').pop() ?? ''} ${e.status} ${e.bodyBytes}`);

describe('LiveBench source against the fixture server', () => {
  beforeEach(async () => {
    server = new FixtureServer();
    const base = await server.start();
    endpoints = { listingUrl: `${base}${LIVEBENCH_LISTING_PATH}?ref=main`, filesBase: `${base}${LIVEBENCH_FILES_PATH}` };
  });
  afterEach(async () => server.stop());

  it('first check: the listing, then both files of the newest release (3 requests)', async () => {
    const first = updated(await check(null));
    assert.equal(first.requests, 3);
    assert.equal(first.board.release, '2026_01_08');
    assert.equal(first.board.models.length, 126);
    assert.equal(first.copy.table.text, recordedLiveBench().table);
    assert.match(first.copy.listingEtag ?? '', /^W\/"/);
    assert.match(first.copy.table.sha ?? '', /^[0-9a-f]{40}$/);
    assert.deepEqual(exchanges(0).map((e) => e.split(' ').slice(0, 2).join(' ')), ['public 200', 'table_2026_01_08.csv 200', 'categories_2026_01_08.json 200']);
  });

  it('a second check with no news is one request, answered 304 with no body', async () => {
    const first = updated(await check(null));
    const mark = server.liveBenchLog.length;
    const second = await check(first.copy);
    assert.equal(second.kind, 'unchanged');
    assert.equal(second.requests, 1);
    assert.deepEqual(exchanges(mark), ['public 304 0']);
    assert.equal(server.liveBenchLog[mark]?.ifNoneMatch, first.copy.listingEtag);
  });

  it('a model appended to the table: the listing and the table (2 requests), the categories file skipped by its unchanged sha', async () => {
    const first = updated(await check(null));
    server.setLiveBenchFile('table_2026_01_08.csv', recordedLiveBench().table + NEW_ROW);
    const mark = server.liveBenchLog.length;
    const second = updated(await check(first.copy));
    assert.equal(second.requests, 2);
    assert.equal(second.board.models.length, 127);
    assert.equal(second.board.models.at(-1)?.model, 'claude-test-9-max');
    assert.deepEqual(exchanges(mark).map((e) => e.split(' ').slice(0, 2).join(' ')), ['public 200', 'table_2026_01_08.csv 200']);
    assert.equal(server.liveBenchLog.at(-1)?.ifNoneMatch, first.copy.table.etag, 'the table was asked for conditionally');
    assert.equal(second.copy.categories, first.copy.categories);
    // And then quiet again: one 304.
    assert.equal((await check(second.copy)).requests, 1);
  });

  it('moves to a new release once both of its files are published, not before', async () => {
    const first = updated(await check(null));
    const { table, categories } = recordedLiveBench();
    const newTable = [table.split('\n')[0], ...table.split('\n').filter((l) => l.startsWith('qwen3.7-max,') || l.startsWith('gpt-5.5-xhigh,'))].join('\n') + '\n';
    server.setLiveBenchFile('table_2026_06_25.csv', newTable);
    const halfway = await check(first.copy);
    assert.equal(halfway.kind, 'unchanged', 'a table without its categories file is not a release yet');
    assert.equal(halfway.requests, 1);
    server.setLiveBenchFile('categories_2026_06_25.json', categories);
    const moved = updated(await check(halfway.copy));
    assert.equal(moved.requests, 3);
    assert.equal(moved.board.release, '2026_06_25');
    assert.deepEqual(moved.board.models.map((m) => m.model), ['gpt-5.5-xhigh', 'qwen3.7-max']);
  });

  it('when the listing cannot be read (rate limit, error page), checks the held release directly: 2 requests, the table answering 304', async () => {
    const first = updated(await check(null));
    for (const fault of ['rateLimited', 'http404', 'notJson'] as const) {
      server.fault('livebench:listing', fault);
      const mark = server.liveBenchLog.length;
      const result = await check(first.copy);
      assert.equal(result.kind, 'unchanged', fault);
      assert.equal(result.requests, 2, fault);
      assert.deepEqual(exchanges(mark).slice(1), ['table_2026_01_08.csv 304 0'], fault);
      assert.match(result.notes.join('\n'), /list of releases.*checking the last known release/, fault);
      assert.equal(result.copy.listingEtag, null, `${fault}: the listing is read in full next time`);
    }
  });

  it('a copy fetched while the listing was down reaches one request per check once it is back', async () => {
    server.fault('livebench:listing', 'http500');
    const blind = updated(await check(null));
    assert.equal(blind.copy.table.sha, null);
    server.clearFaults();
    const recovered = await check(blind.copy);
    assert.equal(recovered.kind, 'unchanged');
    assert.equal(recovered.requests, 3, 'the listing, then both files answer 304');
    assert.match(recovered.copy.table.sha ?? '', /^[0-9a-f]{40}$/);
    assert.match(recovered.copy.categories.sha ?? '', /^[0-9a-f]{40}$/);
    const quiet = await check(recovered.copy);
    assert.deepEqual([quiet.kind, quiet.requests], ['unchanged', 1]);
  });

  it('with nothing held and no listing, fetches the release known when this was written', async () => {
    server.fault('livebench:listing', 'http500');
    const result = updated(await check(null));
    assert.equal(result.board.release, KNOWN_RELEASE);
    assert.equal(result.requests, 3);
  });

  it('fails fast when the listing times out (the files would too), keeping nothing new', async () => {
    server.fault('livebench:listing', 'hang');
    const result = await check(null, null, { ...http, timeoutMs: 200 });
    assert.equal(result.kind, 'failed');
    assert.equal(result.requests, 1);
    assert.match(result.kind === 'failed' ? result.error : '', /^LiveBench: could not read the list of releases: 127\.0\.0\.1:\d+ did not answer within 0 s$/);
  });

  it('a pinned release skips the listing', async () => {
    const result = updated(await check(null, '2026_01_08'));
    assert.equal(result.requests, 2);
    assert.deepEqual(exchanges(0).map((e) => e.split(' ')[0]), ['table_2026_01_08.csv', 'categories_2026_01_08.json']);
    const again = await check(result.copy, '2026_01_08');
    assert.equal(again.kind, 'unchanged');
    assert.equal(again.requests, 1, 'an unchanged table stands for both files');
    const bad = await check(null, '2026-01-08');
    assert.equal(bad.kind === 'failed' ? bad.error : '', "LiveBench: '2026-01-08' is not a release (YYYY_MM_DD)");
  });

  it('keeps looking when a cache in between answers 304 although the listing names a new blob', async () => {
    const first = updated(await check(null));
    // The held table claims another blob than the listing shows, but its ETag still matches: a stale cache's answer.
    const stale: LiveBenchCopy = { ...first.copy, listingEtag: null, table: { ...first.copy.table, sha: 'f'.repeat(40) } };
    const result = await check(stale);
    assert.equal(result.kind, 'unchanged');
    assert.equal(result.copy.listingEtag, null, 'not marked as matching the listing: the next check reads it in full again');
    assert.equal(result.copy.table.sha, 'f'.repeat(40));
  });

  it('answers If-Modified-Since alone with 304 (a copy held without an ETag)', async () => {
    const url = `${endpoints.filesBase}/table_2026_01_08.csv`;
    const plain = await getTextConditional(url, null, http);
    assert.ok(plain.ok && !plain.notModified && plain.validators.lastModified === 'Wed, 01 Jul 2026 12:00:00 GMT');
    const since = await getTextConditional(url, { etag: null, lastModified: 'Wed, 01 Jul 2026 12:00:00 GMT' }, http);
    assert.deepEqual(since, { ok: true, notModified: true });
    const stale = await getTextConditional(url, { etag: '"other"', lastModified: 'Wed, 01 Jul 2026 12:00:00 GMT' }, http);
    assert.ok(stale.ok && !stale.notModified, 'If-None-Match wins over If-Modified-Since');
  });

  it('sends the CORS header the real hosts send', async () => {
    for (const path of [LIVEBENCH_LISTING_PATH, `${LIVEBENCH_FILES_PATH}/table_2026_01_08.csv`]) {
      const response = await fetch(`${server.baseUrl}${path}`);
      assert.equal(response.headers.get('access-control-allow-origin'), '*');
      await response.body?.cancel();
    }
  });

  const faults: [Target, Fault, RegExp][] = [
    ['livebench:table', 'notJson', /^LiveBench: got a web page instead of the table \(CSV\)$/],
    ['livebench:categories', 'notJson', /^LiveBench: got a web page instead of the categories file$/],
    ['livebench:table', 'truncated', /^LiveBench: the table (ends in the middle of a row|is not readable CSV)/],
    ['livebench:table', 'oversized', /^LiveBench: the table could not be read: 127\.0\.0\.1:\d+ sent more than 2 MB$/],
    ['livebench:table', 'http500', /^LiveBench: the table could not be read: 127\.0\.0\.1:\d+ answered HTTP 500$/],
    ['livebench:table', 'rateLimited', /^LiveBench: the table could not be read: .* rate limiting requests; retrying after 120 s$/],
    ['livebench:table', 'redirectToHttp', /^LiveBench: the table could not be read: Refused to fetch http:\/\/example\.com/],
    ['livebench:table', 'csvNoModelColumn', /^LiveBench: the table has no 'model' column$/],
    ['livebench:table', 'csvRenamedColumn', /^LiveBench: the categories file names columns the table does not have: code_generation \(Coding\)$/],
    ['livebench:table', 'csvUnterminatedQuote', /^LiveBench: the table is not readable CSV: a quoted field that starts on line 120 never ends/],
    ['livebench:categories', 'categoriesUnknownColumn', /^LiveBench: the categories file names columns the table does not have: swe_bench \(Coding\)$/],
  ];
  for (const [target, fault, message] of faults) {
    it(`${target} ${fault}: fails with a message naming LiveBench`, async () => {
      server.fault(target, fault);
      const result = await check(null);
      assert.equal(result.kind, 'failed');
      assert.match(result.kind === 'failed' ? result.error : '', message);
      if (fault === 'rateLimited') assert.equal(result.kind === 'failed' ? result.retryAfterMs : 0, 120_000);
    });
  }

  it('reads the listing the way GitHub shapes it, ignoring other files and incomplete releases', () => {
    const entry = (name: string, sha = 'a'.repeat(40)): object => ({ name, path: `public/${name}`, sha, size: 1, type: 'file' });
    assert.deepEqual(newestListedRelease([entry('table.csv'), entry('table_2025_12_23.csv', 'b'.repeat(40)), entry('categories_2025_12_23.json'), entry('table_2026_06_25.csv'), entry('table_2026_13_01.csv'), entry('categories_2026_13_01.json')]), {
      release: '2025_12_23',
      tableSha: 'b'.repeat(40),
      categoriesSha: 'a'.repeat(40),
    });
    assert.equal(newestListedRelease({ message: 'API rate limit exceeded' }), null);
    assert.equal(newestListedRelease([{ name: 'table_2026_01_08.csv', type: 'dir' }, entry('categories_2026_01_08.json')]), null);
  });
});
