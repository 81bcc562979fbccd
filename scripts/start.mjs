#!/usr/bin/env node
// `npm start`: try the packaged extension in a real VS Code (code-server in your browser).
// Usage: node scripts/start.mjs [path/to.vsix (default: newest *.vsix in the repo root)] [folder (default: repo)]
// Env: PORT (default 8080; a free port is used if busy), MODEL_RANKINGS_VERBOSE=1 (code-server log),
//      MODEL_RANKINGS_USE_CODE=1 (use a desktop `code` on PATH instead of code-server).
import { spawn } from 'node:child_process';
import { accessSync, constants, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installVsix, startCodeServer } from '../test/harness/codeServer.mjs';
import { freePort, isPortFree, shortTmpDir } from '../test/harness/proc.mjs';
import { ensureHost } from '../test/harness/provision.mjs';
import { writeUserSettings } from '../test/harness/settings.mjs';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const log = (m) => console.log(`[start] ${m}`);

/** Newest *.vsix in the repo root, or undefined. */
function newestVsix() {
  return readdirSync(REPO).filter((f) => f.endsWith('.vsix'))
    .map((f) => join(REPO, f)).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
}

/** Absolute path of an executable on PATH, or undefined. @param {string} name */
function onPath(name) {
  for (const dir of (process.env.PATH || '').split(delimiter)) {
    try { accessSync(join(dir, name), constants.X_OK); return join(dir, name); } catch { /* next */ }
  }
  return undefined;
}

/** Run a command with inherited stdio; resolve with its exit code. */
function runInherit(cmd, args) {
  return new Promise((res, rej) => spawn(cmd, args, { stdio: 'inherit' }).on('error', rej).on('exit', (c) => res(c ?? 1)));
}

/** Desktop VS Code path (MODEL_RANKINGS_USE_CODE=1 and `code` on PATH). */
async function startDesktop(code, vsix, folder) {
  log(`installing ${vsix} into desktop VS Code (${code})`);
  if (await runInherit(code, ['--install-extension', vsix, '--force']) !== 0) return 1;
  return runInherit(code, [folder]);
}

async function main() {
  const vsix = resolve(process.argv[2] || newestVsix() || '');
  const folder = resolve(process.argv[3] || REPO);
  if (!process.argv[2] && !newestVsix()) {
    console.error('[start] no .vsix found in the repo root: build/package the extension first, or pass a path.');
    return 2;
  }
  const code = process.env.MODEL_RANKINGS_USE_CODE === '1' ? onPath('code') : undefined;
  if (code) return startDesktop(code, vsix, folder);

  const host = await ensureHost({ log });
  const stateDir = join(REPO, '.vscode-test', 'start');
  const extensionsDir = join(stateDir, 'extensions');
  // The user-data dir holds an IPC socket: keep it in the repo only if the path is short enough.
  const repoUserData = join(stateDir, 'user-data');
  const userDataDir = repoUserData.length <= 80 ? repoUserData : shortTmpDir('start');
  mkdirSync(extensionsDir, { recursive: true });
  // The main job runs on the embedded snapshot; MODEL_RANKINGS_ONLINE=1 lets it fetch live data.
  writeUserSettings(userDataDir, process.env.MODEL_RANKINGS_ONLINE === '1' ? {} : { 'modelRankings.data.offline': true }, { onlyIfMissing: true });
  log(`installing ${vsix}`);
  await installVsix({ host, vsixPath: vsix, extensionsDir, userDataDir });

  const wanted = Number(process.env.PORT || 8080);
  const port = (await isPortFree(wanted)) ? wanted : await freePort();
  if (port !== wanted) log(`port ${wanted} is busy, using ${port}`);
  const server = await startCodeServer({
    host, extensionsDir, userDataDir, folder, port,
    log: process.env.MODEL_RANKINGS_VERBOSE === '1' ? (l) => console.log(`[code-server] ${l}`) : undefined,
  });
  const url = `${server.url}?folder=${encodeURIComponent(folder)}`;
  console.log(`\n  Model Rankings is running in VS Code (code-server):\n\n    ${url}\n\n  Press Ctrl+C to stop.\n`);

  let stopping = false;
  const exitCode = await new Promise((res) => {
    const shutdown = (sig) => { stopping = true; log(`${sig}: stopping`); server.stop().then(() => res(0)); };
    process.once('SIGINT', shutdown).once('SIGTERM', shutdown);
    server.exited.then((c) => {
      if (stopping) return;
      console.error(`[start] code-server exited unexpectedly (${c})\n${server.output()}`);
      res(1);
    });
  });
  if (userDataDir !== repoUserData) rmSync(userDataDir, { recursive: true, force: true });
  return exitCode;
}

main().then((code) => process.exit(code), (err) => {
  console.error(`[start] ${err.stack || err}`);
  process.exit(1);
});
