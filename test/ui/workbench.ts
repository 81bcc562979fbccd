/** Typed access to the Playwright harness (test/harness/workbench.mjs) from the compiled UI tests. */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, FrameLocator, Locator, Page } from 'playwright-core';

export interface Workbench {
  readonly page: Page;
  readonly context: BrowserContext;
  close(): Promise<void>;
}

interface WorkbenchModule {
  openWorkbench(options: { vsixPath?: string; extraVsixPaths?: string[]; folder?: string; settings?: Record<string, unknown>; log?: (m: string) => void; locale?: string }): Promise<Workbench>;
  runCommand(page: Page, title: string, options?: { timeoutMs?: number }): Promise<void>;
  activityBarItem(page: Page, label: string): Locator;
  webviewFrame(page: Page, index?: number): FrameLocator;
  screenshot(page: Page, name: string): Promise<string>;
}

export const REPO_ROOT = resolve(__dirname, '..', '..', '..');
/**
 * The extension host the UI tests run the extension in (MODEL_RANKINGS_EXTENSION_HOST; the harness's
 * settings.mjs writes the user setting that moves the same .vsix into the web worker).
 */
export const EXTENSION_HOST: 'node' | 'webworker' = process.env.MODEL_RANKINGS_EXTENSION_HOST === 'webworker' ? 'webworker' : 'node';
export const VSIX = resolve(REPO_ROOT, 'model-rankings.vsix');

/** Loads the ESM harness once. */
export async function harness(): Promise<WorkbenchModule> {
  return (await import(pathToFileURL(resolve(REPO_ROOT, 'test', 'harness', 'workbench.mjs')).href)) as WorkbenchModule;
}

export interface OpenOptions {
  /** A colour theme; the dark default unless given. */
  readonly theme?: string;
  /** More user settings; the extension runs offline (on its embedded snapshot) unless these say otherwise. */
  readonly settings?: Record<string, unknown>;
  /** Other extensions to install beside it (e.g. the fake chat-model provider). */
  readonly extraVsixPaths?: string[];
  /** The workbench's display language (e.g. 'zh-cn'); English unless given. */
  readonly locale?: string;
}

/**
 * User settings that take the Arena boards and OpenRouter from the loopback fixture server at `base`, online; with
 * `liveBench`, LiveBench too (else its checks fail without a network, on the Benchmarks board only, and stay out of
 * the log lines other suites read).
 */
export function fixtureServerSettings(base: string, { liveBench = false } = {}): Record<string, unknown> {
  return {
    'modelRankings.data.offline': false,
    'modelRankings.data.viewerUrl': base,
    'modelRankings.data.hubUrl': base,
    'modelRankings.data.openRouterUrl': `${base}/api/v1/models`,
    ...(liveBench ? { 'modelRankings.data.gitHubApiUrl': base, 'modelRankings.data.gitHubRawUrl': base } : {}),
  };
}

/** The one way UI tests open a workbench: code-server in Chromium with the packaged .vsix installed. */
export async function openModelRankings(options: OpenOptions = {}): Promise<{ h: WorkbenchModule; wb: Workbench }> {
  const h = await harness();
  const settings = { 'workbench.colorTheme': options.theme ?? 'Default Dark Modern', 'modelRankings.data.offline': true, ...options.settings };
  const wb = await h.openWorkbench({ vsixPath: VSIX, settings, ...(options.extraVsixPaths ? { extraVsixPaths: options.extraVsixPaths } : {}), ...(options.locale ? { locale: options.locale } : {}) });
  return { h, wb };
}

/** Opens the Model Rankings sidebar from the activity bar and returns its webview. */
export async function openSidebar(h: WorkbenchModule, page: Page): Promise<FrameLocator> {
  await h.activityBarItem(page, 'Model Rankings').click();
  const frame = h.webviewFrame(page, 0);
  await frame.locator('tbody tr[data-key]').first().waitFor({ timeout: 60_000 });
  return frame;
}

/** Drags the sidebar's edge so the table has room for every column. */
export async function widenSidebar(page: Page, width: number): Promise<void> {
  const box = await page.locator('.part.sidebar').boundingBox();
  if (!box) return;
  const x = box.x + box.width;
  const y = box.y + box.height / 2;
  await page.mouse.move(x + 1, y);
  await page.mouse.down();
  await page.mouse.move(box.x + width, y, { steps: 8 });
  await page.mouse.up();
}

/** What the table's scrolling area shows, once the frame after the last change is painted. */
export interface TableView {
  readonly scrollTop: number;
  /** The rows under the top and bottom edges of the view (null: blank space or no row there). */
  readonly top: string | null;
  readonly bottom: string | null;
  readonly selected: string | null;
  readonly selectedInView: boolean;
  /** For failure messages: the view's box and the selected row's. */
  readonly box: string;
}

