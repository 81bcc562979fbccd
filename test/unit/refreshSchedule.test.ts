/** When the next automatic refresh runs: interval, backoff, Retry-After, and re-planning after a settings change. */
import * as assert from 'node:assert/strict';
import { MIN_BACKOFF_MS, nextRefreshDelay, RefreshPlan } from '../../src/core/refresh/refreshSchedule';

const HOUR = 3_600_000;
const NOW = Date.parse('2026-11-29T12:00:00Z');
const sixHours = { intervalMs: 6 * HOUR, offline: false };

describe('refresh schedule', () => {
  it('refreshes an interval after the last check, at once when that is past, and backs off 1, 2, 4… minutes after failures', () => {
    assert.equal(nextRefreshDelay({ intervalMs: 6 * HOUR, lastCheckedAt: NOW - HOUR, now: NOW, consecutiveFailures: 0 }), 5 * HOUR);
    assert.equal(nextRefreshDelay({ intervalMs: 6 * HOUR, lastCheckedAt: NOW - 7 * HOUR, now: NOW, consecutiveFailures: 0 }), 0);
    assert.deepEqual([1, 2, 3, 30].map((f) => nextRefreshDelay({ intervalMs: 6 * HOUR, lastCheckedAt: NOW, now: NOW, consecutiveFailures: f })), [MIN_BACKOFF_MS, 2 * MIN_BACKOFF_MS, 4 * MIN_BACKOFF_MS, 6 * HOUR]);
    assert.equal(nextRefreshDelay({ intervalMs: 6 * HOUR, lastCheckedAt: NOW, now: NOW, consecutiveFailures: 1, retryAfterMs: HOUR }), HOUR, 'Retry-After wins over a shorter backoff');
  });

  it('after a 429 with Retry-After: 1 hour, a re-plan (offline off and on again, a new interval) never refreshes before the hour', () => {
    const plan = new RefreshPlan();
    // The last completed check was 7 hours ago: the refresh that got the 429 was due.
    assert.equal(plan.plan(sixHours, NOW - 7 * HOUR, NOW), 0);
    assert.equal(plan.afterRefresh(sixHours, true, HOUR, NOW), HOUR);
    const later = NOW + 10 * 60_000;
    assert.equal(plan.plan({ ...sixHours, offline: true }, NOW - 7 * HOUR, later), null, 'offline: no refresh planned');
    assert.equal(plan.plan(sixHours, NOW - 7 * HOUR, later), 50 * 60_000, 'back online: still the hour Hugging Face asked for');
    assert.equal(plan.plan({ ...sixHours, intervalMs: HOUR }, NOW - 7 * HOUR, later), 50 * 60_000);
  });

  it('re-plans only when the interval or offline mode changed (not for a model starred or a status bar option)', () => {
    const plan = new RefreshPlan();
    assert.ok(plan.changesPlan(sixHours), 'nothing planned yet');
    plan.plan(sixHours, NOW, NOW);
    assert.equal(plan.changesPlan({ ...sixHours }), false);
    assert.ok(plan.changesPlan({ ...sixHours, intervalMs: HOUR }));
    assert.ok(plan.changesPlan({ ...sixHours, offline: true }));
  });

  it('backs off further on each failure and forgets the backoff after a success', () => {
    const plan = new RefreshPlan();
    assert.equal(plan.afterRefresh(sixHours, true, undefined, NOW), MIN_BACKOFF_MS);
    assert.equal(plan.afterRefresh(sixHours, true, undefined, NOW), 2 * MIN_BACKOFF_MS);
    assert.equal(plan.plan(sixHours, NOW - 7 * HOUR, NOW + 1000), 2 * MIN_BACKOFF_MS - 1000, 'a re-plan keeps the backoff');
    assert.equal(plan.afterRefresh(sixHours, false, undefined, NOW), 6 * HOUR);
    assert.equal(plan.plan(sixHours, NOW, NOW + HOUR), 5 * HOUR, 'after a success: an interval after that check');
    assert.equal(plan.afterRefresh({ ...sixHours, offline: true }, false, undefined, NOW), null);
  });
});
