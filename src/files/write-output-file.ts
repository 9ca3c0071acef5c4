import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, link, mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export class OutputExistsError extends Error {
  constructor(readonly path: string) {
    super(`${path} already exists; pass --force to replace it`);
    this.name = 'OutputExistsError';
  }
}

/**
 * Writes a file atomically: the content goes to a temporary file beside the target, then takes its
 * name in one step, so a reader never sees half a workbook and a crash leaves the old file intact.
 * Without `overwrite` an existing file is never replaced — not even one created while we wrote
 * (the final step is a hard link, which fails if the name is taken).
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, overwrite: boolean): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  if (!overwrite && (await exists(path))) throw new OutputExistsError(path);
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    // Inside the try: a write that fails midway (disk full, EFBIG) leaves no truncated temporary file.
    await writeFile(temp, data);
    if (overwrite) {
      await rename(temp, path);
      return;
    }
    try {
      await link(temp, path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new OutputExistsError(path);
      throw error;
    }
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path, constants.F_OK);
    return true;
  } catch {
    return false;
  }
}
