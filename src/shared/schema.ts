/**
 * The schemas every boundary validates with: payloads from the sources, cache and history files, messages from the
 * webviews and the agent tool's input. The calls are those of `zod/mini`, which this module replaced because zod's
 * core took 30 KB of a 150 KB bundle budget; these few combinators do what the schemas use in about 2 KB.
 *
 * What zod does, these do too (test/unit/schemaParity.test.ts holds them to zod on real and random values): objects
 * keep only their known keys, and a key may be absent only where its schema is `optional` (absent, it stays absent);
 * tuples accept a missing tail of optional items but no extra items; numbers are finite; string lengths count code
 * points; a record skips `__proto__`. Parsing stops at the first problem, which names its path.
 */
import { codePointLength } from './codePoints';
import { isRecord } from './isRecord';

/** One problem with a value: where it is (object keys and array indexes from the top) and what is wrong. */
export interface Issue {
  readonly path: (string | number)[];
  readonly message: string;
}

/** Why a value was rejected: its first problem, and that problem as a short text. */
export interface SchemaError {
  readonly issues: Issue[];
  readonly message: string;
}

export type SafeParseResult<T> = { readonly success: true; readonly data: T } | { readonly success: false; readonly error: SchemaError };

/** A check on an already typed value: the problem as a short text, or null when the value passes. */
export type Check<T> = (value: T) => string | null;

/** Parses a value, appending to `issues` when it fails (the returned value then means nothing). */
type Run = (value: unknown, issues: Issue[]) => unknown;

/** `Optional` marks a schema that lets an object key be absent (`optional`), for the object's type. */
export interface Schema<T, Optional extends boolean = false> {
  /** Types only: what a parse yields and whether a key may be absent. */
  readonly _output?: T;
  readonly _optional?: Optional;
  /** May be absent as an object key or a tuple's last items (`optional`, and what wraps one: nullable, pipe, union). */
  readonly optional: boolean;
  readonly run: Run;
  safeParse(value: unknown): SafeParseResult<T>;
  /** The same schema with more checks on its parsed value, run in order after the type check. */
  check(...checks: Check<T>[]): Schema<T, Optional>;
}

type AnySchema = Schema<unknown, boolean>;
type Output<S> = S extends Schema<infer T, boolean> ? T : never;
export type { Output as infer };

type Shape = Readonly<Record<string, AnySchema>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends Schema<unknown, true> ? K : never }[keyof S];
type ObjectOutput<S extends Shape> = { [K in Exclude<keyof S, OptionalKeys<S>>]: Output<S[K]> } & { [K in OptionalKeys<S>]?: Output<S[K]> };
type Simplify<T> = { [K in keyof T]: T[K] } & unknown;

export interface ObjectSchema<S extends Shape> extends Schema<Simplify<ObjectOutput<S>>> {
  readonly shape: S;
}

const problem = (issues: Issue[], message: string): undefined => {
  issues.push({ path: [], message });
};

/** Runs `schema` on a part of a value; a problem found there gets the part's key in front of its path. */
function runAt(schema: AnySchema, value: unknown, key: string | number, issues: Issue[]): unknown {
  const out = schema.run(value, issues);
  if (issues.length > 0) issues[0]!.path.unshift(key);
  return out;
}

function schema<T, Optional extends boolean = false>(run: Run, optional = false, checks: readonly Check<T>[] = []): Schema<T, Optional> {
  const checked: Run =
    checks.length === 0
      ? run
      : (value, issues) => {
          const out = run(value, issues);
          if (issues.length > 0) return out;
          for (const check of checks) {
            const message = check(out as T);
            if (message !== null) return problem(issues, message);
          }
          return out;
        };
  return {
    optional,
    run: checked,
    safeParse(value) {
      const issues: Issue[] = [];
      const data = checked(value, issues);
      if (issues.length === 0) return { success: true, data: data as T };
      const first = issues[0]!;
      return { success: false, error: { issues, message: `${first.path.length > 0 ? first.path.join('.') : 'value'}: ${first.message}` } };
    },
    check: (...more) => schema<T, Optional>(run, optional, [...checks, ...more]),
  };
}

const typeName = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);
const ofType = <T>(name: string, accepts: (value: unknown) => boolean): Schema<T> =>
  schema((value, issues) => (accepts(value) ? value : problem(issues, `expected ${name}, got ${typeName(value)}`)));

/** As zod's record: a plain object, not one built by a class or inheriting from an array (hostile code could make one). */
function isMap(value: unknown): value is Record<string, unknown> {
  if (!isRecord(value)) return false;
  const maker: unknown = value.constructor;
  if (typeof maker !== 'function') return true;
  const made: unknown = maker.prototype;
  return isRecord(made) && Object.hasOwn(made, 'isPrototypeOf');
}

export const string = (): Schema<string> => ofType('string', (v) => typeof v === 'string');
/** A finite number, as zod's: NaN and the infinities are refused. */
export const number = (): Schema<number> => ofType('number', Number.isFinite);
export const boolean = (): Schema<boolean> => ofType('boolean', (v) => typeof v === 'boolean');
export const unknown = (): Schema<unknown> => schema((value) => value);

export const literal = <const T extends string | number | boolean | null>(expected: T): Schema<T> =>
  ofType(JSON.stringify(expected), (v) => v === expected);

const enumOf = <const T extends readonly string[]>(values: T): Schema<T[number]> => ofType(`one of ${values.join(', ')}`, (v) => values.includes(v as string));
export { enumOf as enum };

export const optional = <T, O extends boolean>(inner: Schema<T, O>): Schema<T | undefined, true> =>
  schema((value, issues) => (value === undefined ? undefined : inner.run(value, issues)), true);

