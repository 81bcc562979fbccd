/**
 * The chat models available in the editor, through the Language Model API — guarded: the API may be
 * missing (older or other editors), list nothing, or fail; each case leaves the list empty.
 */
import * as vscode from 'vscode';
import { matchEditorModels, type EditorModel, type EditorModelMatch, type NamedRow } from '../core/models/editorModels';
import type { Log } from './log';

export class EditorModelsService implements vscode.Disposable {
  #models: EditorModel[] = [];
  /** Each refresh's number: an answer that arrives after a newer request is dropped. */
  #generation = 0;
  readonly #listeners = new Set<() => void>();
  readonly #disposables: vscode.Disposable[] = [];

  readonly #log: Log;

  constructor(log: Log) {
    this.#log = log;
    const lm = languageModelApi();
    if (!lm) {
      log.info('no Language Model API in this editor: "Your models" stays empty');
      return;
    }
    try {
      if (typeof lm.onDidChangeChatModels === 'function') this.#disposables.push(lm.onDidChangeChatModels(() => void this.refresh()));
    } catch (error) {
      // A fork's stub may throw here; the list is then read once, without updates.
      log.warn(`this editor does not report changes to its chat models: ${String(error)}`);
    }
    void this.refresh();
  }

  /** Models available now. */
  get current(): readonly EditorModel[] {
    return this.#models;
  }

  /** The editor's models matched to these rows (best-ranked first per model). */
  matchesOn<T extends NamedRow>(rows: readonly T[]): EditorModelMatch<T>[] {
    return matchEditorModels(this.#models, rows);
  }

  /** The board names of the editor's models found among these rows. */
  namesOn(rows: readonly NamedRow[]): string[] {
    return this.matchesOn(rows).flatMap((m) => (m.row ? [m.row.model] : []));
  }

  /** Calls back when the list changes; returns a disposer. */
  onChange(listener: () => void): vscode.Disposable {
    this.#listeners.add(listener);
    return new vscode.Disposable(() => this.#listeners.delete(listener));
  }

  /** Asks the editor again. */
  async refresh(): Promise<void> {
    const lm = languageModelApi();
    // Without the API there is nothing to ask: the list stays empty and the sidebar hides "Your models".
    if (!lm) return;
    const generation = ++this.#generation;
    let models: EditorModel[];
    try {
      const chat = await lm.selectChatModels({});
      models = chat.map((m) => ({ id: m.id, name: m.name, vendor: m.vendor, family: m.family, version: m.version }));
    } catch (error) {
      this.#log.warn(`could not list the editor's chat models: ${String(error)}`);
      models = [];
    }
    if (generation !== this.#generation) return;
    this.#models = models;
    for (const l of [...this.#listeners]) l();
  }

  dispose(): void {
    for (const d of this.#disposables) d.dispose();
    this.#listeners.clear();
  }
}

/** `vscode.lm` when this editor has it with `selectChatModels`; forks and older editors may not. */
function languageModelApi(): typeof vscode.lm | undefined {
  const lm = (vscode as { lm?: typeof vscode.lm }).lm;
  return lm && typeof lm.selectChatModels === 'function' ? lm : undefined;
}
