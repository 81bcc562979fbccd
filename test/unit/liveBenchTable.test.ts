/**
 * LiveBench's two files → category scores, on the recorded release and on every bad input the
 * issue lists: each is either read correctly or rejected with a message naming LiveBench.
 */
import * as assert from 'node:assert/strict';
import { LIVEBENCH_AGENTIC_CODING, LIVEBENCH_CODING, liveBenchScore, parseLiveBench, parseLiveBenchCategories, type LiveBenchBoard } from '../../src/core/sources/liveBenchTable';
import { LIVEBENCH_CATEGORY_FAULTS, LIVEBENCH_TABLE_FAULTS, RECORDED_RELEASE, recordedLiveBench, withCell } from '../fixtures/liveBenchFaults';

const recorded = recordedLiveBench();

function board(table = recorded.table, categories = recorded.categories): LiveBenchBoard {
  const parsed = parseLiveBench(RECORDED_RELEASE, table, categories);
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.error);
  return parsed.value;
}

function rejected(table: string, categories = recorded.categories): string {
  const parsed = parseLiveBench(RECORDED_RELEASE, table, categories);
  assert.ok(!parsed.ok, 'accepted');
  assert.match(parsed.error, /^LiveBench: /);
  return parsed.error;
}

const score = (b: LiveBenchBoard, model: string, category: string): number | null => {
  const m = b.models.find((x) => x.model === model);
  assert.ok(m, `${model} missing`);
  return liveBenchScore(b, m, category);
};

const near = (actual: number | null, expected: number): void => assert.ok(actual !== null && Math.abs(actual - expected) < 1e-9, `${actual} ≠ ${expected}`);

/** The recorded qwen3.7-max row, read here by hand from the CSV (columns by name). */
const QWEN = { code_generation: 78.873, code_completion: 69.565, javascript: 45.0, typescript: 40.0, python: 70.0 };

