/** Compare Models…: pick 2–6 models (recent and watched first), open the comparison, copy it as Markdown. */
import * as vscode from 'vscode';
import type { LeaderboardStore } from '../core/store/leaderboardStore';
import { comparePickItems } from '../core/comparison/comparePickItems';
import { buildModelCatalog } from '../core/models/modelCatalog';
import { MAX_COMPARE, MIN_COMPARE } from '../core/comparison/comparison';
import type { ComparePanel } from './comparePanel';
import type { WatchListService } from './watchListService';

const LAST_KEY = 'modelRankings.lastComparison';

interface ModelItem extends vscode.QuickPickItem {
  readonly model: string;
}

/** One item per model (not per board entry), with its entry and rank on each board; the ones to offer first on top. */
function items(store: LeaderboardStore, first: readonly string[]): ModelItem[] {
  const data = store.current;
  if (!data) return [];
  return comparePickItems(data, first).map((i) => ({ label: i.label, description: i.description, detail: i.detail, model: i.entry }));
}

/** Valid model names from an untrusted command argument (palette, context menu, tests). */
function modelsFromArgument(arg: unknown): string[] | null {
  if (Array.isArray(arg) && arg.every((m) => typeof m === 'string')) return arg as string[];
  if (arg && typeof arg === 'object' && 'model' in arg && typeof (arg as { model: unknown }).model === 'string') return [(arg as { model: string }).model];
  return null;
}

export class CompareCommands {
  readonly #store: LeaderboardStore;
  readonly #panel: ComparePanel;
  readonly #memento: vscode.Memento;
  readonly #watchList: WatchListService;
  readonly #yourModels: () => readonly string[];

  constructor(
    store: LeaderboardStore,
    panel: ComparePanel,
    memento: vscode.Memento,
    watchList: WatchListService,
    /** The editor's own chat models as Arena names, offered first. */
    yourModels: () => readonly string[] = () => [],
  ) {
    this.#store = store;
    this.#panel = panel;
    this.#memento = memento;
    this.#watchList = watchList;
    this.#yourModels = yourModels;
  }

  /** Last models compared, for "recent first" and for Copy without a panel. */
  get last(): readonly string[] {
    const saved = this.#memento.get<unknown>(LAST_KEY);
    return Array.isArray(saved) ? saved.filter((m): m is string => typeof m === 'string') : [];
  }

  /** Models a user can use first: their editor's, recent, then watched (as the status bar shows them). */
  #preferred(): string[] {
    return [...new Set([...this.#yourModels(), ...this.last, ...this.#watchList.statusModels()])];
  }

  /**
   * Compares the given models (2–6) or asks for them. A single model (context action "Compare
   * with…") is preselected in the picker.
   */
  async compare(arg?: unknown): Promise<void> {
    await this.#store.ensureLoaded();
    const valid = this.#oneEntryPerModel(modelsFromArgument(arg) ?? []);
    const models = valid.length >= MIN_COMPARE ? valid.slice(0, MAX_COMPARE) : await this.#pick(valid);
    if (!models) return;
    await this.#memento.update(LAST_KEY, models);
    this.#panel.show(models);
  }

  /**
   * Names as people write them ("Claude Opus 4.7") or as a board lists them, as one entry name per
   * model (the one its picker item carries); names that are no model are dropped.
   */
  #oneEntryPerModel(names: readonly string[]): string[] {
    const data = this.#store.current;
    if (!data) return [];
    const catalog = buildModelCatalog(data);
    return [...new Set(names.map((m) => catalog.resolve(m)?.entries[0]?.name).filter((m): m is string => m !== undefined))];
  }

  /** Asks again, with the given models preselected ("Change models…" in the panel). */
  async changeModels(preselected: readonly string[]): Promise<void> {
    const models = await this.#pick(preselected);
    if (!models) return;
    await this.#memento.update(LAST_KEY, models);
    this.#panel.show(models);
  }

  /** Compares the watched models, exactly those the status bar shows (its hover link). */
  async compareWatched(): Promise<void> {
    await this.#store.ensureLoaded();
    const watched = this.#watchList.statusModels();
    await this.compare(watched.length >= MIN_COMPARE ? watched : undefined);
  }

  /** Copies the current (or last) comparison as Markdown. */
  async copyMarkdown(): Promise<void> {
    await this.#store.ensureLoaded();
    const models = this.#panel.current.length >= MIN_COMPARE ? this.#panel.current : this.last;
    if (models.length < MIN_COMPARE) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Model Rankings: compare two or more models first.'));
      return;
    }
    await vscode.env.clipboard.writeText(this.#panel.markdown(models));
    void vscode.window.showInformationMessage(vscode.l10n.t('Model Rankings: comparison of {0} models copied as Markdown.', models.length));
  }

  #pick(preselected: readonly string[]): Promise<string[] | undefined> {
    const quickPick = vscode.window.createQuickPick<ModelItem>();
    const all = items(this.#store, [...preselected, ...this.#preferred()]);
    const title = vscode.l10n.t('Model Rankings: Compare Models');
    quickPick.title = title;
    quickPick.placeholder = vscode.l10n.t('Pick {0} to {1} models (type to search, Space to select, Enter to compare)', MIN_COMPARE, MAX_COMPARE);
    quickPick.canSelectMany = true;
    quickPick.matchOnDescription = true;
    quickPick.matchOnDetail = true;
    quickPick.items = all;
    const preselect = this.#oneEntryPerModel(preselected);
    quickPick.selectedItems = all.filter((i) => preselect.includes(i.model));
    return new Promise((resolve) => {
      let done = false;
      // QuickPick has no validation message: the title says what is wrong with the selection.
      quickPick.onDidChangeSelection((selected) => {
        quickPick.title = selected.length > MAX_COMPARE ? vscode.l10n.t('{0} (at most {1}: {2} selected)', title, MAX_COMPARE, selected.length) : vscode.l10n.t('{0} ({1} selected)', title, selected.length);
      });
      quickPick.onDidAccept(() => {
        const chosen = quickPick.selectedItems.map((i) => i.model);
        if (chosen.length < MIN_COMPARE || chosen.length > MAX_COMPARE) {
          quickPick.title = vscode.l10n.t('{0}: select {1} to {2} models (now {3})', title, MIN_COMPARE, MAX_COMPARE, chosen.length);
          return;
        }
        done = true;
        resolve(chosen);
        quickPick.hide();
      });
      quickPick.onDidHide(() => {
        if (!done) resolve(undefined);
        quickPick.dispose();
      });
      quickPick.show();
    });
  }
}
