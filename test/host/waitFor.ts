/** Polls a condition (no fixed sleeps): resolves with its value, or fails with the last one seen. */
export async function waitFor<T>(probe: () => T | Promise<T>, accept: (value: T) => boolean, what: string, timeoutMs = 15000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await probe();
  while (!accept(last)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 50));
    last = await probe();
  }
  return last;
}
