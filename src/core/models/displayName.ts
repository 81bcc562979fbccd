/**
 * How a model's name is written for people: `claude-opus-4-7` → "Claude Opus 4.7",
 * `qwen3.7-max-20260517` → "Qwen3.7-Max", `gpt-5.5` → "GPT-5.5". Cosmetic only: identity is decided
 * on normalised names, never on these.
 */

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

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLower = (c: number): boolean => c >= 97 && c <= 122;

/** `31b` → `31B`, `5v` → `5V`, `128e` → `128E`: a size or suffix letter right after a number is upper case. */
function afterNumber(rest: string): string {
  if (!/\d[bkve]/.test(rest)) return rest;
  return rest.replace(/(\d)([bkve])(?=$|\d)/g, (_, d: string, l: string) => `${d}${l.toUpperCase()}`);
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
    const head = WORDS.get(letters) ?? (lead === 1 ? letters.toUpperCase() : letters.charAt(0).toUpperCase() + letters.slice(1));
    return head + afterNumber(word.slice(lead));
  }
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * A board's name as the words of its display name: lower case, date stamps removed, spaces as `-`,
 * short version numbers joined (`claude-opus-4-7` → `claude-opus-4.7`) but not release numbers
 * (`gpt-4-0314` stays, unlike in the normalised name used for identity).
 */
export function displayKey(rawName: string): string {
  if (!/[A-Z\s]|-20\d\d|\d-\d/.test(rawName)) return rawName;
  return rawName
    .trim()
    .toLowerCase()
    .replace(/-20\d{2}-?[01]\d-?[0-3]\d(?=$|[-\s(])/g, '')
    .replace(/\s+/g, '-')
    .replace(/\b(\d{1,2})-(?=\d{1,2}\b)/g, '$1.');
}

/**
 * The display name of a model's base. `baseKey` is its displayKey without variant suffixes; `rawName`
 * the board's own name when it has no variant suffix: kept as it is (less a date stamp) when the lab
 * already wrote it for people ("Inkling Small", "KAT-Coder-Pro-V1"). `cased` remembers words already
 * cased (one catalog build names ~500 models from a few hundred distinct words).
 */
export function displayName(baseKey: string, rawName: string | null = null, cased: Map<string, string> = new Map()): string {
  if (rawName !== null && /[A-Z\s]/.test(rawName)) return rawName.replace(/-20\d{6}\b/g, '').trim();
  const words = baseKey.split('-');
  const first = words[0] ?? '';
  let lead = 0;
  while (lead < first.length && isLower(first.charCodeAt(lead))) lead++;
  const family = first.slice(0, lead);
  // OpenAI writes its o-series in lower case: o3, o4-mini.
  if (family === 'o' && lead < first.length) return baseKey;
  const shown: string[] = [];
  for (const word of words) {
    if (word.length === 0) continue;
    let cw = cased.get(word);
    if (cw === undefined) {
      cw = casedWord(word);
      cased.set(word, cw);
    }
    shown.push(cw);
  }
  return shown.join(HYPHENATED.has(family) ? '-' : ' ');
}

/** The name with its variant label: "Claude Opus 5 · max". */
export function withVariant(base: string, label: string | null): string {
  return label ? `${base} · ${label}` : base;
}
