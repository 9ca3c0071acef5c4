import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { isFileReadError, readXlsxFile, workbookToSnapshot } from '../../src/files';
import { shown } from '../support/shown';

function sample(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('福島区');
  ws.getCell('A1').value = '区名';
  ws.getCell('B1').value = { richText: [{ text: '27年度' }, { text: '実績', font: { bold: true } }] };
  ws.getCell('A2').value = '福島区';
  ws.getCell('B2').value = 0.513;
  ws.getCell('B2').numFmt = '0.0%';
  ws.getCell('C2').value = { formula: 'KUSEI.STATUS(B2,"50%以上")', result: '目標達成' };
  ws.getCell('D2').value = { formula: '_xldudf_KUSEI.STATUS(B2,"60%以上")', result: '概ね順調' };
  ws.getCell('E2').value = { formula: 'VLOOKUP(A2,Z:Z,2,FALSE)', result: { error: '#N/A' } };
  ws.getCell('F2').value = { error: '#DIV/0!' };
  ws.getCell('G2').value = { text: 'リンク', hyperlink: 'https://example.com' };
  ws.mergeCells('A4:C4');
  ws.getCell('A4').value = '合計';
  ws.getRow(3).hidden = true;
  const hidden = wb.addWorksheet('設定');
  hidden.state = 'hidden';
  hidden.getCell('A1').value = 'x';
  return Promise.resolve(wb);
}

describe('workbookToSnapshot', () => {
  it('keeps values, cached formula results, formulas (both forms), formats, merges, hidden rows and sheets', async () => {
    const snapshot = workbookToSnapshot(await sample(), 'fukushima.xlsx');
    const sheet = snapshot.sheets[0];
    expect(snapshot.fileName).toBe('fukushima.xlsx');
    expect(sheet?.values[0]?.slice(0, 2)).toEqual(['区名', '27年度実績']);
    expect(sheet?.values[1]).toEqual([
      '福島区',
      0.513,
      '目標達成',
      '概ね順調',
      { cellError: '#N/A' },
      { cellError: '#DIV/0!' },
      'リンク',
    ]);
    expect(sheet?.formulas?.[1]?.slice(2, 5)).toEqual([
      'KUSEI.STATUS(B2,"50%以上")',
      'KUSEI.STATUS(B2,"60%以上")',
      'VLOOKUP(A2,Z:Z,2,FALSE)',
    ]);
    expect(sheet?.numberFormats?.[1]?.[1]).toBe('0.0%');
    expect(sheet?.merges).toEqual(['A4:C4']);
    expect(sheet?.values[3]).toEqual(['合計', null, null, null, null, null, null]);
    expect(sheet?.hiddenRows).toEqual([2]);
    expect(snapshot.sheets[1]).toMatchObject({ name: '設定', hidden: true });
  });

  it('does not change the workbook it reads', async () => {
    const wb = await sample();
    const before = JSON.stringify(wb.model);
    workbookToSnapshot(wb);
    expect(JSON.stringify(wb.model)).toBe(before);
  });
});

describe('readXlsxFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kusei-xlsx-'));

  it('reads a saved workbook and leaves the file unchanged', async () => {
    const path = join(dir, '福島区.xlsx');
    await (await sample()).xlsx.writeFile(path);
    const before = createHash('sha256').update(readFileSync(path)).digest('hex');
    const snapshot = await readXlsxFile(path);
    if (isFileReadError(snapshot)) throw new Error(shown(snapshot));
    expect(snapshot.sheets[0]?.values[1]?.[2]).toBe('目標達成');
    expect(snapshot.sheets[0]?.formulas?.[1]?.[3]).toBe('KUSEI.STATUS(B2,"60%以上")');
    expect(createHash('sha256').update(readFileSync(path)).digest('hex')).toBe(before);
  });

  it.each([
    ['missing.xlsx', null, 'FILE_NOT_FOUND'],
    ['notes.xlsx', 'これはExcelではありません', 'FILE_NOT_XLSX'],
    // A zip local header and no end record: a file cut short (FILE_TRUNCATED, the hostile-files issue).
    ['broken.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]), 'FILE_TRUNCATED'],
  ])('gives an error value, not an exception, for %s', async (name, content, code) => {
    const path = join(dir, name);
    if (content !== null) writeFileSync(path, content);
    const result = await readXlsxFile(path);
    expect(isFileReadError(result) && result.fileError).toBe(code);
    if (isFileReadError(result)) {
      expect(shown(result)).toContain(name);
      expect(shown(result, 'en')).toContain(name);
    }
  });
});
