/**
 * The default of every setting, keyed as in package.json (`contributes.configuration`), which is
 * the source of truth: a unit test holds this table to it, key by key and value by value. Kept
 * free of `vscode` so that test runs in plain node.
 */
import { BOARD, OVERALL } from '../core/boards/boardCatalog';

export const SETTING_DEFAULTS = {
  watchedModels: ['qwen3.7-max', 'top:anthropic'],
  'statusBar.enabled': true,
  'statusBar.board': BOARD.codeArena,
  'statusBar.category': OVERALL,
  'data.offline': false,
  'data.refreshIntervalHours': 12,
  'data.boards': [BOARD.codeArena, BOARD.text],
  'data.categories': { [BOARD.text]: [OVERALL, 'coding', 'hard_prompts'] },
  'data.viewerUrl': 'https://datasets-server.huggingface.co',
  'data.hubUrl': 'https://huggingface.co',
  'data.openRouterUrl': 'https://openrouter.ai/api/v1/models',
  'data.gitHubApiUrl': 'https://api.github.com',
  'data.gitHubRawUrl': 'https://raw.githubusercontent.com',
  'benchmarks.openRouter': true,
  'benchmarks.liveBench': true,
  'alerts.enabled': true,
  'alerts.minIntervalHours': 6,
} as const satisfies Readonly<Record<string, unknown>>;
