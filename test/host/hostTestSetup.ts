/**
 * The layer runner's setup (which layer, where the fixture control endpoint is), read in the extension host from
 * the workspace folder with `vscode.workspace.fs`, and the calls to that endpoint. Browser-safe: the same code
 * runs in the Node extension host and in the web worker one (no Node modules, no `process`).
 */
import * as vscode from 'vscode';
import { HOST_TEST_SETUP_FILE, parseHostTestSetup, type FixtureControlCalls, type HostTestSetup } from '../fixtures/hostTestSetup';

let setup: Promise<HostTestSetup> | undefined;

/** The setup file in the workspace folder, or undefined when there is none (a window the layer runner did not open). */
export async function readHostTestSetupFile(): Promise<HostTestSetup | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return undefined;
  try {
    return parseHostTestSetup(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, HOST_TEST_SETUP_FILE))));
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
    throw error;
  }
}

/** Uses this setup instead of the file: the Node entry's own control endpoint, when no layer runner started one. */
export function provideHostTestSetup(given: HostTestSetup): void {
  setup = Promise.resolve(given);
}

/** The setup the layer runner wrote (read once), or the one provided. */
export function hostTestSetup(): Promise<HostTestSetup> {
  setup ??= readHostTestSetupFile().then((found) => {
    if (!found) throw new Error(`no ${HOST_TEST_SETUP_FILE} in the test workspace folder: run the suites with test/runHostLayer.mjs`);
    return found;
  });
  return setup;
}

/** Calls the fixture control endpoint; a `text/plain` POST is a CORS simple request (no pre-flight in the worker). */
export async function control<M extends keyof FixtureControlCalls>(method: M, ...args: Parameters<FixtureControlCalls[M]>): Promise<Awaited<ReturnType<FixtureControlCalls[M]>>> {
  const { control: url } = await hostTestSetup();
  const response = await fetch(`${url}/call`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ method, args }) });
  const answer = (await response.json()) as { result?: Awaited<ReturnType<FixtureControlCalls[M]>>; error?: string };
  if (!response.ok || answer.error !== undefined) throw new Error(`fixture control ${method}: ${answer.error ?? `HTTP ${response.status}`}`);
  return answer.result as Awaited<ReturnType<FixtureControlCalls[M]>>;
}
