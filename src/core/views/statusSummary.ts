/**
 * What the status bar says about the watched models: a compact line and a Markdown hover.
 * Pure text so it is tested without VS Code; every data string is escaped for Markdown.
 */
import type { LeaderboardRow } from '../rankings/leaderboardRows';
import { rankRangeText } from '../rankings/rankStatistics';
import type { WatchHit } from '../models/watchList';
import { escapeMarkdown, formatCount, formatInterval, formatScore, shortModelName } from '../../shared/textFormat';
import { ARENA_ATTRIBUTION } from '../boards/leaderboard';
import { t } from '../../shared/l10n';

export interface SummaryContext {
  readonly boardTitle: string;
  readonly boardShort: string;
  readonly categoryLabel: string;
  readonly publishDate: string;
  readonly originNote: string;
  readonly top: readonly LeaderboardRow[];
  readonly total: number;
  /** A board entry's display name (`Claude Opus 5 · max`); the entry name itself when none is given. */
  readonly displayName?: (entry: string) => string;
  /** A board entry's model's coding benchmarks in one line (codingBenchmarkLine), or null when none are known. */
  readonly benchmarks?: (entry: string) => string | null;
}

/**
 * `Qwen3.7-Max #28 · Claude Opus 5 (max) #1 · Code` (models not on the board say `n/a`); `compactName`
 * gives a board entry's compact display name.
 */
export function statusText(hits: readonly WatchHit<LeaderboardRow>[], boardShort: string, compactName: (entry: string) => string = shortModelName): string {
  if (hits.length === 0) return t('Model Rankings · {0}', boardShort);
  const parts = hits.map((h) => (h.row ? `${compactName(h.row.model)} #${h.row.rank}` : t('{0} n/a', shortModelName(h.query))));
  return `${parts.join(' · ')} · ${boardShort}`;
}

function hitLines(hit: WatchHit<LeaderboardRow>, ctx: SummaryContext): string[] {
  const r = hit.row;
  if (!r) return [t('**{0}**: not on {1} · {2}', escapeMarkdown(hit.query), escapeMarkdown(ctx.boardTitle), escapeMarkdown(ctx.categoryLabel))];
  const tie = r.tiedWith > 0 ? (r.tiedWith === 1 ? t(', statistically tied with 1 other') : t(', statistically tied with {0} others', r.tiedWith)) : '';
  const prelim = r.preliminary ? t(' · *preliminary*') : '';
  const benchmarks = ctx.benchmarks?.(r.model) ?? null;
  return [
    `**${escapeMarkdown(ctx.displayName?.(r.model) ?? r.model)}**${ctx.displayName ? ` (\`${escapeMarkdown(r.model)}\`)` : ''}: ${t('#{0} of {1} (rank range {2}{3})', r.rank, ctx.total, rankRangeText(r), tie)}`,
    t('score {0} {1} (95% CI) · {2} votes{3}', formatScore(r.rating), formatInterval(r.lower, r.upper), formatCount(r.votes), prelim),
    ...(benchmarks ? [t('benchmarks: {0}', escapeMarkdown(benchmarks))] : []),
  ];
}

/** The hover: each watched model's rank, range, score ± CI and votes; the board's top 3; date and attribution. */
export function statusHoverMarkdown(hits: readonly WatchHit<LeaderboardRow>[], ctx: SummaryContext): string {
  const lines: string[] = [`#### ${escapeMarkdown(ctx.boardTitle)} · ${escapeMarkdown(ctx.categoryLabel)}`, ''];
  for (const hit of hits) lines.push(...hitLines(hit, ctx).map((l) => `${l}  `), '');
  if (hits.length === 0) lines.push(t('No watched models. Use *Model Rankings: Watch Model…* to add one.'), '');
  lines.push(t('Top 3:') + '  ');
  ctx.top.slice(0, 3).forEach((r) => lines.push(`${r.rank}. ${escapeMarkdown(ctx.displayName?.(r.model) ?? r.model)} — ${formatScore(r.rating)} ${formatInterval(r.lower, r.upper)}  `));
  lines.push('', `${t('Published {0} · {1}', escapeMarkdown(ctx.publishDate), escapeMarkdown(ctx.originNote))}  `, `*${escapeMarkdown(ARENA_ATTRIBUTION)}*`);
  return lines.join('\n');
}
