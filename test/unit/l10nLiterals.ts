/**
 * Finds user-visible text written as a literal, not through the translator: in src/extension, literals given to
 * notifications, Quick Picks, progress, status bar items, panel and page titles; in src/webview, literals put into
 * the DOM (`textContent`, `el(…)` children, titles, aria-labels, placeholders, options, status messages).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';

/** Product names shown as they are in every language. */
const NAMES = new Set(['Model Rankings']);

/** The literal texts an expression can evaluate to directly (both sides of `?:`, `||`, `??`, `+`); none for a call. */
function literalTexts(node: ts.Expression): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) return [node.head.text + node.templateSpans.map((s) => s.literal.text).join(' ')];
  if (ts.isParenthesizedExpression(node)) return literalTexts(node.expression);
  if (ts.isConditionalExpression(node)) return [...literalTexts(node.whenTrue), ...literalTexts(node.whenFalse)];
  if (ts.isBinaryExpression(node) && [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.PlusToken].includes(node.operatorToken.kind)) {
    return [...literalTexts(node.left), ...literalTexts(node.right)];
  }
  return [];
}

/** Words a reader would read: two letters in a row once codicons (`$(graph)`) are left out. */
function readable(text: string): boolean {
  const words = text.replace(/\$\([\w~-]+\)/g, '').trim();
  return !NAMES.has(words) && /\p{L}{2,}/u.test(words);
}

const HOST_CALLS = new Set(['showInformationMessage', 'showWarningMessage', 'showErrorMessage', 'showQuickPick', 'showInputBox', 'withProgress', 'createStatusBarItem']);
const HOST_PROPERTIES = new Set(['title', 'placeHolder', 'placeholder', 'prompt', 'invocationMessage', 'tooltip', 'text', 'label', 'detail', 'message']);
const PAGE_PROPERTIES = new Set(['title', 'aria-label', 'placeholder', 'message', 'textContent']);

function nameOf(node: ts.Node): string | undefined {
  if (ts.isIdentifier(node) || ts.isStringLiteral(node)) return node.text;
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  return undefined;
}

/** What a file shows as literal text, as `file:line: text`. */
function scan(root: string, path: string, kind: 'host' | 'page'): string[] {
  const file = relative(root, path).replace(/\\/g, '/');
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const report = (node: ts.Expression | undefined): void => {
    if (!node) return;
    for (const text of literalTexts(node).filter(readable)) found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${text}`);
  };
  const properties = kind === 'host' ? HOST_PROPERTIES : PAGE_PROPERTIES;
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAssignment(node) && properties.has(nameOf(node.name) ?? '')) report(node.initializer);
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left) && properties.has(node.left.name.text)) report(node.right);
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const callee = nameOf(node.expression) ?? '';
      const args = node.arguments ?? ts.factory.createNodeArray<ts.Expression>();
      if (kind === 'host') {
        if (HOST_CALLS.has(callee)) args.forEach(report);
        if (callee === 'webviewHtml') report(args[3]);
        if (callee === 'createWebviewPanel') report(args[1]);
      } else {
        if (callee === 'el') args.slice(2).forEach(report);
        if (callee === 'Option') report(args[0]);
        // tableRender's `cell(tr, className, text, title)`
        if (callee === 'cell') args.slice(2).forEach(report);
        if (callee === 'setAttribute' && ['title', 'aria-label', 'placeholder'].includes(literalTexts(args[0] ?? ts.factory.createNull())[0] ?? '')) report(args[1]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? tsFiles(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));
}

/** Every user-visible literal of src/extension and src/webview not passed through the translator. */
export function literalsBypassingL10n(root: string): string[] {
  return [
    ...tsFiles(join(root, 'src', 'extension')).flatMap((f) => scan(root, f, 'host')),
    ...tsFiles(join(root, 'src', 'webview')).flatMap((f) => scan(root, f, 'page')),
  ];
}
