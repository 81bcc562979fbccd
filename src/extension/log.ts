/** The extension's log: an output channel a user can open ("Model Rankings" in the Output view). */
import * as vscode from 'vscode';

export interface Log {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  /** Opens the channel in the Output view (the sidebar's "Show log"), without taking the focus. */
  show(): void;
}

/** A log output channel with levels. */
export function createLog(): Log & vscode.Disposable {
  const channel = vscode.window.createOutputChannel('Model Rankings', { log: true });
  return {
    info: (m) => channel.info(m),
    warn: (m) => channel.warn(m),
    error: (m) => channel.error(m),
    show: () => channel.show(true),
    dispose: () => channel.dispose(),
  };
}
