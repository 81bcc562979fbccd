/** The sidebar and status bar as a user sees them, in a real workbench (code-server + Chromium). */
import * as assert from 'node:assert/strict';
import type { FrameLocator } from 'playwright-core';
import { cutHeaderLabels, nameFits, openModelRankings, openSidebar, ownText, rowsAgainstHeader, tableView, widenSidebar, type Workbench } from './workbench';

describe('UI: sidebar leaderboard and status bar (dark theme, embedded snapshot)', function () {
  let wb: Workbench;
  let frame: FrameLocator;
  /** The sidebar width the workbench opens with. */
  let defaultWidth = 0;
  let h: Awaited<ReturnType<typeof openModelRankings>>['h'];

  before(async () => {
    ({ h, wb } = await openModelRankings());
  });
  after(async () => wb?.close());

  it('shows Code Arena with qwen3.7-max-20260517 at #28, dated 2026-08-19 as an offline snapshot', async () => {
    frame = await openSidebar(h, wb.page);
    // The table is virtualised: a click on the status bar reveals (renders and selects) the watched model.
    await wb.page.locator('.statusbar-item:has-text("Qwen3.7-Max #28")').click();
    const qwen = frame.locator('tr.selected[data-key="qwen3.7-max-20260517"]');
    await qwen.waitFor();
    assert.equal(await ownText(qwen.locator('td.rank')), '28');
    assert.equal(await qwen.locator('td.rank .range').textContent(), '23–32');
    assert.match((await frame.locator('#heading').textContent()) ?? '', /^Code Arena · Overall$/);
    assert.match((await frame.locator('#dateLine').textContent()) ?? '', /Published 2026-08-19 · Offline snapshot shipped with the extension/);
    assert.match((await frame.locator('#attribution').textContent()) ?? '', /CC BY 4\.0/);
    await frame.locator('#search').fill('claude-opus');
    assert.ok((await frame.locator('tr[data-key^="claude-opus"]').count()) >= 5);
    await frame.locator('#search').fill('');
    await qwen.waitFor();
    // Clearing the search scrolls back to the selected row, with rows (not blank space) filling the view around it.
    const view = await tableView(frame);
    assert.ok(view.selectedInView, 'the selected row is inside the scrolled view');
    assert.ok(view.top && view.bottom, `rows at the top and bottom of the view (${view.top}, ${view.bottom})`);
    // At the default sidebar width the model column keeps room for a readable name.
    const modelWidth = await frame.locator('tr[data-key="qwen3.7-max-20260517"] td.model').evaluate((td) => td.getBoundingClientRect().width);
    assert.ok(modelWidth >= 100, `model column is ${modelWidth}px wide`);
    await wb.page.mouse.move(700, 500);
    await h.screenshot(wb.page, 'sidebar-narrow');
    defaultWidth = (await wb.page.locator('.part.sidebar').boundingBox())?.width ?? 0;
    // Every header shows its whole label, and the sorted one its arrow (at this width, with the default sort;
    // the model names keep the room a sorted Score's arrow would take).
    assert.deepEqual(await cutHeaderLabels(frame), [], 'narrow sidebar');
    // Rows carry cells for the shown columns only (the organisation, licence, price and context are in the details).
    const narrow = await rowsAgainstHeader(frame);
    assert.ok(narrow.shownColumns <= 6, `${narrow.shownColumns} columns shown at the default width`);
    assert.deepEqual(narrow.cellCounts, [narrow.shownColumns]);
    await widenSidebar(wb.page, 900);
    await frame.locator('th.col-org').waitFor({ state: 'visible' });
    // Widening shows the other columns, and the rows are rebuilt with their cells.
    await frame.locator('tr[data-key="qwen3.7-max-20260517"] td.col-org', { hasText: 'alibaba' }).waitFor();
    assert.deepEqual(await rowsAgainstHeader(frame), { shownColumns: 10, cellCounts: [10] }, 'all ten columns');
    assert.deepEqual(await cutHeaderLabels(frame, { sortEach: true }), [], 'wide sidebar, sorted by each column');
    // A click on the status bar reveals the first watched model in the table.
    await wb.page.locator('.statusbar-item:has-text("Qwen3.7-Max #28")').click();
    await frame.locator('tr.selected[data-key="qwen3.7-max-20260517"]').waitFor();
    await frame.locator('tr.selected[data-key="qwen3.7-max-20260517"]').evaluate((tr) => tr.scrollIntoView({ block: 'center' }));
    await h.screenshot(wb.page, 'sidebar-dark');
  });

  it('shows every name of the first 20 rows of Code Arena and Text in full, at the default width and at 250 px', async () => {
    assert.ok(defaultWidth > 250, `default sidebar width ${defaultWidth}px`);
    const cut: string[] = [];
    for (const [width, label] of [
      [defaultWidth, 'default'],
      [250, '250px'],
    ] as const) {
      await widenSidebar(wb.page, width);
      for (const board of ['webdev', 'text_style_control']) {
        await frame.locator('#board').selectOption(board);
        await frame.locator(`#heading:has-text("${board === 'webdev' ? 'Code Arena' : 'Text'} · Overall")`).waitFor();
        const names = await nameFits(frame, 20);
        assert.equal(names.length, 20, `${board} at ${label}: 20 names read`);
        cut.push(...names.filter((n) => n.cut).map((n) => `${board} #${n.rank} ${n.text} (${label})`));
        if (board === 'webdev' && width === 250) {
          // Variants are told apart at a glance: Claude Opus 5 · max (#1) and · high (#4).
          assert.equal(names[0]?.text, 'Claude Opus 5 · max');
          assert.equal(names[3]?.text, 'Claude Opus 5 · high');
          await wb.page.mouse.move(700, 500);
          await h.screenshot(wb.page, 'sidebar-250');
        }
      }
    }
    assert.deepEqual(cut, [], 'names cut short');
    await frame.locator('#board').selectOption('webdev');
    await frame.locator('#heading:has-text("Code Arena · Overall")').waitFor();
    await widenSidebar(wb.page, defaultWidth);
  });

  it('shows the watched models in the status bar, with a rich hover', async () => {
    const item = wb.page.locator('.statusbar-item:has-text("Qwen3.7-Max #28")');
    await item.waitFor();
    assert.match((await item.textContent()) ?? '', /Qwen3\.7-Max #28 · Claude Opus 5 \(max\) #1 · Code/);
    await wb.page.mouse.move(600, 300);
    await item.hover();
    const hover = wb.page.locator('.monaco-hover:has-text("rank range 23–32")');
    await hover.waitFor();
    assert.match((await hover.textContent()) ?? '', /Top 3/);
    await h.screenshot(wb.page, 'statusbar-hover');
    await wb.page.mouse.move(10, 10);
  });

  it('switches to Text, searches, and navigates with the keyboard', async () => {
    await frame.locator('#board').selectOption('text_style_control');
    await frame.locator('#heading:has-text("Text · Overall")').waitFor();
    await frame.locator('#search').fill('claude opus');
    await frame.locator('#count:has-text("of 393 models")').waitFor();
    const names = await Promise.all((await frame.locator('tbody tr[data-key] td.model .name').all()).map(ownText));
    assert.ok(names.length > 3 && names.every((n) => /^Claude( \d)? Opus/.test(n)), names.join(', '));
    await frame.locator('#search').press('ArrowDown');
    await frame.locator('tbody').press('ArrowDown');
    await frame.locator('tbody').press('Enter');
    await frame.locator('#details:not([hidden])').waitFor();
    assert.match((await frame.locator('#details').textContent()) ?? '', /Score \d+\.\d \[/);
    await h.screenshot(wb.page, 'sidebar-text-search');
  });

  it('scrolls through the 393 Text rows with the wheel and the keyboard, never showing blank space', async () => {
    await frame.locator('#search').fill('');
    await frame.locator('#count:text-is("393 models")').waitFor();
    await frame.locator('.table-wrap').hover();
    await wb.page.mouse.wheel(0, 4000);
    let view = await tableView(frame);
    assert.ok(view.scrollTop > 1000, `the wheel scrolled the table (${view.scrollTop}px)`);
    assert.ok(view.top && view.bottom, `rows fill the view after the wheel (${view.top}, ${view.bottom})`);
    await frame.locator('#search').press('ArrowDown');
    await frame.locator('tbody').press('End');
    view = await tableView(frame);
    const last = await frame.locator('#leaderboard').getAttribute('aria-rowcount');
    assert.equal(last, '394');
    assert.ok(view.selectedInView && view.top && view.bottom, `End shows the last row with rows above it (${JSON.stringify(view)})`);
    assert.equal(await frame.locator('tr.selected').getAttribute('aria-rowindex'), '394');
    await frame.locator('tbody').press('Home');
    view = await tableView(frame);
    assert.equal(view.scrollTop, 0);
    assert.ok(view.selectedInView && view.top === view.selected && view.bottom, `Home shows the first rows (${JSON.stringify(view)})`);
  });

  it("shows a model's rank history as a sparkline in its details (Code Arena, from the embedded history)", async () => {
    await frame.locator('#search').fill('');
    await frame.locator('#board').selectOption('webdev');
    await frame.locator('#heading:has-text("Code Arena · Overall")').waitFor();
    await wb.page.locator('.statusbar-item:has-text("Qwen3.7-Max #28")').click();
    await frame.locator('tr.selected[data-key="qwen3.7-max-20260517"]').waitFor();
    // The keyboard focus follows the revealed row, and Enter toggles its details (left open by the previous test).
    const details = frame.locator('#details');
    const wasOpen = await details.isVisible();
    await frame.locator('tbody').press('Enter');
    assert.equal(await details.isVisible(), !wasOpen, 'Enter toggles the details of the revealed row');
    if (wasOpen) await frame.locator('tbody').press('Enter');
    const trend = frame.locator('#details .trend');
    await trend.waitFor();
    assert.match((await trend.textContent()) ?? '', /#10 on 2026-06-21 → #28 on 2026-08-19, 23 published dates/);
    assert.equal(await frame.locator('#details svg.sparkline polyline').count(), 1);
    await h.screenshot(wb.page, 'sidebar-history');
  });
});
