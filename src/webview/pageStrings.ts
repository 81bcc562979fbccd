/**
 * The page's translations: the host puts the bundle of the user's language into the page (a JSON data block, as the
 * first board state), so the webview says its headers, buttons and labels in that language from its first render.
 */
import { PAGE_STRINGS_ELEMENT_ID } from '../shared/protocolConstants';
import { bundleTranslator, setTranslator } from '../shared/l10n';

/** The bundle in the page: English message → translation; empty when there is none (English) or it is not one. */
export function readPageStrings(doc: Document): Record<string, string> {
  const text = doc.getElementById(PAGE_STRINGS_ELEMENT_ID)?.textContent;
  if (!text) return {};
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return {};
  // Only string translations: anything else stays English rather than showing junk.
  return Object.fromEntries(Object.entries(json).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

/** Makes `t` translate with the page's bundle; call before building any text. */
export function usePageStrings(doc: Document): void {
  setTranslator(bundleTranslator(readPageStrings(doc)));
}
