/**
 * The one parse of an .xlsx archive (a zip file) that both the guard and the reader use, so what the
 * guard checks is exactly what the reader inflates:
 *
 * - the central directory is read once, entry by entry; an archive whose directory holds more entries
 *   than its end record declares, or whose entries do not end where the end record says, is refused
 *   (entries hidden from the count are how a bomb got past the old guard);
 * - names are normalised before anything compares them (backslashes → "/", leading "/" and "./" removed,
 *   case folded), and two entries with the same normalised name are refused: a reader must never have to
 *   guess which `xl/worksheets/sheet1.xml` is meant;
 * - limits apply to the parts actually inflated: each inflation is capped at the part's declared size
 *   (a part that yields more or fewer bytes is refused), the declared size at the per-part limit, and
 *   the sum of inflated bytes at the total limit. Parts never inflated (images) cost nothing.
 *
 * Browser-safe: plain Uint8Array and DataView; worksheets stream through our own inflater
 * (src/files/xlsx/stream-inflate.ts), other parts through an injected `Inflate` (fflate by default,
 * Node's zlib in the CLI). Never throws for bad bytes: every problem is a `ZipRefusal` value.
 */
import { RawInflateStream } from './stream-inflate';

export type ZipProblem =
  | 'notZip'
  | 'truncated'
  | 'multiDisk'
  | 'encrypted'
  | 'unsupportedMethod'
  | 'inconsistent'
  | 'tooManyEntries'
  | 'tooLarge';

export interface ZipRefusal {
  readonly ok: false;
  readonly problem: ZipProblem;
  /** English detail for logs (entry name, sizes); never shown to users. */
  readonly detail: string;
  /** For `tooLarge`: the size that went over its limit, in bytes. */
  readonly uncompressed?: number;
  /** For `tooLarge`: the limit it went over, in bytes. */
  readonly limit?: number;
}

export interface ZipEntryInfo {
  /** The name as stored in the central directory. */
  readonly name: string;
  /** The normalised name every lookup uses: "xl/worksheets/sheet1.xml". */
  readonly key: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly crc32: number;
  /** Offset of the part's data (after its local header) in the archive. */
  readonly dataOffset: number;
}

export interface ZipLimits {
  /** Sum of the bytes of every part inflated from one archive. */
  readonly maxUncompressedBytes?: number;
  /** Bytes of one worksheet or shared-strings part. */
  readonly maxSheetXmlBytes?: number;
  /** Bytes of any other part inflated (workbook, styles, relationships). */
  readonly maxPartBytes?: number;
  readonly maxEntries?: number;
}

const MIB = 1024 * 1024;

/** Total of the parts a reading inflates: far above any ward workbook (a few MB), below memory trouble. */
export const MAX_UNCOMPRESSED_BYTES = 256 * MIB;
/**
 * One worksheet or the shared strings: 64 MiB of XML is about 230,000 rows of 9 cells, more than the
 * 100,000 data rows the validator takes. A worksheet is streamed (never held whole); the shared
 * strings are, at about 3 bytes per byte of XML.
 */
export const MAX_SHEET_XML_BYTES = 64 * MIB;
/** Workbook, styles and relationship parts are a few KB; 16 MiB is generous. */
export const MAX_PART_BYTES = 16 * MIB;
/** Parts in one archive: an .xlsx has a few dozen; thousands means something else. */
export const MAX_ZIP_ENTRIES = 10_000;
/** Deflate cannot compress better than about 1032:1; a larger declared ratio is a lie. */
export const MAX_DEFLATE_RATIO = 1100;

/** Raw-deflate inflation into a buffer of exactly the declared size; throws on bad data. */
export type Inflate = (data: Uint8Array, out: Uint8Array) => Uint8Array;

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

const SHEET_XML = /^xl\/(?:worksheets\/[^/]+\.xml|sharedstrings\.xml)$/;

export function refuse(problem: ZipProblem, detail: string): ZipRefusal {
  return { ok: false, problem, detail };
}

function tooLarge(detail: string, uncompressed: number, limit: number): ZipRefusal {
  return { ok: false, problem: 'tooLarge', detail, uncompressed, limit };
}

/**
 * The name every comparison uses: "\\xl\\Worksheets\\Sheet1.xml", "/xl/worksheets/sheet1.xml" and
 * "xl/./worksheets/sheet1.xml" are one part. ".." segments are resolved; one that climbs above the
 * root leaves a name that cannot match any part a workbook refers to.
 */
export function normalizePartName(name: string): string {
  const segments: string[] = [];
  for (const segment of name.replace(/\\/g, '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) return `../${name}`;
      segments.pop();
      continue;
    }
    segments.push(segment);
  }
  return segments.join('/').toLowerCase();
}

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
  /** Where the directory must end: the zip64 end record, or the end record. */
  readonly end: number;
}

