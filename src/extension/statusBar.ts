/** The status bar item: watched models' ranks on the chosen board, a rich hover, click to reveal. */
import * as vscode from 'vscode';
import type { LeaderboardStore } from '../core/store/leaderboardStore';
import { categoryRows } from '../core/rankings/leaderboardRows';
import { resolveWatchList, sameModelOn } from '../core/models/watchList';
import { statusHoverMarkdown, statusText } from '../core/views/statusSummary';
import { boardShortTitle, boardTitle, categoryLabel } from '../core/boards/boardCatalog';
import { findBoard, findCategory } from '../core/boards/leaderboard';
import { originNote } from '../core/views/originNote';
import { buildModelCatalog } from '../core/models/modelCatalog';
import { compactModelName, displayModelName } from '../core/views/modelNames';
import { COMMANDS, STATUS_ITEM_ID } from './commandIds';
import type { Settings } from './settings';
import type { WatchListService } from './watchListService';
import type { LeaderboardData } from '../core/boards/leaderboard';
import type { BenchmarkJoin } from '../core/models/benchmarkJoin';
import { codingBenchmarkLine } from '../core/views/benchmarkLine';

export class StatusBar implements vscode.Disposable {
  readonly #item: vscode.StatusBarItem;
  readonly #subscription: { dispose(): void };

  readonly #store: LeaderboardStore;
  #settings: Settings;
  readonly #watchList: WatchListService;
  readonly #benchmarks: (data: LeaderboardData) => BenchmarkJoin;

  constructor(
    store: LeaderboardStore,
    settings: Settings,
    watchList: WatchListService,
    /** The benchmark sources joined to the data's models (one hover line per watched model). */
    benchmarks: (data: LeaderboardData) => BenchmarkJoin,
  ) {
    this.#store = store;
    this.#settings = settings;
    this.#watchList = watchList;
    this.#benchmarks = benchmarks;
    this.#item = vscode.window.createStatusBarItem(STATUS_ITEM_ID, vscode.StatusBarAlignment.Right, 100);
    this.#item.name = 'Model Rankings';
    this.#item.command = COMMANDS.revealWatched;
    this.#item.text = '$(loading~spin) Model Rankings';
    this.#item.accessibilityInformation = { label: vscode.l10n.t('Model Rankings: loading'), role: 'button' };
    this.#subscription = store.onChange(() => this.#update());
    this.#update();
  }

  /** Applies new settings (watch list, board, visibility). */
  updateSettings(settings: Settings): void {
    this.#settings = settings;
    this.#update();
  }

  /** Recomputes the text (e.g. when the editor's models change). */
  refresh(): void {
    this.#update();
  }

  /** Text shown now (for tests and the reveal command). */
  get text(): string {
    return this.#item.text;
  }

  #update(): void {
    const { statusBarEnabled, statusBarBoard, statusBarCategory } = this.#settings;
    if (!statusBarEnabled) {
      this.#item.hide();
      return;
    }
    const data = this.#store.current;
    if (!data) {
      this.#item.show();
      return;
    }
    const board = findBoard(data, statusBarBoard) ?? data.boards[0];
    if (!board) return;
    const category = findCategory(board, statusBarCategory) ?? board.categories[0];
    if (!category) return;
    const rows = categoryRows(data, board.id, category.id);
    const catalog = buildModelCatalog(data);
    const hits = resolveWatchList(this.#watchList.queriesFor(rows, this.#settings), rows, sameModelOn(catalog, board.id));
    const text = statusText(hits, boardShortTitle(board.id), (entry) => compactModelName(catalog, board.id, entry));
    this.#item.text = `$(graph) ${text}`;
    this.#item.accessibilityInformation = { label: vscode.l10n.t('Model Rankings: {0}', text.replace(/#/g, vscode.l10n.t('rank '))), role: 'button' };
    const hover = new vscode.MarkdownString(
      statusHoverMarkdown(hits, {
        boardTitle: boardTitle(board.id),
        boardShort: boardShortTitle(board.id),
        categoryLabel: categoryLabel(category.id),
        publishDate: category.publishDate,
        originNote: originNote(data.provenance),
        top: rows.slice(0, 3),
        total: rows.length,
        displayName: (entry) => displayModelName(catalog, board.id, entry),
        benchmarks: (entry) => {
          const model = catalog.modelOfEntry(board.id, entry);
          return model ? codingBenchmarkLine(this.#benchmarks(data).of(model)) : null;
        },
      }),
    );
    hover.appendMarkdown(`\n\n[${vscode.l10n.t('Compare watched models')}](command:${COMMANDS.compareWatched}) · [${vscode.l10n.t('Open leaderboard')}](command:${COMMANDS.revealWatched})`);
    // Only this extension's own two commands may run from the hover; data strings are escaped.
    hover.isTrusted = { enabledCommands: [COMMANDS.compareWatched, COMMANDS.revealWatched] };
    hover.supportHtml = false;
    this.#item.tooltip = hover;
    this.#item.show();
  }

  dispose(): void {
    this.#subscription.dispose();
    this.#item.dispose();
  }
}
