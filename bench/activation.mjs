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

/** One cold start: returns the three figures in ms. */
export async function measureActivation(vsixPath) {
  const wb = await openWorkbench({ vsixPath, settings: { 'modelRankings.data.offline': true } });
  try {
    const item = wb.page.locator('.statusbar-item:has-text("Qwen3.7-Max #")');
    await item.waitFor({ timeout: 60_000 });
    const statusMs = await wb.page.evaluate(() => performance.now());
    await runCommand(wb.page, 'Developer: Show Running Extensions');
    const row = wb.page.locator('.runtime-extensions-editor .monaco-list-row:has-text("Model Rankings")').first();
    await row.waitFor({ timeout: 30_000 });
    const text = (await row.textContent()) ?? '';
    const reported = /(\d+)\s*ms/.exec(text);
    const logFile = walk(join(wb.userDataDir, 'logs')).find((f) => f.endsWith('Model Rankings.log'));
    const own = logFile ? /activate\(\) took ([\d.]+) ms/.exec(readFileSync(logFile, 'utf8')) : null;
    return { reportedMs: reported ? Number(reported[1]) : null, reportedText: text.replace(/\s+/g, ' ').trim(), ownMs: own ? Number(own[1]) : null, statusMs };
  } finally {
    await wb.close();
  }
}

if (process.argv[1]?.endsWith('activation.mjs')) {
  console.log(JSON.stringify(await measureActivation(process.argv[2] ?? 'model-rankings.vsix'), null, 2));
}
