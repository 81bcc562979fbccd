/** When to refresh next: the interval after the last check, sooner after nothing, later after failures. */

export const MIN_BACKOFF_MS = 60_000;

export interface ScheduleInput {
  readonly intervalMs: number;
  readonly lastCheckedAt: number;
  readonly now: number;
  readonly consecutiveFailures: number;
  readonly retryAfterMs?: number;
}

/** Milliseconds until the next automatic refresh. Failures back off 1, 2, 4… minutes, capped at the interval; Retry-After is honoured. */
export function nextRefreshDelay(input: ScheduleInput): number {
  if (input.consecutiveFailures > 0 || input.retryAfterMs !== undefined) {
    const backoff = Math.min(input.intervalMs, MIN_BACKOFF_MS * 2 ** Math.max(0, Math.min(20, input.consecutiveFailures - 1)));
    return Math.max(backoff, input.retryAfterMs ?? 0);
  }
  return Math.max(0, input.lastCheckedAt + input.intervalMs - input.now);
}
