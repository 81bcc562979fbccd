/**
 * A model as people think of it ("Qwen3.7-Max", "Claude Opus 4.7 · high"), and the entries that are
 * that model on each board. Plain data: built by modelCatalog, read by every view.
 */
import type { PriceInfo } from '../boards/leaderboard';

/** An entry as a board publishes it. */
export interface EntryRef {
  readonly boardId: string;
  /** The board's name for it, as published (`qwen3.7-max-20260517`). */
  readonly name: string;
}

/**
 * The rules that merge entries, strongest first:
 * - `same-name`: the same name up to a date stamp and spelling (case, spaces, `4-7` ≡ `4.7`) on two boards;
 * - `rename`: an Arena rename on one board (old name left in categories not republished since);
 * - `preview-release`: `X-preview` on one board and `X` on another, where the data allows no other reading.
 */
export type MergeRule = 'same-name' | 'rename' | 'preview-release';

/** Why an entry is this model: which rule, on which evidence. */
export interface MergeReason {
  readonly rule: MergeRule;
  /** The entry it was found to be the same model as. */
  readonly sameAs: EntryRef;
  /** One sentence for the log and tooltips. */
  readonly because: string;
}

/** One board's entry that is this model. */
export interface ModelEntry extends EntryRef {
  readonly organization: string;
  /** Categories of the board listing it under this name, in the board's order. */
  readonly categories: readonly string[];
  /** Its published rank in `rankCategory` (the board's overall category when it is listed there). */
  readonly rank: number | null;
  readonly rankCategory: string | null;
  /** How it joined the model; null for the entry the model is named after. */
  readonly merge: MergeReason | null;
}

/** An effort, thinking or harness variant: its own model, related to its base. */
export interface ModelVariant {
  /** "high", "xhigh · Codex", "max", "thinking-minimal". */
  readonly label: string;
  /** Normalised name of the base (`claude-opus-4.7`). */
  readonly baseKey: string;
  /** The base model's id when the base is listed itself, else null. */
  readonly baseId: string | null;
  /** How the name was read, when it needed evidence (`-max` as an effort level). */
  readonly because: string | null;
}

export interface ModelIdentity {
  /** Unique within a catalog; the normalised name when it is free. Not meant to be stored: store entry names. */
  readonly id: string;
  /** Display name with the variant label: "Claude Opus 5 · max". */
  readonly name: string;
  /** Display name without the variant: "Claude Opus 5". */
  readonly baseName: string;
  readonly organization: string;
  readonly variant: ModelVariant | null;
  /** Per board (boards in display order), the entry the model is named after first. */
  readonly entries: readonly ModelEntry[];
  /** OpenRouter price, when its entries' match is certain and they agree. */
  readonly price: PriceInfo | null;
  /** Why this model was kept apart from every other (a hostile or colliding name), else null. */
  readonly keptApart: string | null;
}

/** A merge or a refusal, for the log. */
export interface CatalogNote {
  readonly kind: 'merged' | 'not-merged';
  readonly entries: readonly EntryRef[];
  readonly text: string;
}
