/**
 * Human names for boards and categories. Unknown ids still display (as themselves),
 * so a new board or category published upstream shows up without a release. Names are translated where shown.
 */
import { t, translatable } from '../../shared/l10n';
import { capitalised } from '../../shared/textFormat';

/** Board ids as the Arena dataset names its subsets: the one place the code spells them. */
export const BOARD = { codeArena: 'webdev', text: 'text_style_control' } as const;
/** The category every board has, and the one every board opens on. */
export const OVERALL = 'overall';

interface BoardMeta {
  readonly title: string;
  readonly short: string;
  readonly description: string;
}

const BOARDS: Readonly<Record<string, BoardMeta>> = {
  webdev: {
    title: 'Code Arena',
    short: translatable('Code'),
    description: translatable('Developers build real web apps with two anonymous models and vote.'),
  },
  text_style_control: {
    title: translatable('Text'),
    short: translatable('Text'),
    description: translatable('General chat battles, scores adjusted for answer length and style.'),
  },
  text: { title: translatable('Text (no style control)'), short: translatable('Text raw'), description: translatable('General chat battles, raw.') },
  vision: { title: translatable('Vision'), short: translatable('Vision'), description: translatable('Image understanding battles.') },
  vision_style_control: { title: translatable('Vision (style control)'), short: translatable('Vision'), description: translatable('Image understanding, style-adjusted.') },
  search: { title: translatable('Search'), short: translatable('Search'), description: translatable('Search-augmented answers.') },
  document: { title: translatable('Document'), short: translatable('Doc'), description: translatable('Questions about documents.') },
};

const CATEGORY_LABELS: Readonly<Record<string, string>> = {
  overall: translatable('Overall'),
  webdev: 'WebDev',
  'webdev-react': 'React',
  'webdev-html': 'HTML',
  image_to_webdev: translatable('Image to WebDev'),
  coding: translatable('Coding'),
  hard_prompts: translatable('Hard prompts'),
  hard_prompts_english: translatable('Hard prompts (English)'),
  math: translatable('Math'),
  creative_writing: translatable('Creative writing'),
  instruction_following: translatable('Instruction following'),
  multi_turn: translatable('Multi-turn'),
  longer_query: translatable('Longer query'),
  exclude_ties: translatable('Excluding ties'),
  expert: translatable('Expert'),
  english: translatable('English'),
  non_english: translatable('Non-English'),
};

/** Board order in pickers: Code Arena first, Text second, then the rest alphabetically. */
export function compareBoardIds(a: string, b: string): number {
  const order: readonly string[] = [BOARD.codeArena, BOARD.text];
  const ia = order.indexOf(a);
  const ib = order.indexOf(b);
  if (ia !== -1 || ib !== -1) return (ia === -1 ? 99 : ia) - (ib === -1 ? 99 : ib);
  return a.localeCompare(b);
}

/** Display title of a board (`webdev` → `Code Arena`). */
export function boardTitle(boardId: string): string {
  const title = BOARDS[boardId]?.title;
  return title ? t(title) : boardId;
}

/** Short board name for the status bar (`webdev` → `Code`). */
export function boardShortTitle(boardId: string): string {
  const short = BOARDS[boardId]?.short;
  return short ? t(short) : boardId;
}

/** One-line description of what a board measures. */
export function boardDescription(boardId: string): string {
  const description = BOARDS[boardId]?.description;
  return description ? t(description) : '';
}


/** Display label of a category (`webdev-react` → `React`, `industry_legal_and_government` → `Industry: legal and government`). */
export function categoryLabel(categoryId: string): string {
  const known = CATEGORY_LABELS[categoryId];
  if (known) return t(known);
  const industry = /^industry_(.+)$/.exec(categoryId);
  const words = (industry ? industry[1] ?? '' : categoryId).replace(/_/g, ' ');
  const label = capitalised(words);
  return industry ? t('Industry: {0}', label) : label;
}

/** Category order: overall first, then labelled ones in table order, then alphabetical. */
export function compareCategoryIds(a: string, b: string): number {
  const keys = Object.keys(CATEGORY_LABELS);
  const ia = keys.indexOf(a);
  const ib = keys.indexOf(b);
  if (ia !== -1 || ib !== -1) return (ia === -1 ? 999 : ia) - (ib === -1 ? 999 : ib);
  return a.localeCompare(b);
}
