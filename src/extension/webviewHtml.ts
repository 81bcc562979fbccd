/** HTML shell of the webviews: strict CSP with a per-load crypto nonce, assets through asWebviewUri. */
import * as vscode from 'vscode';
import { PAGE_STATE_ELEMENT_ID, PAGE_STRINGS_ELEMENT_ID } from '../shared/protocol';

/** 128 random bits, base64: a nonce no script can guess. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

/** Options that limit a webview to the built assets and media. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return {
    enableScripts: true,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'media')],
  };
}

/**
 * JSON that stays inert inside a `<script type="application/json">` block: the HTML parser ends such a block at the
 * first `</script` and treats `<!--` specially, so every `<` (and `>`, `&`, U+2028, U+2029, for any other reader) is
 * written as its `\u` escape. Outside strings JSON has none of these characters; inside, the escape is the same text.
 */
export function inertJson(value: object): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The page: one stylesheet, one nonce'd script, a root element; no inline styles or scripts. `pageState`, when given,
 * goes in as a JSON data block (`PAGE_STATE_ELEMENT_ID`) the script reads as its first message: data, which no
 * browser runs as script, so the CSP stays as it is. The translations of the user's language (`vscode.l10n.bundle`,
 * none in English) go in the same way (`PAGE_STRINGS_ELEMENT_ID`): the page's words come with it, no round trip.
 */
export function webviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, script: string, title: string, pageState?: object): string {
  const nonce = createNonce();
  const asset = (...path: string[]): string => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...path)).toString();
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `img-src ${webview.cspSource} data:`,
    `font-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  const strings = vscode.l10n.bundle;
  return `<!DOCTYPE html>
<html lang="${vscode.env.language.replace(/[^\w-]/g, '') || 'en'}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${asset('media', 'webview.css')}">
<title>${title}</title>
</head>
<body>
<div id="app" aria-busy="true"></div>
${strings === undefined ? '' : `<script type="application/json" id="${PAGE_STRINGS_ELEMENT_ID}">${inertJson(strings)}</script>\n`}${pageState === undefined ? '' : `<script type="application/json" id="${PAGE_STATE_ELEMENT_ID}">${inertJson(pageState)}</script>\n`}<script nonce="${nonce}" src="${asset('dist', script)}"></script>
</body>
</html>`;
}
