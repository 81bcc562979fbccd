/**
 * What went wrong in a refresh, sorted into what a person is told (the kind) and what the log
 * keeps (the detail: hosts, HTTP statuses, the row and field a schema refused).
 */
import type { HttpFailure } from '../sources/httpJson';

/** Why a source could not be used, as a person would put it. */
export type SourceFailureKind =
  /** No connection: the host could not be reached at all. */
  | 'noConnection'
  /** The host answers, but not to a browser: it does not allow cross-origin requests (CORS; web worker host only). */
  | 'notFromBrowser'
  /** The host did not answer, or stopped answering, in time. */
  | 'timeout'
  /** HTTP 5xx. */
  | 'serverError'
  /** HTTP 4xx (not 429), a redirect without a target, too many redirects. */
  | 'rejected'
  /** HTTP 429. */
  | 'rateLimited'
  /** The answer arrived but could not be used: not JSON, truncated, too large, or not what the schema allows. */
  | 'unreadable'
  /** An address not allowed (https only, loopback http for tests): in practice a redirect, as the settings refuse such URLs. */
  | 'refused'
  /** The extension was shutting down. */
  | 'cancelled';

/** One failed part of a refresh; `detail` is the technical message for the log. */
export type RefreshFailure =
  /** One board could not be downloaded or read. */
  | { readonly part: 'board'; readonly boardId: string; readonly kind: SourceFailureKind; readonly detail: string }
  /** The dataset's revision check failed, so no board was updated. */
  | { readonly part: 'dataset'; readonly kind: SourceFailureKind; readonly detail: string }
  /** OpenRouter's prices could not be updated. */
  | { readonly part: 'prices'; readonly kind: SourceFailureKind; readonly detail: string }
  /** The cache on disk could not be read, or what was downloaded could not be saved there. */
  | { readonly part: 'reading' | 'saving'; readonly detail: string }
  /** Something threw that nothing expected (a bug): the log has the stack. */
  | { readonly part: 'unexpected'; readonly detail: string };

/** The kind of a source failure: from how the network failed, or `unreadable` when the answer itself was unusable. */
export function sourceFailureKind(failure: HttpFailure | undefined): SourceFailureKind {
  switch (failure?.kind) {
    case undefined:
    case 'badBody':
    case 'tooLarge':
      return 'unreadable';
    case 'network':
      return 'noConnection';
    case 'crossOrigin':
      return 'notFromBrowser';
    case 'timeout':
      return 'timeout';
    case 'http':
      return failure.status >= 500 && failure.status < 600 ? 'serverError' : 'rejected';
    case 'rateLimited':
      return 'rateLimited';
    case 'blocked':
      return 'refused';
    case 'aborted':
      return 'cancelled';
  }
}

/** Whether every failure is the network being out of reach (no connection, or no answer in time). */
export function onlyUnreachable(failures: readonly RefreshFailure[]): boolean {
  return failures.length > 0 && failures.every((f) => 'kind' in f && (f.kind === 'noConnection' || f.kind === 'timeout'));
}

/** An error's message and, where there is one, its stack (for the log). */
export function describeThrown(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}
