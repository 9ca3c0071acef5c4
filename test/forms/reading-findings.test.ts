import type { CellValue } from '../../src/core/cell';
import { readForm } from './helpers';
import { shown } from '../support/shown';

/**
 * What the form reader says when part of the form is not where the form puts it (a warning naming the
 * block, the stage and the label to write), and how sure it is. The form is seed 001's 取組項目 sheet.
 */
function item(number: number, yearEnd: boolean, withActualLabel = true): CellValue[][] {
  const rows: CellValue[][] = [
    [`取組項目${number}`, null, null, null, null],
    ['【取組】', null, null, null, null],
    ['計画', '取組の方針・目標内容', null, '当年度の取組内容', null],
    [null, '(目標)', '29年度(目標)97.60%', '(目標)', '97.60%以上'],
    ['中間振り返り', '取組内容の実施見込み', '（○）実施見込み　（　）実施できない見込み', '課題と改善策', null],
    [null, '目標の達成見込み', '（○）達成見込み　（　）達成できない見込み', null, null],
  ];
  if (yearEnd) {
    rows.push(['自己評価', '当年度の取組実績及び目標の達成状況', null, '課題と改善策', null]);
    rows.push([null, '取組を実施した', null, null, null]);
    rows.push([null, withActualLabel ? '(実績)' : '(結果の数値)', 0.98, null, null]);
    rows.push([null, '(達成状況)', '☑ 目標達成　☐ 目標未達成', null, null]);
  }
  return rows;
}

describe('reading findings of a form', () => {
  it('warns at the block start when a block lacks a stage (取組項目2 has no 自己評価)', () => {
    const values = [...item(1, true), ...item(2, false)];
    const reading = readForm({ name: '取組', origin: 'A1', values });
    expect(reading?.findings.map((f) => [f.code, f.cell, f.severity])).toEqual([
      ['form.stageMissing', '取組!A11', 'warning'],
    ]);
    expect(shown(reading?.findings[0])).toContain('「取組項目2」に「自己評価」の欄が見つからない');
    expect(reading?.confidence).toBeLessThan(1);
  });

  it('warns at the stage caption when a label is missing, and reads no actual', () => {
    const reading = readForm({ name: '取組', origin: 'A1', values: item(1, true, false) });
    expect(reading?.findings.map((f) => [f.code, f.cell])).toEqual([['form.labelMissing', '取組!A7']]);
    expect(shown(reading?.findings[0])).toContain('「実績」');
    expect(reading?.records[0]?.cells.actual).toBeUndefined();
  });

  it('is sure (1) of a complete block, with no finding', () => {
    const reading = readForm({ name: '取組', origin: 'A1', values: item(1, true) });
    expect(reading?.findings).toEqual([]);
    expect(reading?.confidence).toBe(1);
  });

  it('gives sheet addresses when the snapshot starts elsewhere than A1 (Office used range B2:F11)', () => {
    const reading = readForm({ name: '取組', origin: 'B2', values: item(1, true) });
    const record = reading?.records[0];
    const at = (field: 'actual' | 'mark' | 'target') => {
      const ref = record?.cells[field]?.[0];
      return ref ? [ref.row, ref.col] : null;
    };
    // (実績) is the 9th row written and its value the 3rd column: from B2 that is D10 (0-based row 9, col 3).
    expect(at('actual')).toEqual([9, 3]);
    expect(at('mark')).toEqual([10, 3]);
    expect(at('target')).toEqual([4, 5]);
  });
});
