/** Reads the embedded snapshot shipped in `media/snapshot.json` (works in desktop and web hosts). */
import * as vscode from 'vscode';
import type { LeaderboardData } from '../core/boards/leaderboard';
import { decodeSnapshot, type SnapshotFile } from '../core/store/snapshotCodec';

/**
 * The snapshot is produced and validated by this repository's build and tests, so it is decoded
 * without re-validation on the start-up path.
 */
export async function loadEmbeddedSnapshot(extensionUri: vscode.Uri): Promise<LeaderboardData> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'media', 'snapshot.json'));
  const file = JSON.parse(new TextDecoder().decode(bytes)) as SnapshotFile;
  return decodeSnapshot(file, 'snapshot');
}
