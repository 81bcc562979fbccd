/**
 * Property-based: mutated copies of the real LiveBench files fed to the parser. It must never throw,
 * never return a number outside 0–100, and answer either a consistent board or a message naming LiveBench.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseLiveBench } from '../../src/core/sources/liveBenchTable';
import { recordedLiveBench } from '../fixtures/liveBenchFaults';
import { junk, mutatedAt, pathMutationOf } from './mutations';

const recorded = recordedLiveBench();
/** The header and 30 rows keep each run fast; the mutations reach every part of them. */
const table = recorded.table.split('\n').slice(0, 31).join('\n') + '\n';
const grid = table.replace(/\n$/, '').split('\n').map((l) => l.split(','));
const categories = JSON.parse(recorded.categories) as Record<string, string[]>;

const nastyCell = fc.oneof(
  fc.constantFrom('', ' ', 'NaN', '-1', '-0', '1e999', '100.0001', '100', '0', '.5', '5.', '0x10', '"', '""', '"a,b"', ',', '\n', '\r\n', '\r', '\ufeff', '<html>', 'model', 'code_generation'),
  fc.string({ maxLength: 8 }),
  fc.double().map(String),
);

type TextMutation =
  | { kind: 'cell'; row: number; column: number; value: string }
  | { kind: 'dropRow' | 'duplicateRow'; row: number }
  | { kind: 'dropColumn'; column: number }
  | { kind: 'cut'; at: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'lineEnds'; eol: string }
  | { kind: 'bom' };

const mutation: fc.Arbitrary<TextMutation> = fc.oneof(
  fc.record({ kind: fc.constant('cell' as const), row: fc.nat(grid.length - 1), column: fc.nat(23), value: nastyCell }),
  fc.record({ kind: fc.constantFrom('dropRow' as const, 'duplicateRow' as const), row: fc.nat(grid.length - 1) }),
  fc.record({ kind: fc.constant('dropColumn' as const), column: fc.nat(23) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(table.length) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(table.length), text: fc.oneof(nastyCell, fc.constantFrom('"', ',', '\n')) }),
  fc.record({ kind: fc.constant('lineEnds' as const), eol: fc.constantFrom('\r\n', '\r', '\n\n') }),
  fc.constant({ kind: 'bom' as const }),
);

/** Applies the mutations: grid edits first, then text edits to the joined CSV. */
function mutatedTable(mutations: readonly TextMutation[]): string {
  let rows = grid.map((r) => [...r]);
  for (const m of mutations) {
    if (m.kind === 'cell' && rows[m.row]) (rows[m.row] as string[])[m.column] = m.value;
    else if (m.kind === 'dropRow') rows = rows.filter((_, i) => i !== m.row);
    else if (m.kind === 'duplicateRow' && rows[m.row]) rows.push([...(rows[m.row] as string[])]);
    else if (m.kind === 'dropColumn') rows = rows.map((r) => r.filter((_, i) => i !== m.column));
  }
  let text = rows.map((r) => r.join(',')).join('\n') + '\n';
  for (const m of mutations) {
    if (m.kind === 'cut') text = text.slice(0, m.at);
    else if (m.kind === 'insert') text = text.slice(0, m.at) + m.text + text.slice(m.at);
    else if (m.kind === 'lineEnds') text = text.replace(/\n/g, m.eol);
    else if (m.kind === 'bom') text = `\ufeff${text}`;
  }
  return text;
}

function assertConsistent(result: ReturnType<typeof parseLiveBench>): void {
  if (!result.ok) {
    assert.match(result.error, /^LiveBench: /);
    return;
  }
  const board = result.value;
  assert.ok(board.models.length > 0);
  assert.equal(new Set(board.models.map((m) => m.model)).size, board.models.length, 'model names are unique');
  for (const m of board.models) {
    assert.ok(m.model.trim().length > 0 && m.model.length <= 120);
    assert.equal(m.scores.length, board.categories.length);
    const present = m.scores.filter((s): s is number => s !== null);
    for (const s of [...present, ...(m.overall === null ? [] : [m.overall])]) assert.ok(Number.isFinite(s) && s >= 0 && s <= 100, String(s));
    if (present.length === 0) assert.equal(m.overall, null);
    else assert.ok(Math.abs((m.overall ?? Number.NaN) - present.reduce((a, v) => a + v, 0) / present.length) < 1e-9);
  }
  for (const p of board.problems) assert.match(p, /^LiveBench: /);
}

describe('LiveBench parser under mutated real files (fast-check)', () => {
  it('never throws; a board is consistent and in range, anything else a message (3,000 runs)', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        assertConsistent(parseLiveBench('2026_01_08', mutatedTable(mutations), recorded.categories));
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws under mutated categories files, as JSON or as broken text (2,000 runs)', () => {
    fc.assert(
      fc.property(fc.array(pathMutationOf(categories), { minLength: 1, maxLength: 3 }), fc.option(fc.nat(recorded.categories.length)), (mutations, cut) => {
        let text: string;
        try {
          text = JSON.stringify(mutatedAt(categories, mutations)) ?? 'undefined';
        } catch {
          text = '{';
        }
        assertConsistent(parseLiveBench('2026_01_08', table, cut === null ? text : text.slice(0, cut)));
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects or safely reads arbitrary text in place of either file (1,000 runs)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), junk, (text, value) => {
        assertConsistent(parseLiveBench('2026_01_08', text, recorded.categories));
        assertConsistent(parseLiveBench('2026_01_08', table, text));
        assertConsistent(parseLiveBench('2026_01_08', table, JSON.stringify({ Coding: value }) ?? ''));
      }),
      { numRuns: 1000 },
    );
  });
});
