#!/usr/bin/env node
// Stand-in "VS Code executable" for @vscode/test-electron's runTests({ vscodeExecutablePath }).
// Translates the desktop CLI arguments into: code-server in smoke-test-driver mode + headless
// Chromium opening the workbench with a `payload` that names the extension and its test runner.
// The extension host's console is forwarded to stdout; the process exits with the test run's code.
// Env: MODEL_RANKINGS_TEST_TIMEOUT_MS (default 300000), MODEL_RANKINGS_VERBOSE=1 (code-server log).
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { format } from 'node:util';
import { join, resolve } from 'node:path';
import { launchBrowser } from './browser.mjs';
import { startCodeServer } from './codeServer.mjs';
import { shortTmpDir } from './proc.mjs';
import { ensureHost } from './provision.mjs';
import { writeUserSettings } from './settings.mjs';

const TIMEOUT_MS = Number(process.env.MODEL_RANKINGS_TEST_TIMEOUT_MS || 300_000);
const VERBOSE = process.env.MODEL_RANKINGS_VERBOSE === '1';
const MAX_SOCKET_DIR = 80; // <user-data-dir>/code-server-ipc.sock must stay under ~108 chars

/**
 * Parse the arguments test-electron passes (`--name=value` flags plus an optional folder).
 * @param {string[]} argv
 */
function parseArgs(argv) {
  /** @type {{devPaths: string[], testsPath?: string, userDataDir?: string, extensionsDir?: string, folder?: string, ignored: string[]}} */
  const out = { devPaths: [], ignored: [] };
  for (const arg of argv) {
    const [, name, value] = /^--([^=]+)=(.*)$/s.exec(arg) ?? [];
    if (name === 'extensionDevelopmentPath') out.devPaths.push(resolve(value));
    else if (name === 'extensionTestsPath') out.testsPath = resolve(value);
    else if (name === 'user-data-dir') out.userDataDir = resolve(value);
    else if (name === 'extensions-dir') out.extensionsDir = resolve(value);
    else if (!arg.startsWith('-') && !out.folder && existsSync(arg)) out.folder = resolve(arg);
    else out.ignored.push(arg);
  }
  return out;
}

/**
 * Workbench URL carrying the test payload (honoured only with enable-smoke-test-driver).
 * @param {string} baseUrl e.g. http://127.0.0.1:1234/
 * @param {number} port @param {ReturnType<typeof parseArgs>} args
 */
function payloadUrl(baseUrl, port, args) {
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p.split('/').map(encodeURIComponent).join('/')}`;
  const payload = [
    ...args.devPaths.map((p) => ['extensionDevelopmentPath', remote(p)]),
    ['extensionTestsPath', remote(/** @type {string} */ (args.testsPath))],
  ];
  const params = new URLSearchParams();
  if (args.folder?.endsWith('.code-workspace')) params.set('workspace', args.folder);
  else if (args.folder) params.set('folder', args.folder);
  else params.set('ew', 'true');
  params.set('payload', JSON.stringify(payload));
  return `${baseUrl}?${params}`;
}

/** Workbench (not extension host) log lines hidden unless MODEL_RANKINGS_VERBOSE=1. */
const WORKBENCH_CHATTER = [
  /^\[(AgentHost[^\]]*|ChatModelSelection|AccountPolicyGate|reconnection-grace-time|Service Worker)\]/,
  /^(Resolving|Resolved) connection token/, /^Creating a socket \(/, /^Updating additional builtin extensions cache/,
  /ENOTFOUND open-vsx\.org/, /authentication provider 'github'/, /^Creation of workbench contribution '.*' took \d+ms/,
];

/** @param {unknown} args console arguments (printf-style, as console.log got them) */
function formatLogArgs(args) {
  return format(...(Array.isArray(args) ? args : [args]));
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!args.testsPath || !args.devPaths.length) {
    console.error('fakeCode: need --extensionDevelopmentPath=… and --extensionTestsPath=…');
    return 2;
  }
  if (VERBOSE && args.ignored.length) console.error(`fakeCode: ignoring ${args.ignored.join(' ')}`);
  const host = await ensureHost({ log: (m) => console.error(`[provision] ${m}`) });
  const shortEnough = (d) => d && join(d, 'code-server-ipc.sock').length <= MAX_SOCKET_DIR + 20;
  const tempUserData = shortEnough(args.userDataDir) ? undefined : shortTmpDir('ud');
  const userDataDir = tempUserData ?? /** @type {string} */ (args.userDataDir);
  for (const d of [userDataDir, args.extensionsDir]) if (d) mkdirSync(d, { recursive: true });
  writeUserSettings(userDataDir, {}, { onlyIfMissing: true });

  /** @type {Awaited<ReturnType<typeof startCodeServer>>|undefined} */
  let server;
  /** @type {Awaited<ReturnType<typeof launchBrowser>>|undefined} */
  let browser;
  const cleanup = async () => {
    await browser?.close();
    await server?.stop();
    if (tempUserData) rmSync(tempUserData, { recursive: true, force: true });
  };
  const onSignal = (sig) => { console.error(`fakeCode: ${sig}, stopping`); cleanup().finally(() => process.exit(130)); };
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);

  let done = false;
  const timer = setTimeout(() => {
    console.error(`fakeCode: TIMEOUT — no test result after ${TIMEOUT_MS / 1000} s (set MODEL_RANKINGS_TEST_TIMEOUT_MS)`);
    done = true;
    cleanup().finally(() => process.exit(1));
  }, TIMEOUT_MS);
  try {
    server = await startCodeServer({
      // No `env`: code-server inherits this process's env, which holds runTests' extensionTestsEnv.
      host, userDataDir, extensionsDir: args.extensionsDir, smokeTestDriver: true,
      log: VERBOSE ? (l) => console.error(`[code-server] ${l}`) : undefined,
    });
    browser = await launchBrowser();
    const { page } = browser;
    /** @type {(code: number) => void} */
    let finish = () => {};
    /** @type {Promise<number>} */
    const result = new Promise((r) => { finish = r; });
    await page.exposeFunction('codeAutomationLog', (type, logArgs) => {
      const line = formatLogArgs(logArgs);
      if (!VERBOSE && WORKBENCH_CHATTER.some((re) => re.test(line))) return;
      if (type === 'error') console.error(line); else console.log(line);
    });
    await page.exposeFunction('codeAutomationExit', (code) => finish(Number(code) || 0));
    server.exited.then((code) => {
      if (!done) console.error(`fakeCode: code-server exited (${code})\n${server?.output()}`);
      finish(1);
    });
    page.on('crash', () => { console.error('fakeCode: browser page crashed'); finish(1); });
    await page.goto(payloadUrl(server.url, server.port, args));
    return await result;
  } finally {
    done = true;
    clearTimeout(timer);
    await cleanup();
  }
}

main().then((code) => process.exit(code), (err) => {
  console.error(`fakeCode: ${err.stack || err}`);
  process.exit(1);
});
