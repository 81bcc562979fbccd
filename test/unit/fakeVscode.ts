/**
 * Just enough of the `vscode` module for the extension's webview classes (SidebarView, ComparePanel)
 * and HistoryService to run in plain node, with webviews whose events count their live listeners, and a
 * `vscode.lm` a test sets (absent by default, as in editors without the Language Model API).
 * `useFakeVscode()` makes `require('vscode')` load this module; everything else those classes use is real.
 */
import Module from 'node:module';
import { readFile } from 'node:fs/promises';
import { bundleTranslator } from '../../src/shared/l10n';

/**
 * An event of a fake webview, as VS Code's behave: each subscription is disposed by its subscriber;
 * a disposed view's events stop delivering (`close`) but do not dispose anybody's subscriptions.
 */
export class FakeEvent<T> {
  private readonly listeners = new Set<(value: T) => unknown>();
  private open = 0;

  readonly event = (listener: (value: T) => unknown): { dispose(): void } => {
    // Each subscription is an entry of its own, so one listener added twice counts twice.
    const entry = (value: T): unknown => listener(value);
    this.listeners.add(entry);
    this.open++;
    let disposed = false;
    return {
      dispose: () => {
        if (disposed) return;
        disposed = true;
        this.open--;
        this.listeners.delete(entry);
      },
    };
  };

  fire(value: T): void {
    for (const listener of [...this.listeners]) listener(value);
  }

  /** What VS Code does to the events of a view it disposes: nothing more is delivered. */
  close(): void {
    this.listeners.clear();
  }

  /** Subscriptions their subscriber has not disposed (yet). */
  get undisposed(): number {
    return this.open;
  }
}

/** A file URI with the few members the extension's classes use. */
export class Uri {
  private constructor(readonly path: string) {}

  static file(path: string): Uri {
    return new Uri(path);
  }

  static joinPath(base: Uri, ...segments: string[]): Uri {
    return new Uri([base.path, ...segments].join('/'));
  }

  toString(): string {
    return `file://${this.path}`;
  }
}

/** A webview: options and html as set, messages posted to it, and its one event. */
export class FakeWebview {
  options: unknown = {};
  html = '';
  readonly cspSource = 'https://fake.vscode-cdn.net';
  readonly posted: unknown[] = [];
  readonly messages = new FakeEvent<unknown>();
  readonly onDidReceiveMessage = this.messages.event;

  asWebviewUri(uri: Uri): Uri {
    return uri;
  }

  postMessage(message: unknown): Promise<boolean> {
    this.posted.push(message);
    return Promise.resolve(true);
  }
}

/** A webview view (the sidebar) or panel (the comparison): a webview, a visibility and a dispose event. */
export class FakeWebviewHost {
  readonly webview = new FakeWebview();
  readonly disposed = new FakeEvent<void>();
  readonly onDidDispose = this.disposed.event;
  readonly visibility = new FakeEvent<void>();
  readonly onDidChangeVisibility = this.visibility.event;
  title = '';
  iconPath: unknown;
  visible = true;

  /** Subscriptions to this view's and its webview's events that their subscriber has not disposed. */
  get undisposedSubscriptions(): number {
    return this.webview.messages.undisposed + this.disposed.undisposed + this.visibility.undisposed;
  }

  reveal(): void {}

  /** What VS Code does when the user hides the view (another container shown): its page is discarded. */
  hide(): void {
    this.visible = false;
    this.visibility.fire();
  }

  /** The view shown again: VS Code loads a fresh page from `webview.html`. */
  show(): void {
    this.visible = true;
    this.visibility.fire();
  }

  /** What VS Code does when the user closes the view (or the extension disposes a panel): tell, then stop delivering. */
  dispose(): void {
    this.disposed.fire();
    this.webview.messages.close();
    this.disposed.close();
    this.visibility.close();
  }
}

/** Panels the fake `window.createWebviewPanel` made, newest last. */
export const createdPanels: FakeWebviewHost[] = [];

export const ViewColumn = { Active: -1, One: 1 } as const;

export const window = {
  createWebviewPanel: (): FakeWebviewHost => {
    const panel = new FakeWebviewHost();
    createdPanels.push(panel);
    return panel;
  },
};

export const workspace = {
  fs: { readFile: async (uri: Uri): Promise<Uint8Array> => new Uint8Array(await readFile(uri.path)) },
};

/** Text written to the fake clipboard. */
export const clipboardWrites: string[] = [];
export const env = { language: 'en', clipboard: { writeText: (text: string): Promise<void> => Promise.resolve(void clipboardWrites.push(text)) } };

/** VS Code's translator, as in English (no bundle) until a test sets `bundle` (and `env.language`). */
export const l10n = {
  bundle: undefined as Record<string, string> | undefined,
  t: (message: string, ...args: (string | number | boolean)[]): string => bundleTranslator(l10n.bundle ?? {})(message, ...args.map(String)),
};

/** VS Code's EventEmitter: `event` to subscribe, `fire` to deliver, `dispose` to stop. */
export class EventEmitter<T> {
  private readonly inner = new FakeEvent<T>();
  readonly event = this.inner.event;

  fire(value: T): void {
    this.inner.fire(value);
  }

  dispose(): void {
    this.inner.close();
  }
}

/** VS Code's Disposable: calls its function once when disposed. */
export class Disposable {
  private done = false;

  constructor(private readonly callOnDispose: () => unknown) {}

  dispose(): void {
    if (this.done) return;
    this.done = true;
    this.callOnDispose();
  }
}

/** The members of `vscode.lm` the extension uses, as a test fakes them (any of them may be missing, as in forks). */
export interface FakeLanguageModelApi {
  selectChatModels?: (selector: object) => Promise<readonly { id: string; name: string; vendor: string; family: string; version: string }[]>;
  onDidChangeChatModels?: (listener: () => unknown) => { dispose(): void };
  registerTool?: (name: string, tool: object) => { dispose(): void };
}

/** `vscode.lm`: absent (like a fork without the Language Model API) until a test sets it. */
export let lm: FakeLanguageModelApi | undefined;

/** Sets what `vscode.lm` is (undefined: the editor has no Language Model API). */
export function setLanguageModelApi(api: FakeLanguageModelApi | undefined): void {
  lm = api;
}

type Resolve = (request: string, ...rest: unknown[]) => string;

/** From now on, `require('vscode')` (in this process) loads this module. */
export function useFakeVscode(): void {
  const loader = Module as unknown as { _resolveFilename: Resolve & { fake?: true } };
  if (loader._resolveFilename.fake) return;
  const real = loader._resolveFilename;
  const resolve: Resolve & { fake?: true } = (request, ...rest) => (request === 'vscode' ? __filename : Reflect.apply(real, Module, [request, ...rest]) as string);
  resolve.fake = true;
  loader._resolveFilename = resolve;
}
