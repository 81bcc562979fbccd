/**
 * The Benchmarks board in a real workbench: picked in the board list, it shows the Artificial Analysis indices from the
 * embedded snapshot at once, explains why LiveBench is absent, and after a refresh against the loopback fixture server
 * shows LiveBench's Coding and Agentic Coding too, each header naming its source and date.
 */
import * as assert from 'node:assert/strict';
import { FixtureServer } from '../fixtures/fixtureServer';
import { fixtureServerSettings, openModelRankings, openSidebar, widenSidebar, type Workbench } from './workbench';

describe('UI: the Benchmarks board', function () {
  const server = new FixtureServer();
  let wb: Workbench;
  let h: Awaited<ReturnType<typeof openModelRankings>>['h'];

  before(async () => {
    const base = await server.start();
    // LiveBench cannot be reached at first: the board explains why it is absent, calmly.
    for (const target of ['livebench:listing', 'livebench:table', 'livebench:categories'] as const) server.fault(target, 'http500');
    ({ h, wb } = await openModelRankings({
      settings: fixtureServerSettings(base, { liveBench: true }),
    }));
  });
  after(async () => {
    await wb?.close();
    await server.stop();
  });

  it('shows Artificial Analysis at once, says why LiveBench is absent, and adds LiveBench after a retry, with sources and dates', async () => {
    const frame = await openSidebar(h, wb.page);
    await frame.locator('#board').selectOption('benchmarks');
    const rows = frame.locator('#benchmarks tbody tr');
    await rows.first().waitFor({ timeout: 60_000 });
    // The snapshot's OpenRouter list (2026-08-08) or the fixture server's (today), as the start-up refresh has come or not.
    assert.match((await frame.locator('#benchmarks th.col-aaCoding').getAttribute('title')) ?? '', /Artificial Analysis \(via OpenRouter\), \d{4}-\d\d-\d\d\./);
    assert.match(await frame.locator('#benchmarkNotes').innerText(), /LiveBench is not shipped with the extension/);
    const notice = frame.locator('#status.notice');
    await notice.waitFor({ timeout: 60_000 });
    assert.match(await notice.innerText(), /^LiveBench could not be updated: .*No LiveBench scores are shown until a download succeeds\./);
    assert.equal(await frame.locator('#status.error').count(), 0, 'no red banner for a first download that failed');
    assert.equal(await frame.locator('#benchmarks td.col-lbCoding:not(:has-text("—"))').count(), 0, 'no LiveBench values before a download');
    await h.screenshot(wb.page, 'benchmarks-before-livebench');

    server.clearFaults();
    await notice.locator('button[data-action="retry"]').click();
    await frame.locator('#benchmarks td.col-lbCoding:not(:has-text("—"))').first().waitFor({ timeout: 60_000 });
    assert.match((await frame.locator('#benchmarks th.col-lbCoding').getAttribute('title')) ?? '', /LiveBench, release 2026-01-08/);
    assert.match(await frame.locator('#benchmarkNotes').innerText(), /LiveBench release 2026-01-08, downloaded \d{4}-\d\d-\d\d/);
    await frame.locator('#benchmarks th.col-lbCoding button').click();
    const firstRow = frame.locator('#benchmarks tbody tr').first();
    assert.notEqual((await firstRow.locator('td.col-lbCoding').innerText()).trim(), '—', 'sorted by LiveBench Coding: the first row has a value');
    await h.screenshot(wb.page, 'benchmarks-board');
    await widenSidebar(wb.page, 560);
    await h.screenshot(wb.page, 'benchmarks-board-wide');
  });
});
