// An esbuild plugin for the web worker bundle: the build fails when code that reaches it imports a Node
// built-in (`node:fs`, `path`, …) or uses a Node-only global (`process`, `Buffer`, `setImmediate`,
// `__dirname`, …). In the web worker extension host none of them exist, and esbuild would otherwise
// only warn, or (for a global) say nothing and leave a bundle that throws at run time.
const { builtinModules } = require('node:module');
const { readFile } = require('node:fs/promises');
const { relative, sep } = require('node:path');

const BUILTINS = new Set(builtinModules.flatMap((name) => [name, name.split('/')[0]]));
/** Node-only globals, as used in code: `process.env`, `Buffer.from(`, `setImmediate(`, `__dirname`, `global.x`. */
const NODE_GLOBAL = /(?<![\w$.'"`])(process|Buffer|setImmediate|clearImmediate|__dirname|__filename|global)\s*(?=[.([])|(?<![\w$.'"`])(__dirname|__filename)(?![\w$])/g;

/** The code without string literals and comments, so a message or a comment may name what the code must not use. */
function withoutStringsAndComments(text) {
  return text.replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g, "''").replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`\\])\/\/[^\n]*/g, '$1');
}

/** @returns {import('esbuild').Plugin} */
function webBuildGuard() {
  return {
    name: 'no-node-built-ins',
    setup(build) {
      build.onResolve({ filter: /.*/ }, (args) => {
        const name = args.path.startsWith('node:') ? args.path.slice(5) : args.path;
        if (!args.path.startsWith('node:') && !BUILTINS.has(name.split('/')[0])) return undefined;
        return { errors: [{ text: `"${args.path}" is a Node built-in: the web worker extension host has none (imported by ${relative(process.cwd(), args.importer)})` }] };
      });
      build.onLoad({ filter: /\.[cm]?[jt]s$/ }, async (args) => {
        if (args.path.split(sep).includes('node_modules')) return undefined;
        const text = await readFile(args.path, 'utf8');
        const errors = [];
        const lines = withoutStringsAndComments(text).split('\n');
        lines.forEach((line, i) => {
          for (const match of line.matchAll(NODE_GLOBAL)) {
            const name = match[1] ?? match[2];
            errors.push({ text: `"${name}" is a Node-only global: the web worker extension host has none`, location: { file: relative(process.cwd(), args.path), line: i + 1, column: match.index ?? 0, lineText: line } });
          }
        });
        return errors.length > 0 ? { errors } : undefined;
      });
    },
  };
}

module.exports = { webBuildGuard };
