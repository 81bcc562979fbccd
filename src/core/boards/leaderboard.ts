/**
 * The leaderboard model shared by every view: boards → categories → entries.
 * Everything here is plain data so it can cross to the webview, be stored, and be diffed.
 */

/** One model's standing in one category of one board, as published. */
export interface RatedEntry {
  readonly model: string;
  readonly organization: string;
  readonly license: string;
  /** Arena score (Bradley–Terry on the Elo scale). */
  readonly rating: number;
  /** 95% confidence bounds of the score. */
  readonly lower: number;
  readonly upper: number;
  readonly variance: number;
  readonly votes: number;
  /** Plain 1..N order by rating, as the dataset publishes it. */
  readonly rank: number;
}

/** A category (e.g. `overall`, `webdev-react`, `coding`) of one board. */
export interface CategoryBoard {
  readonly id: string;
  readonly publishDate: string;
  readonly entries: readonly RatedEntry[];
}

/** A board (a dataset subset such as `webdev` = Code Arena). */
export interface Board {
  readonly id: string;
  readonly publishDate: string;
  readonly categories: readonly CategoryBoard[];
}

/** Price and context window of a model, from OpenRouter, where the name match is certain. */
export interface PriceInfo {
  readonly openRouterId: string;
  /** USD per million input tokens; null when OpenRouter did not say. */
  readonly inputPerM: number | null;
  readonly outputPerM: number | null;
  readonly contextLength: number | null;
  /** `exact`: same model; `variant`: an effort/harness variant of the priced model (same per-token price). */
  readonly match: 'exact' | 'variant';
}

/** Where the data came from, shown next to it. */
export interface Provenance {
  /** `snapshot`: shipped inside the extension; `live`: fetched; `cache`: the last good fetched copy. */
  readonly origin: 'snapshot' | 'live' | 'cache';
  readonly arenaDataset: string;
  readonly licence: string;
  /** When the data was retrieved (ISO), if known. */
  readonly retrievedAt: string | null;
  /** Publish date of OpenRouter prices (YYYY-MM-DD), if any. */
  readonly pricesDate: string | null;
}

/** Artificial Analysis indices of one OpenRouter model, 0–100; null where there is none. */
export interface ArtificialAnalysisValues {
  readonly intelligence: number | null;
  readonly coding: number | null;
  readonly agentic: number | null;
}

/** One Design Arena result (another vote-based arena): Elo, win rate (%) and rank in one arena's category. */
export interface DesignArenaValue {
  /** `models` or `agents`. */
  readonly arena: string;
  readonly category: string;
  readonly elo: number | null;
  readonly winRate: number | null;
  readonly rank: number | null;
}

/** What OpenRouter's payload says about one of its models besides the price. */
export interface OpenRouterModelBenchmarks {
  readonly artificialAnalysis: ArtificialAnalysisValues | null;
  readonly designArena: readonly DesignArenaValue[];
}

/**
 * The benchmarks that come with an OpenRouter model list (Artificial Analysis, Design Arena), as of
 * that list's date, keyed by OpenRouter id (they reach Arena models through the price match).
 */
export interface OpenRouterBenchmarkSet {
  /** Date of the OpenRouter payload (YYYY-MM-DD). */
  readonly date: string;
  readonly models: ReadonlyMap<string, OpenRouterModelBenchmarks>;
}

/** A complete, consistent set of boards with prices and provenance. */
export interface LeaderboardData {
  readonly boards: readonly Board[];
  /** Keyed by Arena model name. */
  readonly prices: ReadonlyMap<string, PriceInfo>;
  readonly provenance: Provenance;
  /** Benchmarks from the same OpenRouter payload as the prices; absent in data from before they were kept. */
  readonly benchmarks?: OpenRouterBenchmarkSet;
}

/** The attribution the CC-BY licence of the Arena dataset requires. */
export const ARENA_ATTRIBUTION = 'Data: Arena leaderboard dataset (lmarena-ai/leaderboard-dataset), CC BY 4.0';
export const ARENA_DATASET = 'lmarena-ai/leaderboard-dataset';

/** Finds a category of a board, or undefined. */
export function findCategory(board: Board, categoryId: string): CategoryBoard | undefined {
  return board.categories.find((c) => c.id === categoryId);
}

/** Finds a board by id, or undefined. */
export function findBoard(data: LeaderboardData, boardId: string): Board | undefined {
  return data.boards.find((b) => b.id === boardId);
}
