/** How both hosts' suite entries end a run: the counts go to the layer runner through the fixture control endpoint. */
import { control } from './hostTestSetup';

/** Mocha's run statistics (Node's and the browser build's runner share this shape). */
interface RunStats {
  readonly passes: number;
  readonly failures: number;
  readonly pending: number;
}

/** Reports the counts, then settles as the run did: resolves when every test passed, rejects otherwise. */
export async function finishRun(layer: string, stats: RunStats | undefined, failures: number): Promise<void> {
  const counts = stats ?? { passes: 0, failures, pending: 0 };
  await control('report', { passed: counts.passes, failed: counts.failures, skipped: counts.pending });
  if (failures > 0) throw new Error(`${failures} ${layer} test(s) failed`);
}
