/** Picks what to show at start-up: the cached download when it is valid and not older than the shipped snapshot. */
import type { LeaderboardData } from '../boards/leaderboard';
import type { Result } from '../../shared/result';

const newest = (data: LeaderboardData): string => data.boards.reduce((d, b) => (b.publishDate > d ? b.publishDate : d), '');

/** The better of the cache and the embedded snapshot, and a note when the cache was unusable. */
export function chooseInitialData(cache: Result<LeaderboardData> | null, snapshot: LeaderboardData): { data: LeaderboardData; problem: string | null } {
  if (!cache) return { data: snapshot, problem: null };
  if (!cache.ok) return { data: snapshot, problem: `${cache.error}; showing the shipped snapshot instead` };
  return { data: newest(cache.value) >= newest(snapshot) ? cache.value : snapshot, problem: null };
}
