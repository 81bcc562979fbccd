/** Loads a built webview script (dist/*.js) into jsdom with a fake acquireVsCodeApi. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { REPO_ROOT } from './fixtures';

export interface WebviewHarness {
  readonly dom: JSDOM;
  readonly document: Document;
  /** Messages the script posted to the extension (cloned, as postMessage does). */
  readonly sent: unknown[];
  deliver(message: unknown): void;
  /** Presses a key on the table body (where the keyboard navigation listens). */
  press(key: string): void;
}

/**
 * The steps of a browser frame, run by hand (with `loadWebview(script, { viewportHeight })`): jsdom has no layout,
 * so the table's scrolling area is given a height, and the frame's callbacks run when the test says.
 */
export interface FrameSteps {
  /** Sets the height the table's scrolling area (`.table-wrap`) reports from now on. */
  setViewportHeight(px: number): void;
  /** Runs the animation-frame callbacks queued so far (a frame's first step). */
  animationFrame(): void;
  /** Runs every resize observer's callback (a frame's step after layout, before paint). */
  resizeObservers(): void;
}

/** The page the script runs in. */
export interface PageOptions {
  /** The page's HTML, e.g. as the extension builds it (its own scripts never run: the harness runs `script`); default: an empty `#app`. */
  readonly html?: string;
  /** What `getState()` returns before the script saves anything: the state the view saved when its last page was shown. */
  readonly savedState?: unknown;
}

export function loadWebview(script: 'sidebar.js' | 'compare.js', page?: PageOptions): WebviewHarness;
export function loadWebview(script: 'sidebar.js' | 'compare.js', layout: PageOptions & { viewportHeight: number }): WebviewHarness & FrameSteps;
export function loadWebview(script: 'sidebar.js' | 'compare.js', layout: PageOptions & { viewportHeight?: number } = {}): WebviewHarness & Partial<FrameSteps> {
  const dom = new JSDOM(layout.html ?? '<!DOCTYPE html><body><div id="app"></div></body>', { runScripts: 'outside-only', pretendToBeVisual: true });
  const sent: unknown[] = [];
  let state: unknown = layout.savedState;
  const win = dom.window as unknown as Record<string, unknown> & { eval(code: string): unknown };
  win.acquireVsCodeApi = () => ({ postMessage: (m: unknown) => sent.push(JSON.parse(JSON.stringify(m)) as unknown), getState: () => state, setState: (s: unknown) => (state = s) });
  (dom.window.HTMLElement.prototype as { scrollIntoView: () => void }).scrollIntoView = () => undefined; // jsdom has no layout
  const steps = layout.viewportHeight === undefined ? {} : installFrameSteps(dom, layout.viewportHeight);
  win.eval(readFileSync(resolve(REPO_ROOT, 'dist', script), 'utf8'));
  return {
    ...steps,
    dom,
    document: dom.window.document,
    sent,
    deliver: (data) => dom.window.dispatchEvent(new dom.window.MessageEvent('message', { data })),
    press: (key) => void dom.window.document.querySelector('tbody')?.dispatchEvent(new dom.window.KeyboardEvent('keydown', { key, bubbles: true })),
  };
}

/** A scrolling-area height, a queue for requestAnimationFrame and resize observers that the test fires. */
function installFrameSteps(dom: JSDOM, initialHeight: number): FrameSteps {
  let height = initialHeight;
  Object.defineProperty(dom.window.HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('table-wrap') ? height : 0;
    },
  });
  let queued: FrameRequestCallback[] = [];
  const win = dom.window as unknown as Record<string, unknown>;
  win.requestAnimationFrame = (callback: FrameRequestCallback) => queued.push(callback);
  const observers: ResizeObserverCallback[] = [];
  win.ResizeObserver = class {
    constructor(callback: ResizeObserverCallback) {
      observers.push(callback);
    }
    observe(): void {}
    disconnect(): void {}
  };
  return {
    setViewportHeight: (px) => void (height = px),
    animationFrame() {
      const run = queued;
      queued = [];
      for (const callback of run) callback(dom.window.performance.now());
    },
    resizeObservers() {
      for (const callback of observers) callback([], {} as ResizeObserver);
    },
  };
}
