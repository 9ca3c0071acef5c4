/**
 * Zip bomb guard for .xlsx files (an .xlsx is a zip archive). ExcelJS (through JSZip) inflates every
 * part into memory before it can notice that a part is larger than declared, so a small hostile file
 * could ask for gigabytes. This guard looks at the archive BEFORE ExcelJS sees it:
 *
 * 1. `inspectZip` (synchronous, cheap) reads the central directory: the archive must be one complete,
 *    unencrypted zip whose parts are stored or deflated, at most `MAX_ZIP_ENTRIES` parts, and whose
 *    declared uncompressed sizes add up to at most `MAX_UNCOMPRESSED_BYTES` (256 MiB), of which the
 *    worksheets and shared strings at most `MAX_SHEET_XML_BYTES` (64 MiB). A declared ratio above
 *    what deflate can reach (`MAX_DEFLATE_RATIO`) is a lie, and refused too.
 * 2. `verifyInflatedSizes` (asynchronous) inflates each deflated part through a stream and stops the
 *    moment a part yields more bytes than its entry declared, so a bomb that lies about its sizes is
 *    refused after at most its declared size, never inflated in full.
 *
 * Browser-safe: plain Uint8Array and DataView, and the standard `DecompressionStream` (Node 18+,
 * every current browser). No Node APIs.
 */
import { fileError, type FileReadError } from './errors';

const MIB = 1024 * 1024;

/** Total uncompressed size of all parts: far above any ward workbook (a few MB), below memory trouble. */
export const MAX_UNCOMPRESSED_BYTES = 256 * 1024 * 1024;

/**
 * Uncompressed size of the worksheets and shared strings together. ExcelJS holds about 20 bytes of
 * memory per byte of sheet XML (measured here: 100,000 rows × 8 cells = 28 MB of XML → 2.4 s and
 * 560 MB), so 64 MiB is about 230,000 such rows — more than the 100,000 data rows the reader takes
 * (MAX_DATA_ROWS) — and about 1.3 GB. A 1,000,000-row sheet (283 MB of XML) is refused here.
 */
export const MAX_SHEET_XML_BYTES = 64 * 1024 * 1024;

const SHEET_XML = /^xl\/(?:worksheets\/[^/]+\.xml|sharedStrings\.xml)$/i;

/** Parts in one archive: an .xlsx has a few dozen; thousands means something else. */
export const MAX_ZIP_ENTRIES = 10_000;

/** Deflate cannot compress better than about 1032:1; a larger declared ratio is inconsistent. */
export const MAX_DEFLATE_RATIO = 1100;

export type ZipProblem =
  | 'notZip'
  | 'truncated'
  | 'multiDisk'
  | 'encrypted'
  | 'unsupportedMethod'
  | 'inconsistent'
  | 'tooManyEntries'
  | 'tooLarge';

export interface ZipEntryInfo {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** CRC-32 the central directory declares for the part's uncompressed data. */
  readonly crc32: number;
  /** Offset of the part's data (after its local header) in the archive. */
  readonly dataOffset: number;
}

export interface ZipInspection {
  readonly ok: true;
  readonly entries: readonly ZipEntryInfo[];
  readonly totalUncompressed: number;
}

export interface ZipRefusal {
  readonly ok: false;
  readonly problem: ZipProblem;
  /** English detail for logs and the FILE_CORRUPT message (entry name, sizes). */
  readonly detail: string;
  /** For `tooLarge`: the size that went over its limit (declared, or found by inflating), in bytes. */
  readonly uncompressed?: number;
  /** For `tooLarge`: the limit it went over, in bytes. */
  readonly limit?: number;
}

export type ZipVerdict = ZipInspection | ZipRefusal;

export interface ZipLimits {
  readonly maxUncompressedBytes?: number;
  readonly maxSheetXmlBytes?: number;
  readonly maxEntries?: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const EOCD_SIZE = 22;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const CENTRAL_SIZE = 46;
const LOCAL_SIGNATURE = 0x04034b50;
const LOCAL_SIZE = 30;
const ZIP64_EXTRA_ID = 0x0001;
const U16_MAX = 0xffff;
const U32_MAX = 0xffffffff;

function refuse(problem: ZipProblem, detail: string): ZipRefusal {
  return { ok: false, problem, detail };
}

function tooLarge(detail: string, uncompressed: number, limit: number): ZipRefusal {
  return { ok: false, problem: 'tooLarge', detail, uncompressed, limit };
}

/** A little-endian 64-bit field as a number (exact up to 2^53, far beyond any limit here). */
function u64(view: DataView, offset: number): number {
  return view.getUint32(offset, true) + view.getUint32(offset + 4, true) * 2 ** 32;
}

function findEndOfCentralDirectory(view: DataView): number | null {
  const last = view.byteLength - EOCD_SIZE;
  const stop = Math.max(0, last - U16_MAX);
  for (let offset = last; offset >= stop; offset--) {
    if (view.getUint32(offset, true) !== EOCD_SIGNATURE) continue;
    const commentLength = view.getUint16(offset + 20, true);
    if (offset + EOCD_SIZE + commentLength <= view.byteLength) return offset;
  }
  return null;
}

interface Directory {
  readonly entries: number;
  readonly size: number;
  readonly offset: number;
}

function readDirectory(view: DataView, eocd: number): Directory | ZipRefusal {
  if (view.getUint16(eocd + 4, true) !== 0 || view.getUint16(eocd + 6, true) !== 0) {
    return refuse('multiDisk', 'split (multi-disk) archive');
  }
  const entries = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (entries !== U16_MAX && size !== U32_MAX && offset !== U32_MAX) return { entries, size, offset };
  // Zip64: the real figures are in the zip64 end record, found through its locator just before.
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR_SIGNATURE) {
    return refuse('inconsistent', 'zip64 sizes without a zip64 locator');
  }
  const record = u64(view, locator + 8);
  if (record + 56 > locator || view.getUint32(record, true) !== ZIP64_EOCD_SIGNATURE) {
    return refuse('inconsistent', 'zip64 end record missing');
  }
  return { entries: u64(view, record + 32), size: u64(view, record + 40), offset: u64(view, record + 48) };
}

