/**
 * Names that must never be merged with another: empty, enormous, or carrying characters that make
 * two different strings look alike (control, bidirectional-text and invisible characters).
 */
import { codePointLength } from '../../shared/codePoints';

/** The longest name merged with others; longer ones stay their own model. */
export const MAX_MERGEABLE_NAME = 200;

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
const SHOWN_ONCE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/;
const SHOWN = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

/** Why a name cannot take part in a merge, or null when it can. */
export function unmergeableReason(name: string): string | null {
  // The common case in one test: a name of ordinary length with no hidden character.
  if (name.length <= MAX_MERGEABLE_NAME && !SHOWN_ONCE.test(name) && name.trim().length > 0) return null;
  if (name.trim().length === 0) return 'the name is empty';
  if (name.length > MAX_MERGEABLE_NAME && codePointLength(name) > MAX_MERGEABLE_NAME) return `the name is ${codePointLength(name)} characters long (more than ${MAX_MERGEABLE_NAME})`;
  if (CONTROL.test(name)) return 'the name contains a control character';
  if (BIDI.test(name)) return 'the name contains a bidirectional-text control character';
  if (INVISIBLE.test(name)) return 'the name contains an invisible character';
  return null;
}

/** A name as it can be shown in a note: hidden characters spelled out (`\u202E`), at most `max` characters. */
export function visibleName(name: string, max = 60): string {
  const shown = name.replace(SHOWN, (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
  if (shown.length === 0) return '(empty name)';
  return shown.length > max ? `${shown.slice(0, max - 1)}…` : shown;
}
