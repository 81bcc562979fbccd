/** The `modelRankings_query` language model tool: agents in the editor get real, dated numbers. */
import * as vscode from 'vscode';
import type { LeaderboardStore } from '../core/store/leaderboardStore';
import { answerRankingsQuery } from '../core/views/rankingsQuery';

export const TOOL_NAME = 'modelRankings_query';

/** Registers the tool when the editor has the API (VS Code 1.95+); otherwise does nothing. */
export function registerRankingsTool(store: LeaderboardStore): vscode.Disposable {
  const lm = (vscode as { lm?: typeof vscode.lm }).lm;
  if (!lm || typeof lm.registerTool !== 'function') return new vscode.Disposable(() => undefined);
  return lm.registerTool<unknown>(TOOL_NAME, {
    async invoke(options) {
      const data = await store.ensureLoaded();
      const answer = data ? answerRankingsQuery(data, options.input) : { ok: false as const, error: vscode.l10n.t('The leaderboards are not loaded.') };
      return new vscode.LanguageModelToolResult([new vscode.LanguageModelTextPart(answer.ok ? answer.value : vscode.l10n.t('Error: {0}', answer.error))]);
    },
    prepareInvocation() {
      return { invocationMessage: vscode.l10n.t('Reading the Arena leaderboards') };
    },
  });
}
