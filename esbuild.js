// The extension for the Node extension host (node, cjs, `vscode` external: a tiny activation entry plus
// dist/app.js), the same extension as one file for the web worker extension host (vscode.dev, github.dev:
// browser, cjs, no Node built-ins, checked by webBuildGuard), and the webview scripts (browser, iife).
// `--production` minifies and drops source maps; `--watch` rebuilds on change.
const esbuild = require('esbuild');
const { webBuildGuard } = require('./scripts/webBuildGuard');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Prints errors in the format of VS Code's esbuild problem matcher. */
const problemMatcher = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => {
      if (watch) console.log('[watch] build started');
    });
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      if (watch) console.log('[watch] build finished');
    });
  },
};

/**
 * `vscode` stays external but is required once: every module's `import * as vscode from 'vscode'` would otherwise
 * get its own `require("vscode")` and namespace wrapper in the bundle (17 of them in dist/app.js). Here it resolves to one
 * module that re-exports it, and only that module's import is left external.
 */
const vscodeOnce = {
  name: 'vscode-once',
  setup(build) {
    build.onResolve({ filter: /^vscode$/ }, (args) => (args.namespace === 'vscode-once' ? { path: 'vscode', external: true } : { path: 'vscode', namespace: 'vscode-once' }));
    build.onLoad({ filter: /.*/, namespace: 'vscode-once' }, () => ({ contents: "export * from 'vscode';", loader: 'js' }));
  },
};

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'silent',
  plugins: [problemMatcher],
  legalComments: 'none',
  // Text such as "…", "·" and "—" as UTF-8, not as \u escapes: VS Code reads extension code as UTF-8 (Node's
  // require, the web worker's script loading) and the webview pages declare <meta charset="UTF-8">.
  charset: 'utf8',
};

async function main() {
  // A clean dist: no stale bundles or source maps from an earlier development build get packaged.
  if (!watch) require('node:fs').rmSync('dist', { recursive: true, force: true });
  const contexts = await Promise.all([
    // The activation entry stays tiny; everything else is dist/app.js, required right after activation.
    esbuild.context({
      ...common,
      plugins: [...common.plugins, vscodeOnce],
      entryPoints: { extension: 'src/extension/extension.ts' },
      outdir: 'dist',
      platform: 'node',
      format: 'cjs',
      target: 'node18',
      external: ['./app.js'],
    }),
    esbuild.context({
      ...common,
      plugins: [...common.plugins, vscodeOnce],
      entryPoints: { app: 'src/extension/app.ts' },
      outdir: 'dist',
      platform: 'node',
      format: 'cjs',
      target: 'node18',
    }),
    // The web worker cannot `require` a second file: its entry imports app.ts, and the bundle is one file.
    esbuild.context({
      ...common,
      plugins: [...common.plugins, vscodeOnce, webBuildGuard()],
      entryPoints: { web: 'src/extension/webExtension.ts' },
      outdir: 'dist',
      platform: 'browser',
      mainFields: ['browser', 'module', 'main'],
      format: 'cjs',
      target: 'es2022',
    }),
    esbuild.context({
      ...common,
      entryPoints: { sidebar: 'src/webview/sidebarMain.ts', compare: 'src/webview/compareMain.ts' },
      outdir: 'dist',
      platform: 'browser',
      format: 'iife',
      target: 'es2022',
    }),
  ]);
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  const results = await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  if (results.some((r) => r.errors.length > 0)) process.exit(1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
