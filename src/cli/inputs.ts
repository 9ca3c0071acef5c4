import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Language } from '../core/messages';
import { cliMessage } from './args';

/**
 * Input arguments as files (issue 15 §7): a folder means its .xlsx and .csv files; a glob is expanded
 * here, since Windows' cmd and PowerShell pass `*.xlsx` as it is; anything else is a file. Files come
 * in name order within each argument, each once. What matches nothing is a problem, not silence.
 */
export interface ExpandedInputs {
  readonly files: readonly string[];
  readonly problems: readonly string[];
}

const WARD_FILE = /\.(xlsx|csv)$/i;
let collator: Intl.Collator | undefined;

/**
 * Names in Japanese order through one collator: `a.localeCompare(b, 'ja')` looks one up per
 * comparison. Made on first use, so a run given plain file names never sets up ICU's collation.
 */
function japaneseOrder(a: string, b: string): number {
  collator ??= new Intl.Collator('ja');
  return collator.compare(a, b);
}
const GLOB = /[*?[]/;

export async function expandInputs(args: readonly string[], lang: Language): Promise<ExpandedInputs> {
  const files: string[] = [];
  const seen = new Set<string>();
  const problems: string[] = [];
  const add = (path: string): void => {
    if (seen.has(path)) return;
    seen.add(path);
    files.push(path);
  };
  for (const arg of args) {
    // A name that exists is itself, even with glob characters in it (`[2K[1A北区.csv`, `北区[改].xlsx`).
    const literal = await stat(arg).catch(() => null);
    if (GLOB.test(arg) && literal === null) {
      const matches = await expandGlob(arg);
      if (matches.length === 0) problems.push(cliMessage('cli.noMatch', lang, { pattern: arg }));
      for (const match of matches) add(match);
      continue;
    }
    const info = literal;
    if (info?.isDirectory()) {
      const inFolder = (await readdir(arg))
        .filter((name) => WARD_FILE.test(name) && !name.startsWith('~$'))
        .sort(japaneseOrder)
        .map((name) => join(arg, name));
      if (inFolder.length === 0) problems.push(cliMessage('cli.emptyFolder', lang, { path: arg }));
      for (const file of inFolder) add(file);
      continue;
    }
    // A file that does not exist is still passed on: the reader reports it with the other files.
    add(arg);
  }
  return { files, problems };
}

/** `*` and `?` (and `[…]`) in any path segment; `**` is read as `*`. */
async function expandGlob(pattern: string): Promise<string[]> {
  const normal = pattern.replace(/\\/g, '/');
  const absolute = normal.startsWith('/');
  const segments = normal.split('/').filter((s, i) => s !== '' || i === 0);
  let bases = [absolute ? '/' : '.'];
  // Paths the last segment's listing already showed to be files: no second look at each (a stat per file).
  const listedFiles = new Set<string>();
  if (/^[A-Za-z]:$/.test(segments[0] ?? '')) bases = [`${segments.shift() ?? ''}/`];
  else if (segments[0] === '') segments.shift();
  for (const [index, segment] of segments.entries()) {
    const last = index === segments.length - 1;
    const next: string[] = [];
    for (const base of bases) {
      if (!GLOB.test(segment)) {
        next.push(base === '.' ? segment : join(base, segment));
        continue;
      }
      const matcher = segmentPattern(segment);
      const entries = await readdir(base, { withFileTypes: true }).catch(() => []);
      for (const entry of entries.sort((a, b) => japaneseOrder(a.name, b.name))) {
        if (!matcher.test(entry.name) || entry.name.startsWith('~$')) continue;
        if (!last && !entry.isDirectory()) continue;
        if (last && !entry.isFile()) continue;
        const path = base === '.' ? entry.name : join(base, entry.name);
        if (last) listedFiles.add(path);
        next.push(path);
      }
    }
    bases = next;
  }
  const exists = await Promise.all(
    bases.map((path) =>
      listedFiles.has(path)
        ? Promise.resolve(true)
        : stat(path)
            .then((s) => s.isFile())
            .catch(() => false),
    ),
  );
  return bases.filter((_, i) => exists[i]).map((path) => (dirname(path) === '.' ? basename(path) : path));
}

function segmentPattern(segment: string): RegExp {
  let source = '';
  for (const ch of segment.replace(/\*\*/g, '*')) {
    if (ch === '*') source += '[^/]*';
    else if (ch === '?') source += '[^/]';
    else if (ch === '[' || ch === ']') source += ch;
    else source += ch.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  try {
    return new RegExp(`^${source}$`, process.platform === 'win32' ? 'i' : '');
  } catch {
    // An unclosed `[` is no character class: the segment matches itself only.
    const literal = segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`^${literal}$`, process.platform === 'win32' ? 'i' : '');
  }
}
