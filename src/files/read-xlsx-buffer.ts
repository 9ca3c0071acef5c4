import type { WorkbookSnapshot } from '../core/snapshot';
import { fileError, MAX_FILE_BYTES, type FileReadError } from './errors';
import { fflateInflate } from './xlsx/inflate';
import { readXlsxSnapshot } from './xlsx/to-snapshot';
import type { Inflate, ZipLimits } from './xlsx/zip-archive';

export interface ReadXlsxBytesOptions {
  /** Raw-deflate inflation: fflate by default (browser and Node); the CLI passes Node's zlib. */
  readonly inflate?: Inflate;
  readonly zipLimits?: ZipLimits;
}

/** .xlsx files are zip archives: they start with "PK\x03\x04". */
export function looksLikeXlsx(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * Bytes of an .xlsx file → snapshot, or an error value saying what the file is and what to do
 * (password-protected, an .xls, an .ods or .docx renamed, cut short, a zip bomb). Browser-safe.
 * The archive is parsed once, for its guard and for the reading (src/files/xlsx/).
 */
export function readXlsxBytes(
  bytes: Uint8Array,
  fileName: string,
  options: ReadXlsxBytesOptions = {},
): Promise<WorkbookSnapshot | FileReadError> {
  if (bytes.length > MAX_FILE_BYTES) {
    return Promise.resolve(
      fileError('FILE_TOO_LARGE', fileName, {
        size: Math.round(bytes.length / 1024 / 1024),
        limit: MAX_FILE_BYTES / 1024 / 1024,
      }),
    );
  }
  return Promise.resolve(
    readXlsxSnapshot(bytes, fileName, {
      inflate: options.inflate ?? fflateInflate,
      ...(options.zipLimits ? { zipLimits: options.zipLimits } : {}),
    }),
  );
}
