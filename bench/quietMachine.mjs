// Waits for the machine to go quiet before a timed stage: processes of the stage before (a code-server
// shutting down, its extension host, a browser) would otherwise share the cores with the next one.
import { readFileSync } from 'node:fs';

/** Busy and total CPU time of all cores so far (Linux /proc/stat), or null elsewhere. */
function cpuTimes() {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const idle = fields[3] + (fields[4] ?? 0);
    const total = fields.reduce((a, b) => a + b, 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

/**
 * Resolves once a 500 ms window shows the cores at most `maxBusy` busy, or after `timeoutMs`; returns the
 * ms waited and the last window's busy share (null where /proc/stat is not there: no wait).
 */
export async function quietMachine({ maxBusy = 0.15, timeoutMs = 30_000 } = {}) {
  const start = performance.now();
  let busy = null;
  while (performance.now() - start < timeoutMs) {
    const before = cpuTimes();
    if (!before) return { waitedMs: 0, busy: null };
    await new Promise((resolve) => setTimeout(resolve, 500));
    const after = cpuTimes();
    busy = (after.busy - before.busy) / Math.max(1, after.total - before.total);
    if (busy <= maxBusy) break;
  }
  return { waitedMs: performance.now() - start, busy };
}
