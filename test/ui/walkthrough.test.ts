/**
 * The getting-started walkthrough in the real Welcome page: opened from the palette, each step's link run, and the
 * picture of what each link does saved for the walkthrough itself (test-results/walkthrough → media/walkthrough).
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { REPO_ROOT, openModelRankings, widenSidebar, type Workbench } from './workbench';

interface Manifest {
  contributes: { walkthroughs: { title: string; steps: { title: string; media: { image: string } }[] }[] };
}

const manifest = JSON.parse(readFileSync(resolve(REPO_ROOT, 'package.json'), 'utf8')) as Manifest;
const walkthrough = manifest.contributes.walkthroughs[0];
const STEPS = ['Open the leaderboard', 'Compare two models', 'Watch a model', 'Refresh or stay offline'];

/**
 * Saves the part of the window around `boxes` (with a margin, within the window) as a walkthrough image, named as the
 * manifest names the step's image. A crop, not the whole window: four of them ship in the .vsix.
 */
async function walkthroughImage(page: Page, stepTitle: string, boxes: Locator[], { margin = 8, maxHeight = 520 } = {}): Promise<void> {
  const image = walkthrough?.steps.find((s) => s.title === stepTitle)?.media.image ?? '';
  const name = /^media\/walkthrough\/([\w-]+\.png)$/.exec(image)?.[1];
  assert.ok(name, `the manifest names a walkthrough image for "${stepTitle}": ${image}`);
  const rects = await Promise.all(boxes.map(async (b) => b.boundingBox()));
  const viewport = page.viewportSize() ?? { width: 1400, height: 900 };
  const x = Math.max(0, Math.min(...rects.map((r) => r?.x ?? Infinity)) - margin);
  const y = Math.max(0, Math.min(...rects.map((r) => r?.y ?? Infinity)) - margin);
  const right = Math.min(viewport.width, Math.max(...rects.map((r) => (r ? r.x + r.width : 0))) + margin);
  const bottom = Math.min(viewport.height, Math.max(...rects.map((r) => (r ? r.y + r.height : 0))) + margin, y + maxHeight);
  const dir = join(REPO_ROOT, 'test-results', 'walkthrough');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, name), clip: { x, y, width: right - x, height: bottom - y }, animations: 'disabled' });
}

