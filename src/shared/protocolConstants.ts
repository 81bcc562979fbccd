/**
 * Constants of the sidebar protocol that the webview needs at run time. They live apart from protocol.ts so the
 * webview bundle, which imports only types from there, never builds the schemas: building zod's and parsing a
 * 393-row board with them cost most of a fresh sidebar's first render (see README, Performance).
 */

/** The longest status line: a few sentences, one per failed part of a refresh. */
export const STATUS_MESSAGE_MAX = 1000;

/**
 * The id of the sidebar page's data block (`<script type="application/json">`, which no browser runs): the first
 * board state, when the host has the data as it builds the page, so the table is drawn before any message arrives.
 * It is read as a message: parsed as `hostToSidebarSchema` would.
 */
export const PAGE_STATE_ELEMENT_ID = 'initial-state';

/**
 * The id of a webview page's translations (a JSON data block like the first board state): the host's bundle for the
 * user's language, English message → translation, which the page's `t` looks its messages up in. Absent in English.
 */
export const PAGE_STRINGS_ELEMENT_ID = 'l10n-strings';
