// Builds the host suites for the web worker extension host: ONE browser bundle (the worker's CommonJS loader
// gives only `require('vscode')`), out/test/host-web/index.js, inside the extension's folder, since VS Code runs
// the tests in the extension host of the extension whose folder holds them. It holds mocha's browser build, every
// suite of test/host in the Node host's order (out/test/host/suiteOrder.js, so `tsc` runs first), and a browser
// `assert` for `node:assert/strict`. A browser build fails on any other Node built-in.
import esbuild from 'esbuild';
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);

/** `node:assert/strict` → the npm `assert` package's strict assert. */
const browserAssert = {
  name: 'browser-assert',
  setup(build) {
    build.onResolve({ filter: /^(node:)?assert\/strict$/ }, () => ({ path: join(root, 'test', 'harness', 'webAssert.cjs') }));
  },
};

/**
 * The npm `assert` package and its `util` read `process` (`process.env.NODE_DEBUG` on load, `process.stderr` when
 * they word a failure), which the web worker lacks: those files get a module-local stand-in. Not esbuild's `inject`,
 * which would make every file an ES module (mocha.js would then export itself as the bundle) and not a global,
 * which would hide from the host-kind test that the worker has no `process`.
 */
const processForAssert = {
  name: 'process-for-assert',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/](assert|util)[\\/].*\.js$/ }, async (args) => ({
      contents: `var process = { env: {} };\n${await readFile(args.path, 'utf8')}`,
      loader: 'js',
    }));
  },
};

/**
 * mocha's browser build is a UMD file in an ES module package: bundled as it is, its `module.exports = mocha` would
 * become the bundle's own exports. Hidden `module`, `exports` and `define` make it take its browser path and set
 * the global `mocha`, as a script tag would.
 */
const mochaAsScript = {
  name: 'mocha-as-script',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]mocha[\\/]mocha\.js$/ }, async (args) => ({
      contents: `(function (module, exports, define) {\n${await readFile(args.path, 'utf8')}\n}).call(globalThis);`,
      loader: 'js',
    }));
  },
};

/** @returns {Promise<string>} the bundle's path */
export async function buildWebHostTests() {
  const { suiteOrder } = require(join(root, 'out', 'test', 'host', 'suiteOrder.js'));
  const suites = suiteOrder(readdirSync(join(root, 'test', 'host')));
  // mocha.js first: it defines the global `mocha`; the suites load inside runSuites, after mocha.setup.
  const contents = [
    "require('mocha/mocha.js');",
    "const { runSuites } = require('./test/host/webIndex.ts');",
    `exports.run = () => runSuites(() => {\n${suites.map((f) => `  require('./test/host/${f}');`).join('\n')}\n});`,
  ].join('\n');
  const outfile = join(root, 'out', 'test', 'host-web', 'index.js');
  await esbuild.build({
    stdin: { contents, resolveDir: root, sourcefile: 'host-web-entry.js', loader: 'js' },
    bundle: true,
    outfile,
    platform: 'browser',
    mainFields: ['browser', 'module', 'main'],
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    plugins: [browserAssert, processForAssert, mochaAsScript],
    logLevel: 'warning',
  });
  return outfile;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildWebHostTests().then((file) => console.log(file), (err) => {
    console.error(err);
    process.exit(1);
  });
}