describe('UI: the getting-started walkthrough', function () {
  let wb: Workbench;
  let h: Awaited<ReturnType<typeof openModelRankings>>['h'];

  before(async () => {
    // Selecting a step focuses it 250 ms later when animations run: a Quick Pick a step's button opened in that time
    // would lose focus and close. Reduced motion makes that focus immediate, before the button can be clicked.
    ({ h, wb } = await openModelRankings({ settings: { 'workbench.reduceMotion': 'on' } }));
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await h.screenshot(wb.page, 'walkthrough-failed');
  });
  after(async () => wb?.close());

  /** A step of the open walkthrough, by its title. */
  const step = (title: string): Locator => wb.page.locator('button.getting-started-step').filter({ has: wb.page.locator('.step-title', { hasText: title }) });
  /** Expands a step and clicks the button its description's command link became. */
  const runLink = async (stepTitle: string, label: string): Promise<void> => {
    await step(stepTitle).click();
    await step(stepTitle).and(wb.page.locator('.expanded:focus')).waitFor();
    await step(stepTitle).locator('.step-description-container .monaco-button', { hasText: label }).click();
  };
  /** Types into the open Quick Pick and picks the first row whose label starts with `label` (ticks it, when many can be picked). */
  const pick = async (text: string, label: string, { many = false } = {}): Promise<void> => {
    const input = wb.page.locator('.quick-input-widget input.input');
    await input.fill(text);
    const row = wb.page.locator(`.quick-input-list .monaco-list-row[aria-label^="${label}"]`).first();
    await row.waitFor();
    if (many) {
      await row.locator('.monaco-checkbox').first().click();
      await row.locator('.monaco-checkbox[aria-checked="true"]').first().waitFor();
    } else {
      await wb.page.locator(`.quick-input-list .monaco-list-row.focused[aria-label^="${label}"]`).waitFor();
      await input.press('Enter');
    }
  };

  it('opens from Welcome: Open Walkthrough… with its title and four steps', async () => {
    assert.ok(walkthrough, 'package.json contributes a walkthrough');
    const page = wb.page;
    const input = page.locator('.quick-input-widget input');
    // Not h.runCommand: this command answers with a second Quick Pick (the walkthroughs), so the palette stays open.
    await page.keyboard.press('F1');
    await input.fill('>Welcome: Open Walkthrough');
    await page.locator('.quick-input-list .monaco-list-row[aria-label^="Welcome: Open Walkthrough"]').first().click();
    await page.locator(`.quick-input-list .monaco-list-row[aria-label^="${walkthrough.title}"]`).first().waitFor();
    await input.fill(walkthrough.title);
    // Enter, not a click: the row's hover (its source, "Model Rankings") can lie over it.
    await page.locator(`.quick-input-list .monaco-list-row.focused[aria-label^="${walkthrough.title}"]`).waitFor();
    await input.press('Enter');
    await page.locator('.getting-started-category h2.category-title', { hasText: walkthrough.title }).waitFor();
    for (const title of STEPS) await step(title).waitFor();
    assert.deepEqual(await page.locator('button.getting-started-step .step-title').allTextContents(), STEPS);
  });

  it('opens the leaderboard from the first step, and ticks the step', async () => {
    await runLink('Open the leaderboard', 'Open the leaderboard');
    const frame = h.webviewFrame(wb.page, 0);
    await frame.locator('tbody tr[data-key]').first().waitFor({ timeout: 60_000 });
    assert.match((await frame.locator('#heading').textContent()) ?? '', /^Code Arena · Overall$/);
    await step('Open the leaderboard').and(wb.page.locator('[aria-checked="true"]')).waitFor();
    await wb.page.mouse.move(1300, 880);
    await h.screenshot(wb.page, 'walkthrough');
    await widenSidebar(wb.page, 560);
    await frame.locator('th.col-votes').waitFor({ state: 'visible' });
    await walkthroughImage(wb.page, 'Open the leaderboard', [wb.page.locator('.part.sidebar')], { margin: 0, maxHeight: 460 });
  });

  it('compares Qwen3.7-Max and Claude Opus 4.7 from the second step', async () => {
    await runLink('Compare two models', 'Compare two models');
    await pick('qwen3.7', 'Qwen3.7-Max', { many: true });
    await pick('claude opus 4.7', 'Claude Opus 4.7', { many: true });
    await wb.page.locator('.quick-input-widget input.input').press('Enter');
    // The comparison is the second webview, after the sidebar's.
    const table = h.webviewFrame(wb.page, 1).locator('table.side-by-side');
    await table.waitFor({ timeout: 60_000 });
    assert.deepEqual((await table.locator('thead th').allTextContents()).slice(1).sort(), ['Claude Opus 4.7', 'Qwen3.7-Max']);
    await wb.page.mouse.move(1300, 880);
    await walkthroughImage(wb.page, 'Compare two models', [table], { maxHeight: 320 });
  });

  it('watches Kimi K3 Max from the third step: it joins the status bar', async () => {
    await wb.page.locator('.tabs-container .tab', { hasText: 'Welcome' }).click();
    await step('Watch a model').waitFor();
    await runLink('Watch a model', 'Watch a model');
    await pick('kimi-k3', 'kimi-k3-max');
    const item = wb.page.locator('.statusbar-item:has-text("Kimi K3 Max #2")');
    await item.waitFor();
    await item.hover();
    const hover = wb.page.locator('.monaco-hover:has-text("kimi-k3-max")');
    await hover.waitFor();
    await walkthroughImage(wb.page, 'Watch a model', [hover, item], { margin: 1, maxHeight: 460 });
    await wb.page.mouse.move(700, 300);
  });

  it('refreshes from the fourth step, staying on the shipped snapshot while offline, and opens the offline setting', async () => {
    await runLink('Refresh or stay offline', 'Refresh now');
    await step('Refresh or stay offline').and(wb.page.locator('[aria-checked="true"]')).waitFor();
    const frame = h.webviewFrame(wb.page, 0);
    assert.match((await frame.locator('#dateLine').textContent()) ?? '', /Published 2026-08-19 · Offline snapshot shipped with the extension/);
    // Refresh with the network off says so instead of failing.
    await frame.locator('#status', { hasText: 'Offline mode: the network is off (setting modelRankings.data.offline).' }).waitFor();
    await walkthroughImage(wb.page, 'Refresh or stay offline', [wb.page.locator('.part.sidebar')], { margin: 0, maxHeight: 300 });
    await step('Refresh or stay offline').locator('.step-description-container .monaco-button', { hasText: 'Stay offline' }).click();
    await wb.page.locator('.settings-editor .setting-item-contents', { hasText: 'Never use the network' }).first().waitFor();
  });
});
