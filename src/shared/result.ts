/** A value or a message that says, in words a user understands, why there is none. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

/** Wraps a value. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Wraps an error message. */
export function fail<T = never>(error: string): Result<T> {
  return { ok: false, error };
}
