/**
 * The translator the core, the shared code and the webviews call for every sentence a user reads. English is the
 * key and the default; `{0}`, `{1}` … are filled from the arguments, as `vscode.l10n.t` does, so one bundle
 * (`l10n/bundle.l10n.<locale>.json`) serves the extension host and everything it shares with the webviews.
 *
 * The translator is the one module-level setting of the core: passing it down to every function that builds a
 * sentence would thread a parameter through most of the core for a value fixed for the life of the process. The
 * extension sets it once in `createApp` (`vscode.l10n.t`); a webview sets it from the strings in its page.
 */

/** An argument of a message: shown as it is (numbers as `String(n)`; format them before if they need it). */
export type MessageArg = string | number;

/** Translates an English message and fills its `{0}` placeholders. */
export type Translate = (message: string, ...args: MessageArg[]) => string;

/** `{0}` → the first argument; a placeholder without its argument, and any other braces, stay as they are. */
export function formatMessage(template: string, args: readonly MessageArg[]): string {
  return args.length === 0 ? template : template.replace(/\{(\d+)\}/g, (match, index: string) => {
    const arg = args[Number(index)];
    return arg === undefined ? match : String(arg);
  });
}

let translate: Translate = (message, ...args) => formatMessage(message, args);

/** Makes `t` translate with `translator` from now on (the host: `vscode.l10n.t`). */
export function setTranslator(translator: Translate): void {
  translate = translator;
}

/** The English default back (for tests that set another translator). */
export function resetTranslator(): void {
  translate = (message, ...args) => formatMessage(message, args);
}

/** A translator over a bundle (English message → translation), as VS Code loads one: a missing key stays English. */
export function bundleTranslator(bundle: Readonly<Record<string, string>>): Translate {
  return (message, ...args) => formatMessage(Object.hasOwn(bundle, message) ? (bundle[message] ?? message) : message, args);
}

/** The user's language's version of `message` (its English text, the bundle key), with `{0}` … filled in. */
export function t(message: string, ...args: MessageArg[]): string {
  return translate(message, ...args);
}

/**
 * Marks an English message kept in a table (a column label, a board's title) as a bundle key, for the extraction
 * script; the text is translated where it is shown, with `t(text)`, after the translator is set.
 */
export function translatable<T extends string>(message: T): T {
  return message;
}
