/**
 * What the sidebar says after a refresh, in words: which board could not be updated, why, what is
 * shown instead (with its date) and when the next try is. The technical detail (hosts, HTTP
 * statuses, rows) stays in the log; the banner's "Show log" opens it.
 */
import { boardTitle } from '../boards/boardCatalog';
import type { LeaderboardData } from '../boards/leaderboard';
import { onlyUnreachable, type RefreshFailure, type SourceFailureKind } from '../refresh/refreshFailure';
import type { RefreshReport } from '../refresh/refreshLoop';
import type { StoreStatus } from '../store/leaderboardStore';
import { STATUS_MESSAGE_MAX } from '../../shared/protocol';
import { t } from '../../shared/l10n';
import { capitalised } from '../../shared/textFormat';

/** The offline-mode notice (a function: the translator is set after this module loads). */
export const offlineModeMessage = (): string => t('Offline mode: the network is off (setting modelRankings.data.offline).');

/** Why, as the end of "Code Arena could not be updated: …"; `many` when several things are named. */
function reason(kind: SourceFailureKind, many: boolean): string {
  switch (kind) {
    case 'noConnection':
      return t('no connection to the server');
    case 'notFromBrowser':
      return t('the server could not be reached from the browser (it does not allow cross-origin requests)');
    case 'timeout':
      return t('the server did not answer in time');
    case 'serverError':
      return t('the server had an error');
    case 'rejected':
      return t('the server turned the request down');
    case 'rateLimited':
      return t('the server asked us to wait (too many requests)');
    case 'unreadable':
      return many ? t('the data they sent could not be read') : t('the data it sent could not be read');
    case 'refused':
      return t('the server redirected to an address that is not allowed (https only)');
    case 'cancelled':
      return t('the refresh was stopped');
  }
}

/** `A`, `A and B`, `A, B and C`. */
function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : t('{0} and {1}', items.slice(0, -1).reduce((a, b) => t('{0}, {1}', a, b)), items.at(-1) ?? '');
}

