/**
 * What moved between two publications of a board, for the models a user cares about: a change of
 * rank band, a new model entering above, a model disappearing (or being renamed).
 */
import type { LeaderboardRow } from './leaderboardRows';
import { findBoard, findCategory, type LeaderboardData } from '../boards/leaderboard';
import { renameSources, renameTargets } from '../models/modelMatching';
import { t, translatable } from '../../shared/l10n';

export type Band = 'tied-with-first' | 'top-5' | 'top-10' | 'below-top-10';

export interface RankChange {
  readonly model: string;
  readonly kind: 'band' | 'entered-above' | 'disappeared' | 'renamed';
  readonly text: string;
}

/** Bands from best to worst: a move to a lower index is a move up. */
const BAND_ORDER: readonly Band[] = ['tied-with-first', 'top-5', 'top-10', 'below-top-10'];

/** What being in a band means, as "now …" / "no longer …" completes it. */
const BAND_TEXT: Record<Band, string> = {
  'tied-with-first': translatable('tied for first'),
  'top-5': translatable('in the top 5'),
  'top-10': translatable('in the top 10'),
  'below-top-10': translatable('outside the top 10'),
};

/**
 * What a band change means for the model: a better band is what it now is, a worse one what it lost
 * (or, out of the top 10, where it is now). "tied for first" comes from the intervals, so it can be
 * won or lost while the plain rank moves the other way; then the band part says "but".
 */
function bandChangeText(model: string, old: LeaderboardRow, now: LeaderboardRow): string {
  const [from, to] = [bandOf(old), bandOf(now)];
  const better = BAND_ORDER.indexOf(to) < BAND_ORDER.indexOf(from);
  const band = better ? t('now {0}', t(BAND_TEXT[to])) : to === 'below-top-10' ? t('out of the top 10') : t('no longer {0}', t(BAND_TEXT[from]));
  if (now.rank === old.rank) return t('{0} stays at #{1} ({2})', model, now.rank, band);
  const rose = now.rank < old.rank;
  const move = rose ? t('{0} rose from #{1} to #{2}', model, old.rank, now.rank) : t('{0} fell from #{1} to #{2}', model, old.rank, now.rank);
  return rose === better ? t('{0} ({1})', move, band) : t('{0} (but {1})', move, band);
}

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
      changes.push(to ? { model, kind: 'renamed', text: t('{0} is now listed as {1} (#{2})', model, to, after.get(to)?.rank ?? '?') } : { model, kind: 'disappeared', text: t('{0} is no longer on the board (was #{1})', model, old.rank) });
      continue;
    }
    if (!old || !now) continue;
    if (bandOf(old) !== bandOf(now)) changes.push({ model, kind: 'band', text: bandChangeText(model, old, now) });
    const newcomers = next.filter((r) => !before.has(r.model) && r.rating > now.rating && !renamedFromOld(r.model, before));
    if (newcomers.length > 0) changes.push({ model, kind: 'entered-above', text: newcomers.length === 1 ? t('new model {0} entered above {1} (now #{2})', newcomers[0]?.model ?? '', model, now.rank) : t('{0} new models entered above {1} (now #{2})', newcomers.length, model, now.rank) });
  }
  return changes;
}

/** Whether a "new" name is only the rename of a model that was there before. */
function renamedFromOld(model: string, before: ReadonlyMap<string, LeaderboardRow>): boolean {
  return renameSources(model).some((from) => before.has(from));
}

/** The publish date of a category in a data set, or null when it is not there. */
function publishDateOf(data: LeaderboardData, board: string, category: string): string | null {
  const found = findBoard(data, board);
  return (found && findCategory(found, category)?.publishDate) ?? null;
}

/**
 * Whether `next` holds an older publication of the category than `previous` (a source rolled back,
 * or a test server): compared the wrong way round, every fall would be announced as a rise.
 */
export function isOlderPublication(previous: LeaderboardData, next: LeaderboardData, board: string, category: string): boolean {
  const [before, after] = [publishDateOf(previous, board, category), publishDateOf(next, board, category)];
  return before !== null && after !== null && after < before;
}

/** One notification line for all changes. */
export function changeSummary(changes: readonly RankChange[], where: string): string {
  return t('Model Rankings ({0}): {1}.', where, changes.map((c) => c.text).join(t('; ')));
}

/** What the notification's Compare opens: the changed models still on the board, a lone one beside the board's best other model. */
export function modelsToCompare(changes: readonly RankChange[], next: readonly LeaderboardRow[]): string[] {
  const models = [...new Set(changes.map((c) => c.model))].filter((m) => next.some((r) => r.model === m));
  const best = next.find((r) => !models.includes(r.model))?.model;
  return models.length >= 2 || best === undefined ? models : [...models, best];
}

/** At most one notification per interval. */
export function mayNotify(lastNotifiedAt: number | undefined, now: number, minIntervalMs: number): boolean {
  return lastNotifiedAt === undefined || now - lastNotifiedAt >= minIntervalMs;
}
