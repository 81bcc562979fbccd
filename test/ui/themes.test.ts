/** Light and high-contrast themes: the same sidebar must stay readable (screenshots for review). */
import * as assert from 'node:assert/strict';
import { openModelRankings, openSidebar, ownText, widenSidebar } from './workbench';

for (const [theme, name] of [
  ['Default Light Modern', 'sidebar-light'],
  ['Default High Contrast', 'sidebar-high-contrast'],
] as const) {
  describe(`UI: sidebar in ${theme}`, function () {
    it('renders the Code Arena table with themed colours', async () => {
      const { h, wb } = await openModelRankings({ theme });
      try {
        const frame = await openSidebar(h, wb.page);
        await widenSidebar(wb.page, 900);
        const color = await frame.locator('body').evaluate((b) => getComputedStyle(b).color);
        const background = await frame.locator('th').first().evaluate((th) => getComputedStyle(th).backgroundColor);
        assert.notEqual(color, background, 'text and header background differ');
        assert.equal(await ownText(frame.locator('tr[data-key="claude-opus-5-max"] td.rank').first()), '1');
        await h.screenshot(wb.page, name);
      } finally {
        await wb.close();
      }
    });
  });
}
