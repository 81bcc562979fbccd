/**
 * The first board state, when the page carries it (the host had the data as it built the page): read from the page's
 * JSON data block and checked with the same schema as every message, so the table is drawn before any message.
 */
import { hostToSidebarSchema, PAGE_STATE_ELEMENT_ID, type BoardState } from '../shared/protocol';

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
  const parsed = hostToSidebarSchema.safeParse(json);
  return parsed.success && parsed.data.type === 'boardState' ? parsed.data : null;
}
