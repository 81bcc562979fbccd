/**
 * Bug 4: a rank alert must say which way a model moved. Real moves between recorded Code Arena
 * publications (../shared/data/lmarena/webdev), then synthetic ones the real data does not hold.
 */
import * as assert from 'node:assert/strict';
import { recordedDates } from '../../scripts/recordedData';
import type { LeaderboardData } from '../../src/core/boards/leaderboard';
import type { LeaderboardRow } from '../../src/core/rankings/leaderboardRows';
import { bandOf, changeSummary, detectRankChanges, isOlderPublication, modelsToCompare, type Band } from '../../src/core/rankings/rankChanges';
import { rankCategory } from '../../src/core/rankings/rankStatistics';
import { embeddedSnapshot, recordedBoard, recordedEntries } from './fixtures';

/** Code Arena · Overall of a recorded publication, ranked as the views rank it. */
function rowsOf(date: string): LeaderboardRow[] {
  return rankCategory(recordedEntries('webdev', date, 'overall')).map((e) => ({ ...e, key: e.model, price: null }));
}

/** The text of the one band change of `model` between two publications. */
function bandText(from: string, to: string, model: string): string {
  const changes = detectRankChanges(rowsOf(from), rowsOf(to), [model]).filter((c) => c.kind === 'band');
  assert.equal(changes.length, 1, JSON.stringify(changes));
  return changes[0]?.text ?? '';
}

/** `rows` with one model moved to another rank and best rank (what the intervals allow). */
function moved(rows: readonly LeaderboardRow[], model: string, rank: number, rankBest: number): LeaderboardRow[] {
  return rows.map((r) => (r.model === model ? { ...r, rank, rankBest } : r));
}

const BAND_ORDER: readonly Band[] = ['tied-with-first', 'top-5', 'top-10', 'below-top-10'];

