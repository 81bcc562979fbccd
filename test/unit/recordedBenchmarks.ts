/** The recorded benchmark sources as a refresh would read them, for tests of the views that show them. */
import * as assert from 'node:assert/strict';
import { parseLiveBench, type LiveBenchBoard } from '../../src/core/sources/liveBenchTable';
import { RECORDED_RELEASE, recordedLiveBench } from '../fixtures/liveBenchFaults';

/** LiveBench's recorded 2026_01_08 files, parsed. */
export function recordedLiveBenchBoard(): LiveBenchBoard {
  const files = recordedLiveBench();
  const parsed = parseLiveBench(RECORDED_RELEASE, files.table, files.categories);
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.error);
  return parsed.value;
}
