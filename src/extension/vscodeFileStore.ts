/** The cache's FileStore on VS Code's file system API (works in desktop and web hosts). */
import * as vscode from 'vscode';
import type { FileStore } from '../core/store/cacheStore';

export class VscodeFileStore implements FileStore {
  /** Writes to one file run one after another, so two never race over the same rename. */
  readonly #queues = new Map<string, Promise<void>>();
  #counter = 0;

  readonly #folder: vscode.Uri;

  constructor(folder: vscode.Uri) {
    this.#folder = folder;
  }

  async read(name: string): Promise<Uint8Array | null> {
    try {
      return await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.#folder, name));
    } catch {
      return null;
    }
  }

  writeAtomic(name: string, bytes: Uint8Array): Promise<void> {
    const previous = this.#queues.get(name) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => this.#write(name, bytes));
    this.#queues.set(name, next);
    return next;
  }

  async #write(name: string, bytes: Uint8Array): Promise<void> {
    await vscode.workspace.fs.createDirectory(this.#folder);
    const temp = vscode.Uri.joinPath(this.#folder, `${name}.${Date.now().toString(36)}-${(this.#counter++).toString(36)}.tmp`);
    await vscode.workspace.fs.writeFile(temp, bytes);
    await vscode.workspace.fs.rename(temp, vscode.Uri.joinPath(this.#folder, name), { overwrite: true });
  }
}
