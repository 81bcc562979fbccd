/**
 * Holds the data the views show and tells them when it changes. Loading is injected, so the
 * store is the same in tests, in the desktop extension host and (later) in a web worker host.
 */
import type { LeaderboardData } from '../boards/leaderboard';

/**
 * Where the data stands: `idle` (fine), `loading`, `notice` (nothing is wrong, but worth a calm line:
 * offline on a first start) or `error` (something failed; the data shown stays).
 */
export interface StoreStatus {
  readonly kind: 'idle' | 'loading' | 'notice' | 'error';
  readonly message?: string;
}

export type StoreListener = (data: LeaderboardData | null, status: StoreStatus) => void;

export class LeaderboardStore {
  #data: LeaderboardData | null = null;
  #status: StoreStatus = { kind: 'idle' };
  readonly #listeners = new Set<StoreListener>();
  readonly #dataListeners = new Set<(data: LeaderboardData) => void>();
  #loading: Promise<LeaderboardData | null> | null = null;

  readonly #loadInitial: () => Promise<LeaderboardData>;

  /** @param loadInitial reads the best data available offline (cache, else the embedded snapshot). */
  constructor(loadInitial: () => Promise<LeaderboardData>) {
    this.#loadInitial = loadInitial;
  }

  /** The data shown now, or null before the first load finished. */
  get current(): LeaderboardData | null {
    return this.#data;
  }

  get currentStatus(): StoreStatus {
    return this.#status;
  }

  /** Loads the initial data once; later calls share the same promise. */
  ensureLoaded(): Promise<LeaderboardData | null> {
    if (this.#data) return Promise.resolve(this.#data);
    this.#loading ??= (async () => {
      this.setStatus({ kind: 'loading', message: 'Loading leaderboards…' });
      try {
        const data = await this.#loadInitial();
        this.replace(data, { kind: 'idle' });
        return data;
      } catch (error) {
        this.#loading = null;
        this.setStatus({ kind: 'error', message: `Could not load the leaderboards: ${error instanceof Error ? error.message : String(error)}` });
        return null;
      }
    })();
    return this.#loading;
  }

  /** Shows new, already validated data. */
  replace(data: LeaderboardData, status: StoreStatus = { kind: 'idle' }): void {
    const changed = data !== this.#data;
    this.#data = data;
    this.#status = status;
    this.#emit();
    if (changed) for (const listener of [...this.#dataListeners]) listener(data);
  }

  /** Changes the status only; the data shown stays as it is. */
  setStatus(status: StoreStatus): void {
    this.#status = status;
    this.#emit();
  }

  /** Calls the listener on every change; returns a disposer. */
  onChange(listener: StoreListener): { dispose(): void } {
    this.#listeners.add(listener);
    return { dispose: () => this.#listeners.delete(listener) };
  }

  /** Calls the listener when the data itself changes (not on status changes); returns a disposer. */
  onDataChange(listener: (data: LeaderboardData) => void): { dispose(): void } {
    this.#dataListeners.add(listener);
    return { dispose: () => this.#dataListeners.delete(listener) };
  }

  #emit(): void {
    for (const listener of [...this.#listeners]) listener(this.#data, this.#status);
  }
}
