/**
 * The web worker extension host (vscode.dev, github.dev): a browser's fetch, where CORS applies, and a bundle
 * with no Node built-ins. The real web worker runs in the host and UI layers (MODEL_RANKINGS_EXTENSION_HOST=webworker).
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { browserFetch } from '../fixtures/browserFetch';
import { getJson } from '../../src/core/sources/httpJson';
import { REPO_ROOT } from './fixtures';
import { withRig } from './refreshRig';

const NOT_FROM_BROWSER = 'the server could not be reached from the browser (it does not allow cross-origin requests)';

describe('live refresh from a browser (CORS applies)', function () {
  this.timeout(30000);

  it('downloads every board and the prices: the sources send CORS headers as the real ones do', () =>
    withRig(
      {},
      async (r) => {
        const outcome = await r.service.refresh();
        assert.deepEqual(outcome.errors, []);
        assert.equal(r.store.current?.provenance.origin, 'live');
      },
      browserFetch(),
    ));

  it('a board whose source sends no CORS header says so in a sentence, keeps its snapshot data, and the log says the browser blocked it', async () => {
    const blocked: string[] = [];
    await withRig(
      {},
      async (r) => {
        r.server.dates.webdev = '2026-08-12';
        r.server.withoutCors('board:webdev');
        await r.loop.refreshNow();
        const { kind, message = '' } = r.store.currentStatus;
        assert.equal(kind, 'error');
        assert.match(message, new RegExp(`^Code Arena could not be updated: ${NOT_FROM_BROWSER.replace(/[()]/g, '\\$&')}\\. Showing the data published 2026-08-19; next try in 1 minute\\.$`));
        assert.ok(blocked.length > 0 && blocked.every((u) => u.includes('config=webdev')), blocked.join(' '));
        const data = r.store.current;
        assert.equal(data?.boards.find((b) => b.id === 'webdev')?.publishDate, '2026-08-19', "Code Arena's snapshot stays");
        assert.ok(
          r.loopLog.warn.some((m) => /The browser blocked the answer from 127\.0\.0\.1:\d+ \(Failed to fetch\): it sends no Access-Control-Allow-Origin header/.test(m)),
          r.loopLog.warn.join(' | '),
        );
      },
      browserFetch(blocked),
    );
  });

  it('on a first start, sources that do not allow browsers are an error, not the calm "offline" notice', () =>
    withRig(
      {},
      async (r) => {
        r.server.withoutCors('all');
        await r.loop.refreshNow();
        assert.equal(r.store.currentStatus.kind, 'error');
        assert.equal(r.store.currentStatus.message, `Code Arena and Text could not be updated: ${NOT_FROM_BROWSER}. Showing the data published 2026-08-19; next try in 1 minute.`);
        assert.equal(r.store.current?.provenance.origin, 'snapshot');
      },
      browserFetch(),
    ));

  it('a host out of reach from the browser is still the calm "offline" notice on a first start', async () => {
    await withRig(
      { timeoutMs: 3000 },
      async (r) => {
        await r.server.stop();
        await r.loop.refreshNow();
        assert.deepEqual(r.store.currentStatus, { kind: 'notice', message: 'Offline: showing the snapshot shipped with the extension, published 2026-08-19. Will try again in 1 minute.' });
        assert.ok(r.loopLog.info.concat(r.loopLog.warn).some((m) => /Could not reach 127\.0\.0\.1:\d+ from the browser \(Failed to fetch\)/.test(m)), r.loopLog.warn.join(' | '));
      },
      browserFetch(),
    );
  });

  it("names the host and the browser's own words in the detail, and keeps Node's causes as they were", async () => {
    const options = { timeoutMs: 1000, maxBytes: 1024 };
    const refusedAnswer = (_url: string, init: { mode?: 'no-cors'; redirect: string }): Promise<Response> => (init.mode === 'no-cors' && init.redirect === 'follow' ? Promise.resolve(new Response(null)) : Promise.reject(new TypeError('Failed to fetch')));
    assert.deepEqual(await getJson('https://huggingface.co/api/x', { ...options, fetch: refusedAnswer }), {
      ok: false,
      failure: { kind: 'crossOrigin', message: 'The browser blocked the answer from huggingface.co (Failed to fetch): it sends no Access-Control-Allow-Origin header, and a web extension can only read servers that do' },
    });
    const unreachable = await getJson('https://huggingface.co/api/x', { ...options, fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    assert.deepEqual(unreachable, { ok: false, failure: { kind: 'network', message: 'Could not reach huggingface.co from the browser (Failed to fetch)' } });
    const node = await getJson('https://huggingface.co/api/x', { ...options, fetch: () => Promise.reject(new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } })) });
    assert.deepEqual(node, { ok: false, failure: { kind: 'network', message: 'Could not reach huggingface.co (ECONNREFUSED)' } });
  });
});

describe('the web worker bundle has no Node built-ins', function () {
  this.timeout(30000);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { webBuildGuard } = require(resolve(REPO_ROOT, 'scripts', 'webBuildGuard.js')) as { webBuildGuard: () => Plugin };
  const bundle = (entry: string): Promise<string[]> =>
    build({ entryPoints: [entry], bundle: true, write: false, platform: 'browser', format: 'cjs', external: ['vscode'], logLevel: 'silent', plugins: [webBuildGuard()] }).then(
      () => [],
      (error: { errors?: { text: string }[] }) => (error.errors ?? []).map((e) => e.text),
    );

  it("is package.json's browser entry, one file that requires nothing but vscode", () => {
    const manifest = JSON.parse(readFileSync(resolve(REPO_ROOT, 'package.json'), 'utf8')) as { browser?: string };
    assert.equal(manifest.browser, './dist/web.js');
    const code = readFileSync(resolve(REPO_ROOT, 'dist', 'web.js'), 'utf8');
    assert.deepEqual([...new Set([...code.matchAll(/\brequire\(([^)]*)\)/g)].map((m) => m[1]))], ['"vscode"']);
  });

  it('builds the real web entry', async () => {
    assert.deepEqual(await bundle(resolve(REPO_ROOT, 'src', 'extension', 'webExtension.ts')), []);
  });

  it('fails the build on a Node built-in import or a Node-only global, and not on a comment or a message naming one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mr-guard-'));
    try {
      const write = (name: string, text: string): string => (writeFileSync(join(dir, name), text), join(dir, name));
      assert.match((await bundle(write('a.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n")))[0] ?? '', /^"node:fs" is a Node built-in/);
      assert.match((await bundle(write('b.ts', "import * as p from 'path';\nexport const b = p.join;\n")))[0] ?? '', /^"path" is a Node built-in/);
      assert.deepEqual(await bundle(write('c.ts', "export const c = process.env.HOME ?? Buffer.from('x');\n")), ['"process" is a Node-only global: the web worker extension host has none', '"Buffer" is a Node-only global: the web worker extension host has none']);
      assert.deepEqual(await bundle(write('d.ts', "// process.env is not read here\nexport const d = 'the process. Buffer(';\n")), []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
