/**
 * The sidebar parses the extension's messages with a hand-written parser (sidebarMessageParser.ts) instead of a schema,
 * which cost most of its first render. These tests hold it to the protocol's schema, and that schema to the same
 * schema built by zod (withZod.ts): the same verdict and the same output on real messages, on every one-place change
 * of them and on thousands of random changes.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { HistoryIndex, toHistoryView, type HistoryFile } from '../../src/core/rankings/history';
import { buildBoardState } from '../../src/core/views/sidebarState';
import { hostToSidebarSchema, type BoardState, type HostToSidebar } from '../../src/shared/protocol';
import type * as protocol from '../../src/shared/protocol';
import { withZod } from './withZod';
import { parseHostToSidebar } from '../../src/shared/sidebarMessageParser';
import { DEFAULT_WATCH } from './defaults';
import { embeddedSnapshot, REPO_ROOT } from './fixtures';
import { edgeValues, mutatedAt, pathMutationOf, placesIn } from './mutations';
import { buildModelCatalog } from '../../src/core/models/modelCatalog';
import { joinBenchmarks } from '../../src/core/models/benchmarkJoin';
import { buildBenchmarkState } from '../../src/core/views/benchmarkBoard';
import { boardOptions } from '../../src/core/views/sidebarState';

const { data } = embeddedSnapshot();
const zodSchemas = withZod<typeof protocol>('../../src/shared/protocol');
const editorModels = [
  { id: 'a', name: 'Claude Opus 4.6', vendor: 'copilot', family: 'claude-opus-4.6', version: '' },
  { id: 'b', name: 'Some Local Model', vendor: 'ollama', family: 'local', version: '' },
];
const text = buildBoardState(data, { boardId: 'text_style_control', categoryId: 'overall' }, DEFAULT_WATCH, { kind: 'idle' }, editorModels);
const codeArena = buildBoardState(data, { boardId: 'webdev', categoryId: 'overall' }, DEFAULT_WATCH, {
  kind: 'error',
  message: 'Code Arena and Text could not be updated: the server had an error. Showing the data published 2026-08-19; next try in 1 minute.',
});
const historyIndex = new HistoryIndex();
historyIndex.addFile(JSON.parse(readFileSync(resolve(REPO_ROOT, 'media', 'history.json'), 'utf8')) as HistoryFile);
const history: HostToSidebar = { type: 'history', boardId: 'webdev', categoryId: 'overall', history: toHistoryView(historyIndex.series('webdev', 'overall', 'claude-opus-4-6-high')) };
const realMessages: HostToSidebar[] = [
  text,
  codeArena,
  history,
  { type: 'status', status: { kind: 'loading', message: 'Refreshing…' } },
  { type: 'status', status: { kind: 'notice', message: 'No connection: showing the data shipped with the extension, published 2026-08-19. Next try in 5 minutes.' } },
  { type: 'status', status: { kind: 'idle' } },
  { type: 'reveal', model: 'qwen3.7-max-20260517' },
];
/** A board state small enough to mutate thousands of times, with every kind of field still in it (a variant, another board's name, a price note). */
const pick = (rows: readonly BoardState['rows'][number][]): BoardState['rows'] => [
  rows.find((r) => r.variant !== null)!,
  rows.find((r) => r.alsoOn !== '')!,
  rows.find((r) => r.priceNote !== null)!,
  rows.find((r) => r.inputPerM === null)!,
];
const smallState: BoardState = { ...codeArena, rows: pick(text.rows), yourModels: text.yourModels, categories: codeArena.categories.slice(0, 4) };

const catalog = buildModelCatalog(data);
const benchmarks = buildBenchmarkState(
  data,
  catalog,
  joinBenchmarks(catalog, data, null),
  { openRouterEnabled: true, liveBenchEnabled: true, offline: false, liveBenchRelease: null, liveBenchFetchedAt: null, liveBenchError: null },
  boardOptions(data),
  { kind: 'idle' },
);
/** The Benchmarks board, cut to three rows (one with values missing) to mutate thousands of times. */
const smallBenchmarks = { ...benchmarks, rows: [benchmarks.rows[0]!, benchmarks.rows.find((r) => r.values.includes(null))!, benchmarks.rows[5]!] };
realMessages.push(benchmarks);

