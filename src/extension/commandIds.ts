/** Every command this extension contributes, in one table (a unit test checks it against package.json). */
export const COMMANDS = {
  openLeaderboard: 'modelRankings.openLeaderboard',
  switchBoard: 'modelRankings.switchBoard',
  watchModel: 'modelRankings.watchModel',
  unwatchModel: 'modelRankings.unwatchModel',
  revealWatched: 'modelRankings.revealWatched',
  compareModels: 'modelRankings.compareModels',
  compareWatched: 'modelRankings.compareWatched',
  compareWith: 'modelRankings.compareWith',
  copyComparison: 'modelRankings.copyComparison',
  refresh: 'modelRankings.refresh',
} as const;

export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];

/** Ids of the sidebar container and view (package.json `viewsContainers` / `views`). */
export const VIEW_CONTAINER_ID = 'modelRankings';
export const SIDEBAR_VIEW_ID = 'modelRankings.leaderboard';
export const STATUS_ITEM_ID = 'modelRankings.status';
