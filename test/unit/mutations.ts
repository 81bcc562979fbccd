/** fast-check arbitraries for mutating real rows: one field set to junk, or dropped. */
import fc from 'fast-check';

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
  fc.constant('x'.repeat(300)),
  fc.constant('x'.repeat(301)),
  fc.constant('x'.repeat(400)),
  fc.constant('x'.repeat(401)),
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
