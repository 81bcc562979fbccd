/**
 * The one owner of "which models are watched". The status bar, the sidebar's stars, the alerts and
 * the Watch / Unwatch / Compare Watched commands all ask it, so they never disagree: until the user
 * sets a list of their own, the watched models are the editor's chat models found on the status
 * bar's board (else the shipped default), and editing the list starts from exactly that.
 */
import type { LeaderboardStore } from '../core/store/leaderboardStore';
import { categoryRows, type LeaderboardRow } from '../core/rankings/leaderboardRows';
import { effectiveWatchQueries, sameModelOn, toggleWatchQuery, watchedModelNames } from '../core/models/watchList';
import { buildModelCatalog } from '../core/models/modelCatalog';
import { queryMatchesModel } from '../core/models/modelMatching';
import type { NamedRow } from '../core/models/editorModels';
import type { Settings } from './settings';

export interface WatchListDeps {
  readonly store: LeaderboardStore;
  /** The editor's chat models found among these rows, as board names. */
  readonly editorModelNames: (rows: readonly NamedRow[]) => readonly string[];
  readonly readSettings: () => Settings;
  readonly save: (queries: readonly string[]) => Promise<void>;
}

export class WatchListService {
  readonly #deps: WatchListDeps;

  constructor(deps: WatchListDeps) {
    this.#deps = deps;
  }

  /** Rows of the status bar's board and category, where the watch list is resolved. */
  statusRows(settings: Settings = this.#deps.readSettings()): readonly LeaderboardRow[] {
    const data = this.#deps.store.current;
    return data ? categoryRows(data, settings.statusBarBoard, settings.statusBarCategory) : [];
  }

  /** The watch list in force, with the editor's models looked up among `rows`. */
  queriesFor(rows: readonly NamedRow[], settings: Settings = this.#deps.readSettings()): readonly string[] {
    return effectiveWatchQueries({ queries: settings.watchedModels, userSet: settings.watchedModelsUserSet }, this.#deps.editorModelNames(rows));
  }

  /** The watch list in force on the status bar's board. */
  queries(settings: Settings = this.#deps.readSettings()): readonly string[] {
    return this.queriesFor(this.statusRows(settings), settings);
  }

  /** The models the status bar shows, as names on its board, in the list's order. */
  statusModels(settings: Settings = this.#deps.readSettings()): string[] {
    const rows = this.statusRows(settings);
    const data = this.#deps.store.current;
    const sameModel = data ? sameModelOn(buildModelCatalog(data), settings.statusBarBoard) : undefined;
    return [...new Set(watchedModelNames(this.queriesFor(rows, settings), rows, sameModel))];
  }

  /** Adds a model (no change when an entry already names it). */
  async watch(model: string): Promise<void> {
    const current = this.queries();
    if (current.some((q) => queryMatchesModel(q, model))) return;
    await this.#deps.save([...current, model]);
  }

  /** Removes these entries of the list in force. */
  async unwatch(remove: readonly string[]): Promise<void> {
    const current = this.queries();
    const next = current.filter((q) => !remove.includes(q));
    if (next.length !== current.length) await this.#deps.save(next);
  }

  /** A star click on a board's entry: unwatches its model when an entry names it (on any board), else watches it. */
  async toggle(model: string, boardId: string, rows: readonly LeaderboardRow[]): Promise<void> {
    const data = this.#deps.store.current;
    const sameModel = data ? sameModelOn(buildModelCatalog(data), boardId) : undefined;
    await this.#deps.save(toggleWatchQuery(this.queries(), model, rows, sameModel));
  }
}