/** `in 1 minute`, `in 5 minutes`, `at 14:05`, `tomorrow at 02:05` (local time), `on 2026-08-27 at 09:00`. */
export function nextTryPhrase(inMs: number, now: number): string {
  if (inMs < 60_000) {
    const seconds = Math.max(1, Math.round(inMs / 1000));
    return seconds === 1 ? t('in 1 second') : t('in {0} seconds', seconds);
  }
  const minutes = Math.round(inMs / 60_000);
  if (minutes < 60) return minutes === 1 ? t('in 1 minute') : t('in {0} minutes', minutes);
  const at = new Date(now + inMs);
  const two = (n: number): string => String(n).padStart(2, '0');
  const time = `${two(at.getHours())}:${two(at.getMinutes())}`;
  const day = (d: Date): string => `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
  const today = new Date(now);
  const tomorrow = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1);
  if (day(at) === day(today)) return t('at {0}', time);
  if (day(at) === day(tomorrow)) return t('tomorrow at {0}', time);
  return t('on {0} at {1}', day(at), time);
}

/** The newest publish date of the data shown. */
const newestDate = (data: LeaderboardData): string => data.boards.reduce((d, b) => (b.publishDate > d ? b.publishDate : d), '');

/** `the data published 2026-08-19`, or per board when the dates differ; null when none of the boards is shown. */
function shownData(boardIds: readonly string[], data: LeaderboardData | null): string | null {
  const shown = boardIds.flatMap((id) => data?.boards.filter((b) => b.id === id) ?? []);
  if (shown.length === 0) return null;
  const dates = new Set(shown.map((b) => b.publishDate));
  if (dates.size === 1) return t('the data published {0}', shown[0]?.publishDate ?? '');
  return list(shown.map((b) => t('{0} published {1}', boardTitle(b.id), b.publishDate)));
}

/** The sentences for failed sources, grouped by why: "Code Arena and Text could not be updated: …". */
function sourceSentences(failures: readonly RefreshFailure[], data: LeaderboardData | null): { sentences: string[]; boards: string[]; prices: boolean } {
  const byKind = new Map<SourceFailureKind, string[]>();
  const boards: string[] = [];
  let prices = false;
  const add = (kind: SourceFailureKind, item: string): void => {
    const items = byKind.get(kind) ?? [];
    if (!items.includes(item)) items.push(item);
    byKind.set(kind, items);
  };
  for (const f of failures) {
    if (f.part === 'board') {
      boards.push(f.boardId);
      add(f.kind, boardTitle(f.boardId));
    } else if (f.part === 'dataset') {
      // The revision check comes first: when it fails, no board is updated.
      const ids = data?.boards.map((b) => b.id) ?? [];
      boards.push(...ids);
      for (const id of ids) add(f.kind, boardTitle(id));
      if (ids.length === 0) add(f.kind, t('the leaderboards'));
    } else if (f.part === 'prices') {
      prices = true;
      add(f.kind, t('the prices'));
    }
  }
  const sentences = [...byKind].map(([kind, items]) => t('{0} could not be updated: {1}', capitalised(list(items)), reason(kind, items.length > 1)));
  return { sentences, boards: [...new Set(boards)], prices };
}

/** Sentences about the disk and about bugs (each said once). */
function otherSentences(failures: readonly RefreshFailure[], updated: boolean): string[] {
  const sentences: string[] = [];
  if (failures.some((f) => f.part === 'unexpected')) sentences.push(t('The refresh failed unexpectedly'));
  if (failures.some((f) => f.part === 'reading')) sentences.push(t('What was saved on disk could not be read'));
  if (failures.some((f) => f.part === 'saving')) sentences.push(updated ? t('The new data is shown, but it could not be saved on disk') : t('The refresh could not save its progress on disk'));
  return sentences;
}

/** Sentences joined, each ending with a full stop, clipped to what the protocol carries. */
function paragraph(sentences: readonly string[]): string {
  const text = sentences.map((s) => (/[.!?。！？]$/.test(s) ? s : t('{0}.', s))).reduce((a, b) => t('{0} {1}', a, b), '').trimStart();
  // Clipped in UTF-16 units, which are never fewer than the code points the protocol counts.
  return text.length <= STATUS_MESSAGE_MAX ? text : `${text.slice(0, STATUS_MESSAGE_MAX - 1)}…`;
}

/** The failure part of an error message: what failed and why, what is shown instead, when the next try is. */
function failureSentences(report: RefreshReport): string[] {
  const { outcome, data, nextTryInMs, now } = report;
  const sources = sourceSentences(outcome.failures, data);
  const sentences = [...sources.sentences, ...otherSentences(outcome.failures, outcome.updated)];
  // A bug says nothing about which board is current: everything shown is what was there before.
  const unexpected = outcome.failures.some((f) => f.part === 'unexpected');
  const boardIds = unexpected && data ? data.boards.map((b) => b.id) : sources.boards;
  const shown = [shownData(boardIds, data), sources.prices && data?.provenance.pricesDate ? t('the prices of {0}', data.provenance.pricesDate) : null].filter((s) => s !== null);
  const next = nextTryInMs === null ? null : t('next try {0}', nextTryPhrase(nextTryInMs, now));
  if (shown.length > 0) sentences.push(next ? t('Showing {0}; {1}', list(shown), next) : t('Showing {0}', list(shown)));
  else if (next) sentences.push(capitalised(next));
  return sentences;
}

/** The status after a refresh: fine, offline (mode or first start), or an error in words. */
export function refreshStatus(report: RefreshReport): StoreStatus {
  const { outcome, data, nextTryInMs, now, problems } = report;
  const settings = problems.map((p) => p.trim()).filter((p) => p.length > 0);
  if (outcome.offline && settings.length === 0) return { kind: 'idle', message: offlineModeMessage() };
  if (outcome.failures.length === 0) return settings.length > 0 ? { kind: 'error', message: paragraph(settings) } : { kind: 'idle' };
  // A first start with no network is not an error: the shipped snapshot is what there is to show.
  if (settings.length === 0 && data?.provenance.origin === 'snapshot' && !outcome.downloadedBefore && onlyUnreachable(outcome.failures)) {
    const again = nextTryInMs === null ? [] : [t('Will try again {0}', nextTryPhrase(nextTryInMs, now))];
    return { kind: 'notice', message: paragraph([t('Offline: showing the snapshot shipped with the extension, published {0}', newestDate(data)), ...again]) };
  }
  return { kind: 'error', message: paragraph([...settings, ...failureSentences(report)]) };
}
