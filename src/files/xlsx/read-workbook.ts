import { MAX_CELLS_PER_FILE, type ReadLimit } from '../../core/read-limits';
import type { SnapshotDefinedName } from '../../core/snapshot';
import { fileError, type FileReadError } from '../errors';
import { compoundKind, isCompoundFile } from './compound-file';
import { parseSharedStrings } from './shared-strings-part';
import { parseSheet, type ReadBudget, type SheetProblem, type SparseSheet } from './sheet-part';
import { NO_STYLES, parseStyles, type CellStyles } from './styles-part';
import { readStoredChoices } from './stored-choices-part';
import {
  folderOf,
  parseRelationships,
  parseWorkbook,
  relationshipsOf,
  type DefinedName,
  type SheetEntry,
} from './workbook-part';
import {
  isZipRefusal,
  normalizePartName,
  openZip,
  type Inflate,
  type ZipArchive,
  type ZipLimits,
  type ZipRefusal,
} from './zip-archive';

export interface XlsxSheet {
  readonly name: string;
  readonly hidden: boolean;
  readonly cells: SparseSheet;
}

/** The parts of a workbook every sheet's reading needs. */
export interface WorkbookParts {
  readonly strings: readonly string[];
  readonly styles: CellStyles;
  readonly date1904: boolean;
  readonly budget: ReadBudget;
}

/**
 * How a worksheet is read: into its sparse cells (`readXlsxWorkbook`, for `kusei read`), or straight
 * into the snapshot's grid (src/files/xlsx/to-snapshot.ts `readXlsxSnapshot`).
 */
export interface WorksheetReader<T> {
  /** A sheet left unread (`onlySheet` names another). */
  unread(name: string, hidden: boolean): T;
  /** `text` gives the part's text piece by piece (null at the end). */
  read(name: string, hidden: boolean, text: () => string | null, parts: WorkbookParts): T | SheetProblem;
}

/** A workbook as its parts say, its worksheets read by a `WorksheetReader`. */
export interface XlsxParts<T> {
  /** Worksheets in tab order (chartsheets have no cells and are left out). */
  readonly sheets: readonly T[];
  readonly styles: CellStyles;
  readonly date1904: boolean;
  /** Local names name their sheet; a name whose sheet index is past the sheets is left out. */
  readonly definedNames: readonly SnapshotDefinedName[];
  /** Limits reached while reading (rows off the sheet, too many cells, over-long text). */
  readonly limits: readonly ReadLimit[];
  /** The pane's choices stored in the file (raw JSON for parseChoices), when it has them (issue 12 §5). */
  readonly storedChoices?: string;
}

/** A workbook as its parts say, before it becomes the core's snapshot (src/files/xlsx/to-snapshot.ts). */
export type XlsxWorkbook = XlsxParts<XlsxSheet>;

export interface ReadXlsxOptions {
  readonly inflate: Inflate;
  readonly zipLimits?: ZipLimits;
  /** Read only the worksheet of this name (the others are listed with no cells). */
  readonly onlySheet?: string;
  /** Inflated bytes of a worksheet decoded at a time (tests cut parts into tiny pieces). */
  readonly streamPieceBytes?: number;
}

const MIB = 1024 * 1024;
const OFFICE_DOCUMENT = /\/officeDocument$/;

/** A refusal of the archive as the file error users see. */
export function zipRefusalError(refusal: ZipRefusal, fileName: string): FileReadError {
  switch (refusal.problem) {
    case 'tooLarge':
      return fileError('FILE_EXPANDS_TOO_MUCH', fileName, {
        size: Math.max(1, Math.round((refusal.uncompressed ?? 0) / MIB)),
        limit: Math.round((refusal.limit ?? 0) / MIB),
        detail: refusal.detail,
      });
    case 'notZip':
      return fileError('FILE_NOT_XLSX', fileName, { detail: refusal.detail });
    case 'truncated':
      return fileError('FILE_TRUNCATED', fileName, { detail: refusal.detail });
    default:
      return fileError('FILE_CORRUPT', fileName, { detail: refusal.detail });
  }
}

/** What a file that is not a zip archive is: a password-protected workbook, an old .xls, or neither. */
function notZipError(bytes: Uint8Array, fileName: string): FileReadError {
  if (isCompoundFile(bytes)) {
    const kind = compoundKind(bytes);
    if (kind === 'encrypted') return fileError('FILE_PASSWORD_PROTECTED', fileName);
    if (kind === 'xls') return fileError('FILE_IS_XLS', fileName);
  }
  return fileError('FILE_NOT_XLSX', fileName);
}

