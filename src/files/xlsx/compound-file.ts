/**
 * What an OLE compound file (CFB, "D0 CF 11 E0 …") holds, by the names of its streams: Excel saves a
 * password-protected workbook as one (an `EncryptedPackage` stream beside `EncryptionInfo`), and old
 * .xls workbooks are one too (a `Workbook` or `Book` stream). Only the directory is read, through the
 * sector chain the header names; every offset is checked, the chain is followed at most as many steps
 * as the file has sectors, and nothing throws. [MS-CFB] §2.
 */
export type CompoundKind = 'encrypted' | 'xls' | 'other';

export const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= 512 && CFB_SIGNATURE.every((byte, index) => bytes[index] === byte);
}

const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const MAX_DIRECTORY_ENTRIES = 100_000;

/** Stream and storage names of the compound file's directory (empty when it is too damaged to read). */
export function compoundFileNames(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(30, true);
  if (shift !== 9 && shift !== 12) return [];
  const sectorSize = 1 << shift;
  const sectorCount = Math.floor((bytes.length - 512) / sectorSize);
  const sectorOffset = (sector: number): number => 512 + sector * sectorSize;
  // The FAT's own sectors: 109 listed in the header, more through the DIFAT chain.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const sector = view.getUint32(76 + i * 4, true);
    if (sector !== FREE && sector !== END_OF_CHAIN) fatSectors.push(sector);
  }
  let difat = view.getUint32(68, true);
  for (let steps = 0; difat < sectorCount && steps < sectorCount; steps++) {
    const base = sectorOffset(difat);
    for (let i = 0; i < sectorSize / 4 - 1; i++) {
      const sector = view.getUint32(base + i * 4, true);
      if (sector !== FREE && sector !== END_OF_CHAIN) fatSectors.push(sector);
    }
    difat = view.getUint32(base + sectorSize - 4, true);
  }
  const perFatSector = sectorSize / 4;
  const nextSector = (sector: number): number => {
    const fatSector = fatSectors[Math.floor(sector / perFatSector)];
    if (fatSector === undefined || fatSector >= sectorCount) return END_OF_CHAIN;
    return view.getUint32(sectorOffset(fatSector) + (sector % perFatSector) * 4, true);
  };
  const names: string[] = [];
  let sector = view.getUint32(48, true);
  for (let steps = 0; sector < sectorCount && steps < sectorCount; steps++) {
    const base = sectorOffset(sector);
    for (let entry = 0; entry < sectorSize / 128; entry++) {
      const at = base + entry * 128;
      const nameLength = view.getUint16(at + 64, true);
      if (nameLength < 2 || nameLength > 64) continue;
      let name = '';
      for (let i = 0; i < nameLength / 2 - 1; i++) name += String.fromCharCode(view.getUint16(at + i * 2, true));
      names.push(name);
      if (names.length >= MAX_DIRECTORY_ENTRIES) return names;
    }
    sector = nextSector(sector);
  }
  return names;
}

export function compoundKind(bytes: Uint8Array): CompoundKind {
  const names = new Set(compoundFileNames(bytes));
  if (names.has('EncryptedPackage')) return 'encrypted';
  if (names.has('Workbook') || names.has('Book')) return 'xls';
  return 'other';
}
