/**
 * A refresh never stalls: whatever fails (the disk refusing a write or a read, a bug that throws),
 * the status ends as an error in words with the data still shown, the next try is planned with
 * backoff and happens, failures are logged as warnings or errors, and no promise rejects unhandled.
 * And a first start without network is a calm notice, not an error.
 */
import * as assert from 'node:assert/strict';
import { LeaderboardStore } from '../../src/core/store/leaderboardStore';
import { RefreshLoop, type LoopSettings } from '../../src/core/refresh/refreshLoop';
import type { RefreshOutcome } from '../../src/core/refresh/refreshService';
import { refreshStatus } from '../../src/core/views/refreshMessages';
import { MIN_BACKOFF_MS } from '../../src/core/refresh/refreshSchedule';
import { embeddedSnapshot } from './fixtures';
import { HOUR, ManualTimer, rig, teardown, withRig, type LevelledLog, type Rig } from './refreshRig';

/** Lets every promise settle and Node report any rejection left unhandled (one turn of the event loop). */
const settled = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('a refresh never stalls', function () {
  this.timeout(30000);
  const unhandled: unknown[] = [];
  const catcher = (reason: unknown): void => void unhandled.push(reason);
  before(() => process.on('unhandledRejection', catcher));
  after(() => process.off('unhandledRejection', catcher));
  beforeEach(() => (unhandled.length = 0));
  afterEach(async () => {
    await settled();
    assert.deepEqual(unhandled, [], 'no promise rejected unhandled');
  });

  /** The automatic refresh the loop planned, run now; resolves with its outcome. */
  const firePlanned = (r: Pick<Rig, 'timer' | 'loop'>): Promise<RefreshOutcome> => {
    r.timer.fire();
    // The timer's callback started a run; asking for one now joins it.
    return r.loop.refreshNow(false);
  };

  const noInfoAbout = (log: LevelledLog, text: RegExp): void => assert.ok(!log.info.some((m) => text.test(m)), `not logged as information: ${log.info.join(' | ')}`);

  for (const code of ['EROFS', 'ENOSPC', 'EACCES'] as const) {
    it(`when the cache cannot be written (${code}): the new data is shown, the status is an error in words, and the next try is planned and happens`, () =>
      withRig({}, async (r) => {
        r.files.writes = code;
        await r.loop.start();
        assert.equal(r.timer.plannedIn, 1000, 'never checked: the first refresh is due at once');
        const outcome = await firePlanned(r);
        assert.equal(outcome.updated, true);
        assert.equal(r.store.current?.provenance.origin, 'live', 'the good download is shown even though it could not be saved');
        const { kind, message = '' } = r.store.currentStatus;
        assert.equal(kind, 'error');
        assert.equal(message, 'The new data is shown, but it could not be saved on disk. Next try in 1 minute.');
        assert.equal(r.timer.plannedIn, MIN_BACKOFF_MS);
        assert.ok(r.loopLog.warn.some((m) => m.includes(code) && m.includes('leaderboards')), r.loopLog.warn.join(' | '));
        noInfoAbout(r.loopLog, new RegExp(code));
        // The next try happens, backs off further while the disk still refuses, and clears the error once it takes the data.
        const requests = r.server.requests.length;
        await firePlanned(r);
        assert.ok(r.server.requests.length > requests, 'the planned refresh ran');
        assert.equal(r.store.currentStatus.kind, 'error');
        assert.equal(r.timer.plannedIn, 2 * MIN_BACKOFF_MS);
        r.files.writes = null;
        await firePlanned(r);
        assert.deepEqual(r.store.currentStatus, { kind: 'idle' });
        assert.equal(r.timer.plannedIn, 12 * HOUR);
        assert.ok((await r.cache.readData())?.ok, 'saved at last');
      }));
  }

  it('when the cache cannot be read: an error in words, the data kept, the next try planned', () =>
    withRig({}, async (r) => {
      await r.loop.refreshNow();
      const shown = r.store.current;
      r.files.reads = 'EACCES';
      r.server.sha = 'b'.repeat(40);
      await r.loop.refreshNow(false);
      const { kind, message = '' } = r.store.currentStatus;
      assert.equal(kind, 'error');
      assert.match(message, /^What was saved on disk could not be read\./);
      assert.ok(r.store.current, 'data still shown');
      assert.equal(r.store.current.boards.length, shown?.boards.length);
      assert.equal(r.timer.plannedIn, MIN_BACKOFF_MS);
      assert.ok(r.loopLog.warn.some((m) => /EACCES/.test(m)));
    }));

  it('when the cache cannot be read at start: the first refresh is planned at once, and start() does not reject', () =>
    withRig({}, async (r) => {
      r.files.reads = 'EACCES';
      await r.loop.start();
      assert.equal(r.timer.plannedIn, 1000);
      assert.ok(r.loopLog.warn.some((m) => /could not read when the last check was.*EACCES/.test(m)));
    }));

  /** A loop around a service that throws, on a store with the snapshot. */
  async function brokenLoop(breakage: { service?: () => Promise<RefreshOutcome>; describe?: typeof refreshStatus }): Promise<{ loop: RefreshLoop; store: LeaderboardStore; timer: ManualTimer; log: LevelledLog }> {
    const store = new LeaderboardStore(async () => embeddedSnapshot().data);
    await store.ensureLoaded();
    const timer = new ManualTimer();
    const log: LevelledLog = { info: [], warn: [], error: [] };
    const settings: LoopSettings = { intervalMs: 12 * HOUR, offline: false, problems: [] };
    const loop = new RefreshLoop({
      service: {
        refresh: breakage.service ?? (() => Promise.resolve({ updated: false, requests: 1, errors: [], failures: [], notes: [], offline: false, downloadedBefore: true })),
        dispose: () => undefined,
      },
      store,
      lastCheckedAt: () => Promise.reject(new Error('state unreadable')),
      settings: () => settings,
      describe: breakage.describe ?? refreshStatus,
      log: { info: (m) => log.info.push(m), warn: (m) => log.warn.push(m), error: (m) => log.error.push(m) },
      now: Date.now,
      timer,
    });
    return { loop, store, timer, log };
  }

  it('when the refresh throws unexpectedly: an error, the data kept, the stack logged as an error, and the schedule goes on (also from the timer)', async () => {
    let calls = 0;
    const { loop, store, timer, log } = await brokenLoop({
      service: () => {
        calls++;
        store.setStatus({ kind: 'loading', message: 'Checking for new leaderboards…' });
        return Promise.reject(new TypeError('boom'));
      },
    });
    const data = store.current;
    await loop.start();
    const outcome = await firePlanned({ timer, loop });
    assert.equal(calls, 1);
    assert.equal(outcome.failures[0]?.part, 'unexpected');
    assert.equal(store.currentStatus.kind, 'error', 'not left loading');
    assert.equal(store.currentStatus.message, 'The refresh failed unexpectedly. Showing the data published 2026-08-19; next try in 1 minute.');
    assert.equal(store.current, data);
    assert.ok(log.error.some((m) => /TypeError: boom/.test(m) && /at /.test(m)), 'the stack is in the log');
    assert.equal(timer.plannedIn, MIN_BACKOFF_MS);
    await firePlanned({ timer, loop });
    assert.equal(calls, 2, 'the next try happened');
    assert.equal(timer.plannedIn, 2 * MIN_BACKOFF_MS);
    loop.dispose();
  });

  it('when wording the status throws: a plain error status, and the schedule goes on', async () => {
    const { loop, store, timer, log } = await brokenLoop({
      service: () => Promise.resolve({ updated: false, requests: 1, errors: ['x'], failures: [{ part: 'prices', kind: 'serverError', detail: 'x' }], notes: [], offline: false, downloadedBefore: true }),
      describe: () => {
        throw new RangeError('no words');
      },
    });
    await loop.refreshNow();
    assert.deepEqual(store.currentStatus, { kind: 'error', message: 'The leaderboards could not be updated. The log has the details.' });
    assert.equal(timer.plannedIn, MIN_BACKOFF_MS);
    assert.ok(log.error.some((m) => /no words/.test(m)));
    loop.dispose();
  });

  it('logs failures and fields shown as unknown as warnings, and a refresh that went well as information', async () => {
    const note = 'webdev: row 3 (glm-5.3-max): organization ignored (control characters); shown as unknown';
    const outcomes: RefreshOutcome[] = [
      { updated: true, requests: 15, errors: [], failures: [], notes: [note], offline: false, downloadedBefore: true },
      { updated: false, requests: 1, errors: ['x'], failures: [{ part: 'dataset', kind: 'serverError', detail: 'huggingface.co answered HTTP 503' }], notes: [], offline: false, downloadedBefore: true },
    ];
    const { loop, log, store } = await brokenLoop({ service: () => Promise.resolve(outcomes.shift() ?? assert.fail('one refresh too many')) });
    await loop.refreshNow();
    assert.deepEqual(log.warn, [`refresh: ${note}`]);
    assert.deepEqual(log.info, ['refresh: updated, 15 request(s); next check in 43200 s']);
    assert.deepEqual(store.currentStatus, { kind: 'idle' }, 'a field shown as unknown is not an error');
    await loop.refreshNow();
    assert.deepEqual(log.warn.slice(1), ['refresh: dataset check: huggingface.co answered HTTP 503', 'refresh: no change, 1 request(s), 1 failure(s); next try in 60 s']);
    assert.equal(log.info.length, 1, 'nothing about the failure as information');
    loop.dispose();
  });

  it('a refresh asked for during a run joins it, so one failure backs off once', () =>
    withRig({}, async (r) => {
      r.server.fault('info', 'http500');
      const [a, b] = await Promise.all([r.loop.refreshNow(), r.loop.refreshNow(false)]);
      assert.equal(a, b);
      assert.equal(r.timer.plannedIn, MIN_BACKOFF_MS);
    }));
});

