// `npm run validate`: offline structural check of the manifest (scripts/manifest-checks.ts) on the
// repository's manifest.xml and on dist/manifest.xml as built, against the files in dist/.
// Exits 1 when any check fails. Microsoft's validator (`office-addin-manifest validate`) is an
// online service: it cannot be reached from here, so it is not run.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const { checkManifest } = await tsImport('./manifest-checks.ts', import.meta.url);

/** Files as served from dist/ (never outside it). */
const distFiles = {
  read(relativePath) {
    const file = normalize(join(dist, relativePath));
    if (!file.startsWith(dist) || !existsSync(file)) return null;
    return readFileSync(file);
  },
};

console.log(
  "Microsoft's online manifest validator cannot be reached from this machine: running KUSEI's offline structural checks.",
);
if (!existsSync(join(dist, 'taskpane.html'))) {
  console.error('dist/ has no build: run `npx webpack --mode production` (or `npm run build`) first.');
  process.exit(1);
}

let failed = 0;
for (const [label, path] of [
  ['manifest.xml (dev URLs)', join(root, 'manifest.xml')],
  ['dist/manifest.xml (as built)', join(dist, 'manifest.xml')],
]) {
  if (!existsSync(path)) {
    console.error(`✗ ${label}: missing`);
    failed++;
    continue;
  }
  console.log(`\n${label}`);
  for (const check of checkManifest(readFileSync(path, 'utf8'), distFiles)) {
    const ok = check.problems.length === 0;
    if (!ok) failed++;
    console.log(`  ${ok ? '✓' : '✗'} ${check.name}`);
    for (const problem of check.problems) console.log(`      ${problem}`);
  }
}
console.log(failed === 0 ? '\nmanifest: all checks passed' : `\nmanifest: ${failed} check(s) failed`);
process.exit(failed === 0 ? 0 : 1);
