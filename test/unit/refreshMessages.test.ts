/** What the sidebar says after a refresh: which board, what went wrong, what is shown instead and when, the next try. */
import * as assert from 'node:assert/strict';
import type { LeaderboardData } from '../../src/core/boards/leaderboard';
import type { RefreshFailure } from '../../src/core/refresh/refreshFailure';
import type { RefreshReport } from '../../src/core/refresh/refreshLoop';
import type { RefreshOutcome } from '../../src/core/refresh/refreshService';
import { nextTryPhrase, refreshStatus } from '../../src/core/views/refreshMessages';
import { embeddedSnapshot } from './fixtures';

const MINUTE = 60_000;
const NOW = Date.parse('2026-08-21T13:50:00Z');
const snapshot = embeddedSnapshot().data;
/** The data after a download: live, Code Arena of 2026-08-12 and Text of 2026-08-19. */
const live: LeaderboardData = {
  ...snapshot,
  boards: snapshot.boards.map((b) => (b.id === 'webdev' ? { ...b, publishDate: '2026-08-12' } : b)),
  provenance: { ...snapshot.provenance, origin: 'live' },
};

function report(failures: RefreshFailure[], more: Partial<Omit<RefreshReport, 'outcome'>> & { outcome?: Partial<RefreshOutcome> } = {}): RefreshReport {
  const { outcome, ...rest } = more;
  return {
    outcome: { updated: false, requests: 3, errors: failures.map((f) => f.detail), failures, notes: [], offline: false, downloadedBefore: true, ...outcome },
    data: live,
    nextTryInMs: MINUTE,
    now: NOW,
    problems: [],
    ...rest,
  };
}

const board = (boardId: string, kind: Extract<RefreshFailure, { part: 'board' }>['kind']): RefreshFailure => ({ part: 'board', boardId, kind, detail: `${boardId}: 127.0.0.1:8787 answered HTTP 422` });