/** Sizes and offset of a central entry, with zip64 extra fields applied where the 32-bit ones are full. */
function entrySizes(
  view: DataView,
  at: number,
  extraStart: number,
  extraLength: number,
): { compressed: number; uncompressed: number; local: number } | ZipRefusal {
  let uncompressed = view.getUint32(at + 24, true);
  let compressed = view.getUint32(at + 20, true);
  let local = view.getUint32(at + 42, true);
  if (uncompressed !== U32_MAX && compressed !== U32_MAX && local !== U32_MAX) {
    return { compressed, uncompressed, local };
  }
  let p = extraStart;
  const end = extraStart + extraLength;
  while (p + 4 <= end) {
    const id = view.getUint16(p, true);
    const length = view.getUint16(p + 2, true);
    if (id === ZIP64_EXTRA_ID) {
      let q = p + 4;
      const take = (): number | null => {
        if (q + 8 > p + 4 + length) return null;
        const value = u64(view, q);
        q += 8;
        return value;
      };
      // Only the fields whose 32-bit slot is full are present, in this order.
      if (uncompressed === U32_MAX) uncompressed = take() ?? -1;
      if (compressed === U32_MAX) compressed = take() ?? -1;
      if (local === U32_MAX) local = take() ?? -1;
      if (uncompressed < 0 || compressed < 0 || local < 0) return refuse('inconsistent', 'short zip64 extra field');
      return { compressed, uncompressed, local };
    }
    p += 4 + length;
  }
  return refuse('inconsistent', 'zip64 sizes without a zip64 extra field');
}

function decodeName(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

/**
 * Reads the archive's central directory and checks it against the limits, without inflating anything.
 * Never throws, whatever the bytes.
 */
export function inspectZip(bytes: Uint8Array, limits: ZipLimits = {}): ZipVerdict {
  const maxBytes = limits.maxUncompressedBytes ?? MAX_UNCOMPRESSED_BYTES;
  const maxEntries = limits.maxEntries ?? MAX_ZIP_ENTRIES;
  const maxSheetXml = limits.maxSheetXmlBytes ?? MAX_SHEET_XML_BYTES;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 4 || view.getUint32(0, true) !== LOCAL_SIGNATURE) {
    return refuse('notZip', 'does not start with a zip local header (PK\\x03\\x04)');
  }
  if (bytes.byteLength < EOCD_SIZE) return refuse('truncated', 'shorter than a zip end record');
  const eocd = findEndOfCentralDirectory(view);
  if (eocd === null) return refuse('truncated', 'no end of central directory (file cut short?)');
  const directory = readDirectory(view, eocd);
  if ('ok' in directory) return directory;
  if (directory.entries > maxEntries) {
    return refuse('tooManyEntries', `${directory.entries} parts (limit ${maxEntries})`);
  }
  if (directory.offset + directory.size > eocd) {
    return refuse('truncated', 'central directory beyond the end record');
  }
  const entries: ZipEntryInfo[] = [];
  let total = 0;
  let sheetXml = 0;
  let at = directory.offset;
  for (let index = 0; index < directory.entries; index++) {
    if (at + CENTRAL_SIZE > eocd || view.getUint32(at, true) !== CENTRAL_SIGNATURE) {
      return refuse('inconsistent', `central directory entry ${index + 1} is damaged`);
    }
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const nameStart = at + CENTRAL_SIZE;
    if (nameStart + nameLength + extraLength + commentLength > eocd) {
      return refuse('inconsistent', `central directory entry ${index + 1} runs past its end`);
    }
    const name = decodeName(bytes.subarray(nameStart, nameStart + nameLength));
    if ((flags & 1) !== 0) return refuse('encrypted', `part ${name} is encrypted`);
    if (method !== 0 && method !== 8) return refuse('unsupportedMethod', `part ${name} uses method ${method}`);
    const sizes = entrySizes(view, at, nameStart + nameLength, extraLength);
    if ('ok' in sizes) return sizes;
    const { compressed, uncompressed, local } = sizes;
    if (method === 0 && compressed !== uncompressed) {
      return refuse('inconsistent', `stored part ${name} declares ${compressed} and ${uncompressed} bytes`);
    }
    if (method === 8 && uncompressed > 0 && (compressed === 0 || uncompressed / compressed > MAX_DEFLATE_RATIO)) {
      return refuse('inconsistent', `part ${name} declares ${uncompressed} bytes from ${compressed}`);
    }
    total += uncompressed;
    if (total > maxBytes) {
      return tooLarge(`parts expand to more than ${maxBytes} bytes (at ${name})`, total, maxBytes);
    }
    if (SHEET_XML.test(name)) {
      sheetXml += uncompressed;
      if (sheetXml > maxSheetXml) {
        return tooLarge(`worksheets expand to more than ${maxSheetXml} bytes (at ${name})`, sheetXml, maxSheetXml);
      }
    }
    if (local + LOCAL_SIZE > bytes.byteLength || view.getUint32(local, true) !== LOCAL_SIGNATURE) {
      return refuse('inconsistent', `local header of ${name} is missing`);
    }
    const dataOffset = local + LOCAL_SIZE + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataOffset + compressed > bytes.byteLength) return refuse('truncated', `part ${name} is cut short`);
    entries.push({
      name,
      method,
      compressedSize: compressed,
      uncompressedSize: uncompressed,
      crc32: view.getUint32(at + 16, true),
      dataOffset,
    });
    at = nameStart + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries, totalUncompressed: total };
}

