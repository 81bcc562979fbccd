/**
 * The comparison panel (fake `vscode`, real store, protocol and history service) takes its benchmarks
 * from the function it is given: what it posts and what it copies carry them, and it shows them again
 * when asked (LiveBench arriving without new Arena data).
 */
import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { LeaderboardStore } from '../../src/core/store/leaderboardStore';
import type { LeaderboardData } from '../../src/core/boards/leaderboard';
import { joinBenchmarks, type BenchmarkJoin } from '../../src/core/models/benchmarkJoin';
import { buildModelCatalog } from '../../src/core/models/modelCatalog';
import { hostToCompareSchema, type CompareState } from '../../src/shared/protocol';
import type { Log } from '../../src/extension/log';
import { createdPanels, Uri, useFakeVscode } from './fakeVscode';
import { embeddedSnapshot, REPO_ROOT } from './fixtures';
import { recordedLiveBenchBoard } from './recordedBenchmarks';

useFakeVscode();

const log: Log = { info: () => undefined, warn: () => undefined, error: () => undefined, show: () => undefined } as unknown as Log;

describe('comparison panel: benchmarks from the function it is given', () => {
  it('posts and copies the benchmark section, and posts it again with LiveBench once it is there', async () => {
    const { ComparePanel } = await import('../../src/extension/comparePanel.js');
    const { HistoryService } = await import('../../src/extension/historyService.js');
    const extensionUri = Uri.file(REPO_ROOT) as unknown as vscode.Uri;
    const store = new LeaderboardStore(() => Promise.resolve(embeddedSnapshot().data));
    await store.ensureLoaded();
    const history = new HistoryService(extensionUri, { read: () => Promise.resolve(null), writeAtomic: () => Promise.resolve() }, store, log);
    let liveBench = false;
    const benchmarks = (data: LeaderboardData): BenchmarkJoin => joinBenchmarks(buildModelCatalog(data), data, liveBench ? recordedLiveBenchBoard() : null);
    const panel = new ComparePanel(extensionUri, store, log, () => Promise.resolve(), history, benchmarks);
    try {
      panel.show(['qwen3.7-max-20260517', 'claude-opus-4-7']);
      const host = createdPanels.at(-1);
      assert.ok(host);
      const states: CompareState[] = [];
      let next: () => void = () => undefined;
      host.webview.postMessage = (message: unknown): Promise<boolean> => {
        const parsed = hostToCompareSchema.safeParse(message);
        if (parsed.success && parsed.data.type === 'compareState') states.push(parsed.data);
        next();
        return Promise.resolve(true);
      };
      const posted = (): Promise<void> => new Promise((resolve) => (next = resolve));

      let arrived = posted();
      host.webview.messages.fire({ type: 'ready' });
      await arrived;
      const live = (s: CompareState | undefined) => s?.benchmarks?.sections.find((x) => x.title.startsWith('LiveBench'));
      assert.match(live(states[0])?.note ?? '', /No LiveBench data yet/);
      assert.equal(states[0]?.benchmarks?.sections[0]?.rows[1]?.cells[0]?.value, '66.0');
      assert.match(panel.markdown(), /### Benchmarks beside the votes[\s\S]*No LiveBench data yet/);

      liveBench = true;
      arrived = posted();
      panel.refreshView();
      await arrived;
      assert.deepEqual(live(states[1])?.rows.map((r) => r.cells.map((c) => c.value)), [['74.3', '—'], ['74.2', '—'], ['51.7', '—']]);
      assert.match(panel.markdown(), /\| Agentic Coding \| 51\.7 \(#41 of 126, as qwen3\.7-max\) \| — \| — \|/);
    } finally {
      panel.dispose();
      history.dispose();
    }
  });
});
