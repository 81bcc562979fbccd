/** The getting-started walkthrough (package.json `contributes.walkthroughs`): its images ship, its links and completion events name real things. */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { COMMANDS, SIDEBAR_VIEW_ID } from '../../src/extension/commandIds';
import { REPO_ROOT } from './fixtures';

interface WalkthroughStep {
  id: string;
  title: string;
  description: string;
  media: { image?: string; altText?: string; markdown?: string; svg?: string };
  completionEvents?: string[];
}

interface Walkthrough {
  id: string;
  title: string;
  description: string;
  steps: WalkthroughStep[];
}

interface Manifest {
  contributes: {
    walkthroughs?: Walkthrough[];
    configuration: { properties: Record<string, unknown> };
  };
}

const manifest = JSON.parse(readFileSync(resolve(REPO_ROOT, 'package.json'), 'utf8')) as Manifest;
const nlsPath = resolve(REPO_ROOT, 'package.nls.json');
const nls: Record<string, string> = existsSync(nlsPath) ? (JSON.parse(readFileSync(nlsPath, 'utf8')) as Record<string, string>) : {};

/** A manifest string as the user reads it: `%key%` placeholders resolved through package.nls.json, when the manifest is localised. */
function text(value: string): string {
  const key = /^%([^%]+)%$/.exec(value)?.[1];
  if (key === undefined) return value;
  const resolved = nls[key];
  assert.ok(resolved !== undefined, `package.nls.json has ${key}`);
  return resolved;
}

/** The command links of a Markdown description: `[label](command:id?args)`, with `toSide:` after `command:` allowed. */
function commandLinks(description: string): { label: string; command: string; args: unknown }[] {
  return [...description.matchAll(/\[([^\]]*)\]\(command:(?:toSide:)?([^)?\s]+)(?:\?([^)\s]*))?\)/g)].map((m) => ({
    label: m[1] ?? '',
    command: m[2] ?? '',
    args: m[3] === undefined ? undefined : (JSON.parse(decodeURIComponent(m[3])) as unknown),
  }));
}

const commands = new Set<string>(Object.values(COMMANDS));
const settings = new Set(Object.keys(manifest.contributes.configuration.properties));

/** Why a link may not work, or undefined: it must run one of our commands, or open the Settings editor on one of our settings. */
function brokenLink(link: { command: string; args: unknown }): string | undefined {
  if (commands.has(link.command)) return undefined;
  if (link.command === 'workbench.action.openSettings') {
    const setting = Array.isArray(link.args) ? (link.args[0] as unknown) : undefined;
    return typeof setting === 'string' && settings.has(setting) ? undefined : `opens the Settings editor on ${String(setting)}, not one of our settings`;
  }
  return `${link.command} is not a command of this extension`;
}

const walkthrough = (): Walkthrough => {
  const found = manifest.contributes.walkthroughs?.[0];
  assert.ok(found, 'package.json contributes a walkthrough');
  return found;
};

describe('getting-started walkthrough', () => {
  it('has the four steps: open the leaderboard, compare two models, watch a model, refresh or stay offline', () => {
    assert.equal(manifest.contributes.walkthroughs?.length, 1);
    assert.equal(text(walkthrough().title), 'Get started with Model Rankings');
    assert.deepEqual(
      walkthrough().steps.map((s) => text(s.title)),
      ['Open the leaderboard', 'Compare two models', 'Watch a model', 'Refresh or stay offline'],
    );
  });

  it("shows each step with a small PNG from media/walkthrough/ that exists and ships, described for screen readers", () => {
    const vscodeignore = readFileSync(resolve(REPO_ROOT, '.vscodeignore'), 'utf8').split('\n');
    assert.ok(vscodeignore.includes('!media/walkthrough/*.png'), '.vscodeignore ships media/walkthrough/*.png');
    for (const step of walkthrough().steps) {
      const image = step.media.image ?? '';
      assert.match(image, /^media\/walkthrough\/[\w-]+\.png$/, step.id);
      const path = resolve(REPO_ROOT, image);
      assert.ok(existsSync(path), `${step.id}: ${image} exists`);
      assert.deepEqual([...readFileSync(path).subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], `${image} is a PNG`);
      // Four of them must fit the .vsix's 700 KB beside the snapshot and the bundles.
      assert.ok(statSync(path).size <= 60 * 1024, `${image} is ${statSync(path).size} B`);
      assert.ok(text(step.media.altText ?? '').length > 10, `${step.id} has alt text`);
    }
  });

  it('gives every step a command link, and every link runs a contributed command or opens one of our settings', () => {
    for (const step of walkthrough().steps) {
      const links = commandLinks(text(step.description));
      assert.ok(links.length >= 1, `${step.id} has a command link`);
      for (const link of links) assert.equal(brokenLink(link), undefined, `${step.id}: [${link.label}]`);
    }
  });

  it('completes steps on events that name a contributed command, setting or view', () => {
    for (const step of walkthrough().steps) {
      assert.ok((step.completionEvents ?? []).length >= 1, `${step.id} has completion events`);
      for (const event of step.completionEvents ?? []) {
        const [kind, name = ''] = event.split(/:(.*)/s);
        const known = kind === 'onCommand' ? commands.has(name) : kind === 'onSettingChanged' ? settings.has(name) : kind === 'onView' ? name === SIDEBAR_VIEW_ID : false;
        assert.ok(known, `${step.id}: ${event}`);
      }
    }
  });

  it('reads command links as VS Code does, arguments included', () => {
    assert.deepEqual(commandLinks('Go.\n[Open](command:a.b)\n[Set](command:toSide:workbench.action.openSettings?%5B%22x.y%22%5D)'), [
      { label: 'Open', command: 'a.b', args: undefined },
      { label: 'Set', command: 'workbench.action.openSettings', args: ['x.y'] },
    ]);
    assert.match(String(brokenLink({ command: 'modelRankings.opnLeaderboard', args: undefined })), /not a command of this extension/);
    assert.match(String(brokenLink({ command: 'workbench.action.openSettings', args: ['modelRankings.data.ofline'] })), /not one of our settings/);
  });
});
