import type { CellValue } from '../core/cell';
import type { SheetSnapshot } from '../core/snapshot';
import { cellAddress, localAddress, parseRange, rangeAddress, type CellPosition } from '../core/address';

/**
 * Cells read per request. Excel on the web caps a request (and its response) at 5 MB; we load four
 * arrays per cell (values, valueTypes, formulas, numberFormat), typically 30–35 bytes together, so
 * 150,000 cells (a 12-column sheet of 12,500 rows) stays well under the cap.
 */
export const CELLS_PER_REQUEST = 150_000;

interface LoadedBlock {
  readonly values: unknown[][];
  readonly valueTypes: string[][];
  readonly formulas: unknown[][];
  readonly numberFormat: unknown[][];
}

/** The cells of a used range to load: where it starts on the sheet and how many rows and columns. */
interface UsedCells {
  readonly context: Excel.RequestContext;
  readonly sheet: Excel.Worksheet;
  readonly start: CellPosition;
  readonly rowCount: number;
  readonly columnCount: number;
}

/**
 * The active sheet's used range as a snapshot. The first sync learns its size (values only:
 * `getUsedRange(true)`, so a formatted but empty column far right does not widen every read), the
 * second its merged areas, then every cell is loaded; a sheet too large for one request is loaded in
 * row chunks of CELLS_PER_REQUEST cells, one sync each.
 */
export async function readActiveSheet(
  context: Excel.RequestContext,
  withMerges: boolean,
  valuesOnly = true,
): Promise<SheetSnapshot> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  return readWorksheet(context, sheet, withMerges, valuesOnly);
}

/**
 * The sheet of that name read like the active one (the 計画定義 sheet, issue 16), or null when the
 * workbook has none: one extra sync to learn that, none of the user's selection changed.
 */
export async function readNamedSheet(
  context: Excel.RequestContext,
  name: string,
  withMerges: boolean,
  valuesOnly = true,
): Promise<SheetSnapshot | null> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(name);
  await context.sync();
  if (sheet.isNullObject) return null;
  return readWorksheet(context, sheet, withMerges, valuesOnly);
}

async function readWorksheet(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  withMerges: boolean,
  valuesOnly: boolean,
): Promise<SheetSnapshot> {
  sheet.load('name');
  const used = valuesOnly ? sheet.getUsedRange(true) : sheet.getUsedRange();
  used.load('address,rowCount,columnCount');
  await context.sync();

  const bounds = parseRange(localAddress(used.address));
  if (!bounds) throw new Error(`Unexpected used range address: ${used.address}`);
  const start = { row: bounds.top, col: bounds.left };
  const cells: UsedCells = { context, sheet, start, rowCount: used.rowCount, columnCount: used.columnCount };
  const merges = withMerges ? await readMerges(cells, used) : [];
  const blocks = await loadAdaptively(cells, CELLS_PER_REQUEST);
  return toSnapshot(sheet.name, cellAddress(start.row, start.col), blocks, merges);
}

/** Rows whose merged areas are read again when the whole sheet has too many (the header region). */
export const MERGE_FALLBACK_ROWS = 200;

/**
 * Merged areas in a sync of their own, so a failure costs only them: ExcelApi 1.13's
 * getMergedAreasOrNullObject fails on a range with more than 512 merged areas (Microsoft's
 * Range.getMergedAreasOrNullObject reference), common on heavily merged ward sheets. Then only the
 * first MERGE_FALLBACK_ROWS rows, where the headers are, are asked again; if even that fails the
 * sheet is read without merges (header detection is weaker, nothing else is lost).
 */
