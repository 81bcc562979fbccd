/**
 * Each model's score and rank over time on a board: from the embedded history (built from the
 * recorded official snapshots) and from every snapshot the extension has seen since. Known
 * renames are followed (Arena renamed `*-thinking` to `*-high` on 2026-08-12).
 */
import type { Board, RatedEntry } from '../boards/leaderboard';

/** A published row with its publish date (the `full` split has one per date). */
export interface RatedEntryWithDate extends RatedEntry {
  readonly date: string;
}
import { renameSources } from '../models/modelMatching';
import type { HistoryView } from '../../shared/protocol';

export interface HistoryPoint {
  readonly date: string;
  readonly rating: number;
  readonly lower: number;
  readonly upper: number;
  readonly rank: number;
  readonly votes: number;
}

export interface HistorySeries {
  readonly model: string;
  /** Names this series was also listed under (renames followed), oldest first. */
  readonly formerNames: readonly string[];
  readonly points: readonly HistoryPoint[];
}

/** Compact file form: `series[model] = [[dateIndex, rating, halfWidth, rank, votes], …]` per board/category. */
export interface HistoryFile {
  readonly format: 1;
  readonly source: string;
  readonly tracks: readonly {
    readonly board: string;
    readonly category: string;
    readonly dates: readonly string[];
    readonly series: Readonly<Record<string, readonly (readonly [number, number, number, number, number])[]>>;
  }[];
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** A model's points by date in one track, created on first use. */
function pointsOf(track: Map<string, Map<string, HistoryPoint>>, model: string): Map<string, HistoryPoint> {
  let byDate = track.get(model);
  if (!byDate) track.set(model, (byDate = new Map()));
  return byDate;
}

/** A leaderboard entry as the point of its publish date. */
function pointOf(e: Pick<RatedEntry, 'rating' | 'lower' | 'upper' | 'rank' | 'votes'>, date: string): HistoryPoint {
  return { date, rating: e.rating, lower: e.lower, upper: e.upper, rank: e.rank, votes: e.votes };
}

/** Points per model of one board/category, keyed by date (a date seen twice keeps the later copy). */
export class HistoryIndex {
  readonly #tracks = new Map<string, Map<string, Map<string, HistoryPoint>>>();

  #track(board: string, category: string): Map<string, Map<string, HistoryPoint>> {
    const key = `${board}\u0000${category}`;
    let t = this.#tracks.get(key);
    if (!t) {
      t = new Map();
      this.#tracks.set(key, t);
    }
    return t;
  }

  /** Adds the points of a history file. */
  addFile(file: HistoryFile): void {
    for (const tr of file.tracks) {
      const track = this.#track(tr.board, tr.category);
      for (const [model, points] of Object.entries(tr.series)) {
        const byDate = pointsOf(track, model);
        for (const [d, rating, halfWidth, rank, votes] of points) {
          const date = tr.dates[d];
          if (date) byDate.set(date, { date, rating, lower: round2(rating - halfWidth), upper: round2(rating + halfWidth), rank, votes });
        }
      }
    }
  }

  /** Adds every category of a board as published on its date (a refresh or the snapshot). */
  addBoard(board: Board, categories?: readonly string[]): void {
    for (const c of board.categories) {
      if (categories && !categories.includes(c.id)) continue;
      const track = this.#track(board.id, c.id);
      const seen = new Set<string>();
      for (const e of c.entries) {
        if (seen.has(e.model)) continue;
        seen.add(e.model);
        pointsOf(track, e.model).set(c.publishDate, pointOf(e, c.publishDate));
      }
    }
  }

  /** Adds validated rows of the `full` split (each carrying its publish date) for one board/category. */
  addRows(boardId: string, categoryId: string, rows: readonly RatedEntryWithDate[]): void {
    const track = this.#track(boardId, categoryId);
    for (const r of rows) pointsOf(track, r.model).set(r.date, pointOf(r, r.date));
  }

  /** A model's series, oldest first, with the points of names it was renamed from. */
  series(board: string, category: string, model: string): HistorySeries {
    const track = this.#track(board, category);
    const own = track.get(model);
    const formerNames: string[] = [];
    const points = new Map(own ?? []);
    for (const former of formerNamesOf(model, track)) {
      formerNames.push(former);
      for (const [date, p] of track.get(former) ?? []) if (!points.has(date)) points.set(date, p);
    }
    return { model, formerNames, points: [...points.values()].sort((a, b) => a.date.localeCompare(b.date)) };
  }

  /** Serialises the tracks (for the cache of seen snapshots). */
  toFile(source: string): HistoryFile {
    const tracks = [...this.#tracks.entries()].map(([key, models]) => {
      const [board = '', category = ''] = key.split('\u0000');
      const dates = [...new Set([...models.values()].flatMap((m) => [...m.keys()]))].sort();
      const index = new Map(dates.map((d, i) => [d, i]));
      const series: Record<string, [number, number, number, number, number][]> = {};
      for (const [model, byDate] of models) {
        series[model] = [...byDate.values()].map((p) => [index.get(p.date) ?? 0, round2(p.rating), round2((p.upper - p.lower) / 2), p.rank, p.votes]);
      }
      return { board, category, dates, series };
    });
    return { format: 1, source, tracks };
  }
}

/**
 * Earlier names of a model: the explicit rename table, and the 2026-08-12 rule `X-thinking` → `X-high`
 * when the old name's points all predate the new name's (no overlap: a real rename, not two models).
 */
function formerNamesOf(model: string, track: ReadonlyMap<string, ReadonlyMap<string, HistoryPoint>>): string[] {
  const own = [...(track.get(model)?.keys() ?? [])].sort();
  const firstOwn = own[0];
  return renameSources(model).filter((old) => {
    const dates = [...(track.get(old)?.keys() ?? [])].sort();
    const lastOld = dates.at(-1);
    return lastOld !== undefined && (firstOwn === undefined || lastOld < firstOwn);
  });
}

/** A series as the webviews receive it (protocol shape: no votes, plain arrays). */
export function toHistoryView(series: HistorySeries): HistoryView {
  return {
    model: series.model,
    formerNames: [...series.formerNames],
    points: series.points.map(({ date, rating, lower, upper, rank }) => ({ date, rating, lower, upper, rank })),
  };
}
