import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readXlsxBytes, workbookToSnapshot, type WorkbookConstructor } from '../../src/files/browser';

/**
 * The pane's standalone mode loads ExcelJS's browser bundle (exceljs/dist/exceljs.min.js); the same
 * snapshot code must give the same snapshot with it as with the Node build.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const BrowserExcelJS = require('exceljs/dist/exceljs.min.js') as { Workbook: WorkbookConstructor };

const FILE = join(__dirname, '..', 'fixtures', 'fukushima.xlsx');

describe('browser build of ExcelJS', () => {
  it('gives the same snapshot as the Node build (merges, multi-line cells, values)', async () => {
    const bytes = new Uint8Array(readFileSync(FILE));
    const fromBrowser = await readXlsxBytes(bytes, 'fukushima.xlsx', BrowserExcelJS.Workbook);
    const node = new ExcelJS.Workbook();
    await node.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const fromNode = workbookToSnapshot(node, 'fukushima.xlsx');
    expect(fromBrowser).toEqual(fromNode);
    expect(fromNode.sheets[0]?.merges).toContain('A4:B4');
  });
});
