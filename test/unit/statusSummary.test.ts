import * as assert from 'node:assert/strict';
import { categoryRows } from '../../src/core/rankings/leaderboardRows';
import { effectiveWatchQueries, resolveWatchList, sameModelOn, toggleWatchQuery, isValidWatchQuery } from '../../src/core/models/watchList';
import { buildBoardState } from '../../src/core/views/sidebarState';
import { statusHoverMarkdown, statusText } from '../../src/core/views/statusSummary';
import { buildModelCatalog } from '../../src/core/models/modelCatalog';
import { compactModelName } from '../../src/core/views/modelNames';
import { escapeMarkdown, formatContext, formatPrice, shortModelName } from '../../src/shared/textFormat';
import { DEFAULT_WATCH } from './defaults';
import { embeddedSnapshot } from './fixtures';

describe('status bar summary and watch list', () => {
  const { data } = embeddedSnapshot();
  const rows = categoryRows(data, 'webdev', 'overall');

  it('summarises the default watch list on the embedded Code Arena board', () => {
    const hits = resolveWatchList(DEFAULT_WATCH, rows);
    assert.equal(statusText(hits, 'Code'), 'Qwen3.7-Max #28 · Claude-Opus-5-Max #1 · Code');
    // With the model catalog, the status bar says the models' names, the variant in brackets.
    const catalog = buildModelCatalog(data);
    const compact = (entry: string): string => compactModelName(catalog, 'webdev', entry);
    assert.equal(statusText(hits, 'Code', compact), 'Qwen3.7-Max #28 · Claude Opus 5 (max) #1 · Code');
    assert.equal(statusText(resolveWatchList(['top:google', 'gpt-5.6-sol-xhigh (codex-harness)'], rows), 'Code', compact), 'Gemini 3.7 Flash (high) #9 · GPT-5.6-Sol (xhigh · Codex) #7 · Code');
  });

  it('says n/a for a watched model that is not on the board, and resolves top:<lab>', () => {
    const hits = resolveWatchList(['no-such-model', 'top:google', 'top:nobody'], rows);
    assert.equal(statusText(hits, 'Code'), 'No-Such-Model n/a · Gemini-3.7-Flash-High #9 · Top:nobody n/a · Code');
  });

  it('builds a hover with rank range, score ± CI, votes, top 3, date and attribution', () => {
    const hits = resolveWatchList(DEFAULT_WATCH, rows);
    const md = statusHoverMarkdown(hits, { boardTitle: 'Code Arena', boardShort: 'Code', categoryLabel: 'Overall', publishDate: '2026-08-19', originNote: 'Offline snapshot', top: rows.slice(0, 3), total: rows.length });
    assert.match(md, /\*\*qwen3\.7-max-20260517\*\*: #28 of 117 \(rank range 23–32, statistically tied with 9 others\)/);
    assert.match(md, /score 1517 ±8 \(95% CI\) · 8,373 votes/);
    assert.match(md, /1\. claude-opus-5-max — 1691 ±9/);
    assert.match(md, /Published 2026-08-19/);
    assert.match(md, /CC BY 4\.0/);
  });

  it('escapes hostile names in the Markdown hover (no link, image or HTML survives)', () => {
    const row = { ...rows[0]!, model: '[x](command:workbench.action.quit) <img src=x onerror=alert(1)> ![i](https://evil)' };
    const md = statusHoverMarkdown([{ query: 'x', row }], { boardTitle: 'B', boardShort: 'B', categoryLabel: 'C', publishDate: '2026-08-19', originNote: 'n', top: [row], total: 1 });
    assert.doesNotMatch(md, /(^|[^\\])\]\(command:/, 'a ] before ( must be escaped');
    assert.doesNotMatch(md, /(^|[^\\])<img/, 'a < must be escaped');
    assert.doesNotMatch(md, /(^|[^\\])!\[i/, 'an image needs an unescaped ![');
    assert.equal(escapeMarkdown('a\nb'), 'a b');
  });

  it('has one watch list in force: the user\'s once set, else the editor\'s models on the board, else the default', () => {
    const yours = ['claude-opus-4-7', 'qwen3.7-max-20260517', 'claude-opus-4-7'];
    assert.deepEqual(effectiveWatchQueries({ queries: DEFAULT_WATCH, userSet: false }, yours), ['claude-opus-4-7', 'qwen3.7-max-20260517']);
    assert.deepEqual(effectiveWatchQueries({ queries: DEFAULT_WATCH, userSet: false }, []), DEFAULT_WATCH);
    assert.deepEqual(effectiveWatchQueries({ queries: ['kimi-k3-max'], userSet: true }, yours), ['kimi-k3-max']);
    assert.deepEqual(effectiveWatchQueries({ queries: [], userSet: true }, yours), [], 'an empty list the user chose stays empty');
    // A star click on a model the user sees starred (through their editor models) removes it, instead of adding it to the default list.
    const rows = categoryRows(embeddedSnapshot().data, 'webdev', 'overall');
    assert.deepEqual(toggleWatchQuery(effectiveWatchQueries({ queries: DEFAULT_WATCH, userSet: false }, yours), 'claude-opus-4-7', rows), ['qwen3.7-max-20260517']);
  });

  it('follows a watched model across boards and renames: the Code Arena name finds the Text entry of the same model', () => {
    const catalog = buildModelCatalog(data);
    const text = categoryRows(data, 'text_style_control', 'overall');
    const sameModel = sameModelOn(catalog, 'text_style_control');
    assert.equal(resolveWatchList(['qwen3.7-max-20260517'], text)[0]?.row, null, 'by name alone the Text entry is not found');
    assert.equal(resolveWatchList(['qwen3.7-max-20260517'], text, sameModel)[0]?.row?.model, 'qwen3.7-max-preview');
    assert.equal(resolveWatchList(['qwen3.7-max'], text, sameModel)[0]?.row?.model, 'qwen3.7-max-preview');
    // A star click on the Text entry unwatches the model the Code Arena name watches.
    assert.deepEqual(toggleWatchQuery(['qwen3.7-max-20260517', 'kimi-k3-max'], 'qwen3.7-max-preview', text, sameModel), ['kimi-k3-max']);
    // The sidebar stars it on Text, and does not star a different model that merely shares words.
    const state = buildBoardState(data, { boardId: 'text_style_control', categoryId: 'overall' }, ['qwen3.7-max-20260517'], { kind: 'idle' });
    assert.deepEqual(state.rows.filter((r) => r.watched).map((r) => r.model), ['qwen3.7-max-preview']);
    // A renamed entry (claude-opus-4-7-thinking, now claude-opus-4-7-high) is followed on its board.
    assert.equal(resolveWatchList(['claude-opus-4-7-thinking'], rows, sameModelOn(catalog, 'webdev'))[0]?.row?.model, 'claude-opus-4-7-high');
  });

  it('toggles a star: removes the query that names the model (also top:<lab>), else adds the name', () => {
    assert.deepEqual(toggleWatchQuery(DEFAULT_WATCH, 'qwen3.7-max-20260517', rows), ['top:anthropic']);
    assert.deepEqual(toggleWatchQuery(DEFAULT_WATCH, 'claude-opus-5-max', rows), ['qwen3.7-max']);
    assert.deepEqual(toggleWatchQuery(DEFAULT_WATCH, 'kimi-k3-max', rows), ['qwen3.7-max', 'top:anthropic', 'kimi-k3-max']);
  });

  it('validates watch queries', () => {
    assert.equal(isValidWatchQuery('qwen3.7-max'), true);
    assert.equal(isValidWatchQuery('top:anthropic'), true);
    assert.equal(isValidWatchQuery('top:'), false);
    assert.equal(isValidWatchQuery(''), false);
    assert.equal(isValidWatchQuery('a\u0000b'), false);
  });

  it('formats compact names, prices and context windows', () => {
    assert.equal(shortModelName('qwen3.7-max-20260517'), 'Qwen3.7-Max');
    assert.equal(formatPrice(1.475), '$1.475');
    assert.equal(formatPrice(2.5), '$2.50');
    assert.equal(formatPrice(0.1), '$0.10');
    assert.equal(formatPrice(0.29), '$0.29');
    assert.equal(formatPrice(0), 'free');
    assert.equal(formatPrice(null), '—');
    assert.equal(formatContext(1_000_000), '1M');
    assert.equal(formatContext(262_144), '262K');
    assert.equal(formatContext(1_048_576), '1M');
  });
});
