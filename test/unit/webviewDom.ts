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

export function loadWebview(script: 'sidebar.js' | 'compare.js'): WebviewHarness {
  const dom = new JSDOM('<!DOCTYPE html><body><div id="app"></div></body>', { runScripts: 'outside-only', pretendToBeVisual: true });
  const sent: unknown[] = [];
  let state: unknown;
  const win = dom.window as unknown as Record<string, unknown> & { eval(code: string): unknown };
  win.acquireVsCodeApi = () => ({ postMessage: (m: unknown) => sent.push(JSON.parse(JSON.stringify(m)) as unknown), getState: () => state, setState: (s: unknown) => (state = s) });
  (dom.window.HTMLElement.prototype as { scrollIntoView: () => void }).scrollIntoView = () => undefined; // jsdom has no layout
  win.eval(readFileSync(resolve(REPO_ROOT, 'dist', script), 'utf8'));
  return {
    dom,
    document: dom.window.document,
    sent,
    deliver: (data) => dom.window.dispatchEvent(new dom.window.MessageEvent('message', { data })),
    press: (key) => void dom.window.document.querySelector('tbody')?.dispatchEvent(new dom.window.KeyboardEvent('keydown', { key, bubbles: true })),
  };
}