export async function tableView(frame: FrameLocator): Promise<TableView> {
  return frame.locator('.table-wrap').evaluate(async (wrap) => {
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100)));
    const box = wrap.getBoundingClientRect();
    const header = wrap.querySelector('thead')?.getBoundingClientRect().height ?? 0;
    const selected = wrap.querySelector('tr.selected');
    const rect = selected?.getBoundingClientRect();
    const at = (y: number): string | null => document.elementFromPoint(box.left + 30, y)?.closest('tr')?.getAttribute('data-key') ?? null;
    return {
      scrollTop: wrap.scrollTop,
      top: at(box.top + header + 4),
      bottom: at(box.bottom - 4),
      selected: selected?.getAttribute('data-key') ?? null,
      selectedInView: !!rect && rect.top >= box.top + header - 1 && rect.bottom <= box.bottom + 1,
      box: `view ${box.top.toFixed(1)}–${box.bottom.toFixed(1)} (header ${header.toFixed(1)}), selected ${rect ? `${rect.top.toFixed(1)}–${rect.bottom.toFixed(1)}` : 'none'}, scrollHeight ${wrap.scrollHeight}`,
    };
  });
}

/**
 * The header labels cut short (`Rank ▲` must not read `R… ▲`): as sorted now, or sorted by each visible
 * column in turn (its header then shows the sort arrow), sorting by rank again at the end.
 */
export async function cutHeaderLabels(frame: FrameLocator, { sortEach = false } = {}): Promise<string[]> {
  const cut = new Set<string>();
  const cutNow = async (sortedBy: string): Promise<void> => {
    // The text's own width against its box, to the sub-pixel: scrollWidth rounds, and a label 0.3 px too wide shows an ellipsis.
    const labels = await frame.locator('#leaderboard th .label').evaluateAll((spans) =>
      spans
        .filter((s) => {
          const text = document.createRange();
          text.selectNodeContents(s);
          const box = s.getBoundingClientRect().width;
          return box > 0 && text.getBoundingClientRect().width > box + 0.01;
        })
        .map((s) => s.textContent ?? ''),
    );
    for (const label of labels) cut.add(`${label} (sorted by ${sortedBy})`);
  };
  if (!sortEach) {
    await cutNow('rank');
    return [...cut];
  }
  const keys = await frame.locator('#leaderboard th button[data-sort]').evaluateAll((buttons) => buttons.filter((b) => (b as HTMLElement).offsetWidth > 0).map((b) => (b as HTMLElement).dataset.sort ?? ''));
  for (const key of [...keys.filter((k) => k !== 'rank'), 'rank']) {
    await frame.locator(`#leaderboard th button[data-sort="${key}"]`).click();
    await frame.locator(`#leaderboard th[aria-sort]:not([aria-sort="none"]) button[data-sort="${key}"]`).waitFor();
    await cutNow(key);
  }
  return [...cut];
}

/** Each rendered row's cells against the header cells shown: a row must have one cell per shown column, no more (none built for hidden ones). */
export async function rowsAgainstHeader(frame: FrameLocator): Promise<{ shownColumns: number; cellCounts: number[] }> {
  return frame.locator('#leaderboard').evaluate((table) => ({
    shownColumns: [...table.querySelectorAll('thead th')].filter((th) => th.getClientRects().length > 0).length,
    cellCounts: [...new Set([...table.querySelectorAll<HTMLTableRowElement>('tbody tr[data-key]')].map((tr) => tr.cells.length))],
  }));
}

/** One model name of the table, and whether it is shown in full. */
export interface NameFit {
  readonly rank: number;
  readonly text: string;
  readonly cut: boolean;
}

/**
 * The model names of the first `count` rows (scrolling the virtualised table to render them all), each
 * with whether it is cut: wider or taller than its box (a name may wrap onto two lines, no more).
 */
export async function nameFits(frame: FrameLocator, count = 20): Promise<NameFit[]> {
  return frame.locator('.table-wrap').evaluate(async (wrap, n) => {
    const seen = new Map<number, NameFit>();
    for (let top = 0; seen.size < n && top < 50_000; top += Math.max(40, wrap.clientHeight / 2)) {
      wrap.scrollTop = top;
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
      for (const tr of wrap.querySelectorAll('tbody tr[data-key]')) {
        const rank = Number(tr.getAttribute('aria-rowindex')) - 1;
        const name = tr.querySelector<HTMLElement>('td.model .name');
        if (!name || rank < 1 || rank > n || seen.has(rank)) continue;
        seen.set(rank, { rank, text: name.textContent ?? '', cut: name.scrollHeight > name.clientHeight + 1 || name.scrollWidth > name.clientWidth + 1 });
      }
    }
    wrap.scrollTop = 0;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
    return [...seen.values()].sort((a, b) => a.rank - b.rank);
  }, count);
}

/** An element's own text, without its child elements' (a rank without its range, a model name without its badge). */
export async function ownText(locator: Locator): Promise<string> {
  return locator.evaluate((e) => [...e.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join(''));
}
