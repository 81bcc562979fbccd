/** Live data from the loopback fixture server: hostile names stay inert text; errors are shown with Retry. */
import * as assert from 'node:assert/strict';
import { FixtureServer, HOSTILE_NAMES } from '../fixtures/fixtureServer';
import { harness, openSidebar, ownText, VSIX, widenSidebar, type Workbench } from './workbench';

describe('UI: live data, hostile names and the error state', function () {
  const server = new FixtureServer();
  let wb: Workbench;
  let h: Awaited<ReturnType<typeof harness>>;

  before(async () => {
    const base = await server.start();
    server.fault('board:webdev', 'hostileNames');
    h = await harness();
    wb = await h.openWorkbench({
      vsixPath: VSIX,
      settings: {
        'workbench.colorTheme': 'Default Dark Modern',
        'modelRankings.data.offline': false,
        'modelRankings.data.viewerUrl': base,
        'modelRankings.data.hubUrl': base,
        'modelRankings.data.openRouterUrl': `${base}/api/v1/models`,
      },
    });
  });
  after(async () => {
    await wb?.close();
    await server.stop();
  });

  it('renders hostile model names from the network as text, and no script runs', async () => {
    const frame = await openSidebar(h, wb.page);
    await frame.locator('#dateLine:has-text("Live data")').waitFor({ timeout: 60_000 });
    await frame.locator('#search').fill('onerror');
    const name = frame.locator('tbody tr[data-key] td.model').first();
    await name.waitFor();
    assert.equal(await ownText(name), HOSTILE_NAMES[0]);
    await frame.locator('#search').fill('__pwned=2');
    await frame.locator(`tbody tr[data-key] td.model[title="${HOSTILE_NAMES[1]}"]`).waitFor();
    assert.equal(await ownText(frame.locator('tbody tr[data-key] td.model').first()), HOSTILE_NAMES[1], 'the script tag is shown as text');
    await frame.locator('#search').fill('pwned');
    await frame.locator('#count:has-text("2 of")').waitFor();
    assert.equal(await frame.locator('tbody img, tbody script, #app script, table table').count(), 0, 'no element was injected');
    const pwned = await frame.locator('body').evaluate(() => (window as unknown as { __pwned?: number }).__pwned);
    assert.equal(pwned, undefined);
    await widenSidebar(wb.page, 900);
    await h.screenshot(wb.page, 'hostile-names');
    await frame.locator('#search').fill('');
  });

  it('shows a failed refresh as an error with Retry, keeping the data', async () => {
    server.clearFaults();
    server.sha = 'f'.repeat(40);
    server.fault('all', 'http500');
    await h.runCommand(wb.page, 'Model Rankings: Refresh Leaderboards');
    const frame = h.webviewFrame(wb.page, 0);
    const status = frame.locator('#status.error');
    await status.waitFor({ timeout: 60_000 });
    assert.match((await status.textContent()) ?? '', /HTTP 500.*Showing the last good data/);
    assert.equal(await frame.locator('#leaderboard').getAttribute('aria-rowcount'), '118');
    await frame.locator('#status button:has-text("Retry")').waitFor();
    await h.screenshot(wb.page, 'error-state');
    server.clearFaults();
    await frame.locator('#status button:has-text("Retry")').click();
    await frame.locator('#status.idle').waitFor({ state: 'attached', timeout: 60_000 });
  });
});