describe('LiveBench table and categories', () => {
  it('reads the recorded release: 7 categories from the categories file, 126 models, the short row left out and said so', () => {
    const b = board();
    assert.deepEqual(
      b.categories.map((c) => c.name),
      ['Reasoning', 'Coding', 'Agentic Coding', 'Mathematics', 'Data Analysis', 'Language', 'IF'],
    );
    assert.deepEqual(b.categories.find((c) => c.name === LIVEBENCH_CODING)?.tasks, ['code_generation', 'code_completion']);
    assert.deepEqual(b.categories.find((c) => c.name === LIVEBENCH_AGENTIC_CODING)?.tasks, ['javascript', 'typescript', 'python']);
    assert.equal(b.models.length, 126);
    assert.equal(b.release, '2026_01_08');
    assert.deepEqual(b.problems, ['LiveBench: row 110 has 21 cells, not 24; left out']);
    assert.ok(!b.models.some((m) => m.model === 'nemotron-3-super-120b-a12b'));
  });

  it('averages a category over its task columns and the overall over the categories, as the site does', () => {
    const b = board();
    near(score(b, 'qwen3.7-max', LIVEBENCH_CODING), (QWEN.code_generation + QWEN.code_completion) / 2);
    near(score(b, 'qwen3.7-max', LIVEBENCH_AGENTIC_CODING), (QWEN.javascript + QWEN.typescript + QWEN.python) / 3);
    const qwen = b.models.find((m) => m.model === 'qwen3.7-max');
    assert.ok(qwen);
    near(qwen.overall ?? Number.NaN, qwen.scores.reduce<number>((s, v) => s + (v ?? 0), 0) / 7);
    assert.equal(score(b, 'qwen3.7-max', 'No Such Category'), null);
  });

  it('skips empty cells in a category mean, and a category with no cells in the overall', () => {
    const b = board(LIVEBENCH_TABLE_FAULTS.csvEmptyCells(recorded.table));
    near(score(b, 'qwen3.7-max', LIVEBENCH_AGENTIC_CODING), QWEN.python);
    const none = board(withCell(withCell(withCell(recorded.table, 'qwen3.7-max', 'javascript', ''), 'qwen3.7-max', 'typescript', ''), 'qwen3.7-max', 'python', ''));
    const qwen = none.models.find((m) => m.model === 'qwen3.7-max');
    assert.equal(qwen && liveBenchScore(none, qwen, LIVEBENCH_AGENTIC_CODING), null);
    const others = qwen?.scores.filter((s): s is number => s !== null) ?? [];
    assert.equal(others.length, 6);
    near(qwen?.overall ?? null, others.reduce((a, v) => a + v, 0) / 6);
  });

  it('reads the same scores through a BOM, CRLF line ends, quoted fields and an extra column', () => {
    const plain = board();
    for (const fault of ['csvBom', 'csvCrlf', 'csvQuotedCommas', 'csvExtraColumn'] as const) {
      const b = board(LIVEBENCH_TABLE_FAULTS[fault](recorded.table));
      assert.equal(b.models.length, 126, fault);
      const name = fault === 'csvQuotedCommas' ? 'qwen3.7-max, "preview"' : 'qwen3.7-max';
      assert.deepEqual(b.models.find((m) => m.model === name)?.scores, plain.models.find((m) => m.model === 'qwen3.7-max')?.scores, fault);
    }
    assert.ok(board(LIVEBENCH_TABLE_FAULTS.csvExtraColumn(recorded.table)).problems.includes("LiveBench: column 'cost' belongs to no category; not counted"));
  });

  it('rejects a table without a model column, or whose columns do not match the categories file', () => {
    assert.equal(rejected(LIVEBENCH_TABLE_FAULTS.csvNoModelColumn(recorded.table)), "LiveBench: the table has no 'model' column");
    assert.equal(rejected(LIVEBENCH_TABLE_FAULTS.csvRenamedColumn(recorded.table)), 'LiveBench: the categories file names columns the table does not have: code_generation (Coding)');
    assert.equal(rejected(LIVEBENCH_TABLE_FAULTS.csvMissingColumn(recorded.table)), 'LiveBench: the categories file names columns the table does not have: python (Agentic Coding)');
    assert.equal(rejected(recorded.table, LIVEBENCH_CATEGORY_FAULTS.categoriesUnknownColumn(recorded.categories)), 'LiveBench: the categories file names columns the table does not have: swe_bench (Coding)');
    assert.match(rejected(recorded.table.replace(/^model,AMPS_Hard/, 'model,model')), /two columns named 'model'/);
  });

  it('leaves out a non-numeric or out-of-range score (that cell only) and says so', () => {
    for (const fault of ['csvNonNumeric', 'csvOutOfRange'] as const) {
      const b = board(LIVEBENCH_TABLE_FAULTS[fault](recorded.table));
      near(score(b, 'qwen3.7-max', LIVEBENCH_CODING), QWEN.code_completion);
      assert.equal(b.models.length, 126);
      assert.match(b.problems.join('\n'), /'qwen3\.7-max': '(n\/a|140\.0)' in code_generation is not a score from 0 to 100; left out/);
    }
    for (const junk of ['-1', 'NaN', 'Infinity', '1e400', '0x10', '50%']) {
      const b = board(withCell(recorded.table, 'qwen3.7-max', 'python', junk));
      near(score(b, 'qwen3.7-max', LIVEBENCH_AGENTIC_CODING), (QWEN.javascript + QWEN.typescript) / 2);
    }
  });

  it('rejects a table in which many scores are unreadable (not a leaderboard any more)', () => {
    const garbled = recorded.table.replace(/\b\d+\.\d+\b/g, (m, offset: number) => (offset % 5 === 0 ? 'x' : m));
    assert.match(rejected(garbled), /scores in the table are not numbers from 0 to 100/);
  });

  it('leaves out every row of a model listed twice (which one is right would be a guess)', () => {
    const b = board(LIVEBENCH_TABLE_FAULTS.csvDuplicateRow(recorded.table));
    assert.ok(!b.models.some((m) => m.model === 'qwen3.7-max'));
    assert.equal(b.models.length, 125);
    assert.ok(b.problems.includes("LiveBench: 'qwen3.7-max' has more than one row; left out"));
  });

  it('rejects HTML served instead of the files, a cut-off quote, an empty table and broken categories', () => {
    const page = '<!DOCTYPE html><html><body>Just a moment…</body></html>';
    assert.equal(rejected(page), 'LiveBench: got a web page instead of the table (CSV)');
    assert.equal(rejected(recorded.table, page), 'LiveBench: got a web page instead of the categories file');
    assert.match(rejected(LIVEBENCH_TABLE_FAULTS.csvUnterminatedQuote(recorded.table)), /not readable CSV: a quoted field that starts on line 120 never ends/);
    assert.equal(rejected('model,code_generation\n'), 'LiveBench: the table is empty');
    for (const categories of ['{"Coding": "code_generation"}', '[]', '{}', '{"Coding": []}', '{"Coding": ["a", "a"]}', recorded.categories.slice(0, 100)]) {
      assert.ok(!parseLiveBenchCategories(categories).ok, categories);
    }
  });

  it('rejects a table cut off in the middle of a row (a short row with a line end after it is only left out)', () => {
    const cut = recorded.table.slice(0, recorded.table.indexOf('qwen3.7-max,') + 40);
    assert.equal(rejected(cut), 'LiveBench: the table ends in the middle of a row (the file is cut short)');
    // 118 rows before the cut one, less the recorded short row.
    assert.equal(board(`${cut}\n`).models.length, 117);
  });
});
