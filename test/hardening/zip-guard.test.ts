import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { crc32 } from 'node:zlib';
import { isFileReadError } from '../../src/files/errors';
import { readXlsxBytes } from '../../src/files/read-xlsx-buffer';
import { inspectZip, MAX_SHEET_XML_BYTES, type ZipVerdict } from '../../src/files/zip-guard';
import { arrayBufferOf, GOOD_ROWS, standardWorkbook, xlsxBytes } from './support/workbooks';
import { bigSheetXlsx } from './support/big-sheet';
import { deflatedPart, partsOf, zerosDeflated, zipArchive, type RawPart } from './support/zip';

const MIB = 1024 * 1024;
// 10,000 cases take a few seconds on a busy machine: a guard against hanging, not a timed assertion.
jest.setTimeout(60_000);

function problemOf(verdict: ZipVerdict): string {
  return verdict.ok ? 'ok' : verdict.problem;
}

/** 300 MiB of zeros, honestly declared: a classic bomb (about 300 KB on disk). */
function honestBomb(): RawPart {
  return {
    name: 'xl/media/zeros.bin',
    data: zerosDeflated(300),
    method: 8,
    crc: 0,
    uncompressedSize: 300 * MIB,
  };
}

describe("zip guard: the reader's one parse of the archive checks it, and limits apply to what is inflated", () => {
  let workbook: Uint8Array;
  beforeAll(async () => {
    workbook = await xlsxBytes(standardWorkbook('此花区', GOOD_ROWS));
  });

  it('passes a real workbook, part by part, and the archive rebuilt from its parts still opens', async () => {
    const verdict = inspectZip(workbook);
    expect(verdict.ok).toBe(true);
    if (!verdict.ok) return;
    expect(verdict.entries.map((entry) => entry.name)).toContain('xl/worksheets/sheet1.xml');
    // The test archive writer is trusted below only because a workbook it rebuilds opens in ExcelJS.
    const rebuilt = zipArchive(partsOf(workbook));
    const reopened = new ExcelJS.Workbook();
    await reopened.xlsx.load(arrayBufferOf(rebuilt));
    expect(reopened.getWorksheet('此花区')?.getCell('F2').value).toBe('51.3%');
  });

  it('limits apply to the parts a reading inflates: a 300 MiB image is never inflated and costs nothing', async () => {
    const bomb = zipArchive([...partsOf(workbook), honestBomb()]);
    expect(bomb.length).toBeLessThan(MIB);
    expect(inspectZip(bomb).ok).toBe(true);
    const snapshot = await readXlsxBytes(bomb, 'bomb.xlsx');
    expect(isFileReadError(snapshot)).toBe(false);
  });

  it('refuses a worksheet declaring 300 MiB (limit 64 MiB) before inflating it', async () => {
    const sheetBomb: RawPart = { ...honestBomb(), name: 'xl/worksheets/sheet1.xml' };
    const parts = partsOf(workbook).filter((part) => part.name !== 'xl/worksheets/sheet1.xml');
    const result = await readXlsxBytes(zipArchive([...parts, sheetBomb]), 'bomb.xlsx');
    expect(isFileReadError(result) && result.fileError).toBe('FILE_EXPANDS_TOO_MUCH');
  });

  it('refuses a worksheet that lies about its size, inflating no more than it declared', async () => {
    const liar: RawPart = { ...honestBomb(), name: 'xl/worksheets/sheet1.xml', uncompressedSize: 1 * MIB };
    const parts = partsOf(workbook).filter((part) => part.name !== 'xl/worksheets/sheet1.xml');
    const result = await readXlsxBytes(zipArchive([...parts, liar]), 'liar.xlsx');
    expect(isFileReadError(result) && result.fileError).toBe('FILE_CORRUPT');
  });

  it('refuses worksheets larger than the sheet XML limit', async () => {
    const { bytes, sheetXmlBytes } = bigSheetXlsx(10_000);
    expect(isFileReadError(await readXlsxBytes(bytes, 'big.xlsx'))).toBe(false);
    const refused = await readXlsxBytes(bytes, 'big.xlsx', { zipLimits: { maxSheetXmlBytes: sheetXmlBytes - 1 } });
    expect(isFileReadError(refused) && refused.fileError).toBe('FILE_EXPANDS_TOO_MUCH');
    expect(MAX_SHEET_XML_BYTES).toBe(64 * MIB);
  });

  it('refuses sizes declared through a zip64 extra field above the limit (5 GiB)', () => {
    const part: RawPart = { ...deflatedPart('xl/big.xml', 'x'), zip64Uncompressed: 5 * 1024 * MIB };
    expect(problemOf(inspectZip(zipArchive([part])))).toBe('inconsistent');
    // Honest zip64 sizes pass the directory; the limit applies if the part is ever inflated.
    const honest: RawPart = { ...honestBomb(), zip64Uncompressed: 300 * MIB };
    expect(problemOf(inspectZip(zipArchive([honest])))).toBe('ok');
  });

  it('refuses a declared ratio deflate cannot reach (1 KB said to hold 2 GB)', () => {
    const part: RawPart = { ...deflatedPart('a.xml', 'x'.repeat(1000)), uncompressedSize: 2_000_000_000 };
    expect(problemOf(inspectZip(zipArchive([part])))).toBe('inconsistent');
  });

  it.each([
    ['empty', 'notZip', new Uint8Array(0)],
    ['text renamed .xlsx', 'notZip', new TextEncoder().encode('区名,指標番号\n此花区,1-1-ア\n')],
    ['password-protected workbook (OLE compound file)', 'notZip', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1])],
    ['"PK\\x03\\x04" and nothing else', 'truncated', Uint8Array.from([0x50, 0x4b, 0x03, 0x04])],
  ])('%s → %s', (_name, problem, bytes) => {
    expect(problemOf(inspectZip(bytes))).toBe(problem);
  });

  it('refuses encrypted parts, unknown compression, too many parts', () => {
    const part = deflatedPart('xl/workbook.xml', '<workbook/>');
    expect(problemOf(inspectZip(zipArchive([{ ...part, flags: 0x0801 }])))).toBe('encrypted');
    const raw = Buffer.from('<workbook/>');
    const stored: RawPart = { name: 'a', data: raw, method: 0, crc: crc32(raw), uncompressedSize: raw.length };
    const bzip = zipArchive([{ ...stored }]);
    // Method 12 (bzip2) written over the stored method in both headers.
    const view = Buffer.from(bzip);
    view.writeUInt16LE(12, 8);
    view.writeUInt16LE(12, view.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 10);
    expect(problemOf(inspectZip(new Uint8Array(view)))).toBe('unsupportedMethod');
    const many = zipArchive(Array.from({ length: 6 }, (_, i) => ({ ...part, name: `p${i}.xml` })));
    expect(problemOf(inspectZip(many, { maxEntries: 5 }))).toBe('tooManyEntries');
    expect(problemOf(inspectZip(many))).toBe('ok');
  });

  it('property: every truncation of a workbook is refused, never thrown (10,000 cuts)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: workbook.length - 1 }), (cut) => {
        return !inspectZip(workbook.subarray(0, cut)).ok;
      }),
      { numRuns: 10_000 },
    );
  });

  it('property: any damage to a workbook gives a verdict, never an exception; parts stay inside the file', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: workbook.length - 1 }), fc.nat({ max: 255 })), { minLength: 1, maxLength: 8 }),
        (flips) => {
          const damaged = workbook.slice();
          for (const [at, value] of flips) damaged[at] = value;
          const verdict = inspectZip(damaged);
          if (!verdict.ok) return true;
          return verdict.entries.every((entry) => entry.dataOffset + entry.compressedSize <= damaged.length);
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it('property: random bytes are refused or inspected, never thrown (10,000 inputs)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.boolean(), (bytes, asZip) => {
        const input = asZip ? Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...bytes]) : bytes;
        return typeof inspectZip(input).ok === 'boolean';
      }),
      { numRuns: 10_000 },
    );
  });
});
