import * as assert from 'node:assert/strict';
import { compareRatings, isPreliminary, rankCategory, rankRangeText, verdictText, winProbability } from '../../src/core/rankings/rankStatistics';
import { entry, recordedEntries } from './fixtures';

// Expected values were computed independently (Python, straight from the recorded JSON) for
// Code Arena (webdev) overall, published 2026-08-19.
describe('rank statistics on the real Code Arena board of 2026-08-19', () => {
  const ranked = rankCategory(recordedEntries('webdev', '2026-08-19', 'overall'));

  it('gives Qwen3.7-Max rank 28 with the range 23–32, tied with 9 others', () => {
    const qwen = entry(ranked, 'qwen3.7-max-20260517');
    assert.equal(qwen.rank, 28);
    assert.equal(qwen.rankBest, 23);
    assert.equal(qwen.rankWorst, 32);
    assert.equal(qwen.tiedWith, 9);
    assert.equal(rankRangeText(qwen), '23–32');
    assert.equal(qwen.preliminary, false);
  });

  it('lets the #1 and #2 share first place when their intervals overlap', () => {
    const top = entry(ranked, 'claude-opus-5-max');
    const second = entry(ranked, 'kimi-k3-max');
    assert.deepEqual([top.rankBest, top.rankWorst, top.tiedWith], [1, 2, 1]);
    assert.deepEqual([second.rankBest, second.rankWorst, second.tiedWith], [1, 4, 3]);
  });

  it('computes ranges for models further down (claude-opus-4-7: 13–16, KAT-Coder-Pro-V1: 99–110)', () => {
    const opus = entry(ranked, 'claude-opus-4-7');
    assert.deepEqual([opus.rank, opus.rankBest, opus.rankWorst], [14, 13, 16]);
    const kat = entry(ranked, 'KAT-Coder-Pro-V1');
    assert.deepEqual([kat.rank, kat.rankBest, kat.rankWorst, kat.tiedWith], [102, 99, 110, 11]);
  });

  it('flags thin evidence as preliminary: 12 models (few votes or a wide interval)', () => {
    assert.equal(ranked.filter((e) => e.preliminary).length, 12);
    assert.equal(entry(ranked, 'gemini-3.5-flash-lite').preliminary, true); // 228 votes
    assert.equal(entry(ranked, 'gpt-5.2').preliminary, true); // 1057 votes but ±22.9
    assert.equal(isPreliminary({ votes: 5000, lower: 1500, upper: 1510 }), false);
  });

  it('computes the win probability of #1 over Qwen3.7-Max as 0.7316', () => {
    const p = winProbability(entry(ranked, 'claude-opus-5-max').rating, entry(ranked, 'qwen3.7-max-20260517').rating);
    assert.ok(Math.abs(p - 0.7315972975535828) < 1e-12, String(p));
    assert.equal(winProbability(1500, 1500), 0.5);
    assert.ok(Math.abs(winProbability(1400, 1800) - 1 / 11) < 1e-12);
  });

  it('calls #1 vs #2 "likely better" (z = 2.31) and qwen3.8-max vs claude-opus-5-high a tie (z = 0.88)', () => {
    const gap = compareRatings(entry(ranked, 'claude-opus-5-max'), entry(ranked, 'kimi-k3-max'));
    assert.ok(Math.abs(gap.z - 2.31045930923447) < 1e-9);
    assert.ok(Math.abs(gap.gapHalfWidth - 14.339249753847053) < 1e-9);
    assert.equal(gap.verdict, 'likely-better');
    const tie = compareRatings(entry(ranked, 'qwen3.8-max'), entry(ranked, 'claude-opus-5-high'));
    assert.equal(tie.verdict, 'tied');
    assert.equal(verdictText(tie.verdict), 'statistically tied');
    const clear = compareRatings(entry(ranked, 'qwen3.7-max-20260517'), entry(ranked, 'claude-opus-5-max'));
    assert.equal(clear.verdict, 'clearly-worse');
  });

  it('keeps ranges consistent: best ≤ rank ≤ worst for every row, and ties are symmetric', () => {
    for (const e of ranked) {
      assert.ok(e.rankBest <= e.rank && e.rank <= e.rankWorst, e.model);
    }
    const overlaps = (a: (typeof ranked)[number], b: (typeof ranked)[number]): boolean => a.lower <= b.upper && b.lower <= a.upper;
    for (const e of ranked.slice(0, 30)) {
      assert.equal(e.tiedWith, ranked.filter((o) => o !== e && overlaps(o, e)).length, e.model);
    }
  });
});
