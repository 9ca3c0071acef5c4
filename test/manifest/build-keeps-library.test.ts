/* eslint-disable @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS, read as the build reads it */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * `npm run build` is `build:lib` (tsc → dist/lib, dist/core …) and then the add-in's webpack build,
 * whose `output.clean` removes what it did not emit except the folders its `keep` pattern names.
 * A folder tsc emits that the pattern forgets is deleted: dist/workbook was, so dist/files (which
 * imports it) and tsc's dist/cli could not load after a full build. Every top-level src folder the
 * library build reaches through relative imports must be kept.
 */
const ROOT = join(__dirname, '..', '..');
const SRC = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function foldersReached(): Set<string> {
  const include = (JSON.parse(readFileSync(join(ROOT, 'tsconfig.lib.json'), 'utf8')) as { include: string[] }).include;
  const folders = new Set<string>();
  for (const start of include)
    for (const file of sourceFiles(join(ROOT, start))) {
      folders.add(relative(SRC, file).split(/[\\/]/)[0] ?? '');
      for (const match of readFileSync(file, 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
        const target = relative(SRC, resolve(dirname(file), match[1] ?? ''));
        if (!target.startsWith('..')) folders.add(target.split(/[\\/]/)[0] ?? '');
      }
    }
  return folders;
}

describe('npm run build keeps the library build (webpack output.clean)', () => {
  it('keeps every folder tsc emits for dist/lib and dist/cli', () => {
    const config = (
      require(join(ROOT, 'webpack.config.js')) as (
        env: unknown,
        argv: { mode: string },
      ) => {
        output: { clean: { keep: RegExp } };
      }
    )({}, { mode: 'production' });
    const folders = [...foldersReached()].sort();
    expect(folders).toEqual(expect.arrayContaining(['cli', 'core', 'files', 'lib', 'workbook']));
    for (const folder of folders)
      expect({ folder, kept: config.output.clean.keep.test(`${folder}/index.js`) }).toEqual({ folder, kept: true });
  });
});