describe('rank alerts say which way a model moved (bug 4)', () => {
  it('a fall from #1 out of the tie for first is a fall, not "now in the top 10" (2026-06-21 → 2026-08-19)', () => {
    assert.equal(bandText('2026-06-21', '2026-08-19', 'claude-fable-5'), 'claude-fable-5 fell from #1 to #6 (no longer tied for first)');
    assert.equal(bandText('2026-06-21', '2026-08-19', 'claude-opus-4-7'), 'claude-opus-4-7 fell from #5 to #14 (out of the top 10)');
    assert.equal(bandText('2026-06-21', '2026-08-19', 'qwen3.7-max-20260517'), 'qwen3.7-max-20260517 fell from #10 to #28 (out of the top 10)');
  });

  it('real rises say what the model reached', () => {
    assert.equal(bandText('2026-07-10', '2026-07-12', 'claude-opus-4-7-thinking'), 'claude-opus-4-7-thinking rose from #6 to #5 (now in the top 5)');
    assert.equal(bandText('2026-08-12', '2026-08-14', 'grok-4.6-high'), 'grok-4.6-high rose from #7 to #5 (now in the top 5)');
    assert.equal(bandText('2026-08-06', '2026-08-10', 'claude-opus-4-7-thinking'), 'claude-opus-4-7-thinking rose from #11 to #10 (now in the top 10)');
  });

  it('a tie for first won or lost at the same rank says the rank stayed', () => {
    assert.equal(bandText('2026-07-27', '2026-07-28', 'kimi-k3-max'), 'kimi-k3-max stays at #2 (now tied for first)');
    assert.equal(bandText('2026-07-30', '2026-07-31', 'kimi-k3-max'), 'kimi-k3-max stays at #2 (no longer tied for first)');
  });

  it('over every pair of consecutive publications, each band change names the rank’s direction and the band’s', () => {
    const dates = recordedDates('webdev');
    let seen = 0;
    for (let i = 1; i < dates.length; i++) {
      const [before, after] = [rowsOf(dates[i - 1] ?? ''), rowsOf(dates[i] ?? '')];
      const previous = new Map(before.map((r) => [r.model, r]));
      const watched = after.filter((r) => previous.has(r.model)).map((r) => r.model);
      for (const change of detectRankChanges(before, after, watched).filter((c) => c.kind === 'band')) {
        const [old, now] = [previous.get(change.model), after.find((r) => r.model === change.model)];
        assert.ok(old && now);
        const verb = now.rank > old.rank ? 'fell' : now.rank < old.rank ? 'rose' : 'stays';
        assert.ok(change.text.startsWith(`${change.model} ${verb} `), `${dates[i]}: ${change.text}`);
        const better = BAND_ORDER.indexOf(bandOf(now)) < BAND_ORDER.indexOf(bandOf(old));
        assert.match(change.text, better ? /\((but )?now / : /\((but )?(no longer|out of)/, `${dates[i]}: ${change.text}`);
        seen++;
      }
    }
    assert.ok(seen >= 30, `${seen} band changes in the recorded publications`);
  });

  describe('synthetic moves on the 2026-08-19 board', () => {
    const rows = rowsOf('2026-08-19');
    const top = rows[0]?.model ?? '';
    const twelfth = rows[11]?.model ?? '';
    const third = rows[2]?.model ?? '';

    it('#1 → #7 and #12 → #4', () => {
      assert.equal(detectRankChanges(rows, moved(rows, top, 7, 3), [top])[0]?.text, `${top} fell from #1 to #7 (no longer tied for first)`);
      assert.equal(detectRankChanges(rows, moved(rows, twelfth, 4, 2), [twelfth])[0]?.text, `${twelfth} rose from #12 to #4 (now in the top 5)`);
      assert.equal(detectRankChanges(moved(rows, top, 7, 3), rows, [top])[0]?.text, `${top} rose from #7 to #1 (now tied for first)`);
      assert.equal(detectRankChanges(moved(rows, top, 3, 2), moved(rows, top, 9, 6), [top])[0]?.text, `${top} fell from #3 to #9 (no longer in the top 5)`);
    });

    it('says "but" when the tie for first moves against the plain rank', () => {
      assert.equal(detectRankChanges(moved(rows, third, 3, 1), moved(rows, third, 2, 2), [third])[0]?.text, `${third} rose from #3 to #2 (but no longer tied for first)`);
      assert.equal(detectRankChanges(moved(rows, third, 4, 2), moved(rows, third, 6, 1), [third])[0]?.text, `${third} fell from #4 to #6 (but now tied for first)`);
    });

    it('puts every change in one sentence', () => {
      const changes = detectRankChanges(rows, moved(moved(rows, top, 7, 3), twelfth, 4, 2), [top, twelfth]);
      assert.equal(changeSummary(changes, 'Code Arena · Overall'), `Model Rankings (Code Arena · Overall): ${top} fell from #1 to #7 (no longer tied for first); ${twelfth} rose from #12 to #4 (now in the top 5).`);
    });
  });
});

describe('rank alerts compare publications in time order', () => {
  const { data } = embeddedSnapshot();
  /** The embedded data with Code Arena as recorded on another date. */
  const withCodeArena = (date: string): LeaderboardData => ({ ...data, boards: data.boards.map((b) => (b.id === 'webdev' ? recordedBoard('webdev', date) : b)) });

  it('does not compare a newer publication with an older one that arrives after it', () => {
    assert.equal(isOlderPublication(data, withCodeArena('2026-07-02'), 'webdev', 'overall'), true, '2026-08-19 shown, 2026-07-02 downloaded');
    assert.equal(isOlderPublication(withCodeArena('2026-07-02'), data, 'webdev', 'overall'), false);
    assert.equal(isOlderPublication(data, data, 'webdev', 'overall'), false, 'the same date (a correction) is compared');
    assert.equal(isOlderPublication(data, withCodeArena('2026-07-02'), 'text_style_control', 'overall'), false, 'only the alerts’ own board counts');
    assert.equal(isOlderPublication(data, withCodeArena('2026-07-02'), 'webdev', 'no-such-category'), false);
  });

  it('Compare opens the changed models, a lone one beside the best other model (never itself twice)', () => {
    const rows = rowsOf('2026-08-19');
    const [first, second] = [rows[0]?.model ?? '', rows[1]?.model ?? ''];
    const lone = [{ model: first, kind: 'band' as const, text: '' }];
    assert.deepEqual(modelsToCompare(lone, rows), [first, second]);
    assert.deepEqual(modelsToCompare([{ model: 'qwen3.7-max-20260517', kind: 'band', text: '' }], rows), ['qwen3.7-max-20260517', first]);
    assert.deepEqual(modelsToCompare([...lone, { model: 'qwen3.7-max-20260517', kind: 'entered-above', text: '' }, { model: 'gone', kind: 'disappeared', text: '' }], rows), [first, 'qwen3.7-max-20260517']);
  });
});
