/**
 * Finds every message the extension translates, by reading the sources with the TypeScript parser: the first
 * argument of `t(…)` and `translatable(…)` (src/shared/l10n.ts) and of `vscode.l10n.t(…)`. Used by
 * `extractL10n.ts` to write the English bundle and by the unit test that holds the bundles to the code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';

/** A call of a translator whose message is not a string literal: its text cannot be a bundle key. */
export interface DynamicCall {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

export interface FoundMessages {
  /** Each message, with the files (relative to the root) that use it. */
  readonly messages: ReadonlyMap<string, readonly string[]>;
  readonly dynamic: readonly DynamicCall[];
}

const TRANSLATORS = new Set(['t', 'translatable']);

function isTranslatorCall(call: ts.CallExpression): boolean {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return TRANSLATORS.has(callee.text);
  // `vscode.l10n.t(…)`
  return ts.isPropertyAccessExpression(callee) && callee.name.text === 't' && ts.isPropertyAccessExpression(callee.expression) && callee.expression.name.text === 'l10n';
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? tsFiles(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));
}

/** The messages of every `.ts` file under `root/src`. */
export function findMessages(root: string): FoundMessages {
  const messages = new Map<string, string[]>();
  const dynamic: DynamicCall[] = [];
  for (const path of tsFiles(join(root, 'src'))) {
    const file = relative(root, path).replace(/\\/g, '/');
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && isTranslatorCall(node)) {
        const first = node.arguments[0];
        if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) {
          const files = messages.get(first.text) ?? [];
          if (!files.includes(file)) files.push(file);
          messages.set(first.text, files);
        } else if (first) {
          dynamic.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.getText().slice(0, 120) });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { messages, dynamic };
}

/** The English bundle: each message as its own translation, sorted, as `l10n/bundle.l10n.json` holds it. */
export function englishBundle(found: FoundMessages): Record<string, string> {
  return Object.fromEntries([...found.messages.keys()].sort().map((m) => [m, m]));
}
