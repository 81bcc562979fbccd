/**
 * The layer runs where it says: `host` in the Node extension host, `host-web` in the web worker extension host
 * (vscode.dev's and github.dev's). Without this a `host-web` run that VS Code quietly gave to the Node host would
 * pass every other suite and prove nothing about the web worker.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID } from './extensionApi';
import { hostTestSetup } from './hostTestSetup';

describe('The extension host of this layer', () => {
  it('runs the suites and the extension in the extension host the layer names', async () => {
    const { layer } = await hostTestSetup();
    // Asked of globalThis, not as `typeof process`: the web bundle's process shim (for the assert library) is
    // a module-local stand-in that the bundler substitutes for the identifier, and must not answer this.
    assert.equal('process' in globalThis, layer === 'host', `Node's process object in the ${layer} layer`);
    // getExtension sees only the extensions of the host it is called in: the extension runs in this one too.
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} runs in the same extension host as the ${layer} suites`);
  });
});
