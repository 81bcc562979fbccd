/** The typed handle a webview gets from VS Code. */

export interface WebviewApi<State> {
  postMessage(message: unknown): void;
  getState(): State | undefined;
  setState(state: State): void;
}

declare function acquireVsCodeApi<State>(): WebviewApi<State>;

/** Acquires the API once (VS Code allows only one call per page). */
export function vscodeApi<State>(): WebviewApi<State> {
  return acquireVsCodeApi<State>();
}
