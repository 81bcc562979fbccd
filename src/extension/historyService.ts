/**
 * Rank history for the views: the embedded history (media/history.json) plus every snapshot the
 * extension has shown since, kept in global storage. The index (about 50 ms to build, cold) is built
 * when a view first asks for a history; until then a downloaded board only adds to the saved file.
 */
import * as vscode from 'vscode';
import type { FileStore } from '../core/store/cacheStore';
import { HistoryIndex, type HistoryFile, type HistorySeries } from '../core/rankings/history';
import { validateHistoryFile } from '../core/rankings/historyFile';
import type { LeaderboardData } from '../core/boards/leaderboard';
import type { LeaderboardStore } from '../core/store/leaderboardStore';
import { fetchFullHistory, type FullHistorySource } from '../core/rankings/fullHistory';
import type { Log } from './log';

const SEEN_FILE = 'history-seen.json';

export class HistoryService implements vscode.Disposable {
  #index: Promise<HistoryIndex> | null = null;
  /** What this extension has seen in all sessions (saved in global storage), read once. */
  readonly #seen = new HistoryIndex();
  #seenRead: Promise<void> | null = null;
  /** Board/category/model histories already asked of the `full` split in this session. */
  readonly #fetched = new Set<string>();
  readonly #subscription: { dispose(): void };
  /** Cancels the history requests still running when the extension shuts down. */
  readonly #requests = new AbortController();

  readonly #extensionUri: vscode.Uri;
  readonly #files: FileStore;
  readonly #store: LeaderboardStore;
  readonly #log: Log;
  readonly #source: FullHistorySource | null;

  constructor(
    extensionUri: vscode.Uri,
    files: FileStore,
    store: LeaderboardStore,
    log: Log,
    /** Where a model's `full`-split history is asked for; none: the embedded and seen history only. */
    source: FullHistorySource | null = null,
  ) {
    this.#extensionUri = extensionUri;
    this.#files = files;
    this.#store = store;
    this.#log = log;
    this.#source = source;
    this.#subscription = store.onDataChange((data) => void this.#record(data));
  }

  /** A model's history on a board/category (empty when unknown), completed once per session from the `full` split. */
  async series(boardId: string, categoryId: string, model: string): Promise<HistorySeries> {
    const index = await this.#load();
    const key = `${boardId}\u0000${categoryId}\u0000${model}`;
    if (!this.#fetched.has(key)) {
      this.#fetched.add(key);
      const rows = this.#source ? await fetchFullHistory(this.#source, boardId, categoryId, model, this.#requests.signal) : null;
      if (rows && rows.length > 0) {
        index.addRows(boardId, categoryId, rows);
        this.#seen.addRows(boardId, categoryId, rows);
        await this.#persist();
      }
    }
    return index.series(boardId, categoryId, model);
  }

  #load(): Promise<HistoryIndex> {
    this.#index ??= (async () => {
      const index = new HistoryIndex();
      try {
        const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.#extensionUri, 'media', 'history.json'));
        index.addFile(JSON.parse(new TextDecoder().decode(bytes)) as HistoryFile);
      } catch (error) {
        this.#log.warn(`embedded history not readable: ${String(error)}`);
      }
      await this.#readSeen();
      index.addFile(this.#seen.toFile('seen'));
      const current = this.#store.current;
      if (current) for (const b of current.boards) index.addBoard(b);
      return index;
    })();
    return this.#index;
  }

  /** Reads the saved history of earlier sessions into `seen` (a corrupt file is ignored and later replaced). */
  #readSeen(): Promise<void> {
    this.#seenRead ??= (async () => {
      const bytes = await this.#files.read(SEEN_FILE);
      if (!bytes) return;
      let file: HistoryFile | null = null;
      try {
        file = validateHistoryFile(JSON.parse(new TextDecoder().decode(bytes)));
      } catch {
        file = null;
      }
      if (file) this.#seen.addFile(file);
      else this.#log.warn('history cache is corrupt: ignored');
    })();
    return this.#seenRead;
  }

  /** Adds the boards now shown to the index when it is built; downloaded ones are remembered across sessions. */
  async #record(data: LeaderboardData): Promise<void> {
    if (this.#index) {
      const index = await this.#index;
      for (const b of data.boards) index.addBoard(b);
    }
    if (data.provenance.origin !== 'live') return;
    await this.#readSeen();
    for (const b of data.boards) this.#seen.addBoard(b, ['overall', 'coding', 'webdev-react']);
    await this.#persist();
  }

  async #persist(): Promise<void> {
    try {
      await this.#files.writeAtomic(SEEN_FILE, new TextEncoder().encode(JSON.stringify(this.#seen.toFile('Snapshots seen by this extension'))));
    } catch (error) {
      this.#log.warn(`could not save the history cache: ${String(error)}`);
    }
  }

  dispose(): void {
    this.#subscription.dispose();
    this.#requests.abort();
  }
}
