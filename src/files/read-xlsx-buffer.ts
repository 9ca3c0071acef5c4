import type ExcelJS from 'exceljs';
import type { WorkbookSnapshot } from '../core/snapshot';
import { fileError, MAX_FILE_BYTES, type FileReadError } from './errors';
import { workbookToSnapshot } from './exceljs-snapshot';
import { guardZip, zipRefusalError } from './zip-guard';

/** Constructor of an ExcelJS Workbook: the Node module's or the browser bundle's. */
export type WorkbookConstructor = new () => ExcelJS.Workbook;

/** .xlsx files are zip archives: they start with "PK\x03\x04". */
export function looksLikeXlsx(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * Bytes of an .xlsx file → snapshot, or an error value. Browser-safe: the caller passes the ExcelJS
 * Workbook class it loaded (Node module or `exceljs/dist/exceljs.min.js`).
 */
export async function readXlsxBytes(
  bytes: Uint8Array,
  fileName: string,
  Workbook: WorkbookConstructor,
): Promise<WorkbookSnapshot | FileReadError> {
  if (bytes.length > MAX_FILE_BYTES) {
    return fileError('FILE_TOO_LARGE', fileName, {
      size: Math.round(bytes.length / 1024 / 1024),
      limit: MAX_FILE_BYTES / 1024 / 1024,
    });
  }
  if (!looksLikeXlsx(bytes)) return fileError('FILE_NOT_XLSX', fileName);
  // Before ExcelJS inflates anything: a zip bomb or a sheet too large to hold is refused here.
  const verdict = await guardZip(bytes);
  if (!verdict.ok) return zipRefusalError(verdict, fileName);
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 120) : String(error).slice(0, 120);
    return fileError('FILE_CORRUPT', fileName, { detail });
  }
  return workbookToSnapshot(workbook, fileName);
}
