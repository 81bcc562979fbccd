/**
 * `npm run snapshot:update`: rebuilds the embedded snapshot from the live sources (Arena dataset
 * viewer + OpenRouter) when they answer, otherwise from the recorded files (`snapshot:build`).
 * The written file always states its publish dates. MODEL_RANKINGS_VIEWER_URL / _HUB_URL /
 * _OPENROUTER_URL point it elsewhere (a loopback fixture server in tests).
 */
import { execFileSync } from 'node:child_process';
import { renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ingestArenaRows } from '../src/core/sources/arenaIngest';
import { fetchBoardRows, fetchDatasetRevision } from '../src/core/sources/arenaSource';
import type { HttpOptions } from '../src/core/sources/httpJson';
import { ARENA_DATASET, type Board, type LeaderboardData } from '../src/core/boards/leaderboard';
import { matchPrices } from '../src/core/models/modelMatching';
import { fetchOpenRouterModels } from '../src/core/sources/openRouterSource';
import { benchmarkSet } from '../src/core/store/benchmarkCodec';
import { encodeSnapshot } from '../src/core/store/snapshotCodec';
import { validateSnapshot } from '../src/core/store/snapshotSchema';

const endpoints = {
  viewerBase: process.env.MODEL_RANKINGS_VIEWER_URL ?? 'https://datasets-server.huggingface.co',
  hubBase: process.env.MODEL_RANKINGS_HUB_URL ?? 'https://huggingface.co',
  dataset: ARENA_DATASET,
};
const openRouterUrl = process.env.MODEL_RANKINGS_OPENROUTER_URL ?? 'https://openrouter.ai/api/v1/models';
const out = process.env.MODEL_RANKINGS_SNAPSHOT_OUT ?? resolve(__dirname, '..', '..', 'media', 'snapshot.json');
const http: HttpOptions = { fetch: (url, init) => fetch(url, init), timeoutMs: 20_000, maxBytes: 16 * 1024 * 1024 };

async function live(): Promise<LeaderboardData> {
  const revision = await fetchDatasetRevision(endpoints, http);
  if (!revision.result.ok) throw new Error(revision.result.error);
  const boards: Board[] = [];
  for (const id of ['webdev', 'text_style_control']) {
    const rows = await fetchBoardRows(endpoints, http, id, null);
    if (!rows.result.ok) throw new Error(rows.result.error);
    const board = ingestArenaRows(id, rows.result.value, null);
    if (!board.ok) throw new Error(board.error);
    boards.push(board.value);
  }
  const openRouter = await fetchOpenRouterModels(openRouterUrl, http);
  if (!openRouter.result.ok) throw new Error(openRouter.result.error);
  const { prices, benchmarks } = openRouter.result.value;
  const now = new Date();
  const today = now.toISOString().slice(0, 10);
  return {
    boards,
    prices: matchPrices(boards.flatMap((b) => b.categories.flatMap((c) => c.entries)), prices),
    provenance: { origin: 'snapshot', arenaDataset: ARENA_DATASET, licence: 'CC BY 4.0', retrievedAt: now.toISOString(), pricesDate: today },
    ...(benchmarks ? { benchmarks: benchmarkSet(benchmarks.models, today) } : {}),
  };
}

live().then(
  (data) => {
    const file = encodeSnapshot(data);
    const checked = validateSnapshot(JSON.parse(JSON.stringify(file)));
    if (!checked.ok) throw new Error(checked.error);
    writeFileSync(`${out}.tmp`, JSON.stringify(file));
    renameSync(`${out}.tmp`, out);
    console.log(`snapshot from the live sources: ${data.boards.map((b) => `${b.id} published ${b.publishDate}`).join(', ')} → ${out}`);
  },
  (error: unknown) => {
    console.log(`live sources unavailable (${error instanceof Error ? error.message : String(error)}); building from the recorded files`);
    execFileSync(process.execPath, [resolve(__dirname, 'buildSnapshot.js')], { stdio: 'inherit' });
  },
);
