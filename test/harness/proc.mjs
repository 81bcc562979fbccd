// Small process / polling utilities shared by the harness scripts.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Run a command to completion, capturing its output.
 * @param {string} cmd
 * @param {string[]} args
 * @param {import('node:child_process').SpawnOptions & {
 *   onSpawn?: (child: import('node:child_process').ChildProcess) => void}} [opts]
 * @returns {Promise<{code: number|null, signal: string|null, stdout: string, stderr: string}>}
 */
export function run(cmd, args, opts = {}) {
  const { onSpawn, ...spawnOpts } = opts;
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], ...spawnOpts });
    onSpawn?.(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => { stdout += c; });
    child.stderr.on('data', (c) => { stderr += c; });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/**
 * Run a command and throw (with its output tail) unless it exits 0.
 * @param {string} cmd
 * @param {string[]} args
 * @param {Parameters<typeof run>[2]} [opts]
 */
export async function runOk(cmd, args, opts) {
  const res = await run(cmd, args, opts);
  if (res.code !== 0) {
    const tail = (res.stdout + res.stderr).split('\n').slice(-40).join('\n');
    throw new Error(`${cmd} ${args.join(' ')} exited ${res.code ?? res.signal}\n${tail}`);
  }
  return res;
}

/**
 * Poll `check` until it returns a truthy value (which is returned) or the timeout elapses.
 * @template T
 * @param {() => Promise<T>|T} check
 * @param {{timeoutMs?: number, intervalMs?: number, what?: string, failFast?: (err: any) => boolean}} [opts]
 *   `failFast(err)` true: rethrow that error at once instead of polling on.
 * @returns {Promise<T>}
 */
export async function waitFor(check, { timeoutMs = 60_000, intervalMs = 200, what = 'condition', failFast } = {}) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (err) {
      if (failFast?.(err)) throw err;
      lastError = err;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}` + (lastError ? `: ${lastError.message}` : ''));
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/**
 * Whether a TCP port on 127.0.0.1 can be bound right now.
 * @param {number} port
 * @returns {Promise<boolean>}
 */
export function isPortFree(port) {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

/**
 * Ask the OS for a free loopback port.
 * @returns {Promise<number>}
 */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (srv.address());
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Create a fresh directory with a short path (IPC sockets live inside; Unix socket paths max ~108 chars).
 * @param {string} prefix short tag, e.g. 'cs'
 * @returns {string}
 */
export function shortTmpDir(prefix) {
  const base = tmpdir().length <= 20 ? tmpdir() : '/tmp';
  return mkdtempSync(join(base, `mr-${prefix}-`));
}

/**
 * Kill a detached child's whole process group (SIGTERM, then SIGKILL after `graceMs`).
 * Resolves once the leader has exited.
 * @param {import('node:child_process').ChildProcess} child spawned with `detached: true`
 * @param {number} [graceMs]
 */
export async function killGroup(child, graceMs = 5000) {
  if (!child.pid) return;
  const exited = child.exitCode !== null || child.signalCode !== null;
  const signalGroup = (sig) => {
    try { process.kill(-child.pid, sig); } catch { /* group already gone */ }
  };
  const done = exited ? Promise.resolve() : new Promise((r) => child.once('exit', r));
  signalGroup('SIGTERM');
  let timer;
  const timeout = new Promise((r) => { timer = setTimeout(r, graceMs, 'timeout'); });
  const result = await Promise.race([done, timeout]);
  clearTimeout(timer);
  // Children of the leader (extension hosts, pty hosts) may outlive it: always finish the group.
  signalGroup('SIGKILL');
  if (result === 'timeout') await done;
}
