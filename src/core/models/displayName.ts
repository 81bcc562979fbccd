/**
 * How a model's name is written for people: `claude-opus-4-7` → "Claude Opus 4.7",
 * `qwen3.7-max-20260517` → "Qwen3.7-Max", `gpt-5.5` → "GPT-5.5". Cosmetic only: identity is decided
 * on normalised names, never on these.
 */
import { capitalised } from '../../shared/textFormat';

/** Families whose labs write names with hyphens ("Qwen3.7-Max", "GPT-5.5", "GLM-5.1", "DeepSeek-V4-Pro"); others use spaces. */
const HYPHENATED: ReadonlySet<string> = new Set(['qwen', 'qwq', 'gpt', 'chatgpt', 'glm', 'deepseek', 'minimax', 'mimo', 'phi']);

/** Words a lab capitalises its own way. */
const WORDS: ReadonlyMap<string, string> = new Map([
  ['gpt', 'GPT'],
  ['chatgpt', 'ChatGPT'],
  ['glm', 'GLM'],
  ['deepseek', 'DeepSeek'],
  ['minimax', 'MiniMax'],
  ['mimo', 'MiMo'],
  ['qwen', 'Qwen'],
  ['qwq', 'QwQ'],
  ['oss', 'OSS'],
  ['vl', 'VL'],
  ['nvidia', 'NVIDIA'],
  ['ernie', 'ERNIE'],
  ['longcat', 'LongCat'],
  ['bf16', 'BF16'],
  ['fp8', 'FP8'],
  ['nvfp4', 'NVFP4'],
  ['it', 'IT'],
  ['ibm', 'IBM'],
]);

const DASH = 45;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLower = (c: number): boolean => c >= 97 && c <= 122;

/** `31b` → `31B`, `5v` → `5V`, `128e` → `128E`: a size or suffix letter right after a number, at the end or before a digit, is upper case. */
function afterNumber(rest: string): string {
  let shown = rest;
  for (let i = 1; i < rest.length; i++) {
    const c = rest.charCodeAt(i);
    // b, k, v, e
    if (c !== 98 && c !== 107 && c !== 118 && c !== 101) continue;
    if (!isDigit(rest.charCodeAt(i - 1)) || (i + 1 < rest.length && !isDigit(rest.charCodeAt(i + 1)))) continue;
    shown = `${shown.slice(0, i)}${String.fromCharCode(c - 32)}${shown.slice(i + 1)}`;
  }
  return shown;
}

function casedWord(word: string): string {
  const known = WORDS.get(word);
  if (known) return known;
  let lead = 0;
  while (lead < word.length && isLower(word.charCodeAt(lead))) lead++;
  if (lead === 0) return afterNumber(word);
  if (lead < word.length && isDigit(word.charCodeAt(lead))) {
    // `qwen3.7` → Qwen3.7, `k2.6` → K2.6, `a4b` → A4B.
    const letters = word.slice(0, lead);
    const head = WORDS.get(letters) ?? (lead === 1 ? letters.toUpperCase() : capitalised(letters));
    return head + afterNumber(word.slice(lead));
  }
  return capitalised(word);
}

/** What making a display key may change: upper case, spaces, a date stamp, a dash between digits. */
const KEY_MAY_CHANGE = /[A-Z\s]|-20\d\d|\d-\d/;
const DATE_STAMPS = /-20\d{2}-?[01]\d-?[0-3]\d(?=$|[-\s(])/g;
const SPACE_RUNS = /\s+/g;

/** `\w`: an ASCII letter, digit or underscore. */
const isWordChar = (c: number): boolean => isDigit(c) || isLower(c) || (c >= 65 && c <= 90) || c === 95;

/** Length of the run of digits from `from`, going `step` (1 or -1). */
function digitRun(s: string, from: number, step: 1 | -1): number {
  let n = 0;
  for (let i = from; i >= 0 && i < s.length && isDigit(s.charCodeAt(i)); i += step) n++;
  return n;
}

/**
 * `s.replace(/\b(\d{1,2})-(?=\d{1,2}\b)/g, '$1.')` as a loop (that expression was the slowest step of
 * naming ~500 models): a dash between numbers of one or two digits becomes a dot.
 */
function dotShortVersionDashes(s: string): string {
  let out = '';
  let from = 0;
  for (let i = s.indexOf('-'); i >= 0; i = s.indexOf('-', i + 1)) {
    const left = digitRun(s, i - 1, -1);
    const right = digitRun(s, i + 1, 1);
    if (left === 0 || left > 2 || right === 0 || right > 2) continue;
    const before = i - 1 - left;
    const after = i + 1 + right;
    if ((before >= 0 && isWordChar(s.charCodeAt(before))) || (after < s.length && isWordChar(s.charCodeAt(after)))) continue;
    out += `${s.slice(from, i)}.`;
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/**
 * A board's name as the words of its display name: lower case, date stamps removed, spaces as `-`,
 * short version numbers joined (`claude-opus-4-7` → `claude-opus-4.7`) but not release numbers
 * (`gpt-4-0314` stays, unlike in the normalised name used for identity).
 */
export function displayKey(rawName: string): string {
  if (!KEY_MAY_CHANGE.test(rawName)) return rawName;
  return dotShortVersionDashes(rawName.trim().toLowerCase().replace(DATE_STAMPS, '').replace(SPACE_RUNS, '-'));
}

/** A name the lab wrote for people ("Inkling Small", "KAT-Coder-Pro-V1"). */
const WRITTEN_FOR_PEOPLE = /[A-Z\s]/;
const DATE_STAMP = /-20\d{6}\b/g;

/**
 * The display name of a model's base. `baseKey` is its displayKey without variant suffixes; `rawName`
 * the board's own name when it has no variant suffix: kept as it is (less a date stamp) when the lab
 * already wrote it for people ("Inkling Small", "KAT-Coder-Pro-V1"). `cased` remembers words already
 * cased (one catalog build names ~500 models from a few hundred distinct words).
 */
export function displayName(baseKey: string, rawName: string | null = null, cased: Map<string, string> = new Map()): string {
  if (rawName !== null && WRITTEN_FOR_PEOPLE.test(rawName)) return rawName.replace(DATE_STAMP, '').trim();
  let lead = 0;
  while (lead < baseKey.length && isLower(baseKey.charCodeAt(lead))) lead++;
  const family = baseKey.slice(0, lead);
  // OpenAI writes its o-series in lower case: o3, o4-mini.
  if (family === 'o' && lead < baseKey.length && baseKey.charCodeAt(lead) !== DASH) return baseKey;
  const separator = HYPHENATED.has(family) ? '-' : ' ';
  // Words found with indexOf and joined as they come: split and join were most of the time of naming ~500 models.
  let shown = '';
  for (let start = 0; start <= baseKey.length; ) {
    let end = baseKey.indexOf('-', start);
    if (end < 0) end = baseKey.length;
    if (end > start) {
      const word = baseKey.slice(start, end);
      let cw = cased.get(word);
      if (cw === undefined) {
        cw = casedWord(word);
        cased.set(word, cw);
      }
      shown = shown.length === 0 ? cw : shown + separator + cw;
    }
    start = end + 1;
  }
  return shown;
}

/** The name with its variant label: "Claude Opus 5 · max". */
export function withVariant(base: string, label: string | null): string {
  return label ? `${base} · ${label}` : base;
}
