/**
 * Maps the chat models available in the editor (VS Code Language Model API) to leaderboard rows,
 * with the same precision-first rules as prices: the same name (or family), else an effort variant
 * of it shown as a "proxy"; anything looser is no match.
 */
import type { LeaderboardRow } from './leaderboardRows';
import { normaliseModelName, stripVariantSuffix } from './modelMatching';

/** What the editor tells us about a chat model. */
export interface EditorModel {
  readonly id: string;
  readonly name: string;
  readonly vendor: string;
  readonly family: string;
  readonly version: string;
}

export interface EditorModelMatch {
  readonly model: EditorModel;
  readonly row: LeaderboardRow | null;
  /** `exact`: the same model; `proxy`: scored through an effort/harness variant of it. */
  readonly kind: 'exact' | 'proxy' | null;
}

function keysOf(m: EditorModel): string[] {
  return [...new Set([m.family, m.id, m.name].filter((k) => k.length > 0 && k.length <= 200).map(normaliseModelName))];
}

/** The best-ranked row for one editor model, or none. */
export function matchEditorModel(model: EditorModel, rows: readonly LeaderboardRow[]): EditorModelMatch {
  const keys = keysOf(model);
  for (const key of keys) {
    const exact = rows.find((r) => normaliseModelName(r.model) === key);
    if (exact) return { model, row: exact, kind: 'exact' };
  }
  for (const key of keys) {
    const proxy = rows.find((r) => stripVariantSuffix(normaliseModelName(r.model), r.organization) === key);
    if (proxy) return { model, row: proxy, kind: 'proxy' };
  }
  return { model, row: null, kind: null };
}

/** Matches every editor model (duplicates of the same vendor/id dropped). */
export function matchEditorModels(models: readonly EditorModel[], rows: readonly LeaderboardRow[]): EditorModelMatch[] {
  const seen = new Set<string>();
  return models
    .filter((m) => {
      const k = `${m.vendor}/${m.id}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .map((m) => matchEditorModel(m, rows));
}
