// Activation in the real VS Code host (code-server 4.139.1): what "Developer: Show Running Extensions"
// reports, the extension's own log of activate(), and workbench start → first status bar text.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openWorkbench, runCommand } from '../test/harness/workbench.mjs';

/** Files under a folder, recursively. */
function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** The row of an extension in "Running Extensions" (the list is virtualised and sorted by time: scroll to find it). */
async function runningRow(page, name) {
  const rows = page.locator('.runtime-extensions-editor .monaco-list-row');
  await rows.first().waitFor({ timeout: 30_000 });
  const row = page.locator(`.runtime-extensions-editor .monaco-list-row:has-text("${name}")`).first();
  for (const key of ['Home', 'PageDown', 'PageDown', 'End']) {
    if (await row.isVisible()) return row;
    await rows.first().click();
    await page.keyboard.press(key);
  }
  await row.waitFor({ timeout: 5000 });
  return row;
}

/** One cold start: returns the three figures in ms (`probe`: measure the do-nothing extension instead). */
export async function measureActivation(vsixPath, { probe = false } = {}) {
  const wb = await openWorkbench({ vsixPath, settings: { 'modelRankings.data.offline': true } });
  try {
    let statusMs = null;
    if (!probe) {
      const item = wb.page.locator('.statusbar-item:has-text("Qwen3.7-Max #")');
      await item.waitFor({ timeout: 60_000 });
      statusMs = await wb.page.evaluate(() => performance.now());
    } else {
      await wb.page.waitForTimeout(8000); // let startup activation finish; nothing to wait on
    }
    await runCommand(wb.page, 'Developer: Show Running Extensions');
    const row = await runningRow(wb.page, probe ? 'Activation Probe' : 'Model Rankings');
    const text = (await row.textContent()) ?? '';
    const reported = /(\d+)\s*ms/.exec(text);
    const logFile = probe ? undefined : walk(join(wb.userDataDir, 'logs')).find((f) => f.endsWith('Model Rankings.log'));
    const own = logFile ? /activate\(\) took ([\d.]+) ms/.exec(readFileSync(logFile, 'utf8')) : null;
    return { reportedMs: reported ? Number(reported[1]) : null, reportedText: text.replace(/\s+/g, ' ').trim(), ownMs: own ? Number(own[1]) : null, statusMs };
  } finally {
    await wb.close();
  }
}

if (process.argv[1]?.endsWith('activation.mjs')) {
  console.log(JSON.stringify(await measureActivation(process.argv[2] ?? 'model-rankings.vsix'), null, 2));
}
