import { existsSync, readFileSync, statSync } from 'fs';
import { dirname, join, relative } from 'path';
import ts from 'typescript';

const SRC = join(__dirname, '..', '..', 'src');

/** A relative specifier as webpack resolves it (resolve.extensions .ts, .tsx, .js; a folder's index). */
function resolved(from: string, specifier: string): string {
  const base = join(dirname(from), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')];
  const found = candidates.find((path) => existsSync(path) && statSync(path).isFile());
  if (found === undefined) throw new Error(`${from}: cannot resolve ${specifier}`);
  return found;
}

/**
 * The modules an entry loads before anything else: its static imports and re-exports, followed, with
 * `import type` (and imports of types only) and `import()` left out, as the bundle leaves them out.
 */
function staticGraph(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (path: string): void => {
    if (seen.has(path)) return;
    seen.add(path);
    if (path.endsWith('.json')) return;
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    for (const statement of source.statements) {
      let specifier: ts.Expression | undefined;
      if (ts.isImportDeclaration(statement)) {
        const clause = statement.importClause;
        const bindings = clause?.namedBindings;
        const typesOnly =
          clause !== undefined &&
          (clause.isTypeOnly ||
            (clause.name === undefined &&
              bindings !== undefined &&
              ts.isNamedImports(bindings) &&
              bindings.elements.length > 0 &&
              bindings.elements.every((element) => element.isTypeOnly)));
        if (!typesOnly) specifier = statement.moduleSpecifier;
      } else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly) specifier = statement.moduleSpecifier;
      if (specifier && ts.isStringLiteral(specifier) && specifier.text.startsWith('.'))
        visit(resolved(path, specifier.text));
    }
  };
  visit(join(SRC, entry));
  return [...seen].map((path) => relative(SRC, path).split('\\').join('/')).sort();
}

describe("the pane's first download (issue 10's budget)", () => {
  const pane = staticGraph('taskpane/index.tsx');
  const functions = new Set(staticGraph('functions/functions.ts'));

  it('carries no message table: findings and open failures are rendered by the core chunk', () => {
    expect(pane).not.toContain('core/messages/index.ts');
    expect(pane).not.toContain('core/messages/render.ts');
  });

  it("holds, of the table's parts, only Excel's refusals beyond what functions.js brings", () => {
    const parts = pane.filter((name) => name.startsWith('core/messages/') && name.endsWith('.json'));
    expect(parts.filter((name) => !functions.has(name))).toEqual(['core/messages/gateway.json']);
  });
});
