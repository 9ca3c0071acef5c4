import { readSheet } from '../../src/core/validate';
import { OPTIONS, sheet } from './helpers';
import { shown } from '../support/shown';

// Issue 12 §2: content confirms the header; a column beside mapped ones that stays unplaced is said.
describe('content confirms the header', () => {
  it('reads a prose 取組実績 column as context and the figure column under the merged caption as the actual (seed 004 具体的取組)', () => {
    const reading = readSheet(
      sheet(
        '具体的取組',
        [
          ['項目', null, '業績目標', '撤退基準', '取組実績', '業績目標の達成状況', null, '課題'],
          [
            '2-2-ア',
            '窓口',
            '・来庁者アンケートを実施し、職員の対応・説明満足度70%以上',
            '業績目標を達成しなければ事業を再構築する。',
            '・外部講師による接遇研修を実施した。',
            '100%',
            '■目標達成（■取組は予定どおり実施　□取組を予定どおり実施しなかった）\n□目標未達成（□取組は予定どおり実施　□取組を予定どおり実施しなかった）\n□撤退基準未達成',
            '・接遇研修を継続する必要がある。',
          ],
          [
            '2-1-ア',
            '広報',
            '・区長メッセージの掲載：月1回以上',
            null,
            '区長メッセージの掲載を続け、広報紙の紙面を見直した。',
            '12回',
            '■目標達成（■取組は予定どおり実施　□取組を予定どおり実施しなかった）\n□目標未達成（□取組は予定どおり実施　□取組を予定どおり実施しなかった）\n□撤退基準未達成',
            null,
          ],
        ],
        { merges: ['A1:B1', 'F1:G1'] },
      ),
      OPTIONS,
    );
    expect(reading.records.map((r) => [r.source.cells.actual, r.actual])).toEqual([
      ['F2', '100%'],
      ['F3', '12回'],
    ]);
    expect(reading.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(reading.findings.map((f) => [f.code, f.cell])).toContainEqual(['column.contentDisagrees', '具体的取組!E1']);
  });

  it('warns about an unplaced column of marks between mapped ones, naming it and what to map it to', () => {
    const reading = readSheet(
      sheet('S', [
        ['区名', '指標番号', '目標値', '実績', '判断', '備考'],
        ['西区', '1-1-ア', 'H29年度までに50%以上', '41.2%', 'A', null],
        ['西区', '1-2-ア', 'H29年度までに50%以上', '52.0%', 'B', null],
      ]),
      OPTIONS,
    );
    const unplaced = reading.findings.filter((f) => f.code === 'column.unplaced');
    expect(unplaced.map((f) => [f.cell, f.severity])).toEqual([['S!E1', 'warning']]);
    expect(shown(unplaced[0])).toContain('列E「判断」');
    expect(shown(unplaced[0])).toContain('「判定」を指定');
  });
});
