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
  ['manifest-pane.xml (dev URLs, task pane alone)', join(root, 'manifest-pane.xml')],
  ['dist/manifest-pane.xml (as built)', join(dist, 'manifest-pane.xml')],
]) {
  if (!existsSync(path)) {
    console.error(`✗ ${label}: missing`);
    failed++;
    continue;
  }
  console.log(`\n${label}`);
  const xml = readFileSync(path, 'utf8');
  // The pane-only manifest has, by design, no shared runtime and no custom functions: those two
  // checks give way to one that it asks for nothing Excel 2016 lacks (ExcelApi 1.1 only).
  const paneOnly = path.endsWith('manifest-pane.xml');
  const checks = checkManifest(xml, distFiles).filter(
    (check) => !paneOnly || !/^(shared runtime|custom functions)/.test(check.name),
  );
  if (paneOnly)
    checks.push({
      name: 'task pane alone: ExcelApi 1.1, no SharedRuntime, no custom functions',
      problems: paneOnlyProblems(xml),
    });
  for (const check of checks) {
    const ok = check.problems.length === 0;
    if (!ok) failed++;
    console.log(`  ${ok ? '✓' : '✗'} ${check.name}`);
    for (const problem of check.problems) console.log(`      ${problem}`);
  }
}
function paneOnlyProblems(xml) {
  const problems = [];
  if (/SharedRuntime/.test(xml.replace(/<!--[\s\S]*?-->/g, ''))) problems.push('requires SharedRuntime');
  if (/CustomFunctions|<Runtimes>/.test(xml)) problems.push('declares custom functions or a shared runtime');
  if (!/<Set Name="ExcelApi" MinVersion="1\.1"\/>/.test(xml)) problems.push('does not require exactly ExcelApi 1.1');
  return problems;
}

console.log(failed === 0 ? '\nmanifest: all checks passed' : `\nmanifest: ${failed} check(s) failed`);
process.exit(failed === 0 ? 0 : 1);
