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

export const OFFLINE_MODE_MESSAGE = 'Offline mode: the network is off (setting modelRankings.data.offline).';

/** Why, as the end of "Code Arena could not be updated: …"; `many` when several things are named. */
function reason(kind: SourceFailureKind, many: boolean): string {
  switch (kind) {
    case 'noConnection':
      return 'no connection to the server';
    case 'notFromBrowser':
      return 'the server could not be reached from the browser (it does not allow cross-origin requests)';
    case 'timeout':
      return 'the server did not answer in time';
    case 'serverError':
      return 'the server had an error';
    case 'rejected':
      return 'the server turned the request down';
    case 'rateLimited':
      return 'the server asked us to wait (too many requests)';
    case 'unreadable':
      return `the data ${many ? 'they' : 'it'} sent could not be read`;
    case 'refused':
      return 'the server redirected to an address that is not allowed (https only)';
    case 'cancelled':
      return 'the refresh was stopped';
  }
}

/** `A`, `A and B`, `A, B and C`. */
function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const PRICES = 'the prices';

/** `in 1 minute`, `in 5 minutes`, `at 14:05`, `tomorrow at 02:05` (local time), `on 2026-08-27 at 09:00`. */
export function nextTryPhrase(inMs: number, now: number): string {
  if (inMs < 60_000) {
    const seconds = Math.max(1, Math.round(inMs / 1000));
    return `in ${seconds} second${seconds === 1 ? '' : 's'}`;
  }
  const minutes = Math.round(inMs / 60_000);
  if (minutes < 60) return `in ${minutes} minute${minutes === 1 ? '' : 's'}`;
  const at = new Date(now + inMs);
  const two = (n: number): string => String(n).padStart(2, '0');
  const time = `${two(at.getHours())}:${two(at.getMinutes())}`;
  const day = (d: Date): string => `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
  const today = new Date(now);
  const tomorrow = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1);
  if (day(at) === day(today)) return `at ${time}`;
  if (day(at) === day(tomorrow)) return `tomorrow at ${time}`;
  return `on ${day(at)} at ${time}`;
}

/** The newest publish date of the data shown. */
const newestDate = (data: LeaderboardData): string => data.boards.reduce((d, b) => (b.publishDate > d ? b.publishDate : d), '');

/** `the data published 2026-08-19`, or per board when the dates differ; null when none of the boards is shown. */
function shownData(boardIds: readonly string[], data: LeaderboardData | null): string | null {
  const shown = boardIds.flatMap((id) => data?.boards.filter((b) => b.id === id) ?? []);
  if (shown.length === 0) return null;
  const dates = new Set(shown.map((b) => b.publishDate));
  if (dates.size === 1) return `the data published ${shown[0]?.publishDate ?? ''}`;
  return list(shown.map((b) => `${boardTitle(b.id)} published ${b.publishDate}`));
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
      if (ids.length === 0) add(f.kind, 'the leaderboards');
    } else if (f.part === 'prices') {
      prices = true;
      add(f.kind, PRICES);
    }
  }
  const sentences = [...byKind].map(([kind, items]) => `${capitalised(list(items))} could not be updated: ${reason(kind, items.length > 1)}`);
  return { sentences, boards: [...new Set(boards)], prices };
}

/** Sentences about the disk and about bugs (each said once). */
function otherSentences(failures: readonly RefreshFailure[], updated: boolean): string[] {
  const sentences: string[] = [];
  if (failures.some((f) => f.part === 'unexpected')) sentences.push('The refresh failed unexpectedly');
  if (failures.some((f) => f.part === 'reading')) sentences.push('What was saved on disk could not be read');
  if (failures.some((f) => f.part === 'saving')) sentences.push(updated ? 'The new data is shown, but it could not be saved on disk' : 'The refresh could not save its progress on disk');
  return sentences;
}

/** Sentences joined, each ending with a full stop, clipped to what the protocol carries. */
function paragraph(sentences: readonly string[]): string {
  const text = sentences.map((s) => (/[.!?]$/.test(s) ? s : `${s}.`)).join(' ');
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
  const shown = [shownData(boardIds, data), sources.prices && data?.provenance.pricesDate ? `the prices of ${data.provenance.pricesDate}` : null].filter((s) => s !== null);
  const next = nextTryInMs === null ? null : `next try ${nextTryPhrase(nextTryInMs, now)}`;
  if (shown.length > 0) sentences.push(`Showing ${list(shown)}${next ? `; ${next}` : ''}`);
  else if (next) sentences.push(capitalised(next));
  return sentences;
}

/** The status after a refresh: fine, offline (mode or first start), or an error in words. */
export function refreshStatus(report: RefreshReport): StoreStatus {
  const { outcome, data, nextTryInMs, now, problems } = report;
  const settings = problems.map((p) => p.trim()).filter((p) => p.length > 0);
  if (outcome.offline && settings.length === 0) return { kind: 'idle', message: OFFLINE_MODE_MESSAGE };
  if (outcome.failures.length === 0) return settings.length > 0 ? { kind: 'error', message: paragraph(settings) } : { kind: 'idle' };
  // A first start with no network is not an error: the shipped snapshot is what there is to show.
  if (settings.length === 0 && data?.provenance.origin === 'snapshot' && !outcome.downloadedBefore && onlyUnreachable(outcome.failures)) {
    const again = nextTryInMs === null ? [] : [`Will try again ${nextTryPhrase(nextTryInMs, now)}`];
    return { kind: 'notice', message: paragraph([`Offline: showing the snapshot shipped with the extension, published ${newestDate(data)}`, ...again]) };
  }
  return { kind: 'error', message: paragraph([...settings, ...failureSentences(report)]) };
}
