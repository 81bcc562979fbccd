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

/** The settings an automatic refresh plan depends on. */
export interface PlanSettings {
  readonly intervalMs: number;
  readonly offline: boolean;
}

/**
 * The automatic refresh plan of one session. It remembers failures and the earliest time the sources
 * allow another try (backoff, Retry-After), so re-planning after a settings change never brings a
 * refresh forward past them; a settings change that touches neither the interval nor offline mode
 * (a model starred, a status bar option) does not re-plan at all.
 */
export class RefreshPlan {
  #failures = 0;
  #notBefore = 0;
  #settings: PlanSettings | undefined;

  /** Milliseconds until the next automatic refresh, counted from the last completed check; null when offline. */
  plan(settings: PlanSettings, lastCheckedAt: number, now: number): number | null {
    this.#settings = settings;
    if (settings.offline) return null;
    return Math.max(nextRefreshDelay({ intervalMs: settings.intervalMs, lastCheckedAt, now, consecutiveFailures: 0 }), this.#notBefore - now);
  }

  /** Whether a plan made with these settings could differ from the current one. */
  changesPlan(settings: PlanSettings): boolean {
    return this.#settings === undefined || settings.intervalMs !== this.#settings.intervalMs || settings.offline !== this.#settings.offline;
  }

  /** After a refresh: milliseconds until the next one (backing off after failures, honouring Retry-After); null when offline. */
  afterRefresh(settings: PlanSettings, failed: boolean, retryAfterMs: number | undefined, now: number): number | null {
    this.#settings = settings;
    this.#failures = failed ? this.#failures + 1 : 0;
    const delay = nextRefreshDelay({ intervalMs: settings.intervalMs, lastCheckedAt: now, now, consecutiveFailures: this.#failures, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) });
    this.#notBefore = this.#failures > 0 || retryAfterMs !== undefined ? now + delay : 0;
    return settings.offline ? null : delay;
  }
}
