/** The `modelRankings_query` language model tool: agents in the editor get real, dated numbers. */
import * as vscode from 'vscode';
import type { LeaderboardStore } from '../core/store/leaderboardStore';
import { answerRankingsQuery } from '../core/views/rankingsQuery';
import type { LeaderboardData } from '../core/boards/leaderboard';
import type { BenchmarkJoin } from '../core/models/benchmarkJoin';

export const TOOL_NAME = 'modelRankings_query';

/**
 * Registers the tool when the editor has the API (VS Code 1.95+); otherwise does nothing. `benchmarks`
 * gives the benchmark sources joined to the data it answers from.
 */
export function registerRankingsTool(store: LeaderboardStore, benchmarks: (data: LeaderboardData) => BenchmarkJoin): vscode.Disposable {
  const lm = (vscode as { lm?: typeof vscode.lm }).lm;
  if (!lm || typeof lm.registerTool !== 'function') return new vscode.Disposable(() => undefined);
  return lm.registerTool<unknown>(TOOL_NAME, {
    async invoke(options) {
      const data = await store.ensureLoaded();
      const answer = data ? answerRankingsQuery(data, options.input, benchmarks(data)) : { ok: false as const, error: 'The leaderboards are not loaded.' };
      return new vscode.LanguageModelToolResult([new vscode.LanguageModelTextPart(answer.ok ? answer.value : `Error: ${answer.error}`)]);
    },
    prepareInvocation() {
      return { invocationMessage: 'Reading the Arena leaderboards and benchmarks' };
    },
  });
}
