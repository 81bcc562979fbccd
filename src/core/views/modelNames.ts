/** A board entry's name as the views say it: the model's display name, with its variant. */
import type { ModelCatalog } from '../models/modelCatalog';
import { shortModelName } from '../../shared/textFormat';

/** `Claude Opus 5 (max)`, `Qwen3.7-Max`: for compact places such as the status bar (an entry no model claims keeps a tidied name). */
export function compactModelName(catalog: ModelCatalog, boardId: string, entry: string): string {
  const model = catalog.modelOfEntry(boardId, entry);
  if (!model) return shortModelName(entry);
  return model.variant ? `${model.baseName} (${model.variant.label})` : model.baseName;
}

/** `Claude Opus 5 · max`: the display name with its variant, for hovers and headings. */
export function displayModelName(catalog: ModelCatalog, boardId: string, entry: string): string {
  return catalog.modelOfEntry(boardId, entry)?.name ?? entry;
}
