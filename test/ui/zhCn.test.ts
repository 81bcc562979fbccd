/**
 * The extension in Simplified Chinese in a real workbench: code-server started with `--locale zh-cn` and a test-only
 * language pack (test/harness/languagePack.mjs; the workbench's own words stay English, the extension's are Chinese).
 */
import * as assert from 'node:assert/strict';
import { openModelRankings, openSidebar, widenSidebar } from './workbench';

describe('UI: the sidebar and status bar in Simplified Chinese (zh-cn)', function () {
  it('shows the leaderboard, its headers and the status bar in Chinese', async () => {
    const { h, wb } = await openModelRankings({ locale: 'zh-cn' });
    try {
      const frame = await openSidebar(h, wb.page);
      assert.equal(await frame.locator('#heading').textContent(), 'Code Arena · 总榜');
      assert.match((await frame.locator('#dateLine').textContent()) ?? '', /^发布于 2026-08-19 · 扩展自带的离线快照/);
      assert.equal(await frame.locator('thead button[data-sort="model"]').textContent(), '模型');
      assert.equal(await frame.locator('thead button[data-sort="rating"]').textContent(), '分数');
      assert.equal(await frame.locator('#search').getAttribute('placeholder'), '搜索模型、厂商、许可证  ( / )');
      assert.equal(await frame.locator('html').getAttribute('lang'), 'zh-cn');
      // The status bar names the board in Chinese (its short name), and the view's title is the manifest's.
      await wb.page.locator('.statusbar-item:has-text("Qwen3.7-Max #28")', { hasText: '· 代码' }).waitFor();
      await wb.page.locator('.pane-header:has-text("排行榜"), .composite.title:has-text("排行榜")').first().waitFor();
      await wb.page.locator('.statusbar-item:has-text("Qwen3.7-Max #28")').click();
      await frame.locator('tr.selected[data-key="qwen3.7-max-20260517"]').waitFor();
      await widenSidebar(wb.page, 900);
      await wb.page.mouse.move(700, 500);
      await h.screenshot(wb.page, 'sidebar-zh-cn');
    } finally {
      await wb.close();
    }
  });
});
