/**
 * A compact, dated file format for a whole LeaderboardData: the embedded snapshot and the
 * cache of the last good live data use it. Model names are stored once; each row is
 * `[modelIndex, rank, rating, halfWidth95, votes]` with scores rounded to 0.0001, so the interval
 * and variance are rebuilt from the dataset's own definition (half-width = 1.96·√variance).
 * The benchmarks that came with the prices' OpenRouter list are an optional, additive part (files
 * written before it existed have none and read the same as ever).
 */
import type { Board, LeaderboardData, PriceInfo, Provenance, RatedEntry } from '../boards/leaderboard';
import { decodeBenchmarks, encodeBenchmarks, type StoredBenchmarks } from './benchmarkCodec';

export const SNAPSHOT_FORMAT = 1;

export type SnapshotRow = [model: number, rank: number, rating: number, halfWidth: number, votes: number];
export type SnapshotPrice = [model: number, openRouterId: string, inputPerM: number | null, outputPerM: number | null, context: number | null, variant: 0 | 1];

export interface SnapshotFile {
  readonly format: typeof SNAPSHOT_FORMAT;
  readonly provenance: Omit<Provenance, 'origin'>;
  /** `[name, organization, license]`. */
  readonly models: readonly (readonly [string, string, string])[];
  readonly boards: readonly {
    readonly id: string;
    readonly publishDate: string;
    readonly categories: readonly { readonly id: string; readonly publishDate: string; readonly rows: readonly SnapshotRow[] }[];
  }[];
  readonly prices: readonly SnapshotPrice[];
  /** Artificial Analysis and Design Arena values of the OpenRouter models that price an entry, as of their list's date. */
  readonly benchmarks?: StoredBenchmarks;
}

/** Four decimals keep every rank range of the recorded boards identical to the source (two did not). */
const round4 = (n: number): number => Math.round(n * 10000) / 10000;

/** Encodes data into the compact file form. */
export function encodeSnapshot(data: LeaderboardData): SnapshotFile {
  const models: [string, string, string][] = [];
  const indexOf = new Map<string, number>();
  const modelIndex = (e: Pick<RatedEntry, 'model' | 'organization' | 'license'>): number => {
    const key = `${e.model}\u0000${e.organization}\u0000${e.license}`;
    let i = indexOf.get(key);
    if (i === undefined) {
      i = models.length;
      models.push([e.model, e.organization, e.license]);
      indexOf.set(key, i);
    }
    return i;
  };
  const boards = data.boards.map((b) => ({
    id: b.id,
    publishDate: b.publishDate,
    categories: b.categories.map((c) => ({
      id: c.id,
      publishDate: c.publishDate,
      rows: c.entries.map((e): SnapshotRow => [modelIndex(e), e.rank, round4(e.rating), round4((e.upper - e.lower) / 2), e.votes]),
    })),
  }));
  const firstOrg = new Map<string, { organization: string; license: string }>();
  for (const [name, organization, license] of models) if (!firstOrg.has(name)) firstOrg.set(name, { organization, license });
  const prices: SnapshotPrice[] = [];
  for (const [model, p] of data.prices) {
    const meta = firstOrg.get(model);
    if (!meta) continue;
    prices.push([modelIndex({ model, ...meta }), p.openRouterId, p.inputPerM, p.outputPerM, p.contextLength, p.match === 'variant' ? 1 : 0]);
  }
  const { origin: _origin, ...provenance } = data.provenance;
  // Only the OpenRouter models that price an entry can reach a model (benchmarks join through the price).
  const priced = new Set(prices.map((p) => p[1]));
  const benchmarks = data.benchmarks ? encodeBenchmarks(data.benchmarks, (id) => priced.has(id)) : null;
  return { format: SNAPSHOT_FORMAT, provenance, models, boards, prices, ...(benchmarks ? { benchmarks } : {}) };
}

/** Decodes a snapshot that this extension's build or cache wrote (trusted: validate untrusted files first). */
export function decodeSnapshot(file: SnapshotFile, origin: Provenance['origin']): LeaderboardData {
  const boards: Board[] = file.boards.map((b) => ({
    id: b.id,
    publishDate: b.publishDate,
    categories: b.categories.map((c) => ({
      id: c.id,
      publishDate: c.publishDate,
      entries: c.rows.map(([m, rank, rating, halfWidth, votes]): RatedEntry => {
        const [model, organization, license] = file.models[m] ?? ['?', '', ''];
        const sd = halfWidth / 1.96;
        return { model, organization, license, rating, lower: round4(rating - halfWidth), upper: round4(rating + halfWidth), variance: sd * sd, votes, rank };
      }),
    })),
  }));
  const prices = new Map<string, PriceInfo>();
  for (const [m, openRouterId, inputPerM, outputPerM, contextLength, variant] of file.prices) {
    const name = file.models[m]?.[0];
    if (name !== undefined) prices.set(name, { openRouterId, inputPerM, outputPerM, contextLength, match: variant ? 'variant' : 'exact' });
  }
  return { boards, prices, provenance: { ...file.provenance, origin }, ...(file.benchmarks ? { benchmarks: decodeBenchmarks(file.benchmarks) } : {}) };
}
