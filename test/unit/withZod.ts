/**
 * Loads a module of ours a second time with zod/mini standing in for src/shared/schema.ts. The schemas then come
 * from the same source and the same calls, built by zod: the reference that schema.ts, written for bytes, must
 * agree with. The first load of every module (the real one) is left in place for the other tests.
 */
import { createRequire, Module } from 'node:module';
import { resolve } from 'node:path';

const load = createRequire(__filename);
const SCHEMA = load.resolve('../../src/shared/schema');
const OUR_SOURCES = resolve(__dirname, '..', '..', 'src');

/** `path` (from this folder, as in an import) loaded with zod's schemas, with every module of ours it imports. */
export function withZod<T>(path: string): T {
  const saved = { ...load.cache };
  const ours = (file: string): boolean => file.startsWith(OUR_SOURCES);
  for (const file of Object.keys(load.cache)) if (ours(file)) delete load.cache[file];
  const zod = new Module(SCHEMA);
  zod.exports = load('zod/mini') as unknown;
  zod.loaded = true;
  load.cache[SCHEMA] = zod;
  try {
    return load(path) as T;
  } finally {
    for (const file of Object.keys(load.cache)) if (ours(file)) delete load.cache[file];
    Object.assign(load.cache, saved);
  }
}