function readDirectory(view: DataView, eocd: number): Directory | ZipRefusal {
  if (view.getUint16(eocd + 4, true) !== 0 || view.getUint16(eocd + 6, true) !== 0) {
    return refuse('multiDisk', 'split (multi-disk) archive');
  }
  const entries = view.getUint16(eocd + 10, true);
  if (view.getUint16(eocd + 8, true) !== entries) {
    return refuse('inconsistent', 'end record counts differ (entries on this disk vs in total)');
  }
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (entries !== U16_MAX && size !== U32_MAX && offset !== U32_MAX) return { entries, size, offset, end: eocd };
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR_SIGNATURE) {
    return refuse('inconsistent', 'zip64 sizes without a zip64 locator');
  }
  const record = u64(view, locator + 8);
  if (record + 56 > locator || view.getUint32(record, true) !== ZIP64_EOCD_SIGNATURE) {
    return refuse('inconsistent', 'zip64 end record missing');
  }
  return {
    entries: u64(view, record + 32),
    size: u64(view, record + 40),
    offset: u64(view, record + 48),
    end: record,
  };
}

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
      const fieldEnd = Math.min(p + 4 + length, end);
      const take = (): number => {
        if (q + 8 > fieldEnd) return -1;
        const value = u64(view, q);
        q += 8;
        return value;
      };
      // Only the fields whose 32-bit slot is full are present, in this order.
      if (uncompressed === U32_MAX) uncompressed = take();
      if (compressed === U32_MAX) compressed = take();
      if (local === U32_MAX) local = take();
      if (uncompressed < 0 || compressed < 0 || local < 0) return refuse('inconsistent', 'short zip64 extra field');
      return { compressed, uncompressed, local };
    }
    p += 4 + length;
  }
  return refuse('inconsistent', 'zip64 sizes without a zip64 extra field');
}

/**
 * Without an end record, a file cut short (an interrupted copy) and one whose end was overwritten look
 * alike; the local headers tell them apart: followed from the start, a cut file ends inside a part.
 */
function localEntriesRunPastEnd(view: DataView): boolean {
  let at = 0;
  for (let steps = 0; steps < MAX_ZIP_ENTRIES; steps++) {
    if (at + LOCAL_SIZE > view.byteLength) return true;
    if (view.getUint32(at, true) !== LOCAL_SIGNATURE) return false;
    // Sizes written after the data (flag bit 3) cannot be followed: the cut cannot be told from damage.
    if ((view.getUint16(at + 6, true) & 8) !== 0) return true;
    const next =
      at + LOCAL_SIZE + view.getUint16(at + 26, true) + view.getUint16(at + 28, true) + view.getUint32(at + 18, true);
    if (next >= view.byteLength) return true;
    at = next;
  }
  return false;
}

const utf8 = new TextDecoder('utf-8');

/**
 * Inflated bytes decoded into one piece of text: small pieces of text stay in V8's young generation,
 * where a large one would sit in old space until a full collection (measured on the 100,000-row read).
 */
const TEXT_PIECE_BYTES = 16 * 1024;

/**
 * One part inflated piece by piece, pulled as text: the whole part is never held, as bytes or as a
 * string (src/files/xlsx/stream-inflate.ts reuses one buffer). The guard is the same as for `read`:
 * the declared size was checked against the limits before the first byte, and inflation stops as
 * soon as it yields more than declared. A problem found on the way (damaged data, more or fewer bytes
 * than declared) ends the text and is kept in `refusal`.
 */
export class PartTextStream {
  refusal: ZipRefusal | null = null;
  private produced = 0;
  private storedAt = 0;
  private done = false;
  private readonly decoder = new TextDecoder('utf-8');
  private readonly inflater: RawInflateStream | null;

  constructor(
    private readonly entry: ZipEntryInfo,
    private readonly data: Uint8Array,
    private readonly pieceBytes: number,
  ) {
    this.inflater = entry.method === 0 ? null : new RawInflateStream(data, pieceBytes);
  }

  /** The next piece of text, or null at the end of the part (or at a refusal). */
  readonly next = (): string | null => {
    for (;;) {
      if (this.done) return null;
      let bytes: Uint8Array | null;
      try {
        bytes = this.inflater === null ? this.storedPiece() : this.inflater.next();
      } catch {
        this.stop(refuse('inconsistent', `part ${this.entry.name} is not valid deflate data`));
        return null;
      }
      if (bytes === null) {
        this.done = true;
        if (this.produced !== this.entry.uncompressedSize) {
          this.stop(this.sizeRefusal('fewer'));
          return null;
        }
        const tail = this.decoder.decode();
        return tail.length > 0 ? tail : null;
      }
      this.produced += bytes.byteLength;
      if (this.produced > this.entry.uncompressedSize) {
        this.stop(this.sizeRefusal('more'));
        return null;
      }
      const text = this.decoder.decode(bytes, { stream: true });
      if (text.length > 0) return text;
    }
  };