async function readMerges({ context, sheet, start, columnCount }: UsedCells, used: Excel.Range): Promise<string[]> {
  const attempt = async (range: Excel.Range): Promise<string[] | null> => {
    const merged = range.getMergedAreasOrNullObject();
    merged.load('address');
    try {
      await context.sync();
    } catch {
      return null;
    }
    return merged.isNullObject ? [] : splitAreas(merged.address);
  };
  const whole = await attempt(used);
  if (whole !== null) return whole;
  const top = rangeAddress({
    top: start.row,
    left: start.col,
    bottom: start.row + MERGE_FALLBACK_ROWS - 1,
    right: start.col + Math.max(1, columnCount) - 1,
  });
  return (await attempt(sheet.getRange(top))) ?? [];
}

/**
 * Office's codes for a request, or its response, over the host's size limit (5 MB on the web): a
 * load of long texts fails on the response, not the request.
 */
const PAYLOAD_TOO_LARGE: readonly unknown[] = ['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded'];

function isPayloadTooLarge(error: unknown): boolean {
  return typeof error === 'object' && error !== null && PAYLOAD_TOO_LARGE.includes((error as { code?: unknown }).code);
}

/**
 * Cells whose text is far longer than usual (long 課題 paragraphs) can push a chunk over the limit
 * anyway: then the sheet is read again in chunks a quarter the size, down to one row per request.
 * Any other failure, or one that one row cannot avoid, is rethrown.
 */
async function loadAdaptively(cells: UsedCells, cellsPerRequest: number): Promise<LoadedBlock[]> {
  try {
    return await loadBlocks(cells, cellsPerRequest);
  } catch (error) {
    if (!isPayloadTooLarge(error) || cellsPerRequest <= cells.columnCount) throw error;
    return await loadAdaptively(cells, Math.floor(cellsPerRequest / 4));
  }
}

async function loadBlocks(
  { context, sheet, start, rowCount, columnCount }: UsedCells,
  cellsPerRequest: number,
): Promise<LoadedBlock[]> {
  const rowsPerChunk = Math.max(1, Math.floor(cellsPerRequest / Math.max(1, columnCount)));
  const blocks: LoadedBlock[] = [];
  for (let offset = 0; offset < rowCount; offset += rowsPerChunk) {
    const chunk = sheet.getRange(
      rangeAddress({
        top: start.row + offset,
        left: start.col,
        bottom: start.row + Math.min(rowCount, offset + rowsPerChunk) - 1,
        right: start.col + columnCount - 1,
      }),
    );
    chunk.load('values,valueTypes,formulas,numberFormat');
    // One request per chunk is the point: a single request over the 5 MB cap would fail.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    blocks.push({
      values: chunk.values,
      valueTypes: chunk.valueTypes,
      formulas: chunk.formulas,
      numberFormat: chunk.numberFormat,
    });
  }
  return blocks;
}

function toSnapshot(name: string, origin: string, blocks: readonly LoadedBlock[], merges: string[]): SheetSnapshot {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (const block of blocks) {
    block.values.forEach((row, r) => {
      values.push(row.map((value, c) => toCellValue(value, block.valueTypes[r]?.[c])));
      formulas.push((block.formulas[r] ?? []).map(toFormula));
      numberFormats.push((block.numberFormat[r] ?? []).map((format) => (typeof format === 'string' ? format : null)));
    });
  }
  return { name, origin, values, formulas, numberFormats, merges };
}

/** Office gives "" for empty cells and error values as text; valueTypes tells them apart. */
function toCellValue(value: unknown, valueType: string | undefined): CellValue {
  if (valueType === 'Empty' || value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return valueType === 'Error' ? { cellError: text } : text;
}

function toFormula(formula: unknown): string | null {
  return typeof formula === 'string' && formula.startsWith('=') ? formula.slice(1) : null;
}

/** "Sheet1!A1:C2, 'My Sheet'!D4:E4" → ["A1:C2", "D4:E4"]. */
export function splitAreas(address: string): string[] {
  const areas: string[] = [];
  const pattern = /(?:^|!|,\s*)(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)(?=\s*,|$)/g;
  for (const match of address.matchAll(pattern)) if (match[1]) areas.push(match[1].replace(/\$/g, ''));
  return areas;
}
