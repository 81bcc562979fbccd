/**
 * Effort, thinking and harness variants: `claude-opus-4.7-high`, `gpt-5.6-sol-xhigh (codex-harness)`,
 * `gemini-3-flash (thinking-minimal)`. A variant is the same weights run another way: its own model
 * (own row, own scores) at its base's per-token price. Names here are normalised (see normaliseModelName).
 */

/** One trailing suffix that is always an effort, thinking or harness level: `-high`, `-thinking-32k`, `-(codex-harness)`, `-(medium)`… */
const SUFFIX = /(?:-(x?high|low|minimal|thinking|reasoning|no-thinking|non-thinking)(-\d+k)?|[-\s]*\((codex-harness|x?high|medium|low|max|thinking(?:-minimal)?|non-thinking|no-thinking)\))$/;
/** Words that are an effort level for some labs and a tier for others (`mistral-medium`, `qwen3.8-max`). */
const TIER_WORD = /-(max|medium)$/;
const EMPTY: ReadonlySet<string> = new Set();
/** Labels that are effort levels (not thinking modes or harnesses). */
const LEVEL = /^(?:x?high|medium|low|minimal|max)(?: \d+k)?$/;

/** A name read as base + variant. */
export interface VariantReading {
  /** The name without its variant suffixes (`claude-opus-4.7`). */
  readonly base: string;
  /** Short label, innermost suffix first: `high`, `xhigh · Codex`, `high 32k`, `max`. */
  readonly label: string;
}

/** Whether the name ends as a suffix can (`high`, `low`, `minimal`, `thinking`, `-32k`, `)`): most names skip the regex. */
function mayHaveSuffix(name: string): boolean {
  const last = name.charCodeAt(name.length - 1);
  // h, w, l, g, k, )
  return last === 104 || last === 119 || last === 108 || last === 103 || last === 107 || last === 41;
}
const mayHaveTier = (name: string): boolean => name.endsWith('-max') || name.endsWith('-medium');

function labelOf(match: RegExpExecArray): string {
  const [, word, budget, paren] = match;
  if (paren === 'codex-harness') return 'Codex';
  return `${word ?? paren ?? ''}${budget ? ` ${budget.slice(1)}` : ''}`;
}

/**
 * Reads the variant suffixes of a normalised name (at most three, innermost last), or null when it
 * has none. `-max` and `-medium` count only for a base in `effortBases` (see effortLevelBases):
 * whether a lab uses them as effort levels or as tiers is read from the data, not assumed.
 */
export function readVariant(name: string, effortBases: Pick<ReadonlySet<string>, 'has'> = EMPTY): VariantReading | null {
  let base = name;
  // Innermost suffix first: each one read goes in front of the label so far.
  let label: string | null = null;
  for (let i = 0; i < 3; i++) {
    const match = mayHaveSuffix(base) ? SUFFIX.exec(base) : null;
    if (match && match.index > 0) {
      label = label === null ? labelOf(match) : `${labelOf(match)} · ${label}`;
      base = base.slice(0, match.index);
      continue;
    }
    const tier = mayHaveTier(base) ? TIER_WORD.exec(base) : null;
    if (tier && tier.index > 0 && effortBases.has(base.slice(0, tier.index))) {
      const word = tier[1] ?? '';
      label = label === null ? word : `${word} · ${label}`;
      base = base.slice(0, tier.index);
      continue;
    }
    break;
  }
  return label === null ? null : { base, label };
}

/** The name without its variant suffixes (`gpt-5.6-sol-xhigh-(codex-harness)` → `gpt-5.6-sol`), or null when it has none. */
export function stripVariantSuffix(name: string, effortBases: Pick<ReadonlySet<string>, 'has'> = EMPTY): string | null {
  return readVariant(name, effortBases)?.base ?? null;
}

/**
 * Bases listed with an unambiguous effort level (`claude-opus-5-high`, `gpt-5-high`), each with the
 * name that shows it: for these the tier-like words read as effort levels too (`claude-opus-5-max`,
 * `gpt-5-medium`: one base, several levels). `qwen3.8-max` and `mistral-medium` have no such
 * sibling, so the word stays part of the name.
 */
export function effortLevelBases(names: Iterable<string>): Map<string, string> {
  const bases = new Map<string, string>();
  for (const name of names) {
    // One suffix at a time (`gpt-5.4-high (codex-harness)`: the harness, then `high` → gpt-5.4).
    let rest = name;
    for (let i = 0; i < 3; i++) {
      const match = mayHaveSuffix(rest) ? SUFFIX.exec(rest) : null;
      if (!match || match.index === 0) break;
      rest = rest.slice(0, match.index);
      // Thinking modes and harnesses say nothing about effort levels: only a level counts as evidence.
      if (LEVEL.test(labelOf(match)) && !bases.has(rest)) bases.set(rest, name);
    }
  }
  return bases;
}