  /** Reads the part to its end (what a reader left unread still has to pass the guard): the refusal, if any. */
  finish(): ZipRefusal | null {
    while (this.next() !== null);
    return this.refusal;
  }

  /** A stored (uncompressed) part's next piece, or null at its end. */
  private storedPiece(): Uint8Array | null {
    if (this.storedAt >= this.data.byteLength) return null;
    const end = Math.min(this.data.byteLength, this.storedAt + this.pieceBytes);
    const piece = this.data.subarray(this.storedAt, end);
    this.storedAt = end;
    return piece;
  }

  private sizeRefusal(which: 'more' | 'fewer'): ZipRefusal {
    return refuse(
      'inconsistent',
      `part ${this.entry.name} expands to ${which} bytes than the ${this.entry.uncompressedSize} it declares`,
    );
  }

  private stop(refusal: ZipRefusal): void {
    this.refusal = refusal;
    this.done = true;
  }
}

/** The archive after its one parse: entries by normalised name, inflated on demand under the limits. */
export class ZipArchive {
  readonly ok = true as const;
  private readonly byKey: Map<string, ZipEntryInfo>;
  private inflatedTotal = 0;

  constructor(
    private readonly bytes: Uint8Array,
    readonly entries: readonly ZipEntryInfo[],
    private readonly limits: Required<ZipLimits>,
    private readonly inflate: Inflate,
  ) {
    this.byKey = new Map(entries.map((entry) => [entry.key, entry]));
  }

  /** Sum of the sizes the central directory declares (informational; limits apply to inflated parts). */
  get declaredTotal(): number {
    return this.entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  }

  /** Bytes inflated so far from this archive. */
  get inflatedBytes(): number {
    return this.inflatedTotal;
  }

  has(name: string): boolean {
    return this.byKey.has(normalizePartName(name));
  }

  entry(name: string): ZipEntryInfo | undefined {
    return this.byKey.get(normalizePartName(name));
  }

  /** The per-part and total limits, against the part's declared size (inflation never passes it). */
  private checkLimits(entry: ZipEntryInfo): ZipRefusal | null {
    const partLimit = SHEET_XML.test(entry.key) ? this.limits.maxSheetXmlBytes : this.limits.maxPartBytes;
    if (entry.uncompressedSize > partLimit) {
      return tooLarge(
        `part ${entry.name} expands to ${entry.uncompressedSize} bytes`,
        entry.uncompressedSize,
        partLimit,
      );
    }
    const total = this.inflatedTotal + entry.uncompressedSize;
    if (total > this.limits.maxUncompressedBytes) {
      return tooLarge(
        `parts inflated expand to more than ${this.limits.maxUncompressedBytes} bytes (at ${entry.name})`,
        total,
        this.limits.maxUncompressedBytes,
      );
    }
    return null;
  }

  /**
   * The part's bytes, or null when there is no such part, or a refusal when inflating it would pass a
   * limit or its data is damaged. The limit is checked against the declared size before anything is
   * allocated, and inflation cannot write past that size.
   */
  read(name: string): Uint8Array | null | ZipRefusal {
    const entry = this.entry(name);
    if (entry === undefined) return null;
    const refusal = this.checkLimits(entry);
    if (refusal !== null) return refusal;
    const total = this.inflatedTotal + entry.uncompressedSize;
    const data = this.bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    let out: Uint8Array;
    if (entry.method === 0) {
      out = data;
    } else {
      // One byte more than declared: a part that fills it says more than it declared and is refused.
      const buffer = new Uint8Array(entry.uncompressedSize + 1);
      try {
        out = this.inflate(data, buffer);
      } catch {
        return refuse('inconsistent', `part ${entry.name} is not valid deflate data`);
      }
      if (out.byteLength !== entry.uncompressedSize) {
        return refuse(
          'inconsistent',
          `part ${entry.name} expands to ${out.byteLength > entry.uncompressedSize ? 'more' : 'fewer'} bytes than the ${entry.uncompressedSize} it declares`,
        );
      }
    }
    this.inflatedTotal = total;
    return out;
  }

