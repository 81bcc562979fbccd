/**
 * LiveBench's spellings of effort and thinking settings, read as Arena spells them, so that a
 * LiveBench row can be asked for by the catalog's own rules (matchForeign). Each rule keeps the
 * effort level: `-high-effort` becomes `-high`, never the base, and `-low-effort` never `-high`.
 * Everything not listed here is left as LiveBench wrote it, and joins only under the very same name.
 */

/** A LiveBench name read as Arena would write it, with the rules that changed it. */
export interface LiveBenchReading {
  /** Lower case, in Arena's spelling (`claude-opus-4-7-high`). */
  readonly name: string;
  /** The rules applied, for the join's note; empty when the name is used as it is. */
  readonly rules: readonly string[];
}

const LEVEL = '(low|medium|high|xhigh|max)';

/** The spelling rules, in order. Why each is the same setting is in its `rule` text. */
const RULES: readonly { readonly pattern: RegExp; readonly replace: string; readonly rule: string }[] = [
  // Claude 4.6 and later think adaptively; LiveBench names that mode `thinking-auto` before the effort, Arena only the effort.
  { pattern: new RegExp(`^(claude-.+)-thinking-auto-${LEVEL}-effort$`), replace: '$1-$2', rule: '-thinking-auto-<level>-effort (adaptive thinking at that effort) read as -<level>' },
  { pattern: new RegExp(`^(.+)-${LEVEL}-effort$`), replace: '$1-$2', rule: '-<level>-effort read as -<level>' },
  // LiveBench writes Claude 4 and 4.1 version-first (`claude-4-1-opus-20250805`), Anthropic and Arena family-first; only with the date stamp, which pins the release.
  { pattern: /^claude-(\d+(?:-\d+)?)-(opus|sonnet|haiku)-(20\d{6}(?:-.+)?)$/, replace: 'claude-$2-$1-$3', rule: 'claude-<version>-<family> read as claude-<family>-<version>' },
  // `-base` is LiveBench's Claude with thinking off, which Arena lists without a suffix (for other labs `-base` can mean pretrained weights: not read).
  { pattern: /^(claude-.+-20\d{6})-base$/, replace: '$1', rule: 'Claude -base (thinking off) read as the name without a suffix' },
];

/** Reads a LiveBench name in Arena's spelling (see RULES). */
export function readLiveBenchName(name: string): LiveBenchReading {
  let current = name.trim().toLowerCase();
  const rules: string[] = [];
  for (const { pattern, replace, rule } of RULES) {
    const next = current.replace(pattern, replace);
    if (next !== current) {
      rules.push(rule);
      current = next;
    }
  }
  return { name: current, rules };
}

/** The lab a LiveBench name's family belongs to (Arena's organisation id), or null when the family is not known. */
export function liveBenchLab(name: string): string | null {
  const lower = name.toLowerCase();
  for (const [prefix, lab] of LABS) if (lower.startsWith(prefix)) return lab;
  return null;
}

/** Model families by name prefix → Arena organisation: a join across labs is refused. */
const LABS: readonly (readonly [string, string])[] = [
  ['claude-', 'anthropic'],
  ['gpt-', 'openai'],
  ['o1', 'openai'],
  ['o3', 'openai'],
  ['o4', 'openai'],
  ['gemini-', 'google'],
  ['gemma-', 'google'],
  ['qwen', 'alibaba'],
  ['deepseek-', 'deepseek'],
  ['grok-', 'xai'],
  ['glm-', 'zai'],
  ['kimi-', 'moonshot'],
  ['minimax-', 'minimax'],
  ['mimo-', 'xiaomi'],
  ['nemotron-', 'nvidia'],
  ['devstral-', 'mistral'],
  ['mistral-', 'mistral'],
];
