import * as assert from 'node:assert/strict';
import { ingestArenaRows } from '../../src/core/sources/arenaIngest';
import { readRecordedFile } from '../../scripts/recordedData';
import { recordedBoard, entry } from './fixtures';

/** A real row of Code Arena 2026-08-19 to mutate. */
function realRow(): Record<string, unknown> {
  const row = readRecordedFile('webdev', '2026-08-19').rows.find((r) => (r as { model_name: string }).model_name === 'qwen3.7-max-20260517');
  return { ...(row as Record<string, unknown>) };
}

describe('ingest of Arena rows', () => {
  it('reads every category of the real Code Arena file with its quirks', () => {
    const board = recordedBoard('webdev', '2026-08-19');
    assert.deepEqual(
      board.categories.map((c) => [c.id, c.entries.length]),
      [['overall', 117], ['webdev', 117], ['webdev-react', 101], ['webdev-html', 116], ['image_to_webdev', 42]],
    );
    assert.equal(board.publishDate, '2026-08-19');
    const overall = board.categories[0]?.entries ?? [];
    assert.equal(overall[0]?.model, 'claude-opus-5-max');
    assert.equal(Math.round((overall[0]?.rating ?? 0) * 10) / 10, 1690.9);
    // Quirks: an empty organisation, and a model listed twice.
    assert.equal(entry(overall, 'KAT-Coder-Pro-V1').organization, '');
    assert.equal(overall.filter((e) => e.model === 'gpt-5.3-codex (codex-harness)').length, 2);
  });

  it('accepts the Text board whose counts are floats', () => {
    const text = recordedBoard('text_style_control', '2026-08-19');
    const overall = text.categories.find((c) => c.id === 'overall');
    assert.equal(overall?.entries.length, 393);
    assert.equal(text.categories.length, 29);
    assert.ok(overall?.entries.every((e) => Number.isInteger(e.votes) && Number.isInteger(e.rank)));
  });

  const cases: [string, (row: Record<string, unknown>) => void, RegExp][] = [
    ['a missing rating', (r) => delete r.rating, /rating/],
    ['a rating as a string', (r) => (r.rating = '1516'), /rating/],
    ['NaN', (r) => (r.rating_lower = Number.NaN), /rating_lower/],
    ['Infinity', (r) => (r.rating_upper = Number.POSITIVE_INFINITY), /rating_upper/],
    ['negative votes', (r) => (r.vote_count = -3), /vote_count/],
    ['lower above upper', (r) => ([r.rating_lower, r.rating_upper] = [r.rating_upper, r.rating_lower]), /rating_lower is above rating_upper/],
    ['a rating outside its interval', (r) => (r.rating = 2000), /outside its interval/],
    ['an empty model name', (r) => (r.model_name = ''), /model_name/],
    ['a control character in a name', (r) => (r.model_name = 'evil\u0007'), /control characters/],
    ['an over-long name', (r) => (r.model_name = 'x'.repeat(5000)), /model_name/],
    ['a malformed publish date', (r) => (r.leaderboard_publish_date = 'yesterday'), /leaderboard_publish_date/],
    ['null', (r) => Object.keys(r).forEach((k) => delete r[k]), /model_name/],
  ];
  for (const [what, mutate, message] of cases) {
    it(`rejects the whole board for ${what}, saying which row`, () => {
      const good = realRow();
      const bad = realRow();
      mutate(bad);
      const result = ingestArenaRows('webdev', [good, bad], '2026-08-19');
      assert.equal(result.ok, false);
      if (!result.ok) {
        assert.match(result.error, /row 1/);
        assert.match(result.error, message);
      }
    });
  }

  const oddLabels: [string, string, unknown, RegExp][] = [
    ['an organisation with a control character', 'organization', 'Alibaba\u0007', /control characters/],
    ['an organisation far too long', 'organization', 'Alibaba '.repeat(1000), /longer than 300 characters/],
    ['a licence with a line break', 'license', 'Proprietary\nsee terms', /control characters/],
    ['a licence that is a number', 'license', 42, /not text/],
  ];
  for (const [what, field, value, reason] of oddLabels) {
    it(`keeps the board for ${what}: that field becomes unknown, and the log says where`, () => {
      const odd = { ...realRow(), [field]: value };
      const notes: string[] = [];
      const result = ingestArenaRows('webdev', [realRow(), odd], '2026-08-19', (n) => notes.push(n));
      assert.ok(result.ok, result.ok ? '' : result.error);
      const [first, second] = result.value.categories[0]?.entries ?? [];
      assert.equal(second?.[field as 'organization' | 'license'], '', 'shown as unknown');
      assert.equal(first?.[field as 'organization' | 'license'], realRow()[field], 'the good row keeps its value');
      assert.equal(second?.votes, first?.votes, 'the numbers of the odd row are kept');
      assert.equal(notes.length, 1);
      assert.match(notes[0] ?? '', new RegExp(`^webdev: row 1 \\(qwen3\\.7-max-20260517\\): ${field} ignored`));
      assert.match(notes[0] ?? '', reason);
    });
  }

  it('rejects an empty page and rows that are not objects', () => {
    assert.equal(ingestArenaRows('webdev', [], '2026-08-19').ok, false);
    assert.equal(ingestArenaRows('webdev', ['<script>'], '2026-08-19').ok, false);
    assert.equal(ingestArenaRows('webdev', [realRow()], null).ok, false, 'no publish date anywhere');
  });

  it('keeps a hostile but well-formed name as plain data', () => {
    const row = { ...realRow(), model_name: '<img src=x onerror=alert(1)>' };
    const result = ingestArenaRows('webdev', [row], '2026-08-19');
    assert.ok(result.ok);
    if (result.ok) assert.equal(result.value.categories[0]?.entries[0]?.model, '<img src=x onerror=alert(1)>');
  });
});