  /**
   * The part as a stream of text (a worksheet: read piece by piece, never whole), or null / a refusal
   * as for `read`; the limits are checked against the declared size before anything is inflated and
   * the bytes count towards the archive's total as for `read`. `pieceBytes`: inflated bytes decoded
   * at a time (tests cut the text between the bytes of one character).
   */
  stream(name: string, pieceBytes = TEXT_PIECE_BYTES): PartTextStream | null | ZipRefusal {
    const entry = this.entry(name);
    if (entry === undefined) return null;
    const refusal = this.checkLimits(entry);
    if (refusal !== null) return refusal;
    this.inflatedTotal += entry.uncompressedSize;
    const data = this.bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    return new PartTextStream(entry, data, Math.max(1, pieceBytes));
  }

  /** The part as text (UTF-8, byte-order mark dropped), or null / a refusal as for `read`. */
  readText(name: string): string | null | ZipRefusal {
    const bytes = this.read(name);
    if (bytes === null || isZipRefusal(bytes)) return bytes;
    return utf8.decode(bytes);
  }
}

export function isZipRefusal(value: unknown): value is ZipRefusal {
  return typeof value === 'object' && value !== null && (value as ZipRefusal).ok === false;
}

/**
 * Parses the archive's central directory and checks it against the limits, without inflating
 * anything. Never throws, whatever the bytes.
 */
export function openZip(bytes: Uint8Array, inflate: Inflate, limits: ZipLimits = {}): ZipArchive | ZipRefusal {
  const full: Required<ZipLimits> = {
    maxUncompressedBytes: limits.maxUncompressedBytes ?? MAX_UNCOMPRESSED_BYTES,
    maxSheetXmlBytes: limits.maxSheetXmlBytes ?? MAX_SHEET_XML_BYTES,
    maxPartBytes: limits.maxPartBytes ?? MAX_PART_BYTES,
    maxEntries: limits.maxEntries ?? MAX_ZIP_ENTRIES,
  };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 4 || view.getUint32(0, true) !== LOCAL_SIGNATURE) {
    return refuse('notZip', 'does not start with a zip local header (PK\\x03\\x04)');
  }
  if (bytes.byteLength < EOCD_SIZE) return refuse('truncated', 'shorter than a zip end record');
  const eocd = findEndOfCentralDirectory(view);
  if (eocd === null) {
    return localEntriesRunPastEnd(view)
      ? refuse('truncated', 'no end of central directory: the file stops inside a part')
      : refuse('inconsistent', 'no end of central directory, though the parts end inside the file');
  }
  const directory = readDirectory(view, eocd);
  if ('ok' in directory) return directory;
  if (directory.entries > full.maxEntries) {
    return refuse('tooManyEntries', `${directory.entries} parts (limit ${full.maxEntries})`);
  }
  // The end record is there, so the file was not cut short: anything out of place is damage.
  if (directory.offset + directory.size > directory.end) {
    return refuse('inconsistent', 'central directory beyond the end record');
  }
  const entries: ZipEntryInfo[] = [];
  const seen = new Set<string>();
  let at = directory.offset;
  for (let index = 0; index < directory.entries; index++) {
    if (at + CENTRAL_SIZE > directory.end || view.getUint32(at, true) !== CENTRAL_SIGNATURE) {
      return refuse('inconsistent', `central directory entry ${index + 1} is damaged`);
    }
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const nameStart = at + CENTRAL_SIZE;
    if (nameStart + nameLength + extraLength + commentLength > directory.end) {
      return refuse('inconsistent', `central directory entry ${index + 1} runs past its end`);
    }
    const name = utf8.decode(bytes.subarray(nameStart, nameStart + nameLength));
    const key = normalizePartName(name);
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
    if (local + LOCAL_SIZE > bytes.byteLength || view.getUint32(local, true) !== LOCAL_SIGNATURE) {
      return refuse('inconsistent', `local header of ${name} is missing`);
    }
    const dataOffset = local + LOCAL_SIZE + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataOffset + compressed > bytes.byteLength) return refuse('inconsistent', `part ${name} runs past the file`);
    // Directories ("xl/") hold no data; a name seen twice is ambiguous and refused.
    if (!name.endsWith('/') && !name.endsWith('\\')) {
      if (seen.has(key)) return refuse('inconsistent', `two parts are named ${name}`);
      seen.add(key);
      entries.push({
        name,
        key,
        method,
        compressedSize: compressed,
        uncompressedSize: uncompressed,
        crc32: view.getUint32(at + 16, true),
        dataOffset,
      });
    }
    at = nameStart + nameLength + extraLength + commentLength;
  }
  // Entries beyond the declared count would be hidden from anyone who trusts the count.
  if (
    at !== directory.offset + directory.size ||
    (at + 4 <= directory.end && view.getUint32(at, true) === CENTRAL_SIGNATURE)
  ) {
    return refuse('inconsistent', 'the central directory holds more than the end record declares');
  }
  return new ZipArchive(bytes, entries, full, inflate);
}
