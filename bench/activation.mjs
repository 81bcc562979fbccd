// Activation in the real VS Code host (code-server 4.139.1), Model Rankings and a do-nothing probe
// installed side by side: what "Developer: Show Running Extensions" reports for each, VS Code's own
// performance marks around this extension's code loading and activate() call, the extension's own
// log of activate(), and workbench start → first status bar text.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openWorkbench, runCommand } from '../test/harness/workbench.mjs';
import { waitFor } from '../test/harness/proc.mjs';

const ID = 'model-rankings.model-rankings';

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

/** The figure "Running Extensions" shows for an extension, in ms. */
async function reported(page, name) {
  const text = (await (await runningRow(page, name)).textContent()) ?? '';
  const match = /(\d+)\s*ms/.exec(text);
  return match ? Number(match[1]) : null;
}

/** The last line of a log file under the profile's logs that matches `pattern`. */
function logLine(userDataDir, fileName, pattern) {
  const file = walk(join(userDataDir, 'logs')).find((f) => f.endsWith(fileName));
  const lines = file ? readFileSync(file, 'utf8').split('\n').filter((l) => pattern.test(l)) : [];
  return lines.at(-1) ?? null;
}

/**
 * What VS Code's marks say about one extension: code loading (require) and the activate() call, and
 * the other extensions whose code was loaded back to back right before it, in the same tick.
 * @param {{name: string, startTime: number}[]} marks
 */
export function fromMarks(marks, id = ID) {
  const at = (kind) => marks.find((m) => m.name === `code/extHost/${kind}/${id}`)?.startTime;
  const [willLoad, didLoad, willActivate, didActivate] = ['willLoadExtensionCode', 'didLoadExtensionCode', 'willActivateExtension', 'didActivateExtension'].map(at);
  if ([willLoad, didLoad, willActivate, didActivate].some((t) => t === undefined)) return null;
  const loads = marks.filter((m) => m.name.startsWith('code/extHost/didLoadExtensionCode/'));
  const before = [];
  for (let start = willLoad; ;) {
    const previous = loads.find((m) => Math.abs(m.startTime - start) <= 1 && !m.name.endsWith(`/${id}`) && !before.some((b) => m.name.endsWith(`/${b.id}`)));
    if (!previous) break;
    const prevId = previous.name.slice('code/extHost/didLoadExtensionCode/'.length);
    const began = marks.find((m) => m.name === `code/extHost/willLoadExtensionCode/${prevId}`)?.startTime;
    if (began === undefined) break;
    before.push({ id: prevId, ms: previous.startTime - began });
    start = began;
  }
  return { loadMs: didLoad - willLoad, activateMs: didActivate - willActivate, before };
}

/** One cold start of code-server with both extensions; returns the figures in ms. */
export async function measureActivation(vsixPath, probeVsixPath) {
  const wb = await openWorkbench({ vsixPath, extraVsixPaths: [probeVsixPath], settings: { 'modelRankings.data.offline': true } });
  try {
    const item = wb.page.locator('.statusbar-item:has-text("Qwen3.7-Max #")');
    await item.waitFor({ timeout: 60_000 });
    const statusMs = await wb.page.evaluate(() => performance.now());
    await runCommand(wb.page, 'Activation Probe: Log Performance Marks');
    const line = await waitFor(() => logLine(wb.userDataDir, 'Activation Probe.log', / marks \[/), { timeoutMs: 10_000, what: 'the probe to log the marks' });
    const marks = JSON.parse(line.slice(line.indexOf(' marks ') + 7));
    await runCommand(wb.page, 'Developer: Show Running Extensions');
    const reportedMs = await reported(wb.page, 'Model Rankings');
    const probeMs = await reported(wb.page, 'Activation Probe');
    const own = /activate\(\) took ([\d.]+) ms/.exec(logLine(wb.userDataDir, 'Model Rankings.log', /activate\(\) took/) ?? '');
    return { reportedMs, probeMs, ownMs: own ? Number(own[1]) : null, statusMs, marks: fromMarks(marks) };
  } finally {
    await wb.close();
  }
}

if (process.argv[1]?.endsWith('activation.mjs')) {
  console.log(JSON.stringify(await measureActivation(process.argv[2] ?? 'model-rankings.vsix', process.argv[3] ?? 'bench/activation-probe.vsix'), null, 2));
}
