import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Issue 13: `push(...items)` passes every item as an argument; past about 100,000 items (a CSV of
 * 10,000 unknown wards gave 10,000s of findings) it throws `RangeError: Maximum call stack size
 * exceeded`. No source file spreads into push: they append in a loop.
 */
const SRC = join(__dirname, '..', '..', 'src');

function sources(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) for (const file of sources(path)) files.push(file);
    else if (/\.tsx?$/.test(name)) files.push(path);
  }
  return files;
}

/** `.push(...a)`, `.push(x, ...a)`: a spread among the call's own arguments (not inside [] or {}). */
const SPREAD_CALL = /\.(push|unshift|splice)\((?:[^()[\]{}]*,\s*)?\.\.\./;

describe('no push(...array) in src', () => {
  it('no source file spreads an array into push, unshift or splice', () => {
    const offenders: string[] = [];
    for (const file of sources(SRC)) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, index) => {
          if (SPREAD_CALL.test(line)) offenders.push(`${relative(SRC, file)}:${index + 1}`);
        });
    }
    expect(offenders).toEqual([]);
  });
});
