// Cross-process lock: a directory holding the owner's pid (and optionally the process group of a
// long build it runs). Locks of dead owners are broken, and their orphaned build group is killed.
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { waitFor } from './proc.mjs';

/** File inside the lock dir where the owner records a child process group to kill if it dies. */
export const CHILD_PGID_FILE = 'child-pgid';

/**
 * Run `fn` while holding `lockDir`; waits (polling) while a live process holds it.
 * @template T
 * @param {string} lockDir
 * @param {(msg: string) => void} log
 * @param {() => Promise<T>} fn
 * @param {{timeoutMs?: number}} [opts]
 * @returns {Promise<T>}
 */
export async function withLock(lockDir, log, fn, { timeoutMs = 20 * 60_000 } = {}) {
  let announced = false;
  await waitFor(() => {
    try {
      mkdirSync(lockDir);
      writeFileSync(join(lockDir, 'pid'), String(process.pid));
      return true;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
    }
    const pid = Number(readText(join(lockDir, 'pid')));
    if (isStale(lockDir, pid)) {
      log(`breaking stale lock of dead run ${pid || '?'}`);
      killOrphan(Number(readText(join(lockDir, CHILD_PGID_FILE))), log);
      rmSync(lockDir, { recursive: true, force: true });
    } else if (!announced) {
      announced = true;
      log(`waiting for another provisioning run (pid ${pid || '?'}) …`);
    }
    return false;
  }, { timeoutMs, intervalMs: 1000, what: `lock ${lockDir}` });
  try {
    return await fn();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

/** Owner is gone (or never wrote its pid within 30 s). */
function isStale(lockDir, pid) {
  if (!pid) {
    try { return Date.now() - statSync(lockDir).mtimeMs > 30_000; } catch { return false; }
  }
  try { process.kill(pid, 0); } catch (err) { if (err.code !== 'EPERM') return true; }
  const cmdline = readText(`/proc/${pid}/cmdline`);
  return cmdline !== '' && !/node/.test(cmdline); // pid reused by something that is not us
}

/** Kill a build group left running by a dead owner (only if it still looks like npm). */
function killOrphan(pgid, log) {
  if (!pgid || !/npm/.test(readText(`/proc/${pgid}/cmdline`))) return;
  log(`killing build orphaned by the dead run (process group ${pgid})`);
  try { process.kill(-pgid, 'SIGKILL'); } catch { /* already gone */ }
}

function readText(file) {
  try { return readFileSync(file, 'utf8'); } catch { return ''; }
}
