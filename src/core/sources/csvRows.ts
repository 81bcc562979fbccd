/**
 * A small RFC 4180 CSV reader: comma-separated fields, `"quoted, fields"` with `""` for a quote,
 * records ended by CRLF, LF or CR, a leading BOM ignored, blank lines skipped. Malformed quoting is
 * an error with its line number rather than a guess: the caller keeps its last good data.
 * Hand-written because the one file it reads is small and machine-written (see docs-benchmarks.md).
 */

export type CsvRows = { readonly ok: true; readonly rows: string[][] } | { readonly ok: false; readonly error: string };

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** Line breaks (CRLF, LF or a lone CR) in text[from, to), for error messages. */
function breaksIn(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === LF || (c === CR && text.charCodeAt(k + 1) !== LF)) count++;
  }
  return count;
}

/** Splits `text` into records of fields; at most `maxRows` records (more is an error, not a cut). */
export function parseCsvRows(text: string, maxRows = 10_000): CsvRows {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const n = text.length;
  while (i < n) {
    if (row.length === 0) {
      // Blank lines between (or before) records are skipped.
      const from = i;
      while (i < n && (text.charCodeAt(i) === LF || text.charCodeAt(i) === CR)) i++;
      line += breaksIn(text, from, i);
      if (i >= n) break;
    }
    // One field: `i` is at its start; after it, at a comma, a line end or the end of the text.
    if (text.charCodeAt(i) === QUOTE) {
      const startLine = line;
      let value = '';
      let from = i + 1;
      for (;;) {
        const close = text.indexOf('"', from);
        if (close < 0) return { ok: false, error: `a quoted field that starts on line ${startLine} never ends (the file is cut short)` };
        value += text.slice(from, close);
        line += breaksIn(text, from, close);
        if (text.charCodeAt(close + 1) !== QUOTE) {
          i = close + 1;
          break;
        }
        value += '"';
        from = close + 2;
      }
      const next = text.charCodeAt(i);
      if (i < n && next !== COMMA && next !== LF && next !== CR) return { ok: false, error: `text after a closing quote on line ${line}` };
      row.push(value);
    } else {
      let end = i;
      for (; end < n; end++) {
        const c = text.charCodeAt(end);
        if (c === COMMA || c === LF || c === CR) break;
        if (c === QUOTE) return { ok: false, error: `a quote inside an unquoted field on line ${line}` };
      }
      row.push(text.slice(i, end));
      i = end;
    }
    if (text.charCodeAt(i) === COMMA) {
      i++;
      const after = text.charCodeAt(i);
      if (i < n && after !== LF && after !== CR) continue;
      // A comma that ends a record (or the text) leaves one more, empty, field.
      row.push('');
    }
    // A line end or the end of the text closes the record.
    if (text.charCodeAt(i) === CR) i += text.charCodeAt(i + 1) === LF ? 2 : 1;
    else if (i < n) i++;
    line++;
    rows.push(row);
    row = [];
    if (rows.length > maxRows) return { ok: false, error: `more than ${maxRows} rows` };
  }
  return { ok: true, rows };
}
