// Start / stop a hermetic code-server (a real VS Code server + web workbench) and install .vsix files.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, killGroup, run, shortTmpDir, waitFor } from './proc.mjs';
import { ensureHost } from './provision.mjs';

/** Variables that would redirect code-server (PORT overrides --bind-addr; VSCODE_IPC_HOOK_CLI opens in another instance…). */
const HOSTILE_ENV = /^(VSCODE_.*|ELECTRON_.*|PORT|CODE_SERVER_.*|PASSWORD|HASHED_PASSWORD)$/;

/**
 * @typedef {import('./provision.mjs').Host} Host
 * @typedef {{url: string, port: number, pid: number, exited: Promise<number|null>,
 *   output: () => string, stop: () => Promise<void>}} CodeServer `exited` resolves with the exit code
 *   if code-server dies; `output()` is the tail of its log.
 */

/**
 * Environment for a code-server child: caller's env minus hostile variables, private HOME/XDG dirs,
 * Node 24 first on PATH.
 * @param {Host} host @param {string} base private dir @param {Record<string, string|undefined>} [extra]
 */
function hermeticEnv(host, base, extra = {}) {
  /** @type {Record<string, string>} */
  const env = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !HOSTILE_ENV.test(k)) env[k] = v;
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) env[k] = v;
  const dirs = { HOME: 'home', XDG_CONFIG_HOME: 'config', XDG_DATA_HOME: 'data', XDG_CACHE_HOME: 'cache', XDG_STATE_HOME: 'state', XDG_RUNTIME_DIR: 'run' };
  for (const [k, sub] of Object.entries(dirs)) {
    env[k] = join(base, sub);
    mkdirSync(env[k], { recursive: true, mode: 0o700 });
  }
  env.PATH = `${host.nodeBin24Dir}:${env.PATH || '/usr/bin:/bin'}`;
  return env;
}

/**
 * Start code-server on 127.0.0.1 and wait until /healthz answers.
 * @param {{
 *   host?: Host, extensionsDir?: string, userDataDir?: string, folder?: string,
 *   smokeTestDriver?: boolean, env?: Record<string, string|undefined>, port?: number,
 *   extraArgs?: string[], log?: (line: string) => void, timeoutMs?: number,
 * }} [opts] `log` receives code-server's own output lines (omit to stay quiet). The server (and so
 *   the extension host) inherits process.env minus HOSTILE_ENV, plus `env`, with private HOME/XDG_*.
 *   Omitted `userDataDir`/`extensionsDir` are fresh temp dirs removed by stop().
 * @returns {Promise<CodeServer>}
 */
export async function startCodeServer(opts = {}) {
  const host = opts.host ?? await ensureHost();
  const base = shortTmpDir('cs');
  const userDataDir = opts.userDataDir ?? join(base, 'u');
  const extensionsDir = opts.extensionsDir ?? join(base, 'e');
  for (const d of [userDataDir, extensionsDir]) mkdirSync(d, { recursive: true });
  const configFile = join(base, 'config.yaml');
  writeFileSync(configFile, 'auth: none\ncert: false\n');
  const port = opts.port ?? await freePort();
  const args = [
    '--config', configFile, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
    ...(opts.smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
    ...(opts.extraArgs ?? []),
    ...(opts.folder ? [opts.folder] : []),
  ];
  const child = spawn(host.codeServerBin, args, {
    env: hermeticEnv(host, base, opts.env), detached: true, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const onData = (chunk) => {
    const text = chunk.toString();
    output = (output + text).slice(-20_000);
    if (opts.log) for (const line of text.split('\n')) if (line.trim()) opts.log(line);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  let exited = false;
  /** @type {Promise<number|null>} */
  const exitedPromise = new Promise((r) => child.once('exit', (code) => { exited = true; r(code); }));

  let stopped;
  const stop = () => (stopped ??= killGroup(child).finally(() => rmSync(base, { recursive: true, force: true })));
  const url = `http://127.0.0.1:${port}/`;
  try {
    await waitFor(async () => {
      if (exited) throw Object.assign(new Error('code-server exited early'), { fatal: true });
      const res = await fetch(`${url}healthz`, { signal: AbortSignal.timeout(2000) });
      return res.ok;
    }, { timeoutMs: opts.timeoutMs ?? 60_000, intervalMs: 150, what: `code-server /healthz on port ${port}`, failFast: (e) => e.fatal });
  } catch (err) {
    await stop();
    throw new Error(`${err.message}\n--- code-server output ---\n${output}`);
  }
  return { url, port, pid: /** @type {number} */ (child.pid), exited: exitedPromise, output: () => output, stop };
}

/**
 * Install a packaged extension with `code-server --install-extension` (hermetic HOME, --force).
 * @param {{host?: Host, vsixPath: string, extensionsDir: string, userDataDir: string}} opts
 */
export async function installVsix({ host, vsixPath, extensionsDir, userDataDir }) {
  host ??= await ensureHost();
  const base = shortTmpDir('vsix');
  try {
    const res = await run(host.codeServerBin, [
      '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--install-extension', vsixPath, '--force',
    ], { env: hermeticEnv(host, base) });
    const text = res.stdout + res.stderr;
    if (res.code !== 0 || !/successfully installed/i.test(text)) {
      throw new Error(`installing ${vsixPath} failed (exit ${res.code ?? res.signal}):\n${text}`);
    }
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}
