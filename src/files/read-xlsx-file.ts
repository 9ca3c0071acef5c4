import { basename } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import type { WorkbookSnapshot } from '../core/snapshot';
import { readCsvBytes } from './csv';
import { fileError, isFileReadError, type FileReadError } from './errors';
import { readInputBytes } from './open-input';
import { readXlsxBytes } from './read-xlsx-buffer';
import type { Inflate } from './xlsx/zip-archive';

/**
 * Node's zlib inflates about twice as fast as fflate (bench/cases/read-xlsx.ts); `maxOutputLength`
 * stops it at the buffer's size, so a part that lies about its size costs no more than it declared.
 */
export const zlibInflate: Inflate = (data, out) => inflateRawSync(data, { maxOutputLength: Math.max(1, out.length) });

/**
 * Node only: reads an .xlsx (or the standard-layout .csv) file from disk into a snapshot, or an error
 * value for a missing, oversized (over MAX_FILE_BYTES, 50 MB), non-xlsx or damaged file. Read-only:
 * the file is never written.
 */
export async function readXlsxFile(path: string): Promise<WorkbookSnapshot | FileReadError> {
  const name = basename(path);
  // A directory, FIFO or device is refused there, for every input kind (src/files/open-input.ts).
  const bytes = await readInputBytes(path);
  if (isFileReadError(bytes)) return bytes;
  return readXlsxBytes(bytes, name, { inflate: zlibInflate });
}

/**
 * Reads a workbook file by its extension: .csv as the standard long layout, anything else as .xlsx.
 * Each file is isolated: should a reader fail on bytes no test foresaw (a bug, not bad input, which is
 * an error value), that file is reported as unreadable and a batch goes on with the others, and no
 * exception's text reaches the user.
 */
export async function readWorkbookFile(path: string): Promise<WorkbookSnapshot | FileReadError> {
  try {
    if (/\.csv$/i.test(path)) {
      const bytes = await readInputBytes(path);
      return isFileReadError(bytes) ? bytes : readCsvBytes(bytes, basename(path));
    }
    return await readXlsxFile(path);
  } catch {
    return fileError('FILE_CORRUPT', basename(path));
  }
}