/** Both parsers on one message: the same verdict, and the same value when it is taken. */
function agree(message: unknown, what: string): void {
  const parsed = parseHostToSidebar(message);
  const reference = hostToSidebarSchema.safeParse(message);
  const byZod = zodSchemas.hostToSidebarSchema.safeParse(message);
  assert.equal(parsed !== null, reference.success, what);
  assert.equal(reference.success, byZod.success, `zod: ${what}`);
  if (parsed && reference.success) assert.deepEqual(parsed, reference.data, what);
  if (reference.success && byZod.success) assert.deepEqual(reference.data, byZod.data, `zod: ${what}`);
}

describe('messages to the sidebar: its hand-written parser, the protocol\'s schema and zod agree', function () {
  // Thousands of messages through zod: seconds on a busy machine.
  this.timeout(60_000);
  it('takes real messages of every kind and returns what zod returns, as fresh values', () => {
    assert.ok(text.yourModels.some((m) => m.model !== null) && text.yourModels.some((m) => m.model === null), 'the editor models cover a match and a miss');
    assert.ok(history.type === 'history' && history.history.points.length > 10);
    assert.equal(smallState.rows.length, 4, 'every kind of row field is present');
    for (const message of realMessages) {
      const parsed = parseHostToSidebar(message);
      assert.ok(parsed, `a real ${message.type} message is taken`);
      const reference = hostToSidebarSchema.safeParse(message);
      assert.ok(reference.success, `the schema takes a real ${message.type} message`);
      assert.deepEqual(parsed, reference.data);
      assert.notEqual(parsed, message, 'a fresh value, not the input');
    }
    assert.equal(text.rows.length, 393);
  });

  for (const [name, base] of [['board state', smallState], ['Benchmarks board', smallBenchmarks], ['history', history]] as const) {
    it(`agrees with zod when any one place of a real ${name} holds an edge value or is dropped`, () => {
      let tried = 0;
      for (const place of placesIn(base)) {
        for (const value of edgeValues) {
          agree(mutatedAt(base, [{ ...place, value, drop: false }]), JSON.stringify({ ...place, value }).slice(0, 300));
          tried++;
        }
        agree(mutatedAt(base, [{ ...place, value: undefined, drop: true }]), JSON.stringify({ ...place, drop: true }));
      }
      assert.ok(tried > (name === 'board state' ? 3000 : 1000), `${tried} messages tried`);
    });

    it(`gives the same verdict and output as zod on every mutated real ${name} (3,000 runs)`, () => {
      fc.assert(
        fc.property(fc.array(pathMutationOf(base), { minLength: 1, maxLength: 3 }), (mutations) => {
          agree(mutatedAt(base, mutations), JSON.stringify(mutations).slice(0, 300));
        }),
        { numRuns: 3000 },
      );
    });
  }

  it('counts a string\'s length in code points, as zod does', () => {
    const cases: [string, boolean][] = [
      ['🏆'.repeat(400), true], // 400 code points in 800 UTF-16 units: within the short-text limit
      ['🏆'.repeat(401), false],
      ['x'.repeat(399) + '🏆', true],
      ['\ud83c'.repeat(401), false], // lone surrogates count one each
      ['\udfc6'.repeat(200) + '\ud83c'.repeat(201), false], // low surrogates before high ones make no pair: 401
      ['\udfc6' + '🏆'.repeat(200), true], // a stray low surrogate, then 200 pairs: 201
    ];
    for (const [boardTitle, taken] of cases) {
      const message = { ...smallState, boardTitle };
      assert.equal(parseHostToSidebar(message) !== null, taken, `${boardTitle.length} units`);
      agree(message, `${boardTitle.length} units`);
    }
  });

  it('takes a status line of up to 1,000 characters, longer than other text fields, and rejects junk', () => {
    for (const length of [400, 401, 1000, 1001]) {
      const message = { type: 'status', status: { kind: 'error', message: 'x'.repeat(length) } };
      assert.equal(parseHostToSidebar(message) !== null, length <= 1000, `${length} characters`);
      agree(message, `${length} characters`);
    }
    for (const junk of ['not a message', null, [], { type: 'boardState' }, { type: 'unknown' }, { type: 'reveal', model: '' }, { type: 'status', status: { kind: 'fine' } }]) {
      assert.equal(parseHostToSidebar(junk), null, JSON.stringify(junk));
      agree(junk, JSON.stringify(junk));
    }
  });
});
