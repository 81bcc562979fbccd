/** A JSON object (not null, not an array): the one test every hand-written parser and schema of untrusted data starts with. */
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
