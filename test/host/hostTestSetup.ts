/**
 * The layer runner's setup (which layer, where the fixture control endpoint is), read in the extension host from
 * the workspace folder with `vscode.workspace.fs`, and the calls to that endpoint. Browser-safe: the same code
 * runs in the Node extension host and in the web worker one (no Node modules, no `process`).
 */
import * as vscode from 'vscode';
import { HOST_TEST_SETUP_FILE, parseHostTestSetup, type FixtureControlCalls, type HostTestSetup } from '../fixtures/hostTestSetup';

let setup: Promise<HostTestSetup> | undefined;

/** The setup the layer runner wrote (read once). */
export function hostTestSetup(): Promise<HostTestSetup> {
  setup ??= (async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) throw new Error('the test window has no workspace folder: the layer runner opens one with its setup file');
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, HOST_TEST_SETUP_FILE));
    return parseHostTestSetup(new TextDecoder().decode(bytes));
  })();
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
