/** Compare Models through the real Quick Pick, then the comparison panel. */
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { openModelRankings, type Workbench } from './workbench';

async function pick(page: Page, text: string, label: string): Promise<void> {
  const input = page.locator('.quick-input-widget input.input');
  await input.fill(text);
  const row = page.locator(`.quick-input-list .monaco-list-row[aria-label^="${label}"]`).first();
  await row.waitFor();
  await row.locator('.monaco-checkbox').first().click();
  await row.locator('.monaco-checkbox[aria-checked="true"]').first().waitFor();
}

describe('UI: Compare Models', function () {
  let wb: Workbench;
  let h: Awaited<ReturnType<typeof openModelRankings>>['h'];

  before(async () => {
    ({ h, wb } = await openModelRankings());
  });
  after(async () => wb?.close());

  it('picks Qwen3.7-Max and Claude Opus 4.7 in the Quick Pick and shows the comparison', async () => {
    await h.runCommand(wb.page, 'Model Rankings: Compare Models…');
    // One item per model, typed the way people say it; its detail names the entry on each board.
    await pick(wb.page, 'qwen3.7', 'Qwen3.7-Max');
    const qwenItem = wb.page.locator('.quick-input-list .monaco-list-row[aria-label^="Qwen3.7-Max"]').first();
    assert.match((await qwenItem.textContent()) ?? '', /Code Arena #28 as qwen3\.7-max-20260517 · Text #\d+ as qwen3\.7-max-preview/);
    await pick(wb.page, 'claude opus 4.7', 'Claude Opus 4.7');
    await wb.page.locator('.quick-input-widget input.input').press('Enter');
    const frame = h.webviewFrame(wb.page, 0);
    const table = frame.locator('table.side-by-side');
    await table.waitFor({ timeout: 60_000 });
    const head = await table.locator('thead th').allTextContents();
    assert.deepEqual(head.slice(1).sort(), ['Claude Opus 4.7', 'Qwen3.7-Max']);
    assert.ok((await frame.locator('.verdict').count()) >= 3);
    // The question the product exists for has an answer on both boards.
    const verdictRows = await frame.locator('tr:has(.verdict)').allTextContents();
    assert.ok(verdictRows.some((r) => r.startsWith('Code Arena · Overall')), verdictRows.join('\n'));
    assert.ok(verdictRows.some((r) => r.startsWith('Text · Overall')), verdictRows.join('\n'));
    assert.match((await frame.locator('footer').textContent()) ?? '', /CC BY 4\.0/);
    await h.screenshot(wb.page, 'compare');
    const chart = frame.locator('.history-chart');
    await chart.waitFor();
    assert.equal(await chart.locator('svg polygon.band').count(), 2);
    assert.match((await chart.locator('.legend').textContent()) ?? '', /qwen3\.7-max-20260517: #10 \(2026-06-21, 1530\) → #28 \(2026-08-19, 1517\)/);
    await chart.scrollIntoViewIfNeeded();
    await h.screenshot(wb.page, 'compare-history');
    // Benchmarks beside the votes: a table per source, the reason no gap gets a verdict, and whether the sources agree.
    const benchmarks = frame.locator('table.benchmarks');
    await benchmarks.first().waitFor();
    assert.match((await benchmarks.first().locator('caption').textContent()) ?? '', /^Artificial Analysis \(via OpenRouter\), as of 2026-08-08/);
    assert.match((await frame.locator('.no-verdict').textContent()) ?? '', /no confidence intervals/);
    assert.match((await frame.locator('.benchmark-agreements li').first().textContent()) ?? '', /^Code Arena · Overall rates Claude Opus 4\.7 clearly better than Qwen3\.7-Max\./);
    await frame.locator('h2', { hasText: 'Benchmarks beside the votes' }).scrollIntoViewIfNeeded();
    await h.screenshot(wb.page, 'compare-benchmarks');
    await frame.locator('.benchmark-agreements').scrollIntoViewIfNeeded();
    await h.screenshot(wb.page, 'compare-benchmarks-agree');
  });
});
