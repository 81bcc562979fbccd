/**
 * Property-based: thousands of mutated real payloads fed to the ingest boundary. It must never
 * throw, and whatever it accepts must be a valid leaderboard.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { ingestArenaRows } from '../../src/core/sources/arenaIngest';
import { arenaRowSchema, viewerPageSchema } from '../../src/core/sources/arenaSchema';
import { checkArenaRow } from '../../src/core/sources/arenaRowCheck';
import { parseOpenRouterModels } from '../../src/core/sources/openRouterSchema';
import { validateSnapshot } from '../../src/core/store/snapshotSchema';
import { readRecordedFile, readRecordedOpenRouter } from '../../scripts/recordedData';
import { embeddedSnapshot } from './fixtures';
import { junk, mutated, mutationOf } from './mutations';

const realRows = readRecordedFile('webdev', '2026-08-19').rows.slice(0, 60) as Record<string, unknown>[];
const mutation = mutationOf(realRows);

function assertValidBoard(board: ReturnType<typeof ingestArenaRows>): void {
  if (!board.ok) return;
  for (const c of board.value.categories) {
    for (const e of c.entries) {
      assert.ok(typeof e.model === 'string' && e.model.length > 0);
      assert.ok(Number.isFinite(e.rating) && Number.isFinite(e.lower) && Number.isFinite(e.upper));
      assert.ok(e.lower <= e.upper + 1e-6 && e.lower <= e.rating + 1e-6 && e.rating <= e.upper + 1e-6);
      assert.ok(Number.isInteger(e.votes) && e.votes >= 0);
      assert.ok(Number.isFinite(e.variance) && e.variance >= 0);
    }
    for (let i = 1; i < c.entries.length; i++) assert.ok((c.entries[i - 1]?.rating ?? 0) >= (c.entries[i]?.rating ?? 0));
  }
}

describe('ingest boundary under mutated real payloads (fast-check)', () => {
  it('never throws and never yields an invalid board (3,000 runs)', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const rows = mutated(realRows, mutations);
        const board = ingestArenaRows('webdev', rows, '2026-08-19');
        assertValidBoard(board);
      }),
      { numRuns: 3000 },
    );
  });

  it('the fast row check and the zod schema agree on every mutated row, and on its organisation and licence (5,000 runs)', () => {
    fc.assert(
      fc.property(mutation, (m) => {
        const row = mutated(realRows, [m])[m.row] as Record<string, unknown>;
        const fast = checkArenaRow(row);
        const schema = arenaRowSchema.safeParse(row);
        assert.equal(fast !== null, schema.success, JSON.stringify(m));
        if (fast && schema.success) assert.deepEqual([fast.organization, fast.license], [schema.data.organization, schema.data.license], JSON.stringify(m));
      }),
      { numRuns: 5000 },
    );
  });

  it('accepts a board whose organisation or licence was mutated, with that field shown as it was or as unknown, and a note for each unknown (2,000 runs)', () => {
    const label = fc.record({ row: fc.nat(realRows.length - 1), field: fc.constantFrom('organization', 'license'), value: junk, drop: fc.boolean() });
    fc.assert(
      fc.property(fc.array(label, { minLength: 1, maxLength: 4 }), (mutations) => {
        const rows = mutated(realRows, mutations);
        const notes: string[] = [];
        const board = ingestArenaRows('webdev', rows, '2026-08-19', (n) => notes.push(n));
        assert.ok(board.ok, board.ok ? '' : board.error);
        assertValidBoard(board);
        const entries = board.value.categories.flatMap((c) => c.entries);
        let unknown = 0;
        rows.forEach((row, i) => {
          const shown = entries.find((e) => e.model === row.model_name && e.votes === Math.round(row.vote_count as number));
          for (const field of ['organization', 'license'] as const) {
            const value = row[field];
            const printable = typeof value === 'string' && [...value].length <= 300 && !/[\u0000-\u001f\u007f]/.test(value);
            assert.equal(shown?.[field], printable ? value : '', `row ${i} ${field}: ${JSON.stringify(value)?.slice(0, 80)}`);
            if (value !== undefined && value !== null && !printable) unknown++;
          }
        });
        assert.equal(notes.length, unknown, notes.join(' | '));
      }),
      { numRuns: 2000 },
    );
  });

  it('still rejects the board for any bad number (2,000 runs)', () => {
    const row = fc.nat(realRows.length - 1);
    const numbers = fc.oneof(
      fc.record({
        row,
        field: fc.constantFrom('rating', 'rating_lower', 'rating_upper', 'variance', 'vote_count'),
        value: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, '1500', null, {}, []),
        drop: fc.boolean(),
      }),
      // A negative interval bound is a number a rating can have; a negative count or variance is not.
      fc.record({ row, field: fc.constantFrom('variance', 'vote_count'), value: fc.constantFrom(-1, -0.5), drop: fc.constant(false) }),
      // Bounds swapped: lower above upper.
      fc.record({ row, field: fc.constant('rating_lower'), value: fc.constant(9999), drop: fc.constant(false) }),
    );
    fc.assert(
      fc.property(numbers, (m) => {
        const result = ingestArenaRows('webdev', mutated(realRows, [m]), '2026-08-19');
        assert.equal(result.ok, false, JSON.stringify(m));
        if (!result.ok) assert.match(result.error, new RegExp(`row ${m.row}\\b`));
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects or safely accepts arbitrary values where rows are expected (2,000 runs)', () => {
    fc.assert(
      fc.property(fc.array(fc.anything(), { maxLength: 5 }), (rows) => {
        assertValidBoard(ingestArenaRows('webdev', rows, '2026-08-19'));
      }),
      { numRuns: 2000 },
    );
  });

  it('parses arbitrary viewer pages, OpenRouter lists and cache files without throwing (1,000 runs each)', () => {
    const openRouter = (readRecordedOpenRouter().raw as unknown[]).slice(0, 20);
    fc.assert(
      fc.property(fc.anything(), fc.nat(19), junk, (page, i, value) => {
        viewerPageSchema.safeParse(page);
        const list = openRouter.map((m) => ({ ...(m as object) }));
        (list[i] as Record<string, unknown>).pricing = value;
        const parsed = parseOpenRouterModels({ data: list });
        assert.ok(parsed);
        for (const m of parsed.models) {
          for (const p of [m.inputPerM, m.outputPerM]) assert.ok(p === null || (Number.isFinite(p) && p >= 0));
        }
      }),
      { numRuns: 1000 },
    );
    const { file } = embeddedSnapshot();
    const small = { ...file, boards: file.boards.slice(0, 1).map((b) => ({ ...b, categories: b.categories.slice(0, 1) })) };
    fc.assert(
      fc.property(fc.constantFrom('format', 'provenance', 'models', 'boards', 'prices'), junk, (key, value) => {
        const result = validateSnapshot({ ...small, [key]: value });
        // The only junk that is still a valid snapshot: an empty price list, or the valid value itself (format 1).
        const unchanged = JSON.stringify(value) === JSON.stringify(small[key]);
        if (result.ok) assert.ok(unchanged || (key === 'prices' && Array.isArray(value) && value.length === 0), `${key}: ${JSON.stringify(value)}`);
      }),
      { numRuns: 1000 },
    );
  });
});