/**
 * Bytes one deflated part actually yields, stopping as soon as it exceeds `cap`: returns the count,
 * `cap + 1` or more when the part is larger, or null when the data is not valid deflate.
 */
async function inflatedLength(data: Uint8Array, cap: number): Promise<number | null> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  let count = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return count;
      count += value.byteLength;
      if (count > cap) {
        await reader.cancel().catch(() => undefined);
        return count;
      }
    }
  } catch {
    return null;
  }
}

/**
 * Inflates each deflated part just far enough to prove it is no larger than declared. Call after
 * `inspectZip` said ok. Costs one extra inflation of the workbook (milliseconds for a ward's file).
 */
export async function verifyInflatedSizes(bytes: Uint8Array, inspection: ZipInspection): Promise<ZipVerdict> {
  for (const entry of inspection.entries) {
    if (entry.method !== 8) continue;
    const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    const actual = await inflatedLength(data, entry.uncompressedSize);
    if (actual === null) return refuse('inconsistent', `part ${entry.name} is not valid deflate data`);
    if (actual > entry.uncompressedSize) {
      // Sizes that lie are damage (or malice): refused before ExcelJS would inflate the part in full.
      return refuse(
        'inconsistent',
        `part ${entry.name} expands beyond the ${entry.uncompressedSize} bytes it declares`,
      );
    }
  }
  return inspection;
}

/** Both checks: the central directory, then the parts' real sizes. Never throws. */
export async function guardZip(bytes: Uint8Array, limits: ZipLimits = {}): Promise<ZipVerdict> {
  const inspection = inspectZip(bytes, limits);
  if (!inspection.ok) return inspection;
  // Deflate cannot expand past MAX_DEFLATE_RATIO, so a workbook whose compressed parts stay under the
  // smallest limit divided by that ratio cannot blow past any limit, whatever its sizes claim: the
  // second inflation (a whole extra pass for every ward file) buys nothing there.
  const compressed = inspection.entries.reduce((sum, entry) => sum + entry.compressedSize, 0);
  const smallestLimit = Math.min(
    limits.maxUncompressedBytes ?? MAX_UNCOMPRESSED_BYTES,
    limits.maxSheetXmlBytes ?? MAX_SHEET_XML_BYTES,
  );
  if (compressed * MAX_DEFLATE_RATIO <= smallestLimit) return inspection;
  return verifyInflatedSizes(bytes, inspection);
}

/**
 * A refusal as the file error users see: too large → FILE_EXPANDS_TOO_MUCH (with the size and the
 * limit it went over, in MB), not a zip → FILE_NOT_XLSX, anything else → FILE_CORRUPT with the detail.
 */
export function zipRefusalError(refusal: ZipRefusal, fileName: string): FileReadError {
  if (refusal.problem === 'tooLarge') {
    return fileError('FILE_EXPANDS_TOO_MUCH', fileName, {
      size: Math.round((refusal.uncompressed ?? 0) / MIB),
      limit: Math.round((refusal.limit ?? MAX_UNCOMPRESSED_BYTES) / MIB),
    });
  }
  if (refusal.problem === 'notZip') return fileError('FILE_NOT_XLSX', fileName);
  return fileError('FILE_CORRUPT', fileName, { detail: refusal.detail });
}
