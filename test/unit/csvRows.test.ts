/** The RFC 4180 reader: the cases the spec names, the real file, and a round trip over random tables. */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseCsvRows } from '../../src/core/sources/csvRows';
import { recordedLiveBench } from '../fixtures/liveBenchFaults';

const rows = (text: string): string[][] => {
  const parsed = parseCsvRows(text);
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.error);
  return parsed.rows;
};

/** RFC 4180 writing: a field with a comma, quote or line break is quoted, quotes doubled (and a BOM, which would otherwise open the text). */
const field = (value: string): string => (/[",\r\n\ufeff]/.test(value) || value === '' ? `"${value.replace(/"/g, '""')}"` : value);

describe('CSV reader (RFC 4180)', () => {
  it('reads plain records with LF, CRLF or CR line ends, with or without a final line end', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      assert.deepEqual(rows(`a,b${eol}1,2${eol}`), [['a', 'b'], ['1', '2']]);
      assert.deepEqual(rows(`a,b${eol}1,2`), [['a', 'b'], ['1', '2']]);
    }
  });

  it('reads quoted fields with commas, doubled quotes and line breaks, and keeps empty fields', () => {
    assert.deepEqual(rows('"a,1","say ""hi""","two\r\nlines",,x\n'), [['a,1', 'say "hi"', 'two\r\nlines', '', 'x']]);
    assert.deepEqual(rows('a,\n,b\n'), [['a', ''], ['', 'b']]);
    assert.deepEqual(rows('a,b,'), [['a', 'b', '']]);
  });

  it('ignores a leading BOM and blank lines', () => {
    assert.deepEqual(rows('\ufeffmodel,x\n\n1,2\r\n\r\n'), [['model', 'x'], ['1', '2']]);
    assert.deepEqual(rows(''), []);
    assert.deepEqual(rows('\n\n'), []);
  });

  it('rejects malformed quoting with the line it is on, instead of guessing', () => {
    const cut = parseCsvRows('a,b\n1,"never\nends');
    assert.ok(!cut.ok && /starts on line 2 never ends/.test(cut.error), JSON.stringify(cut));
    const after = parseCsvRows('a,b\n"x"y,2');
    assert.ok(!after.ok && /after a closing quote on line 2/.test(after.error), JSON.stringify(after));
    const inside = parseCsvRows('a,b\n\n1,x"y');
    assert.ok(!inside.ok && /quote inside an unquoted field on line 3/.test(inside.error), JSON.stringify(inside));
  });

  it('refuses more rows than allowed rather than cutting the table', () => {
    const many = parseCsvRows('a\n1\n2\n3\n', 3);
    assert.ok(!many.ok && /more than 3 rows/.test(many.error));
  });

  it('reads the recorded LiveBench table: 128 records, 24 header cells, one short row as published', () => {
    const table = rows(recordedLiveBench().table);
    assert.equal(table.length, 128);
    assert.equal(table[0]?.length, 24);
    assert.deepEqual(
      table.filter((r) => r.length !== 24).map((r) => [r[0], r.length]),
      [['nemotron-3-super-120b-a12b', 21]],
    );
  });

  it('reads back any table written by RFC 4180 rules, with any line end (1,000 runs)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r', ' ', '🏆', '\ufeff'), maxLength: 6 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\r\n', '\r'), (table, eol) => {
        // A record of one empty field is a blank line, which the reader skips: written quoted, it is kept.
        const text = table.map((r) => r.map(field).join(',')).join(eol);
        assert.deepEqual(rows(text), table);
      }),
      { numRuns: 1000 },
    );
  });
});
