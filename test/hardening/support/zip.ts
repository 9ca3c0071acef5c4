import { constants, crc32, deflateRawSync } from 'node:zlib';
import { inspectZip } from '../../../src/files/zip-guard';

/**
 * A minimal zip writer for hostile archives: each part may carry pre-compressed data and declare
 * whatever sizes the test wants (the lie is the point). Only what the guard and JSZip read is written.
 */
export interface RawPart {
  readonly name: string;
  /** Data as stored in the archive (deflated when method is 8). */
  readonly data: Uint8Array;
  readonly method: 0 | 8;
  readonly crc: number;
  readonly uncompressedSize: number;
  readonly flags?: number;
  /** Declare this uncompressed size through a zip64 extra field (the 32-bit field then reads 0xFFFFFFFF). */
  readonly zip64Uncompressed?: number;
}

export function deflatedPart(name: string, content: Uint8Array | string): RawPart {
  const raw = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  return { name, data: deflateRawSync(raw), method: 8, crc: crc32(raw), uncompressedSize: raw.length };
}

/**
 * `megabytes` MiB of zeros as raw deflate, built without allocating them: a full flush resets the
 * compressor, so every flushed MiB compresses to the same bytes, repeated, then an empty final block.
 */
export function zerosDeflated(megabytes: number): Uint8Array {
  const mib = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: constants.Z_FULL_FLUSH });
  const finalBlock = Buffer.from([0x03, 0x00]);
  return Buffer.concat([...Array.from({ length: megabytes }, () => mib), finalBlock]);
}

export function zipArchive(parts: readonly RawPart[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(part.flags ?? 0x0800, 6);
    local.writeUInt16LE(part.method, 8);
    local.writeUInt32LE(part.crc >>> 0, 14);
    local.writeUInt32LE(part.data.length, 18);
    local.writeUInt32LE(part.uncompressedSize >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const extra = Buffer.alloc(part.zip64Uncompressed === undefined ? 0 : 12);
    if (part.zip64Uncompressed !== undefined) {
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(8, 2);
      extra.writeBigUInt64LE(BigInt(part.zip64Uncompressed), 4);
    }
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(part.flags ?? 0x0800, 8);
    central.writeUInt16LE(part.method, 10);
    central.writeUInt32LE(part.crc >>> 0, 16);
    central.writeUInt32LE(part.data.length, 20);
    central.writeUInt32LE(part.zip64Uncompressed === undefined ? part.uncompressedSize >>> 0 : 0xffffffff, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(part.data));
    centrals.push(central, name, extra);
    offset += local.length + name.length + part.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** The parts of a well-formed archive (an ExcelJS workbook), compressed data as is, to rebuild it. */
export function partsOf(bytes: Uint8Array): RawPart[] {
  const inspection = inspectZip(bytes);
  if (!inspection.ok) throw new Error(`not a zip: ${inspection.detail}`);
  return inspection.entries.map((entry) => ({
    name: entry.name,
    data: bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize),
    method: entry.method === 8 ? 8 : 0,
    crc: entry.crc32,
    uncompressedSize: entry.uncompressedSize,
  }));
}
