import { promises as fs } from 'node:fs';
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import type { WorkbookSnapshot } from '../core/snapshot';
import { readCsvBytes } from './csv';
import { fileError, MAX_FILE_BYTES, type FileReadError } from './errors';
import { readXlsxBytes } from './read-xlsx-buffer';

/**
 * Node only: reads an .xlsx (or the standard-layout .csv) file from disk into a snapshot, or an error
 * value for a missing, oversized (over MAX_FILE_BYTES, 50 MB), non-xlsx or damaged file. Read-only:
 * the file is never written.
 */
export async function readXlsxFile(path: string): Promise<WorkbookSnapshot | FileReadError> {
  const name = basename(path);
  let size: number;
  try {
    const stat = await fs.stat(path);
    if (!stat.isFile()) return fileError('FILE_NOT_FOUND', name);
    size = stat.size;
  } catch {
    return fileError('FILE_NOT_FOUND', name);
  }
  if (size > MAX_FILE_BYTES) {
    return fileError('FILE_TOO_LARGE', name, {
      size: Math.round(size / 1024 / 1024),
      limit: MAX_FILE_BYTES / 1024 / 1024,
    });
  }
  const bytes = new Uint8Array(await fs.readFile(path));
  return readXlsxBytes(bytes, name, ExcelJS.Workbook);
}

/** Reads a workbook file by its extension: .csv as the standard long layout, anything else as .xlsx. */
export async function readWorkbookFile(path: string): Promise<WorkbookSnapshot | FileReadError> {
  if (/\.csv$/i.test(path)) {
    const name = basename(path);
    try {
      const stat = await fs.stat(path);
      if (stat.size > MAX_FILE_BYTES) {
        return fileError('FILE_TOO_LARGE', name, {
          size: Math.round(stat.size / 1024 / 1024),
          limit: MAX_FILE_BYTES / 1024 / 1024,
        });
      }
      return readCsvBytes(new Uint8Array(await fs.readFile(path)), name);
    } catch {
      return fileError('FILE_NOT_FOUND', name);
    }
  }
  return readXlsxFile(path);
}
