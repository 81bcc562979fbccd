/**
 * What moved between two publications of a board, for the models a user cares about: a change of
 * rank band, a new model entering above, a model disappearing (or being renamed).
 */
import type { LeaderboardRow } from './leaderboardRows';
import { renameSources, renameTargets } from '../models/modelMatching';

export type Band = 'tied-with-first' | 'top-5' | 'top-10' | 'below-top-10';

export interface RankChange {
  readonly model: string;
  readonly kind: 'band' | 'entered-above' | 'disappeared' | 'renamed';
  readonly text: string;
}

const BAND_TEXT: Record<Band, string> = {
  'tied-with-first': 'statistically tied with #1',
  'top-5': 'in the top 5',
  'top-10': 'in the top 10',
  'below-top-10': 'outside the top 10',
};

/** The band a row is in; the tie with #1 comes from the intervals, not the plain rank. */
export function bandOf(row: LeaderboardRow): Band {
  if (row.rankBest === 1) return 'tied-with-first';
  if (row.rank <= 5) return 'top-5';
  if (row.rank <= 10) return 'top-10';
  return 'below-top-10';
}

/** The name a model was renamed to on the new board, if the rename is certain. */
function renamedTo(model: string, before: ReadonlyMap<string, LeaderboardRow>, after: ReadonlyMap<string, LeaderboardRow>): string | null {
  return renameTargets(model).find((c) => after.has(c) && !before.has(c)) ?? null;
}

/** Changes for the watched models between the previous and the new rows of one category. */
export function detectRankChanges(previous: readonly LeaderboardRow[], next: readonly LeaderboardRow[], watched: readonly string[]): RankChange[] {
  const before = new Map<string, LeaderboardRow>();
  for (const r of previous) if (!before.has(r.model)) before.set(r.model, r);
  const after = new Map<string, LeaderboardRow>();
  for (const r of next) if (!after.has(r.model)) after.set(r.model, r);
  const changes: RankChange[] = [];
  for (const model of new Set(watched)) {
    const old = before.get(model);
    const now = after.get(model);
    if (old && !now) {
      const to = renamedTo(model, before, after);
      changes.push(to ? { model, kind: 'renamed', text: `${model} is now listed as ${to} (#${after.get(to)?.rank})` } : { model, kind: 'disappeared', text: `${model} is no longer on the board (was #${old.rank})` });
      continue;
    }
    if (!old || !now) continue;
    if (bandOf(old) !== bandOf(now)) changes.push({ model, kind: 'band', text: `${model} is now ${BAND_TEXT[bandOf(now)]} (#${old.rank} → #${now.rank})` });
    const newcomers = next.filter((r) => !before.has(r.model) && r.rating > now.rating && !renamedFromOld(r.model, before));
    if (newcomers.length > 0) changes.push({ model, kind: 'entered-above', text: `${newcomers.length === 1 ? `new model ${newcomers[0]?.model} entered` : `${newcomers.length} new models entered`} above ${model} (now #${now.rank})` });
  }
  return changes;
}

/** Whether a "new" name is only the rename of a model that was there before. */
function renamedFromOld(model: string, before: ReadonlyMap<string, LeaderboardRow>): boolean {
  return renameSources(model).some((from) => before.has(from));
}

/** One notification line for all changes. */
export function changeSummary(changes: readonly RankChange[], where: string): string {
  return `Model Rankings (${where}): ${changes.map((c) => c.text).join('; ')}.`;
}

/** At most one notification per interval. */
export function mayNotify(lastNotifiedAt: number | undefined, now: number, minIntervalMs: number): boolean {
  return lastNotifiedAt === undefined || now - lastNotifiedAt >= minIntervalMs;
}
