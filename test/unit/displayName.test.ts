/**
 * Display names: a few names as people read them, and the loops that replaced split/join and regular
 * expressions (for speed) checked against those expressions, which stay their specification.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { displayKey, displayName } from '../../src/core/models/displayName';
import { readVariant } from '../../src/core/models/modelVariants';
import { renameTargetsOf, RENAMES, THINKING_TO_HIGH_REASON } from '../../src/core/models/modelAliases';
import { recordedBoard } from './fixtures';

/** displayKey as it was written with regular expressions. */
const keyBySpec = (raw: string): string =>
  !/[A-Z\s]|-20\d\d|\d-\d/.test(raw)
    ? raw
    : raw
        .trim()
        .toLowerCase()
        .replace(/-20\d{2}-?[01]\d-?[0-3]\d(?=$|[-\s(])/g, '')
        .replace(/\s+/g, '-')
        .replace(/\b(\d{1,2})-(?=\d{1,2}\b)/g, '$1.');

/** Upper-casing after a number as it was written with a regular expression, through a one-word display name. */
const afterNumberBySpec = (digits: string): string => digits.replace(/(\d)([bkve])(?=$|\d)/g, (_, d: string, l: string) => `${d}${l.toUpperCase()}`);

/** Names made of the pieces the rewritten code branches on: digits, dashes, date stamps, spaces, parentheses, upper case. */
const nameLike = fc
  .array(fc.constantFrom('-', '-', '2', '0', '1', '3', '9', 'a', 'b', 'k', 'e', 'v', 'o', 'x', ' ', '\u00a0', '(', ')', '_', '.', 'X', 'B', '-20', '-2025', '-202501', '-0', 'gpt', 'qwen', 'claude'), { maxLength: 14 })
  .map((parts) => parts.join(''));

describe('display names', () => {
  it('read as the labs write them', () => {
    assert.equal(displayName(displayKey('claude-opus-4-7')), 'Claude Opus 4.7');
    assert.equal(displayName(displayKey('qwen3.7-max-20260517')), 'Qwen3.7-Max');
    assert.equal(displayName(displayKey('gpt-4-0314')), 'GPT-4-0314');
    assert.equal(displayName(displayKey('gemma-4-26b-a4b')), 'Gemma 4 26B A4B');
    assert.equal(displayName(displayKey('o4-mini')), 'o4-mini');
    assert.equal(displayName(displayKey('Inkling Small'), 'Inkling Small'), 'Inkling Small');
    assert.equal(displayName(displayKey('KAT-Coder-Pro-V1-20250101'), 'KAT-Coder-Pro-V1-20250101'), 'KAT-Coder-Pro-V1');
  });

  it('keys every name as the regular expressions did (every recorded name and 20,000 made-up ones)', () => {
    const recorded = new Set<string>();
    for (const board of [recordedBoard('webdev', '2026-08-19'), recordedBoard('text_style_control', '2026-08-19')]) {
      for (const category of board.categories) for (const e of category.entries) recorded.add(e.model);
    }
    for (const name of recorded) assert.equal(displayKey(name), keyBySpec(name), name);
    fc.assert(
      fc.property(nameLike, (name) => displayKey(name) === keyBySpec(name)),
      { numRuns: 20_000 },
    );
  });

  it('upper-cases a size letter right after a number as the regular expression did', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('1', '2', '3', 'b', 'k', 'v', 'e', 'x', '.'), { minLength: 1, maxLength: 10 }), (chars) => {
        const word = `1${chars.join('')}`;
        return displayName(word) === afterNumberBySpec(word);
      }),
      { numRuns: 5_000 },
    );
  });

  it('joins words with the family separator, skipping empty ones, as split and join did', () => {
    assert.equal(displayName('gpt--5.5-'), 'GPT-5.5');
    assert.equal(displayName('-claude--opus-'), 'Claude Opus');
    assert.equal(displayName(''), '');
    assert.equal(displayName('o3'), 'o3');
    assert.equal(displayName('o-series'), 'O Series');
  });
});

describe('variant labels and rename targets after their rewrite as loops', () => {
  it('label variants innermost first, up to three suffixes', () => {
    assert.deepEqual(readVariant('gpt-5.6-sol-xhigh-(codex-harness)'), { base: 'gpt-5.6-sol', label: 'xhigh · Codex' });
    assert.deepEqual(readVariant('claude-opus-5-max', new Set(['claude-opus-5'])), { base: 'claude-opus-5', label: 'max' });
    assert.deepEqual(readVariant('x-high-(thinking)-(codex-harness)'), { base: 'x', label: 'high · thinking · Codex' });
    assert.equal(readVariant('qwen3.8-max'), null);
    assert.equal(readVariant('high'), null);
  });

  it('give the rename of the table and the thinking → high rule, in that order', () => {
    const first = RENAMES[0];
    assert.ok(first);
    assert.deepEqual(renameTargetsOf(first.from), [
      { to: first.to, reason: first.reason },
      { to: `${first.from.slice(0, -'-thinking'.length)}-high`, reason: THINKING_TO_HIGH_REASON },
    ]);
    assert.deepEqual(renameTargetsOf('gpt-5.5'), []);
  });
});
