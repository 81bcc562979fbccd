import * as assert from 'node:assert/strict';
import { CacheStore } from '../../src/core/store/cacheStore';
import { matchPrices } from '../../src/core/models/modelMatching';
import { readRecordedOpenRouter } from '../../scripts/recordedData';
import { TempFileStore } from '../fixtures/tempFileStore';
import { recordedBoard } from './fixtures';

describe('the cached OpenRouter list', () => {
  it('keeps the other names of each model, so prices matched from the cache equal prices matched from a fresh fetch', async () => {
    const files = new TempFileStore();
    try {
      const cache = new CacheStore(files);
      const fresh = readRecordedOpenRouter().models;
      await cache.writePrices(fresh);
      const cached = await cache.readPrices();
      assert.deepEqual(cached, fresh);
      const entries = ['webdev', 'text_style_control'].flatMap((b) => recordedBoard(b, '2026-08-19').categories.flatMap((c) => c.entries));
      assert.deepEqual(matchPrices(entries, cached ?? []), matchPrices(entries, fresh));
      // A cache file written before the other names were kept still reads.
      files.plant('openrouter-prices.json', JSON.stringify([['qwen/qwen3.7-max', 1.475, 4.425, 1000000]]));
      assert.deepEqual(await cache.readPrices(), [{ id: 'qwen/qwen3.7-max', inputPerM: 1.475, outputPerM: 4.425, contextLength: 1000000 }]);
    } finally {
      files.remove();
    }
  });
});
