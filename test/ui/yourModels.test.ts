/** "Your models" pinned above the table, with a fake chat-model provider installed beside the extension. */
import * as assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openModelRankings, openSidebar, REPO_ROOT, widenSidebar } from './workbench';

describe('UI: your models', function () {
  it("pins the editor's chat models above the table, mapped to their rows; another extension gets answers from the agent tool", async () => {
    const { packageFakeModelProvider } = (await import(pathToFileURL(resolve(REPO_ROOT, 'test', 'fixtures', 'fakeModelProvider', 'package.mjs')).href)) as {
      packageFakeModelProvider(): Promise<string>;
    };
    const provider = await packageFakeModelProvider();
    const { h, wb } = await openModelRankings({ extraVsixPaths: [provider] });
    try {
      const frame = await openSidebar(h, wb.page);
      const button = frame.locator('#yourModels button:has-text("Claude Opus 4.7")');
      await button.waitFor({ timeout: 60_000 });
      assert.equal(await button.textContent(), 'Claude Opus 4.7 → #14 claude-opus-4-7');
      assert.equal(await frame.locator('#yourModels button:has-text("Qwen3.7 Max")').textContent(), 'Qwen3.7 Max → #28 qwen3.7-max-20260517');
      await wb.page.locator('.statusbar-item:has-text("Claude Opus 4.7 #14 · Qwen3.7-Max #28")').waitFor();
      await button.click();
      await frame.locator('tr.selected[data-key="claude-opus-4-7"]').waitFor();
      await widenSidebar(wb.page, 900);
      await h.screenshot(wb.page, 'your-models');
      // One watch list: the editor's models are starred, and clicking a filled star unwatches that model
      // (it used to add it to the shipped default list, and the status bar grew instead of shrinking).
      const star = frame.locator('tr[data-key="claude-opus-4-7"] [data-action="watch"]');
      assert.equal(await star.getAttribute('aria-pressed'), 'true');
      await star.click();
      await wb.page.locator('.statusbar-item', { hasText: /^\s*Qwen3\.7-Max #28 · Code\s*$/ }).waitFor();
      await frame.locator('tr[data-key="claude-opus-4-7"] [data-action="watch"][aria-pressed="false"]').waitFor();
      // The language model tool, invoked by the fake provider's extension as an agent would, answers with the rank.
      await h.runCommand(wb.page, 'Fake Model Provider: Ask the Model Rankings Tool');
      const answer = wb.page.locator('.notifications-toasts .notification-list-item-message', { hasText: 'Model Rankings tool:' });
      await answer.waitFor({ timeout: 30_000 });
      assert.match((await answer.textContent()) ?? '', /qwen3\.7-max-20260517 \(alibaba\): #28 of 117, rank range 23–32/);
    } finally {
      await wb.close();
      rmSync(dirname(provider), { recursive: true, force: true });
    }
  });
});
