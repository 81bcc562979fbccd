/**
 * Pairs of names that normalising cannot find but the data shows are one model. Every entry says
 * why: the type requires a reason, so an alias cannot be added on a hunch.
 */

/** Arena listed a model under a new name: the same model, its series continues. */
export interface RenameAlias {
  readonly from: string;
  readonly to: string;
  /** The evidence, e.g. the publish where one name left and the other arrived with the votes carried over. */
  readonly reason: string;
}

/** An Arena name and the OpenRouter id of the same model, where the names differ by more than spelling. */
export interface OpenRouterAlias {
  readonly arenaName: string;
  readonly openRouterId: string;
  readonly reason: string;
}

/**
 * Arena renames seen in the recorded Code Arena publishes. Each pair left and arrived in the same
 * publish with its vote count carried over (a new model starts from zero votes).
 */
export const RENAMES: readonly RenameAlias[] = [
  {
    from: 'claude-opus-4-6-thinking',
    to: 'claude-opus-4-6-high',
    reason: 'Arena renamed it on 2026-08-12 (Code Arena Overall: 16,054 votes on 2026-08-11, 16,123 under the new name on 2026-08-12)',
  },
  {
    from: 'gemini-3.6-flash',
    to: 'gemini-3.6-flash-high',
    reason: 'Arena renamed it on 2026-08-12 (Code Arena Overall: 5,218 votes on 2026-08-11, 5,289 under the new name on 2026-08-12)',
  },
  {
    from: 'claude-opus-4-5-20251101-thinking-32k',
    to: 'claude-opus-4-5-20251101-high-32k',
    reason: 'Arena renamed it on 2026-08-12 (Code Arena Overall: 10,623 votes on 2026-08-11, 10,618 under the new name on 2026-08-12)',
  },
  {
    from: 'claude-sonnet-4-5-20250929-thinking-32k',
    to: 'claude-sonnet-4-5-20250929-high-32k',
    reason: 'Arena renamed it on 2026-08-12 (Code Arena Overall: 12,803 votes on 2026-08-11, 12,799 under the new name on 2026-08-12)',
  },
];

/** Arena's own rule of the 2026-08-12 publish: every `X-thinking` became `X-high`. */
export const THINKING_TO_HIGH_REASON = 'Arena renamed `X-thinking` to `X-high` on 2026-08-12 (e.g. claude-opus-4-7-thinking → claude-opus-4-7-high, votes carried over)';

/** Arena names whose OpenRouter id adds Google's `-it` (instruction-tuned) suffix. */
export const OPENROUTER_ALIASES: readonly OpenRouterAlias[] = [
  { arenaName: 'gemma-4-31b', openRouterId: 'google/gemma-4-31b-it', reason: 'Google publishes the instruction-tuned Gemma 4 31B as gemma-4-31b-it (Hugging Face google/gemma-4-31B-it); Arena lists the chat model without -it' },
  { arenaName: 'gemma-4-26b-a4b', openRouterId: 'google/gemma-4-26b-a4b-it', reason: 'Google publishes the instruction-tuned Gemma 4 26B A4B as gemma-4-26b-a4b-it (Hugging Face google/gemma-4-26B-A4B-it); Arena lists the chat model without -it' },
];

/** The alias target of a rename, and Arena's thinking → high rule, for one name (raw, as published). */
export function renameTargetsOf(name: string): { to: string; reason: string }[] {
  // A loop rather than filter and map: grouping asks this of every one of ~500 names, and almost all have no target.
  const targets: { to: string; reason: string }[] = [];
  for (const r of RENAMES) if (r.from === name) targets.push({ to: r.to, reason: r.reason });
  if (name.endsWith('-thinking')) targets.push({ to: `${name.slice(0, -'-thinking'.length)}-high`, reason: THINKING_TO_HIGH_REASON });
  return targets;
}
