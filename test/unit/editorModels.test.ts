import * as assert from 'node:assert/strict';
import { matchEditorModel, matchEditorModels, type EditorModelMatch } from '../../src/core/models/editorModels';
import { answerRankingsQuery } from '../../src/core/views/rankingsQuery';
import { categoryRows, type LeaderboardRow } from '../../src/core/rankings/leaderboardRows';
import { embeddedSnapshot } from './fixtures';

const model = (id: string, family = id, name = id) => ({ id, family, name, vendor: 'copilot', version: '1' });

describe("the editor's own models on the leaderboard", () => {
  const { data } = embeddedSnapshot();
  const rows = categoryRows(data, 'webdev', 'overall');

  it('maps family names to Arena rows: the same model exactly, an effort variant as a proxy', () => {
    assert.deepEqual(pick(matchEditorModel(model('claude-opus-4.7'), rows)), ['claude-opus-4-7', 'exact', 14]);
    assert.deepEqual(pick(matchEditorModel(model('qwen3.7-max'), rows)), ['qwen3.7-max-20260517', 'exact', 28]);
    assert.deepEqual(pick(matchEditorModel(model('claude-opus-5'), rows)), ['claude-opus-5-max', 'proxy', 1]);
    assert.deepEqual(pick(matchEditorModel(model('gpt-5.6-sol'), rows)), ['gpt-5.6-sol-xhigh (codex-harness)', 'proxy', 7]);
  });

  it('matches nothing looser: unknown models and near names stay unmatched', () => {
    assert.equal(matchEditorModel(model('gpt-9'), rows).row, null);
    assert.equal(matchEditorModel(model('qwen3.7'), rows).row, null);
    assert.equal(matchEditorModel(model('claude-opus'), rows).row, null);
  });

  it('drops duplicates of one vendor/id', () => {
    assert.equal(matchEditorModels([model('qwen3.7-max'), model('qwen3.7-max')], rows).length, 1);
  });

  function pick(m: EditorModelMatch<LeaderboardRow>): [string | undefined, string | null, number | undefined] {
    return [m.row?.model, m.kind, m.row?.rank];
  }
});

describe('rankings for AI agents (language model tool)', () => {
  const { data } = embeddedSnapshot();

  it('answers rank, range, score ± CI, votes and price of named models, with date and attribution', () => {
    const answer = answerRankingsQuery(data, { models: ['qwen3.7-max', 'claude-opus-4-7', 'no-such-model'] });
    assert.ok(answer.ok);
    assert.match(answer.value, /^Code Arena · Overall, published 2026-08-19, 117 models\./);
    assert.match(answer.value, /qwen3\.7-max-20260517 \(alibaba\): #28 of 117, rank range 23–32 .*score 1516\.7 \(95% CI 1509\.1–1524\.3\), 8,373 votes, \$1\.475\/\$4\.425 per M/);
    assert.match(answer.value, /"no-such-model": no model of that name on any board/);
    assert.match(answer.value, /CC BY 4\.0/);
  });

  it('takes names as people write them and says which entry it used on this board', () => {
    const text = answerRankingsQuery(data, { board: 'text_style_control', models: ['Qwen3.7-Max', 'claude opus 4.7', 'gpt-5.5 (codex-harness)', 'claude opus'] });
    assert.ok(text.ok);
    assert.match(text.value, /^- Qwen3\.7-Max, listed here as qwen3\.7-max-preview \(alibaba\): #27 of 393.*\$1\.475\/\$4\.425 per M.*\(the preview of qwen3\.7-max: /m);
    assert.match(text.value, /^- Claude Opus 4\.7, listed here as claude-opus-4-7 \(anthropic\): #6 of 393/m);
    assert.match(text.value, /^- GPT-5\.5 · Codex: not on Text · Overall \(listed on Code Arena as gpt-5\.5 \(codex-harness\)\)\.$/m);
    assert.match(text.value, /^- "claude opus" could be Claude Opus 4\.6, Claude Opus 4\.7, .*: ask again with one of these names\.$/m);
  });

  it('lists the top N under a price, leaving out unknown prices and saying so', () => {
    const answer = answerRankingsQuery(data, { board: 'webdev', category: 'webdev-react', top: 3, maxBlendedPricePerM: 5 });
    assert.ok(answer.ok);
    const lines = answer.value.split('\n').filter((l) => l.startsWith('- '));
    assert.equal(lines.length, 3);
    assert.match(answer.value, /models without a known price are left out/);
    assert.ok(lines.every((l) => /blended 3:1 \$([0-4]\.\d+|5\.00)/.test(l)), lines.join('\n'));
  });

  it('gives a clear error for bad input', () => {
    for (const [input, message] of [
      [{ top: 'ten' }, /Invalid input: top/],
      [{ top: 500 }, /Invalid input: top: a whole number from 1 to 50/],
      [{ board: 'nope' }, /Unknown board "nope"\. Available: webdev \(Code Arena\), text_style_control \(Text\)/],
      [{ category: 'industry x' }, /Invalid input: category/],
      [{ category: 'nope' }, /no category "nope"/],
      ['<script>', /Invalid input/],
      [{ models: 'qwen' }, /Invalid input: models/],
    ] as const) {
      const answer = answerRankingsQuery(data, input);
      assert.equal(answer.ok, false);
      if (!answer.ok) assert.match(answer.error, message);
    }
  });
});
