/**
 * The order of the extension-host suites, the same in both hosts: every `*.test` file of test/host runs without
 * being listed anywhere, in name order, except that the suites that replace the embedded snapshot with downloaded
 * data (`*.download.test`) run last. Node-free: the web worker bundle's build uses it too.
 */

/** Whether a file name is a host suite (`x.test.ts` in the sources, `x.test.js` compiled). */
export function isSuite(file: string): boolean {
  return /\.test\.[jt]s$/.test(file);
}

/** The suites among `files`, in the order they run. */
export function suiteOrder(files: readonly string[]): string[] {
  const downloads = (f: string): number => (/\.download\.test\.[jt]s$/.test(f) ? 1 : 0);
  return files.filter(isSuite).sort((a, b) => downloads(a) - downloads(b) || a.localeCompare(b));
}
