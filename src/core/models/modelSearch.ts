/**
 * Finding a model by a name as people write it: "Claude Opus 4.7", "qwen 3.7 max",
 * "claude-opus-4-7", "anthropic/claude-opus-4.7", "Claude Opus 4.7 at high effort".
 */
import type { ModelIdentity } from './modelIdentity';
import { normaliseModelName } from './modelMatching';
import { unmergeableReason } from './nameSafety';

/** A model a query may mean, best first. */
export interface ModelCandidate {
  readonly model: ModelIdentity;
  /** 1000: one of its names exactly; 900: the same words; below: its name contains the words. */
  readonly score: number;
  readonly why: string;
}

/** Scores at or above this name the model itself, not just a model whose name contains the words. */
export const SAME_NAME_SCORE = 900;

/** Words people add around a name that are no part of it. */
const FILLER: ReadonlySet<string> = new Set(['at', 'effort', 'with', 'the', 'mode', 'level', 'in', 'on', 'model']);

/** `Claude Opus 4.7` → [claude, opus, 4.7]; `qwen3.7-max` → [qwen, 3.7, max]; `gpt-5.5` → [gpt, 5.5]. */
export function nameTokens(text: string): string[] {
  return normaliseModelName(text)
    .split(/[^a-z0-9.]+|(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])/)
    .map((t) => t.replace(/^\.+|\.+$/g, ''))
    .filter((t) => t.length > 0);
}

interface Indexed {
  readonly model: ModelIdentity;
  /** Lower-case names that match exactly: id, entry names, display name, OpenRouter id. */
  readonly exact: ReadonlySet<string>;
  readonly tokenLists: readonly (readonly string[])[];
  /** Words of its organisation and OpenRouter vendor, allowed in a query without being in the name. */
  readonly orgWords: ReadonlySet<string>;
  readonly rank: number;
}

function sameTokens(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

/** Whether `query` appears in `name` in order (the last query word may be the start of a name word). */
function inOrder(query: readonly string[], name: readonly string[]): boolean {
  let j = 0;
  for (let i = 0; i < query.length; i++) {
    const q = query[i] ?? '';
    const last = i === query.length - 1;
    while (j < name.length && !(name[j] === q || (last && (name[j] ?? '').startsWith(q)))) j++;
    if (j === name.length) return false;
    j++;
  }
  return true;
}

/** Searches one catalog's models; built once per catalog. */
export class ModelSearch {
  readonly #indexed: readonly Indexed[];

  constructor(models: readonly ModelIdentity[]) {
    this.#indexed = models.map((model) => {
      const exactPrice = model.price?.match === 'exact' ? model.price.openRouterId : null;
      const exact = new Set([model.id, model.name, ...model.entries.map((e) => e.name), ...(exactPrice ? [exactPrice] : [])].map((n) => n.trim().toLowerCase()));
      const texts = [model.name, ...model.entries.map((e) => e.name), ...(exactPrice ? [exactPrice] : [])];
      const tokenLists = [...new Map(texts.map((t) => nameTokens(t)).map((l) => [l.join(' '), l])).values()];
      const vendor = model.price?.openRouterId.split('/')[0] ?? '';
      const orgWords = new Set([...nameTokens(model.organization), ...nameTokens(vendor)]);
      const ranks = model.entries.map((e) => (e.rankCategory === 'overall' && e.rank !== null ? e.rank : Infinity));
      return { model, exact, tokenLists, orgWords, rank: Math.min(...ranks) };
    });
  }

  /** Ranked candidates for a name as people write it; none for an empty, enormous or hostile query. */
  find(query: string, limit = 8): ModelCandidate[] {
    if (unmergeableReason(query) !== null) return [];
    const lower = query.trim().toLowerCase();
    const words = nameTokens(query).filter((t) => !FILLER.has(t));
    const found: (ModelCandidate & { rank: number })[] = [];
    for (const item of this.#indexed) {
      const candidate = this.#score(item, lower, words);
      if (candidate) found.push({ ...candidate, rank: item.rank });
    }
    found.sort((a, b) => b.score - a.score || a.rank - b.rank || a.model.name.localeCompare(b.model.name));
    return found.slice(0, limit).map(({ model, score, why }) => ({ model, score, why }));
  }

  #score(item: Indexed, lower: string, words: readonly string[]): ModelCandidate | null {
    if (item.exact.has(lower)) return { model: item.model, score: 1000, why: 'one of its names exactly' };
    if (words.length === 0) return null;
    let best: ModelCandidate | null = null;
    for (const tokens of item.tokenLists) {
      // Words naming the lab ("Anthropic: Claude Opus 4.7") may be left out of the name.
      const query = words.filter((w) => tokens.includes(w) || !item.orgWords.has(w));
      if (query.length === 0) continue;
      let candidate: ModelCandidate | null = null;
      if (sameTokens(query, tokens)) candidate = { model: item.model, score: SAME_NAME_SCORE, why: `the same name (${tokens.join(' ')})` };
      else if (inOrder(query, tokens)) candidate = { model: item.model, score: Math.max(100, 600 - 10 * (tokens.length - query.length)), why: `its name ${tokens.join(' ')} contains ${query.join(' ')}` };
      if (candidate && (!best || candidate.score > best.score)) best = candidate;
    }
    return best;
  }
}
