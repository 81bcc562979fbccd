/** The `modelRankings_query` language model tool: agents in the editor get real, dated numbers. */
import * as vscode from 'vscode';
import type { LeaderboardStore } from '../core/store/leaderboardStore';
import { answerRankingsQuery } from '../core/views/rankingsQuery';
import type { Log } from './log';
import type { LeaderboardData } from '../core/boards/leaderboard';
import type { BenchmarkJoin } from '../core/models/benchmarkJoin';

export const TOOL_NAME = 'modelRankings_query';

/**
 * Registers the tool when the editor has the API (VS Code 1.95+); otherwise does nothing. Editors built on VS Code
 * (forks) may lack `vscode.lm`, or carry a stub whose `registerTool` throws: the tool is then absent, logged, and
 * nothing else is affected. `benchmarks` gives the benchmark sources joined to the data it answers from.
 */
export function registerRankingsTool(store: LeaderboardStore, log: Log, benchmarks: (data: LeaderboardData) => BenchmarkJoin): vscode.Disposable {
  const none = new vscode.Disposable(() => undefined);
  const lm = (vscode as { lm?: typeof vscode.lm }).lm;
  if (!lm || typeof lm.registerTool !== 'function') {
    log.info('no language model tools in this editor: the #modelRankings tool for AI agents is not offered');
    return none;
  }
  try {
    return register(lm, store, benchmarks);
  } catch (error) {
    log.warn(`this editor refused the #modelRankings tool for AI agents; everything else works: ${String(error)}`);
    return none;
  }
}

function register(lm: typeof vscode.lm, store: LeaderboardStore, benchmarks: (data: LeaderboardData) => BenchmarkJoin): vscode.Disposable {
  return lm.registerTool<unknown>(TOOL_NAME, {
    async invoke(options) {
      const data = await store.ensureLoaded();
      const answer = data ? answerRankingsQuery(data, options.input, benchmarks(data)) : { ok: false as const, error: vscode.l10n.t('The leaderboards are not loaded.') };
      return new vscode.LanguageModelToolResult([new vscode.LanguageModelTextPart(answer.ok ? answer.value : vscode.l10n.t('Error: {0}', answer.error))]);
    },
    prepareInvocation() {
      return { invocationMessage: vscode.l10n.t('Reading the Arena leaderboards and benchmarks') };
    },
  });
}
