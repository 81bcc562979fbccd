/**
 * Human names for boards and categories. Unknown ids still display (as themselves),
 * so a new board or category published upstream shows up without a release.
 */

/** Board ids as the Arena dataset names its subsets: the one place the code spells them. */
export const BOARD = { codeArena: 'webdev', text: 'text_style_control' } as const;
/** The category every board has, and the one it opens on. */
export const OVERALL = 'overall';

interface BoardMeta {
  readonly title: string;
  readonly short: string;
  readonly description: string;
  /** Category shown first. */
  readonly defaultCategory: string;
}

const BOARDS: Readonly<Record<string, BoardMeta>> = {
  webdev: {
    title: 'Code Arena',
    short: 'Code',
    description: 'Developers build real web apps with two anonymous models and vote.',
    defaultCategory: 'overall',
  },
  text_style_control: {
    title: 'Text',
    short: 'Text',
    description: 'General chat battles, scores adjusted for answer length and style.',
    defaultCategory: 'overall',
  },
  text: { title: 'Text (no style control)', short: 'Text raw', description: 'General chat battles, raw.', defaultCategory: 'overall' },
  vision: { title: 'Vision', short: 'Vision', description: 'Image understanding battles.', defaultCategory: 'overall' },
  vision_style_control: { title: 'Vision (style control)', short: 'Vision', description: 'Image understanding, style-adjusted.', defaultCategory: 'overall' },
  search: { title: 'Search', short: 'Search', description: 'Search-augmented answers.', defaultCategory: 'overall' },
  document: { title: 'Document', short: 'Doc', description: 'Questions about documents.', defaultCategory: 'overall' },
};

const CATEGORY_LABELS: Readonly<Record<string, string>> = {
  overall: 'Overall',
  webdev: 'WebDev',
  'webdev-react': 'React',
  'webdev-html': 'HTML',
  image_to_webdev: 'Image to WebDev',
  coding: 'Coding',
  hard_prompts: 'Hard prompts',
  hard_prompts_english: 'Hard prompts (English)',
  math: 'Math',
  creative_writing: 'Creative writing',
  instruction_following: 'Instruction following',
  multi_turn: 'Multi-turn',
  longer_query: 'Longer query',
  exclude_ties: 'Excluding ties',
  expert: 'Expert',
  english: 'English',
  non_english: 'Non-English',
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
  return BOARDS[boardId]?.title ?? boardId;
}

/** Short board name for the status bar (`webdev` → `Code`). */
export function boardShortTitle(boardId: string): string {
  return BOARDS[boardId]?.short ?? boardId;
}

/** One-line description of what a board measures. */
export function boardDescription(boardId: string): string {
  return BOARDS[boardId]?.description ?? '';
}

/** The category a board opens on. */
export function defaultCategory(boardId: string): string {
  return BOARDS[boardId]?.defaultCategory ?? OVERALL;
}

/** Display label of a category (`webdev-react` → `React`, `industry_legal_and_government` → `Industry: legal and government`). */
export function categoryLabel(categoryId: string): string {
  const known = CATEGORY_LABELS[categoryId];
  if (known) return known;
  const industry = /^industry_(.+)$/.exec(categoryId);
  const words = (industry ? industry[1] ?? '' : categoryId).replace(/_/g, ' ');
  const label = words.charAt(0).toUpperCase() + words.slice(1);
  return industry ? `Industry: ${label}` : label;
}

/** Category order: overall first, then labelled ones in table order, then alphabetical. */
export function compareCategoryIds(a: string, b: string): number {
  const keys = Object.keys(CATEGORY_LABELS);
  const ia = keys.indexOf(a);
  const ib = keys.indexOf(b);
  if (ia !== -1 || ib !== -1) return (ia === -1 ? 999 : ia) - (ib === -1 ? 999 : ib);
  return a.localeCompare(b);
}
