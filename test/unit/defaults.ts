/** The shipped default watch list, read from package.json so tests follow what users get. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

interface Manifest {
  contributes: { configuration: { properties: Record<string, { default?: unknown }> } };
}

const manifest = JSON.parse(readFileSync(resolve(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as Manifest;

export const DEFAULT_WATCH = manifest.contributes.configuration.properties['modelRankings.watchedModels']?.default as string[];
