/** The comparison view: one webview panel, reused, showing the last comparison. */
import * as vscode from 'vscode';
import { buildModelCatalog } from '../core/models/modelCatalog';
import { compareToHostSchema, hostToCompareSchema, type HostToCompare } from '../shared/protocol';
import type { LeaderboardStore } from '../core/store/leaderboardStore';
import { compareModels, DEFAULT_COMPARE_CATEGORIES, entryNamesOn } from '../core/comparison/comparison';
import { buildCompareState } from '../core/comparison/comparisonView';
import { comparisonMarkdown } from '../core/comparison/comparisonMarkdown';
import { webviewHtml, webviewOptions } from './webviewHtml';
import type { Log } from './log';
import { messageFailureText } from './messageFailure';
import type { HistoryService } from './historyService';
import { toHistoryView } from '../core/rankings/history';
import type { CompareState } from '../shared/protocol';
import type { LeaderboardData } from '../core/boards/leaderboard';
import type { BenchmarkJoin } from '../core/models/benchmarkJoin';
import { compareBenchmarks } from '../core/comparison/benchmarkComparison';

/** The board and category whose history the comparison charts. */
const HISTORY_TRACK = { board: 'webdev', category: 'overall', title: vscode.l10n.t('Code Arena · Overall: score over time (95% interval)') };

export class ComparePanel implements vscode.Disposable {
  #panel: vscode.WebviewPanel | undefined;
  #ready = false;
  #models: readonly string[] = [];
  readonly #subscription: { dispose(): void };

  readonly #extensionUri: vscode.Uri;
  readonly #store: LeaderboardStore;
  readonly #log: Log;
  readonly #changeModels: () => Promise<void>;
  readonly #history: HistoryService;
  readonly #benchmarks: (data: LeaderboardData) => BenchmarkJoin;

  constructor(
    extensionUri: vscode.Uri,
    store: LeaderboardStore,
    log: Log,
    changeModels: () => Promise<void>,
    history: HistoryService,
    /** The benchmark sources joined to this data's models (Artificial Analysis, Design Arena, LiveBench when loaded). */
    benchmarks: (data: LeaderboardData) => BenchmarkJoin,
  ) {
    this.#extensionUri = extensionUri;
    this.#store = store;
    this.#log = log;
    this.#changeModels = changeModels;
    this.#history = history;
    this.#benchmarks = benchmarks;
    this.#subscription = store.onDataChange(() => void this.#post());
  }

  /** Models shown now. */
  get current(): readonly string[] {
    return this.#models;
  }

  /** Whether the panel is open and its script has said ready. */
  get isReady(): boolean {
    return this.#panel !== undefined && this.#ready;
  }

  /** The comparison as Markdown (empty when fewer than two models are known). */
  markdown(models: readonly string[] = this.#models): string {
    const data = this.#store.current;
    if (!data || models.length < 2) return '';
    const comparison = compareModels(data, models, DEFAULT_COMPARE_CATEGORIES);
    return comparisonMarkdown(comparison, data.provenance, compareBenchmarks(comparison, this.#benchmarks(data), buildModelCatalog(data).models));
  }

  /** Opens (or reuses) the panel on these models. */
  show(models: readonly string[]): void {
    this.#models = models;
    const title = vscode.l10n.t('Compare: {0} models', models.length);
    if (this.#panel) {
      this.#panel.title = title;
      this.#panel.reveal(vscode.ViewColumn.Active);
      void this.#post();
      return;
    }
    this.#ready = false;
    const panel = vscode.window.createWebviewPanel('modelRankings.compare', title, vscode.ViewColumn.Active, webviewOptions(this.#extensionUri));
    panel.iconPath = vscode.Uri.joinPath(this.#extensionUri, 'media', 'icon.svg');
    panel.webview.html = webviewHtml(panel.webview, this.#extensionUri, 'compare.js', vscode.l10n.t('Compare models'));
    const listeners = [
      panel.webview.onDidReceiveMessage((raw: unknown) => {
        this.#onMessage(raw).catch((error: unknown) => this.#log.error(messageFailureText('comparison panel', raw, error)));
      }),
      panel.onDidDispose(() => {
        this.#panel = undefined;
        this.#ready = false;
        for (const l of listeners) l.dispose();
      }),
    ];
    this.#panel = panel;
  }

  async #onMessage(raw: unknown): Promise<void> {
    const parsed = compareToHostSchema.safeParse(raw);
    if (!parsed.success) return;
    switch (parsed.data.type) {
      case 'ready':
        this.#ready = true;
        await this.#post();
        return;
      case 'copyMarkdown':
        await vscode.env.clipboard.writeText(this.markdown());
        this.#send({ type: 'copied' });
        return;
      case 'changeModels':
        await this.#changeModels();
        return;
    }
  }

  #send(message: HostToCompare): void {
    const checked = hostToCompareSchema.safeParse(message);
    if (!checked.success) {
      this.#log.error(`not sent to the comparison panel: ${checked.error.message.slice(0, 300)}`);
      return;
    }
    if (this.#panel && this.#ready) void this.#panel.webview.postMessage(checked.data);
  }

  /** Shows the comparison again from the data and benchmarks of now (e.g. when LiveBench arrives without new Arena data). */
  refreshView(): void {
    void this.#post();
  }

  async #post(): Promise<void> {
    // Nobody to show it to (closed, or not ready yet): no comparison, no history lookup.
    if (!this.#panel || !this.#ready) return;
    const data = this.#store.current;
    if (!data || this.#models.length < 2) return;
    const comparison = compareModels(data, this.#models, DEFAULT_COMPARE_CATEGORIES);
    const benchmarks = compareBenchmarks(comparison, this.#benchmarks(data), buildModelCatalog(data).models);
    this.#send(buildCompareState(comparison, data.provenance, await this.#historyOf(entryNamesOn(data, comparison, HISTORY_TRACK.board)), benchmarks));
  }

  /** The compared models' score histories on Code Arena, or null when no model has one. */
  async #historyOf(models: readonly string[]): Promise<CompareState['history']> {
    const series = await Promise.all(models.map((m) => this.#history.series(HISTORY_TRACK.board, HISTORY_TRACK.category, m)));
    if (series.every((s) => s.points.length < 2)) return null;
    return {
      title: HISTORY_TRACK.title,
      series: series.map(toHistoryView),
    };
  }

  dispose(): void {
    this.#subscription.dispose();
    this.#panel?.dispose();
  }
}
