/**
 * The first board state, when the page carries it (the host had the data as it built the page): read from the page's
 * JSON data block and checked by the same parser as every message, so the table is drawn before any message.
 */
import type { BoardState } from '../shared/protocol';
import { PAGE_STATE_ELEMENT_ID } from '../shared/protocolConstants';
import { parseHostToSidebar } from '../shared/sidebarMessageParser';

/** The page's board state, or null when it carries none or one that is not valid JSON of a board state (the view then waits for messages). */
export function readPageState(doc: Document): BoardState | null {
  const block = doc.getElementById(PAGE_STATE_ELEMENT_ID);
  const text = block?.textContent;
  // Read once: the text (up to a few hundred KB) need not stay in the document.
  block?.remove();
  if (!text) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = parseHostToSidebar(json);
  return parsed?.type === 'boardState' ? parsed : null;
}
