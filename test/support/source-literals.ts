import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import ts from 'typescript';

/** A source file under src/ and its name as the house tests list it ("core/values/status-words.ts"). */
export interface SourceFile {
  readonly path: string;
  readonly name: string;
}

/** Every .ts/.tsx file under `root` (declaration files left out), and .json when asked, named relative to it. */
export function sourceFiles(root: string, options: { readonly json?: boolean } = {}): SourceFile[] {
  const wanted = options.json === true ? /\.(tsx?|json)$/ : /\.tsx?$/;
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return walk(path);
      return wanted.test(name) && !name.endsWith('.d.ts') ? [path] : [];
    });
  return walk(root).map((path) => ({ path, name: relative(root, path).split('\\').join('/') }));
}

/**
 * The texts a file writes as literals, read with TypeScript's own parser so comments do not count:
 * string literals, template parts and JSX text, and regular expressions when asked for.
 */
export function literalsIn(path: string, options: { readonly regularExpressions?: boolean } = {}): string[] {
  const text = readFileSync(path, 'utf8');
  const kind = path.endsWith('.tsx')
    ? ts.ScriptKind.TSX
    : path.endsWith('.json')
      ? ts.ScriptKind.JSON
      : ts.ScriptKind.TS;
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isJsxText(node) ||
      (options.regularExpressions === true && ts.isRegularExpressionLiteral(node))
    ) {
      found.push(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