/** What a zip archive that holds no workbook is (an .ods, a .docx renamed to .xlsx, anything else). */
function otherArchiveError(archive: ZipArchive, fileName: string): FileReadError {
  const mimetype = archive.entry('mimetype');
  if (mimetype !== undefined && mimetype.uncompressedSize < 200) {
    const text = archive.readText('mimetype');
    if (typeof text === 'string' && text.includes('opendocument.spreadsheet'))
      return fileError('FILE_IS_ODS', fileName);
  }
  if (archive.has('word/document.xml')) return fileError('FILE_IS_DOCX', fileName);
  const types = archive.has('[Content_Types].xml') ? archive.readText('[Content_Types].xml') : null;
  if (typeof types === 'string' && types.includes('wordprocessingml')) return fileError('FILE_IS_DOCX', fileName);
  return fileError('FILE_NOT_XLSX', fileName, { detail: 'zip archive without a workbook part' });
}

function corrupt(fileName: string, detail: string): FileReadError {
  return fileError('FILE_CORRUPT', fileName, { detail });
}

/** Content types of the package's parts (`[Content_Types].xml` Override elements), by normalised name. */
function contentTypes(archive: ZipArchive): Map<string, string> | ZipRefusal {
  const types = new Map<string, string>();
  const text = archive.readText('[Content_Types].xml');
  if (isZipRefusal(text)) return text;
  if (text === null) return types;
  for (const match of text.matchAll(/<(?:\w+:)?Override\b[^>]*>/g)) {
    const name = /PartName\s*=\s*"([^"]*)"/.exec(match[0])?.[1];
    const type = /ContentType\s*=\s*"([^"]*)"/.exec(match[0])?.[1];
    if (name !== undefined && type !== undefined) types.set(normalizePartName(name), type);
  }
  return types;
}

/** A spreadsheet's main part (.xlsx, .xlsm, .xltx): never a Word or PowerPoint document's. */
const WORKBOOK_TYPE = /spreadsheetml\.(?:sheet|template)\.main|ms-excel\.(?:sheet|template)\.macroEnabled\.main/;

/**
 * The workbook part's name, from the package relationships (`_rels/.rels`), or the usual one; null
 * when the package's main part is not a workbook (a .docx renamed .xlsx has word/document.xml).
 */
function workbookPart(archive: ZipArchive): string | ZipRefusal | null {
  const types = contentTypes(archive);
  if (isZipRefusal(types)) return types;
  const isWorkbook = (part: string): boolean => {
    const type = types.get(part);
    return type === undefined ? /(^|\/)workbook\.xml$/.test(part) : WORKBOOK_TYPE.test(type);
  };
  const rels = archive.readText('_rels/.rels');
  if (isZipRefusal(rels)) return rels;
  if (rels !== null) {
    for (const relationship of parseRelationships(rels, '').values()) {
      if (!OFFICE_DOCUMENT.test(relationship.type) || !archive.has(relationship.target)) continue;
      return isWorkbook(relationship.target) ? relationship.target : null;
    }
  }
  return archive.has('xl/workbook.xml') && isWorkbook('xl/workbook.xml') ? 'xl/workbook.xml' : null;
}

/**
 * The bytes of an .xlsx file → its sheets' cells, or the file error that says what the file is and
 * what to do. One parse of the archive serves the guard and the reader (src/files/xlsx/zip-archive.ts);
 * only the parts a snapshot needs are inflated: workbook, relationships, styles, shared strings,
 * worksheets. Never throws for bad bytes.
 */
export function readXlsxWorkbook(
  bytes: Uint8Array,
  fileName: string,
  options: ReadXlsxOptions,
): XlsxWorkbook | FileReadError {
  return readXlsxParts(bytes, fileName, options, SPARSE_READER);
}

const SPARSE_READER: WorksheetReader<XlsxSheet> = {
  unread: (name, hidden) => ({ name, hidden, cells: emptySheet() }),
  read(name, hidden, text, parts) {
    const cells = parseSheet(text, parts.strings, name, parts.budget);
    return 'problem' in cells ? cells : { name, hidden, cells };
  },
};

