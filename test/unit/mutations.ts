/** fast-check arbitraries for mutating real rows: one field set to junk, or dropped. */
import fc from 'fast-check';
import { LIMITS } from '../../src/shared/protocolLimits';
import { STATUS_MESSAGE_MAX } from '../../src/shared/protocolConstants';

/**
 * Strings at and just over every length limit of the protocol (and of the ingest, 300 and 400; and a status line's), and the
 * empty string; in ASCII, in astral characters (two UTF-16 units each) and in lone surrogates.
 */
const atLimits = [...new Set([0, 300, 400, STATUS_MESSAGE_MAX, ...Object.values(LIMITS)])].flatMap((n) => ['x', '🏆', '\ud83c'].flatMap((c) => [c.repeat(n), c.repeat(n + 1)]));

/** Any JSON-ish value, including the nasty numbers JSON cannot carry but a parser might hand over, and strings around the length limits. */
export const junk = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.constant(Number.NaN),
  fc.constant(Number.POSITIVE_INFINITY),
  fc.constant(-1),
  fc.constant(-0),
  fc.double(),
  fc.integer(),
  fc.string(),
  fc.constantFrom(...atLimits),
  fc.constant('<img src=x onerror=alert(1)>'),
  fc.boolean(),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
);

export interface Mutation {
  readonly row: number;
  readonly field: string;
  readonly value: unknown;
  readonly drop: boolean;
}

/** A mutation of one of `rows`: a known field (or `__proto__`, or an extra one) set to junk or dropped. */
export function mutationOf(rows: readonly Record<string, unknown>[]): fc.Arbitrary<Mutation> {
  const fields = Object.keys(rows[0] ?? {});
  return fc.record({ row: fc.nat(rows.length - 1), field: fc.constantFrom(...fields, '__proto__', 'extra'), value: junk, drop: fc.boolean() });
}

/** Copies of `rows` with the mutations applied. */
export function mutated(rows: readonly Record<string, unknown>[], mutations: readonly Mutation[]): Record<string, unknown>[] {
  const copies = rows.map((r) => ({ ...r }));
  for (const m of mutations) {
    const row = copies[m.row] as Record<string, unknown>;
    if (m.drop) delete row[m.field];
    else row[m.field] = m.value;
  }
  return copies;
}

/** One change anywhere in a message: a key of any object or array in it set to junk or dropped. */
export interface PathMutation {
  readonly path: readonly (string | number)[];
  readonly key: string | number;
  readonly value: unknown;
  readonly drop: boolean;
}

/** Values at the edges of what the protocol accepts: each is tried at every place of a message. */
export const edgeValues: readonly unknown[] = [null, undefined, Number.NaN, Number.POSITIVE_INFINITY, -1, -0, 0.5, '', '🏆', true, [], {}, ...atLimits];

/** Every place in `value` a mutation can hit: each key of each object (plus `__proto__` and an extra one) and each array item. */
export function placesIn(value: unknown, path: (string | number)[] = [], out: { path: (string | number)[]; key: string | number }[] = []): typeof out {
  if (Array.isArray(value)) value.forEach((item, i) => (out.push({ path, key: i }), placesIn(item, [...path, i], out)));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      out.push({ path, key });
      placesIn(item, [...path, key], out);
    }
    out.push({ path, key: '__proto__' }, { path, key: 'extra' });
  }
  return out;
}

/** A mutation of `message` at any of its places. */
export function pathMutationOf(message: unknown): fc.Arbitrary<PathMutation> {
  const places = placesIn(message);
  return fc.record({ place: fc.constantFrom(...places), value: junk, drop: fc.boolean() }).map(({ place, value, drop }) => ({ ...place, value, drop }));
}

/** A deep copy of `message` with the mutations applied (a place an earlier mutation removed is skipped). */
export function mutatedAt<T>(message: T, mutations: readonly PathMutation[]): unknown {
  const copy: unknown = structuredClone(message);
  for (const m of mutations) {
    let parent: unknown = copy;
    for (const step of m.path) parent = typeof parent === 'object' && parent !== null ? (parent as Record<string | number, unknown>)[step] : undefined;
    if (typeof parent !== 'object' || parent === null) continue;
    const target = parent as Record<string | number, unknown>;
    if (m.drop) delete target[m.key];
    else target[m.key] = m.value;
  }
  return copy;
}
