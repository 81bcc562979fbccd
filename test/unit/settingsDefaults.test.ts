/** package.json is the source of truth for setting defaults: the code's table must say the same. */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SETTING_DEFAULTS } from '../../src/extension/settingsDefaults';
import { BOARD, OVERALL, boardTitle } from '../../src/core/boards/boardCatalog';
import { REPO_ROOT } from './fixtures';

interface Manifest {
  contributes: { configuration: { properties: Record<string, { default?: unknown; enum?: unknown[] }> } };
}

const properties = (JSON.parse(readFileSync(resolve(REPO_ROOT, 'package.json'), 'utf8')) as Manifest).contributes.configuration.properties;

describe('setting defaults', () => {
  it('has one code default for every setting in package.json, equal to it, and no other', () => {
    const declared = Object.keys(properties).map((k) => k.replace(/^modelRankings\./, '')).sort();
    assert.deepEqual(Object.keys(SETTING_DEFAULTS).sort(), declared);
    for (const [key, value] of Object.entries(SETTING_DEFAULTS)) assert.deepEqual(value, properties[`modelRankings.${key}`]?.default, key);
  });

  it('spells board ids in one place: the defaults and the status bar board enum use them', () => {
    assert.equal(boardTitle(BOARD.codeArena), 'Code Arena');
    assert.equal(boardTitle(BOARD.text), 'Text');
    assert.equal(SETTING_DEFAULTS['statusBar.board'], BOARD.codeArena);
    assert.equal(SETTING_DEFAULTS['statusBar.category'], OVERALL);
    assert.ok(properties['modelRankings.statusBar.board']?.enum?.includes(BOARD.text));
  });
});
