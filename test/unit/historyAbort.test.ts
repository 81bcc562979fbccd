/**
 * Bug 5b: a model's history request can be cancelled, and the history service cancels its requests
 * when the extension shuts down; a cancelled request is "no history", logged as nothing.
 */
import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { fetchFullHistory, type FullHistoryConfig, type FullHistorySource } from '../../src/core/rankings/fullHistory';
import type { FetchLike } from '../../src/core/sources/httpJson';
import { LeaderboardStore } from '../../src/core/store/leaderboardStore';
import { recordedDates, readRecordedFile } from '../../scripts/recordedData';
import { Uri, useFakeVscode } from './fakeVscode';
import { embeddedSnapshot, REPO_ROOT } from './fixtures';

useFakeVscode();

const CONFIG: FullHistoryConfig = {
  endpoints: { viewerBase: 'https://datasets-server.huggingface.co', hubBase: 'https://huggingface.co', dataset: 'lmarena-ai/leaderboard-dataset' },
  offline: false,
  // Far longer than any test: only the cancellation can end a request that never answers.
  timeoutMs: 10 * 60 * 1000,
  maxBytes: 8 * 1024 * 1024,
};

/** A fetch that never answers until its request is aborted, and says when it was called. */
function silentFetch(): { fetch: FetchLike; called: Promise<string>; aborted: () => boolean } {
  let calledWith: (url: string) => void = () => undefined;
  const called = new Promise<string>((resolve) => (calledWith = resolve));
  let signal: AbortSignal | undefined;
  const fetch: FetchLike = (url, init) => {
    signal = init.signal;
    calledWith(url);
    return new Promise<Response>((_, reject) => init.signal.addEventListener('abort', () => reject(init.signal.reason as Error)));
  };
  return { fetch, called, aborted: () => signal?.aborted ?? false };
}

function source(fetch: FetchLike, config: Partial<FullHistoryConfig> = {}): FullHistorySource & { logged: string[] } {
  const logged: string[] = [];
  return { fetch, config: () => ({ ...CONFIG, ...config }), log: (m) => void logged.push(m), logged };
}

/** Resolves with the first unhandled rejection from now on, until `stop`. */
function watchUnhandledRejections(): { first: Promise<unknown>; stop(): void } {
  let listener: (reason: unknown) => void = () => undefined;
  const first = new Promise<unknown>((resolve) => (listener = resolve));
  process.on('unhandledRejection', listener);
  return { first, stop: () => void process.off('unhandledRejection', listener) };
}

describe('history requests can be cancelled (bug 5b)', () => {
  it('a request that never answers ends, as "no history" and no log line, when it is aborted', async () => {
    const silent = silentFetch();
    const from = source(silent.fetch);
    const controller = new AbortController();
    const result = fetchFullHistory(from, 'webdev', 'overall', 'qwen3.7-max-20260517', controller.signal);
    assert.match(await silent.called, /\/filter\?/);
    controller.abort();
    assert.equal(await result, null);
    assert.deepEqual(from.logged, []);
  });

  it('asks nothing once cancelled, or when offline', async () => {
    let requests = 0;
    const counting: FetchLike = () => Promise.resolve(new Response(String(++requests)));
    const controller = new AbortController();
    controller.abort();
    assert.equal(await fetchFullHistory(source(counting), 'webdev', 'overall', 'qwen3.7-max-20260517', controller.signal), null);
    assert.equal(await fetchFullHistory(source(counting, { offline: true }), 'webdev', 'overall', 'qwen3.7-max-20260517', new AbortController().signal), null);
    assert.equal(requests, 0);
  });

  it('still logs why a request that was not cancelled failed, and returns the recorded history when it answers', async () => {
    const failing = source(() => Promise.resolve(new Response('{}', { status: 503 })));
    assert.equal(await fetchFullHistory(failing, 'webdev', 'overall', 'qwen3.7-max-20260517', new AbortController().signal), null);
    assert.deepEqual(failing.logged, ['history of qwen3.7-max-20260517: webdev history: datasets-server.huggingface.co answered HTTP 503']);
    const rows = recordedDates('webdev').flatMap((date) =>
      readRecordedFile('webdev', date)
        .rows.map((r): Record<string, unknown> => ({ ...(r as Record<string, unknown>), leaderboard_publish_date: date }))
        .filter((r) => r.model_name === 'qwen3.7-max-20260517' && r.category === 'overall'),
    );
    const answering = source(() => Promise.resolve(new Response(JSON.stringify({ rows: rows.map((row, i) => ({ row_idx: i, row })), num_rows_total: rows.length }))));
    const entries = await fetchFullHistory(answering, 'webdev', 'overall', 'qwen3.7-max-20260517', new AbortController().signal);
    assert.deepEqual([entries?.length, entries?.[0]?.date, entries?.at(-1)?.rank], [23, '2026-06-21', 28]);
    assert.deepEqual(answering.logged, []);
  });

  it('the history service aborts its requests when disposed (deactivation): the history shown is the embedded one, nothing alarming is logged', async () => {
    const { HistoryService } = await import('../../src/extension/historyService.js');
    const silent = silentFetch();
    const from = source(silent.fetch);
    const lines: string[] = [];
    const log = { info: (m: string) => void lines.push(`info ${m}`), warn: (m: string) => void lines.push(`warn ${m}`), error: (m: string) => void lines.push(`error ${m}`), show: () => undefined };
    const store = new LeaderboardStore(() => Promise.resolve(embeddedSnapshot().data));
    await store.ensureLoaded();
    const files = { read: () => Promise.resolve(null), writeAtomic: () => Promise.resolve() };
    const history = new HistoryService(Uri.file(REPO_ROOT) as unknown as vscode.Uri, files, store, log, from);
    const unhandled = watchUnhandledRejections();
    try {
      const series = history.series('webdev', 'overall', 'qwen3.7-max-20260517');
      await silent.called;
      history.dispose();
      const outcome = await Promise.race([series.then((s) => ({ s })), unhandled.first.then((reason) => ({ unhandled: reason }))]);
      assert.ok('s' in outcome, `unhandled rejection: ${String((outcome as { unhandled: unknown }).unhandled)}`);
      assert.ok(silent.aborted(), 'the request was aborted');
      assert.equal(outcome.s.points.length, 23, 'the embedded history, as without a download');
      assert.deepEqual([...lines, ...from.logged], []);
    } finally {
      unhandled.stop();
    }
  });
});
