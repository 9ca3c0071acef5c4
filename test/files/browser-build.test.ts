import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsxBytes } from '../../src/files/browser';
import { readXlsxFile } from '../../src/files';
import { excelJsSnapshot } from './support/reference';

/**
 * The pane reads with fflate (pure JavaScript), the CLI with Node's zlib: the same reader must give the
 * same snapshot with either, and the same as the old ExcelJS reading of the same file.
 */
const FILE = join(__dirname, '..', 'fixtures', 'fukushima.xlsx');

describe('the reader in the browser and in Node', () => {
  it('gives the same snapshot with fflate as with zlib, and as ExcelJS gave (merges, multi-line cells, values)', async () => {
    const bytes = new Uint8Array(readFileSync(FILE));
    const fromBrowser = await readXlsxBytes(bytes, 'fukushima.xlsx');
    const fromNode = await readXlsxFile(FILE);
    expect(fromBrowser).toEqual(fromNode);
    expect(fromBrowser).toEqual(await excelJsSnapshot(bytes, 'fukushima.xlsx'));
    expect('sheets' in fromBrowser && fromBrowser.sheets[0]?.merges).toContain('A4:B4');
  });
});