/** `readXlsxWorkbook` with each worksheet read by `reader`. */
export function readXlsxParts<T>(
  bytes: Uint8Array,
  fileName: string,
  options: ReadXlsxOptions,
  reader: WorksheetReader<T>,
): XlsxParts<T> | FileReadError {
  const opened = openZip(bytes, options.inflate, options.zipLimits);
  if (isZipRefusal(opened)) {
    return opened.problem === 'notZip' ? notZipError(bytes, fileName) : zipRefusalError(opened, fileName);
  }
  const archive = opened;
  const workbookName = workbookPart(archive);
  if (isZipRefusal(workbookName)) return zipRefusalError(workbookName, fileName);
  if (workbookName === null) {
    if (archive.has('xl/workbook.bin')) {
      return fileError('FILE_NOT_XLSX', fileName, { detail: 'binary workbook (.xlsb)' });
    }
    return otherArchiveError(archive, fileName);
  }
  const folder = folderOf(workbookName);
  const relsText = archive.readText(relationshipsOf(workbookName));
  if (isZipRefusal(relsText)) return zipRefusalError(relsText, fileName);
  const relationships = parseRelationships(relsText ?? '', folder);
  const workbookText = archive.readText(workbookName);
  if (isZipRefusal(workbookText)) return zipRefusalError(workbookText, fileName);
  const info = parseWorkbook(workbookText ?? '', relationships);
  if (info === null) return corrupt(fileName, `${workbookName} is not well-formed`);

  let styles = NO_STYLES;
  let strings: string[] = [];
  for (const relationship of relationships.values()) {
    if (/\/styles$/.test(relationship.type)) {
      const text = archive.readText(relationship.target);
      if (isZipRefusal(text)) return zipRefusalError(text, fileName);
      if (text !== null) styles = parseStyles(text);
    } else if (/\/sharedStrings$/.test(relationship.type)) {
      const text = archive.readText(relationship.target);
      if (isZipRefusal(text)) return zipRefusalError(text, fileName);
      if (text !== null) {
        const parsed = parseSharedStrings(text);
        if (parsed === null) return corrupt(fileName, `${relationship.target} is not well-formed`);
        strings = parsed;
      }
    }
  }

  const budget: ReadBudget = { cellsLeft: MAX_CELLS_PER_FILE, limits: [] };
  const parts: WorkbookParts = { strings, styles, date1904: info.date1904, budget };
  const sheets: T[] = [];
  for (const entry of info.sheets) {
    if (entry.kind !== 'worksheet') continue;
    if (options.onlySheet !== undefined && entry.name !== options.onlySheet) {
      sheets.push(reader.unread(entry.name, entry.hidden));
      continue;
    }
    // A sheet whose relationship is missing (r:id="") has no cells to read; Excel drops it too.
    if (entry.part === null) continue;
    // Streamed: the sheet's XML is never held whole (issue 11: memory bounded by the cells).
    const stream = archive.stream(entry.part, options.streamPieceBytes);
    if (isZipRefusal(stream)) return zipRefusalError(stream, fileName);
    if (stream === null) return corrupt(fileName, `the part of sheet ${entry.name} (${entry.part}) is missing`);
    const sheet = reader.read(entry.name, entry.hidden, stream.next, parts);
    // The guard's verdict on the part's data comes first, as when the part was inflated before parsing.
    const refusal = stream.finish();
    if (refusal !== null) return zipRefusalError(refusal, fileName);
    if (isSheetProblem(sheet)) return corrupt(fileName, `${entry.part}: ${sheet.detail}`);
    sheets.push(sheet);
  }
  const storedChoices = readStoredChoices(archive);
  return {
    sheets,
    styles,
    date1904: info.date1904,
    definedNames: namesOf(info.definedNames, info.sheets),
    limits: budget.limits,
    ...(storedChoices === null ? {} : { storedChoices }),
  };
}

function namesOf(names: readonly DefinedName[], entries: readonly SheetEntry[]): SnapshotDefinedName[] {
  const named: SnapshotDefinedName[] = [];
  for (const { name, sheet, formula, hidden } of names) {
    // localSheetId counts the sheets of workbook.xml in order, chartsheets included.
    const scope = sheet === null ? null : (entries[sheet]?.name ?? undefined);
    if (scope !== undefined) named.push({ name, sheet: scope, ref: formula, hidden });
  }
  return named;
}

function isSheetProblem(value: unknown): value is SheetProblem {
  return typeof value === 'object' && value !== null && (value as SheetProblem).problem === 'malformed';
}

function emptySheet(): SparseSheet {
  return {
    rows: new Int32Array(0),
    cols: new Int32Array(0),
    values: [],
    formulas: [],
    styles: new Int32Array(0),
    hiddenRows: [],
    merges: [],
    styledArea: { bottom: -1, right: -1 },
  };
}
