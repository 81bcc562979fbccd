/** Typed access to the Playwright harness (test/harness/workbench.mjs) from the compiled UI tests. */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, FrameLocator, Page } from 'playwright-core';

export interface Workbench {
  readonly page: Page;
  readonly context: BrowserContext;
  close(): Promise<void>;
}

interface WorkbenchModule {
  openWorkbench(options: { vsixPath?: string; extraVsixPaths?: string[]; folder?: string; settings?: Record<string, unknown>; log?: (m: string) => void }): Promise<Workbench>;
  runCommand(page: Page, title: string, options?: { timeoutMs?: number }): Promise<void>;
  webviewFrame(page: Page, index?: number): FrameLocator;
  screenshot(page: Page, name: string): Promise<string>;
  REPO_ROOT: string;
}

export const REPO_ROOT = resolve(__dirname, '..', '..', '..');
export const VSIX = resolve(REPO_ROOT, 'model-rankings.vsix');

/** Loads the ESM harness once. */
export async function harness(): Promise<WorkbenchModule> {
  return (await import(pathToFileURL(resolve(REPO_ROOT, 'test', 'harness', 'workbench.mjs')).href)) as WorkbenchModule;
}

/** Opens the Model Rankings sidebar from the activity bar and returns its webview. */
export async function openSidebar(h: WorkbenchModule, page: Page): Promise<FrameLocator> {
  await page.locator('.activitybar .action-item a[aria-label^="Model Rankings"], .activitybar .action-item[aria-label^="Model Rankings"]').first().click();
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