describe('a first start without network', function () {
  this.timeout(30000);

  /** A rig whose sources are out of reach (connection refused), with no cache. */
  async function unreachable(): Promise<Rig> {
    const r = await rig({ timeoutMs: 3000 });
    await r.server.stop();
    return r;
  }

  it('is a calm notice with the snapshot and its date, not an error, and the next try is planned', async () => {
    const r = await unreachable();
    try {
      await r.loop.start();
      const outcome = await (r.timer.fire(), r.loop.refreshNow(false));
      assert.deepEqual(outcome.failures.map((f) => [f.part, 'kind' in f ? f.kind : null]), [['dataset', 'noConnection']]);
      assert.deepEqual(r.store.currentStatus, { kind: 'notice', message: 'Offline: showing the snapshot shipped with the extension, published 2026-08-19. Will try again in 1 minute.' });
      assert.equal(r.timer.plannedIn, MIN_BACKOFF_MS);
      assert.equal(r.store.current?.provenance.origin, 'snapshot');
      await (r.timer.fire(), r.loop.refreshNow(false));
      assert.equal(r.store.currentStatus.kind, 'notice', 'still calm on the next try');
      assert.match(r.store.currentStatus.message ?? '', /Will try again in 2 minutes\.$/);
    } finally {
      await teardown(r);
    }
  });

  it('but once real data was downloaded, no connection is an error', () =>
    withRig({ timeoutMs: 3000 }, async (r) => {
      await r.loop.refreshNow();
      assert.equal(r.store.current?.provenance.origin, 'live');
      await r.server.stop();
      await r.loop.refreshNow();
      assert.equal(r.store.currentStatus.kind, 'error');
      assert.match(r.store.currentStatus.message ?? '', /^Code Arena and Text could not be updated: no connection to the server\. Showing the data published 2026-08-19; next try in 1 minute\.$/);
    }));

  it('and an earlier download shown from the cache after a restart counts as downloaded', () =>
    withRig({ timeoutMs: 3000 }, async (r) => {
      await r.loop.refreshNow();
      // A restart: the cache is what the store shows, the network is gone.
      const cached = await r.cache.readData();
      assert.ok(cached?.ok);
      r.store.replace(cached.value);
      await r.server.stop();
      await r.loop.refreshNow();
      assert.equal(r.store.currentStatus.kind, 'error');
    }));
});
