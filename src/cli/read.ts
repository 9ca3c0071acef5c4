import { promises as fs } from 'node:fs';
import { basename } from 'node:path';
import type { CellValue } from '../core/cell';
import { isCellError } from '../core/cell';
import type { SnapshotDefinedName } from '../core/snapshot';
import { renderMessage, type Language, type ReadCode } from '../core/messages';
import { renderMessageOf } from '../core/messages/render';
import type { MessageParams } from '../core/messages';
import { fileError, isFileReadError, MAX_FILE_BYTES, type FileReadError } from '../files/errors';
import { zlibInflate } from '../files/read-xlsx-file';
import { listCells, type ListedSheet } from '../files/xlsx/cell-listing';
import { readXlsxWorkbook } from '../files/xlsx/read-workbook';
import { argLanguage, parseArgs } from './args';
import { consoleIo, type Io } from './io';
import { terminalJson, terminalLine } from './terminal-text';

/**
 * `kusei read <file> [--sheet NAME] [--json]`: the cells of a workbook exactly as KUSEI's reader read
 * them, so a user whose finding surprises them can see what the reader saw: each cell's value as the
 * file holds it (a date is its serial number, shown with its format), its formula and number format.
 * `--json` prints `{ sheets: [{ name, hidden, cells: [{ address, value, formula, format }] }],
 * definedNames: [{ name, sheet, ref, hidden }] }`, a value being a number, text, boolean or
 * `{ error: '#N/A' }`, a name's sheet null for a name of the whole workbook. With --sheet, names local
 * to other sheets are left out. Exit 0 when read, 2 when the file cannot be read or has no such sheet.
 * Never changes the file.
 */
export interface ReadJson {
  readonly sheets: readonly {
    readonly name: string;
    readonly hidden: boolean;
    readonly cells: readonly {
      readonly address: string;
      readonly value: number | string | boolean | { readonly error: string } | null;
      readonly formula: string | null;
      readonly format: string | null;
    }[];
  }[];
  readonly definedNames: readonly SnapshotDefinedName[];
}

/** What `kusei read` shows of a file: its sheets' cells and its defined names. */
export interface ReadListing {
  readonly sheets: readonly ListedSheet[];
  readonly definedNames: readonly SnapshotDefinedName[];
}

function say(code: ReadCode, lang: Language, params: MessageParams = {}): string {
  return renderMessage(code, params, lang);
}

function jsonValue(value: CellValue): number | string | boolean | { readonly error: string } | null {
  return isCellError(value) ? { error: value.cellError } : value;
}

function shownValue(value: CellValue): string {
  if (value === null) return '';
  if (isCellError(value)) return value.cellError;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/** The file's sheets and names, or the file error (the same reader as `check`, without the snapshot step). */
export async function readListing(path: string): Promise<ReadListing | FileReadError> {
  const name = basename(path);
  let bytes: Uint8Array;
  try {
    const stat = await fs.stat(path);
    if (!stat.isFile()) return fileError('FILE_NOT_REGULAR', name);
    if (stat.size > MAX_FILE_BYTES) {
      return fileError('FILE_TOO_LARGE', name, {
        size: Math.round(stat.size / 1024 / 1024),
        limit: MAX_FILE_BYTES / 1024 / 1024,
      });
    }
    bytes = new Uint8Array(await fs.readFile(path));
  } catch {
    return fileError('FILE_NOT_FOUND', name);
  }
  const workbook = readXlsxWorkbook(bytes, name, { inflate: zlibInflate });
  return 'fileError' in workbook ? workbook : { sheets: listCells(workbook), definedNames: workbook.definedNames };
}

export function readJson({ sheets, definedNames }: ReadListing): ReadJson {
  return {
    definedNames,
    sheets: sheets.map((sheet) => ({
      name: sheet.name,
      hidden: sheet.hidden,
      cells: sheet.cells.map((cell) => ({
        address: cell.address,
        value: jsonValue(cell.value),
        formula: cell.formula,
        format: cell.format,
      })),
    })),
  };
}

function readText({ sheets, definedNames }: ReadListing, lang: Language): string[] {
  const lines: string[] = [];
  for (const sheet of sheets) {
    const header = say(sheet.hidden ? 'read.hiddenSheet' : 'read.sheet', lang, {
      sheet: sheet.name,
      count: sheet.cells.length,
    });
    lines.push(terminalLine(header));
    for (const cell of sheet.cells) {
      const parts = [cell.address.padEnd(7), shownValue(cell.value)];
      if (cell.formula !== null) parts.push(`=${cell.formula}`);
      if (cell.format !== null) parts.push(`[${cell.format}]`);
      lines.push(terminalLine(`  ${parts.join('  ')}`));
    }
    lines.push('');
  }
  if (definedNames.length > 0) {
    lines.push(terminalLine(say('read.definedNames', lang, { count: definedNames.length })));
    for (const name of definedNames) {
      const parts = [name.name, name.ref];
      if (name.sheet !== null) parts.push(say('read.localName', lang, { sheet: name.sheet }));
      if (name.hidden) parts.push(say('read.hiddenName', lang));
      lines.push(terminalLine(`  ${parts.join('  ')}`));
    }
  }
  return lines;
}

export async function runRead(argv: readonly string[], io: Io = consoleIo): Promise<number> {
  const lang = argLanguage(argv);
  const parsed = parseArgs(argv, { flags: ['json', 'help'], options: ['sheet', 'lang'] });
  if ('error' in parsed) {
    io.err(`${parsed.error}\n${say('read.usage', lang)}`);
    return 2;
  }
  if (parsed.flags.has('help')) {
    io.out(say('read.usage', lang));
    return 0;
  }
  const [path, ...extra] = parsed.positional;
  if (path === undefined || extra.length > 0) {
    io.err(`${say('read.oneFile', lang)}\n${say('read.usage', lang)}`);
    return 2;
  }
  if (/\.csv$/i.test(path)) {
    io.err(terminalLine(say('read.notXlsx', lang, { file: basename(path) })));
    return 2;
  }
  const listing = await readListing(path);
  if (isFileReadError(listing)) {
    io.err(terminalLine(`${path}: ${renderMessageOf(listing, lang)}`));
    return 2;
  }
  const wanted = parsed.options.get('sheet');
  const sheets = wanted === undefined ? listing.sheets : listing.sheets.filter((sheet) => sheet.name === wanted);
  if (wanted !== undefined && sheets.length === 0) {
    io.err(
      terminalLine(
        say('read.noSuchSheet', lang, {
          file: basename(path),
          sheet: wanted,
          sheets: listing.sheets.map((sheet) => `「${sheet.name}」`).join(' '),
        }),
      ),
    );
    return 2;
  }
  const definedNames =
    wanted === undefined
      ? listing.definedNames
      : listing.definedNames.filter((name) => name.sheet === null || name.sheet === wanted);
  const shown = { sheets, definedNames };
  if (parsed.flags.has('json')) io.out(terminalJson(readJson(shown)));
  else io.out(readText(shown, lang).join('\n').trimEnd());
  return 0;
}
