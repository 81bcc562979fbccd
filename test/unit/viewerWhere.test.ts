/**
 * The dataset viewer's `/filter` pastes `where` into a DuckDB query: every model name must arrive as
 * exactly one string literal, whatever it holds. A strict reader of the clause (below) stands in for
 * DuckDB; a fake viewer answers from the recorded publications with the name that literal decodes to.
 */
import * as assert from 'node:assert/strict';
import { fetchModelHistory, pageUrl, type ArenaEndpoints } from '../../src/core/sources/arenaSource';
import type { FetchLike } from '../../src/core/sources/httpJson';
import { historyRows } from '../../src/core/rankings/historyFetch';
import { recordedDates, readRecordedFile } from '../../scripts/recordedData';
import { HOSTILE_NAMES } from '../fixtures/fixtureServer';

const ENDPOINTS: ArenaEndpoints = { viewerBase: 'https://datasets-server.huggingface.co', hubBase: 'https://huggingface.co', dataset: 'lmarena-ai/leaderboard-dataset' };

type Token = { kind: 'column'; name: string } | { kind: 'string'; value: string } | { kind: 'word'; text: string } | { kind: 'equals' };

/** Reads a `where` clause as SQL does: `"column"`, `'literal'` (a doubled quote is one quote), `=` and bare words; anything else throws. */
function tokens(where: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < where.length) {
    const c = where[i];
    if (c === ' ') {
      i++;
    } else if (c === '=') {
      out.push({ kind: 'equals' });
      i++;
    } else if (c === '"') {
      const end = where.indexOf('"', i + 1);
      if (end < 0) throw new Error(`unterminated column name at ${i}`);
      out.push({ kind: 'column', name: where.slice(i + 1, end) });
      i = end + 1;
    } else if (c === "'") {
      let value = '';
      i++;
      for (;;) {
        if (i >= where.length) throw new Error('unterminated string literal');
        if (where[i] === "'") {
          if (where[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += where[i];
        i++;
      }
      out.push({ kind: 'string', value });
    } else {
      const word = /^[A-Za-z]+/.exec(where.slice(i))?.[0];
      if (!word) throw new Error(`unexpected ${JSON.stringify(c)} at ${i} in ${where}`);
      out.push({ kind: 'word', text: word.toUpperCase() });
      i += word.length;
    }
  }
  return out;
}

/** `"column"='value'` comparisons joined by one connective (AND or OR), as columns → values. */
function comparisons(where: string, connective: 'AND' | 'OR'): [string, string][] {
  const t = tokens(where);
  const out: [string, string][] = [];
  for (let k = 0; k < t.length; k += 4) {
    const [column, equals, literal, next] = [t[k], t[k + 1], t[k + 2], t[k + 3]];
    assert.ok(column?.kind === 'column' && equals?.kind === 'equals' && literal?.kind === 'string', `a comparison at token ${k} of ${where}`);
    out.push([column.name, literal.value]);
    if (next !== undefined) assert.deepEqual(next, { kind: 'word', text: connective }, where);
  }
  return out;
}

/** Every recorded Code Arena row of the `full` split (all publications). */
const fullRows: Record<string, unknown>[] = recordedDates('webdev').flatMap((date) => readRecordedFile('webdev', date).rows.map((r) => ({ ...(r as Record<string, unknown>), leaderboard_publish_date: date })));

/** A fake `/filter` of the `full` split: reads `where` strictly and answers the rows it selects; records each URL. */
function fakeViewer(): { fetch: FetchLike; urls: URL[] } {
  const urls: URL[] = [];
  const fetch: FetchLike = (url) => {
    const parsed = new URL(url);
    urls.push(parsed);
    const where = comparisons(parsed.searchParams.get('where') ?? '', 'AND');
    const rows = fullRows.filter((r) => where.every(([column, value]) => r[column] === value));
    return Promise.resolve(new Response(JSON.stringify({ rows: rows.map((row, i) => ({ row_idx: i, row, truncated_cells: [] })), num_rows_total: rows.length, num_rows_per_page: 100, partial: false })));
  };
  return { fetch, urls };
}

/** Names with a character beyond [a-z0-9._-], as recorded on Code Arena (spaces, parentheses, upper case). */
const RECORDED_ODD_NAMES = [...new Set(fullRows.map((r) => String(r.model_name)))].filter((n) => /[^a-z0-9._-]/.test(n));

const QUOTED_NAMES = ["it's", "x' OR '1'='1", "'", "''", "claude-opus-4-7' AND \"category\"='coding", 'say "hi"', 'back\\slash\\', "\\'", 'tab\there'];

describe("dataset viewer queries (bug 3: a name with ' broke its history fetch)", () => {
  it('finds odd names among the recorded publications (a guard against an empty list)', () => {
    assert.ok(RECORDED_ODD_NAMES.includes('gpt-5.6-sol-xhigh (codex-harness)'), RECORDED_ODD_NAMES.join(', '));
    assert.ok(RECORDED_ODD_NAMES.includes('muse-spark-1.2 (xHigh)'));
  });

  for (const name of [...RECORDED_ODD_NAMES, ...HOSTILE_NAMES, ...QUOTED_NAMES]) {
    it(`asks for ${JSON.stringify(name.length > 40 ? `${name.slice(0, 40)}…` : name)} as exactly one string literal`, async () => {
      const viewer = fakeViewer();
      const fetched = await fetchModelHistory(ENDPOINTS, { fetch: viewer.fetch, timeoutMs: 5000, maxBytes: 8 * 1024 * 1024 }, 'webdev', 'overall', name);
      assert.equal(fetched.requests, 1, fetched.result.ok ? '' : fetched.result.error);
      assert.equal(viewer.urls.length, 1);
      const url = viewer.urls[0];
      assert.equal(url?.pathname, '/filter');
      assert.deepEqual(comparisons(url?.searchParams.get('where') ?? '', 'AND'), [
        ['model_name', name],
        ['category', 'overall'],
      ]);
      assert.ok(fetched.result.ok);
      const rows = historyRows(fetched.result.value, name, 'overall');
      assert.ok(rows.ok, rows.ok ? '' : rows.error);
      const recorded = fullRows.filter((r) => r.model_name === name && r.category === 'overall').length;
      assert.equal(rows.value.length, recorded, 'the answer holds exactly the recorded history of this name');
    });
  }

  it('brings back a recorded odd name’s whole history', async () => {
    const viewer = fakeViewer();
    const fetched = await fetchModelHistory(ENDPOINTS, { fetch: viewer.fetch, timeoutMs: 5000, maxBytes: 8 * 1024 * 1024 }, 'webdev', 'overall', 'gpt-5.6-sol-xhigh (codex-harness)');
    assert.ok(fetched.result.ok);
    assert.ok(fetched.result.value.length >= 2);
  });

  for (const name of ['a;b', 'drop--me', 'x /* y', 'x */ y', "'; DROP TABLE data; --"]) {
    it(`does not send ${JSON.stringify(name)}, which the viewer refuses in any where clause, and says why`, async () => {
      const viewer = fakeViewer();
      const fetched = await fetchModelHistory(ENDPOINTS, { fetch: viewer.fetch, timeoutMs: 5000, maxBytes: 8 * 1024 * 1024 }, 'webdev', 'overall', name);
      assert.equal(fetched.requests, 0);
      assert.equal(viewer.urls.length, 0);
      assert.ok(!fetched.result.ok);
      assert.match(fetched.result.error, /cannot be queried: the dataset viewer refuses/);
    });
  }

  it('builds the category filter of a board page from one literal per category', () => {
    const url = new URL(pageUrl(ENDPOINTS, 'text_style_control', ['overall', 'coding', 'hard_prompts'], 100));
    assert.equal(url.pathname, '/filter');
    assert.equal(url.searchParams.get('offset'), '100');
    assert.deepEqual(comparisons(url.searchParams.get('where') ?? '', 'OR'), [
      ['category', 'overall'],
      ['category', 'coding'],
      ['category', 'hard_prompts'],
    ]);
    assert.deepEqual(comparisons(new URL(pageUrl(ENDPOINTS, 'webdev', ["o'brien"], 0)).searchParams.get('where') ?? '', 'OR'), [['category', "o'brien"]]);
  });
});
