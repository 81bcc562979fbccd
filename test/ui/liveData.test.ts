/**
 * Live data from the loopback fixture server: hostile names stay inert text; errors are shown in words
 * with Retry and Show log (which opens the log with the detail); a first start without network is calm.
 */
import * as assert from 'node:assert/strict';
import { FixtureServer, HOSTILE_NAMES } from '../fixtures/fixtureServer';
import { fixtureServerSettings, openModelRankings, openSidebar, ownText, widenSidebar, type Workbench } from './workbench';

describe('UI: live data, hostile names and the error state', function () {
  const server = new FixtureServer();
  let wb: Workbench;
  let h: Awaited<ReturnType<typeof openModelRankings>>['h'];

  before(async () => {
    const base = await server.start();
    server.fault('board:webdev', 'hostileNames');
    ({ h, wb } = await openModelRankings({
      settings: fixtureServerSettings(base),
    }));
  });
  after(async () => {
    await wb?.close();
    await server.stop();
  });

  it('renders hostile model names from the network as text, and no script runs', async () => {
    const frame = await openSidebar(h, wb.page);
    await frame.locator('#dateLine:has-text("Live data")').waitFor({ timeout: 60_000 });
    await frame.locator('#search').fill('onerror');
    const name = frame.locator('tbody tr[data-key] td.model .name').first();
    await name.waitFor();
    assert.equal(await ownText(name), HOSTILE_NAMES[0]);
    await frame.locator('#search').fill('__pwned=2');
    await frame.locator(`tbody tr[data-key] td.model[title*="Listed as ${HOSTILE_NAMES[1]}"]`).waitFor();
    assert.equal(await ownText(frame.locator('tbody tr[data-key] td.model .name').first()), HOSTILE_NAMES[1], 'the script tag is shown as text');
    await frame.locator('#search').fill('pwned');
    await frame.locator('#count:has-text("2 of")').waitFor();
    assert.equal(await frame.locator('tbody img, tbody script, #app script, table table').count(), 0, 'no element was injected');
    const pwned = await frame.locator('body').evaluate(() => (window as unknown as { __pwned?: number }).__pwned);
    assert.equal(pwned, undefined);
    await widenSidebar(wb.page, 900);
    await h.screenshot(wb.page, 'hostile-names');
    await frame.locator('#search').fill('');
  });

  it('shows a failed refresh in words with Retry and Show log, keeping the data; Show log opens the detail', async () => {
    server.clearFaults();
    server.sha = 'f'.repeat(40);
    server.fault('all', 'http500');
    await h.runCommand(wb.page, 'Model Rankings: Refresh Leaderboards');
    const frame = h.webviewFrame(wb.page, 0);
    const status = frame.locator('#status.error');
    await status.waitFor({ timeout: 60_000 });
    const sentence = 'Code Arena and Text could not be updated: the server had an error. Showing the data published 2026-08-19; next try in 1 minute.';
    assert.equal(await ownText(status), sentence);
    assert.equal(await frame.locator('#leaderboard').getAttribute('aria-rowcount'), '118');
    await frame.locator('#status button:has-text("Retry")').waitFor();
    await frame.locator('#status button:has-text("Show log")').click();
    // The Output view opens on the extension's log, where the technical detail is.
    // The output view wraps long lines into several view lines (the text of all of them is matched) and shows spaces as no-break spaces.
    const logged = await wb.page.waitForFunction(
      () => /\[warning\]\s+refresh:\s+dataset\s+check:\s+127\.0\.0\.1:\d+\s+answered\s+HTTP\s+500/.test(document.querySelector('.part.panel .view-lines')?.textContent ?? ''),
      undefined,
      { timeout: 30_000 },
    );
    assert.ok(await logged.jsonValue());
    await h.screenshot(wb.page, 'error-state');
    server.clearFaults();
    await frame.locator('#status button:has-text("Retry")').click();
    await frame.locator('#status.idle').waitFor({ state: 'attached', timeout: 60_000 });
  });
});

describe('UI: a first start without network', function () {
  let wb: Workbench;
  let h: Awaited<ReturnType<typeof openModelRankings>>['h'];

  before(async () => {
    // Nothing listens on the discard port: every request is refused, as with no network.
    const nowhere = 'http://127.0.0.1:9';
    ({ h, wb } = await openModelRankings({
      settings: {
        'modelRankings.data.offline': false,
        'modelRankings.data.viewerUrl': nowhere,
        'modelRankings.data.hubUrl': nowhere,
        'modelRankings.data.openRouterUrl': `${nowhere}/api/v1/models`,
      },
    }));
  });
  after(async () => wb?.close());

  it('shows the shipped snapshot with a calm line and Try now, no error banner', async () => {
    const frame = await openSidebar(h, wb.page);
    const notice = frame.locator('#status.notice');
    await notice.waitFor({ timeout: 60_000 });
    assert.equal(await ownText(notice), 'Offline: showing the snapshot shipped with the extension, published 2026-08-19. Will try again in 1 minute.');
    assert.deepEqual(await notice.locator('button').allTextContents(), ['Try now']);
    assert.equal(await frame.locator('#status.error').count(), 0);
    assert.match((await frame.locator('#dateLine').textContent()) ?? '', /Published 2026-08-19 · Offline snapshot shipped with the extension/);
    await widenSidebar(wb.page, 900);
    await wb.page.mouse.move(1200, 500);
    await h.screenshot(wb.page, 'offline-first-start');
  });
});
