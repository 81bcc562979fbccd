/**
 * The board state's rows are parsed by a hand-written fast path installed in zod (rowsFastPath.ts).
 * These tests hold it to zod's own parser: same verdict and same output on real rows and on
 * thousands of mutated ones, and zod still explains a rejected row.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { buildBoardState } from '../../src/core/sidebarState';
import { boardStateSchema, rowSchema, rowsSchema } from '../../src/shared/protocol';
import { parseRowsFast } from '../../src/shared/rowsFastPath';
import { DEFAULT_WATCH } from './defaults';
import { embeddedSnapshot } from './fixtures';
import { mutated, mutationOf } from './mutations';

const { data } = embeddedSnapshot();
const state = buildBoardState(data, { boardId: 'text_style_control', categoryId: 'overall' }, DEFAULT_WATCH, { kind: 'idle' });
/** zod's runtime parser alone: the reference the fast path must match. */
const reference = z.array(rowSchema);
const realRows = state.rows.slice(0, 80) as unknown as Record<string, unknown>[];
const mutation = mutationOf(realRows);

describe('board state rows: the fast path and zod agree', () => {
  it('takes the fast path on the real 393 Text rows and returns what zod returns', () => {
    const fast = parseRowsFast(state.rows);
    assert.notEqual(fast, z.INVALID, 'real rows are accepted by the fast path itself');
    assert.deepEqual(fast, reference.parse(state.rows));
    assert.deepEqual(boardStateSchema.parse(state).rows, state.rows);
  });

  it('gives the same verdict and the same rows as zod on every mutated real row (5,000 runs)', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const rows = mutated(realRows, mutations);
        const fast = rowsSchema.safeParse(rows);
        const slow = reference.safeParse(rows);
        assert.equal(fast.success, slow.success, JSON.stringify(mutations));
        if (fast.success && slow.success) assert.deepEqual(fast.data, slow.data);
      }),
      { numRuns: 5000 },
    );
  });

  it('lets zod explain a rejected row, with its path', () => {
    const rows = [state.rows[0], { ...state.rows[1], rating: '1500' }];
    const parsed = rowsSchema.safeParse(rows);
    assert.equal(parsed.success, false);
    assert.deepEqual(parsed.error?.issues[0]?.path, [1, 'rating']);
    assert.equal(rowsSchema.safeParse('not rows').success, false);
    assert.equal(rowsSchema.safeParse([null]).success, false);
  });
});
