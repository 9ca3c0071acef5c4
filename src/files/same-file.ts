import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * Node only: whether two paths name one file, as the file system sees it — through links (`alias →
 * real`), `..`, and on Windows and macOS, whose file systems ignore case by default, in any case.
 * Paths compared as strings let `--out alias/北区.xlsx --force` replace the input `real/北区.xlsx`.
 */
export async function sameFile(a: string, b: string, platform: NodeJS.Platform = process.platform): Promise<boolean> {
  const [realA, realB] = await Promise.all([realPathOf(a), realPathOf(b)]);
  if (samePathText(realA, realB, platform)) return true;
  // A hard link is one file under two names: the same device and inode.
  const [infoA, infoB] = await Promise.all([stat(a).catch(() => null), stat(b).catch(() => null)]);
  return infoA !== null && infoB !== null && infoA.ino !== 0 && infoA.dev === infoB.dev && infoA.ino === infoB.ino;
}

/** Whether two resolved paths are one name: exact on Linux, ignoring case (and Unicode form) on Windows and macOS. */
export function samePathText(a: string, b: string, platform: NodeJS.Platform): boolean {
  if (platform === 'win32' || platform === 'darwin') {
    return a.normalize('NFC').toLowerCase() === b.normalize('NFC').toLowerCase();
  }
  return a === b;
}

/**
 * The real path of a file, or for a file not yet written the real path of its nearest existing folder
 * with the rest of the name after it (an output usually does not exist yet).
 */
async function realPathOf(path: string): Promise<string> {
  const absolute = resolve(path);
  const rest: string[] = [];
  let current = absolute;
  for (;;) {
    try {
      const real = await realpath(current);
      return rest.length === 0 ? real : join(real, ...rest.reverse());
    } catch {
      const parent = dirname(current);
      if (parent === current) return absolute;
      rest.push(basename(current));
      current = parent;
    }
  }
}
