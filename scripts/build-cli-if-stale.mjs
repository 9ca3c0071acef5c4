// Builds the `kusei` bundle (webpack.cli.config.js → dist/cli/kusei.bundle.js) only when it is missing
// or older than what it is made from. The tests that run bin/kusei.js call it under one lock
// (`flock /tmp/kusei-build.lock`): the first suite builds, the next finds the bundle fresh and leaves
// it alone, so no suite rewrites the bundle while another suite's commands are running it.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const bundle = join(root, 'dist', 'cli', 'kusei.bundle.js');

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

const sources = Math.max(
  newest(join(root, 'src')),
  mtime(join(root, 'webpack.cli.config.js')),
  mtime(join(root, 'package.json')),
);
if (mtime(bundle) < sources) {
  const build = spawnSync('npx', ['webpack', '--config', 'webpack.cli.config.js'], { cwd: root, stdio: 'inherit' });
  // webpack does not rewrite an output whose content is unchanged, so its time would stay old and every
  // call would build again: the bundle is marked as made now.
  if (build.status === 0) utimesSync(bundle, new Date(), new Date());
  process.exit(build.status ?? 1);
}
