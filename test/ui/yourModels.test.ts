/** "Your models" pinned above the table, with a fake chat-model provider installed beside the extension. */
import * as assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { harness, openSidebar, REPO_ROOT, VSIX, widenSidebar } from './workbench';

describe('UI: your models', function () {
  it("pins the editor's chat models above the table, mapped to their rows", async () => {
    const { packageFakeModelProvider } = (await import(pathToFileURL(resolve(REPO_ROOT, 'test', 'fixtures', 'fakeModelProvider', 'package.mjs')).href)) as {
      packageFakeModelProvider(): Promise<string>;
    };
    const provider = await packageFakeModelProvider();
    const h = await harness();
    const wb = await h.openWorkbench({ vsixPath: VSIX, extraVsixPaths: [provider], settings: { 'workbench.colorTheme': 'Default Dark Modern', 'modelRankings.data.offline': true } });
    try {
      const frame = await openSidebar(h, wb.page);
      const button = frame.locator('#yourModels button:has-text("Claude Opus 4.7")');
      await button.waitFor({ timeout: 60_000 });
      assert.equal(await button.textContent(), 'Claude Opus 4.7 → #14 claude-opus-4-7');
      assert.equal(await frame.locator('#yourModels button:has-text("Qwen3.7 Max")').textContent(), 'Qwen3.7 Max → #28 qwen3.7-max-20260517');
      await wb.page.locator('.statusbar-item:has-text("Claude-Opus-4-7 #14 · Qwen3.7-Max #28")').waitFor();
      await button.click();
      await frame.locator('tr.selected[data-key="claude-opus-4-7"]').waitFor();
      await widenSidebar(wb.page, 900);
      await h.screenshot(wb.page, 'your-models');
    } finally {
      await wb.close();
      rmSync(dirname(provider), { recursive: true, force: true });
    }
  });
});
