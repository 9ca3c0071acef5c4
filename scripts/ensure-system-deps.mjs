#!/usr/bin/env node
// Some tests drive real programs: Chromium (the pane end to end), LibreOffice (the summary workbook
// recalculated by another spreadsheet program) and a CJK font (Japanese in screenshots). They come from
// Debian's packages. As root with apt we install what is missing; otherwise we stop and print the exact
// command, because a skipped test would hide a broken feature.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const needs = [
  { what: 'Chromium', pkg: 'chromium', present: () => existsSync('/usr/bin/chromium') },
  { what: 'LibreOffice Calc', pkg: 'libreoffice-calc-nogui', present: () => existsSync('/usr/bin/soffice') },
  { what: 'a CJK font', pkg: 'fonts-noto-cjk', present: () => hasCjkFont() },
];

function hasCjkFont() {
  const r = spawnSync('fc-list', [':lang=ja'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim().length > 0;
}

const missing = needs.filter((n) => !n.present());
if (missing.length === 0) process.exit(0);

const pkgs = missing.map((n) => n.pkg);
const command = `apt-get update && apt-get install -y ${pkgs.join(' ')}`;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (!isRoot || !hasApt) {
  console.error(`KUSEI's tests need ${missing.map((n) => n.what).join(', ')}. Install with:\n  sudo ${command}`);
  process.exit(1);
}
console.log(`Installing ${pkgs.join(', ')} from Debian's packages (needed by the tests)…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...pkgs], { stdio: 'inherit', env });
const still = missing.filter((n) => !n.present());
if (still.length > 0) {
  console.error(`Still missing after install: ${still.map((n) => n.what).join(', ')}`);
  process.exit(1);
}
