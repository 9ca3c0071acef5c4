import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/**
 * Makes sure bin/kusei.js has a bundle built from the current sources (scripts/build-cli-if-stale.mjs),
 * under the build lock, so two suites never rebuild it under each other's running commands. A failed
 * build throws: the suites then fail instead of testing an old bundle.
 */
export function ensureBuiltCli(): void {
  execFileSync('flock', ['/tmp/kusei-build.lock', process.execPath, join(ROOT, 'scripts', 'build-cli-if-stale.mjs')], {
    cwd: ROOT,
    stdio: 'pipe',
  });
}
