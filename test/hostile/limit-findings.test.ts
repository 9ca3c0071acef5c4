import { validateWorkbook } from '../../src/core/validate';
import { readCsvText } from '../../src/files/csv';
import { STANDARD_HEADER_CSV } from '../fixtures/hostile/generate';
import { OPTIONS } from '../validate/helpers';
import { shown } from '../support/shown';

/** Issue 13: limits a reader reached become findings; a file lists at most 1,000 findings, then one more. */
describe('limits as findings', () => {
  it('a row past XFD is an error finding that says what was not read', () => {
    const report = validateWorkbook(readCsvText(`${','.repeat(200_000)}x\n`, 'wide.csv'), OPTIONS);
    const finding = report.findings.find((f) => f.code === 'sheet.tooManyColumns');
    expect(finding).toMatchObject({ severity: 'error', cell: 'wide!XFE1', row: 1 });
    expect(shown(finding)).toBe(
      'シート「wide」には16384列目(XFD列)より右のセルがあるため、それら(183617個)は読み取っていません。Excelのシートに収まる表にしてください。',
    );
    expect(report.valid).toBe(false);
  });

  it('a 100,000-character note is read as its first 32,767 characters, with a warning', () => {
    const csv = `${STANDARD_HEADER_CSV}\n此花区,1-1-ア,取組,H29年度までに50%以上,%,51.3%,記載あり,全て実施,${'長'.repeat(100_000)}\n`;
    const report = validateWorkbook(readCsvText(csv, '此花区.csv'), OPTIONS);
    const beyond = report.findings.filter((f) => f.code === 'cell.beyondExcelLength');
    expect(beyond.map((f) => ({ severity: f.severity, cell: f.cell, message: shown(f) }))).toEqual([
      {
        severity: 'warning',
        cell: '此花区!I2',
        message:
          'セルの文字数(100000文字)がExcelの上限(32767文字)を超えているため、先頭の32767文字だけを読み取りました。要点を短く書いてください。',
      },
    ]);
    expect(report.records).toHaveLength(1);
  });

  it('1,500 rows with an unreadable actual: 1,000 findings listed, then one counting the other 500', () => {
    const rows = Array.from(
      { length: 1_500 },
      () => '此花区,1-1-ア,取組,H29年度までに50%以上,%,たくさん,記載あり,全て実施,',
    );
    const report = validateWorkbook(readCsvText(`${STANDARD_HEADER_CSV}\n${rows.join('\n')}\n`, 'many.csv'), OPTIONS);
    expect(report.findings).toHaveLength(1_001);
    const last = report.findings[1_000];
    expect(last?.code).toBe('file.tooManyFindings');
    expect(report.stats.errors).toBeGreaterThanOrEqual(1_500);
    // Every finding counted: the summary finding names all errors beyond the first thousand listed.
    const listedErrors = report.findings.slice(0, 1_000).filter((f) => f.severity === 'error').length;
    expect(shown(last)).toContain(`ほかにエラー${report.stats.errors - listedErrors}件`);
  });
});