describe('refresh messages for people', () => {
  it('says which board, why, what is shown instead with its date, and when the next try is', () => {
    const data = { ...snapshot, provenance: { ...snapshot.provenance, origin: 'live' as const } };
    assert.deepEqual(refreshStatus(report([board('webdev', 'unreadable')], { data })), {
      kind: 'error',
      message: 'Code Arena could not be updated: the data it sent could not be read. Showing the data published 2026-08-19; next try in 1 minute.',
    });
  });

  it('replaces the technical summary of issue 13 (a row refused, an HTTP 422) by one sentence per cause, and the dates per board when they differ', () => {
    const message = refreshStatus(report([
      { part: 'board', boardId: 'webdev', kind: 'unreadable', detail: 'webdev: row 0: organization: Invalid input' },
      { part: 'board', boardId: 'text_style_control', kind: 'rejected', detail: 'text_style_control: 127.0.0.1:8787 answered HTTP 422' },
    ])).message;
    assert.equal(
      message,
      'Code Arena could not be updated: the data it sent could not be read. Text could not be updated: the server turned the request down. ' +
        'Showing Code Arena published 2026-08-12 and Text published 2026-08-19; next try in 1 minute.',
    );
    assert.doesNotMatch(message ?? '', /HTTP|127\.0\.0\.1|row \d|organization/);
  });

  it('names every board once when the dataset check failed, and groups boards and prices failing for the same reason', () => {
    assert.equal(
      refreshStatus(report([{ part: 'dataset', kind: 'serverError', detail: 'huggingface.co answered HTTP 503' }], { nextTryInMs: 4 * MINUTE })).message,
      'Code Arena and Text could not be updated: the server had an error. Showing Code Arena published 2026-08-12 and Text published 2026-08-19; next try in 4 minutes.',
    );
    assert.equal(
      refreshStatus(report([board('webdev', 'timeout'), board('text_style_control', 'timeout'), { part: 'prices', kind: 'timeout', detail: 'OpenRouter: openrouter.ai did not answer within 20 s' }], { data: snapshot })).message,
      'Code Arena, Text and the prices could not be updated: the server did not answer in time. Showing the data published 2026-08-19 and the prices of 2026-08-08; next try in 1 minute.',
    );
  });

  it('says a rate limit asked us to wait, and when the next try is by the clock once it is an hour or more away', () => {
    const saved = process.env.TZ;
    process.env.TZ = 'Europe/Berlin';
    try {
      assert.equal(
        refreshStatus(report([{ part: 'dataset', kind: 'rateLimited', detail: 'rate limiting' }], { nextTryInMs: 15 * MINUTE })).message,
        'Code Arena and Text could not be updated: the server asked us to wait (too many requests). Showing Code Arena published 2026-08-12 and Text published 2026-08-19; next try in 15 minutes.',
      );
      // 13:50 UTC is 15:50 in Berlin (summer time).
      assert.equal(nextTryPhrase(2 * 60 * MINUTE + 15 * MINUTE, NOW), 'at 18:05');
      assert.equal(nextTryPhrase(12 * 60 * MINUTE, NOW), 'tomorrow at 03:50');
      assert.equal(nextTryPhrase(7 * 24 * 60 * MINUTE, NOW), 'on 2026-08-28 at 15:50');
      assert.deepEqual([30_000, 1000, MINUTE, 90_000, 59 * MINUTE].map((ms) => nextTryPhrase(ms, NOW)), ['in 30 seconds', 'in 1 second', 'in 1 minute', 'in 2 minutes', 'in 59 minutes']);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('speaks of the disk and of bugs without their detail, and shows what is there', () => {
    assert.equal(
      refreshStatus(report([{ part: 'saving', detail: "cache: could not save the leaderboards (EROFS: read-only file system, open '/x')" }], { outcome: { updated: true } })).message,
      'The new data is shown, but it could not be saved on disk. Next try in 1 minute.',
    );
    assert.equal(refreshStatus(report([{ part: 'reading', detail: 'EACCES' }, { part: 'reading', detail: 'EACCES' }])).message, 'What was saved on disk could not be read. Next try in 1 minute.');
    assert.equal(
      refreshStatus(report([{ part: 'unexpected', detail: 'TypeError: x is undefined\n    at run' }], { data: snapshot })).message,
      'The refresh failed unexpectedly. Showing the data published 2026-08-19; next try in 1 minute.',
    );
  });

  it('puts settings that could not be used first, and says nothing is shown for a board with no data yet', () => {
    assert.deepEqual(refreshStatus(report([], { problems: ['Setting modelRankings.data.hubUrl is not an https URL; using https://huggingface.co'] })), {
      kind: 'error',
      message: 'Setting modelRankings.data.hubUrl is not an https URL; using https://huggingface.co.',
    });
    assert.equal(refreshStatus(report([board('vision', 'serverError')])).message, 'Vision could not be updated: the server had an error. Next try in 1 minute.');
  });

  it('is calm when offline on a first start (the shipped snapshot, no download ever), and an error otherwise', () => {
    const offline: RefreshFailure = { part: 'dataset', kind: 'noConnection', detail: 'Could not reach huggingface.co (ENOTFOUND)' };
    assert.deepEqual(refreshStatus(report([offline], { data: snapshot, outcome: { downloadedBefore: false }, nextTryInMs: 5 * MINUTE })), {
      kind: 'notice',
      message: 'Offline: showing the snapshot shipped with the extension, published 2026-08-19. Will try again in 5 minutes.',
    });
    assert.equal(refreshStatus(report([{ ...offline, kind: 'timeout' }], { data: snapshot, outcome: { downloadedBefore: false } })).kind, 'notice');
    assert.equal(refreshStatus(report([offline], { data: snapshot, outcome: { downloadedBefore: true } })).kind, 'error', 'downloaded once: an error');
    assert.equal(refreshStatus(report([offline], { outcome: { downloadedBefore: false } })).kind, 'error', 'live data shown: an error');
    assert.equal(refreshStatus(report([{ ...offline, kind: 'serverError' }], { data: snapshot, outcome: { downloadedBefore: false } })).kind, 'error', 'a server error is not being offline');
  });

  it('says offline mode plainly, and nothing when all went well', () => {
    assert.deepEqual(refreshStatus(report([], { outcome: { offline: true }, nextTryInMs: null })), { kind: 'idle', message: 'Offline mode: the network is off (setting modelRankings.data.offline).' });
    assert.deepEqual(refreshStatus(report([], { outcome: { updated: true } })), { kind: 'idle' });
  });

  it('stays within what the protocol carries, however much failed', () => {
    const many = Array.from({ length: 60 }, (_, i) => board(`board_${i}`, i % 2 ? 'serverError' : 'unreadable'));
    const message = refreshStatus(report(many, { problems: ['x'.repeat(500)] })).message ?? '';
    assert.ok(message.length <= 1000, `${message.length}`);
    assert.ok(message.endsWith('…'));
  });
});