export const nullable = <T, O extends boolean>(inner: Schema<T, O>): Schema<T | null, O> =>
  schema((value, issues) => (value === null ? null : inner.run(value, issues)), inner.optional);

export function object<const S extends Shape>(shape: S): ObjectSchema<S> {
  const keys = Object.keys(shape);
  const parsed = schema<Simplify<ObjectOutput<S>>>((value, issues) => {
    if (!isRecord(value)) return problem(issues, `expected object, got ${typeName(value)}`);
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const field = shape[key]!;
      if (!(key in value)) {
        if (field.optional) continue;
        issues.push({ path: [key], message: 'missing' });
        return undefined;
      }
      out[key] = runAt(field, value[key], key, issues);
      if (issues.length > 0) return undefined;
    }
    return out;
  });
  const withShape = (inner: Schema<Simplify<ObjectOutput<S>>>): ObjectSchema<S> => ({
    ...inner,
    shape,
    check: (...checks) => withShape(inner.check(...checks)),
  });
  return withShape(parsed);
}

export const array = <T, O extends boolean>(item: Schema<T, O>): Schema<T[]> =>
  schema((value, issues) => {
    if (!Array.isArray(value)) return problem(issues, `expected array, got ${typeName(value)}`);
    const out: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      out[i] = runAt(item, value[i], i, issues);
      if (issues.length > 0) return undefined;
    }
    return out;
  });

type TupleOutput<I extends readonly AnySchema[]> = { -readonly [K in keyof I]: Output<I[K]> };

/** A fixed-length array; a missing tail is accepted while every missing item is optional. */
export const tuple = <const I extends readonly AnySchema[]>(items: I): Schema<TupleOutput<I>> =>
  schema((value, issues) => {
    if (!Array.isArray(value)) return problem(issues, `expected array, got ${typeName(value)}`);
    if (value.length > items.length) return problem(issues, `expected at most ${items.length} items, got ${value.length}`);
    const out: unknown[] = [];
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      if (i >= value.length) {
        if (item.optional) break;
        return problem(issues, `expected at least ${i + 1} items, got ${value.length}`);
      }
      out.push(runAt(item, value[i], i, issues));
      if (issues.length > 0) return undefined;
    }
    return out;
  });

/** An object used as a map: every own key checked by `key`, every value by `value`. */
export const record = <K extends string, V, O extends boolean>(key: Schema<K>, value: Schema<V, O>): Schema<Record<K, V>> =>
  schema((input, issues) => {
    if (!isMap(input)) return problem(issues, `expected object, got ${typeName(input)}`);
    const out: Record<string, unknown> = {};
    for (const name of Object.keys(input)) {
      if (name === '__proto__') continue;
      runAt(key, name, name, issues);
      const part = issues.length > 0 ? undefined : runAt(value, input[name], name, issues);
      if (issues.length > 0) return undefined;
      out[name] = part;
    }
    return out;
  });

/** The first option that parses the value; the problem reported is that no option did. */
export const union = <const O extends readonly AnySchema[]>(options: O): Schema<Output<O[number]>> =>
  schema((value, issues) => {
    for (const option of options) {
      const tried: Issue[] = [];
      const out = option.run(value, tried);
      if (tried.length === 0) return out;
    }
    return problem(issues, 'matches none of the expected shapes');
  }, options.some((o) => o.optional));

/** A union of objects told apart by one literal key: only the option with the value's key is tried. */
export const discriminatedUnion = <const O extends readonly ObjectSchema<Shape>[]>(key: string, options: O): Schema<Output<O[number]>> =>
  schema((value, issues) => {
    if (!isRecord(value)) return problem(issues, `expected object, got ${typeName(value)}`);
    const option = options.find((o) => o.shape[key]!.safeParse(value[key]).success);
    return option ? option.run(value, issues) : problem(issues, `unknown ${key} ${JSON.stringify(value[key]) ?? 'undefined'}`);
  });

/** Runs `first`, then `second` on what `first` yields (a `transform` usually). */
export const pipe = <A, B, O extends boolean>(first: Schema<A, O>, second: Schema<B>): Schema<B, O> =>
  schema((value, issues) => {
    const out = first.run(value, issues);
    return issues.length > 0 ? undefined : second.run(out, issues);
  }, first.optional);

export const transform = <I, T>(change: (value: I) => T): Schema<T> => schema((value) => change(value as I));

/**
 * Strings are measured in code points, as zod does: an emoji is one character, not two UTF-16 units. A code point is
 * one or two units, so they are counted only when the units alone cannot decide.
 */
const lengthOf = (value: string | readonly unknown[]): number => (typeof value === 'string' ? codePointLength(value) : value.length);
const measured = (value: string | readonly unknown[]): string => (typeof value === 'string' ? 'characters' : 'items');
export const minLength =
  (min: number): Check<string | readonly unknown[]> =>
  (value) =>
    value.length >= 2 * min || (value.length >= min && lengthOf(value) >= min) ? null : `expected at least ${min} ${measured(value)}`;
export const maxLength =
  (max: number): Check<string | readonly unknown[]> =>
  (value) =>
    value.length <= max || lengthOf(value) <= max ? null : `expected at most ${max} ${measured(value)}`;
export const regex =
  (pattern: RegExp, message = `does not match ${pattern}`): Check<string> =>
  (value) => {
    pattern.lastIndex = 0;
    return pattern.test(value) ? null : message;
  };
export const gte =
  (min: number): Check<number> =>
  (value) =>
    value >= min ? null : `expected ≥ ${min}`;
export const lte =
  (max: number): Check<number> =>
  (value) =>
    value <= max ? null : `expected ≤ ${max}`;
export const refine =
  <T>(accepts: (value: T) => boolean, message = 'invalid value'): Check<T> =>
  (value) =>
    accepts(value) ? null : message;
