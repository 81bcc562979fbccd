/**
 * LiveBench rows joined to models by the catalog's own precision-first rules: the LiveBench name,
 * read in Arena's spelling (liveBenchNames), must be a model's name up to date stamp and spelling
 * (the rule of the catalog's matchForeign), of the same lab when the family says which. Effort levels stay apart: a row joins
 * only the model listed at that very level, never its base or another level. Two rows reaching one
 * model are joined to none. A wrong join is worse than a missing one, so every row not joined says why.
 */
import type { LiveBenchBoard, LiveBenchModel } from '../sources/liveBenchTable';
import type { ModelCatalog } from './modelCatalog';
import type { ModelIdentity } from './modelIdentity';
import type { JoinedBenchmark, LiveBenchValues } from './joinedBenchmark';
import { liveBenchLab, readLiveBenchName } from './liveBenchNames';
import { normaliseModelName } from './modelMatching';
import { boardTitle } from '../boards/boardCatalog';
import { stripVariantSuffix } from './modelVariants';
import { unmergeableReason, visibleName } from './nameSafety';

export interface LiveBenchJoin {
  /** By model id. */
  readonly byModel: ReadonlyMap<string, JoinedBenchmark<LiveBenchValues>>;
  /** What was not joined and why, one line each, naming LiveBench. */
  readonly notes: readonly string[];
}

const note = (text: string): string => `LiveBench: ${text}`;

/** Normalised entry name → the models listing it (kept-apart models too, so a collision is seen). */
type NameIndex = ReadonlyMap<string, readonly ModelIdentity[]>;
const indexes = new WeakMap<ModelCatalog, NameIndex>();

/**
 * The catalog's entry names, indexed once per catalog. matchForeign scans every model per call (about
 * 0.1 ms; 5 ms for a LiveBench table), so the join asks this index the same question: the one model
 * not kept apart with an entry of that normalised name. A unit test holds it to matchForeign's verdicts.
 */
function indexOf(catalog: ModelCatalog): NameIndex {
  let index = indexes.get(catalog);
  if (!index) {
    const built = new Map<string, ModelIdentity[]>();
    for (const model of catalog.models) {
      for (const key of new Set(model.entries.map((e) => normaliseModelName(e.name)))) {
        const list = built.get(key);
        if (list) list.push(model);
        else built.set(key, [model]);
      }
    }
    index = built;
    indexes.set(catalog, index);
  }
  return index;
}

/** matchForeign's rule on the index: one model, not kept apart, of the lab when one is named. */
function foreignMatch(index: NameIndex, key: string, lab: string | null): ModelIdentity | null {
  const found = index.get(key)?.filter((m) => m.keptApart === null) ?? [];
  const [model] = found;
  if (!model || found.length > 1) return null;
  return lab && model.organization && lab !== model.organization.toLowerCase() ? null : model;
}

/** The model a LiveBench row is, or why there is none. */
function modelOf(index: NameIndex, row: string): { model: ModelIdentity; because: string } | { why: string } {
  const shown = visibleName(row);
  const unsafe = unmergeableReason(row);
  if (unsafe) return { why: `${shown} not joined: ${unsafe}` };
  // LiveBench names carry no vendor; a slash would let matchForeign read only the part after it.
  if (row.includes('/')) return { why: `${shown} not joined: LiveBench names have no '/'` };
  const reading = readLiveBenchName(row);
  const key = normaliseModelName(reading.name);
  const read = reading.rules.length > 0 ? ` (read as ${reading.name}: ${reading.rules.join('; ')})` : '';
  if (!key || !index.has(key)) {
    const base = stripVariantSuffix(key);
    const other = base && index.has(base) ? `; Arena lists ${base}, but not at this setting` : '';
    return { why: `${shown} not joined: no Arena model is named ${key}${read}${other}` };
  }
  const lab = liveBenchLab(reading.name);
  const model = foreignMatch(index, key, lab);
  if (!model) return { why: `${shown} not joined: ${key}${read} is not one certain Arena model${lab ? ` of ${lab}` : ''}` };
  const entry = model.entries.find((e) => normaliseModelName(e.name) === key);
  return { model, because: `LiveBench's ${row}${read} is ${model.name}${entry ? ` (${entry.name} on ${boardTitle(entry.boardId)})` : ''}: the same name up to date stamp and spelling` };
}

function values(board: LiveBenchBoard, row: LiveBenchModel): LiveBenchValues {
  return { overall: row.overall, categories: board.categories.map((c, i) => ({ name: c.name, score: row.scores[i] ?? null })) };
}

/** Joins a LiveBench board's rows to the catalog's models. */
export function joinLiveBench(catalog: ModelCatalog, board: LiveBenchBoard): LiveBenchJoin {
  const index = indexOf(catalog);
  const notes: string[] = [];
  const found = new Map<ModelIdentity, { row: LiveBenchModel; because: string }[]>();
  for (const row of board.models) {
    const result = modelOf(index, row.model);
    if ('why' in result) {
      notes.push(note(result.why));
      continue;
    }
    found.set(result.model, [...(found.get(result.model) ?? []), { row, because: result.because }]);
  }
  const byModel = new Map<string, JoinedBenchmark<LiveBenchValues>>();
  for (const [model, rows] of found) {
    const [only] = rows;
    if (!only) continue;
    if (rows.length > 1) {
      notes.push(note(`${rows.map((r) => visibleName(r.row.model)).join(' and ')} all read as ${model.name}; joined to none, as which is which is a guess`));
      continue;
    }
    byModel.set(model.id, { source: 'livebench', sourceName: only.row.model, date: board.release, because: only.because, values: values(board, only.row) });
  }
  return { byModel, notes };
}

/** The model one LiveBench name joins on its own (before two rows reaching one model are refused), or null; for tests and the log. */
export function liveBenchModelOf(catalog: ModelCatalog, name: string): ModelIdentity | null {
  const result = modelOf(indexOf(catalog), name);
  return 'model' in result ? result.model : null;
}
