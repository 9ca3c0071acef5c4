import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { crc32 } from 'node:zlib';
import {
  guardZip,
  inspectZip,
  MAX_SHEET_XML_BYTES,
  MAX_UNCOMPRESSED_BYTES,
  verifyInflatedSizes,
  type ZipVerdict,
} from '../../src/files/zip-guard';
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

describe('zip guard: the central directory is checked before ExcelJS sees the bytes', () => {
  let workbook: Uint8Array;
  beforeAll(async () => {
    workbook = await xlsxBytes(standardWorkbook('此花区', GOOD_ROWS));
  });

  it('passes a real workbook, part by part, and the archive rebuilt from its parts still opens', async () => {
    const verdict = await guardZip(workbook);
    expect(verdict.ok).toBe(true);
    if (!verdict.ok) return;
    expect(verdict.entries.map((entry) => entry.name)).toContain('xl/worksheets/sheet1.xml');
    expect(verdict.totalUncompressed).toBeLessThan(MAX_UNCOMPRESSED_BYTES);
    // The test archive writer is trusted below only because a workbook it rebuilds opens in ExcelJS.
    const rebuilt = zipArchive(partsOf(workbook));
    const reopened = new ExcelJS.Workbook();
    await reopened.xlsx.load(arrayBufferOf(rebuilt));
    expect(reopened.getWorksheet('此花区')?.getCell('F2').value).toBe('51.3%');
  });

  it('refuses a bomb declaring 300 MiB (limit 256 MiB) from its directory alone, without inflating it', () => {
    const bomb = zipArchive([...partsOf(workbook), honestBomb()]);
    expect(bomb.length).toBeLessThan(MIB);
    const verdict = inspectZip(bomb);
    expect(verdict).toMatchObject({ ok: false, problem: 'tooLarge' });
    expect(verdict.ok ? 0 : (verdict.uncompressed ?? 0)).toBeGreaterThan(MAX_UNCOMPRESSED_BYTES);
  });

  it('refuses a bomb that lies about its size, stopping at the size it declared', async () => {
    const liar: RawPart = { ...honestBomb(), uncompressedSize: 1 * MIB };
    const bytes = zipArchive([...partsOf(workbook), liar]);
    const inspection = inspectZip(bytes);
    expect(inspection.ok).toBe(true);
    if (!inspection.ok) return;
    const verdict = await verifyInflatedSizes(bytes, inspection);
    expect(verdict).toMatchObject({ ok: false, problem: 'inconsistent' });
    expect(verdict.ok ? '' : verdict.detail).toContain('xl/media/zeros.bin');
  });

  it('guardZip itself refuses the lying bomb: its compressed bytes could inflate past the limits', async () => {
    const liar: RawPart = { ...honestBomb(), uncompressedSize: 1 * MIB };
    const verdict = await guardZip(zipArchive([...partsOf(workbook), liar]));
    expect(verdict).toMatchObject({ ok: false, problem: 'inconsistent' });
  });

  it('skips the second inflation only where even deflate at its best could not pass a limit', async () => {
    // A small liar (about 10 KB of zeros declaring 1 KB): whatever it claims, 10 KB × 1100 is far below
    // 64 MiB, so the directory check alone bounds what ExcelJS may inflate; with limits set below that
    // bound the guard inflates and catches the lie.
    const smallLiar: RawPart = { ...deflatedPart('xl/media/z.bin', new Uint8Array(10 * MIB)), uncompressedSize: 1024 };
    const bytes = zipArchive([...partsOf(workbook), smallLiar]);
    expect((await guardZip(bytes)).ok).toBe(true);
    const tight = await guardZip(bytes, { maxUncompressedBytes: 2 * MIB, maxSheetXmlBytes: 2 * MIB });
    expect(tight).toMatchObject({ ok: false, problem: 'inconsistent' });
  });

  it('refuses worksheets larger than the sheet XML limit (what ExcelJS would hold ~20x in memory)', () => {
    const { bytes, sheetXmlBytes } = bigSheetXlsx(10_000);
    expect(inspectZip(bytes).ok).toBe(true);
    const verdict = inspectZip(bytes, { maxSheetXmlBytes: sheetXmlBytes - 1 });
    expect(verdict).toMatchObject({ ok: false, problem: 'tooLarge' });
    expect(verdict.ok ? 0 : (verdict.uncompressed ?? 0)).toBeGreaterThanOrEqual(sheetXmlBytes);
    expect(verdict.ok ? '' : verdict.detail).toContain('xl/worksheets/sheet1.xml');
    expect(MAX_SHEET_XML_BYTES).toBe(64 * MIB);
  });

  it('refuses sizes declared through a zip64 extra field above the limit (5 GiB)', () => {
    const part: RawPart = { ...deflatedPart('xl/big.xml', 'x'), zip64Uncompressed: 5 * 1024 * MIB };
    expect(problemOf(inspectZip(zipArchive([part])))).toBe('inconsistent');
    const honest: RawPart = { ...honestBomb(), zip64Uncompressed: 300 * MIB };
    expect(problemOf(inspectZip(zipArchive([honest])))).toBe('tooLarge');
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
          const inside = verdict.entries.every((entry) => entry.dataOffset + entry.compressedSize <= damaged.length);
          return inside && verdict.totalUncompressed <= MAX_UNCOMPRESSED_BYTES;
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
