/**
 * The zip guard of an .xlsx file is no longer a second parser beside the reader: it is the reader's own
 * one parse of the archive (src/files/xlsx/zip-archive.ts), where every limit applies to exactly the
 * parts that are inflated, after their names are normalised. This module keeps the inspection for
 * callers that only want to look at an archive (tests, tools): it reads the central directory and
 * inflates nothing. Never throws, whatever the bytes.
 */
import { fflateInflate } from './xlsx/inflate';
import { isZipRefusal, openZip, type ZipEntryInfo, type ZipLimits, type ZipRefusal } from './xlsx/zip-archive';

export {
  MAX_DEFLATE_RATIO,
  MAX_PART_BYTES,
  MAX_SHEET_XML_BYTES,
  MAX_UNCOMPRESSED_BYTES,
  MAX_ZIP_ENTRIES,
  normalizePartName,
  type ZipEntryInfo,
  type ZipLimits,
  type ZipProblem,
  type ZipRefusal,
} from './xlsx/zip-archive';
export { zipRefusalError } from './xlsx/read-workbook';

export interface ZipInspection {
  readonly ok: true;
  readonly entries: readonly ZipEntryInfo[];
  /** Sum of the sizes the directory declares (limits apply to the parts a reading inflates, not to this). */
  readonly totalUncompressed: number;
}

export type ZipVerdict = ZipInspection | ZipRefusal;

/** The archive's directory after the reader's checks (counts, names, sizes, offsets), inflating nothing. */
export function inspectZip(bytes: Uint8Array, limits: ZipLimits = {}): ZipVerdict {
  const archive = openZip(bytes, fflateInflate, limits);
  if (isZipRefusal(archive)) return archive;
  return { ok: true, entries: archive.entries, totalUncompressed: archive.declaredTotal };
}
