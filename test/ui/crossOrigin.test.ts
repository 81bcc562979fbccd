/**
 * A source that sends no CORS header, in whichever extension host the layer runs (MODEL_RANKINGS_EXTENSION_HOST):
 * in the web worker (vscode.dev, github.dev) the browser withholds its answers, so that board says in a sentence
 * that it could not be reached from the browser and keeps its data, and the log says the browser blocked it; in
 * the Node host CORS does not apply and the same server is read as usual. So the outcome also shows which host
 * really ran the extension: only a browser's fetch withholds an answer for want of a CORS header.
 */
import * as assert from 'node:assert/strict';
import { FixtureServer } from '../fixtures/fixtureServer';
import { EXTENSION_HOST, fixtureServerSettings, openModelRankings, ownText, openSidebar, widenSidebar, type Workbench } from './workbench';

const HOST_NAME = EXTENSION_HOST === 'webworker' ? 'web worker' : 'Node';

describe(`UI: a source that sends no CORS header, in the ${HOST_NAME} extension host`, function () {
  const server = new FixtureServer();
  let wb: Workbench;
  let h: Awaited<ReturnType<typeof openModelRankings>>['h'];

  before(async () => {
    const base = await server.start();
    server.dates.webdev = '2026-08-12';
    server.withoutCors('board:webdev');
    ({ h, wb } = await openModelRankings({
      settings: fixtureServerSettings(base),
    }));
  });
  after(async () => {
    await wb?.close();
    await server.stop();
  });

  if (EXTENSION_HOST === 'webworker') {
    it('Code Arena says it could not be reached from the browser and keeps its data; the log says the browser blocked the answer', async () => {
      const frame = await openSidebar(h, wb.page);
      const status = frame.locator('#status.error');
      await status.waitFor({ timeout: 60_000 });
      assert.equal(
        await ownText(status),
        'Code Arena could not be updated: the server could not be reached from the browser (it does not allow cross-origin requests). Showing the data published 2026-08-19; next try in 1 minute.',
      );
      assert.match((await frame.locator('#dateLine').textContent()) ?? '', /Published 2026-08-19/, "Code Arena's data stays");
      await widenSidebar(wb.page, 900);
      await frame.locator('#status button:has-text("Show log")').click();
      // The output view wraps long lines and shows spaces as no-break spaces: the text of all view lines is matched with \s.
      const logged = await wb.page.waitForFunction(
        () => /The\s+browser\s+blocked\s+the\s+answer\s+from\s+127\.0\.0\.1:\d+\s+\(Failed\s+to\s+fetch\)/.test(document.querySelector('.part.panel .view-lines')?.textContent ?? ''),
        undefined,
        { timeout: 30_000 },
      );
      assert.ok(await logged.jsonValue());
      await h.screenshot(wb.page, 'web-worker-cors-blocked');
    });
  } else {
    it('is read as usual: CORS is a browser rule, and the Node host is no browser', async () => {
      const frame = await openSidebar(h, wb.page);
      await frame.locator('#dateLine:has-text("Live data")').waitFor({ timeout: 60_000 });
      assert.match((await frame.locator('#dateLine').textContent()) ?? '', /Published 2026-08-12/);
      assert.equal(await frame.locator('#status.error').count(), 0);
    });
  }
});
