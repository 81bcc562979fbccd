/**
 * Longest strings the sidebar protocol accepts, in code points (the schemas count them so). One place for
 * the protocol's schemas and the hand-written fast path, which must agree on every limit.
 */
export const LIMITS = {
  /** Titles, labels, dates and notes. */
  shortText: 400,
  /** Board and category ids (at least one character). */
  id: 120,
  /** A model name (at least one character) and an editor model's name. */
  modelName: 300,
  /** An editor model's vendor. */
  vendor: 100,
  /** Models picked for one comparison. */
  compareModels: 6,
} as const;
