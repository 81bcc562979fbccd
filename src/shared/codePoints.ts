/**
 * String lengths as zod's `minLength`/`maxLength` count them, and so schema.ts: in code points, not UTF-16 units.
 * The hand-written checks that stand in for the schemas count the same way, or an emoji-laden name would
 * pass one and fail the other.
 */

/** Code points in `text`: its UTF-16 units less each well-formed surrogate pair (a lone surrogate counts one). */
export function codePointLength(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    if ((text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

/** At most `max` code points; counted only when the UTF-16 length is over, since it is never less. */
export function fitsCodePoints(text: string, max: number): boolean {
  return text.length <= max || codePointLength(text) <= max;
}
